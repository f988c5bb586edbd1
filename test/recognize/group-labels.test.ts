import { recognize } from '../../src/core/recognize';
import { sentenceGroup } from '../../src/core/recognize/group-labels';
import type { Indicator } from '../../src/core/model';
import { area, workbookOf } from './build-snapshot';

/*
 * Issue 18, calibration: a group title is a few words; a level of a row's path written as a sentence (…建设。) is a
 * task's own words taken for its group. Each row filed under one is flagged (a warning on the row, 校验结果 shows it),
 * so the path is not taken silently; paths of short titles are not flagged.
 */

const withPath = (path: string[]): Indicator => ({ path } as unknown as Indicator);

describe('分组写成一句话：该行的分组存疑', () => {
  it('以句号、分号结尾的一级是句子；短语、带编号的标题、带分值的标题不是', () => {
    expect(sentenceGroup(withPath(['推进县级图书馆总分馆制建设。']))).toBe('推进县级图书馆总分馆制建设。');
    expect(sentenceGroup(withPath(['一、稳增长', '工业产值增长8%左右；']))).toBe('工业产值增长8%左右；');
    expect(sentenceGroup(withPath(['一、稳增长', '（一）工业']))).toBeNull();
    expect(sentenceGroup(withPath(['产出指标(50分)', '数量指标']))).toBeNull();
    expect(sentenceGroup(withPath([]))).toBeNull();
  });

  const rows = (groups: [string, string]) => [
    ['类别', '工作任务', '责任单位', '完成时限'],
    [groups[0], '全年开展送戏下乡80场', '县文旅局', '2024年12月'],
    [null, '新建农家书屋5个', '县文旅局', '2024年10月'],
    [groups[1], '查办文化市场案件不少于6件', '县文化执法大队', '2024年12月'],
    [null, '开展专项整治行动3次', '县文化执法大队', '2024年11月'],
  ];

  it('合并的类别格写的是一句任务（以句号结尾）：其下各行各有一条警告', () => {
    const r = recognize(workbookOf('任务', [{ name: 'Sheet1', rows: rows(['抓好公共文化服务体系建设。', '净化文化市场环境。']), merges: [area('A2:A3'), area('A4:A5')] }]));
    const flagged = r.issues.filter((i) => i.code === 'recognize-group-sentence');
    expect(r.table!.indicators.map((i) => i.path[0])).toEqual(['抓好公共文化服务体系建设。', '抓好公共文化服务体系建设。', '净化文化市场环境。', '净化文化市场环境。']);
    expect(flagged.map((i) => [i.severity, i.indicatorRow])).toEqual([['warning', 2], ['warning', 3], ['warning', 4], ['warning', 5]]);
  });

  it('类别是短语：不警告', () => {
    const r = recognize(workbookOf('任务', [{ name: 'Sheet1', rows: rows(['公共文化服务', '文化市场管理']), merges: [area('A2:A3'), area('A4:A5')] }]));
    expect(r.table!.indicators.map((i) => i.path[0])).toEqual(['公共文化服务', '公共文化服务', '文化市场管理', '文化市场管理']);
    expect(r.issues.filter((i) => i.code === 'recognize-group-sentence')).toEqual([]);
  });
});
