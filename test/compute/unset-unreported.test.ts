import { runsText, type CellValue } from '../../src/core/model';
import { runPipeline } from '../../src/core/pipeline';
import { workbookOf } from '../recognize/build-snapshot';

/**
 * A 考核指标 table with 单位 and 分值 and nothing else (real-frozen-12/123 示范区考核评价指标体系, /124 镇街考核
 * 基本指标): its rows read as 定量 with no target and no figure, so validation's missing-target made them 待核实,
 * and the draft said 完成数据待核实…核实后另行补报 of rows nobody had reported on. Nothing is in doubt: they are
 * 无数据, and the draft says nothing has been reported. Made-up tables.
 */
function run(rows: readonly (readonly CellValue[])[]) {
  const out = runPipeline(workbookOf('某市考核指标', [{ name: '指标', rows }]), { generatedAt: '2024-03-01T04:00:00.000Z' });
  const text = out.report!.blocks.map((b) => (b.kind === 'paragraph' && b.lead ? b.lead.text : '') + runsText(b.runs)).join('\n');
  return { statuses: out.results!.indicators.map((r) => r.status), totals: out.results!.totals, text };
}

describe('只有单位和分值、什么都没填报的定量指标', () => {
  const { statuses, totals, text } = run([
    ['某市2024年乡镇综合考核指标'],
    ['序号', '考核指标', '单位', '分值', '责任部门'],
    [1, '一般公共预算收入增长率', '%', 6, '市财政局'],
    [2, '规模以上工业增加值增速', '%', 6, '市工信局'],
    [3, '新增市场主体', '户', 4, '市市场监管局'],
  ]);

  it('计为无数据，不计待核实', () => {
    expect(statuses.every((status) => status === 'no-data' || status === 'not-reported')).toBe(true);
    expect(totals.pending ?? 0).toBe(0);
    expect(totals.noData).toBe(3);
  });

  it('汇报稿说尚未填报，不说“完成数据待核实”“核实后另行补报”', () => {
    expect(text).toContain('3项均尚未填报完成情况');
    expect(text).not.toMatch(/完成数据待核实|核实后另行补报|本项，/);
    expect(text).toContain('一般公共预算收入增长率：完成情况尚未填报【待补充：完成情况】');
  });
});

describe('不变：有数没有目标的仍计待核实', () => {
  it('只填了增速的行', () => {
    const { statuses } = run([
      ['某市2024年1-6月乡镇指标'],
      ['序号', '考核指标', '单位', '增长(%)', '责任部门'],
      [1, '一般公共预算收入', '万元', 6.5, '市财政局'],
      [2, '规模以上工业增加值', '亿元', -1.2, '市工信局'],
    ]);
    expect(statuses.every((status) => status === 'pending')).toBe(true);
  });
});
