import type { CellValue } from '../../src/core/model';
import { recognize } from '../../src/core/recognize';
import { workbookOf } from './build-snapshot';

/**
 * A task whose name counts its goal in things (改造30条背街小巷) and whose account gives only a share (完成60%): the
 * share is how far along the work is — it cannot be an amount of those things — and the goal keeps its unit.
 * Made-up table.
 */

describe('数着件数的目标旁边的“完成60%”是进度', () => {
  const table = recognize(workbookOf('t.xlsx', [{ name: 'Sheet1', rows: [
    ['序号', '主要任务', '牵头单位', '1-9月推进情况'],
    [1, '改造提升30条背街小巷。', '城管局', '已进场施工,完成60%。'],
    [2, '新建口袋公园12个。', '园林局', '已建成8个。'],
  ] as CellValue[][] }])).table;

  it('读作进度，目标仍是30条', () => {
    const row = table?.indicators[0];
    expect(row?.statedProgress?.value).toBeCloseTo(0.6);
    expect(row?.target?.value).toBe(30);
    expect(row?.unit).toBe('条');
    expect(row?.actual).toBeNull();
  });

  it('报了件数的照旧是完成数', () => {
    expect(table?.indicators[1].actual?.value).toBe(8);
  });
});
