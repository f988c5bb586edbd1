import { t } from '../i18n';
import type { Indicator, IndicatorResult, Rollup, Status } from '../model';

/** The group an indicator is counted under: its top section (勤政目标), whatever the sheet calls its groups. */
export function groupKey(indicator: Indicator): string {
  const top = indicator.path[0]?.trim();
  return top ? top : t('rollup.ungrouped');
}

/** The 责任科室 an indicator is counted under, as written (a joint 规划科、投资科 stays one key). */
export function departmentKey(indicator: Indicator): string {
  const name = indicator.department?.value.trim();
  return name ? name : t('rollup.no-department');
}

interface Tally {
  total: number;
  completed: number;
  exceeded: number;
  onTrack: number;
  behind: number;
  inProgress: number;
  noData: number;
  pending: number;
  unclear: number;
  scoreEarned: number;
  scoreAvailable: number;
}

function emptyTally(): Tally {
  return { total: 0, completed: 0, exceeded: 0, onTrack: 0, behind: 0, inProgress: 0, noData: 0, pending: 0, unclear: 0, scoreEarned: 0, scoreAvailable: 0 };
}

function count(tally: Tally, status: Status): void {
  switch (status) {
    case 'exceeded':
      tally.exceeded++;
      tally.completed++;
      return;
    case 'completed':
      tally.completed++;
      return;
    case 'on-track':
      tally.onTrack++;
      return;
    case 'behind':
      tally.behind++;
      return;
    case 'in-progress':
      tally.inProgress++;
      return;
    case 'no-data':
    case 'not-reported':
      tally.noData++;
      return;
    case 'pending':
      tally.pending++;
      return;
    case 'unclear':
      tally.unclear++;
      return;
    default: {
      const unreachable: never = status;
      return unreachable;
    }
  }
}

/**
 * Counts per key, keys in the order they first appear (the workbook's order).
 * Sums are taken row by row in the sheet's order, the way SUMIFS adds them, so the 汇总 sheet's formulas
 * give the same figures. 应得分 counts every 分值, 待核实 rows included: the points are at stake either way.
 */
export function rollUp(
  indicators: readonly Indicator[],
  results: readonly IndicatorResult[],
  keyOf: (indicator: Indicator) => string,
): Rollup[] {
  const tallies = new Map<string, Tally>();
  indicators.forEach((indicator, i) => {
    const key = keyOf(indicator);
    const tally = tallies.get(key) ?? emptyTally();
    tallies.set(key, tally);
    addTo(tally, indicator, results[i]);
  });
  return [...tallies].map(([key, tally]) => ({ key, ...tally }));
}

export function rollUpAll(indicators: readonly Indicator[], results: readonly IndicatorResult[], key: string): Rollup {
  const tally = emptyTally();
  indicators.forEach((indicator, i) => addTo(tally, indicator, results[i]));
  return { key, ...tally };
}

function addTo(tally: Tally, indicator: Indicator, result: IndicatorResult): void {
  tally.total++;
  count(tally, result.status);
  if (result.score !== null) tally.scoreEarned += result.score;
  if (indicator.weight) tally.scoreAvailable += indicator.weight.value;
}
