/**
 * The report written from the source the reader returned and from the file's path give the same workbook,
 * a source can be written more than once, and the plan's style ranges layer as Office.js applies them.
 */
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import type { OutputPlan, SheetPlan } from '../../src/core/model';
import { openXlsx, readXlsxSnapshot } from '../../src/node/xlsx-read';
import { applyPlanToXlsx, writeXlsxReport } from '../../src/node/xlsx-write';

function plan(): OutputPlan {
  const sheet: SheetPlan = {
    name: '指标测算',
    role: 'measures',
    rows: [
      [{ kind: 'text', text: '指标' }, { kind: 'text', text: '完成率' }, { kind: 'text', text: '审阅意见' }],
      [{ kind: 'text', text: '全社会固定资产投资' }, { kind: 'formula', formula: '=目标分解表!C1/目标分解表!B1', cached: 39.9 / 90 }, null],
      [{ kind: 'text', text: '向上争取无偿资金' }, { kind: 'number', value: 0.582 }, null],
    ],
    columnWidths: [24, 10, 20],
    hiddenColumns: [],
    rowHeights: [],
    styles: [
      { rect: { top: 1, left: 1, bottom: 3, right: 3 }, style: { fontName: '仿宋', fontSize: 11, border: true } },
      { rect: { top: 1, left: 1, bottom: 1, right: 3 }, style: { bold: true, fill: '#D9D9D9' } },
      { rect: { top: 2, left: 2, bottom: 3, right: 2 }, style: { numberFormat: '0.00%' } },
      // A later range wins over an earlier one on the cells they share.
      { rect: { top: 3, left: 2, bottom: 3, right: 2 }, style: { fill: '#FFC7CE', fontColor: '#9C0006' } },
    ],
    merges: [],
    conditionalFormats: [],
    protection: { editable: [{ top: 2, left: 3, bottom: 3, right: 3 }] },
    notes: [],
  };
  return { removeSheets: [], sheets: [sheet], activate: '指标测算' };
}

async function departmentWorkbook(dir: string): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const own = workbook.addWorksheet('目标分解表');
  own.addRow(['全社会固定资产投资', 90, 39.9]);
  own.getCell('A1').font = { name: '宋体', bold: true };
  const file = path.join(dir, '输入.xlsx');
  await workbook.xlsx.writeFile(file);
  return file;
}

async function sheetOf(file: string, name: string): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return workbook.getWorksheet(name)!;
}

describe('writeXlsxReport', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'huibao-source-'));
  });
  afterEach(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  it('写入读取时已解析的工作簿，结果与重新读取文件再写入相同', async () => {
    const input = await departmentWorkbook(dir);
    const before = await fs.readFile(input);
    const { source } = await openXlsx(input);
    await writeXlsxReport(source, plan(), path.join(dir, '一次解析.xlsx'));
    await applyPlanToXlsx(input, plan(), path.join(dir, '两次解析.xlsx'));

    expect((await fs.readFile(input)).equals(before)).toBe(true);
    const once = await readXlsxSnapshot(path.join(dir, '一次解析.xlsx'));
    const twice = await readXlsxSnapshot(path.join(dir, '两次解析.xlsx'));
    expect(once.sheets.map((sheet) => sheet.name)).toEqual(['目标分解表', '指标测算']);
    expect(once.sheets).toEqual(twice.sheets);
  });

  it('同一份解析结果再写一次时重新读取文件，不会重复添加工作表', async () => {
    const input = await departmentWorkbook(dir);
    const { source } = await openXlsx(input);
    await writeXlsxReport(source, plan(), path.join(dir, '第一次.xlsx'));
    await writeXlsxReport(source, plan(), path.join(dir, '第二次.xlsx'));
    const second = await readXlsxSnapshot(path.join(dir, '第二次.xlsx'));
    expect(second.sheets.map((sheet) => sheet.name)).toEqual(['目标分解表', '指标测算']);
  });

  it('按范围叠加样式：后面的范围覆盖前面的，可编辑区域解锁，其余锁定', async () => {
    const input = await departmentWorkbook(dir);
    const { source } = await openXlsx(input);
    const output = path.join(dir, '输出.xlsx');
    await writeXlsxReport(source, plan(), output);
    const sheet = await sheetOf(output, '指标测算');

    expect(sheet.getCell('A1').font).toMatchObject({ name: '仿宋', size: 11, bold: true });
    expect(sheet.getCell('A1').fill).toMatchObject({ fgColor: { argb: 'FFD9D9D9' } });
    expect(sheet.getCell('A2').font).toMatchObject({ name: '仿宋', size: 11 });
    expect(sheet.getCell('A2').font.bold).toBeUndefined();
    expect(sheet.getCell('A2').border).toMatchObject({ top: { style: 'thin' } });
    expect(sheet.getCell('B2').numFmt).toBe('0.00%');
    expect(sheet.getCell('B2').fill).not.toMatchObject({ pattern: 'solid' });
    expect(sheet.getCell('B3').numFmt).toBe('0.00%');
    expect(sheet.getCell('B3').fill).toMatchObject({ fgColor: { argb: 'FFFFC7CE' } });
    expect(sheet.getCell('B3').font).toMatchObject({ name: '仿宋', color: { argb: 'FF9C0006' } });
    expect(sheet.getCell('C2').protection).toMatchObject({ locked: false });
    expect(sheet.getCell('C3').protection).toMatchObject({ locked: false });
    expect(sheet.getCell('B2').protection?.locked).not.toBe(false);
    expect((sheet as unknown as { sheetProtection: unknown }).sheetProtection).toMatchObject({ sheet: true });
    // The department's own cell keeps its own style.
    expect((await sheetOf(output, '目标分解表')).getCell('A1').font).toMatchObject({ name: '宋体', bold: true });
  });

  it('合并区域全部写出；重叠的合并区域与 exceljs 一样被拒绝', async () => {
    const input = await departmentWorkbook(dir);
    const rows = 300;
    const sheet: SheetPlan = {
      ...plan().sheets[0],
      rows: Array.from({ length: rows }, (_, r) => [{ kind: 'text', text: `第${r + 1}段` }]),
      styles: [],
      protection: undefined,
      merges: Array.from({ length: rows }, (_, r) => ({ top: r + 1, left: 1, bottom: r + 1, right: 4 })),
    };
    const output = path.join(dir, '合并.xlsx');
    await writeXlsxReport((await openXlsx(input)).source, { removeSheets: [], sheets: [sheet], activate: null }, output);
    const made = (await readXlsxSnapshot(output)).sheets[1];
    expect(made.merges).toHaveLength(rows);
    expect(made.merges).toEqual(expect.arrayContaining([{ top: 1, left: 1, bottom: 1, right: 4 }, { top: rows, left: 1, bottom: rows, right: 4 }]));

    const overlapping: SheetPlan = { ...sheet, merges: [{ top: 1, left: 1, bottom: 2, right: 2 }, { top: 2, left: 2, bottom: 3, right: 3 }] };
    await expect(
      writeXlsxReport((await openXlsx(input)).source, { removeSheets: [], sheets: [overlapping], activate: null }, path.join(dir, '重叠.xlsx')),
    ).rejects.toThrow(/already merged/);
  });
});

