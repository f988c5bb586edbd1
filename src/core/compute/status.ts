import type { Indicator, Status } from '../model';
import type { Benchmark } from './benchmark';
import { qualitativeStatus } from './qualitative-status';

/**
 * The status of a 定量指标 whose row has no error.
 *
 * Higher is better, with an annual target above 0:
 *   actual > target → 超额完成 · actual = target → 已完成 · 完成率 ≥ benchmark → 达到序时进度 · else 滞后.
 * Higher is better, with only a 序时目标: actual ≥ 序时目标 → 达到序时进度, else 滞后.
 * Lower is better (逆向): actual < limit → 超额完成 · actual = limit → 已完成 · above it → 滞后.
 *   A limit has no "on the way" state: it holds or it is broken.
 * No actual, or nothing to hold it against → 无数据.
 *
 * Comparisons are exact, the way the sheet's IF formulas compare the same cells (measures-formulas.ts),
 * so the engine and a recalculating spreadsheet agree.
 */
export function quantitativeStatus(indicator: Indicator, rate: number | null, benchmark: Benchmark | null): Status {
  const actual = indicator.actual?.value;
  const target = indicator.target?.value;
  if (actual === undefined) return statusWithoutActual(indicator, rate, benchmark);
  switch (indicator.direction) {
    case 'higher': {
      if (target !== undefined && target > 0 && rate !== null) {
        if (actual > target) return 'exceeded';
        if (actual >= target) return 'completed';
        return benchmark !== null && rate >= benchmark.value ? 'on-track' : 'behind';
      }
      const periodTarget = indicator.periodTarget?.value;
      if (periodTarget !== undefined && periodTarget > 0) return actual >= periodTarget ? 'on-track' : 'behind';
      return 'no-data';
    }
    case 'lower':
      if (target === undefined || target < 0) return 'no-data';
      if (actual < target) return 'exceeded';
      if (actual <= target) return 'completed';
      return 'behind';
    default: {
      const unreachable: never = indicator.direction;
      return unreachable;
    }
  }
}

/**
 * No actual figure, but the sheet states a rate (当前进度 95%, 完成比例 56): 100% or more is 已完成 (above it
 * 超额完成), otherwise held against the benchmark like any rate. A growth stated against a growth target
 * (同比增长5.5% for 增长8%) is on track or behind, never 已完成: a growth says nothing of the year's level.
 */
function statusWithoutActual(indicator: Indicator, rate: number | null, benchmark: Benchmark | null): Status {
  if (indicator.direction !== 'higher') return 'no-data';
  if (rate !== null) {
    if (rate > 1) return 'exceeded';
    if (rate >= 1) return 'completed';
    return benchmark !== null && rate >= benchmark.value ? 'on-track' : 'behind';
  }
  const growth = indicator.statedGrowth?.value;
  const targetGrowth = indicator.targetGrowth?.value;
  if (growth !== undefined && targetGrowth !== undefined && indicator.target === null) return growth >= targetGrowth ? 'on-track' : 'behind';
  return 'no-data';
}

export function indicatorStatus(indicator: Indicator, rate: number | null, benchmark: Benchmark | null): Status {
  switch (indicator.kind) {
    case 'quantitative':
      return quantitativeStatus(indicator, rate, benchmark);
    case 'qualitative':
      return qualitativeStatus(indicator);
    default: {
      const unreachable: never = indicator.kind;
      return unreachable;
    }
  }
}

/** Statuses that count as 完成 in rollups and as "on track or better" for all-or-nothing scoring. */
export function isDone(status: Status): boolean {
  return status === 'exceeded' || status === 'completed';
}

export function isOnTrackOrBetter(status: Status): boolean {
  return isDone(status) || status === 'on-track';
}
