import type { CellValue, MergeArea } from '../../src/core/model';
import { recognize } from '../../src/core/recognize';
import { area, workbookOf } from './build-snapshot';

/**
 * A plan (tasks, who, by when; nothing reported yet) is a table of sentences when its items state their goals as
 * sentences (地区生产总值增长6.5%左右。) on half of its rows or more; short tasks with a count (完成危房改造30户) are
 * names, and a scoring sheet's items (87%以上计7分) are scoring rules. Made-up tables of those kinds.
 */

function layoutOf(rows: readonly (readonly CellValue[])[], merges: readonly MergeArea[] = []) {
  const { table } = recognize(workbookOf('t.xlsx', [{ name: 'Sheet1', rows, merges }]));
  if (table === null) throw new Error('no table was read');
  return table.layoutClass;
}

describe('计划表的版式', () => {
  it('任务写成带数的句子（主要预期目标）：sentence', () => {
    expect(layoutOf([
      ['序号', '重点工作任务', '牵头单位', '配合单位'],
      [1, '地区生产总值增长6%左右。', '发改委', '各部门'],
      [2, '一般公共预算收入增长4.5%,税收占比稳定在七成以上。', '财政局', '税务局'],
      [3, '城镇新增就业3000人以上,城镇调查失业率控制在5.5%以内。', '人社局', '各乡镇'],
      [4, '深化营商环境改革,优化政务服务。', '数据局', '各部门'],
    ])).toBe('sentence');
  });

  it('短任务里带个数（完成危房改造30户）：仍是一行一个指标', () => {
    expect(layoutOf([
      ['序号', '工作任务', '责任单位', '完成时限'],
      [1, '完成农村危房改造30户', '住建局', '2026年9月'],
      [2, '新建村级卫生室5个', '卫健局', '2026年10月'],
      [3, '组织技能培训4期', '人社局', '2026年11月'],
      [4, '推进工业园区标准厂房建设', '经发局', '2026年12月'],
    ])).toBe('breakdown');
  });

  it('考核计分表（考核内容|标准分，还没打分）：句中的数是计分规则，不是 sentence', () => {
    expect(layoutOf([
      ['考核项目', '考核内容', '标准分'],
      ['党建工作', '党员学习教育参学率达到90%以上计5分,每低5个百分点扣1分。', '5分'],
      [null, '按期召开组织生活会,少开一次扣2分。', '4分'],
      ['产业发展', '村集体经济收入增长10%以上计6分,未增长不得分。', '6分'],
      [null, '新发展特色种养大户3户以上计4分,每少1户扣1分。', '4分'],
    ], [area('A2:A3'), area('A4:A5')])).not.toBe('sentence');
  });
});

describe('计划表名称里的目标', () => {
  function plan(rows: readonly (readonly CellValue[])[]) {
    const recognition = recognize(workbookOf('t.xlsx', [{ name: 'Sheet1', rows }]));
    if (recognition.table === null) throw new Error('no table was read');
    return recognition;
  }

  it('计划表（还没有完成情况）里名称中唯一带单位的数是目标：推算得来，并逐行询问', () => {
    const r = plan([
      ['序号', '重点工作', '责任单位', '完成时限'],
      [1, '新建2座人行天桥。', '住建局', '9月底前'],
      [2, '完成棚户区改造2836户', '住建局', '12月底前'],
      [3, '启动县图书馆新馆建设', '文旅局', '12月底前'],
      [4, '新建幼儿园2所、小学1所', '教育局', '12月底前'],
    ]);
    const targets = r.table!.indicators.map((i) => (i.target ? [i.target.value, i.unit, i.target.derived, i.target.confidence] : null));
    expect(targets).toEqual([[2, '座', true, 0.6], [2836, '户', true, 0.6], null, null]);
    expect(r.questions.filter((q) => q.kind === 'row').map((q) => q.kind === 'row' && q.row)).toEqual([2, 3]);
  });

  it('考核计分表（有标准分）名称里的“计4分”不是目标', () => {
    const r = plan([
      ['考核项目', '考核内容', '标准分'],
      ['党建工作', '按期召开组织生活会计4分', '4分'],
      ['产业发展', '新发展特色种养大户3户', '6分'],
    ]);
    expect(r.table!.indicators.map((i) => i.target)).toEqual([null, null]);
  });
});
