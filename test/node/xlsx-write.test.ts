import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import type { OutputPlan, SheetPlan } from '../../src/core/model';
import { applyPlanToXlsx } from '../../src/node/xlsx-write';
import { readXlsxSnapshot } from '../../src/node/xlsx-read';

function sheetPlan(overrides: Partial<SheetPlan>): SheetPlan {
  return {
    name: '指标测算',
    role: 'measures',
    rows: [],
    columnWidths: [],
    hiddenColumns: [],
    rowHeights: [],
    styles: [],
    merges: [],
    conditionalFormats: [],
    notes: [],
    ...overrides,
  };
}

async function departmentWorkbook(dir: string): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const own = workbook.addWorksheet('目标分解表');
  own.getCell('A1').value = '全社会固定资产投资';
  own.getCell('B1').value = 90;
  own.getCell('C1').value = 39.9;
  own.getCell('D1').value = { formula: 'C1/B1', result: 39.9 / 90 };
  const old = workbook.addWorksheet('旧测算');
  old.getCell('A1').value = 'huibao:generated:v1:measures';
  const file = path.join(dir, '输入.xlsx');
  await workbook.xlsx.writeFile(file);
  return file;
}

describe('applyPlanToXlsx', () => {
  it('写入新表、替换旧生成表，部门原表一字不改，工作簿文字不会变成公式', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'huibao-write-'));
    const input = await departmentWorkbook(dir);
    const before = await fs.readFile(input);
    const plan: OutputPlan = {
      removeSheets: ['旧测算'],
      activate: '指标测算',
      sheets: [
        sheetPlan({
          rows: [
            [{ kind: 'text', text: '=HYPERLINK("http://evil")' }, { kind: 'number', value: 90 }],
            [
              { kind: 'formula', formula: '=目标分解表!C1/目标分解表!B1', cached: 39.9 / 90 },
              { kind: 'link', text: '目标分解表!C1', target: { sheet: '目标分解表', row: 1, col: 3 } },
            ],
          ],
          columnWidths: [30, 12],
          hiddenColumns: [3],
          styles: [{ rect: { top: 2, left: 1, bottom: 2, right: 1 }, style: { numberFormat: '0.00%', bold: true, fill: '#FFF2CC' } }],
          merges: [{ top: 3, left: 1, bottom: 3, right: 2 }],
          conditionalFormats: [{ kind: 'text-equals', rect: { top: 2, left: 2, bottom: 2, right: 2 }, text: '滞后', fill: '#FFC7CE', fontColor: '#9C0006' }],
          freeze: { rows: 1, cols: 1 },
          print: { orientation: 'landscape', fitToWidth: true, repeatRows: { first: 1, last: 1 } },
          protection: { editable: [{ top: 2, left: 2, bottom: 2, right: 2 }] },
          notes: [{ row: 1, col: 2, text: '由文字解析得出' }],
          tabColor: '#2F5597',
          rowHeights: [{ row: 2, height: 28 }],
        }),
      ],
    };
    const output = path.join(dir, '输出.xlsx');
    await applyPlanToXlsx(input, plan, output);

    expect((await fs.readFile(input)).equals(before)).toBe(true);
    const snapshot = await readXlsxSnapshot(output);
    expect(snapshot.sheets.map((s) => s.name)).toEqual(['目标分解表', '指标测算']);
    const [own, made] = snapshot.sheets;
    expect(own.values[0]).toEqual(['全社会固定资产投资', 90, 39.9, 39.9 / 90]);
    expect(own.formulas[0][3]).toBe('=C1/B1');
    expect(made.values[0][0]).toBe('=HYPERLINK("http://evil")');
    expect(made.formulas[0][0]).toBeNull();
    expect(made.formulas[1][0]).toBe('=目标分解表!C1/目标分解表!B1');
    expect(made.formulas[1][1]).toBe('=HYPERLINK("#目标分解表!C1","目标分解表!C1")');
    expect(made.numberFormats[1][0]).toBe('0.00%');
    expect(made.merges).toEqual([{ top: 3, left: 1, bottom: 3, right: 2 }]);

    const reread = new ExcelJS.Workbook();
    await reread.xlsx.readFile(output);
    const sheet = reread.getWorksheet('指标测算')!;
    expect(sheet.getColumn(3).hidden).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', xSplit: 1, ySplit: 1 });
    expect(sheet.pageSetup).toMatchObject({ orientation: 'landscape', paperSize: 9, fitToWidth: 1 });
    expect(sheet.getCell('B2').protection).toMatchObject({ locked: false });
    expect(sheet.getCell('B1').note).toBe('由文字解析得出');
    expect(sheet.properties.tabColor).toMatchObject({ argb: 'FF2F5597' });
    expect(sheet.getColumn(1).width).toBe(30);
    expect(sheet.getRow(2).height).toBe(28);
    expect(sheet.getCell('A2').font).toMatchObject({ bold: true });
    expect(sheet.getCell('A2').fill).toMatchObject({ fgColor: { argb: 'FFFFF2CC' } });
    // exceljs reads conditional formats but does not declare them on Worksheet.
    const [rule] = (sheet as unknown as { conditionalFormattings: ExcelJS.ConditionalFormattingOptions[] }).conditionalFormattings;
    expect(rule).toMatchObject({ ref: 'B2', rules: [{ type: 'expression', formulae: ['B2="滞后"'] }] });
    expect(rule.rules[0]).toMatchObject({ style: { font: { color: { argb: 'FF9C0006' } } } });
    expect(sheet.pageSetup.printTitlesRow).toBe('1:1');
  });
});
