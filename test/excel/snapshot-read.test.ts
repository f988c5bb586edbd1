import type { WorkbookSnapshot } from '../../src/core/model';
import { ExcelHost } from '../../src/excel/excel-host';
import { ExcelEmulator } from '../emulator/excel-emulator';
import { touchCell } from '../emulator/workbook-state';

/** A department's sheet that does not start at A1, with a merged title, a formula, an error and tricky text. */
const BOOK: WorkbookSnapshot = {
  name: '2009-目标任务分解表',
  sheets: [
    {
      name: '说明',
      visible: false,
      position: 1,
      values: [['本表由办公室填报']],
      formulas: [],
      numberFormats: [],
      merges: [],
    },
    {
      name: '目标分解表',
      visible: true,
      position: 0,
      values: [
        [null, null, null, null],
        [null, '2009年度目标任务分解表', null, null],
        [null, '指标名称', '目标值', '完成值'],
        [null, '固定资产投资', 90, 39.9],
        [null, '完成率', 0.4433, { error: '#DIV/0!' }],
        [null, '=不是公式', null, 45],
      ],
      formulas: [[], [], [], [], [null, null, '=D4/C4', null]],
      numberFormats: [[], [], [], [], [null as unknown as string, 'General', '0.00%', 'General']],
      merges: [{ top: 2, left: 2, bottom: 2, right: 4 }],
      bold: [[], [false, true]],
    },
    { name: 'Sheet3', visible: true, position: 2, values: [], formulas: [], numberFormats: [], merges: [] },
  ],
};

function emulate(options: { excelApi?: string } = {}): ExcelEmulator {
  const excel = ExcelEmulator.fromSnapshot(BOOK, options);
  // The text "=不是公式" was typed with an apostrophe: text, not a formula.
  const cell = touchCell(excel.sheet('目标分解表'), 5, 1);
  cell.quotePrefix = true;
  return excel;
}

describe('读取：一次列出工作表，一次读回全部内容', () => {
  it('两次往返读完整个工作簿，网格从 A1 开始补齐', async () => {
    const excel = emulate();
    const host = new ExcelHost(excel.run, excel.capabilities());
    const { snapshot, chunked } = await host.read();
    expect(host.counts.syncs).toBe(2);
    expect(chunked).toBe(false);
    expect(snapshot.name).toBe('2009-目标任务分解表');
    expect(snapshot.sheets.map((s) => [s.name, s.position, s.visible])).toEqual([
      ['目标分解表', 0, true],
      ['说明', 1, false],
      ['Sheet3', 2, true],
    ]);
    const table = snapshot.sheets[0];
    expect(table.values[3]).toEqual([null, '固定资产投资', 90, 39.9]);
    expect(table.values[1][1]).toBe('2009年度目标任务分解表');
    expect(table.values[0]).toEqual([null, null, null, null]);
  });

  it('公式、错误值、数字格式、合并单元格、加粗都按快照的约定读回', async () => {
    const excel = emulate();
    const host = new ExcelHost(excel.run, excel.capabilities());
    const table = (await host.read()).snapshot.sheets[0];
    expect(table.formulas[4][2]).toBe('=D4/C4');
    expect(table.values[4][3]).toEqual({ error: '#DIV/0!' });
    expect(table.values[5][1]).toBe('=不是公式');
    expect(table.formulas[5][1]).toBeNull();
    expect(table.numberFormats[4][2]).toBe('0.00%');
    expect(table.merges).toEqual([{ top: 2, left: 2, bottom: 2, right: 4 }]);
    expect(table.bold?.[1][1]).toBe(true);
    expect(table.bold?.[2][1]).toBe(false);
  });

  it('空白工作表读成空网格', async () => {
    const excel = emulate();
    const host = new ExcelHost(excel.run, excel.capabilities());
    const blank = (await host.read()).snapshot.sheets[2];
    expect(blank.values).toEqual([]);
  });

  it('ExcelApi 1.7 的老 Excel：不读合并与加粗，照样读出数据', async () => {
    const excel = emulate({ excelApi: '1.7' });
    const capabilities = excel.capabilities();
    expect(capabilities.skipped).toEqual(expect.arrayContaining(['merged-areas-read', 'bold-read', 'notes', 'page-layout']));
    const host = new ExcelHost(excel.run, capabilities);
    const table = (await host.read()).snapshot.sheets[0];
    expect(table.merges).toEqual([]);
    expect(table.bold).toBeUndefined();
    expect(table.values[3][3]).toBe(39.9);
  });

  it('把本工作簿的设置随快照交给引擎', async () => {
    const excel = emulate();
    const host = new ExcelHost(excel.run, excel.capabilities());
    const { snapshot } = await host.read({ sheet: '目标分解表', asOf: '2009-06-30' });
    expect(snapshot.settings).toEqual({ sheet: '目标分解表', asOf: '2009-06-30' });
  });
});

describe('读取大工作簿：超过 5 MB 时按行分块，每块都在限额内', () => {
  it('50,000 行读回完整无缺，每次往返都不超过 5 MB', async () => {
    const rows = 50000;
    const values = [['序号', '指标名称', '责任科室', '目标值', '完成值', '完成情况说明']] as (string | number)[][];
    for (let i = 1; i <= rows; i++) values.push([i, `第${i}项指标`, '综合科', 100 + (i % 7), 40 + (i % 13), `按序时推进，第${i}项进展顺利`]);
    const excel = ExcelEmulator.fromSnapshot({
      name: '大表',
      sheets: [{ name: '目标分解表', visible: true, position: 0, values, formulas: [], numberFormats: [], merges: [] }],
    });
    const host = new ExcelHost(excel.run, excel.capabilities());
    const { snapshot, chunked } = await host.read();
    expect(chunked).toBe(true);
    const sheet = snapshot.sheets[0];
    expect(sheet.values.length).toBe(rows + 1);
    expect(sheet.values[rows]).toEqual([rows, `第${rows}项指标`, '综合科', 100 + (rows % 7), 40 + (rows % 13), `按序时推进，第${rows}项进展顺利`]);
    const successful = excel.successfulSyncs();
    for (const sync of successful) {
      expect(sync.responseBytes).toBeLessThanOrEqual(5 * 1024 * 1024);
      expect(sync.requestBytes).toBeLessThanOrEqual(5 * 1024 * 1024);
    }
    // One refused optimistic read, then the sizes, then a few blocks: never a round trip per row.
    expect(excel.syncCount()).toBeLessThan(20);
  });

  it('用过的区域超过 5,000,000 个单元格：Excel 以 RangeExceedsLimit 拒绝整读，改为按行分块读完', async () => {
    // A1 and CW50000 used: 50,000 rows × 101 columns = 5,050,000 cells, almost all empty.
    const rows = 50000;
    const values: (string | null)[][] = Array.from({ length: rows }, () => []);
    values[0][0] = '目标任务分解表';
    values[rows - 1][100] = '最后一格';
    const excel = ExcelEmulator.fromSnapshot(
      { name: '稀疏大表', sheets: [{ name: '目标分解表', visible: true, position: 0, values, formulas: [], numberFormats: [], merges: [] }] },
      { excelApi: '1.8' },
    );
    const { snapshot, chunked } = await new ExcelHost(excel.run, excel.capabilities()).read();
    expect(chunked).toBe(true);
    expect(excel.stats.syncs.map((sync) => sync.failed).filter((failed) => failed !== null)).toEqual(['Range.load']);
    expect(snapshot.sheets[0].values[rows - 1][100]).toBe('最后一格');
    expect(snapshot.sheets[0].values[0][0]).toBe('目标任务分解表');
  }, 120000);
});

describe('读取：活动工作表与工作表清单同一次往返', () => {
  it('只有一张工作表的工作簿：一次往返读完', async () => {
    const excel = ExcelEmulator.fromSnapshot({ name: '单表', sheets: [{ ...BOOK.sheets[1], position: 0 }] });
    const host = new ExcelHost(excel.run, excel.capabilities());
    const { snapshot, chunked } = await host.read();
    expect(host.counts.syncs).toBe(1);
    expect(chunked).toBe(false);
    expect(snapshot.sheets.map((sheet) => sheet.name)).toEqual(['目标分解表']);
    expect(snapshot.sheets[0].values[3]).toEqual([null, '固定资产投资', 90, 39.9]);
    expect(snapshot.sheets[0].merges).toEqual([{ top: 2, left: 2, bottom: 2, right: 4 }]);
  });

  it('活动工作表不是第一张：各表仍按位置排列，内容与两步读取相同，不重读活动表', async () => {
    const excel = emulate();
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem('Sheet3').activate();
      await context.sync();
    });
    const host = new ExcelHost(excel.run, excel.capabilities());
    const { snapshot } = await host.read();
    expect(host.counts.syncs).toBe(2);
    expect(snapshot.sheets.map((sheet) => sheet.name)).toEqual(['目标分解表', '说明', 'Sheet3']);
    expect(snapshot.sheets[1].values).toEqual([['本表由办公室填报']]);
    expect(snapshot.sheets[0].values[3]).toEqual([null, '固定资产投资', 90, 39.9]);
    expect(snapshot.sheets[2].values).toEqual([]);
  });

  it('活动工作表本身超过 5 MB：清单重取一次，按行分块读完，一行不少', async () => {
    const rows = 50000;
    const values = [['序号', '指标名称', '目标值', '完成情况说明']] as (string | number)[][];
    for (let i = 1; i <= rows; i++) values.push([i, `第${i}项指标`, 100 + (i % 7), `按序时推进，第${i}项进展顺利`]);
    const excel = ExcelEmulator.fromSnapshot({
      name: '大表',
      sheets: [
        { name: '目标分解表', visible: true, position: 0, values, formulas: [], numberFormats: [], merges: [] },
        { name: '说明', visible: true, position: 1, values: [['填表说明']], formulas: [], numberFormats: [], merges: [] },
      ],
    });
    const { snapshot, chunked } = await new ExcelHost(excel.run, excel.capabilities()).read();
    expect(chunked).toBe(true);
    expect(snapshot.sheets.map((sheet) => sheet.name)).toEqual(['目标分解表', '说明']);
    expect(snapshot.sheets[0].values.length).toBe(rows + 1);
    expect(snapshot.sheets[0].values[rows]).toEqual([rows, `第${rows}项指标`, 100 + (rows % 7), `按序时推进，第${rows}项进展顺利`]);
    expect(snapshot.sheets[1].values).toEqual([['填表说明']]);
  }, 120000);
});
