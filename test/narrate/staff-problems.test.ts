import type { ReportBlock } from '../../src/core/model';
import { runPipeline } from '../../src/core/pipeline';
import { workbookOf } from '../recognize/build-snapshot';

const HEADER = ['序号', '重点工作', '目标任务', '推进情况', '完成时限', '责任单位', '存在问题'];

/**
 * A bureau's task list as departments keep it: 推进情况 and, beside it, 存在问题 (column G). 高标准农田建设 is
 * due 2025-08-31, before the report date, so half done is 滞后 (issue 19: a deadline still to come would not be).
 */
const ROWS: (string | number | null)[][] = [
  [1, '高标准农田建设', '建成高标准农田2万亩', '已建成1万亩', '2025年8月31日', '农田建设股', '资金到位慢'],
  [2, '农村人居环境整治', '完成20个村整治任务', '已完成20个村，全部通过验收', '2025年9月30日', '农村社会事业股', null],
  [3, '智慧农业平台建设', '年底前建成并投入使用', '尚未启动', '2025年6月30日', '信息股', '存在问题：项目资金5000万元尚未到位。'],
  [4, '农产品品牌培育', '年底前完成品牌认证', '尚未启动', '2025年6月30日', '市场股', null],
  [5, '农机安全监管', '年底前完成全县农机年检', '尚未启动', '2025年6月30日', '农机股', '无'],
];

function draftOf(header: readonly string[], rows: readonly (string | number | null)[][]) {
  const snapshot = workbookOf('农业农村局重点工作', [{ name: 'Sheet1', rows: [['2025年县农业农村局重点工作任务推进情况表'], [...header], ...rows.map((row) => [...row])] }]);
  const outcome = runPipeline(snapshot, { generatedAt: '2025-10-01T00:00:00Z', asOf: '2025-09-30' });
  if (!outcome.recognition.table || !outcome.report) throw new Error('no table read');
  return { table: outcome.recognition.table, results: outcome.results!, blocks: outcome.report.blocks };
}

function plain(block: ReportBlock): string {
  return block.runs.map((run) => run.text).join('');
}

/** The paragraph led by the indicator's name (1.高标准农田建设：…). */
function paragraphOf(blocks: readonly ReportBlock[], name: string): ReportBlock {
  const found = blocks.find((block) => block.kind === 'paragraph' && block.lead?.text.includes(name));
  if (!found) throw new Error(`no paragraph for ${name}`);
  return found;
}

describe('工作人员写的“存在问题”进入汇报稿：滞后的事项写明问题，只留下一步措施待补充', () => {
  const { table, results, blocks } = draftOf(HEADER, ROWS);
  const statusOf = (name: string) => results.indicators.find((r) => r.row === table.indicators.find((i) => i.name.value === name)!.row)!.status;

  it('“存在问题”一列自成一栏，不再顶替推进情况', () => {
    expect(table.columns.progressText?.letter).toBe('D');
    expect(table.columns.problems?.letter).toBe('G');
    expect(table.indicators.find((i) => i.name.value === '高标准农田建设')!.problems).toEqual({ value: '资金到位慢', cell: { sheet: 'Sheet1', row: 3, col: 7 } });
  });

  it('滞后且写了存在问题：照录其文字，占位只问下一步措施', () => {
    expect(statusOf('高标准农田建设')).toBe('behind');
    const text = plain(paragraphOf(blocks, '高标准农田建设'));
    expect(text).toContain('已建成1万亩，存在问题：资金到位慢，【待补充：下一步措施】');
    expect(text).not.toContain('滞后原因');
  });

  it('问题里的数字是指向“存在问题”那一格的数字，自带的“存在问题：”不重复', () => {
    expect(statusOf('智慧农业平台建设')).toBe('behind');
    const paragraph = paragraphOf(blocks, '智慧农业平台建设');
    expect(plain(paragraph)).toContain('尚未启动，存在问题：项目资金5000万元尚未到位，【待补充：下一步措施】');
    expect(plain(paragraph)).not.toContain('存在问题：存在问题');
    const figure = paragraph.runs.find((run) => run.kind === 'number' && run.text === '5000万元');
    expect(figure).toMatchObject({ kind: 'number', value: 5000, unit: '万元', sources: [{ sheet: 'Sheet1', row: 5, col: 7 }] });
    expect(paragraph.runs.filter((run) => run.kind === 'placeholder').map((run) => run.text)).toEqual(['【待补充：下一步措施】']);
  });

  it('滞后而存在问题空着或只写“无”：仍问滞后原因及下一步措施，不编原因', () => {
    expect(statusOf('农产品品牌培育')).toBe('behind');
    expect(plain(paragraphOf(blocks, '农产品品牌培育'))).toContain('尚未启动，【待补充：滞后原因及下一步措施】');
    expect(statusOf('农机安全监管')).toBe('behind');
    const text = plain(paragraphOf(blocks, '农机安全监管'));
    expect(text).toContain('尚未启动，【待补充：滞后原因及下一步措施】');
    expect(text).not.toContain('存在问题');
  });

  it('没有写存在问题的表，汇报稿与没有这一列时一字不差', () => {
    const blank = ROWS.map((row) => [...row.slice(0, 6), null]);
    const without = draftOf(HEADER.slice(0, 6), ROWS.map((row) => row.slice(0, 6)));
    expect(draftOf(HEADER, blank).blocks.map(plain)).toEqual(without.blocks.map(plain));
  });
});
