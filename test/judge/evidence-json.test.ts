import { analysisJson } from '../../src/core/contract/analysis-json';
import { runPipeline } from '../../src/core/pipeline';
import { workbookOf } from '../recognize/build-snapshot';

/** Issue 19: every status carries its 判断依据, and analyze --json shows it per indicator. */
const HEADER = ['序号', '重点工作', '目标任务', '推进情况', '完成时限', '责任单位'];
const ROWS: (string | number | null)[][] = [
  [1, '问题整改', '整改反馈问题20个', '整改问题20个，已整改16个，其余正在整改', '2025年3月31日', '督查股'],
  [2, '村级文化广场', '新建村级文化广场10个', '已建成3个，其余7个正在施工', '2025年12月31日', '文化股'],
  [3, '路灯节能改造', '全区路灯节能改造', '示范点已完成安装', '2025年12月31日', '城管股'],
  [4, '社区矫正', '社区矫正对象监管', '达到年度工作目标', '2025年12月31日', '司法所'],
  [5, '效能建设', '机关效能建设', '按要求做好相关工作', '2025年12月31日', '办公室'],
];

const outcome = runPipeline(workbookOf('重点工作', [{ name: 'Sheet1', rows: [['2025年重点工作推进情况表'], [...HEADER], ...ROWS.map((row) => [...row])] }]), {
  generatedAt: '2025-10-01T00:00:00Z',
  asOf: '2025-09-30',
});
const json = analysisJson(outcome);
const byName = (name: string) => json.indicators.find((indicator) => indicator.name === name)!;

describe('analyze --json：每个指标的状态带判断依据', () => {
  it('逾期的整改，其余正在整改：滞后，依据是比较的数字和时限', () => {
    expect(byName('问题整改')).toMatchObject({ status: 'behind', evidence: '完成16个／目标20个＝80%，完成时限2025-03-31已过' });
  });

  it('数字的依据写出比较：完成3个／目标10个', () => {
    expect(byName('村级文化广场').evidence).toBe('完成3个／目标10个＝30%，低于序时进度75%');
  });

  it('一个示范点不是整项任务', () => {
    expect(byName('路灯节能改造')).toMatchObject({ status: 'in-progress', evidence: '“示范点已完成安装”，只是“示范点”，不是整项任务' });
  });

  it('写明达到年度目标：已完成，依据是原话', () => {
    expect(byName('社区矫正')).toMatchObject({ status: 'completed', evidence: '“达到年度工作目标”' });
  });

  it('看不出的写法：需人工确认，依据为空', () => {
    expect(byName('效能建设')).toMatchObject({ status: 'unclear', evidence: '' });
  });

  it('每个不是“无从判断”的状态都有依据', () => {
    for (const indicator of json.indicators) if (indicator.status !== 'unclear' && indicator.status !== 'not-reported' && indicator.status !== 'no-data') expect(indicator.evidence).not.toBe('');
  });
});
