import type { CellValue, MergeArea } from '../../src/core/model';
import { recognize } from '../../src/core/recognize';
import { area, workbookOf } from './build-snapshot';

/**
 * A 序号 merged down over the rows of one item (项目一 done by three units, one row each) numbers every row it covers:
 * the rows below its top are that item's, id 2 like the top, not a running count (3, 4) that invents numbers the
 * sheet never wrote and that collide with the items after them. Made-up tables.
 */

function ids(rows: readonly (readonly CellValue[])[], merges: readonly MergeArea[]): string[] {
  const recognition = recognize(workbookOf('t.xlsx', [{ name: 'Sheet1', rows, merges }]));
  if (recognition.table === null) throw new Error('no table was read');
  return recognition.table.indicators.map((i) => i.id);
}

describe('竖向合并的序号：覆盖的每一行都是这一项', () => {
  it('第2项合并三行：三行都是2，后面的第3项仍是3', () => {
    expect(ids([
      ['序号', '实事项目', '责任单位', '年度目标'],
      [1, '新建城市书房2家', '文广旅局', '年底前建成开放'],
      [2, '改造老旧小区燃气管网', '住建局', '完成东城片区改造'],
      [null, '改造老旧小区燃气管网', '燃气公司', '完成西城片区改造'],
      [null, '改造老旧小区燃气管网', '街道办', '完成入户宣传'],
      [3, '增设公共充电桩300个', '发改局', '年底前建成'],
    ], [area('A3:A5')])).toEqual(['1', '2', '2', '2', '3']);
  });

  it('不变的：合并的序号下各行自己编了子序号（(1)(2)）时，按子序号，与原来一样', () => {
    expect(ids([
      ['序号', '指标名称', '目标值'],
      [1, '(1)新增城镇就业', 5000],
      [null, '(2)城镇登记失业率', '≤3%'],
      [2, '新增市场主体', 3000],
    ], [area('A2:A3')])).toEqual(['(1)', '(2)', '2']);
  });

  it('不变的：没有合并、序号空着的行仍按顺序计数', () => {
    expect(ids([
      ['序号', '实事项目', '责任单位'],
      [1, '新建城市书房2家', '文广旅局'],
      [null, '改造老旧小区燃气管网', '住建局'],
      [null, '增设公共充电桩300个', '发改局'],
    ], [])).toEqual(['1', '2', '3']);
  });
});
