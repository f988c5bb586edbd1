import type { CellValue } from '../../src/core/model';
import { recognize } from '../../src/core/recognize';
import { workbookOf } from './build-snapshot';

/*
 * Targets for a fall set place by place (节能目标, 能耗降低指标: 地区 | 降低目标(%) | 降低率(%)), as a ministry or a city
 * hands them down. The rows are places, so the names say nothing of the measure: the header and the figures do.
 * A header that names a measure and 指标 with a unit (降低率指标(%)) is the target; a column in % beside a target whose
 * figures are below zero like the target's is what was reached in that measure, not a share done (a share done is
 * never below zero); a fall written below zero is better the lower it goes. Made-up tables.
 */

function read(rows: readonly (readonly CellValue[])[]) {
  const recognition = recognize(workbookOf('t.xlsx', [{ name: 'Sheet1', rows }]));
  if (recognition.table === null) throw new Error(`no table was read: ${recognition.issues.map((i) => i.code).join(',')}`);
  return recognition.table;
}

describe('“降低率指标(%)”一类表头：带单位的“…率指标”是目标，单位是%', () => {
  it('“ | 2020年下降率指标(%) | 责任单位”：目标一栏，各行单位为%', () => {
    const t = read([
      ['各乡镇2020年度单位产值用水量下降指标', null, null],
      [null, '2020年下降率指标(%)', '责任单位'],
      ['城关镇', 3.5, '城关镇政府'],
      ['河西乡', 3.2, '河西乡政府'],
      ['东岭镇', 3.0, '东岭镇政府'],
    ]);
    expect(t.columns.target?.letter).toBe('B');
    expect(t.indicators.map((i) => i.unit)).toEqual(['%', '%', '%']);
    expect(t.indicators[0].target?.value).toBeCloseTo(3.5);
    expect(t.indicators[0].direction).toBe('higher');
  });

  it('不变：“考核指标”“指标名称”仍是名称', () => {
    const t = read([
      ['2020年考核表', null, null],
      ['考核指标', '目标值', '完成值'],
      ['新增就业(人)', 500, 320],
      ['城镇化率(%)', 60, 58],
    ]);
    expect(t.columns.name?.letter).toBe('A');
    expect(t.columns.target?.letter).toBe('B');
  });
});

describe('目标与完成都写成负数的下降：完成不是完成率，越低越好', () => {
  const rows: (readonly CellValue[])[] = [
    ['附件：2019年各市单位GDP用水量下降目标完成情况', null, null],
    ['城 市', '2019年单位GDP用水量 下降目标(%)', '2019年单位GDP用水量 下降率(%)'],
    ['甲 市', -3.0, -3.42],
    ['乙 市', -2.5, -2.11],
    ['丙 市', -3.2, -3.25],
    ['丁 市', -2.8, -3.01],
    ['戊 市', '-2.5~-3.0', -2.74],
  ];

  it('第三栏是完成值（同一度量），不是完成率', () => {
    const t = read(rows);
    expect(t.headerRows).toEqual([2]);
    expect(t.columns.target?.letter).toBe('B');
    expect(t.columns.actual?.letter).toBe('C');
    expect(t.columns.completionRate).toBeUndefined();
    expect(t.indicators[0].actual?.value).toBeCloseTo(-3.42);
    expect(t.indicators[0].unit).toBe('%');
  });

  it('负数的下降目标：越低越好', () => {
    const t = read(rows);
    // A range below zero (-2.5~-3.0) is a fall as well.
    expect(t.indicators.map((i) => i.direction)).toEqual(['lower', 'lower', 'lower', 'lower', 'lower']);
  });

  it('不变：目标旁的百分数栏都不小于0时仍是完成率；正数写的下降仍是越大越好', () => {
    const t = read([
      ['2019年各市用水量下降目标完成情况', null, null, null],
      ['城 市', '下降目标(%)', '实际下降(%)', '完成比例(%)'],
      ['甲 市', 3.0, 3.42, 114],
      ['乙 市', 2.5, 2.11, 84.4],
      ['丙 市', 3.2, 3.25, 101.6],
      ['丁 市', 2.8, 3.01, 107.5],
    ]);
    expect(t.columns.actual?.letter).toBe('C');
    expect(t.columns.completionRate?.letter).toBe('D');
    expect(t.indicators.map((i) => i.direction)).toEqual(['higher', 'higher', 'higher', 'higher']);
  });
});
