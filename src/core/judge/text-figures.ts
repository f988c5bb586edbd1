/** A figure written inside a sentence: 4场, 3.1万人, 6.1亿元, normalised to the measure word's base (万人 → 人). */
export interface TextFigure {
  readonly value: number;
  readonly unit: string;
}

const SCALE: Readonly<Record<string, number>> = { 万: 1e4, 亿: 1e8 };

/**
 * Measure words a count or an amount is written with. Longer ones first, so 人次 is not read as 人.
 * 月, 日, 年, 岁 are left out: 6月底 and 65岁以上 are dates and ages, not amounts.
 */
const MEASURE = '人次|批次|场次|家次|平方米|公里|千米|公顷|万元|亿元|个|家|场|次|项|米|亩|套|所|件|起|户|名|台|辆|座|条|处|份|篇|期|天|吨|元|人|%';
const FIGURE = new RegExp(`(?<![第\\d.—\\-－~～至])(\\d+(?:\\.\\d+)?)\\s*(万|亿)?(${MEASURE})`, 'gu');

export function figuresIn(text: string): TextFigure[] {
  const figures: TextFigure[] = [];
  for (const match of text.replace(/[,，](?=\d{3})/gu, '').matchAll(FIGURE)) {
    const [, digits, scale, measure] = match;
    if (digits === undefined || measure === undefined) continue;
    const multiplier = scale === undefined ? 1 : SCALE[scale] ?? 1;
    // 万元 written as one word scales the same way as 万 + 元.
    const unitScale = measure === '万元' ? 1e4 : measure === '亿元' ? 1e8 : 1;
    const unit = unitScale === 1 ? measure : '元';
    figures.push({ value: Number(digits) * multiplier * unitScale, unit });
  }
  return figures;
}

/**
 * 占全年任务的60% · 完成全年目标的64% · 完成率仅为35%: the staff's own completion rate, as a fraction.
 * A share of something else (完成主体工程的70%) is not a completion rate of the task.
 */
const STATED_SHARE = /(?:全年|年度)[^，。；;\d]{0,6}?的?(\d+(?:\.\d+)?)%|完成(?:率|比例|进度)[为达到是仅约了]{0,3}(\d+(?:\.\d+)?)%/u;

export function statedShareOfYear(text: string): number | null {
  const match = STATED_SHARE.exec(text);
  const digits = match?.[1] ?? match?.[2];
  return digits === undefined ? null : Number(digits) / 100;
}

/**
 * The actual and the target a row's words give, in the same unit: the first figure of the target, and the
 * first figure of the 完成情况 in that unit. null when the two do not share a unit (a percentage growth is
 * not set against an amount).
 */
export function matchedFigures(text: string, targetText: string): { readonly actual: number; readonly target: number } | null {
  const targets = figuresIn(targetText).filter((figure) => figure.unit !== '%');
  const actuals = figuresIn(text);
  for (const target of targets) {
    const actual = actuals.find((figure) => figure.unit === target.unit);
    if (actual !== undefined && target.value > 0) return { actual: actual.value, target: target.value };
  }
  return null;
}
