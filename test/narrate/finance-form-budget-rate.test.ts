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

describe('资金块只写年初预算，支出超过它（年中追加过）：汇报稿写年初预算数，全年预算数留待补充，不写执行率', () => {
  const form: SheetSpec = {
    name: 'Sheet1',
    rows: [
      ['2023年部门整体绩效目标自评表'],
      ['单位名称', '某县文化和旅游委员会'],
      ['资金情况(万元)', null, '年初预算资金总额(万元)', '实际投入资金额(万元)', '产生差异的原因'],
      [null, '合计', 300, 420, '追加文旅活动经费'],
      ['三级指标', '指标权重', '计量单位', '指标值', '全年实际完成值'],
      ['接待游客人次', 50, '万人次', 120, 131],
      ['新增A级景区', 50, '个', 2, 2],
    ],
  };

  it('“年初预算数300万元，全年预算数【待补充】，全年执行数420万元”，没有“预算执行率140%”', () => {
    const text = draft(form);
    expect(text).toContain('年初预算数300万元，全年预算数【待补充】，全年执行数420万元');
    expect(text).not.toContain('预算执行率');
  });

  it('不变：写了全年预算数的照写“全年预算数…”', () => {
    expect(draft(withBudgetRow(1843.2, 0.96))).not.toContain('年初预算数');
  });
});
