import type { CellValue, MergeArea } from '../../src/core/model';
import { recognize } from '../../src/core/recognize';
import { area, workbookOf } from './build-snapshot';

/**
 * A plan table whose left column is headed by a word of two readings (指标: the indicator, or its target value) holds
 * short words merged down over the tasks beside it: those words group the tasks, they are no row's target. And rows
 * numbered 1, 2, 3 … in one run are siblings even where a row has nothing of its own beside its task (its 时限 and
 * 责任人 merged from the row above): none of them is a heading over the next. Made-up tables.
 */

function read(rows: readonly (readonly CellValue[])[], merges: readonly MergeArea[]) {
  const recognition = recognize(workbookOf('t.xlsx', [{ name: 'Sheet1', rows, merges }]));
  if (recognition.table === null) throw new Error('no table was read');
  return recognition.table;
}

describe('名称左边合并的短词是类别，不是目标', () => {
  it('指标 | 工作任务：合并的“指标”列是各任务的类别，任务句才是名称', () => {
    const table = read([
      ['序号', '指标', '工作任务', '完成时限', '责任股室'],
      [1, '全民健身', '全年举办群众性体育赛事不少于20场。', '12月底前', '群体股'],
      [2, null, '新建社区健身路径8处。', null, null],
      [3, null, '推进体育公园规划选址。', null, null],
      [4, '体育产业', '培育体育服务企业2家。', null, '产业股'],
      [5, null, '办好县级运动会。', null, null],
    ], [area('B2:B4'), area('B5:B6'), area('D2:D6'), area('E2:E4'), area('E5:E6')]);
    expect(table.columns.name?.letter).toBe('C');
    expect(table.columns.target).toBeUndefined();
    expect(table.columns.category?.letter).toBe('B');
    expect(table.layoutClass).toBe('multi-level');
    expect(table.indicators.map((i) => i.path)).toEqual([['全民健身'], ['全民健身'], ['全民健身'], ['体育产业'], ['体育产业']]);
  });

  it('连续编号的行互为同级：后面一行有自己的责任股室，前面一行也不是它的标题', () => {
    const table = read([
      ['序号', '指标', '工作任务', '完成时限', '责任股室'],
      [1, '农田建设', '新建高标准农田5000亩。', '11月底前', '农建股'],
      [2, null, '完成灌溉渠系维修。', null, null],
      [3, '农技推广', '举办农技培训班10期。', null, '农技站'],
      [4, null, '推广测土配方施肥技术。', null, null],
    ], [area('B2:B3'), area('B4:B5'), area('D2:D5'), area('E2:E3'), area('E4:E5')]);
    expect(table.sections).toEqual([]);
    expect(table.indicators.map((i) => i.name.value)).toEqual(['新建高标准农田5000亩。', '完成灌溉渠系维修。', '举办农技培训班10期。', '推广测土配方施肥技术。']);
  });

  it('指标列写着数时仍是目标', () => {
    const table = read([
      ['序号', '工作任务', '指标', '完成情况'],
      [1, '新增城镇就业', '1200人', 800],
      [2, '开发公益性岗位', '300个', 310],
      [3, '新增普惠托位', '500个', 220],
    ], []);
    expect(table.columns.name?.letter).toBe('B');
    expect(table.columns.target?.letter).toBe('C');
  });
});
