import type { MergeArea } from './snapshot';

/** Where a figure came from: a sheet and a 1-based row and column. */
export interface CellRef {
  readonly sheet: string;
  readonly row: number;
  readonly col: number;
}

export function columnLetter(col: number): string {
  let n = col;
  let letters = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) {
    const code = ch.charCodeAt(0);
    if (code < 65 || code > 90) return NaN;
    n = n * 26 + (code - 64);
  }
  return n;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d+)$/;

/** "$E$9" or "E9" → row and column, 1-based; null when it is not a plain A1 cell. */
export function parseCellAddress(ref: string): { readonly row: number; readonly col: number } | null {
  const match = CELL.exec(ref);
  if (!match) return null;
  return { row: Number(match[2]), col: columnNumber(match[1]) };
}

/** "Sheet1!B2:D3", "B2:D3" or "B2" → 1-based inclusive rectangle; null when it is not a plain A1 block. */
export function parseArea(area: string): MergeArea | null {
  const bang = area.lastIndexOf('!');
  const local = bang >= 0 ? area.slice(bang + 1) : area;
  const [first, second] = local.split(':');
  const start = first ? parseCellAddress(first) : null;
  const end = second ? parseCellAddress(second) : start;
  if (!start || !end) return null;
  return {
    top: Math.min(start.row, end.row),
    left: Math.min(start.col, end.col),
    bottom: Math.max(start.row, end.row),
    right: Math.max(start.col, end.col),
  };
}

/** "E9" */
export function cellAddress(row: number, col: number): string {
  return `${columnLetter(col)}${row}`;
}

/** Sheet names with anything beyond letters, digits and CJK are quoted the way Excel writes them. */
export function quoteSheetName(sheet: string): string {
  return /^[\p{L}\p{N}_]+$/u.test(sheet) && !/^\d/.test(sheet) && !/^[A-Za-z]{1,3}\d+$/.test(sheet)
    ? sheet
    : `'${sheet.replace(/'/g, "''")}'`;
}

/** "目标分解表!E9": the form messages and the JSON contract use. */
export function refToString(ref: CellRef): string {
  return `${ref.sheet}!${cellAddress(ref.row, ref.col)}`;
}

/** "目标分解表!E9" or "'My Sheet'!E9": the form formulas use. */
export function refToFormula(ref: CellRef): string {
  return `${quoteSheetName(ref.sheet)}!${cellAddress(ref.row, ref.col)}`;
}
