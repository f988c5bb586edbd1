/** Reads a planned sheet the way a test asks about it: by header text and by indicator name. */
import type { OutputPlan, PlannedValue, SheetPlan, SheetRole } from '../../src/core/model';
import { shownValue } from '../../src/core/model';

export function sheetByRole(plan: OutputPlan, role: SheetRole): SheetPlan {
  const found = plan.sheets.find((sheet) => sheet.role === role);
  if (!found) throw new Error(`no ${role} sheet`);
  return found;
}

export function cellOf(sheet: SheetPlan, row: number, col: number): PlannedValue {
  return sheet.rows[row - 1]?.[col - 1] ?? null;
}

/** Text a cell shows: text, a link's text, a formula's cached figure. */
export { shownValue as shown };

export function columnOf(sheet: SheetPlan, header: string, headerRow = 3): number {
  const col = (sheet.rows[headerRow - 1] ?? []).findIndex((value) => shownValue(value) === header) + 1;
  if (col === 0) throw new Error(`no column ${header}`);
  return col;
}

/** The row on 指标测算 whose 指标名称 shows this name. */
export function rowNamed(sheet: SheetPlan, name: string): number {
  const nameCol = columnOf(sheet, '指标名称');
  const index = sheet.rows.findIndex((line, i) => i >= 3 && shownValue(line[nameCol - 1] ?? null) === name);
  if (index < 0) throw new Error(`no row ${name}`);
  return index + 1;
}

export function valueAt(sheet: SheetPlan, name: string, header: string): PlannedValue {
  return cellOf(sheet, rowNamed(sheet, name), columnOf(sheet, header));
}
