import { compute } from '../../src/core/compute';
import { layout } from '../../src/core/layout';
import type { OutputPlan, SheetSnapshot, WorkbookSnapshot } from '../../src/core/model';
import { buildTable, guannanLines, type Line } from '../compute/measure-table';
import { planAsSnapshot } from './plan-as-snapshot';
import { columnOf, rowNamed, sheetByRole, shown, valueAt } from './plan-reading';

function run(lines: readonly Line[], otherSheets: SheetSnapshot[] = []): { plan: OutputPlan; snapshot: WorkbookSnapshot } {
  const built = buildTable(lines, { otherSheets });
  const results = compute(built.table, []);
  return { plan: layout({ snapshot: built.snapshot, table: built.table, issues: [], results, report: null, generatedAt: '2009-07-01T04:00:00.000Z' }), snapshot: built.snapshot };
}

/** The generated sheets as a rerun reads them, with a leader's comment typed beside one indicator. */
function outputWithComment(plan: OutputPlan, name: string, comment: string): SheetSnapshot[] {
  return plan.sheets.map((sheet, i) =>
    planAsSnapshot(sheet, i + 1, (values) => {
      if (sheet.role !== 'measures') return;
      values[rowNamed(sheet, name) - 1][columnOf(sheet, '审阅意见') - 1] = comment;
    }),
  );
}

describe('重新生成时保留审阅意见', () => {
  const first = run(guannanLines()).plan;
  const output = outputWithComment(first, '督查重点项目', '请说明滞后原因');

  it('意见回到同一指标旁边', () => {
    const measures = sheetByRole(run(guannanLines(), output).plan, 'measures');
    expect(shown(valueAt(measures, '督查重点项目', '审阅意见'))).toBe('请说明滞后原因');
    const others = measures.rows.filter((line) => shown(line[columnOf(measures, '审阅意见') - 1] ?? null) === '请说明滞后原因');
    expect(others).toHaveLength(1);
  });

  it('源表插入一行后，意见仍跟着指标走，而不是跟着行号', () => {
    const shifted: Line[] = [{ name: '新增的一项', target: 1, actual: 1 }, ...guannanLines()];
    const measures = sheetByRole(run(shifted, output).plan, 'measures');
    expect(shown(valueAt(measures, '督查重点项目', '审阅意见'))).toBe('请说明滞后原因');
  });

  it('指标被删掉时，意见不丢，列在表下“未能对应”处，下次还能带下去', () => {
    const without = guannanLines().filter((line) => !('name' in line) || line.name !== '督查重点项目');
    const second = run(without, output).plan;
    const measures = sheetByRole(second, 'measures');
    const reviewCol = columnOf(measures, '审阅意见');
    const kept = measures.rows.findIndex((line) => shown(line[reviewCol - 1] ?? null) === '请说明滞后原因');
    expect(kept).toBeGreaterThan(0);
    expect(measures.rows.some((line) => String(shown(line[0] ?? null)).startsWith('以下审阅意见和确认状态未能对应'))).toBe(true);
    // Put the indicator back: the comment finds its way home from the kept-aside list.
    const third = sheetByRole(run(guannanLines(), second.sheets.map((sheet, i) => planAsSnapshot(sheet, i + 1))).plan, 'measures');
    expect(shown(valueAt(third, '督查重点项目', '审阅意见'))).toBe('请说明滞后原因');
  });

  it('上次生成的表被替换（按标记找到），不是按名称', () => {
    const second = run(guannanLines(), output).plan;
    expect([...second.removeSheets].sort()).toEqual(first.sheets.map((sheet) => sheet.name).sort());
  });
});

describe('个人自建的“汇总”表', () => {
  const own: SheetSnapshot = { name: '汇总', visible: true, position: 1, values: [['科室自己的汇总'], ['合计', 12]], formulas: [], numberFormats: [], merges: [] };
  const { plan } = run(guannanLines(), [own]);

  it('不被删除，生成的汇总表另起名，总览的公式指向生成的那张', () => {
    expect(plan.removeSheets).not.toContain('汇总');
    const summary = sheetByRole(plan, 'summary');
    expect(summary.name).toBe('汇总（2）');
    expect(plan.sheets.map((sheet) => sheet.name)).not.toContain('汇总');
    const overview = sheetByRole(plan, 'overview');
    const formulas = overview.rows.flat().flatMap((value) => (value?.kind === 'formula' ? [value.formula] : []));
    expect(formulas.length).toBeGreaterThan(0);
    expect(formulas.every((formula) => !/(^|[^（])汇总!/.test(formula))).toBe(true);
    expect(formulas.some((formula) => formula.includes("'汇总（2）'!") || formula.includes('汇总（2）!'))).toBe(true);
  });
});
