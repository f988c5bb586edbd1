import type { CellRef, Indicator, IndicatorResult, Results, Status } from '../model';
import { figuresWithoutTarget } from './figures-without-target';

/** Counts the opening and closing paragraphs state, and the indicators the closing names. */
export interface StatusTally {
  readonly indicators: readonly Indicator[];
  readonly statusOf: (indicator: Indicator) => Status;
  /** The name cells of the indicators in these statuses: what a count in the text points at. */
  readonly cellsWith: (statuses: readonly Status[]) => CellRef[];
  readonly total: number;
  readonly quantitative: number;
  readonly qualitative: number;
  readonly byStatus: Readonly<Record<Status, number>>;
  readonly lagging: readonly Indicator[];
  readonly pending: readonly Indicator[];
  /** Of the 待核实, those held only for want of a target: their figures are the staff's, not in doubt. */
  readonly withoutTarget: readonly Indicator[];
  readonly unreported: readonly Indicator[];
  /**
   * Of the 无数据, those whose actual the sheet does hold (a fall against a target of a fall that nothing judged,
   * real-frozen-12/127): reported, not 未填报 — the words say so though the count stays 汇总's.
   */
  readonly unjudged: readonly Indicator[];
  /** 需人工确认: the words do not say whether the work is done. */
  readonly unclear: readonly Indicator[];
}

export function resultsByRow(results: Results): Map<number, IndicatorResult> {
  return new Map(results.indicators.map((result) => [result.row, result]));
}

export function tallyStatuses(indicators: readonly Indicator[], byRow: ReadonlyMap<number, IndicatorResult>, quotedWithoutTarget?: ReadonlySet<number>): StatusTally {
  const byStatus: Record<Status, number> = {
    exceeded: 0,
    completed: 0,
    'on-track': 0,
    behind: 0,
    'no-data': 0,
    'in-progress': 0,
    'not-reported': 0,
    pending: 0,
    unclear: 0,
  };
  const lagging: Indicator[] = [];
  const pending: Indicator[] = [];
  const unreported: Indicator[] = [];
  const unclear: Indicator[] = [];
  const statuses = new Map<Indicator, Status>();
  const cellsByStatus = new Map<Status, CellRef[]>();
  for (const indicator of indicators) {
    const status = byRow.get(indicator.row)?.status ?? (indicator.kind === 'quantitative' ? 'no-data' : 'not-reported');
    statuses.set(indicator, status);
    const cells = cellsByStatus.get(status);
    if (cells) cells.push(indicator.name.cell);
    else cellsByStatus.set(status, [indicator.name.cell]);
  }
  const statusOf = (indicator: Indicator): Status => statuses.get(indicator) ?? (indicator.kind === 'quantitative' ? 'no-data' : 'not-reported');
  const cellsWith = (wanted: readonly Status[]): CellRef[] => wanted.flatMap((status) => cellsByStatus.get(status) ?? []);
  for (const indicator of indicators) {
    const status = statusOf(indicator);
    byStatus[status] += 1;
    if (status === 'behind') lagging.push(indicator);
    if (status === 'pending') pending.push(indicator);
    if (status === 'no-data' || status === 'not-reported') unreported.push(indicator);
    if (status === 'unclear') unclear.push(indicator);
  }
  const quantitative = indicators.filter((indicator) => indicator.kind === 'quantitative').length;
  const withoutTarget = pending.filter((indicator) =>
    quotedWithoutTarget === undefined ? figuresWithoutTarget(indicator, byRow.get(indicator.row) ?? null) : quotedWithoutTarget.has(indicator.row),
  );
  // A cross-table with no 合计 line holds its figures only by place or unit: reported too, though the whole is not.
  const unjudged = unreported.filter((indicator) => indicator.kind === 'quantitative' && (indicator.actual !== null || reportedByPlace(indicator)));
  return { indicators, statusOf, cellsWith, total: indicators.length, quantitative, qualitative: indicators.length - quantitative, byStatus, lagging, pending, withoutTarget, unreported, unjudged, unclear };
}

/** Figures done, or rates, written for the places or units of a cross-table that has no line for the whole. */
export function reportedByPlace(indicator: Indicator): boolean {
  return (indicator.breakdown ?? []).some((region) => region.actual !== null || region.rate !== null);
}
