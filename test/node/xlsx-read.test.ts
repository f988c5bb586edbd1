import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { readXlsxSnapshot, XlsxReadError } from '../../src/node/xlsx-read';

async function tempDir(): Promise<string> {
  return fs.mkdtemp(path.join(os.tmpdir(), 'huibao-read-'));
}

describe('readXlsxSnapshot', () => {
  it('把单元格读成与 Office.js 相同的形状：日期为序列号，公式取缓存值，错误值单列，合并区域保留', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('目标分解表');
    sheet.getCell('A1').value = '标题';
    sheet.mergeCells('A1:C1');
    sheet.getCell('A2').value = 39.9;
    sheet.getCell('B2').value = new Date(Date.UTC(2009, 11, 31));
    sheet.getCell('B2').numFmt = 'yyyy-mm-dd';
    sheet.getCell('C2').value = { formula: 'A2*2', result: 79.8 };
    sheet.getCell('D2').value = { error: '#N/A' } as ExcelJS.CellErrorValue;
    sheet.getCell('E2').value = { richText: [{ text: '300' }, { text: '余人', font: { bold: true } }] };
    sheet.getCell('A3').value = { formula: 'A2+1', result: 40.9 };
    sheet.getCell('A3').font = { bold: true };
    workbook.addWorksheet('旧表', { state: 'hidden' });
    const file = path.join(await tempDir(), '样例.xlsx');
    await workbook.xlsx.writeFile(file);

    const snapshot = await readXlsxSnapshot(file);
    expect(snapshot.name).toBe('样例');
    const [main, old] = snapshot.sheets;
    expect(main.name).toBe('目标分解表');
    expect(main.values[0]).toEqual(['标题']); // cells hidden under a merge read as empty, rows end at their last value
    expect(main.values[1]).toEqual([39.9, 40178, 79.8, { error: '#N/A' }, '300余人']);
    expect(main.formulas[1][2]).toBe('=A2*2');
    expect(main.formulas[1][0]).toBeNull();
    expect(main.numberFormats[1][1]).toBe('yyyy-mm-dd');
    expect(main.merges).toEqual([{ top: 1, left: 1, bottom: 1, right: 3 }]);
    expect(main.bold?.[2][0]).toBe(true);
    expect(old.visible).toBe(false);
    expect(old.position).toBe(1);
  });

  it('非 xlsx 文件给出可区分的失败原因，而不是异常堆栈', async () => {
    const dir = await tempDir();
    const text = path.join(dir, '通讯录.xlsx');
    await fs.writeFile(text, '姓名,电话\n张三,123\n');
    await expect(readXlsxSnapshot(text)).rejects.toMatchObject({ failure: 'not-xlsx' });
    const broken = path.join(dir, '损坏.xlsx');
    await fs.writeFile(broken, Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(64, 7)]));
    await expect(readXlsxSnapshot(broken)).rejects.toMatchObject({ failure: 'corrupt' });
    await expect(readXlsxSnapshot(path.join(dir, '不存在.xlsx'))).rejects.toBeInstanceOf(XlsxReadError);
  });
});
