import { isGrowthTarget } from '../judge';
import type { Indicator } from '../model';

/**
 * 完成率 as a fraction, where "more is better" holds for every indicator, so that statuses, scores and
 * rollups read the same way whatever the direction. null when it cannot be computed.
 *
 * Higher is better: actual ÷ annual target (target must be above 0).
 *
 * Lower is better (逆向指标, 审批时限 / 能耗 / 事故数): the 偏差比例法 appraisal offices use,
 *   完成率 = 1 + (目标 − 实际) ÷ 目标 = 2 − 实际 ÷ 目标, and never below 0.
 * Every 1% under the limit adds one percentage point; every 1% over it takes one off. So 审批时限 目标3天、
 * 实际1天 reads 166.67% (超额完成), exactly at the limit 100%, 20% over the limit 80%, twice the limit or
 * worse 0%. Unlike 目标 ÷ 实际 it stays finite when the actual is 0 (零事故 → 200%) and it does not reward
 * a small improvement with an enormous rate.
 * A limit of 0 (零事故, 零投诉): 100% when the actual is 0 (or less), otherwise 0%.
 * A negative limit means nothing a leader could read: null.
 */
export function completionRate(indicator: Indicator): number | null {
  // A growth against a growth target is compared, not divided (judge: isGrowthTarget): it has no completion rate.
  if (isGrowthTarget(indicator)) return null;
  const rate = rawRate(indicator) ?? statedRate(indicator);
  // A target like 1e-320 gives an infinite rate: no figure is better than a wrong one.
  return rate !== null && Number.isFinite(rate) ? rate : null;
}

/**
 * A rate the sheet states (完成比例 56, 当前进度 95%) stands for the completion when the actual is left blank:
 * it is the department's own figure. When both are there, actual ÷ target is used and validation compares
 * the two (stated-completion-mismatch).
 */
function statedRate(indicator: Indicator): number | null {
  if (indicator.actual !== null || indicator.direction !== 'higher') return null;
  return indicator.statedCompletion?.value ?? null;
}

function rawRate(indicator: Indicator): number | null {
  const target = indicator.target?.value;
  const actual = indicator.actual?.value;
  if (target === undefined || actual === undefined) return null;
  switch (indicator.direction) {
    case 'higher':
      return target > 0 ? actual / target : null;
    case 'lower':
      if (target > 0) return Math.max(0, 2 - actual / target);
      if (target === 0) return actual <= 0 ? 1 : 0;
      return null;
    default: {
      const unreachable: never = indicator.direction;
      return unreachable;
    }
  }
}
