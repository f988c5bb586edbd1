import type { CellRef, Indicator, RegionFigures, Results } from '../model';

/**
 * Where one region of a cross-table stands under its indicator: the one definition the draft
 * (分地区完成情况) and the 分地区 sheet share, so the sheet never colours a region the draft calls on pace.
 */

/** A region's 完成比例 as the sheet gives it: a stated 完成比例, else 完成数 ÷ 目标任务 of the region's row. */
export interface RegionRate {
  readonly rate: number;
  /** The stated rate's cell, or the actual's and target's. */
  readonly sources: readonly CellRef[];
  readonly stated: boolean;
}

export function regionRate(region: RegionFigures): RegionRate | null {
  if (region.rate) return { rate: region.rate.value, sources: [region.rate.cell], stated: true };
  if (region.target && region.actual && region.target.value > 0) {
    return { rate: region.actual.value / region.target.value, sources: [region.actual.cell, region.target.cell], stated: false };
  }
  return null;
}

/**
 * lags: below the benchmark (序时进度, or the indicator's own); on-pace: at or above it. A ceiling
 * (失业率低于4.3%) is judged by the region's figure against its own limit: over-limit / within-limit.
 * unmeasured: some figure, but not enough to judge; unreported: no figure at all.
 */
export type RegionStanding = 'lags' | 'on-pace' | 'over-limit' | 'within-limit' | 'unmeasured' | 'unreported';

/** The benchmark the indicator's regions are held to: the indicator's own, else the period's 序时进度. */
export function regionBenchmark(indicator: Indicator, results: Results): number {
  return results.indicators.find((result) => result.row === indicator.row)?.benchmark ?? results.period.expectedProgress;
}

/** Figures compare with a margin: a rate equal to the benchmark but for the last bit of a division is on pace. */
const MARGIN = 1e-9;

export function regionStanding(indicator: Indicator, region: RegionFigures, benchmark: number): RegionStanding {
  if (!region.target && !region.actual && !region.rate) return 'unreported';
  if (indicator.direction === 'lower') {
    if (!region.actual || !region.target) return 'unmeasured';
    return region.actual.value > region.target.value ? 'over-limit' : 'within-limit';
  }
  const rate = regionRate(region);
  if (rate === null) return 'unmeasured';
  return rate.rate < benchmark - MARGIN ? 'lags' : 'on-pace';
}
