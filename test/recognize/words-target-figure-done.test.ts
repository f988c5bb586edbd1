import type { CellValue } from '../../src/core/model';
import { recognize } from '../../src/core/recognize';
import { workbookOf } from './build-snapshot';

/**
 * A target in words (与全市保持同步, 稳中有升) beside a figure done alone in its cell (9.8%): the figure is what was
 * done, and the item is a figure to report, not one judged by words. Made-up table.
 */

describe('文字目标旁边单独一格的数是完成值', () => {
  const table = recognize(workbookOf('t.xlsx', [{ name: 'Sheet1', rows: [
    ['指标名称', '年度目标', '完成情况', '责任部门'],
    ['地区生产总值增长率', '与全市保持同步', '7.2%', '区发改委'],
    ['城镇调查失业率', '控制在5%以内', '4.6%', '区人社局'],
    ['营商环境', '持续优化', '完成年度任务', '区营商办'],
  ] as CellValue[][] }])).table;

  it('读出完成值与单位', () => {
    expect(table?.indicators[0].kind).toBe('quantitative');
    expect(table?.indicators[0].actual?.value).toBe(7.2);
    expect(table?.indicators[0].unit).toBe('%');
    expect(table?.indicators[0].targetText?.value).toBe('与全市保持同步');
  });

  it('完成情况也是文字的仍按文字评判', () => {
    expect(table?.indicators[2].kind).toBe('qualitative');
  });
});
