import { runPipeline } from '../../src/core/pipeline';
import { workbookOf } from '../recognize/build-snapshot';

/**
 * A result written only as a change in percentage points (提升2.1个百分点) is read, so it is no error and never
 * 未填报; but it is not the level the target asks for, so whether the target is met only a person can say. Made up.
 */

function outcomeOf(rows: readonly (readonly (string | number)[])[]) {
  const header = ['序号', '指标', '单位', '目标值', '完成值', '完成情况说明'];
  return runPipeline(workbookOf('百分点', [{ name: 'Sheet1', rows: [['2025年主要指标上半年完成情况'], header, ...rows] }]), { generatedAt: '2025-07-01T00:00:00Z' });
}

describe('只报百分点变化的定量指标', () => {
  const outcome = outcomeOf([
    [1, '常住人口城镇化率', '%', 61, '提升2.1个百分点', ''],
    [2, '规上工业企业亏损面', '%', 12, '同比回落0.4个百分点', '加强运行监测'],
    [3, '农村自来水普及率', '%', 98, '提高多个百分点', ''],
  ]);
  const statusOf = (row: number) => outcome.results!.indicators.find((r) => r.row === row);

  it('读出的变化不是“应填数字处不是数字”，行也不因此待核实', () => {
    const rowIssues = outcome.issues.filter((issue) => issue.cell?.row === 3 || issue.cell?.row === 4);
    expect(rowIssues.map((issue) => issue.code)).not.toContain('not-a-number');
    expect(statusOf(3)?.status).not.toBe('pending');
  });

  it('需人工确认，不是已完成也不是未填报；判断依据照录原话', () => {
    expect(statusOf(3)).toMatchObject({ status: 'unclear', evidence: '只报变化“提升2.1个百分点”，没有完成值' });
    expect(statusOf(4)).toMatchObject({ status: 'unclear', evidence: '只报变化“同比回落0.4个百分点”，没有完成值' });
  });

  it('没有读出变化的文字（提高多个百分点）照旧报告数字栏的问题', () => {
    expect(outcome.issues.some((issue) => issue.cell?.row === 5 && issue.cell.col === 5)).toBe(true);
  });
});
