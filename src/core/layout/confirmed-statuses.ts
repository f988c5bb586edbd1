import type { CellRef, CellValue, Indicator, IndicatorTable, Issue, OutputPlan, Results, Status, WorkbookSnapshot } from '../model';
import { cellAt, isCellError, refToString } from '../model';
import { generatedRole } from './generated-sheets';
import { decodeKey, type IndicatorKey } from './indicator-key';
import { CONFIRMATION_RECORD, confirmedHeader, measureCol, type ConfirmationColumn } from './measures-columns';
import { measuresLayout } from './measures-rows';
import { keyedColumn, matchOne } from './review-comments';
import { statusLabel } from './sheet-styles';

/**
 * The statuses a person may confirm in 确认状态: a definite answer. 待核实 is a row error only the department
 * can fix, and 需人工确认 is the very question the confirmation answers, so neither is offered.
 */
export const CONFIRMABLE_STATUSES: readonly Status[] = ['exceeded', 'completed', 'on-track', 'behind', 'in-progress', 'not-reported', 'no-data'];

/** The drop-down's choices, as the sheet writes statuses. */
export function confirmableLabels(): string[] {
  return CONFIRMABLE_STATUSES.map(statusLabel);
}

/** The status a 确认状态 cell holds, or null when it is empty or holds anything but a confirmable status. */
export function confirmedStatusOf(value: CellValue): Status | null {
  if (value === null || isCellError(value)) return null;
  const written = String(value).trim();
  return CONFIRMABLE_STATUSES.find((status) => statusLabel(status) === written) ?? null;
}

/** A 确认状态 on an earlier 指标测算, with the key of the row it sat on (as a 审阅意见 is read). */
export interface Confirmation {
  readonly status: Status;
  readonly key: IndicatorKey | null;
  readonly keyText: string;
}

/**
 * A 确认状态 cell that holds something other than a status (已完成。, 完成, 已确认): a typo the engine cannot count.
 * It is kept as typed on the next 指标测算 and listed in 校验结果, never dropped in silence.
 */
export interface UnreadableConfirmation {
  readonly written: string;
  readonly key: IndicatorKey | null;
  readonly keyText: string;
  /** Where it was typed, on the earlier 指标测算. */
  readonly cell: CellRef;
}

/** Every filled 确认状态 cell on the sheets an earlier run generated as 指标测算 (found by marker and header, whatever they are called now). */
function readConfirmationCells(snapshot: WorkbookSnapshot): { readonly status: Status | null; readonly entry: UnreadableConfirmation }[] {
  const found: { status: Status | null; entry: UnreadableConfirmation }[] = [];
  const header = confirmedHeader();
  for (const sheet of snapshot.sheets) {
    if (generatedRole(sheet) !== 'measures') continue;
    const columns = keyedColumn(sheet, header);
    if (!columns) continue;
    for (let row = columns.headerRow + 1; row <= sheet.values.length; row++) {
      const value = cellAt(sheet, row, columns.col);
      const written = value === null || isCellError(value) ? '' : String(value).trim();
      if (written === '') continue;
      const keyText = String(cellAt(sheet, row, columns.keyCol) ?? '').trim();
      found.push({ status: confirmedStatusOf(value), entry: { written, key: decodeKey(keyText), keyText, cell: { sheet: sheet.name, row, col: columns.col } } });
    }
  }
  return found;
}

/** Every 确认状态 on an earlier 指标测算 that holds one of the statuses. */
export function readConfirmations(snapshot: WorkbookSnapshot): Confirmation[] {
  return readConfirmationCells(snapshot).flatMap(({ status, entry }) => (status === null ? [] : [{ status, key: entry.key, keyText: entry.keyText }]));
}

/** Every 确认状态 on an earlier 指标测算 that holds anything else. */
export function readUnreadableConfirmations(snapshot: WorkbookSnapshot): UnreadableConfirmation[] {
  return readConfirmationCells(snapshot).flatMap(({ status, entry }) => (status === null ? [entry] : []));
}

/**
 * Unreadable 确认状态 matched to this run's indicators as confirmations are: indicator source row → the words as
 * typed; those whose indicator is gone are kept aside with the unmatched confirmations.
 */
export function carryUnreadable(unreadable: readonly UnreadableConfirmation[], indicators: readonly Indicator[]): { byRow: Map<number, UnreadableConfirmation>; unmatched: UnreadableConfirmation[] } {
  const byRow = new Map<number, UnreadableConfirmation>();
  const unmatched: UnreadableConfirmation[] = [];
  for (const entry of unreadable) {
    const indicator = entry.key ? matchOne(entry.key, indicators) : null;
    if (indicator && !byRow.has(indicator.row)) byRow.set(indicator.row, entry);
    else unmatched.push(entry);
  }
  return { byRow, unmatched };
}

/**
 * 校验结果's warning for each unreadable 确认状态: where it stands on the 指标测算 this run writes (its indicator's
 * row there), what was typed, and which values are allowed. One whose indicator is gone points at the cell it
 * was typed in, and says it was moved under the table.
 */
export function unreadableConfirmationIssues(snapshot: WorkbookSnapshot, table: IndicatorTable, results: Results, measuresSheet: string): Issue[] {
  const carried = carryUnreadable(readUnreadableConfirmations(snapshot), table.indicators);
  const layout = measuresLayout(table, results);
  const allowed = confirmableLabels().join('、');
  const issues: Issue[] = [];
  for (const indicator of table.indicators) {
    const entry = carried.byRow.get(indicator.row);
    const row = layout.rowOf.get(indicator.row);
    if (entry === undefined || row === undefined) continue;
    const cell: CellRef = { sheet: measuresSheet, row, col: measureCol('confirmed') };
    const name = indicator.name.value.trim();
    issues.push({ severity: 'warning', code: 'confirmed-status-unknown', cell, indicatorRow: indicator.row, indicatorName: name, params: { cell: refToString(cell), value: entry.written, allowed, name } });
  }
  for (const entry of carried.unmatched) {
    issues.push({ severity: 'warning', code: 'confirmed-status-unknown-aside', cell: entry.cell, params: { cell: refToString(entry.cell), value: entry.written, allowed, name: entry.key?.name ?? '' } });
  }
  return issues;
}

/**
 * Confirmations matched to this run's indicators the way 审阅意见 are (same key, else same sheet, id and name,
 * else a name only one indicator has): indicator source row → the confirmed status. Those whose indicator is
 * gone are kept aside with their keys, shown under the table with the unmatched comments, never dropped: what
 * a leader typed survives, and finds its indicator again if it comes back. An older report has no 确认状态.
 */
export function carryConfirmations(confirmations: readonly Confirmation[], indicators: readonly Indicator[]): { byRow: Map<number, Status>; unmatched: Confirmation[] } {
  const byRow = new Map<number, Status>();
  const unmatched: Confirmation[] = [];
  for (const confirmation of confirmations) {
    const indicator = confirmation.key ? matchOne(confirmation.key, indicators) : null;
    if (indicator) byRow.set(indicator.row, confirmation.status);
    else unmatched.push(confirmation);
  }
  return { byRow, unmatched };
}

export function confirmedStatuses(snapshot: WorkbookSnapshot, indicators: readonly Indicator[]): Map<number, Status> {
  return carryConfirmations(readConfirmations(snapshot), indicators).byRow;
}

/** The issues that ask a person to decide a status (src/core/validate/rules/judgement.ts): answered once confirmed. */
const ANSWERED_BY_CONFIRMATION: ReadonlySet<string> = new Set(['judgement-unclear', 'judgement-contradicts']);

/** 校验结果 and the task pane list only what is still unconfirmed. */
export function withoutConfirmed(issues: readonly Issue[], confirmed: ReadonlyMap<number, Status>): Issue[] {
  return issues.filter((issue) => !(ANSWERED_BY_CONFIRMATION.has(issue.code) && issue.indicatorRow !== undefined && confirmed.has(issue.indicatorRow)));
}

/** An indicator the task pane offers for confirmation, and the 确认状态 cell a choice is written to. */
export interface ConfirmationItem {
  readonly indicatorRow: number;
  readonly name: string;
  /** The engine's status (需人工确认), and the status a person confirmed, if any. */
  readonly judged: Status;
  readonly confirmed: Status | null;
  /** 确认状态 on the 指标测算 this run wrote. */
  readonly cell: CellRef;
  /** 判断依据, as 指标测算 shows it. */
  readonly evidence: string;
  /** 确认人 and 确认时间 as this run wrote them (carried from the earlier 指标测算), empty when none. */
  readonly by: string;
  readonly at: string;
}

/**
 * The 需人工确认 indicators of a run, with where their 确认状态 sits on the 指标测算 it wrote (the sheet's name
 * from the plan, the row from the same layout the sheet was built from), and those already confirmed.
 */
export function confirmationItems(table: IndicatorTable, results: Results, plan: OutputPlan): ConfirmationItem[] {
  const sheet = plan.sheets.find((candidate) => candidate.role === 'measures');
  if (!sheet) return [];
  const layout = measuresLayout(table, results);
  const evidenceCol = measureCol('evidence');
  const items: ConfirmationItem[] = [];
  for (const line of layout.lines) {
    if (line.kind !== 'indicator') continue;
    const judged = line.result.judgedStatus ?? line.result.status;
    if (judged !== 'unclear') continue;
    const row = layout.rowOf.get(line.indicator.row) ?? 0;
    const cellText = (col: number): string => {
      const value = sheet.rows[row - 1]?.[col - 1];
      return value?.kind === 'text' ? value.text : '';
    };
    items.push({
      indicatorRow: line.indicator.row,
      name: line.indicator.name.value.trim(),
      judged,
      confirmed: line.result.judgedStatus === undefined ? null : line.result.status,
      cell: { sheet: sheet.name, row, col: measureCol('confirmed') },
      evidence: cellText(evidenceCol),
      by: cellText(measureCol('confirmedBy')),
      at: cellText(measureCol('confirmedAt')),
    });
  }
  return items;
}

/**
 * What one confirmation writes, as a row of cells from the item's 确认状态 cell rightwards: the status's label,
 * who confirmed (empty when the name is unknown: never a guess) and when. A host writes them in one round trip.
 */
export interface ConfirmationWrite {
  readonly cell: CellRef;
  readonly texts: readonly string[];
}

export function confirmationWrite(item: Pick<ConfirmationItem, 'cell'>, status: Status, by: string | null, at: string): ConfirmationWrite {
  const texts: Record<ConfirmationColumn, string> = { confirmed: statusLabel(status), confirmedBy: (by ?? '').trim(), confirmedAt: at };
  return { cell: item.cell, texts: CONFIRMATION_RECORD.map((column) => texts[column]) };
}
