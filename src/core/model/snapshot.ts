import type { LayoutClass } from './indicator';
/**
 * What a host reads from a workbook: plain data, no Office.js, no exceljs.
 * Grids always start at A1 (hosts pad), so values[r][c] is row r+1, column c+1.
 */

/** An Excel error value such as #N/A or #DIV/0! — kept apart so it is never mistaken for text or a number. */
export interface CellError {
  readonly error: string;
}

/** Dates arrive as Excel serial numbers (as Office.js gives them); the number format tells they are dates. */
export type CellValue = number | string | boolean | null | CellError;

export interface MergeArea {
  /** 1-based, inclusive. */
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

export interface SheetSnapshot {
  readonly name: string;
  readonly visible: boolean;
  /** 0-based position among the workbook's sheets. */
  readonly position: number;
  /** Cached values; a formula cell holds its last computed value. */
  readonly values: CellValue[][];
  /** Formula text ("=E9/G9") where the cell holds a formula, otherwise null. Same shape as values (may be shorter). */
  readonly formulas: (string | null)[][];
  /** Number format per cell ("General", "0.00%", "yyyy-mm-dd" …). Same shape as values (may be shorter). */
  readonly numberFormats: string[][];
  readonly merges: MergeArea[];
  /** Bold font per cell, where the host could read it cheaply (used to spot bold section labels). */
  readonly bold?: boolean[][];
}

/** Per-workbook choices the user confirmed; hosts persist them (document settings, a hidden part). */
export interface WorkbookSettings {
  readonly sheet?: string;
  /** field → column letter, as confirmed by the user. */
  readonly columnMap?: Partial<Record<string, string>>;
  /** YYYY-MM-DD */
  readonly asOf?: string;
  /** The kind of table, as the user corrected it (a LayoutClass). */
  readonly layoutClass?: LayoutClass;
}

export interface WorkbookSnapshot {
  /** File or document name without extension, e.g. "2009-灌南县发改委-目标任务分解表". */
  readonly name: string;
  readonly sheets: SheetSnapshot[];
  readonly settings?: WorkbookSettings;
}

export function isCellError(value: CellValue | undefined): value is CellError {
  return typeof value === 'object' && value !== null && 'error' in value;
}

export function cellAt(sheet: SheetSnapshot, row: number, col: number): CellValue {
  const line = sheet.values[row - 1];
  if (!line) return null;
  const value = line[col - 1];
  return value === undefined ? null : value;
}

export function formulaAt(sheet: SheetSnapshot, row: number, col: number): string | null {
  return sheet.formulas[row - 1]?.[col - 1] ?? null;
}

export function numberFormatAt(sheet: SheetSnapshot, row: number, col: number): string {
  return sheet.numberFormats[row - 1]?.[col - 1] ?? 'General';
}

export function rowCount(sheet: SheetSnapshot): number {
  return sheet.values.length;
}

export function columnCount(sheet: SheetSnapshot): number {
  let widest = 0;
  for (const line of sheet.values) if (line.length > widest) widest = line.length;
  return widest;
}
