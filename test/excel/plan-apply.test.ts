import { generatedSheets } from '../../src/core/layout/generated-sheets';
import type { WorkbookSnapshot } from '../../src/core/model';
import { ExcelHost } from '../../src/excel/excel-host';
import { classifyHostError } from '../../src/excel/office-errors';
import type { ApiSurface } from '../emulator/api-surface';
import { ExcelEmulator } from '../emulator/excel-emulator';
import { shippedSurface } from '../emulator/shipped-surface';
import { cellOf, type SheetState, touchCell } from '../emulator/workbook-state';
import { departmentBook, fullPlan, num, sheetPlan, text } from './plan-fixtures';

/** The shipped office.js plus the notes API it lacks: a library that has what Excel 1.18 offers. */
function surfaceWithNotes(): ApiSurface {
  const shipped = shippedSurface();
  return {
    ...shipped,
    classes: { ...shipped.classes, Worksheet: { ...shipped.classes.Worksheet, notes: { set: 'ExcelApi', version: '1.18' } }, NoteCollection: { add: null } },
  };
}

function hostFor(book: WorkbookSnapshot, excelApi?: string, surface?: ApiSurface): { excel: ExcelEmulator; host: ExcelHost } {
  const excel = ExcelEmulator.fromSnapshot(book, { ...(excelApi ? { excelApi } : {}), ...(surface ? { surface } : {}) });
  return { excel, host: new ExcelHost(excel.run, excel.capabilities()) };
}

function contents(sheet: SheetState): unknown[][] {
  const rows: unknown[][] = [];
  for (const [r, line] of sheet.rows) for (const [c, cell] of line) if (cell.value !== null || cell.formula) (rows[r] ??= [])[c] = cell.formula ?? cell.value;
  return rows;
}

describe('写入：先建新表，再替换旧表，两次往返', () => {
  it('首次生成：新表写在科室自己的表之后，科室的表一格不动', async () => {
    const book = departmentBook(false);
    const { excel, host } = hostFor(book);
    const before = contents(excel.sheet('目标分解表'));
    const beforeMine = contents(excel.sheet('汇总'));
    const { snapshot } = await host.read();
    excel.resetStats();
    const outcome = await host.apply(fullPlan([]), snapshot);
    expect(excel.syncCount()).toBe(2);
    expect(outcome.syncs).toBe(2);
    expect(excel.sheetNames()).toEqual(['目标分解表', '汇总', '指标测算', '汇总（2）']);
    expect(contents(excel.sheet('目标分解表'))).toEqual(before);
    expect(contents(excel.sheet('汇总'))).toEqual(beforeMine);
    expect(excel.state.activeSheetId).toBe(excel.sheet('指标测算').id);
  });

  it('来自工作簿的文字始终写成文字：以“=”“-”开头或像日期的也不例外', async () => {
    const { excel, host } = hostFor(departmentBook(false));
    const { snapshot } = await host.read();
    await host.apply(fullPlan([]), snapshot);
    const sheet = excel.sheet('指标测算');
    expect(cellOf(sheet, 2, 2)).toMatchObject({ value: '=来自工作簿的文字，不是公式', formula: null });
    expect(cellOf(sheet, 3, 2)).toMatchObject({ value: '-2.5%的降幅写成文字', formula: null });
    expect(cellOf(sheet, 3, 3)).toMatchObject({ value: '2009-07-01', formula: null });
    expect(cellOf(sheet, 2, 1)?.formula).toBe('=目标分解表!D2/目标分解表!C2');
    expect(cellOf(sheet, 4, 1)?.value).toBe(45);
    expect(cellOf(excel.sheet('汇总（2）'), 0, 1)?.formula).toBe("='指标测算'!B3");
  });

  it('所带的 office.js 没有批注 API：批注略去并说明，Excel 不报错，其余照写', async () => {
    const { excel, host } = hostFor(departmentBook(false));
    expect(excel.excelApi).toBe(shippedSurface().newestExcelApi);
    const { snapshot } = await host.read();
    const outcome = await host.apply(fullPlan([]), snapshot);
    expect(outcome.skipped).toEqual(['notes']);
    expect(excel.sheet('指标测算').notes).toEqual([]);
    expect(excel.sheet('指标测算').protected).toBe(true);
  });

  it('不判断就调用 worksheet.notes：所带的 office.js 没有这个成员，和真 Excel 一样抛 TypeError', async () => {
    const excel = ExcelEmulator.fromSnapshot(departmentBook(false), { excelApi: '1.18' });
    const failure = await excel
      .run(async (context) => {
        context.workbook.worksheets.getItem('汇总').notes.add('A1', '批注');
        await context.sync();
      })
      .catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(TypeError);
  });

  it('格式、合并、条件格式、图表、冻结、打印、保护、批注、隐藏列、标签颜色都写上（office.js 有批注 API 时）', async () => {
    const { excel, host } = hostFor(departmentBook(false), '1.18', surfaceWithNotes());
    const { snapshot } = await host.read();
    const outcome = await host.apply(fullPlan([]), snapshot);
    expect(outcome.skipped).toEqual([]);
    const sheet = excel.sheet('指标测算');
    expect(sheet.tabColor).toBe('#2F5597');
    expect(cellOf(sheet, 0, 0)?.style).toMatchObject({ bold: true, fontSize: 14, horizontal: 'Center' });
    expect(cellOf(sheet, 2, 2)?.style).toMatchObject({ wrap: true, vertical: 'Center', indent: 1 });
    expect(cellOf(sheet, 2, 2)?.style.borders?.['EdgeTop.style']).toBe('Continuous');
    expect(cellOf(sheet, 2, 1)?.numberFormat).toBe('0.00%');
    expect(sheet.merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 3 }]);
    expect(sheet.conditionalFormats).toEqual([
      { type: 'Custom', rect: { top: 2, left: 2, bottom: 3, right: 2 }, formula: '=C3="滞后"', fill: '#FFC7CE', fontColor: '#9C0006' },
      { type: 'DataBar', rect: { top: 2, left: 1, bottom: 3, right: 1 }, barColor: '#5B9BD5' },
    ]);
    expect(sheet.charts).toEqual([
      { type: 'ColumnClustered', source: { top: 1, left: 0, bottom: 3, right: 1 }, seriesBy: 'Columns', title: '完成率', position: { start: 'A7', end: 'F20' } },
    ]);
    expect(sheet.freeze).toEqual({ rows: 2, cols: 1 });
    expect(sheet.pageLayout).toEqual({ orientation: 'Landscape', zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 }, printTitleRows: '$1:$2' });
    expect(sheet.protected).toBe(true);
    expect(cellOf(sheet, 3, 3)?.locked).toBe(false);
    expect(cellOf(sheet, 2, 0)?.locked ?? true).toBe(true);
    expect(sheet.notes).toEqual([{ row: 2, col: 1, text: '完成值为1—5月数' }]);
    expect([...sheet.hiddenColumns]).toEqual([4]);
    expect(sheet.columnWidths.get(2)).toBeCloseTo(30 * 5.25 + 3.75);
    expect(cellOf(sheet, 4, 2)?.hyperlink).toEqual({ documentReference: '目标分解表!D2' });
    expect(cellOf(sheet, 4, 2)?.value).toBe('目标分解表!D2');
    expect(excel.state.calculationSuspensions).toBe(1);
  });

  it('重新生成：按标记找到上次生成的表并替换，同名的科室自有表不受影响', async () => {
    const book = departmentBook(true);
    const { excel, host } = hostFor(book);
    const { snapshot } = await host.read();
    expect(generatedSheets(snapshot).map((s) => s.name)).toEqual(['指标测算']);
    await host.apply(fullPlan(['指标测算']), snapshot);
    expect(excel.sheetNames()).toEqual(['目标分解表', '汇总', '指标测算', '汇总（2）']);
    expect(cellOf(excel.sheet('指标测算'), 1, 3)?.value).toBe('审阅意见');
    expect(contents(excel.sheet('汇总'))).toEqual([['科室自己做的汇总表，不许动']]);
  });

  it('老版 Excel（ExcelApi 1.14）没有批注与（1.7 时）打印设置：跳过并说明，其余照写', async () => {
    const { excel, host } = hostFor(departmentBook(false), '1.14', surfaceWithNotes());
    const { snapshot } = await host.read();
    expect((await host.apply(fullPlan([]), snapshot)).skipped).toEqual(['notes']);
    expect(excel.sheet('指标测算').notes).toEqual([]);
    const old = hostFor(departmentBook(false), '1.7', surfaceWithNotes());
    const oldOutcome = await old.host.apply(fullPlan([]), (await old.host.read()).snapshot);
    expect([...oldOutcome.skipped].sort()).toEqual(['notes', 'page-layout']);
    expect(cellOf(old.excel.sheet('指标测算'), 2, 2)?.style.indent).toBeUndefined();
  });

  it('ExcelApi 1.1 的 Excel：值、公式、字体和边框照写；合并、列宽、条件格式、冻结、保护、超链接等略去并逐项说明', async () => {
    const { excel, host } = hostFor(departmentBook(false), '1.1');
    const { snapshot } = await host.read();
    expect(snapshot.name).toBe('工作簿');
    const outcome = await host.apply(fullPlan([]), snapshot);
    expect([...outcome.skipped].sort()).toEqual(
      ['column-layout', 'conditional-formats', 'freeze-panes', 'hyperlinks', 'merge-cells', 'notes', 'page-layout', 'protection', 'tab-color'].sort(),
    );
    const sheet = excel.sheet('指标测算');
    expect(cellOf(sheet, 2, 1)?.formula).toBe('=目标分解表!D2/目标分解表!C2');
    expect(cellOf(sheet, 0, 0)?.style).toMatchObject({ bold: true, fontSize: 14 });
    expect(sheet.merges).toEqual([]);
    expect(sheet.protected).toBe(false);
    expect(sheet.conditionalFormats).toEqual([]);
    expect(excel.state.calculationSuspensions).toBe(0);
  });
});

describe('出错不留半张表', () => {
  it.each([
    ['Range.formulas', 'GeneralException'],
    ['RangeFont.bold', 'InvalidArgument'],
    ['ChartCollection.add', 'GeneralException'],
    ['WorksheetProtection.protect', 'AccessDenied'],
    ['WorksheetCollection.add', 'ItemAlreadyExists'],
  ])('%s 失败（%s）：新表全部撤掉，上次生成的表原样恢复', async (call, code) => {
    const { excel, host } = hostFor(departmentBook(true));
    const { snapshot } = await host.read();
    const before = excel.sheetNames().map((name) => [name, contents(excel.sheet(name))]);
    excel.failOn(call, code);
    const failure = await host.apply(fullPlan(['指标测算']), snapshot).catch((error: unknown) => error);
    expect(failure).toMatchObject({ code });
    expect(excel.sheetNames().map((name) => [name, contents(excel.sheet(name))])).toEqual(before);
  });

  it('最后一步删除旧表之前的任何失败都会回滚；改名失败时也一样', async () => {
    const { excel, host } = hostFor(departmentBook(true));
    const { snapshot } = await host.read();
    excel.failOn('Worksheet.name', 'GeneralException', 1);
    await expect(host.apply(fullPlan(['指标测算']), snapshot)).rejects.toMatchObject({ code: 'GeneralException' });
    expect(excel.sheetNames()).toEqual(['目标分解表', '汇总', '指标测算']);
    expect(cellOf(excel.sheet('指标测算'), 1, 1)?.value).toBe('请核实1—5月数据');
  });

  it('读取之后有人在上次生成的表里填了审阅意见：整批撤回，报告“期间被修改”', async () => {
    const { excel, host } = hostFor(departmentBook(true));
    const { snapshot } = await host.read();
    touchCell(excel.sheet('指标测算'), 1, 1).value = '同事刚写的意见';
    const failure = await host.apply(fullPlan(['指标测算']), snapshot).catch((error: unknown) => error);
    expect(classifyHostError(failure)).toBe('edited-meanwhile');
    expect(excel.sheetNames()).toEqual(['目标分解表', '汇总', '指标测算']);
    expect(cellOf(excel.sheet('指标测算'), 1, 1)?.value).toBe('同事刚写的意见');
  });
});

describe('大批量写入：按请求大小分块，不逐格写，也不逐行往返', () => {
  it('50,000 行的测算表分成几块写入，每次往返都在 5 MB 之内', async () => {
    const rows = [[text('指标'), text('目标值'), text('完成值'), text('说明')]];
    for (let i = 1; i <= 50000; i++) rows.push([text(`第${i}项指标`), num(100 + (i % 7)), num(40 + (i % 13)), text(`按序时推进，第${i}项进展顺利，各责任科室已按月报送进度`)]);
    const big = sheetPlan('指标测算', 'measures', rows, {
      styles: [{ rect: { top: 2, left: 2, bottom: 50001, right: 3 }, style: { numberFormat: '#,##0.00' } }],
    });
    const { excel, host } = hostFor(departmentBook(false));
    const { snapshot } = await host.read();
    excel.resetStats();
    const outcome = await host.apply({ removeSheets: [], sheets: [big], activate: '指标测算' }, snapshot);
    const syncs = excel.stats.syncs;
    expect(syncs.every((sync) => sync.failed === null)).toBe(true);
    expect(Math.max(...syncs.map((sync) => sync.requestBytes))).toBeLessThanOrEqual(5 * 1024 * 1024);
    expect(syncs.length).toBeGreaterThan(2);
    expect(syncs.length).toBeLessThan(12);
    expect(Math.max(...syncs.map((sync) => sync.actions))).toBeLessThan(100);
    expect(outcome.requestBytes).toBeGreaterThan(5 * 1024 * 1024);
    const sheet = excel.sheet('指标测算');
    expect(cellOf(sheet, 50000, 0)?.value).toBe('第50000项指标');
    expect(cellOf(sheet, 50000, 2)?.numberFormat).toBe('#,##0.00');
  });
});

describe('写入步骤的合并：同样的格式连成一片，同样的行高连成一段', () => {
  it('相邻行、同列、同格式的样式合成一个区域；中间隔着别的样式就不合，保证“后写的优先”', async () => {
    const { coalesceStyles, rowHeightRuns } = await import('../../src/excel/sheet-write');
    const right = { numberFormat: '#,##0', horizontal: 'right' as const };
    const row = (r: number, style: object = right) => ({ rect: { top: r, left: 6, bottom: r, right: 9 }, style });
    expect(coalesceStyles([row(5), row(6), row(7)])).toEqual([{ rect: { top: 5, left: 6, bottom: 7, right: 9 }, style: right }]);
    expect(coalesceStyles([row(5), row(6, { bold: true }), row(7)]).map((entry) => [entry.rect.top, entry.rect.bottom])).toEqual([
      [5, 5],
      [6, 6],
      [7, 7],
    ]);
    expect(coalesceStyles([row(5), row(7)])).toHaveLength(2);
    expect(rowHeightRuns([{ row: 3, height: 20 }, { row: 1, height: 30 }, { row: 4, height: 20 }, { row: 5, height: 40 }])).toEqual([
      { top: 1, count: 1, height: 30 },
      { top: 3, count: 2, height: 20 },
      { top: 5, count: 1, height: 40 },
    ]);
  });
});
