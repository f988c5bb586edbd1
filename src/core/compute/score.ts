import type { IndicatorKind, ScoreRule, Status } from '../model';
import { isDone, isOnTrackOrBetter } from './status';

/** Capped at the full score, and half the score for a qualitative item 推进中, unless configured otherwise. */
export const DEFAULT_SCORE_RULE: ScoreRule = { kind: 'proportional', cap: 1, inProgressShare: 0.5 };

export const DEFAULT_IN_PROGRESS_SHARE = 0.5;

export interface ScoreInput {
  readonly kind: IndicatorKind;
  readonly status: Status;
  /** 分值; null when the indicator carries none. */
  readonly weight: number | null;
  /**
   * How far the indicator is against where it should be by now: 完成率 ÷ benchmark (1 = exactly on pace),
   * or actual ÷ 序时目标 where the sheet gives no annual target. null when it cannot be measured.
   */
  readonly paceRatio: number | null;
}

/**
 * Points earned. The rule is a setting (ComputeOptions.scoreRule):
 *
 * proportional (default, cap 1): 分值 × min(max(pace, 0), cap). An indicator exactly at 序时进度 earns its
 *   full score at any time of year; one at half the pace earns half; beyond the pace it earns no more than
 *   cap × 分值 (cap 1: never more than the full score). 定性: 已完成 full, 推进中 inProgressShare × 分值
 *   (default half), 未填报 nothing.
 * all-or-nothing: full score when 超额完成 / 已完成 / 达到序时进度 (定性: 已完成), nothing otherwise.
 *
 * 无数据 earns 0 (a score cannot be earned with nothing reported); 待核实 earns null, shown as 待核实.
 */
export function scoreFor(input: ScoreInput, rule: ScoreRule): number | null {
  const { weight, status } = input;
  if (weight === null || status === 'pending') return null;
  switch (rule.kind) {
    case 'all-or-nothing':
      return isOnTrackOrBetter(status) ? weight : 0;
    case 'proportional':
      return proportionalScore(input, weight, rule.cap, rule.inProgressShare ?? DEFAULT_IN_PROGRESS_SHARE);
    default: {
      const unreachable: never = rule;
      return unreachable;
    }
  }
}

function proportionalScore(input: ScoreInput, weight: number, cap: number, inProgressShare: number): number {
  switch (input.kind) {
    case 'qualitative':
      // Figures in the words can make a qualitative row 超额完成 or 达到序时进度 (src/core/judge).
      if (isDone(input.status)) return weight;
      return input.status === 'in-progress' || input.status === 'on-track' ? weight * inProgressShare : 0;
    case 'quantitative':
      // Written in the same order as the sheet's formula =分值*MIN(MAX(完成率/序时进度,0),cap), so both agree to the bit.
      return input.paceRatio === null ? 0 : weight * Math.min(Math.max(input.paceRatio, 0), cap);
    default: {
      const unreachable: never = input.kind;
      return unreachable;
    }
  }
}
