import type { CellValue } from '../../src/core/model';
import { recognize } from '../../src/core/recognize';
import { workbookOf } from './build-snapshot';

/**
 * A column under a progress header (实施进度, 进展情况) whose every cell is a status word (已开工, 在建, 已完成) and never a
 * figure, in a table with no target and no actual, states each row's status: it is not an account of what was done
 * (a wrong reading the engine was sure of, in a published list of projects). Beside a target and an actual, 完成 under
 * 完成情况 stays the staff's account; a column with any longer account stays the progress. Made-up tables.
 */

function read(rows: readonly (readonly CellValue[])[]) {
  const recognition = recognize(workbookOf('t.xlsx', [{ name: 'Sheet1', rows }]));
  if (recognition.table === null) throw new Error('no table was read');
  return recognition.table;
}

describe('进度一栏只有状态词：读作状态，不是完成情况说明', () => {
  it('项目清单 | 进展情况 全是“在建/已完工”：状态列，progress-only', () => {
    const table = read([
      ['序号', '所属乡镇', '项目名称', '进展情况', '备注'],
      [1, '城关镇', '南门桥改造', '在建', ''],
      [2, '石桥镇', '北街排水管网', '已完工', '市重点'],
      [3, '河口乡', '河口卫生院', '在建', ''],
      [4, '白沙乡', '中心小学操场', '在建', '市重点'],
    ]);
    expect(table.columns.progressText).toBeUndefined();
    expect(table.columns.status?.letter).toBe('D');
    expect(table.indicators.every((i) => i.progressText === undefined || i.progressText === null)).toBe(true);
    expect(table.layoutClass).toBe('progress-only');
  });

  it('一样的清单，进度一栏写的是做了什么（句子）：仍是完成情况说明', () => {
    const table = read([
      ['序号', '所属乡镇', '项目名称', '进展情况', '备注'],
      [1, '城关镇', '南门桥改造', '桥面浇筑完成，正在铺设护栏', ''],
      [2, '城关镇', '北街排水管网', '已完工', '市重点'],
      [3, '河口乡', '河口卫生院', '主体结构封顶', ''],
      [4, '河口乡', '中心小学操场', '在建', '市重点'],
    ]);
    expect(table.columns.progressText?.letter).toBe('D');
    expect(table.columns.status).toBeUndefined();
  });

  it('有目标值和完成值时，“完成情况”一栏写“完成”仍是完成情况说明（不能改）', () => {
    const table = read([
      ['序号', '指标名称', '目标值', '完成值', '完成情况'],
      [1, '新增城镇就业(人)', 1200, 1350, '完成'],
      [2, '农村公路(公里)', 80, 82, '完成'],
      [3, '植树造林(亩)', 5000, 5100, '完成'],
    ]);
    expect(table.columns.progressText?.letter).toBe('E');
    expect(table.columns.status).toBeUndefined();
  });
});
