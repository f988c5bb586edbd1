import { t } from '../i18n';
import type { Indicator, IndicatorResult, IndicatorTable, Issue, Results, ScoreRule } from '../model';
import { benchmarkFor } from './benchmark';
import { completionRate } from './completion';
import { growthRate } from './growth';
import { departmentKey, groupKey, rollUp, rollUpAll } from './rollup';
import { DEFAULT_SCORE_RULE, scoreFor } from './score';
import { indicatorJudgement } from './status';

export interface ComputeOptions {
  readonly scoreRule?: ScoreRule;
}

export { DEFAULT_SCORE_RULE } from './score';
export { departmentKey, groupKey } from './rollup';

/** Rows with an error of their own: their figures are shown as 待核实, never as a number that may be wrong. */
function pendingRows(issues: readonly Issue[]): Set<number> {
  const rows = new Set<number>();
  for (const issue of issues) if (issue.severity === 'error' && issue.indicatorRow !== undefined) rows.add(issue.indicatorRow);
  return rows;
}

function pendingResult(indicator: Indicator): IndicatorResult {
  return { row: indicator.row, completionRate: null, progressGap: null, growthRate: null, status: 'pending', evidence: '本行数据有误，待核实', score: null, benchmark: null, benchmarkBasis: null };
}

/** No column holds results (完成值, 完成率): the table reports in 推进情况 words only. */
function reportedInWords(table: IndicatorTable): boolean {
  return table.columns.actual === undefined && table.columns.completionRate === undefined;
}

function measure(indicator: Indicator, table: IndicatorTable, rule: ScoreRule): IndicatorResult {
  if (indicator.kind === 'qualitative') {
    const { verdict: status, evidence } = indicatorJudgement(indicator, table.period, null, null);
    const score = scoreFor({ kind: 'qualitative', status, weight: indicator.weight?.value ?? null, paceRatio: null }, rule);
    return { row: indicator.row, completionRate: null, progressGap: null, growthRate: null, status, evidence, score, benchmark: null, benchmarkBasis: null };
  }
  const rate = completionRate(indicator);
  const benchmark = benchmarkFor(indicator, table.period);
  const { verdict: status, evidence } = indicatorJudgement(indicator, table.period, rate, benchmark, reportedInWords(table));
  const score = scoreFor({ kind: 'quantitative', status, weight: indicator.weight?.value ?? null, paceRatio: paceRatio(indicator, rate, benchmark?.value ?? null) }, rule);
  return {
    row: indicator.row,
    completionRate: rate,
    progressGap: rate !== null && benchmark !== null ? rate - benchmark.value : null,
    growthRate: growthRate(indicator),
    status,
    evidence,
    score,
    benchmark: benchmark?.value ?? null,
    benchmarkBasis: benchmark?.basis ?? null,
    benchmarkMonthScale: benchmark?.monthScale ?? null,
  };
}

/**
 * A unit that scored its own form (财政部绩效自评表 得分) has the last word on its score: ours is kept
 * beside it, and validation says when the two differ.
 */
function keepStatedScore(indicator: Indicator, result: IndicatorResult): IndicatorResult {
  const stated = indicator.statedScore;
  if (!stated || !Number.isFinite(stated.value)) return result;
  return { ...result, score: stated.value, computedScore: result.score };
}

/** 完成率 ÷ benchmark, or actual ÷ 序时目标 when there is no annual target to make a rate from. */
function paceRatio(indicator: Indicator, rate: number | null, benchmark: number | null): number | null {
  if (rate !== null) return benchmark !== null && benchmark > 0 ? rate / benchmark : null;
  const actual = indicator.actual?.value;
  const periodTarget = indicator.periodTarget?.value;
  if (indicator.direction === 'higher' && actual !== undefined && periodTarget !== undefined && periodTarget > 0) return actual / periodTarget;
  return null;
}

/**
 * Completion, 序时进度, growth, status and score for every indicator, and rollups by group, by 责任科室
 * and overall. Pure; never throws for any table recognition can produce.
 * The rules, and why, are in completion.ts (逆向), benchmark.ts (序时进度), growth.ts, status.ts and score.ts.
 */
export function compute(table: IndicatorTable, issues: readonly Issue[], options: ComputeOptions = {}): Results {
  const rule = options.scoreRule ?? DEFAULT_SCORE_RULE;
  const pending = pendingRows(issues);
  const indicators = table.indicators;
  const results = indicators.map((indicator) => (pending.has(indicator.row) ? pendingResult(indicator) : keepStatedScore(indicator, measure(indicator, table, rule))));
  return {
    period: table.period,
    scoreRule: rule,
    indicators: results,
    byGroup: rollUp(indicators, results, groupKey),
    byDepartment: rollUp(indicators, results, departmentKey),
    totals: rollUpAll(indicators, results, t('rollup.total')),
  };
}
