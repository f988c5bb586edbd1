import type { SheetSnapshot } from '../model';
import { cellAt, columnCount, rowCount } from '../model';
import { cellWords } from './cell-text';
import { bandAt, type HeaderBand } from './header-detect';
import type { MergeIndex } from './merged-cells';
import { parseNumberText } from './number-text';
import { isSectionStyle, parseOutline } from './outline';

/**
 * A table whose header words the engine does not know, or that has no header row at all (a title, section rows
 * 一、…, then rows of task | 科室 | 责任人 | 时限): where its rows begin is read from the rows themselves — a run
 * of rows that look alike — and the columns' roles from their values (column-map.ts). A row of short words over
 * such a run, with values of another kind under them, is its header.
 */

const SCAN_ROWS = 60;
/** Rows looked at to see that a run of rows look alike. */
const RUN = 6;
/** A header's words: a period and a measure (2007年万元GDP能耗降低目标) fit; a sentence does not (nor any punctuation of one). */
const SHORT_WORDS = 24;
const SENTENCE_MARK = /[，。；;！？]/;
const LONG_TEXT = 8;

function filledCols(sheet: SheetSnapshot, row: number, width: number): number[] {
  const cols: number[] = [];
  for (let col = 1; col <= width; col++) if (cellWords(cellAt(sheet, row, col)) !== '') cols.push(col);
  return cols;
}

/** A row that could be a data row: two or more cells filled. */
function isWideRow(sheet: SheetSnapshot, row: number, width: number): boolean {
  return filledCols(sheet, row, width).length >= 2;
}

/** The first row of a run of rows with two or more cells (section rows of one cell may sit between them). */
function runStart(sheet: SheetSnapshot, width: number): number {
  const last = Math.min(rowCount(sheet), SCAN_ROWS);
  for (let row = 1; row <= last; row++) {
    if (!isWideRow(sheet, row, width)) continue;
    let wide = 0;
    for (let r = row; r <= Math.min(rowCount(sheet), row + RUN - 1); r++) if (isWideRow(sheet, r, width)) wide++;
    if (wide >= 2) return row;
  }
  return 0;
}

/** Cells of short words (no figures) over cells of another kind below: long text, or figures. */
function headsItsColumns(sheet: SheetSnapshot, row: number, width: number): boolean {
  const cols = filledCols(sheet, row, width);
  if (cols.length < 2) return false;
  let differs = 0;
  for (const col of cols) {
    const value = cellAt(sheet, row, col);
    const text = cellWords(value);
    // The unit a header gives in brackets (绝对数(亿元), 比上年同期增长(%)) is no part of its words' length.
    // Nor are the spaces a page left where the header broke its line (2007年万元GDP能耗 降低目标(%)).
    const words = text.replace(/[(（][^()（）]*[)）]/g, '').replace(/\s+/g, '');
    if (typeof value === 'number' || words.length > SHORT_WORDS || SENTENCE_MARK.test(words) || parseNumberText(text).kind !== 'none') return false;
    let longOrFigure = 0;
    let seen = 0;
    for (let r = row + 1; r <= Math.min(rowCount(sheet), row + RUN); r++) {
      const below = cellAt(sheet, r, col);
      const words = cellWords(below);
      if (words === '') continue;
      seen++;
      if (typeof below === 'number' || words.length > LONG_TEXT || parseNumberText(words).kind !== 'none') longOrFigure++;
    }
    if (seen > 0 && longOrFigure * 2 > seen) differs++;
  }
  return differs >= 1;
}

/** Section rows (一、经济发展) just above the first data row belong to the data; titles above them do not. */
function firstSectionAbove(sheet: SheetSnapshot, row: number, width: number): number {
  let start = row;
  for (let r = row - 1; r >= 1; r--) {
    const cols = filledCols(sheet, r, width);
    if (cols.length === 0) continue;
    if (cols.length !== 1) break;
    const outline = parseOutline(cellWords(cellAt(sheet, r, cols[0])));
    if (!outline || !isSectionStyle(outline.style)) break;
    start = r;
  }
  return start;
}

/** The band of a table read from its values: a header of unknown words, or none (top > bottom). Null when no run of rows. */
export function valueBand(sheet: SheetSnapshot, merges: MergeIndex): HeaderBand | null {
  const width = columnCount(sheet);
  const start = runStart(sheet, width);
  if (start === 0) return null;
  if (headsItsColumns(sheet, start, width)) return bandAt(sheet, merges, start);
  const dataStart = firstSectionAbove(sheet, start, width);
  return { top: dataStart, bottom: dataStart - 1, dataStart, columns: new Map(), fieldsNamed: new Set(), fieldColumns: new Map() };
}
