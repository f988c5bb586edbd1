import { pendingForWantOfTarget, type Indicator, type IndicatorResult, type IndicatorTable } from '../model';

/**
 * A row's figures with nothing to hold them to. A statistics table (统计月报, 统计公报表: 总量, 累计, 增速) gives
 * figures and growth and no target, so validation holds every row 待核实 (actual-without-target). That is not a
 * figure that may be wrong, and the draft must not say 完成数据待核实 of it, nor judge it: it says what the
 * table is, quotes the figures as written, and says that nothing was judged.
 */

/** Held 待核实 only for want of a target, with a figure of its own (an actual or a stated growth). */
export function figuresWithoutTarget(indicator: Indicator, result: IndicatorResult | null): boolean {
  if (!pendingForWantOfTarget(result)) return false;
  return indicator.kind === 'quantitative' && (indicator.actual !== null || indicator.statedGrowth !== null);
}

/** Anything that sets the row a task or reports on one: a target of any kind, points, a stated rate or status, words. */
function setsOrReports(indicator: Indicator): boolean {
  return (
    indicator.target !== null ||
    indicator.targetText !== null ||
    indicator.periodTarget !== null ||
    (indicator.targetGrowth ?? null) !== null ||
    indicator.statedCompletion !== null ||
    (indicator.statedProgress ?? null) !== null ||
    indicator.weight !== null ||
    (indicator.statedScore ?? null) !== null ||
    (indicator.statedStatus ?? null) !== null ||
    indicator.progressText !== null ||
    indicator.actualText !== null
  );
}

/**
 * Someone is answerable for the row (责任单位, 责任人, 完成时限): a task list, not a statistics table, even when
 * its only figure is an amount read as an actual (real-frozen-12/121, a 民生实事 list with 年度投资金额).
 */
function assigned(indicator: Indicator): boolean {
  return indicator.department !== null || indicator.owner !== null || indicator.deadline !== null || (indicator.leader ?? null) !== null;
}

/**
 * A statistics table, not a target table: no row sets a target or reports against one, and at least half the
 * rows carry figures held 待核实 only for want of a target. One target anywhere and the table is a target table
 * with gaps, drafted as one.
 */
export function isStatisticsTable(table: IndicatorTable, resultOf: (indicator: Indicator) => IndicatorResult | null): boolean {
  const indicators = table.indicators;
  if (indicators.length === 0 || indicators.some((indicator) => setsOrReports(indicator) || assigned(indicator))) return false;
  const figures = indicators.filter((indicator) => figuresWithoutTarget(indicator, resultOf(indicator))).length;
  return figures * 2 >= indicators.length;
}

/**
 * The rows whose figures the draft quotes as reported though no target holds them: a statistics table's, or the
 * exception in a table whose other rows have targets. Not in a task list with no target anywhere (a plan's
 * 年度投资金额 read as an actual, real-frozen-12/121), nor a figure read out of the row's own words (到2020年…控制在
 * 11.88亿立方米以内 is a plan's, real-frozen-12/122): those stay 完成数据待核实, as the figures are in doubt.
 */
export function rowsQuotedWithoutTarget(table: IndicatorTable, resultOf: (indicator: Indicator) => IndicatorResult | null): ReadonlySet<number> {
  const someTargets = table.indicators.some((i) => i.target !== null || i.targetText !== null || (i.targetGrowth ?? null) !== null);
  if (!someTargets && !isStatisticsTable(table, resultOf)) return new Set();
  return new Set(table.indicators.filter((i) => figuresWithoutTarget(i, resultOf(i)) && !figureFromWords(i)).map((i) => i.row));
}

function figureFromWords(indicator: Indicator): boolean {
  const actual = indicator.actual?.cell;
  const words = indicator.progressText?.cell;
  return actual !== undefined && words !== undefined && actual.sheet === words.sheet && actual.row === words.row && actual.col === words.col;
}
