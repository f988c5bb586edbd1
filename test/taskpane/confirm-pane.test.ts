import { compute } from '../../src/core/compute';
import { layout } from '../../src/core/layout';
import { confirmationItems, confirmedStatuses } from '../../src/core/layout/confirmed-statuses';
import { initialPaneState, paneReducer } from '../../src/taskpane/pane-store';
import { t } from '../../src/core/i18n';
import { cellLabel, confirmedWords, confirmRows } from '../../src/taskpane/confirm-view';
import { CONFIRMER_KEY, type NameStorage, rememberConfirmer, rememberedConfirmer } from '../../src/taskpane/confirmer-name';
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

describe('确认人：窗格问一次姓名，记在本机；取不到就留空，不猜', () => {
  /** localStorage as a test holds it; `blocked` throws as a browser that forbids storage does. */
  function memoryStorage(blocked = false): NameStorage & { items: Map<string, string> } {
    const items = new Map<string, string>();
    const guard = () => {
      if (blocked) throw new Error('SecurityError: storage is disabled');
    };
    return {
      items,
      getItem: (key) => (guard(), items.get(key) ?? null),
      setItem: (key, value) => (guard(), void items.set(key, value)),
      removeItem: (key) => (guard(), void items.delete(key)),
    };
  }

  it('填过的姓名记在本机（localStorage），下次打开窗格时已填好；清空即忘掉', () => {
    const storage = memoryStorage();
    expect(rememberedConfirmer(storage)).toBe('');
    expect(rememberConfirmer(storage, ' 张三 ')).toBe(true);
    expect(storage.items.get(CONFIRMER_KEY)).toBe('张三');
    expect(rememberedConfirmer(storage)).toBe('张三');
    expect(rememberConfirmer(storage, '')).toBe(true);
    expect(rememberedConfirmer(storage)).toBe('');
  });

  it('本机不许保存：不报错，姓名只在本次使用，窗格说明这一点', () => {
    const blocked = memoryStorage(true);
    expect(rememberedConfirmer(blocked)).toBe('');
    expect(rememberConfirmer(blocked, '张三')).toBe(false);
    expect(rememberConfirmer(null, '张三')).toBe(false);
    expect(t('ui.confirm.name-unsaved', 'zh-CN')).toContain('本机');
  });

  it('窗格说出谁在何时确认；没有姓名时说未填确认人，不编一个；说明文字不再说“确认人未记录”', () => {
    const first = run();
    const [item] = confirmationItems(first.table, first.results, first.plan);
    const withName = paneReducer(initialPaneState(), { type: 'status-confirmed', row: item.indicatorRow, confirmation: { status: 'completed', by: '张三', at: '2026-12-08 08:40' } });
    expect(confirmRows([item], withName.confirmed, 'zh-CN')[0].confirmedText).toBe('已由张三确认为“已完成”（2026-12-08 08:40）');
    expect(confirmRows([item], withName.confirmed, 'en-US')[0].confirmedText).toBe('Confirmed as "Completed" by 张三 (2026-12-08 08:40)');
    const noName = paneReducer(initialPaneState(), { type: 'status-confirmed', row: item.indicatorRow, confirmation: { status: 'behind', by: '', at: '2026-12-08 08:41' } });
    expect(confirmRows([item], noName.confirmed, 'zh-CN')[0].confirmedText).toBe('已确认为“滞后”（2026-12-08 08:41，未填确认人）');
    // Confirmed earlier by hand: a name with no time reads as given.
    expect(confirmedWords('completed', '李四', '', 'zh-CN')).toBe('已由李四确认为“已完成”');
    expect(t('ui.confirm.hint', 'zh-CN')).toContain('确认人和确认时间');
    expect(t('ui.confirm.hint', 'zh-CN')).not.toContain('未记录');
    expect(t('ui.confirm.name-hint', 'zh-CN')).toContain('只保存在本机');
  });
});
