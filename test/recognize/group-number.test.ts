import type { CellValue, MergeArea } from '../../src/core/model';
import { recognize } from '../../src/core/recognize';
import { area, workbookOf } from './build-snapshot';

/**
 * A 序号 merged down over several rows numbers the group those rows make (1 over a 目标名称 merged the same way);
 * each row that numbers itself in its own words ((1)…(3)) is numbered by them, and no row is the sub-item of the
 * group's first row. Made-up tables, none copied from a published one.
 */

function read(rows: readonly (readonly CellValue[])[], merges: readonly MergeArea[]) {
  const recognition = recognize(workbookOf('t.xlsx', [{ name: 'Sheet1', rows, merges }]));
  if (recognition.table === null) throw new Error('no table was read');
  return recognition.table;
}

describe('向下合并的序号给一组编号，各行用自己的编号', () => {
  it('序号 2 合并三行、任务自带 (1)(2)(3)：每行的路径只是组名，不挂在第一行下面', () => {
    const table = read([
      ['序号', '目标名称', '工作标准', '分管领导', '牵头单位'],
      [2, '全县社会事业的主要目标', '(1)城镇新增就业6000人。', '周 强', '县人社局'],
      [null, null, '(2)义务教育巩固率保持100%。', null, '县教育局'],
      [null, null, '(3)新增养老床位200张。', '吴 芳', '县民政局'],
    ], [area('A2:A4'), area('B2:B4'), area('D2:D3')]);
    expect(table.indicators.map((i) => i.path)).toEqual([['全县社会事业的主要目标'], ['全县社会事业的主要目标'], ['全县社会事业的主要目标']]);
    expect(table.indicators.map((i) => i.outline)).toEqual(['(1)', '(2)', '(3)']);
  });

  it('序号只占一行时照旧是这一行的编号：1、(1) 仍是 1 的子项', () => {
    const table = read([
      ['序号', '项目', '目标', '完成'],
      ['1', '老旧小区改造', '12个', '8个'],
      [null, '(1)东城片区', '5个', '4个'],
      [null, '(2)西城片区', '7个', '4个'],
    ], []);
    expect(table.indicators.map((i) => i.path)).toEqual([[], ['老旧小区改造'], ['老旧小区改造']]);
  });
});
