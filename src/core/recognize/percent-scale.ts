import { indicatorDirection } from './kind-direction';
import type { RawFigure, RawRead } from './value-parse';

/**
 * How a table writes its percentages when the cells do not say: 45, 45% and 0.45 all occur, sometimes
 * in one column. Decided from the table's own evidence, row by row and column by column.
 */
export type FigureField = 'target' | 'periodTarget' | 'actual' | 'lastYear';
export const FIGURE_FIELDS: readonly FigureField[] = ['target', 'periodTarget', 'actual', 'lastYear'];

/** What the decisions need to know of an indicator row. */
export interface PercentRow {
  readonly row: number;
  readonly name: { readonly value: string };
  readonly unit: string | null;
  readonly raws: Readonly<Record<FigureField | 'growth' | 'completionRate', RawRead>>;
}

export function figureOf(read: RawRead): RawFigure | null {
  return read.kind === 'figure' ? read.figure : null;
}

/**
 * Whether a bare number at most 1 in a % indicator means a fraction (0.45 → 45%). Decided per row when
 * the row also shows a percentage above 1 (目标 99.8%, 完成 1); otherwise by what most % rows of the
 * table do; with no evidence either way, yes — except for rates kept low (辍学率 ≤0.5), which are small.
 */
export function percentConvention(pendings: readonly PercentRow[]): (p: PercentRow) => boolean {
  let small = 0;
  let large = 0;
  const byRow = new Map<number, boolean>();
  const lowRate = new Set<number>();
  for (const p of pendings) {
    if (p.unit !== '%' && p.unit !== '个百分点') continue;
    const figures = FIGURE_FIELDS.map((f) => figureOf(p.raws[f])).filter((f): f is RawFigure => f !== null);
    const plain = figures.filter((f) => f.unit === null);
    if (plain.length === 0) continue;
    const targetApprox = figureOf(p.raws.target)?.approx ?? null;
    const keptLow = indicatorDirection('quantitative', p.name.value, targetApprox, null) === 'lower';
    if (keptLow) lowRate.add(p.row);
    const explicitLarge = figures.some((f) => f.unit === '%' && Math.abs(f.shown) > 1);
    const plainLarge = plain.some((f) => Math.abs(f.shown) > 1);
    if (explicitLarge && !plainLarge) byRow.set(p.row, true);
    else if (plainLarge) {
      byRow.set(p.row, false);
      if (!keptLow) large++;
    } else if (!keptLow) small++;
  }
  const convention = small > large ? true : large > small ? false : null;
  return (p) => byRow.get(p.row) ?? convention ?? !lowRate.has(p.row);
}

/** Whether bare numbers in a rate column are percentage points (31.08) rather than fractions (0.3108). */
export function ratesArePoints(pendings: readonly PercentRow[], field: 'growth' | 'completionRate', headerSaysPercent: boolean): boolean {
  if (headerSaysPercent) return true;
  let large = 0;
  let small = 0;
  for (const p of pendings) {
    const figure = figureOf(p.raws[field]);
    if (!figure || figure.unit !== null || figure.percentFormat) continue;
    if (Math.abs(figure.shown) > 2) large++;
    else small++;
  }
  return large > 0 && large >= small / 4;
}
