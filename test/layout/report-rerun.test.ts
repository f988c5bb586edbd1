import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { reportOne } from '../../src/cli/report';
import type { CliArgs } from '../../src/cli/args';
import { MARKER_PREFIX } from '../../src/core/layout/generated-sheets';

const SAMPLE = path.resolve(__dirname, '../../assets/samples/2009-灌南县发改委-目标任务分解表.xlsx');
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

/** The sheet an earlier run generated in this role, found by its marker as a rerun finds it. */
function generated(workbook: ExcelJS.Workbook, role: string): ExcelJS.Worksheet {
  const found = workbook.worksheets.find((sheet) => {
    const first = sheet.getRow(1);
    let marked = false;
    first.eachCell((cell) => {
      if (cell.value === MARKER_PREFIX + role) marked = true;
    });
    return marked;
  });
  if (!found) throw new Error(`no generated ${role} sheet`);
  return found;
}

function headerCol(sheet: ExcelJS.Worksheet, header: string): number {
  let col = 0;
  sheet.getRow(3).eachCell((cell, c) => {
    if (cell.value === header) col = c;
  });
  if (col === 0) throw new Error(`no ${header} column`);
  return col;
}

function nameOf(cell: ExcelJS.Cell): string {
  return cell.type === ExcelJS.ValueType.Formula ? String(cell.result ?? '') : String(cell.value ?? '');
}

describe('huibao report 在自己的输出上再跑一遍', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'huibao-rerun-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('领导写的审阅意见仍在同一指标旁边', async () => {
    const input = path.join(dir, '2009-灌南县发改委-目标任务分解表.xlsx');
    copyFileSync(SAMPLE, input);
    const output = await report(input, dir);

    const first = await open(output);
    const measures = generated(first, 'measures');
    const nameCol = headerCol(measures, '指标名称');
    const keyCol = headerCol(measures, '指标键（勿改）');
    const reviewCol = headerCol(measures, '审阅意见');
    // The third indicator row (section rows carry no key).
    const rows: number[] = [];
    measures.eachRow((row, r) => {
      if (r > 3 && String(row.getCell(keyCol).value ?? '').startsWith('[')) rows.push(r);
    });
    expect(rows.length).toBeGreaterThan(5);
    const chosen = rows[2];
    const name = nameOf(measures.getCell(chosen, nameCol));
    const key = String(measures.getCell(chosen, keyCol).value);
    measures.getCell(chosen, reviewCol).value = '请计划科说明进度，下周报送';
    await first.xlsx.writeFile(output);

    const again = await report(output, dir);
    expect(again).toBe(output);
    const second = await open(again);
    const redone = generated(second, 'measures');
    const found: { name: string; key: string }[] = [];
    redone.eachRow((row, r) => {
      if (r > 3 && row.getCell(headerCol(redone, '审阅意见')).value === '请计划科说明进度，下周报送') {
        found.push({ name: nameOf(row.getCell(headerCol(redone, '指标名称'))), key: String(row.getCell(headerCol(redone, '指标键（勿改）')).value) });
      }
    });
    expect(found).toEqual([{ name, key }]);
    // One set of generated sheets, not two: the first run's were replaced.
    expect(second.worksheets.filter((sheet) => sheet.name.startsWith('指标测算'))).toHaveLength(1);
  });

  it('个人自建的“汇总”表原样保留，两次运行后都在', async () => {
    const input = path.join(dir, '有自建汇总的分解表.xlsx');
    const workbook = await open(SAMPLE);
    const own = workbook.addWorksheet('汇总');
    own.getCell('A1').value = '科室自己做的汇总';
    own.getCell('B2').value = 42;
    await workbook.xlsx.writeFile(input);

    const output = await report(input, dir);
    const again = await report(output, dir);
    for (const file of [output, again]) {
      const result = await open(file);
      const kept = result.getWorksheet('汇总');
      expect(kept?.getCell('A1').value).toBe('科室自己做的汇总');
      expect(kept?.getCell('B2').value).toBe(42);
      expect(generated(result, 'summary').name).toBe('汇总（2）');
      expect(result.worksheets.filter((sheet) => sheet.name.startsWith('汇总'))).toHaveLength(2);
    }
  });
});
