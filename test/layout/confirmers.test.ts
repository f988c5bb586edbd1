import { compute } from '../../src/core/compute';
import { layout } from '../../src/core/layout';
import { confirmationItems, confirmationWrite, confirmedStatuses } from '../../src/core/layout/confirmed-statuses';
import { confirmationTimeText } from '../../src/core/layout/confirmers';
import type { CellValue, SheetSnapshot } from '../../src/core/model';
import { buildTable, guannanLines, type Line } from '../compute/measure-table';
import { planAsSnapshot } from '../layout/plan-as-snapshot';
import { cellOf, columnOf, rowNamed, sheetByRole, valueAt } from '../layout/plan-reading';

const UNCLEAR = '学习实践活动经验交流';
const TYPED = '督查重点项目';
const NAME_ONLY = '争取无偿资金';

function run(lines: Line[], otherSheets: SheetSnapshot[] = []) {
  const built = buildTable(lines, { otherSheets });
  const results = compute(built.table, [], { confirmed: confirmedStatuses(built.snapshot, built.table.indicators) });
  const plan = layout({ snapshot: built.snapshot, table: built.table, issues: [], results, report: null, generatedAt: '2009-07-01T04:00:00.000Z' });
  return { table: built.table, results, plan };
}

/** The first run's sheets as a host reads them back, after a person typed into 指标测算 (name → header → value). */
function typedInto(first: ReturnType<typeof run>, typed: Record<string, Record<string, CellValue>>, formats: Record<string, Record<string, string>> = {}): SheetSnapshot[] {
  const measures = sheetByRole(first.plan, 'measures');
  return first.plan.sheets.map((sheet, i) => {
    const snapshot = planAsSnapshot(sheet, i + 1, (values) => {
      if (sheet.role !== 'measures') return;
      for (const [name, cells] of Object.entries(typed)) {
        for (const [header, value] of Object.entries(cells)) values[rowNamed(measures, name) - 1][columnOf(measures, header) - 1] = value;
      }
    });
    if (sheet.role !== 'measures') return snapshot;
    const numberFormats = snapshot.values.map((line) => line.map(() => 'General'));
    for (const [name, cells] of Object.entries(formats)) {
      for (const [header, format] of Object.entries(cells)) numberFormats[rowNamed(measures, name) - 1][columnOf(measures, header) - 1] = format;
    }
    return { ...snapshot, numberFormats };
  });
}

describe('确认人和确认时间：人写的字，重新生成后按指标保留', () => {
  const first = run(guannanLines());

  it('指标测算在确认状态右边有确认人、确认时间两列，首次生成为空', () => {
    const measures = sheetByRole(first.plan, 'measures');
    const confirmed = columnOf(measures, '确认状态');
    expect(columnOf(measures, '确认人')).toBe(confirmed + 1);
    expect(columnOf(measures, '确认时间')).toBe(confirmed + 2);
    expect(valueAt(measures, UNCLEAR, '确认人')).toBeNull();
    expect(valueAt(measures, UNCLEAR, '确认时间')).toBeNull();
  });

  it('窗格写的三格、领导手填的状态和姓名、只填了姓名的行：重跑后原样保留，都是文字，从不写成公式', () => {
    const second = run(
      guannanLines(),
      typedInto(first, {
        [UNCLEAR]: { 确认状态: '已完成', 确认人: '张三', 确认时间: '2026-12-08 08:40' },
        // A leader chose 滞后 in the drop-down and typed a name, without the pane: the name is theirs, kept.
        [TYPED]: { 确认状态: '滞后', 确认人: '李四（分管副局长）' },
        [NAME_ONLY]: { 确认人: '=HYPERLINK("http://example.com","点我")' },
      }),
    );
    const measures = sheetByRole(second.plan, 'measures');
    expect(valueAt(measures, UNCLEAR, '确认人')).toEqual({ kind: 'text', text: '张三' });
    expect(valueAt(measures, UNCLEAR, '确认时间')).toEqual({ kind: 'text', text: '2026-12-08 08:40' });
    expect(valueAt(measures, TYPED, '确认状态')).toEqual({ kind: 'text', text: '滞后' });
    expect(valueAt(measures, TYPED, '确认人')).toEqual({ kind: 'text', text: '李四（分管副局长）' });
    expect(valueAt(measures, TYPED, '确认时间')).toBeNull();
    expect(valueAt(measures, NAME_ONLY, '确认人')).toEqual({ kind: 'text', text: '=HYPERLINK("http://example.com","点我")' });

    const [item] = confirmationItems(second.table, second.results, second.plan);
    expect(item).toMatchObject({ name: UNCLEAR, confirmed: 'completed', by: '张三', at: '2026-12-08 08:40' });
  });

  it('确认时间里手填的日期（Excel 存为日期序号）读回为日期文字，不变成 46364', () => {
    const second = run(
      guannanLines(),
      typedInto(first, { [TYPED]: { 确认状态: '滞后', 确认时间: 46364 }, [UNCLEAR]: { 确认时间: 46364.5 }, [NAME_ONLY]: { 确认时间: 12 } }, {
        [TYPED]: { 确认时间: 'yyyy-mm-dd' },
        [UNCLEAR]: { 确认时间: 'yyyy/m/d h:mm' },
      }),
    );
    const measures = sheetByRole(second.plan, 'measures');
    expect(valueAt(measures, TYPED, '确认时间')).toEqual({ kind: 'text', text: '2026-12-08' });
    expect(valueAt(measures, UNCLEAR, '确认时间')).toEqual({ kind: 'text', text: '2026-12-08 12:00' });
    // A plain number is no date: kept as the figure typed.
    expect(valueAt(measures, NAME_ONLY, '确认时间')).toEqual({ kind: 'text', text: '12' });
  });

  it('指标没了：确认人和确认时间随确认状态一起留在表下，下次指标回来还能找回', () => {
    const typed = typedInto(first, { [TYPED]: { 确认状态: '滞后', 确认人: '李四', 确认时间: '2026-12-08 09:00' } });
    const without = run(
      guannanLines().filter((line) => !('name' in line) || line.name !== TYPED),
      typed,
    );
    const measures = sheetByRole(without.plan, 'measures');
    const aside = measures.rows.findIndex((line) => line.some((cell) => cell?.kind === 'text' && cell.text === '李四')) + 1;
    expect(aside).toBeGreaterThan(0);
    expect(cellOf(measures, aside, columnOf(measures, '确认状态'))).toEqual({ kind: 'text', text: '滞后' });
    expect(cellOf(measures, aside, columnOf(measures, '确认时间'))).toEqual({ kind: 'text', text: '2026-12-08 09:00' });
    expect(cellOf(measures, aside, columnOf(measures, '指标名称'))).toEqual({ kind: 'text', text: TYPED });

    const back = run(guannanLines(), without.plan.sheets.map((sheet, i) => planAsSnapshot(sheet, i + 1)));
    const again = sheetByRole(back.plan, 'measures');
    expect(valueAt(again, TYPED, '确认人')).toEqual({ kind: 'text', text: '李四' });
    expect(valueAt(again, TYPED, '确认时间')).toEqual({ kind: 'text', text: '2026-12-08 09:00' });
  });

  it('一次确认写三格：状态、确认人（没有姓名就留空，不猜）、确认时间', () => {
    const [item] = confirmationItems(first.table, first.results, first.plan);
    expect(confirmationWrite(item, 'completed', '张三 ', '2026-12-08 08:40')).toEqual({ cell: item.cell, texts: ['已完成', '张三', '2026-12-08 08:40'] });
    expect(confirmationWrite(item, 'behind', null, '2026-12-08 08:41').texts).toEqual(['滞后', '', '2026-12-08 08:41']);
    expect(confirmationTimeText(new Date(2026, 11, 8, 8, 5))).toBe('2026-12-08 08:05');
  });

  it('总览一句话说确认了几项、各是谁确认的；没填确认人的照实说，没有确认就不写这一句', () => {
    const overviewText = (plan: ReturnType<typeof run>['plan']) =>
      sheetByRole(plan, 'overview')
        .rows.flat()
        .flatMap((cell) => (cell?.kind === 'text' ? [cell.text] : []));
    expect(overviewText(first.plan).some((text) => text.includes('已人工确认'))).toBe(false);
    const second = run(
      guannanLines(),
      typedInto(first, {
        [UNCLEAR]: { 确认状态: '已完成', 确认人: '张三', 确认时间: '2026-12-08 08:40' },
        [TYPED]: { 确认状态: '滞后', 确认人: '张三' },
        [NAME_ONLY]: { 确认状态: '已完成' },
        // A name with no status is no confirmation, and not counted.
        新建过千万元项目档案: { 确认人: '李四' },
      }),
    );
    expect(overviewText(second.plan)).toContain('截至生成时已人工确认3项（张三2项、未填确认人1项）');
  });
});
