import type { SheetSnapshot, WorkbookSnapshot } from '../model';
import { cellAt, columnCount, rowCount } from '../model';
import { generatedRole } from '../layout/generated-sheets';
import { cellWords } from './cell-text';
import { bandAt } from './header-detect';
import type { SheetAssessment } from './sheet-choice';

/**
 * When no sheet reads as an indicator table but the user has named its columns (--map), their word is
 * taken: the best candidate sheet is read with its header at the row of most words. And when nothing is
 * read at all, the refusal says which headers it saw, so the user knows what to name.
 */

/** Rows searched for a header, as header-detect does. */
const SCAN_ROWS = 60;
/** Headers are short words; a sentence or a long title is not one. */
const MAX_HEADER_TEXT = 30;
/** So a refusal stays one readable line. */
const MAX_HEADERS_SHOWN = 12;

function wordCells(sheet: SheetSnapshot, row: number): string[] {
  const words: string[] = [];
  for (let col = 1; col <= columnCount(sheet); col++) {
    const value = cellAt(sheet, row, col);
    if (typeof value === 'number') continue;
    const text = cellWords(value);
    if (text !== '' && text.length <= MAX_HEADER_TEXT) words.push(text);
  }
  return words;
}

/** The first row with the most short words: where a header is when no header words were recognised. */
function wordiestRow(sheet: SheetSnapshot): number {
  let best = 0;
  let most = 1;
  for (let row = 1; row <= Math.min(rowCount(sheet), SCAN_ROWS); row++) {
    const count = wordCells(sheet, row).length;
    if (count > most) {
      best = row;
      most = count;
    }
  }
  return best;
}

export function forcedSheet(snapshot: WorkbookSnapshot, ranked: readonly SheetAssessment[]): SheetAssessment | null {
  const candidate = ranked[0] ?? null;
  if (candidate === null || generatedRole(candidate.sheet) !== null || snapshot.sheets.length === 0) return null;
  if (candidate.band) return { ...candidate, isTable: true };
  const row = wordiestRow(candidate.sheet);
  return row === 0 ? null : { ...candidate, band: bandAt(candidate.sheet, candidate.merges, row), isTable: true };
}

/** Params for the no-table message: the candidate sheet and the headers seen on it. */
export function headersSeen(assessment: SheetAssessment | undefined): Record<string, string> {
  if (!assessment) return { sheet: '', headers: '' };
  const texts = assessment.band && assessment.band.columns.size > 0
    ? [...assessment.band.columns.values()].map((reading) => reading.text)
    : wordCells(assessment.sheet, wordiestRow(assessment.sheet) || 1);
  const shown = texts.slice(0, MAX_HEADERS_SHOWN).map((text) => `“${text}”`).join('、');
  return { sheet: assessment.sheet.name, headers: texts.length > MAX_HEADERS_SHOWN ? `${shown}…` : shown };
}
