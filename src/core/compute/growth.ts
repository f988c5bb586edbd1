import type { Indicator } from '../model';

/** Where an indicator's 同比增幅 comes from: worked out from actual and last year, or as the sheet states it. */
export type GrowthSource = 'computed' | 'stated';

function computed(indicator: Indicator): number | null {
  const actual = indicator.actual?.value;
  const lastYear = indicator.lastYear?.value;
  if (actual === undefined || lastYear === undefined || !(lastYear > 0)) return null;
  const rate = (actual - lastYear) / lastYear;
  return Number.isFinite(rate) ? rate : null;
}

/**
 * Only a positive last-year figure gives a rate a reader can trust: from 0 any rise is infinite, and from a
 * negative base (a loss) the sign of the rate says the opposite of what happened. Without a usable
 * last-year figure, the rate the sheet states itself (增幅 31.08%) is taken as written.
 */
export function growthSource(indicator: Indicator): GrowthSource | null {
  if (computed(indicator) !== null) return 'computed';
  return indicator.statedGrowth ? 'stated' : null;
}

/** 同比增幅 as a fraction: (actual − last year) ÷ last year; shown as 增长 when positive, 下降 when negative. */
export function growthRate(indicator: Indicator): number | null {
  return computed(indicator) ?? indicator.statedGrowth?.value ?? null;
}
