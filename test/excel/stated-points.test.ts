import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { ExcelHost } from '../../src/excel/excel-host';
import { generateReport } from '../../src/excel/generate-report';
import type { ApiSurface } from '../emulator/api-surface';
import { emulatorFromXlsx } from '../emulator/from-xlsx';
import { shippedSurface } from '../emulator/shipped-surface';
import type { SheetState } from '../emulator/workbook-state';

/**
 * The Office.js host writes a change in percentage points (提升2.1个百分点) as 指标测算 plans it: text in 同比增幅,
 * no formula, with the cell's note naming the source cell. The table is made up.
 */

/** The shipped office.js plus the notes API (ExcelApi 1.18) it lacks, as plan-apply.test.ts builds it. */
function surfaceWithNotes(): ApiSurface {
  const shipped = shippedSurface();
  return {
    ...shipped,
    classes: { ...shipped.classes, Worksheet: { ...shipped.classes.Worksheet, notes: { set: 'ExcelApi', version: '1.18' } }, NoteCollection: { add: null } },
  };
}

function find(sheet: SheetState, text: string): { row: number; col: number } | null {
  for (const [row, line] of sheet.rows) for (const [col, cell] of line) if (cell.value === text) return { row, col };
  return null;
}

describe('Office.js 宿主：以百分点写的变化', () => {
  it('同比增幅写成文字，不是公式，批注注明来源单元格', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'huibao-points-excel-'));
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Sheet1');
    for (const row of [
      ['2025年主要指标上半年完成情况'],
      ['序号', '指标', '单位', '目标值', '完成值', '完成情况说明'],
      [1, '常住人口城镇化率', '%', 61, '提升2.1个百分点', ''],
      [2, '新增城镇就业', '人', 5000, 3100, '开展招聘会8场'],
    ]) sheet.addRow(row);
    const file = path.join(dir, '百分点.xlsx');
    await workbook.xlsx.writeFile(file);

    const excel = await emulatorFromXlsx(file, { excelApi: '1.18', surface: surfaceWithNotes() });
    const result = await generateReport(new ExcelHost(excel.run, excel.capabilities()), { generatedAt: '2025-07-01T09:00:00.000Z' });
    expect(result.kind).toBe('written');
    const measures = excel.sheet('指标测算');
    const header = find(measures, '同比增幅')!;
    const name = find(measures, '常住人口城镇化率')!;
    const cell = measures.rows.get(name.row)?.get(header.col);
    expect(cell?.value).toBe('提高2.1个百分点');
    expect(cell?.formula ?? null).toBeNull();
    const note = measures.notes.find((n) => n.row === name.row && n.col === header.col);
    expect(note?.text).toContain('（Sheet1!E3）');
    await fs.rm(dir, { recursive: true, force: true });
  });
});
