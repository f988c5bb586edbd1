import { compute } from '../../src/core/compute';
import { layout } from '../../src/core/layout';
import { confirmationItems, confirmedStatuses } from '../../src/core/layout/confirmed-statuses';
import { initialPaneState, paneReducer } from '../../src/taskpane/pane-store';
import { cellLabel, confirmRows } from '../../src/taskpane/confirm-view';
import { buildTable, guannanLines } from '../compute/measure-table';
import { planAsSnapshot } from '../layout/plan-as-snapshot';
import { columnOf, rowNamed, sheetByRole } from '../layout/plan-reading';

const UNCLEAR = '学习实践活动经验交流';

function run(otherSheets: ReturnType<typeof planAsSnapshot>[] = []) {
  const built = buildTable(guannanLines(), { otherSheets });
  const results = compute(built.table, [], { confirmed: confirmedStatuses(built.snapshot, built.table.indicators) });
  const plan = layout({ snapshot: built.snapshot, table: built.table, issues: [], results, report: null, generatedAt: '2009-07-01T04:00:00.000Z' });
  return { table: built.table, results, plan };
}

describe('任务窗格里的“需人工确认”', () => {
  const first = run();
  const measures = sheetByRole(first.plan, 'measures');

  it('列出需人工确认的指标、判断依据，以及它在指标测算上的确认状态单元格', () => {
    const items = confirmationItems(first.table, first.results, first.plan);
    expect(items.map((item) => item.name)).toEqual([UNCLEAR]);
    expect(items[0].cell).toEqual({ sheet: measures.name, row: rowNamed(measures, UNCLEAR), col: columnOf(measures, '确认状态') });
    expect(items[0].evidence).toContain('经验在人民网上发表交流');
    const rows = confirmRows(items, new Map(), 'zh-CN');
    expect(rows[0]).toMatchObject({ confirmed: null, confirmedText: null, evidence: expect.stringMatching(/^判断依据：/) });
    expect(rows[0].choices.map((choice) => choice.text)).toEqual(['超额完成', '已完成', '达到序时进度', '滞后', '推进中', '未填报', '无数据']);
    expect(confirmRows(items, new Map(), 'en-US')[0].choices[1].text).toBe('Completed');
  });

  it('选了“已完成”：窗格显示已确认，写进单元格的是表上的中文状态；下一次生成读回来，仍列在窗格里并显示已确认', () => {
    const [item] = confirmationItems(first.table, first.results, first.plan);
    const state = paneReducer(initialPaneState(), { type: 'status-confirmed', row: item.indicatorRow, confirmation: { status: 'completed', by: '', at: '' } });
    expect(confirmRows([item], state.confirmed, 'zh-CN')[0].confirmedText).toBe('已确认为“已完成”');
    expect(cellLabel('completed')).toBe('已完成');

    const output = first.plan.sheets.map((sheet, i) =>
      planAsSnapshot(sheet, i + 1, (values) => {
        if (sheet.role === 'measures') values[item.cell.row - 1][item.cell.col - 1] = cellLabel('completed');
      }),
    );
    const second = run(output);
    const again = confirmationItems(second.table, second.results, second.plan);
    expect(again).toEqual([expect.objectContaining({ name: UNCLEAR, judged: 'unclear', confirmed: 'completed' })]);
    expect(confirmRows(again, new Map(), 'zh-CN')[0].confirmedText).toBe('已确认为“已完成”');
    // A new run starts the pane's own memory afresh: the workbook holds the confirmations now.
    const after = paneReducer(state, { type: 'run-finished', result: { kind: 'failed', error: null, errorKind: 'engine', syncs: 0 }, totalMs: 1 });
    expect(after.confirmed.size).toBe(0);
  });
});
