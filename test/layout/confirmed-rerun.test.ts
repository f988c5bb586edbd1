import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { reportOne } from '../../src/cli/report';
import type { CliArgs } from '../../src/cli/args';
import { MARKER_PREFIX } from '../../src/core/layout/generated-sheets';

const SAMPLE = path.resolve(__dirname, '../../assets/samples/2009-灌南县发改委-目标任务分解表.xlsx');
const silent = { out: () => undefined, err: (text: string) => console.error(text) };
const CONFIRMED = '呼应沿海开发，做好规划对接';

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

function generated(workbook: ExcelJS.Workbook, role: string): ExcelJS.Worksheet {
  const found = workbook.worksheets.find((sheet) => sheet.getRow(1).values.toString().includes(MARKER_PREFIX + role));
  if (!found) throw new Error(`no generated ${role} sheet`);
  return found;
}

function shownValue(cell: ExcelJS.Cell): string {
  const value = cell.value;
  if (value !== null && typeof value === 'object' && 'result' in value) return String(value.result ?? '');
  if (value !== null && typeof value === 'object' && 'text' in value) return String(value.text);
  return String(value ?? '');
}

function colOf(sheet: ExcelJS.Worksheet, row: number, header: string): number {
  const values = sheet.getRow(row).values as unknown[];
  const col = values.findIndex((value) => value === header);
  if (col <= 0) throw new Error(`no ${header} on row ${row}`);
  return col;
}

function rowOf(sheet: ExcelJS.Worksheet, col: number, text: string): number {
  let found = 0;
  sheet.eachRow((row, r) => {
    if (found === 0 && shownValue(row.getCell(col)) === text) found = r;
  });
  if (found === 0) throw new Error(`no row with ${text}`);
  return found;
}

/** 汇总's 合计 已完成 (the first block's total row) as the file holds it. */
function summaryCompleted(workbook: ExcelJS.Workbook): number {
  const summary = generated(workbook, 'summary');
  const completedCol = colOf(summary, 5, '已完成');
  return Number(shownValue(summary.getCell(rowOf(summary, 1, '合计'), completedCol)));
}

function draftText(workbook: ExcelJS.Workbook): string {
  const lines: string[] = [];
  generated(workbook, 'draft').eachRow((row) => row.eachCell((cell) => lines.push(shownValue(cell))));
  return lines.join('\n');
}

describe('huibao report 在自己的输出上重跑：确认状态为准', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'huibao-confirm-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('领导在确认状态里选了“已完成”：重跑后仍在，汇总、总览和汇报稿都多算一项已完成', async () => {
    const input = path.join(dir, '2009-灌南县发改委-目标任务分解表.xlsx');
    copyFileSync(SAMPLE, input);
    const output = await report(input, dir);

    const first = await open(output);
    const measures = generated(first, 'measures');
    const row = rowOf(measures, colOf(measures, 3, '指标名称'), CONFIRMED);
    expect(shownValue(measures.getCell(row, colOf(measures, 3, '完成状态')))).toBe('推进中');
    const before = summaryCompleted(first);
    expect(draftText(first)).toContain(`已完成或超额完成${before}项`);
    measures.getCell(row, colOf(measures, 3, '确认状态')).value = '已完成';
    await first.xlsx.writeFile(output);

    const second = await open(await report(output, dir));
    const redone = generated(second, 'measures');
    const again = rowOf(redone, colOf(redone, 3, '指标名称'), CONFIRMED);
    expect(shownValue(redone.getCell(again, colOf(redone, 3, '确认状态')))).toBe('已完成');
    expect(shownValue(redone.getCell(again, colOf(redone, 3, '完成状态')))).toBe('推进中');
    // ExcelJS reads data validations but its typings leave them out.
    const validations = (redone as unknown as { dataValidations: { find(address: string): unknown } }).dataValidations;
    expect(validations.find(`${redone.getColumn(colOf(redone, 3, '确认状态')).letter}${again}`)).toMatchObject({ type: 'list' });

    const after = summaryCompleted(second);
    expect(after).toBe(before + 1);
    const overview = generated(second, 'overview');
    const labels = rowOf(overview, 1, '指标数');
    expect(Number(shownValue(overview.getCell(labels + 1, colOf(overview, labels, '已完成'))))).toBe(after);
    expect(draftText(second)).toContain(`已完成或超额完成${after}项`);
  });

  it('领导手填确认人和确认时间（不经窗格）：重跑后原样保留；手填的日期读回为日期文字；以“=”开头的姓名仍是文字；四列不锁定', async () => {
    const input = path.join(dir, 'typed-confirmer.xlsx');
    copyFileSync(SAMPLE, input);
    const output = await report(input, dir);

    const first = await open(output);
    const measures = generated(first, 'measures');
    const nameCol = colOf(measures, 3, '指标名称');
    const row = rowOf(measures, nameCol, CONFIRMED);
    const other = rowOf(measures, nameCol, '制定年度计划');
    measures.getCell(row, colOf(measures, 3, '确认状态')).value = '已完成';
    measures.getCell(row, colOf(measures, 3, '确认人')).value = '王五';
    // What Excel stores when a person types 2026-12-08 into a cell: a date.
    const typedDate = measures.getCell(row, colOf(measures, 3, '确认时间'));
    typedDate.value = new Date(Date.UTC(2026, 11, 8));
    typedDate.numFmt = 'yyyy-mm-dd';
    measures.getCell(other, colOf(measures, 3, '确认人')).value = '=SUM(1,2)';
    await first.xlsx.writeFile(output);

    const second = await open(await report(output, dir));
    const redone = generated(second, 'measures');
    const again = rowOf(redone, colOf(redone, 3, '指标名称'), CONFIRMED);
    const otherAgain = rowOf(redone, colOf(redone, 3, '指标名称'), '制定年度计划');
    expect(redone.getCell(again, colOf(redone, 3, '确认状态')).value).toBe('已完成');
    expect(redone.getCell(again, colOf(redone, 3, '确认人')).value).toBe('王五');
    expect(redone.getCell(again, colOf(redone, 3, '确认时间')).value).toBe('2026-12-08');
    expect(redone.getCell(otherAgain, colOf(redone, 3, '确认人')).value).toBe('=SUM(1,2)');
    for (const header of ['确认状态', '确认人', '确认时间', '审阅意见']) expect(redone.getCell(again, colOf(redone, 3, header)).protection?.locked).toBe(false);
    expect(redone.getCell(again, colOf(redone, 3, '完成状态')).protection?.locked).not.toBe(false);
  });
});
