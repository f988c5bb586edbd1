import type { CellValue } from '../../src/core/model';
import { recognize } from '../../src/core/recognize';
import { runPipeline } from '../../src/core/pipeline';
import { workbookOf } from './build-snapshot';

/**
 * A plan that allocates a task to each place or unit (各村 2025年造林任务量, 分解任务数, 2030年规划指标) beside a base
 * figure (现有面积, 可用指标): the task is the target, never a figure done, so nothing is computed as 完成率 and no
 * row is called 滞后. A line that says what the figures measure and in what (面积:万亩, 金额:万元) gives their unit.
 * Made-up tables.
 */

function read(rows: readonly (readonly CellValue[])[]) {
  const snapshot = workbookOf('t.xlsx', [{ name: 'Sheet1', rows }]);
  const recognition = recognize(snapshot);
  if (recognition.table === null) throw new Error('no table was read');
  return { table: recognition.table, snapshot };
}

describe('分配任务的计划表：任务一栏是目标', () => {
  const { table, snapshot } = read([
    ['2025年各村植树造林任务分配表'],
    ['金额:万元'],
    ['村名', '宜林地面积', '2025年造林任务量', '备注'],
    ['东岭村', 120, 15, null],
    ['西河村', 86, 10, null],
    ['南坡村', 240, 30, null],
  ]);

  it('“造林任务量”读作全年目标，旁边的底数不是目标，也没有完成值', () => {
    expect(table.columns.target?.letter).toBe('C');
    expect(table.columns.actual).toBeUndefined();
    expect(table.indicators.map((i) => i.target?.value)).toEqual([15, 10, 30]);
  });

  it('没有一行被算成滞后：只有任务、没有完成', () => {
    const outcome = runPipeline(snapshot, { generatedAt: '2025-07-01T00:00:00Z' });
    expect(outcome.results?.indicators.some((r) => r.status === 'behind')).toBe(false);
  });

  it('表头上面单独一行“金额:万元”给出全表的单位', () => {
    expect(table.indicators.map((i) => i.unit)).toEqual(['万元', '万元', '万元']);
  });

  it('不变的：“任务完成数”“任务进度”是完成，不是目标', () => {
    const done = read([
      ['序号', '指标名称', '年度任务', '任务完成数'],
      [1, '新增城镇就业', 5000, 3200],
      [2, '新增市场主体', 3000, 1900],
    ]).table;
    expect(done.columns.target?.letter).toBe('C');
    expect(done.columns.actual?.letter).toBe('D');
  });
});
