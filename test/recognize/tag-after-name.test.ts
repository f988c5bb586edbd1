import { recognize } from '../../src/core/recognize';
import { workbookOf } from './build-snapshot';

/** A 类型 column right of the names tags rows; a 类别 column left of them groups rows. Made-up tables. */
describe('名称右边的“类型”列不是分类层级', () => {
  it('“目标类型”（A类/B类，有的行空着）在名称右边：不进路径，空格也不沿用上一行', () => {
    const { table } = recognize(workbookOf('t.xlsx', [{ name: 'Sheet1', rows: [
      ['序号', '任务名称', '指标要求', '牵头部门', '目标类型'],
      [1, '地区生产总值', '增长6%', '发改局', 'A类'],
      [2, '服务业增加值', '增长7%', '发改局', null],
      [3, '城镇新增就业', '5000人', '人社局', 'B类'],
    ] }]));
    expect(table?.columns.category).toBeUndefined();
    expect(table?.indicators.map((i) => i.path)).toEqual([[], [], []]);
  });

  it('名称左边的“类别”列照旧是分类，空格沿用上一类别', () => {
    const { table } = recognize(workbookOf('t.xlsx', [{ name: 'Sheet1', rows: [
      ['类别', '指标名称', '目标值', '责任单位'],
      ['经济发展', '地区生产总值增速', '6%', '发改局'],
      [null, '固定资产投资增速', '8%', '发改局'],
      ['民生保障', '城镇新增就业', '5000人', '人社局'],
    ] }]));
    expect(table?.columns.category?.letter).toBe('A');
    expect(table?.indicators.map((i) => i.path)).toEqual([['经济发展'], ['经济发展'], ['民生保障']]);
  });
});
