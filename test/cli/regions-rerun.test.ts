import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import type { CliArgs } from '../../src/cli/args';
import { reportOne } from '../../src/cli/report';
import { MARKER_PREFIX } from '../../src/core/layout/generated-sheets';

const CROSS_TABLE = path.resolve(__dirname, '../fixtures/real-corpus/15-眉山市-2019年十大民生工程完成情况表（就业促进）.xlsx');
const silent = { out: () => undefined, err: (text: string) => console.error(text) };

async function report(file: string, out: string): Promise<string> {
  const args: CliArgs = { command: 'report', files: [file], out, json: false, lang: 'zh-CN', help: false };
  const written = await reportOne(file, args, silent, 'zh-CN');
  if (!written) throw new Error(`report failed on ${file}`);
  return written.xlsx;
}

async function open(file: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return workbook;
}

/** Sheets carrying the 分地区 marker, as a rerun finds them. */
function generatedRegions(workbook: ExcelJS.Workbook): ExcelJS.Worksheet[] {
  return workbook.worksheets.filter((sheet) => {
    let marked = false;
    sheet.getRow(1).eachCell((cell) => {
      if (cell.value === `${MARKER_PREFIX}regions`) marked = true;
    });
    return marked;
  });
}

function shownText(cell: ExcelJS.Cell): string {
  return cell.type === ExcelJS.ValueType.Formula ? String(cell.result ?? '') : String(cell.value ?? '');
}

describe('huibao report 交叉表：分地区表', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'huibao-regions-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('在报告上重跑：分地区被替换，不重复', async () => {
    const input = path.join(dir, '交叉表.xlsx');
    copyFileSync(CROSS_TABLE, input);
    const output = await report(input, dir);
    const first = await open(output);
    const [regions] = generatedRegions(first);
    expect(regions?.name).toBe('分地区');
    // 东坡区 under 城镇新增就业: a link to its row, and its figures from Sheet1.
    const dongpo = regions.getRow(8);
    expect(shownText(dongpo.getCell(1))).toBe('东坡区');
    expect(dongpo.getCell(2).formula).toBe('Sheet1!B10');
    expect(dongpo.getCell(2).result).toBe(8000);

    const again = await report(output, dir);
    const second = await open(again);
    expect(generatedRegions(second).map((sheet) => sheet.name)).toEqual(['分地区']);
    expect(second.worksheets.filter((sheet) => sheet.name.startsWith('分地区'))).toHaveLength(1);
  });

  it('个人自建的“分地区”表原样保留，生成的表另起名字', async () => {
    const input = path.join(dir, '有自建分地区的交叉表.xlsx');
    const workbook = await open(CROSS_TABLE);
    const own = workbook.addWorksheet('分地区');
    own.getCell('A1').value = '科室自己做的分地区统计';
    own.getCell('B2').value = 7;
    await workbook.xlsx.writeFile(input);

    const output = await report(input, dir);
    const again = await report(output, dir);
    for (const file of [output, again]) {
      const result = await open(file);
      const kept = result.getWorksheet('分地区');
      expect(kept?.getCell('A1').value).toBe('科室自己做的分地区统计');
      expect(kept?.getCell('B2').value).toBe(7);
      expect(generatedRegions(result).map((sheet) => sheet.name)).toEqual(['分地区（2）']);
    }
  });
});
