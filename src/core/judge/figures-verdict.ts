import type { Indicator } from '../model';
import type { Verdict } from './verdict';

/**
 * The verdict on a 定量指标 from the figures in its cells (a row with no error).
 *
 * Higher is better, with an annual target above 0:
 *   actual > target → 超额完成 · actual = target → 已完成 · 完成率 ≥ benchmark → 达到序时进度 · else 滞后.
 * Higher is better, with only a 序时目标: actual ≥ 序时目标 → 达到序时进度, else 滞后.
 * Lower is better (逆向): actual < limit → 超额完成 · actual = limit → 已完成 · above it → 滞后.
 *   A limit has no "on the way" state: it holds or it is broken.
 * No actual, but a rate the sheet states (当前进度 95%, 完成比例 56) → that rate, held the same way (stateless).
 * No actual, or nothing to hold it against → 无数据.
 *
 * Comparisons are exact, the way the sheet's IF formulas compare the same cells (measures-formulas.ts),
 * so the engine and a recalculating spreadsheet agree.
 */
export function figuresVerdict(indicator: Indicator, rate: number | null, benchmark: number | null): Verdict {
  const actual = indicator.actual?.value;
  const target = indicator.target?.value;
  if (actual === undefined) return verdictWithoutActual(indicator, rate, benchmark);
  switch (indicator.direction) {
    case 'higher': {
      // A growth for the months so far (1—6月增长45%) is not the year's growth: before the year ends it can only be
      // on track or behind its target, never the year's task done.
      if (target !== undefined && target > 0 && isPartYearGrowth(indicator, benchmark)) return actual >= target ? 'on-track' : 'behind';
      // The year's growth against its growth target: above, at, or below it — there is no share of a growth to pace.
      if (target !== undefined && isGrowthTarget(indicator) && !isPartYearGrowth(indicator, benchmark)) return actual > target ? 'exceeded' : actual >= target ? 'completed' : 'behind';
      if (target !== undefined && target > 0 && rate !== null) {
        if (actual > target) return 'exceeded';
        if (actual >= target) return 'completed';
        return benchmark !== null && rate >= benchmark ? 'on-track' : 'behind';
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
function verdictWithoutActual(indicator: Indicator, rate: number | null, benchmark: number | null): Verdict {
  const growth = indicator.statedGrowth?.value;
  const targetGrowth = indicator.targetGrowth?.value;
  // A ceiling on a growth (居民消费价格涨幅 3以内, 单位GDP能耗 -3以上 as a fall) is met by staying at or under it.
  if (growth !== undefined && targetGrowth !== undefined && indicator.target === null && rate === null) {
    if (indicator.direction === 'lower') return growth <= targetGrowth ? 'on-track' : 'behind';
    return growth >= targetGrowth ? 'on-track' : 'behind';
  }
  if (indicator.direction !== 'higher') return 'no-data';
  if (rate !== null) {
    if (rate > 1) return 'exceeded';
    if (rate >= 1) return 'completed';
    return benchmark !== null && rate >= benchmark ? 'on-track' : 'behind';
  }
  return 'no-data';
}

/** Whether the figures alone show the target met, for a check that has no 序时进度 at hand (the deadline rule). */
export function figuresShowDone(indicator: Indicator): boolean {
  const target = indicator.target?.value;
  const actual = indicator.actual?.value;
  if (target === undefined || actual === undefined) return false;
  return indicator.direction === 'lower' ? actual <= target : actual >= target;
}

/** Words that name a rate of change over last year, not a level (增长, 增幅, 增速, 同比). */
const GROWTH_NAME = /增长|增幅|增速|同比/u;

/**
 * A % target that is a change over last year, not a level: the indicator is named as a change (地区生产总值增长), or
 * the table itself states its target as one (recognition sets `targetGrowth` to the same figure: a form whose goal
 * reads 同比增速9.5% over a row 消费品零售额 | % | 9.5). Two growth rates are compared, never divided: 25.6% against
 * a target of 9.5% is 16.1 points above it, not a completion of 269.5%.
 */
export function isGrowthTarget(indicator: Indicator): boolean {
  if (indicator.unit !== '%' || indicator.target === null) return false;
  const stated = indicator.targetGrowth?.value;
  // A target of 50% or more on such a row is a completion the sheet states (100 for 完成率), not a growth wanted.
  return GROWTH_NAME.test(indicator.name.value) || (AGGREGATE_NAME.test(indicator.name.value) && indicator.target.value < 50) || (stated !== undefined && Math.abs(stated * 100 - indicator.target.value) < 1e-9);
}

/**
 * A row named for an amount a county counts in money (地区生产总值, 规上工业增加值, 固定资产投资, 社会消费品零售总额, 一般公共
 * 预算收入): with % as its unit its figures can only be a change over last year — an amount has no level in per cent. Not a
 * name that makes the % a share or a rate of its own (占比, 比重, 率, 比例, 贡献, 强度, 弹性).
 */
const AGGREGATE_NAME = /^(?!.*(?:占|比重|比例|率|贡献|强度|弹性|结构|指数))[^，,。；;]*(?:生产总值|GDP|增加值|固定资产投资|零售总额|预算收入|财政收入|税收收入|可支配收入|进出口总额|外贸进出口|营业收入|主营业务收入|总产值)(?:总额|总量|额)?$/u;

/**
 * A growth rate (a % indicator named as a change over last year) read before the year's end (序时进度 below 100%):
 * compute and the 完成状态 formula both hold it to its target as on track or behind, never as done.
 */
export function isPartYearGrowth(indicator: Indicator, benchmark: number | null): boolean {
  return isGrowthTarget(indicator) && benchmark !== null && benchmark < 1;
}
