import type { Period } from './indicator';

/**
 * exceeded 超额完成 · completed 已完成 · on-track 达到序时进度 · behind 滞后 · no-data 无数据 (quantitative);
 * completed 已完成 · in-progress 推进中 · not-reported 未填报 (qualitative);
 * pending 待核实: an error in the row's own cells makes any figure untrustworthy;
 * unclear 需人工确认: the staff's words do not say whether the work is done (src/core/judge), so a person must.
 */
export type Status =
  | 'exceeded'
  | 'completed'
  | 'on-track'
  | 'behind'
  | 'no-data'
  | 'in-progress'
  | 'not-reported'
  | 'pending'
  | 'unclear';

export interface IndicatorResult {
  /** Source row of the indicator. */
  readonly row: number;
  /** actual ÷ annual target (for 逆向指标, see compute/completion.ts); a fraction. */
  readonly completionRate: number | null;
  /** completion − 序时进度, or against the sheet's 序时目标 where it has one. */
  readonly progressGap: number | null;
  /** (actual − last year) ÷ last year; a fraction. */
  readonly growthRate: number | null;
  /** The status counted everywhere: a person's 确认状态 where one was given (it is final), the engine's otherwise. */
  readonly status: Status;
  /**
   * 判断依据: the staff's words or the figures that decided the status (src/core/judge's Judgement.evidence),
   * in Chinese; empty when nothing decided it. Absent only where a result is built without the judgement.
   */
  readonly evidence?: string;
  /**
   * The engine's own status when a person confirmed one (确认状态 on an earlier 指标测算); absent when nobody
   * did. 指标测算 still shows it in 完成状态, beside the confirmation.
   */
  readonly judgedStatus?: Status;
  /**
   * Points earned: the 得分 the sheet states where it states one (a unit's own self-evaluation stands),
   * otherwise the score rule's; null when the indicator carries no 分值.
   */
  readonly score: number | null;
  /** The score rule's own figure where the sheet states a 得分, so the two can be compared (see validate). */
  readonly computedScore?: number | null;
  /**
   * The share of the annual target due by now that this indicator is measured against (a fraction):
   * the sheet's 序时目标 ÷ 全年目标, the months its data cover ÷ 12, the period's 序时进度, or 1 for a
   * 逆向指标 (a limit must hold all year). null when nothing can be measured (qualitative, pending).
   */
  readonly benchmark?: number | null;
  readonly benchmarkBasis?: BenchmarkBasis | null;
  /** A 序时目标 scaled to figures that cover fewer months than the report (see compute/benchmark.ts). */
  readonly benchmarkMonthScale?: { readonly dataMonths: number; readonly periodMonths: number } | null;
  /**
   * 待核实 only: the codes of the row's own errors (actual-without-target, not-a-number …). A figure with no target
   * to hold it to (a statistics table) is not a figure that may be wrong, and the draft says which it is.
   */
  readonly pendingCodes?: readonly string[];
}

/** Where an indicator's benchmark came from (see compute/benchmark.ts). */
export type BenchmarkBasis = 'period' | 'period-target' | 'intake' | 'data-months' | 'limit';

export interface Rollup {
  /** Group title (勤政目标) or 责任科室 name. */
  readonly key: string;
  readonly total: number;
  readonly completed: number;
  readonly onTrack: number;
  readonly behind: number;
  /** no-data and not-reported. */
  readonly noData: number;
  /** Of `completed`, how many exceeded the target (completed counts exceeded, completed and qualitative completed). */
  readonly exceeded?: number;
  /** Qualitative indicators 推进中. */
  readonly inProgress?: number;
  /** 待核实: an error in the row's own cells. */
  readonly pending?: number;
  /** 需人工确认: the words do not say whether the work is done. */
  readonly unclear?: number;
  readonly scoreEarned: number;
  readonly scoreAvailable: number;
}

export type ScoreRule =
  /** earned = weight × min(completion ÷ 序时进度 or 1, cap); qualitative: full when completed. */
  | {
      readonly kind: 'proportional';
      readonly cap: number;
      /** Share of the 分值 a qualitative indicator 推进中 earns (default 0.5). */
      readonly inProgressShare?: number;
    }
  /** full weight when on track or better, nothing otherwise. */
  | { readonly kind: 'all-or-nothing' };

export interface Results {
  readonly period: Period;
  readonly scoreRule: ScoreRule;
  readonly indicators: readonly IndicatorResult[];
  readonly byGroup: readonly Rollup[];
  readonly byDepartment: readonly Rollup[];
  readonly totals: Rollup;
}

/** The row errors that say only that the table sets no target (actual-without-target, missing-target). */
const NO_TARGET_CODES: ReadonlySet<string> = new Set(['actual-without-target', 'missing-target']);

/**
 * 待核实 only for want of a target: the row's figures are the staff's and not in doubt; nothing was judged.
 * (A statistics table's every row; see narrate/figures-without-target.ts.)
 */
export function pendingForWantOfTarget(result: IndicatorResult | null | undefined): boolean {
  const codes = result?.pendingCodes;
  return result?.status === 'pending' && codes !== undefined && codes.length > 0 && codes.every((code) => NO_TARGET_CODES.has(code));
}
