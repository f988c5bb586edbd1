import type { CellValue } from '../../src/core/model';
import { recognize } from '../../src/core/recognize';
import { workbookOf } from './build-snapshot';

/**
 * A progress-only table states no figure but a share done: a 年度目标 column written only in words (年内竣工投用) beside a
 * 完成比例 does not make it a table of targets and figures. A target column with a figure on some row does. Made-up
 * tables, none copied from a published one.
 */

function read(rows: readonly (readonly CellValue[])[]) {
  const recognition = recognize(workbookOf('t.xlsx', [{ name: 'Sheet1', rows }]));
  if (recognition.table === null) throw new Error('no table was read');
  return recognition.table;
}

describe('只有完成比例是数的表是 progress-only', () => {
  it('年度目标一栏全是文字、另有形象进度与完成比例：progress-only', () => {
    const table = read([
      ['序号', '项目名称', '年度目标', '形象进度', '完成比例', '责任单位'],
      [1, '城北水厂提标改造', '年底前完成主体工程', '土建完成，设备调试中', '75%', '县水务局'],
      [2, '妇幼保健院迁建', '年内竣工投用', '完成主体结构的80%', '60%', '县卫健局'],
      [3, '第二实验小学', '秋季开学前交付', '室内装修', '90%', '县教育局'],
      [4, '城南农贸市场', '完成改造提升', '外立面改造中', '45%', '县商务局'],
    ]);
    expect(table.layoutClass).toBe('progress-only');
    expect(table.indicators[1].statedCompletion?.value).toBeCloseTo(0.6);
  });

  it('年度目标一栏有数（新增床位120张）：不是 progress-only', () => {
    const table = read([
      ['序号', '项目名称', '年度目标', '完成比例', '责任单位'],
      [1, '敬老院改扩建', '新增床位120张', '75%', '县民政局'],
      [2, '社区食堂', '新建8个', '60%', '县民政局'],
      [3, '第二实验小学', '秋季开学前交付', '90%', '县教育局'],
    ]);
    expect(table.layoutClass).not.toBe('progress-only');
  });
});
