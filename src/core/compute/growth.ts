import type { Indicator } from '../model';

/**
 * 同比增幅 as a fraction: (actual − last year) ÷ last year; shown as 增长 when positive, 下降 when negative.
 *
 * Only a positive last-year figure gives a rate a reader can trust: from 0 any rise is infinite, and from a
 * negative base (a loss) the sign of the rate says the opposite of what happened. Without a usable
 * last-year figure, the rate the sheet states itself (增幅 31.08%) is taken as written.
 */
export function growthRate(indicator: Indicator): number | null {
  const actual = indicator.actual?.value;
  const lastYear = indicator.lastYear?.value;
  if (actual !== undefined && lastYear !== undefined && lastYear > 0) return (actual - lastYear) / lastYear;
  return indicator.statedGrowth?.value ?? null;
}
