import type { CellValue } from '../../src/core/model';
import { recognize } from '../../src/core/recognize';
import { readHeader } from '../../src/core/recognize/header-vocabulary';
import { workbookOf } from './build-snapshot';

/**
 * A higher level's goal beside the part of it that falls to this area (工作目标 | 涉及本县任务): the area's part is
 * this table's target; the higher goal names the row. Made-up tables.
 */

describe('“涉及本区指标”是本表的目标', () => {
  it.each(['涉及城南区工作指标', '分解到本县任务', '我镇目标任务', '本区指标'])('“%s” 读作目标', (header) => {
    expect(readHeader([header]).guesses[0]?.field).toBe('target');
  });

  it('全市目标 | 涉及本区指标：本区指标一栏是目标', () => {
    const rows: CellValue[][] = [
      ['序号', '工作目标', '责任单位', '涉及本区工作指标', '进展情况'],
      [1, '新增公共停车位5万个', '区住建局', '新增停车位3200个', '已完成。'],
      [2, '改造提升农贸市场60家', '区商务局', '改造农贸市场4家', '已完成3家。'],
      [3, '新建城市绿道300公里', '区城管局', '新建绿道18公里', '已完成。'],
    ];
    const table = recognize(workbookOf('t.xlsx', [{ name: 'Sheet1', rows }])).table;
    expect(table?.columns.name?.letter).toBe('B');
    expect(table?.columns.target?.letter).toBe('D');
    expect(table?.indicators[0].target?.value).toBe(3200);
  });
});
