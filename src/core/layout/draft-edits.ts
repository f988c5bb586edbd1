import type { CellValue, Issue, PlannedValue, SheetRole, SheetSnapshot, WorkbookSnapshot } from '../model';
import { cellAt, isCellError } from '../model';
import { generatedRole, ownSheets, resolveSheetNames } from './generated-sheets';
import { textFingerprint } from './text-fingerprint';

/**
 * Staff polish the 汇报稿 in place. A rerun replaces every generated sheet, so before that happens the
 * earlier draft is compared with what was generated: each generated paragraph left a fingerprint in a
 * hidden column ("huibao:para:3/27:1a2b3c4d" — paragraph 3 of 27). A changed, added or removed paragraph
 * means the draft was edited, and the edited draft is kept as a 汇报稿（修改稿） sheet. Backups kept by
 * earlier runs are carried forward as they stand, so nothing staff wrote is ever dropped.
 */
export const PARAGRAPH_MARK = 'huibao:para:';

/** The text column of the draft and of its backups. */
export const DRAFT_TEXT_COL = 1;
export const DRAFT_SOURCE_COL = 2;
/** The hidden column holding each paragraph's fingerprint. */
export const DRAFT_MARK_COL = 3;

/** In the hidden column of a row that continues the paragraph above (a paragraph too long for one cell is written as several). */
export const CONTINUATION_MARK = 'huibao:cont';

/** Whether a planned row of the 汇报稿 continues the paragraph above (its hidden column holds CONTINUATION_MARK). */
export function continuesParagraph(row: readonly PlannedValue[]): boolean {
  const mark = row[DRAFT_MARK_COL - 1];
  return mark?.kind === 'text' && mark.text === CONTINUATION_MARK;
}

export function paragraphMark(index: number, count: number, text: string): string {
  return `${PARAGRAPH_MARK}${index}/${count}:${textFingerprint(text)}`;
}

interface ParsedMark {
  readonly index: number;
  readonly count: number;
  readonly fingerprint: string;
}

function parseMark(value: CellValue): ParsedMark | null {
  if (typeof value !== 'string' || !value.startsWith(PARAGRAPH_MARK)) return null;
  const match = /^(\d+)\/(\d+):([0-9a-f]{8})$/.exec(value.slice(PARAGRAPH_MARK.length));
  if (!match) return null;
  return { index: Number(match[1]), count: Number(match[2]), fingerprint: match[3] };
}

function cellText(value: CellValue): string {
  if (value === null) return '';
  if (isCellError(value)) return value.error;
  return String(value);
}

function rowMark(sheet: SheetSnapshot, row: number): ParsedMark | null {
  const line = sheet.values[row - 1] ?? [];
  for (let col = DRAFT_SOURCE_COL + 1; col <= line.length; col++) {
    const mark = parseMark(cellAt(sheet, row, col));
    if (mark) return mark;
  }
  return null;
}

export interface DraftEdit {
  readonly sheet: string;
  /** 1-based rows whose paragraph differs from what was generated, or that staff added. */
  readonly changedRows: readonly number[];
  /** Generated paragraphs no longer found. */
  readonly removed: number;
}

function isContinuation(sheet: SheetSnapshot, row: number): boolean {
  const line = sheet.values[row - 1] ?? [];
  for (let col = DRAFT_SOURCE_COL + 1; col <= line.length; col++) if (cellAt(sheet, row, col) === CONTINUATION_MARK) return true;
  return false;
}

/** What staff changed in an earlier draft sheet; null when it is exactly as generated. */
export function draftEdit(sheet: SheetSnapshot): DraftEdit | null {
  const changedRows: number[] = [];
  const seen = new Set<number>();
  let count = 0;
  // A long paragraph is written as several cells (a marked one, then continuation cells): compared whole.
  let open: { row: number; mark: ParsedMark; text: string } | null = null;
  const close = (): void => {
    if (open !== null && textFingerprint(open.text) !== open.mark.fingerprint) changedRows.push(open.row);
    open = null;
  };
  for (let row = 1; row <= sheet.values.length; row++) {
    const text = cellText(cellAt(sheet, row, DRAFT_TEXT_COL));
    if (open !== null && isContinuation(sheet, row)) {
      open.text += text;
      continue;
    }
    close();
    const mark = rowMark(sheet, row);
    if (mark === null) {
      // Text on a row without a mark was added by staff (or the hidden column was lost): either way, keep it.
      if (text.trim() !== '') changedRows.push(row);
      continue;
    }
    count = Math.max(count, mark.count);
    seen.add(mark.index);
    open = { row, mark, text };
  }
  close();
  let removed = 0;
  for (let index = 0; index < count; index++) if (!seen.has(index)) removed++;
  return changedRows.length === 0 && removed === 0 ? null : { sheet: sheet.name, changedRows, removed };
}

/** A sheet to keep, with the name it will have after the run. */
export interface KeptDraft {
  readonly source: SheetSnapshot;
  readonly name: string;
  /** 'edited': an earlier 汇报稿 with staff's changes; 'carried': a backup an earlier run already kept. */
  readonly reason: 'edited' | 'carried';
  readonly edit: DraftEdit | null;
}

function texts(sheet: SheetSnapshot): string {
  const lines: string[] = [];
  for (let row = 1; row <= sheet.values.length; row++) lines.push(cellText(cellAt(sheet, row, DRAFT_TEXT_COL)));
  while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return lines.join('\n');
}

/**
 * Which earlier drafts this run keeps, and under which names: carried backups keep theirs; an edited
 * draft takes the backup name, or the next free one (汇报稿（修改稿）（2）…) beside every sheet a person
 * owns and every name this run uses.
 */
export function keptDrafts(snapshot: WorkbookSnapshot, names: Readonly<Record<SheetRole, string>>): KeptDraft[] {
  const carried: KeptDraft[] = snapshot.sheets
    .filter((sheet) => generatedRole(sheet) === 'draft-backup')
    .map((sheet) => ({ source: sheet, name: sheet.name, reason: 'carried', edit: null }));
  const taken = new Set<string>([...ownSheets(snapshot).map((s) => s.name), ...carried.map((k) => k.name)]);
  for (const [role, name] of Object.entries(names)) if (role !== 'draft-backup') taken.add(name);
  const keptTexts = new Set(carried.map((k) => texts(k.source)));
  const kept = [...carried];
  for (const sheet of snapshot.sheets) {
    if (generatedRole(sheet) !== 'draft') continue;
    const edit = draftEdit(sheet);
    if (edit === null || keptTexts.has(texts(sheet))) continue;
    let name = names['draft-backup'];
    for (let n = 2; taken.has(name); n++) name = `${names['draft-backup']}（${n}）`;
    taken.add(name);
    keptTexts.add(texts(sheet));
    kept.push({ source: sheet, name, reason: 'edited', edit });
  }
  return kept;
}

/** Info issues telling staff that their edited draft was kept, and where: for the CLI and the task pane. */
export function draftEditIssues(snapshot: WorkbookSnapshot): Issue[] {
  return keptDrafts(snapshot, resolveSheetNames(snapshot))
    .filter((kept) => kept.reason === 'edited')
    .map((kept) => ({
      severity: 'info',
      code: 'draft-edited',
      cell: { sheet: kept.source.name, row: kept.edit?.changedRows[0] ?? 1, col: DRAFT_TEXT_COL },
      params: { sheet: kept.source.name, backup: kept.name, rows: kept.edit?.changedRows.length ?? 0 },
    }));
}
