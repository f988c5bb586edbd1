import type { CellValue, Indicator, SheetSnapshot, WorkbookSnapshot } from '../model';
import { cellAt, isCellError } from '../model';
import { generatedRole } from './generated-sheets';
import { decodeKey, encodeKey, keyOf, type IndicatorKey } from './indicator-key';
import { keyHeader, reviewHeader } from './measures-columns';

/** A 审阅意见 a leader typed into an earlier 指标测算, with the key of the row it sat on. */
export interface ReviewComment {
  readonly text: string;
  /** null when the key cell was emptied or damaged: the comment can then only be kept aside. */
  readonly key: IndicatorKey | null;
  /** The raw key text, kept so an unmatched comment carries it into the next run too. */
  readonly keyText: string;
}

export interface CarriedComments {
  /** Indicator source row → what leaders wrote beside it. */
  readonly byRow: ReadonlyMap<number, string>;
  /** Comments whose indicator is gone (deleted, renamed beyond recognition): shown under the table, never dropped. */
  readonly unmatched: readonly ReviewComment[];
}

function text(value: CellValue): string {
  if (value === null || isCellError(value)) return '';
  return String(value).trim();
}

/**
 * The header row of an earlier 指标测算 and where a column and the key column sit on it, found by their header
 * texts, never by position: columns added since (确认状态, 判断依据) must not shift what an older report is read as.
 */
export function keyedColumn(sheet: SheetSnapshot, header: string): { headerRow: number; col: number; keyCol: number } | null {
  const key = keyHeader();
  for (let row = 1; row <= Math.min(sheet.values.length, 30); row++) {
    const line = sheet.values[row - 1] ?? [];
    const col = line.findIndex((value) => text(value) === header) + 1;
    const keyCol = line.findIndex((value) => text(value) === key) + 1;
    if (col > 0 && keyCol > 0) return { headerRow: row, col, keyCol };
  }
  return null;
}

function findColumns(sheet: SheetSnapshot): { headerRow: number; reviewCol: number; keyCol: number } | null {
  const found = keyedColumn(sheet, reviewHeader());
  return found ? { headerRow: found.headerRow, reviewCol: found.col, keyCol: found.keyCol } : null;
}

/** Every 审阅意见 on the sheets an earlier run generated as 指标测算 (found by marker, whatever they are called now). */
export function readReviewComments(snapshot: WorkbookSnapshot): ReviewComment[] {
  const comments: ReviewComment[] = [];
  for (const sheet of snapshot.sheets) {
    if (generatedRole(sheet) !== 'measures') continue;
    const columns = findColumns(sheet);
    if (!columns) continue;
    for (let row = columns.headerRow + 1; row <= sheet.values.length; row++) {
      const comment = text(cellAt(sheet, row, columns.reviewCol));
      if (comment === '') continue;
      const keyText = text(cellAt(sheet, row, columns.keyCol));
      comments.push({ text: comment, key: decodeKey(keyText), keyText });
    }
  }
  return comments;
}

/** The indicator a comment belongs to: the same key, else the same sheet, id and name, else the same sheet and a name only one indicator has. */
export function matchOne(key: IndicatorKey, indicators: readonly Indicator[]): Indicator | null {
  const exact = encodeKey(key);
  const same = indicators.find((indicator) => encodeKey(keyOf(indicator)) === exact);
  if (same) return same;
  const loosen = (test: (candidate: IndicatorKey) => boolean): Indicator | null => {
    const found = indicators.filter((indicator) => test(keyOf(indicator)));
    return found.length === 1 ? found[0] : null;
  };
  return (
    loosen((candidate) => candidate.sheet === key.sheet && candidate.id === key.id && candidate.name === key.name) ??
    loosen((candidate) => candidate.sheet === key.sheet && candidate.name === key.name)
  );
}

export function carryComments(comments: readonly ReviewComment[], indicators: readonly Indicator[]): CarriedComments {
  const byRow = new Map<number, string>();
  const unmatched: ReviewComment[] = [];
  for (const comment of comments) {
    const indicator = comment.key ? matchOne(comment.key, indicators) : null;
    if (!indicator) {
      unmatched.push(comment);
      continue;
    }
    const before = byRow.get(indicator.row);
    // Two comments landing on one indicator (an earlier unmatched one found its way back): keep both.
    byRow.set(indicator.row, before && before !== comment.text ? `${before}\n${comment.text}` : comment.text);
  }
  return { byRow, unmatched };
}
