import type { CellValue, IndicatorTable } from '../../src/core/model';
import { recognize } from '../../src/core/recognize';
import { workbookOf } from './build-snapshot';

/*
 * The same measure in two years side by side across the places (2023年粮食产量(吨) | 2024年粮食产量(吨) | 增长(%)) is
 * one indicator: the later year what was done, the earlier last year's figure, the growth beside them its growth — not
 * two indicators with last year's total read as a figure done. Different measures, or one year only, stay apart.
 * Made-up tables in words other than any published one.
 */

type Row = readonly CellValue[];

function read(rows: readonly Row[]): IndicatorTable {
  const table = recognize(workbookOf('t.xlsx', [{ name: 'Sheet1', rows }])).table;
  if (table === null) throw new Error('no table was read');
  return table;
}

describe('同一指标的两年并列：一项指标，今年是完成值，去年是上年同期', () => {
  it('地区 | 2023年粮食产量(吨) | 2024年粮食产量(吨) | 增长(%)，全县在最下', () => {
    const table = read([
      ['各乡镇2024年粮食生产情况'],
      ['地区', '2023年粮食产量(吨)', '2024年粮食产量(吨)', '增长(%)'],
      ['城关镇', 12000, 12600, 5.0],
      ['河口镇', 8000, 7600, -5.0],
      ['石桥乡', 5000, 5500, 10.0],
      ['全县', 25000, 25700, 2.8],
    ]);
    expect(table.layoutClass).toBe('cross-table');
    expect(table.indicators).toHaveLength(1);
    const [grain] = table.indicators;
    expect(grain.name.value).toBe('粮食产量');
    expect(grain.unit).toBe('吨');
    expect(grain.actual?.value).toBe(25700);
    expect(grain.lastYear?.value).toBe(25000);
    expect(grain.statedGrowth?.value).toBeCloseTo(0.028, 6);
    expect((grain.breakdown ?? []).map((r) => [r.region.value, r.actual?.value ?? null])).toEqual([['城关镇', 12600], ['河口镇', 7600], ['石桥乡', 5500]]);
  });
});

describe('不能改的表', () => {
  it('同一年的两项不同指标（2024年财政收入 | 2024年财政支出）：仍是两项', () => {
    const table = read([
      ['地区', '2024年财政收入(万元)', '2024年财政支出(万元)'],
      ['城关镇', 1200, 1500],
      ['河口镇', 800, 950],
      ['石桥乡', 500, 700],
      ['全县', 2500, 3150],
    ]);
    expect(table.indicators.map((i) => i.name.value)).toHaveLength(2);
    expect(table.indicators.every((i) => i.lastYear === null)).toBe(true);
  });

  it('两年两项不同的量（2023年产量 | 2024年面积）：不配成一项', () => {
    const table = read([
      ['地区', '2023年粮食产量(吨)', '2024年播种面积(亩)'],
      ['城关镇', 12000, 3000],
      ['河口镇', 8000, 2100],
      ['石桥乡', 5000, 1400],
      ['全县', 25000, 6500],
    ]);
    expect(table.indicators).toHaveLength(2);
    expect(table.indicators.every((i) => i.lastYear === null)).toBe(true);
  });
});
