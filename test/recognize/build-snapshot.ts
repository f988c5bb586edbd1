import type { CellValue, MergeArea, SheetSnapshot, WorkbookSettings, WorkbookSnapshot } from '../../src/core/model';

/** A sheet written as rows from A1, the way a test reads best; formats, formulas and merges optional. */
export interface SheetSpec {
  readonly name: string;
  readonly rows: readonly (readonly CellValue[])[];
  readonly merges?: readonly MergeArea[];
  /** "E9" → format */
  readonly formats?: Readonly<Record<string, string>>;
  readonly formulas?: Readonly<Record<string, string>>;
  readonly bold?: readonly string[];
  readonly visible?: boolean;
}

function address(ref: string): { row: number; col: number } {
  const m = /^([A-Z]+)(\d+)$/.exec(ref);
  if (!m) throw new Error(`bad address ${ref}`);
  let col = 0;
  for (const ch of m[1]) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]), col };
}

/** "A3:A4" → merge area. */
export function area(range: string): MergeArea {
  const [a, b] = range.split(':');
  const from = address(a);
  const to = address(b ?? a);
  return { top: from.row, left: from.col, bottom: to.row, right: to.col };
}

export function sheetOf(spec: SheetSpec, position = 0): SheetSnapshot {
  const values = spec.rows.map((row) => [...row]);
  const formulas: (string | null)[][] = values.map((row) => row.map(() => null));
  const numberFormats: string[][] = values.map((row) => row.map(() => 'General'));
  const bold: boolean[][] = values.map((row) => row.map(() => false));
  for (const [ref, format] of Object.entries(spec.formats ?? {})) {
    const { row, col } = address(ref);
    numberFormats[row - 1][col - 1] = format;
  }
  for (const [ref, formula] of Object.entries(spec.formulas ?? {})) {
    const { row, col } = address(ref);
    formulas[row - 1][col - 1] = formula;
  }
  for (const ref of spec.bold ?? []) {
    const { row, col } = address(ref);
    bold[row - 1][col - 1] = true;
  }
  return { name: spec.name, visible: spec.visible ?? true, position, values, formulas, numberFormats, merges: [...(spec.merges ?? [])], bold };
}

export function workbookOf(name: string, sheets: readonly SheetSpec[], settings?: WorkbookSettings): WorkbookSnapshot {
  return { name, sheets: sheets.map((spec, i) => sheetOf(spec, i)), ...(settings ? { settings } : {}) };
}
