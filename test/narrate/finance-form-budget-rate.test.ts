import { runsText } from '../../src/core/model';
import { runPipeline } from '../../src/core/pipeline';
import type { SheetSpec } from '../recognize/build-snapshot';
import { workbookOf } from '../recognize/build-snapshot';
import { LAYOUT_FIXTURES } from '../fixtures/layouts/specs';

/**
 * A 自评表 whose 执行率 cell does not follow from its own 预算数 and 执行数 (100% typed beside 1536 of 1920): the
 * draft states what the figures give and names the form's number for a person to check; it never adopts the
 * better-looking rate. When the two agree, the form's own rate is written as it shows.
 */
const spec = LAYOUT_FIXTURES.find((fixture) => fixture.file.startsWith('部门整体支出绩效自评表'));
if (spec === undefined) throw new Error('no fixture 部门整体支出绩效自评表');
const sheet = spec.sheets[0];

/** The fixture with the 年度总金额 row's 全年执行数 (E5) and 执行率 (G5) replaced. */
function withBudgetRow(spent: number, statedRate: number): SheetSpec {
  const rows = sheet.rows.map((row, i) => (i === 4 ? row.map((cell, c) => (c === 4 ? spent : c === 6 ? statedRate : cell)) : row));
  return { ...sheet, rows };
}

function draft(budgetSheet: SheetSpec): string {
  const { report } = runPipeline(workbookOf('部门整体支出绩效自评表', [budgetSheet]), { generatedAt: '2024-01-10T04:00:00.000Z' });
  return (report?.blocks ?? []).map((block) => runsText(block.runs)).join('\n');
}

describe('财政部自评表汇报稿的预算执行率', () => {
  it('表中执行率与执行数÷预算数不符：写算出的80%，并注明表中填写的100%待核实', () => {
    const text = draft(withBudgetRow(1536, 1));
    expect(text).toContain('预算执行率80%（表中填写100%，与执行数÷预算数不符，【待核实】）');
    expect(text).not.toMatch(/预算执行率100%/u);
  });

  it('两者相符（四舍五入之内）：照表中写的执行率，不加注', () => {
    const text = draft(withBudgetRow(1843.2, 0.96));
    expect(text).toContain('预算执行率96%');
    expect(text).not.toContain('表中填写');
  });
});
