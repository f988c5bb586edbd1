import { t, type MessageKey } from '../i18n';
import { judgeIndicator, type Judgement } from '../judge';
import type { Indicator, IndicatorResult, NumberField, Period, TextField } from '../model';

/** Words quoted as evidence are cut here: the cell stays readable and the source cell holds the rest. */
const QUOTE_LENGTH = 60;

function quote(field: TextField | null): string {
  const words = String(field?.value ?? '')
    .replace(/\s+/g, ' ')
    .trim();
  return words.length > QUOTE_LENGTH ? `${words.slice(0, QUOTE_LENGTH)}…` : words;
}

function shown(field: NumberField, unit: string | null): string {
  return field.unitInCell || !unit ? field.text : `${field.text}${unit}`;
}

/** 0.482 → 48.2%: as many decimals as say it, never a false 100%. */
function percent(fraction: number): string {
  const value = fraction * 100;
  const rounded = Number(value.toFixed(1));
  return `${rounded === 100 && value < 100 ? value.toFixed(2) : rounded}%`;
}

/** The figures compared: 实际完成 against 全年目标 (or 序时目标), the rate, and 序时进度. */
function figuresEvidence(indicator: Indicator, result: IndicatorResult): string {
  const { actual, target, periodTarget, unit } = indicator;
  if (!actual) return t('sheet.measures.evidence.no-actual');
  const part = (key: MessageKey, value: string): string => t(key, 'zh-CN', { value });
  const parts = [part('sheet.measures.evidence.actual', shown(actual, unit))];
  if (target) parts.push(part('sheet.measures.evidence.target', shown(target, unit)));
  else if (periodTarget) parts.push(part('sheet.measures.evidence.periodTarget', shown(periodTarget, unit)));
  if (result.completionRate !== null) parts.push(part('sheet.measures.evidence.rate', percent(result.completionRate)));
  if (result.benchmark !== null && result.benchmark !== undefined && result.completionRate !== null) parts.push(part('sheet.measures.evidence.benchmark', percent(result.benchmark)));
  return parts.join('，');
}

/** The words the judgement read: the 完成值 column's own when it has words, else the 完成情况说明. */
function wordsRead(indicator: Indicator): TextField | null {
  return quote(indicator.actualText) !== '' ? indicator.actualText : indicator.progressText;
}

/**
 * What the judgement's basis stands for, in words from the row: built here until src/core/judge hands its
 * own evidence over (Judgement.evidence, issue 19 item 2), which is then used as it is.
 */
function fallbackEvidence(judgement: Judgement, indicator: Indicator, result: IndicatorResult): string {
  const words = quote(wordsRead(indicator));
  switch (judgement.basis) {
    case 'figures':
      if (indicator.kind === 'qualitative') return t('sheet.measures.evidence.figures-qualitative', 'zh-CN', { value: indicator.actual ? shown(indicator.actual, indicator.unit) : '' });
      return figuresEvidence(indicator, result);
    case 'figures-in-words':
      return t('sheet.measures.evidence.figures-in-words', 'zh-CN', { words: quote(indicator.progressText) || words });
    case 'words':
      return words === '' ? t('sheet.measures.evidence.nothing') : t(judgement.verdict === 'unclear' ? 'sheet.measures.evidence.unclear' : 'sheet.measures.evidence.words', 'zh-CN', { words });
    case 'deadline': {
      const deadline = indicator.deadline?.text ?? '';
      const said = indicator.kind === 'quantitative' ? figuresEvidence(indicator, result) : words;
      return t('sheet.measures.evidence.deadline', 'zh-CN', { deadline, words: said });
    }
    case 'contradiction':
      return t('sheet.measures.evidence.contradiction', 'zh-CN', { status: quote(indicator.actualText), progress: quote(indicator.progressText) });
    case 'nothing':
      if (words === '') return t('sheet.measures.evidence.nothing');
      // 无数据 / 未填报 with words beside it (待评审, 年底进行): no result given, only what was written.
      return t(judgement.verdict === 'unclear' ? 'sheet.measures.evidence.unclear' : 'sheet.measures.evidence.words-only', 'zh-CN', { words });
    default: {
      const unreachable: never = judgement.basis;
      return unreachable;
    }
  }
}

/** The judge's own 判断依据 when its Judgement carries one (a string field `evidence`), read without assuming it. */
function statedEvidence(judgement: Judgement): string | null {
  const evidence: unknown = (judgement as Judgement & { readonly evidence?: unknown }).evidence;
  return typeof evidence === 'string' && evidence.trim() !== '' ? evidence.trim() : null;
}

/**
 * 判断依据 for one row of 指标测算: the words or figures that decided the engine's status. The one place that
 * reads Judgement.evidence; a 待核实 row has none, its cells being in doubt.
 */
export function judgementEvidence(indicator: Indicator, result: IndicatorResult, period: Period, reportedInWords: boolean): string {
  if ((result.judgedStatus ?? result.status) === 'pending') return t('sheet.measures.evidence.pending');
  const judgement = judgeIndicator(indicator, period, { rate: result.completionRate, benchmark: result.benchmark ?? null, reportedInWords });
  return statedEvidence(judgement) ?? fallbackEvidence(judgement, indicator, result);
}
