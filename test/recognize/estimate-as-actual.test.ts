import type { CellValue } from '../../src/core/model';
import { recognize } from '../../src/core/recognize';
import { readHeader } from '../../src/core/recognize/header-vocabulary';
import { workbookOf } from './build-snapshot';

/**
 * A plan's outcome reported as an estimate (2025年预计值, 全年预计完成) is the figure done the report has: read as the
 * actual but asked about, and outranked by a column of figures done. Made-up tables.
 */

function read(rows: readonly (readonly CellValue[])[]) {
  const recognition = recognize(workbookOf('t.xlsx', [{ name: 'Sheet1', rows }]));
  if (recognition.table === null) throw new Error('no table was read');
  return recognition;
}

describe('预计值是完成值，但要问', () => {
  it('目标值 | 预计值 | 完成情况：预计值读作完成值，信心低于确认线', () => {
    const recognition = read([
      ['序号', '指标名称', '2025年目标值', '2025年预计值', '完成情况'],
      [1, '城镇居民人均可支配收入(元)', 62000, 62850, '完成'],
      [2, '森林覆盖率(%)', 65, 65.2, '完成'],
      [3, '新增城镇就业(万人)', 1.2, 1.35, '完成'],
    ]);
    expect(recognition.table?.columns.actual?.letter).toBe('D');
    expect(recognition.table?.indicators[0].actual?.value).toBe(62850);
    expect(recognition.unsure).toContain('actual');
  });

  it('既有完成数又有全年预计时，完成数是完成值', () => {
    const recognition = read([
      ['序号', '指标名称', '全年目标', '1-9月完成', '全年预计'],
      [1, '固定资产投资(亿元)', 120, 88, 121],
      [2, '进出口总额(亿元)', 40, 29.5, 40.2],
    ]);
    expect(recognition.table?.columns.actual?.letter).toBe('D');
  });

  it('“预计完成时间”仍是时限', () => {
    expect(readHeader(['预计完成时间']).guesses[0]?.field).toBe('deadline');
  });
});
