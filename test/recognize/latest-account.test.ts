import type { CellValue, MergeArea } from '../../src/core/model';
import { recognize } from '../../src/core/recognize';
import { readHeader } from '../../src/core/recognize/header-vocabulary';
import { area, workbookOf } from './build-snapshot';

/**
 * Progress reports keep last period's account beside this one (1-10月推进情况 · 1-11月推进情况; 进展情况 › 一季度 …
 * 四季度; 进展情况(7月) · (10月) · (12月)): the latest is the report's own. And a column the name is merged over on
 * every row gives nothing of its own. Made-up tables of those kinds.
 */

function read(rows: readonly (readonly CellValue[])[], merges: readonly MergeArea[] = []) {
  const { table } = recognize(workbookOf('t.xlsx', [{ name: 'Sheet1', rows, merges }]));
  if (table === null) throw new Error('no table was read');
  return table;
}

describe('几期进展并列：最新一期是本期的完成情况说明', () => {
  it('“1-8月进展”“1-9月进展”“备注说明”：取1-9月', () => {
    const table = read([
      ['序号', '重点任务', '牵头单位', '1-8月工作进展', '1-9月工作进展', '说明'],
      [1, '新建城市公园两处', '城管局', '完成设计', '完成招标,已进场施工', null],
      [2, '改造老旧小区12个', '住建局', '完成4个', '完成7个', '受雨季影响'],
    ]);
    expect(table.columns.progressText?.letter).toBe('E');
  });

  it('“推进情况”下分一季度至四季度：四季度一栏是本期说明，不是完成数', () => {
    expect(readHeader(['推进情况', '二季度']).guesses[0]?.field).toBe('progressText');
    expect(readHeader(['完成情况', '1—6月']).guesses[0]?.field).toBe('actual');
    const table = read([
      ['实事项目', '责任单位', '推进情况', null, null, null],
      [null, null, '一季度', '二季度', '三季度', '四季度'],
      ['新建社区食堂10家', '民政局', '完成选址', '建成3家', '建成7家', '建成10家,全面完成'],
      ['改造农贸市场5个', '商务局', '完成设计', '开工2个', '完工3个', '完工5个'],
    ], [area('A1:A2'), area('B1:B2'), area('C1:F1')]);
    expect(table.columns.progressText?.letter).toBe('F');
    expect(table.columns.actual).toBeUndefined();
  });

  it('“进展情况(6月)”“进展情况(12月)”：只写月份也按最新一期', () => {
    const table = read([
      ['项目名称', '内容', '牵头单位', '进展情况(6月)', '进展情况(12月)'],
      ['助餐服务', '新建老年助餐点20个', '民政局', '建成9个', '建成22个,超额完成'],
      ['适老化改造', '改造困难老人家庭300户', '民政局', '改造120户', '改造310户'],
    ]);
    expect(table.columns.progressText?.letter).toBe('E');
  });
});

describe('名称合并覆盖的列没有自己的内容', () => {
  it('“主要任务”每行都合并到“全年目标任务”：目标列不另读', () => {
    const table = read([
      ['序号', '主要任务', '全年目标任务', '牵头单位', '推进情况'],
      [1, '新建口袋公园20个。', null, '园林局', '已建成12个'],
      [2, '改造背街小巷30条。', null, '城管局', '已完成18条'],
      [3, '新增公共停车泊位2000个。', null, '交通局', '已新增1500个'],
    ], [area('B2:C2'), area('B3:C3'), area('B4:C4')]);
    expect(table.columns.name?.letter).toBe('B');
    expect(table.columns.target).toBeUndefined();
  });

  it('只有部分行合并时，目标列照读', () => {
    const table = read([
      ['序号', '主要任务', '全年目标任务', '牵头单位', '推进情况'],
      [1, '新建口袋公园', '20个', '园林局', '已建成12个'],
      [2, '改造背街小巷30条。', null, '城管局', '已完成18条'],
      [3, '新增公共停车泊位', '2000个', '交通局', '已新增1500个'],
    ], [area('B3:C3')]);
    expect(table.columns.target?.letter).toBe('C');
  });
});
