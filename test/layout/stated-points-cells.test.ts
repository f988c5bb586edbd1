import { runPipeline } from '../../src/core/pipeline';
import type { OutputPlan } from '../../src/core/model';
import { shownValue } from '../../src/core/model';
import { workbookOf } from '../recognize/build-snapshot';
import { columnOf, rowNamed, sheetByRole, valueAt } from './plan-reading';

/**
 * 指标测算 and 总览 for a change written in percentage points: the 同比增幅 cell shows it as text (a change in
 * points is no growth rate, and words never become a formula), and the note column and the cell's own note quote
 * the words with their cell. Rows are made up.
 */

function planOf(rows: readonly (readonly (string | number)[])[]): OutputPlan {
  const header = ['序号', '指标', '单位', '目标值', '完成值', '上年同期', '完成情况说明'];
  const snapshot = workbookOf('百分点', [{ name: 'Sheet1', rows: [['2025年主要指标上半年完成情况'], header, ...rows] }]);
  return runPipeline(snapshot, { generatedAt: '2025-07-01T00:00:00Z' }).plan;
}

describe('指标测算：以百分点写的变化', () => {
  const plan = planOf([
    [1, '常住人口城镇化率', '%', 61, '提升2.1个百分点', '', ''],
    [2, '研发经费投入强度', '%', 2.8, '达到2.6%，同比提高0.15个百分点', '', ''],
    [3, '规上工业企业亏损面', '%', 12, '下降0.3个百分点', '', ''],
    [4, '新增城镇就业', '人', 5000, 3100, 2900, '开展招聘会8场'],
    [5, '规上工业增加值', '亿元', 120, '完成65亿元，增长6.2%，占全市比重提高0.4个百分点', '', ''],
  ]);
  const measures = sheetByRole(plan, 'measures');

  it('“同比增幅”写成文字（提高2.1个百分点、下降0.3个百分点），不是公式也不是百分数', () => {
    expect(valueAt(measures, '常住人口城镇化率', '同比增幅')).toEqual({ kind: 'text', text: '提高2.1个百分点' });
    expect(valueAt(measures, '研发经费投入强度', '同比增幅')).toEqual({ kind: 'text', text: '提高0.15个百分点' });
    expect(valueAt(measures, '规上工业企业亏损面', '同比增幅')).toEqual({ kind: 'text', text: '下降0.3个百分点' });
    // A row with last year's figure keeps its live growth formula.
    expect(valueAt(measures, '新增城镇就业', '同比增幅')).toMatchObject({ kind: 'formula' });
  });

  it('测算说明和单元格批注照录原话并注明来源单元格，标明是从文字读出的', () => {
    const note = shownValue(valueAt(measures, '常住人口城镇化率', '测算说明'));
    expect(note).toContain('“提高2.1个百分点”据填报文字“提升2.1个百分点”（Sheet1!E3）');
    expect(note).toContain('以文字写入');
    const row = rowNamed(measures, '研发经费投入强度');
    const onCell = measures.notes.find((item) => item.row === row && item.col === columnOf(measures, '同比增幅'));
    expect(onCell?.text).toContain('同比提高0.15个百分点”（Sheet1!E4）');
  });

  it('已有增幅的行：同比增幅照旧是增幅，百分点的变化写在测算说明里', () => {
    expect(valueAt(measures, '规上工业增加值', '同比增幅')).toMatchObject({ kind: 'number', value: 0.062 });
    expect(shownValue(valueAt(measures, '规上工业增加值', '测算说明'))).toContain('填报文字另写有百分点的变化“占全市比重提高0.4个百分点”（Sheet1!E7）');
  });

  it('完成状态不据此推算：只有变化、没有完成值的为需人工确认，判断依据照录原话', () => {
    expect(shownValue(valueAt(measures, '常住人口城镇化率', '完成状态'))).toBe('需人工确认');
    expect(shownValue(valueAt(measures, '常住人口城镇化率', '判断依据'))).toBe('只报变化“提升2.1个百分点”，没有完成值');
  });

  it('总览的测算说明说明这一列照录百分点变化；表中没有这种变化时不写', () => {
    const lines = (p: OutputPlan) => sheetByRole(p, 'overview').rows.map((r) => String(shownValue(r[0] ?? null) ?? ''));
    expect(lines(plan).some((line) => line.includes('“同比增幅”列照录该变化'))).toBe(true);
    expect(lines(planOf([[1, '新增城镇就业', '人', 5000, 3100, 2900, '']])).some((line) => line.includes('照录该变化'))).toBe(false);
  });
});
