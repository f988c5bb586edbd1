import { recognize, CONFIDENCE_THRESHOLD } from '../../src/core/recognize';
import type { Recognition } from '../../src/core/recognize';
import { area, workbookOf } from './build-snapshot';

/*
 * Issue 18, calibration: a table shown to be misread in one place (a column whose figures are orders apart from
 * another of the same measure; rows filed under groups written as sentences) is doubtful wherever its reading rests
 * on weak evidence — a keyword of the header, or the values alone — so those columns are asked about too. A table
 * with no such evidence is asked nothing more, however weak its readings.
 */

const statistics = (lastYear: readonly number[]): Recognition => recognize(workbookOf('表', [{ name: 'Sheet1', rows: [
  ['指标', '计量单位', '全年目标', '本年累计', '上年同期', '累计增减(%)', '牵头科室'],
  ['地区生产总值', '亿元', 6800, 3260.5, lastYear[0], 5.8, '综合科'],
  ['规模以上工业增加值', '亿元', 3000, 1480.2, lastYear[1], 7.1, '工业科'],
  ['社会消费品零售总额', '亿元', 2500, 1210.8, lastYear[2], 6.4, '商贸科'],
  ['一般公共预算收入', '亿元', 420, 215.3, lastYear[3], 4.9, '财政科'],
] }]));

describe('一处已见读错，整张表凭弱证据读的列都要问', () => {
  it('“上年同期”与累计差着数量级：除该列外，凭关键词读的增减列、凭数值读的名称列也问；表头字字对上的列不问', () => {
    const r = statistics([5.8, 7.1, 6.4, 4.9]);
    expect([...r.unsure].sort()).toEqual(['growth', 'lastYear', 'name']);
    expect(r.table!.columns.growth!.confidence).toBeLessThan(CONFIDENCE_THRESHOLD);
    expect(r.table!.columns.target!.confidence).toBe(1);
    expect(r.questions.filter((q) => q.kind === 'column').map((q) => (q.kind === 'column' ? q.letter : '')).sort()).toEqual(['A', 'E', 'F']);
  });

  it('同一张表，上年同期与累计相称：一列也不问（弱证据本身不是疑点）', () => {
    const r = statistics([3080, 1380, 1140, 205]);
    expect(r.unsure).toEqual([]);
    expect(r.questions).toEqual([]);
  });

  it('两行以上归在写成句子的分组下：凭数值读的列也问', () => {
    const rows = (groups: [string, string]) => [
      ['类别', '工作任务', '单位', '全年目标', '1-6月完成情况', '责任单位'],
      [groups[0], '全年开展送戏下乡', '场', 80, 46, '县文旅局'],
      [null, '新建农家书屋', '个', 5, 2, '县文旅局'],
      [groups[1], '查办文化市场案件', '件', 6, 4, '县文化执法大队'],
      [null, '开展专项整治行动', '次', 3, 1, '县文化执法大队'],
    ];
    const sentences = recognize(workbookOf('任务', [{ name: 'Sheet1', rows: rows(['抓好公共文化服务体系建设。', '净化文化市场环境。']), merges: [area('A2:A3'), area('A4:A5')] }]));
    const phrases = recognize(workbookOf('任务', [{ name: 'Sheet1', rows: rows(['公共文化服务', '文化市场管理']), merges: [area('A2:A3'), area('A4:A5')] }]));
    // The names and the 完成情况 column are read from their values; the rest word for word.
    expect(phrases.unsure).toEqual([]);
    expect(phrases.questions).toEqual([]);
    expect([...sentences.unsure].sort()).toEqual(['actual', 'name']);
    expect(sentences.table!.columns.target!.confidence).toBe(1);
  });
});
