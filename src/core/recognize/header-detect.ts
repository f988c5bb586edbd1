import type { FieldKey, SheetSnapshot } from '../model';
import { cellAt, columnCount, rowCount } from '../model';
import { cellWords } from './cell-text';
import { readHeader, type HeaderReading } from './header-vocabulary';
import { parseNumberText } from './number-text';
import { parseOutlineCell } from './outline';
import { isPersonName } from './person-name';
import { shownValue, type MergeIndex } from './merged-cells';

/**
 * Finds the header of the indicator table anywhere in the first rows, after titles, 填报单位 lines
 * and instructions, and grows it over merged group cells into a multi-row header
 * (目标任务 › 数量 | 单位; 1—9月完成情况 › 完成数 | 完成情况说明).
 */
export interface HeaderBand {
  readonly top: number;
  readonly bottom: number;
  /** First row below the header (after a row of column numbers 1 2 3 …, when there is one). */
  readonly dataStart: number;
  /** 1-based columns with their header reading; columns without header text are left out. */
  readonly columns: ReadonlyMap<number, HeaderReading>;
  /** Distinct fields the header's words name: how much this looks like an indicator table. */
  readonly fieldsNamed: ReadonlySet<FieldKey>;
  /** The columns whose words could name each field. */
  readonly fieldColumns: ReadonlyMap<FieldKey, ReadonlySet<number>>;
}

/** Rows searched for a header: titles, unit lines and a page of instructions fit above it. */
const SCAN_ROWS = 60;
const MAX_HEADER_ROWS = 4;
const MAX_HEADER_TEXT = 30;
const SENTENCE = /[，。；;！？]/;
/** 单位：万元, 计量单位: 亿元: a caption stating the table's measure. */
const UNIT_LINE = /^(?:计量|金额|货币)?单位\s*[:：]/;

/** A figure, a date or a 序号 alone in a cell: a value, never a header word (2025年计划投资 is a header word). */
const VALUE_ONLY = /^[-+]?\d+(?:\.\d+)?%?$|^\d{4}\s*[-/.年]\s*\d{1,2}\s*(?:[-/.月]\s*(?:\d{1,2}\s*日?)?)?(?:底|前|末|底前)?$/;

interface HeaderWords {
  readonly fields: Set<FieldKey>;
  /** Filled cells on the row: a title is one cell, however many header words it holds. */
  readonly cells: number;
}

function headerWordsIn(sheet: SheetSnapshot, row: number, width: number): HeaderWords {
  const fields = new Set<FieldKey>();
  let cells = 0;
  for (let col = 1; col <= width; col++) {
    const text = cellWords(cellAt(sheet, row, col));
    if (text === '') continue;
    cells++;
    // Headers are words, not sentences: 按年初下达的目标任务逐项填写，不得合并 is an instruction.
    if (text.length > MAX_HEADER_TEXT || VALUE_ONLY.test(text) || SENTENCE.test(text)) continue;
    for (const g of readHeader([text]).guesses) if (g.confidence >= 0.6) fields.add(g.field);
  }
  return { fields, cells };
}

/** A row whose 序号 goes on from the row above (10 → 11) is a data row, whatever words it holds. */
function continuesNumbering(sheet: SheetSnapshot, row: number, width: number): boolean {
  if (row <= 1) return false;
  for (let col = 1; col <= Math.min(width, 2); col++) {
    const here = cellAt(sheet, row, col);
    const above = cellAt(sheet, row - 1, col);
    if (typeof here === 'number' && typeof above === 'number' && Number.isInteger(here) && here === above + 1) return true;
  }
  return false;
}

/** Rows below a header that show it heads something; a data row near the bottom has few or none. */
const ALIKE_ROWS = 5;
/** What each such row adds to a row's score as a header: less than one header word, so words decide first. */
const ALIKE_WEIGHT = 0.3;

/** Rows under `row` that look like data rows: two or more cells filled (section rows of one cell are skipped over). */
function dataRowsBelow(sheet: SheetSnapshot, row: number, width: number, last: number): number {
  let alike = 0;
  for (let r = row + 1; r <= Math.min(last, row + ALIKE_ROWS * 2) && alike < ALIKE_ROWS; r++) {
    let filled = 0;
    for (let col = 1; col <= width && filled < 2; col++) if (cellWords(cellAt(sheet, r, col)) !== '') filled++;
    if (filled >= 2) alike++;
  }
  return alike;
}

/** A whole number that reads as a year (2018, 2024). */
function isYearNumber(value: unknown): boolean {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1990 && value <= 2099;
}

/**
 * A year alone over a column (主要指标 | 计量单位 | 2023 | 2024) names the column's period, as 2024年 would: a header
 * word, not a value — unless the cell below is a year too (a column of years is data).
 */
function isYearHeading(sheet: SheetSnapshot, row: number, col: number): boolean {
  return isYearNumber(cellAt(sheet, row, col)) && !isYearNumber(cellAt(sheet, row + 1, col)) && typeof cellAt(sheet, row + 1, col) === 'number';
}

/** Cells that hold a value rather than a word: figures, dates (2025年11月), people's names (李明). */
function rowHasNumbers(sheet: SheetSnapshot, row: number, width: number): number {
  let values = 0;
  for (let col = 1; col <= width; col++) {
    const value = cellAt(sheet, row, col);
    if (typeof value === 'number' && isYearHeading(sheet, row, col)) continue;
    if (typeof value === 'number') values++;
    else if (typeof value === 'string') {
      const text = cellWords(value);
      if (text !== '' && text.length <= 12 && (VALUE_ONLY.test(text) || isPersonName(text))) values++;
    }
  }
  return values;
}

function usedSpan(sheet: SheetSnapshot, row: number, width: number): { first: number; last: number } {
  let first = 0;
  let last = 0;
  for (let col = 1; col <= width; col++) {
    if (cellWords(cellAt(sheet, row, col)) !== '') {
      if (first === 0) first = col;
      last = col;
    }
  }
  return { first, last };
}

/** A merged group cell above leaf headers: short words, narrower than the table (a title spans it all). */
function isGroupCell(sheet: SheetSnapshot, merges: MergeIndex, row: number, col: number, tableWidth: number): boolean {
  const area = merges.areaAt(row, col);
  if (!area || area.top !== row || area.left !== col || area.right === area.left) return false;
  const text = cellWords(cellAt(sheet, row, col));
  if (text === '' || text.length > 20 || /表$|表\s*\(|说明[:：]|单位[:：]/.test(text)) return false;
  return area.right - area.left + 1 < Math.max(2, tableWidth * 0.8);
}

function rowHasGroupCells(sheet: SheetSnapshot, merges: MergeIndex, row: number, width: number, tableWidth: number): boolean {
  for (let col = 1; col <= width; col++) if (isGroupCell(sheet, merges, row, col, tableWidth)) return true;
  return false;
}

/**
 * Short words under a group cell: the next row is the leaf row of a two-row header. A row with figures
 * typed as text (6%, 50亿元) is the first data row under a one-row header whose 项目 spans two columns.
 */
function rowIsLeafRow(sheet: SheetSnapshot, row: number, width: number): boolean {
  let words = 0;
  for (let col = 1; col <= width; col++) {
    const value = cellAt(sheet, row, col);
    if (typeof value === 'number') return false;
    const text = cellWords(value);
    if (text === '') continue;
    if (text.length > MAX_HEADER_TEXT) return false;
    // 单位：万元 states the measure of the whole table: the row is a caption line above the header, not a group row.
    if (UNIT_LINE.test(text)) return false;
    // (一), 二、, 3.: an item's number numbers data; header words are never numbered.
    if (parseOutlineCell(text)?.rest === '') return false;
    const figure = parseNumberText(text);
    if (figure.kind === 'number' && !figure.inSentence) return false;
    words++;
  }
  return words > 0;
}

/** 1 2 3 4 … (or 甲 乙 1 2 …) under the header: column numbers, not data. */
function isColumnNumberRow(sheet: SheetSnapshot, row: number, width: number): boolean {
  let expected = 1;
  let seen = 0;
  for (let col = 1; col <= width; col++) {
    const text = cellWords(cellAt(sheet, row, col));
    if (text === '') continue;
    if (/^[甲乙丙丁]$/.test(text)) continue;
    const n = Number(text);
    if (!Number.isInteger(n)) return false;
    if (seen === 0) expected = n;
    if (n !== expected) return false;
    expected++;
    seen++;
  }
  return seen >= 3;
}

function growBand(sheet: SheetSnapshot, merges: MergeIndex, best: number, width: number): { top: number; bottom: number } {
  let top = best;
  let bottom = best;
  const span = usedSpan(sheet, best, width);
  const tableWidth = span.last - span.first + 1;
  // The band only ever grows, and never past MAX_HEADER_ROWS, so this ends.
  for (let changed = true; changed; ) {
    changed = false;
    // Vertical merges crossing the band's edge belong to the header.
    for (const row of [top, bottom]) {
      for (let col = 1; col <= width; col++) {
        const area = merges.areaAt(row, col);
        if (!area || area.bottom === area.top) continue;
        const newTop = Math.min(top, area.top);
        const newBottom = Math.max(bottom, area.bottom);
        if ((newTop !== top || newBottom !== bottom) && newBottom - newTop + 1 <= MAX_HEADER_ROWS) {
          top = newTop;
          bottom = newBottom;
          changed = true;
        }
      }
    }
    if (bottom - top + 1 >= MAX_HEADER_ROWS) break;
    if (!changed && rowHasGroupCells(sheet, merges, bottom, width, tableWidth) && rowIsLeafRow(sheet, bottom + 1, width)
      && !isColumnNumberRow(sheet, bottom + 1, width)) {
      bottom++;
      changed = true;
    } else if (!changed && top > 1 && rowHasGroupCells(sheet, merges, top - 1, width, tableWidth) && rowIsLeafRow(sheet, top - 1, width)) {
      top--;
      changed = true;
    }
  }
  return { top, bottom };
}

/** Header text of one column: the band's rows top to bottom, merged cells read as shown. */
function columnParts(sheet: SheetSnapshot, merges: MergeIndex, top: number, bottom: number, col: number): string[] {
  const parts: string[] = [];
  for (let row = top; row <= bottom; row++) {
    const value = shownValue(sheet, merges, row, col);
    const area = merges.areaAt(row, col);
    // A title merged across the whole table above the band is not part of any column's header.
    if (area && area.top < top) continue;
    const text = cellWords(value);
    if (text !== '') parts.push(text);
  }
  return parts;
}

/**
 * The best header on a sheet, or null when no row reads like one. Each row is scored on its evidence: the
 * fields its words name, less when it also holds figures (a data row can hold a header-like word or two), more
 * for the run of data rows under it (words above rows that look alike). A row of one cell is a title, never
 * the header, however many header words it holds.
 */
export function detectHeader(sheet: SheetSnapshot, merges: MergeIndex): HeaderBand | null {
  const width = columnCount(sheet);
  const rows = rowCount(sheet);
  const last = Math.min(rows, SCAN_ROWS);
  let best = 0;
  let bestScore = 0;
  for (let row = 1; row <= last; row++) {
    const { fields, cells } = headerWordsIn(sheet, row, width);
    if (cells < 2 || continuesNumbering(sheet, row, width)) continue;
    const words = fields.size - (rowHasNumbers(sheet, row, width) >= 2 ? 2 : 0);
    if (words < 2) continue;
    const score = words + ALIKE_WEIGHT * dataRowsBelow(sheet, row, width, rows);
    if (score > bestScore) {
      best = row;
      bestScore = score;
    }
  }
  return best === 0 ? null : bandAt(sheet, merges, best);
}

/** Columns whose header words name `field` with at least `least` confidence, left to right. */
export function columnsNaming(band: HeaderBand, field: FieldKey, least = 0.6): number[] {
  const cols: number[] = [];
  for (const [col, reading] of band.columns) if (reading.guesses.some((g) => g.field === field && g.confidence >= least)) cols.push(col);
  return cols.sort((a, b) => a - b);
}

/** The header grown from one row: the best row found, or the row the user's column choices point at. */
export function bandAt(sheet: SheetSnapshot, merges: MergeIndex, row: number): HeaderBand {
  const width = columnCount(sheet);
  const { top, bottom } = growBand(sheet, merges, row, width);
  const columns = new Map<number, HeaderReading>();
  const fieldsNamed = new Set<FieldKey>();
  const fieldColumns = new Map<FieldKey, Set<number>>();
  for (let col = 1; col <= width; col++) {
    const parts = columnParts(sheet, merges, top, bottom, col);
    if (parts.length === 0) continue;
    const reading = readHeader(parts);
    columns.set(col, reading);
    for (const g of reading.guesses) {
      if (g.confidence < 0.6) continue;
      fieldsNamed.add(g.field);
      const cols = fieldColumns.get(g.field) ?? new Set<number>();
      cols.add(col);
      fieldColumns.set(g.field, cols);
    }
  }
  const dataStart = isColumnNumberRow(sheet, bottom + 1, width) ? bottom + 2 : bottom + 1;
  return { top, bottom, dataStart, columns, fieldsNamed, fieldColumns };
}
