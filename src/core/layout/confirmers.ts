import type { CellValue, Indicator, SheetSnapshot, WorkbookSnapshot } from '../model';
import { cellAt, isCellError } from '../model';
import { excelSerialToIso, isDateFormat } from '../recognize/date-text';
import { generatedRole } from './generated-sheets';
import { decodeKey, type IndicatorKey } from './indicator-key';
import { confirmedAtHeader, confirmedByHeader } from './measures-columns';
import { keyedColumn, matchOne } from './review-comments';

/**
 * Who confirmed a status and when: 确认人 and 确认时间 on 指标测算, beside 确认状态. The task pane fills them
 * when it confirms; a leader may type them by hand. Either way they are a person's words, kept across reruns
 * as 审阅意见 is (by the row's key, never by position) and written back as text, whatever they begin with.
 */
export interface Confirmer {
  /** As typed; empty when nobody's name was given (the pane never guesses one). */
  readonly by: string;
  readonly at: string;
}

export interface ConfirmerEntry extends Confirmer {
  readonly key: IndicatorKey | null;
  readonly keyText: string;
}

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/**
 * 2026-12-08 08:40, in the clock of the machine that confirmed: a time a person reads, sorts as text, and that
 * every spreadsheet (Excel, WPS, LibreOffice) shows the same way, with no date format to lose.
 */
export function confirmationTimeText(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** A serial under a date format is a date someone typed (Excel turns 2026-12-08 into one): read it back as that text. */
function timeText(value: number, format: string): string {
  const day = isDateFormat(format) ? excelSerialToIso(value) : null;
  if (day === null) return String(value);
  const minutes = Math.round((value - Math.floor(value)) * 24 * 60);
  return minutes === 0 ? day : `${day} ${pad(Math.floor(minutes / 60) % 24)}:${pad(minutes % 60)}`;
}

function cellText(sheet: SheetSnapshot, row: number, col: number): string {
  const value: CellValue = cellAt(sheet, row, col);
  if (value === null || isCellError(value)) return '';
  if (typeof value === 'number') return timeText(value, sheet.numberFormats[row - 1]?.[col - 1] ?? 'General');
  return String(value).trim();
}

/** Every filled 确认人 or 确认时间 on the sheets an earlier run generated as 指标测算. An older report has neither. */
export function readConfirmers(snapshot: WorkbookSnapshot): ConfirmerEntry[] {
  const found: ConfirmerEntry[] = [];
  for (const sheet of snapshot.sheets) {
    if (generatedRole(sheet) !== 'measures') continue;
    const by = keyedColumn(sheet, confirmedByHeader());
    const at = keyedColumn(sheet, confirmedAtHeader());
    const columns = by ?? at;
    if (!columns) continue;
    for (let row = columns.headerRow + 1; row <= sheet.values.length; row++) {
      const entry: Confirmer = { by: by ? cellText(sheet, row, by.col) : '', at: at ? cellText(sheet, row, at.col) : '' };
      if (entry.by === '' && entry.at === '') continue;
      const keyText = String(cellAt(sheet, row, columns.keyCol) ?? '').trim();
      found.push({ ...entry, key: decodeKey(keyText), keyText });
    }
  }
  return found;
}

/** Matched to this run's indicators as 审阅意见 are; those whose indicator is gone are kept aside under the table. */
export function carryConfirmers(entries: readonly ConfirmerEntry[], indicators: readonly Indicator[]): { byRow: Map<number, Confirmer>; unmatched: ConfirmerEntry[] } {
  const byRow = new Map<number, Confirmer>();
  const unmatched: ConfirmerEntry[] = [];
  for (const entry of entries) {
    const indicator = entry.key ? matchOne(entry.key, indicators) : null;
    if (indicator && !byRow.has(indicator.row)) byRow.set(indicator.row, { by: entry.by, at: entry.at });
    else unmatched.push(entry);
  }
  return { byRow, unmatched };
}
