import type { BenchmarkBasis, Indicator, Period } from '../model';

export interface Benchmark {
  /** The share of the annual target due by now, as a fraction (0.5 at mid-year). */
  readonly value: number;
  readonly basis: BenchmarkBasis;
  /**
   * For a 序时目标 set for the report's months but figures that cover fewer (1—5月 in a 1—6月 report):
   * the share is scaled by data months ÷ period months, so 45 of 90 by June becomes 41.67% by May.
   */
  readonly monthScale?: { readonly dataMonths: number; readonly periodMonths: number };
}

function monthsIn(span: { readonly fromMonth: number; readonly toMonth: number }): number {
  return span.toMonth - span.fromMonth + 1;
}

/**
 * What an indicator's completion rate is held against.
 *
 * - 逆向指标 (lower is better): 1. A limit (审批时限 ≤ 3天, 事故 ≤ 2起) must hold at every point of the year,
 *   so it is not scaled down by the months elapsed.
 * - The sheet's own 序时目标, where it has one: 序时目标 ÷ 全年目标. The department set it; it beats any
 *   calendar share (seasonal work, a project that starts in autumn).
 * - Figures that cover fewer months than the report (1—5月 in a 1—6月 report): those months ÷ 12, so a
 *   figure a month behind the calendar is not called 滞后 for it.
 * - Otherwise the period's 序时进度.
 *
 * An indicator with a 序时目标 but no usable 全年目标 gets no benchmark: its status compares the actual
 * with the 序时目标 directly (see status.ts).
 */
export function benchmarkFor(indicator: Indicator, period: Period): Benchmark | null {
  if (indicator.direction === 'lower') return { value: 1, basis: 'limit' };
  // Cases taken in during the period are all to be dealt with in it: its pace is the whole of them.
  if (indicator.targetOfPeriod === true) return { value: 1, basis: 'intake' };
  const target = indicator.target?.value;
  const periodTarget = indicator.periodTarget?.value;
  if (periodTarget !== undefined) {
    const share = target !== undefined && target > 0 ? periodTarget / target : NaN;
    if (!Number.isFinite(share)) return null;
    const dataMonths = indicator.dataMonths ? monthsIn(indicator.dataMonths) : 0;
    const periodMonths = monthsIn(period);
    if (dataMonths > 0 && dataMonths < periodMonths) {
      return { value: (share * dataMonths) / periodMonths, basis: 'period-target', monthScale: { dataMonths, periodMonths } };
    }
    return { value: share, basis: 'period-target' };
  }
  if (indicator.dataMonths) {
    const months = monthsIn(indicator.dataMonths);
    if (months > 0 && months <= 12) return { value: months / 12, basis: 'data-months' };
  }
  return { value: period.expectedProgress, basis: 'period' };
}
