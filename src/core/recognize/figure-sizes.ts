import type { FieldKey, Indicator, IndicatorTable, NumberField } from '../model';

/**
 * Figures of one measure on one row agree in size: what was done so far is of the order of the year's target, of
 * the period's target and of last year's figure. Where they are orders apart — 完成 7220.4 against 上年 7.1, a target
 * of 531 beside a period target of 3, an actual of −2.1 against a target of 255 — one of the two columns was not read
 * as what it is (a growth rate read as last year's level, a count read as an amount), whatever its header words
 * said. This is evidence about the reading that no header vocabulary gives, so it holds on tables the engine has
 * never seen. Rates (%, 个百分点) are left out: their ratios say nothing of a misreading.
 */

export type SizedField = 'target' | 'periodTarget' | 'actual' | 'lastYear';

/** A pair of figures of one measure, and the widest ratio first ÷ second that a table plausibly states. */
interface SizePair {
  readonly first: SizedField;
  readonly second: SizedField;
  readonly low: number;
  readonly high: number;
}

/*
 * Bands, measured on the tuning sets (real corpus, real-frozen … real-frozen-7; bench/silent-errors.ts): no row read
 * right falls outside them. Done so far may be nothing (0) but not below it, and rarely three times a year's target;
 * a year on year change beyond a quarter or four times is no longer the same measure.
 */
const PAIRS: readonly SizePair[] = [
  { first: 'actual', second: 'target', low: 0, high: 3 },
  { first: 'actual', second: 'lastYear', low: 0.25, high: 4 },
  { first: 'periodTarget', second: 'target', low: 0, high: 1.5 },
  { first: 'actual', second: 'periodTarget', low: 0, high: 5 },
];

/** Units of a rate: a ratio of two rates is no evidence of a misreading. */
const RATE_UNIT = /%|％|百分点|‰/;

export interface SizeClash {
  readonly first: SizedField;
  readonly second: SizedField;
  readonly a: NumberField;
  readonly b: NumberField;
}

function figureOf(indicator: Indicator, field: SizedField): NumberField | null {
  return indicator[field];
}

function isRate(indicator: Indicator, figure: NumberField): boolean {
  return RATE_UNIT.test(indicator.unit ?? '') || RATE_UNIT.test(figure.unitInCell ?? '') || RATE_UNIT.test(figure.text);
}

/** The pairs of one measure on this row whose sizes are too far apart to be read right. */
export function sizeClashes(indicator: Indicator): SizeClash[] {
  const clashes: SizeClash[] = [];
  for (const pair of PAIRS) {
    const a = figureOf(indicator, pair.first);
    const b = figureOf(indicator, pair.second);
    if (!a || !b || b.value <= 0 || isRate(indicator, a) || isRate(indicator, b)) continue;
    // Each written with its own unit (8.5亿元 beside 85000万元): compared in what they say, not checked here.
    if (a.unitInCell !== undefined && b.unitInCell !== undefined && a.unitInCell !== b.unitInCell) continue;
    // Nothing done yet (0) is a statement of progress, not a size.
    if (a.value === 0) continue;
    const ratio = a.value / b.value;
    if (ratio < pair.low || ratio > pair.high) clashes.push({ first: pair.first, second: pair.second, a, b });
  }
  return clashes;
}

/** Below this many rows the clash is a row's, asked about row by row. */
const LEAST_ROWS = 2;

/** Rows where the two columns' figures are both read from them, and those among them whose sizes clash. */
function pairRows(table: IndicatorTable, pair: SizePair): { stating: number; clashing: number } | null {
  const x = table.columns[pair.first];
  const y = table.columns[pair.second];
  if (!x || !y) return null;
  const fromColumns = (i: Indicator): boolean => figureOf(i, pair.first)?.cell.col === x.col && figureOf(i, pair.second)?.cell.col === y.col;
  const stating = table.indicators.filter(fromColumns);
  const clashing = stating.filter((i) => sizeClashes(i).some((c) => c.first === pair.first && c.second === pair.second));
  return { stating: stating.length, clashing: clashing.length };
}

function clashesMostly(counts: { stating: number; clashing: number } | null): boolean {
  return counts !== null && counts.clashing >= LEAST_ROWS && counts.clashing * 2 >= counts.stating;
}

function agreesMostly(counts: { stating: number; clashing: number } | null): boolean {
  return counts !== null && counts.stating >= LEAST_ROWS && counts.clashing * 2 < counts.stating;
}

/**
 * The columns whose reading the sizes contradict on most rows. For each pair of columns that clash on at least half
 * of the rows stating both (and on two rows at least): where a third column of the measure agrees with one of them,
 * the other is the one misread; otherwise either may be, and both are asked. A column the user named is never asked
 * again. Figures worked out of words are asked row by row.
 */
export function columnsOfOtherSizes(table: IndicatorTable): FieldKey[] {
  const asked: FieldKey[] = [];
  for (const pair of PAIRS) {
    if (!clashesMostly(pairRows(table, pair))) continue;
    const agreesWithThird = (field: SizedField, other: SizedField): boolean =>
      PAIRS.some((p) => (p.first === field || p.second === field) && p.first !== other && p.second !== other && agreesMostly(pairRows(table, p)));
    const firstHolds = agreesWithThird(pair.first, pair.second);
    const secondHolds = agreesWithThird(pair.second, pair.first);
    const suspects: SizedField[] = firstHolds && !secondHolds ? [pair.second] : secondHolds && !firstHolds ? [pair.first] : [pair.first, pair.second];
    for (const field of suspects) {
      const m = table.columns[field];
      if (!m || m.source === 'user' || m.source === 'remembered' || asked.includes(field)) continue;
      asked.push(field);
    }
  }
  return asked;
}

/** How sure a column or a row can be whose figures are orders apart from another of the same measure. */
export const SIZES_CONFIDENCE = 0.5;
