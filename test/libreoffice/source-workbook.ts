/** Writes a test's source sheet to a real .xlsx, the department's workbook a host would open. */
import ExcelJS from 'exceljs';
import type { CellValue } from '../../src/core/model';

export async function writeSourceWorkbook(file: string, sheetName: string, grid: readonly (readonly CellValue[])[]): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName);
  grid.forEach((line, r) =>
    line.forEach((value, c) => {
      if (value !== null && typeof value !== 'object') sheet.getCell(r + 1, c + 1).value = value;
    }),
  );
  await workbook.xlsx.writeFile(file);
}
