import type { CellValue, IndicatorTable, MergeArea } from '../../src/core/model';
import { recognize } from '../../src/core/recognize';
import { readHeader } from '../../src/core/recognize/header-vocabulary';
import { area, workbookOf } from './build-snapshot';

/*
 * 说明 says only that words follow. Beside a column that names the progress (落实情况(1-8月), 推进情况（1-9月）,
 * 工作进展), a 说明 or 情况说明 column holds remarks — why a task lags, written on a few rows — and the progress is
 * the named column. Alone, 说明 is still read as the progress, as surely as before. Made-up tables in words other
 * than any published one.
 */

type Row = readonly CellValue[];

function read(rows: readonly Row[], merges: readonly MergeArea[] = []): IndicatorTable {
  const table = recognize(workbookOf('t.xlsx', [{ name: 'Sheet1', rows, merges }])).table;
  if (table === null) throw new Error('no table was read');
  return table;
}

describe('说明一栏与写明进展的一栏并列：进展是写明的那栏', () => {
  it('推进情况（1-9月） | 说明（只有滞后的行写了原因）：推进情况是完成情况说明', () => {
    const table = read([
      ['某县交通运输局2025年重点工作推进情况表（1-9月）'],
      ['序号', '重点工作', '责任科室', '推进情况（1-9月）', '说明'],
      [1, '完成农村公路提档升级工程', '公路股', '已完成路基施工,正在铺设路面。', null],
      [2, '新建城乡公交候车亭', '运输股', '已选址12处,尚未开工。', '资金未到位,招标推迟。'],
      [3, '开展道路运输安全专项整治', '安全股', '检查企业46家,整改隐患93处。', null],
      [4, '推进客运站改造', '规划股', '完成设计方案。', '用地手续仍在办理。'],
    ]);
    expect(table.columns.progressText?.letter).toBe('D');
    expect(table.indicators[1].progressText?.value).toBe('已选址12处,尚未开工。');
  });

  it('重点任务（合并）› 子任务 | 进展情况（截至10月） | 情况说明：进展是写明时段的那栏', () => {
    const table = read([
      ['重点任务', '子任务', '牵头单位', '进展情况（截至10月）', '情况说明'],
      ['提升城市管理水平', '①新建智慧停车泊位800个', '城管局', '已建成520个。', null],
      [null, '②改造背街小巷20条', '城管局', '完成14条,其余6条正在施工。', '雨季影响工期。'],
      [null, '③整治占道经营', '城管局', '清理占道摊点310处。', null],
    ], [area('A2:A4')]);
    expect(table.columns.progressText?.letter).toBe('D');
  });
});

describe('不能改的表', () => {
  it('只有一栏“说明”写进展：仍读作完成情况说明，且有把握（不问）', () => {
    const table = read([
      ['序号', '工作任务', '责任单位', '说明'],
      [1, '建成乡镇综合文化站3个', '文旅局', '已建成2个,第3个主体完工。'],
      [2, '举办全民健身赛事10场', '体育中心', '已举办7场。'],
      [3, '新增公共图书馆分馆5个', '图书馆', '已建成5个,全部开放。'],
    ]);
    expect(table.columns.progressText?.letter).toBe('D');
    expect(table.columns.progressText?.confidence).toBeGreaterThanOrEqual(0.75);
  });

  it('“完成情况说明”“进展说明”仍是有名的进展词，不降', () => {
    expect(readHeader(['完成情况说明']).guesses[0]).toMatchObject({ field: 'progressText', confidence: 1 });
    expect(readHeader(['进展说明']).guesses[0]).toMatchObject({ field: 'progressText', confidence: 1 });
  });
});
