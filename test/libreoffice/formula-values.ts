/** Compares every formula the plan wrote with what a recalculating spreadsheet made of it. */
import ExcelJS from 'exceljs';
import type { OutputPlan, SheetRole } from '../../src/core/model';
import { cellAddress } from '../../src/core/model';

export interface Mismatch {
  readonly where: string;
  readonly formula: string;
  readonly engine: unknown;
  readonly spreadsheet: unknown;
}

/** Numbers agree to 1e-9 relative: SUM in LibreOffice adds with compensation, the engine plainly, so the last bits may differ. */
function agree(engine: number | string | boolean | null, spreadsheet: unknown): boolean {
  if (engine === null || engine === '') return spreadsheet === null || spreadsheet === undefined || spreadsheet === '';
  if (typeof engine === 'number') {
    if (typeof spreadsheet !== 'number') return false;
    return Math.abs(engine - spreadsheet) <= 1e-9 * Math.max(1, Math.abs(engine));
  }
  return engine === spreadsheet;
}

/** cell.result, not cell.value: exceljs's value getter drops a formula result of 0. */
function resultOf(cell: ExcelJS.Cell): unknown {
  return cell.type === ExcelJS.ValueType.Formula ? cell.result : cell.value;
}

export interface FormulaCheck {
  readonly checked: number;
  readonly mismatches: readonly Mismatch[];
}

export async function compareFormulaValues(plan: OutputPlan, recalculatedPath: string): Promise<FormulaCheck> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(recalculatedPath);
  const mismatches: Mismatch[] = [];
  let checked = 0;
  for (const sheetPlan of plan.sheets) {
    const sheet = workbook.getWorksheet(sheetPlan.name);
    if (!sheet) {
      mismatches.push({ where: sheetPlan.name, formula: '', engine: 'sheet', spreadsheet: 'missing' });
      continue;
    }
    sheetPlan.rows.forEach((line, r) => {
      line.forEach((value, c) => {
        if (!value || (value.kind !== 'formula' && value.kind !== 'link')) return;
        const engine = value.kind === 'formula' ? value.cached : value.text;
        const spreadsheet = resultOf(sheet.getCell(r + 1, c + 1));
        checked++;
        if (!agree(engine, spreadsheet)) {
          mismatches.push({ where: `${sheetPlan.name}!${cellAddress(r + 1, c + 1)}`, formula: value.kind === 'formula' ? value.formula : 'HYPERLINK', engine, spreadsheet });
        }
      });
    });
  }
  return { checked, mismatches };
}

/** One cached figure on a sheet of `role` made wrong on purpose: a comparison must notice, or it proves nothing. */
export function spoiledOnce(plan: OutputPlan, role: SheetRole): OutputPlan {
  let done = false;
  const sheets = plan.sheets.map((sheet) =>
    sheet.role !== role
      ? sheet
      : {
          ...sheet,
          rows: sheet.rows.map((line) =>
            line.map((value) => {
              if (done || value?.kind !== 'formula' || typeof value.cached !== 'number') return value;
              done = true;
              return { ...value, cached: value.cached + 1 };
            }),
          ),
        },
  );
  return { ...plan, sheets };
}
