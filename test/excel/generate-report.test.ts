import { ExcelHost } from '../../src/excel/excel-host';
import { generateReport, type JobStep } from '../../src/excel/generate-report';
import type { ExcelEmulator } from '../emulator/excel-emulator';
import { emulatorFromXlsx, SAMPLE_WORKBOOK } from '../emulator/from-xlsx';
import { ExcelEmulator as Emulator } from '../emulator/excel-emulator';
import { cellOf, type SheetState, touchCell } from '../emulator/workbook-state';

const FIXED = { generatedAt: '2009-07-01T09:00:00.000Z' };

function hostOf(excel: ExcelEmulator): ExcelHost {
  return new ExcelHost(excel.run, excel.capabilities());
}

/** The first cell whose text is `text`, or contains it when `partly`. */
function findText(sheet: SheetState, text: string, partly = false): { row: number; col: number } | null {
  for (const [row, line] of sheet.rows) {
    for (const [col, cell] of line) {
      if (typeof cell.value === 'string' && (partly ? cell.value.includes(text) : cell.value === text)) return { row, col };
    }
  }
  return null;
}

function ownCells(excel: ExcelEmulator, name: string): string {
  const sheet = excel.sheet(name);
  const cells: string[] = [];
  for (const [row, line] of sheet.rows) for (const [col, cell] of line) cells.push(`${row},${col}=${JSON.stringify([cell.value, cell.formula, cell.numberFormat])}`);
  return cells.sort().join('\n');
}

describe('在“Excel”里对样例工作簿一键生成汇报', () => {
  it('生成汇报最多 4 次往返：读 2 次，写 2 次；各步都报告了用时', async () => {
    const excel = await emulatorFromXlsx(SAMPLE_WORKBOOK);
    const own = excel.sheetNames();
    const before = own.map((name) => ownCells(excel, name));
    const steps: JobStep[] = [];
    const result = await generateReport(hostOf(excel), { ...FIXED, progress: { onDone: (step) => steps.push(step) } });
    if (result.kind !== 'written') throw new Error(`expected written, got ${result.kind}: ${String((result as { error?: unknown }).error)}`);
    expect(excel.syncCount()).toBeLessThanOrEqual(4);
    expect(result.syncs).toBe(excel.syncCount());
    expect(steps).toEqual(['read', 'recognize', 'validate', 'compute', 'narrate', 'write']);
    expect(excel.sheetNames()).toEqual([...own, ...result.applied.written]);
    expect(result.applied.written).toEqual(expect.arrayContaining(['指标测算', '汇报稿']));
    // The department's own sheets hold exactly what they held.
    expect(own.map((name) => ownCells(excel, name))).toEqual(before);
    const measures = excel.sheet('指标测算');
    expect(findText(measures, '审阅意见')).not.toBeNull();
    expect(findText(excel.sheet('汇报稿'), '一、勤政目标完成情况', true)).not.toBeNull();
  });

  it('第二次生成保留领导在“指标测算”里写的审阅意见，并替换上次的表而不是再加一套', async () => {
    const excel = await emulatorFromXlsx(SAMPLE_WORKBOOK);
    const host = hostOf(excel);
    const first = await generateReport(host, FIXED);
    expect(first.kind).toBe('written');
    const sheetsAfterFirst = excel.sheetNames();
    const measures = excel.sheet('指标测算');
    const header = findText(measures, '审阅意见');
    const indicator = findText(measures, '制定年度计划');
    if (!header || !indicator) throw new Error('测算表里找不到表头或指标');
    touchCell(measures, indicator.row, header.col).value = '请补充1—6月数据';
    const second = await generateReport(host, FIXED);
    expect(second.kind).toBe('written');
    expect(excel.sheetNames()).toEqual(sheetsAfterFirst);
    const again = excel.sheet('指标测算');
    const row = findText(again, '制定年度计划');
    expect(cellOf(again, row?.row ?? -1, header.col)?.value).toBe('请补充1—6月数据');
  });

  it('没有指标表的工作簿：说明找不到，工作簿一个字不改', async () => {
    const excel = Emulator.fromSnapshot({
      name: '会议记录',
      sheets: [{ name: '记录', visible: true, position: 0, values: [['会议纪要'], ['时间：2009年6月30日']], formulas: [], numberFormats: [], merges: [] }],
    });
    const result = await generateReport(hostOf(excel), FIXED);
    expect(result.kind).toBe('no-table');
    expect(excel.sheetNames()).toEqual(['记录']);
    expect(excel.successfulSyncs().every((sync) => sync.actions > 0)).toBe(true);
    // A workbook of one sheet is read in the trip that lists it; nothing is written.
    expect(excel.syncCount()).toBe(1);
  });

  it('写入时 Excel 出错：报告可理解的错误种类，工作簿恢复原样', async () => {
    const excel = await emulatorFromXlsx(SAMPLE_WORKBOOK);
    const own = excel.sheetNames();
    excel.failOn('ChartCollection.add', 'AccessDenied');
    const result = await generateReport(hostOf(excel), FIXED);
    expect(result.kind).toBe('failed');
    if (result.kind === 'failed') expect(result.errorKind).toBe('access-denied');
    expect(excel.sheetNames()).toEqual(own);
  });

  it('读取后有人改了上次生成的表：自动重读一次再写，不丢他人的修改', async () => {
    const excel = await emulatorFromXlsx(SAMPLE_WORKBOOK);
    const host = hostOf(excel);
    await generateReport(host, FIXED);
    const measures = excel.sheet('指标测算');
    const header = findText(measures, '审阅意见');
    const indicator = findText(measures, '制定年度计划');
    if (!header || !indicator) throw new Error('测算表里找不到表头或指标');
    // A colleague types while our job is between its read and its write.
    const originalRead = host.read.bind(host);
    let reads = 0;
    host.read = async (settings) => {
      const outcome = await originalRead(settings);
      reads += 1;
      if (reads === 1) touchCell(excel.sheet('指标测算'), indicator.row, header.col).value = '同事刚写的';
      return outcome;
    };
    const result = await generateReport(host, FIXED);
    expect(result.kind).toBe('written');
    expect(reads).toBe(2);
    const again = excel.sheet('指标测算');
    const row = findText(again, '制定年度计划');
    expect(cellOf(again, row?.row ?? -1, header.col)?.value).toBe('同事刚写的');
  });
});

describe('在“Excel”里对交叉表一键生成汇报：分地区表经 Office.js 写出', () => {
  it('眉山市十大民生工程（地区×指标）：分地区表写在汇总之后，地区链到原表，数字是指回原表的公式', async () => {
    const excel = await emulatorFromXlsx('test/fixtures/real-corpus/15-眉山市-2019年十大民生工程完成情况表（就业促进）.xlsx');
    const own = excel.sheetNames();
    const before = own.map((name) => ownCells(excel, name));
    const result = await generateReport(hostOf(excel), FIXED);
    if (result.kind !== 'written') throw new Error(`expected written, got ${result.kind}`);
    const written = result.applied.written;
    expect(written.indexOf('分地区')).toBe(written.indexOf('汇总') + 1);
    const regions = excel.sheet('分地区');
    const dongpo = findText(regions, '东坡区');
    expect(dongpo).not.toBeNull();
    const { row, col } = dongpo!;
    expect(cellOf(regions, row, col + 1)?.formula).toBe('=Sheet1!B10');
    // The emulator does not calculate: what Excel will show is the LibreOffice tests' business (test/libreoffice/regions-recalculation.test.ts).
    expect(cellOf(regions, row, col)?.hyperlink?.documentReference).toBe('Sheet1!A10');
    expect(cellOf(regions, row, col + 2)?.formula).toBe('=Sheet1!C10');
    expect(own.map((name) => ownCells(excel, name))).toEqual(before);
  });
});
