import type { CellValue } from '../../src/core/model';
import { recognize } from '../../src/core/recognize';
import { workbookOf } from './build-snapshot';

/**
 * A plan for a stretch that ends after the months reported (四季度工作计划 in a 1—10月 report, 7月计划 in a 1—5月
 * one) is the next step, not the target for the period so far: it is no 序时目标 and its words are not the task's
 * target. A plan for the months reported still is one. Made-up tables.
 */

function read(rows: readonly (readonly CellValue[])[], columnMap?: Record<string, string>) {
  const recognition = recognize(workbookOf('t.xlsx', [{ name: 'Sheet1', rows }]), columnMap ? { columnMap } : {});
  if (recognition.table === null) throw new Error('no table was read');
  return recognition.table;
}

const LATER = [
  ['2025年为民办实事1—10月进展表'],
  ['序号', '实事项目', '牵头单位', '四季度工作计划', '1—10月完成情况'],
  [1, '新建社区嵌入式托育点6个', '卫健局', '完成全部托育点验收。', '已建成4个,2个正在装修。'],
  [2, '改造背街小巷20条', '城管局', '开展竣工结算。', '已完工20条。'],
];

describe('报告期之后的计划不是序时目标', () => {
  it('1—10月的表里“四季度工作计划”不读作序时目标，它的话也不是目标', () => {
    const table = read(LATER);
    expect(table.period.toMonth).toBe(10);
    expect(table.columns.periodTarget).toBeUndefined();
    expect(table.indicators.map((i) => i.targetText)).toEqual([null, null]);
    expect(table.indicators.map((i) => i.periodTarget)).toEqual([null, null]);
  });

  it('不变的：1—9月的表里“三季度目标”（到报告期为止）仍是序时目标', () => {
    const table = read([
      ['2025年重点指标1—9月完成情况'],
      ['序号', '指标名称', '全年目标', '三季度目标', '1—9月完成'],
      [1, '新增城镇就业(人)', 5000, 3750, 3900],
      [2, '新增市场主体(户)', 3000, 2250, 2100],
    ]);
    expect(table.columns.periodTarget?.letter).toBe('D');
    expect(table.indicators.map((i) => i.periodTarget?.value)).toEqual([3750, 2250]);
  });

  it('不变的：用户指定 --map periodTarget=D 时照用户说的读', () => {
    const table = read(LATER, { periodTarget: 'D' });
    expect(table.columns.periodTarget?.letter).toBe('D');
  });
});
