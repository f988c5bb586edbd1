import type { NumberField } from '../model';
import { normalizeText } from './text-normalize';
import type { RawRead } from './value-parse';

/**
 * Investment progress told in one sentence (本年度总投资6000万元的19个项目完成投资3000万元; 计划投资1.2亿元，已完成
 * 投资8500万元): the planned investment is the target and the investment done the actual, both read out of the
 * cell that says so — derived, pointing at it, and no surer than a reading of a sentence can be.
 */
export interface InvestmentProgress {
  readonly target: NumberField;
  readonly actual: NumberField;
  readonly unit: string;
}

const CONFIDENCE = 0.8;
const MONEY = '(亿元|万元|元)';
const PLANNED = new RegExp(`(?:计划|年度|全年|总)投资(?:额)?(?:为|约|达)?\\s*(\\d+(?:\\.\\d+)?)\\s*${MONEY}`);
const DONE = new RegExp(`(?:完成|累计完成|已完成)(?:投资|投资额)(?:为|约|达)?\\s*(\\d+(?:\\.\\d+)?)\\s*${MONEY}`);
const TO_WAN: Readonly<Record<string, number>> = { 亿元: 10000, 万元: 1, 元: 0.0001 };

function decimals(text: string): number {
  return (text.split('.')[1] ?? '').length;
}

export function investmentProgress(read: RawRead): InvestmentProgress | null {
  if (read.kind !== 'words') return null;
  const text = normalizeText(read.text).replace(/,(?=\d{3})/g, '');
  const planned = PLANNED.exec(text);
  const done = DONE.exec(text);
  if (!planned || !done || planned.index === done.index) return null;
  // Both in the planned figure's unit; 1.2亿元 planned and 8500万元 done are put in one.
  const unit = planned[2];
  const value = (figure: string, from: string): number => Number(((Number(figure) * TO_WAN[from]) / TO_WAN[unit]).toPrecision(12));
  const field = (figure: RegExpExecArray, v: number): NumberField => ({
    value: v,
    cell: read.cell,
    approx: 'exact',
    text: `${figure[1]}${figure[2]}`,
    decimals: figure[2] === unit ? decimals(figure[1]) : Math.max(0, decimals(String(v))),
    derived: true,
    confidence: CONFIDENCE,
  });
  return { target: field(planned, value(planned[1], planned[2])), actual: field(done, value(done[1], done[2])), unit };
}
