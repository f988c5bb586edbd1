import { t } from '../i18n';
import type { Indicator, IndicatorResult, IndicatorTable, Issue, Results, ScoreRule, Status } from '../model';
import { benchmarkFor } from './benchmark';
import { completionRate } from './completion';
import { growthRate } from './growth';
import { isGrowthTarget } from '../judge';
import { departmentKey, groupKey, rollUp, rollUpAll } from './rollup';
import { DEFAULT_SCORE_RULE, scoreFor } from './score';
import { indicatorJudgement } from './status';

export interface ComputeOptions {
  readonly scoreRule?: ScoreRule;
  /**
   * Indicator source row → the status a person confirmed (确认状态 on an earlier 指标测算). A person's word is
   * final: it is the status counted, scored and drafted; the engine's stays beside it as judgedStatus.
   */
  readonly confirmed?: ReadonlyMap<number, Status>;
}

export { DEFAULT_SCORE_RULE } from './score';
export { departmentKey, groupKey } from './rollup';

/**
 * Rows with an error of their own, and the errors' codes: their figures are shown as 待核实, never as a number
 * that may be wrong. The codes go with the result, so the draft can tell a figure with no target to hold it to
 * (a statistics table) from a figure that may be wrong.
 */
function pendingRows(issues: readonly Issue[]): Map<number, string[]> {
  const rows = new Map<number, string[]>();
  for (const issue of issues) {
    if (issue.severity !== 'error' || issue.indicatorRow === undefined) continue;
    const codes = rows.get(issue.indicatorRow) ?? [];
    if (!codes.includes(issue.code)) codes.push(issue.code);
    rows.set(issue.indicatorRow, codes);
  }
  return rows;
}

/**
 * A row with no target and nothing reported either (a plan's 定量 row: name, unit, 分值, no figure at all) has no
 * figure that may be wrong: validation's missing-target is the whole of it. It is 无数据, as any unreported row, not
 * 待核实 — a draft said of such rows 完成数据待核实…核实后另行补报 (real-frozen-12/123, /124 once their rows were
 * read as 定量). A figure beside no target (an actual, a growth) stays 待核实.
 */
function onlyUnset(indicator: Indicator, codes: readonly string[]): boolean {
  if (!codes.every((code) => code === 'missing-target')) return false;
  const reported =
    indicator.actual !== null ||
    indicator.actualText !== null ||
    indicator.statedGrowth !== null ||
    indicator.statedCompletion !== null ||
    indicator.progressText !== null ||
    (indicator.statedProgress ?? null) !== null ||
    (indicator.statedChangePoints ?? null) !== null ||
    (indicator.statedScore ?? null) !== null ||
    (indicator.statedStatus ?? null) !== null;
  return !reported;
}

function pendingResult(indicator: Indicator, codes: readonly string[]): IndicatorResult {
  return {
    row: indicator.row,
    completionRate: null,
    progressGap: null,
    growthRate: null,
    status: 'pending',
    evidence: t('sheet.measures.evidence.pending'),
    score: null,
    benchmark: null,
    benchmarkBasis: null,
    pendingCodes: codes,
  };
}

/** No column holds results (完成值, 完成率): the table reports in 推进情况 words only. */
export function reportedInWords(table: IndicatorTable): boolean {
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

/**
 * A confirmed status replaces the engine's. The score follows it where the score rule goes by status (定性,
 * all-or-nothing), as 指标测算's score formulas read 计数状态; a figure-paced score and a unit's own 得分 stay,
 * and a 待核实 row earns nothing until its cells are fixed.
 */
function confirmedResult(indicator: Indicator, judged: IndicatorResult, confirmed: Status | undefined, rule: ScoreRule): IndicatorResult {
  if (confirmed === undefined) return judged;
  const byStatus = indicator.kind === 'qualitative' || rule.kind === 'all-or-nothing';
  const rescored = judged.status !== 'pending' && byStatus && !indicator.statedScore;
  const score = rescored ? scoreFor({ kind: indicator.kind, status: confirmed, weight: indicator.weight?.value ?? null, paceRatio: null }, rule) : judged.score;
  return { ...judged, status: confirmed, judgedStatus: judged.status, score };
}

/** 完成率 ÷ benchmark, or actual ÷ 序时目标 when there is no annual target to make a rate from. */
function paceRatio(indicator: Indicator, rate: number | null, benchmark: number | null): number | null {
  // A growth against its growth target earns its score when it reaches the target, and its share of the target below it.
  const actual0 = indicator.actual?.value;
  const target0 = indicator.target?.value;
  if (isGrowthTarget(indicator) && actual0 !== undefined && target0 !== undefined) return actual0 >= target0 ? 1 : target0 > 0 ? Math.max(actual0 / target0, 0) : 0;
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
  const results = indicators.map((indicator) => {
    const codes = pending.get(indicator.row);
    const judged = codes && !onlyUnset(indicator, codes) ? pendingResult(indicator, codes) : keepStatedScore(indicator, measure(indicator, table, rule));
    return confirmedResult(indicator, judged, options.confirmed?.get(indicator.row), rule);
  });
  return {
    period: table.period,
    scoreRule: rule,
    indicators: results,
    byGroup: rollUp(indicators, results, groupKey),
    byDepartment: rollUp(indicators, results, departmentKey),
    totals: rollUpAll(indicators, results, t('rollup.total')),
  };
}
