import { parseNumberText } from './number-text';
import { normalizeText } from './text-normalize';
import type { RawFigure, RawRead } from './value-parse';

/**
 * Targets and actuals written as sentences, as 政府工作报告 task lists write them:
 * 一般公共预算收入达到25亿元,增长8% is a level (25亿元) and a growth (8%);
 * 完成一般公共预算收入6.1亿元(快报数),同比增长5.5% likewise; 完成330个,完成率101.54% is a level and the share of the
 * goal done. Each clause is read on its own; a clause
 * with several figures, or two clauses with a level each, leave the level unread rather than guessed.
 */
export interface SentenceFigures {
  /** The amount the sentence names (25亿元), in the words' own unit. */
  readonly level: RawFigure | null;
  /** The growth it names (增长8%, 同比下降3.2%): shown in points, `falling` for a fall. */
  readonly growth: RawFigure | null;
  /** The share of the goal it says is done (完成率100%, 完成比例56%, 占年度目标48%): shown in points. */
  readonly rate: RawFigure | null;
}

const CLAUSE_BREAK = /[,，;；。、]/;
/** A share of the goal done right before a percentage: 完成率100%, 完成比例56%, 占年度目标48%, 进度达到80%. */
const RATE = /(完成率|完成比例|完成进度|完成年度目标|完成全年目标|占(年度|全年)?(目标|计划|任务)|进度)(的|为|达|达到|约)?\s*\d+(\.\d+)?\s*%/;
/** A growth verb right before a percentage: 增长8%, 同比下降3.2%, 增速达到6%. */
const GROWTH = /(增长|增幅|增速|提高|上升|增加|下降|降低|减少|回落|下滑|负增长)(了|约|为|达|达到|超过)?\s*[-+]?\d+(\.\d+)?\s*%/;

function figureFrom(read: Extract<RawRead, { kind: 'words' } | { kind: 'figure' }>, value: number, unit: string | null, approx: RawFigure['approx'], decimals: number, falling: boolean): RawFigure {
  const cell = read.kind === 'words' ? read.cell : read.figure.cell;
  const text = read.kind === 'words' ? read.text : read.figure.text;
  return { cell, shown: value, unit, approx, decimals, text, fromText: true, percentFormat: false, cellNumber: value, inSentence: true, falling };
}

/** The text of a cell read as words or as a figure inside words; null for anything else. */
function sentenceText(read: RawRead): string | null {
  if (read.kind === 'words') return read.text;
  if (read.kind === 'figure' && read.figure.fromText && read.figure.inSentence) return read.figure.text;
  return null;
}

/** The level and growth a sentence states, or null when it states neither clearly. */
export function sentenceFigures(read: RawRead): SentenceFigures | null {
  const text = sentenceText(read);
  if (text === null || (read.kind !== 'words' && read.kind !== 'figure')) return null;
  // Thousands separators are not clause breaks: 1,520万元 is one figure.
  const clauses = normalizeText(text).replace(/(\d)[,，](?=\d{3}(?!\d))/g, '$1').split(CLAUSE_BREAK);
  const levels: RawFigure[] = [];
  const growths: RawFigure[] = [];
  const rates: RawFigure[] = [];
  let unclear = false;
  for (const clause of clauses) {
    const parsed = parseNumberText(clause);
    if (parsed.kind === 'none') continue;
    if (parsed.kind === 'several') {
      unclear = true;
      continue;
    }
    if (parsed.unit === '%' && GROWTH.test(clause)) {
      growths.push(figureFrom(read, parsed.value, '%', parsed.approx, parsed.decimals, parsed.falling));
    } else if (parsed.unit === '%' && RATE.test(clause)) {
      rates.push(figureFrom(read, parsed.value, '%', parsed.approx, parsed.decimals, false));
    } else if (parsed.unit !== '个百分点' && parsed.unit !== '百分点') {
      levels.push(figureFrom(read, parsed.value, parsed.unit, parsed.approx, parsed.decimals, parsed.falling));
    }
  }
  const level = levels.length === 1 && !unclear ? levels[0] : null;
  const growth = growths.length === 1 ? growths[0] : null;
  const rate = rates.length === 1 ? rates[0] : null;
  return level === null && growth === null && rate === null ? null : { level, growth, rate };
}
