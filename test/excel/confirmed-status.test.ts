import { confirmationWrite } from '../../src/core/layout/confirmed-statuses';
import { columnLetter } from '../../src/core/model';
import { ExcelHost } from '../../src/excel/excel-host';
import { generateReport, type JobResult } from '../../src/excel/generate-report';
import type { ExcelEmulator } from '../emulator/excel-emulator';
import { emulatorFromXlsx, SAMPLE_WORKBOOK } from '../emulator/from-xlsx';
import { cellOf, type SheetState } from '../emulator/workbook-state';

const FIXED = { generatedAt: '2009-07-01T09:00:00.000Z' };
const CONFIRMED = '呼应沿海开发，做好规划对接';

/** The first cell whose text is `text` (0-based row and column, as the emulator keeps them). */
function findText(sheet: SheetState, text: string): { row: number; col: number } {
  for (const [row, line] of sheet.rows) for (const [col, cell] of line) if (cell.value === text) return { row, col };
  throw new Error(`no “${text}” on ${sheet.name}`);
}

function sheetText(sheet: SheetState): string {
  const texts: string[] = [];
  for (const line of sheet.rows.values()) for (const cell of line.values()) if (typeof cell.value === 'string') texts.push(cell.value);
  return texts.join('\n');
}

function written(result: JobResult): Extract<JobResult, { kind: 'written' }> {
  if (result.kind !== 'written') throw new Error(`expected written, got ${result.kind}`);
  return result;
}

describe('在“Excel”里确认状态：一次往返写入，重新生成后仍在，并改变汇总、总览和汇报稿', () => {
  let excel: ExcelEmulator;
  let host: ExcelHost;

  beforeEach(async () => {
    excel = await emulatorFromXlsx(SAMPLE_WORKBOOK);
    host = new ExcelHost(excel.run, excel.capabilities());
  });

  it('确认状态列是状态下拉列表；任务窗格选一个状态只用一次往返写入该单元格，锁定的列写不进去', async () => {
    written(await generateReport(host, FIXED));
    const measures = excel.sheet('指标测算');
    const header = findText(measures, '确认状态');
    const row = findText(measures, CONFIRMED).row;
    const list = measures.dataValidations.find((validation) => validation.rect.left === header.col && validation.rect.right === header.col);
    expect(list).toMatchObject({ source: '超额完成,已完成,达到序时进度,滞后,推进中,未填报,无数据', inCellDropDown: true, rect: expect.objectContaining({ top: header.row + 1 }) });
    expect(list?.prompt?.message).toContain('下拉列表');

    const before = excel.syncCount();
    await host.confirm({ cell: { sheet: '指标测算', row: row + 1, col: header.col + 1 }, texts: ['已完成'] });
    expect(excel.syncCount() - before).toBe(1);
    expect(cellOf(excel.sheet('指标测算'), row, header.col)?.value).toBe('已完成');

    // 完成状态 is the engine's and stays locked: the protection that leaves 确认状态 open still holds there.
    const status = findText(measures, '完成状态');
    await expect(host.confirm({ cell: { sheet: '指标测算', row: row + 1, col: status.col + 1 }, texts: ['已完成'] })).rejects.toThrow(/protected/);
  });

  it('重新生成：确认状态仍在，完成状态仍是引擎的；汇总按计数状态列计数，汇报稿多算一项已完成', async () => {
    const first = written(await generateReport(host, FIXED));
    const measures = excel.sheet('指标测算');
    const header = findText(measures, '确认状态');
    const row = findText(measures, CONFIRMED).row;
    await host.confirm({ cell: { sheet: '指标测算', row: row + 1, col: header.col + 1 }, texts: ['已完成'] });

    const second = written(await generateReport(host, FIXED));
    const again = excel.sheet('指标测算');
    const rowAgain = findText(again, CONFIRMED).row;
    expect(cellOf(again, rowAgain, findText(again, '确认状态').col)?.value).toBe('已完成');
    expect(cellOf(again, rowAgain, findText(again, '完成状态').col)?.value).toBe('推进中');

    const firstTotals = first.outcome.results?.totals;
    const secondTotals = second.outcome.results?.totals;
    expect(secondTotals?.completed).toBe((firstTotals?.completed ?? 0) + 1);
    expect(secondTotals?.inProgress).toBe((firstTotals?.inProgress ?? 0) - 1);

    // Excel computes 汇总 itself: its COUNTIFS read the hidden 计数状态 column, never 完成状态.
    const counted = columnLetter(findText(again, '计数状态').col + 1);
    const statusColumn = columnLetter(findText(again, '完成状态').col + 1);
    const summary = excel.sheet('汇总');
    const formulas = [...summary.rows.values()].flatMap((line) => [...line.values()].map((cell) => cell.formula ?? ''));
    expect(formulas.some((formula) => formula.includes(`$${counted}$`) && formula.includes('"已完成"'))).toBe(true);
    expect(formulas.some((formula) => formula.includes(`$${statusColumn}$`))).toBe(false);
    // 总览's headline reads 汇总, and the draft is text the engine wrote: its count is the confirmed one.
    expect(sheetText(excel.sheet('汇报稿'))).toContain(`已完成或超额完成${secondTotals?.completed}项`);
    expect(sheetText(excel.sheet('汇报稿'))).not.toContain(`已完成或超额完成${firstTotals?.completed}项`);
  });
});

describe('在“Excel”里确认：确认状态、确认人、确认时间三格一次往返写入，重新生成后都在', () => {
  let excel: ExcelEmulator;
  let host: ExcelHost;

  beforeEach(async () => {
    excel = await emulatorFromXlsx(SAMPLE_WORKBOOK);
    host = new ExcelHost(excel.run, excel.capabilities());
  });

  /** The cell under a header on an indicator's row (1-based, as the host writes). */
  function cellFor(sheet: SheetState, name: string, header: string): { sheet: string; row: number; col: number } {
    return { sheet: sheet.name, row: findText(sheet, name).row + 1, col: findText(sheet, header).col + 1 };
  }

  function textAt(sheet: SheetState, name: string, header: string): { value: unknown; formula: string | null } {
    const cell = cellOf(sheet, findText(sheet, name).row, findText(sheet, header).col);
    return { value: cell?.value ?? null, formula: cell?.formula ?? null };
  }

  it('窗格确认一次：三格同在一次 sync 里写入；姓名以“=”开头也是文字；没有姓名则确认人留空', async () => {
    written(await generateReport(host, FIXED));
    const measures = excel.sheet('指标测算');
    const start = cellFor(measures, CONFIRMED, '确认状态');
    expect(findText(measures, '确认人').col + 1).toBe(start.col + 1);
    expect(findText(measures, '确认时间').col + 1).toBe(start.col + 2);

    const before = excel.syncCount();
    await host.confirm(confirmationWrite({ cell: start }, 'completed', '=张三', '2026-12-08 08:40'));
    expect(excel.syncCount() - before).toBe(1);
    const after = excel.sheet('指标测算');
    expect(textAt(after, CONFIRMED, '确认状态')).toEqual({ value: '已完成', formula: null });
    expect(textAt(after, CONFIRMED, '确认人')).toEqual({ value: '=张三', formula: null });
    expect(textAt(after, CONFIRMED, '确认时间')).toEqual({ value: '2026-12-08 08:40', formula: null });

    // Confirmed again, by a machine where nobody gave a name: the old name is not left to sign it.
    await host.confirm(confirmationWrite({ cell: start }, 'behind', null, '2026-12-08 09:15'));
    const again = excel.sheet('指标测算');
    expect(textAt(again, CONFIRMED, '确认状态').value).toBe('滞后');
    expect(textAt(again, CONFIRMED, '确认人').value ?? '').toBe('');
    expect(textAt(again, CONFIRMED, '确认时间').value).toBe('2026-12-08 09:15');
  });

  it('重新生成：窗格写的三格和领导手填的确认人都在原指标行上', async () => {
    written(await generateReport(host, FIXED));
    const measures = excel.sheet('指标测算');
    await host.confirm(confirmationWrite({ cell: cellFor(measures, CONFIRMED, '确认状态') }, 'completed', '张三', '2026-12-08 08:40'));
    // A leader types 滞后 and a name straight into the sheet, without the pane (Excel takes it: the cells are unlocked).
    const typed = cellFor(measures, '制定年度计划', '确认状态');
    await excel.run(async (context) => {
      const range = `${columnLetter(typed.col)}${typed.row}:${columnLetter(typed.col + 1)}${typed.row}`;
      context.workbook.worksheets.getItem('指标测算').getRange(range).values = [['滞后', '李四']];
      await context.sync();
    });

    written(await generateReport(host, FIXED));
    const again = excel.sheet('指标测算');
    expect(textAt(again, CONFIRMED, '确认状态').value).toBe('已完成');
    expect(textAt(again, CONFIRMED, '确认人').value).toBe('张三');
    expect(textAt(again, CONFIRMED, '确认时间').value).toBe('2026-12-08 08:40');
    expect(textAt(again, '制定年度计划', '确认状态').value).toBe('滞后');
    expect(textAt(again, '制定年度计划', '确认人').value).toBe('李四');
    expect(textAt(again, '制定年度计划', '确认时间').value ?? '').toBe('');
  });
});
