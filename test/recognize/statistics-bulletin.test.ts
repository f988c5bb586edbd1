import type { CellValue, MergeArea } from '../../src/core/model';
import { recognize } from '../../src/core/recognize';
import { area, workbookOf } from './build-snapshot';

/*
 * Statistics bulletins and monthly tables (统计公报, 统计月报) as statistics bureaus publish them: a caption line with
 * the period and the measure (2023年1-6月 … 单位：亿元) above the header, 本月 beside 1-本月 (the month and the months
 * so far), a “#” before the first of the parts of the row above (其中, the statistical yearbooks' sign). Made-up tables,
 * in other words than the published ones.
 */

function read(rows: readonly (readonly CellValue[])[], merges: readonly MergeArea[] = []) {
  const recognition = recognize(workbookOf('t.xlsx', [{ name: 'Sheet1', rows, merges }]));
  if (recognition.table === null) throw new Error(`no table was read: ${recognition.issues.map((i) => i.code).join(',')}`);
  return recognition.table;
}

describe('表头上方的“时段……单位：万元”一行是表题说明，不是分组表头', () => {
  it('时段合并在名称列与数列之上、末格写“单位：万元”：表头只是下一行，名称照读', () => {
    const t = read([
      ['2024年1-9月全县建筑业主要指标', null, null, null],
      ['2024年1-9月', null, null, '单位：万元'],
      ['指  标', '1-9月', '上年同期', '增长(%)'],
      ['建筑业总产值', 52310, 48022, 8.9],
      ['房屋施工面积', 3120, 3301, -5.5],
      ['新签合同额', 40211, 39870, 0.9],
    ], [area('A2:C2')]);
    expect(t.headerRows).toEqual([3]);
    expect(t.columns.name?.letter).toBe('A');
    expect(t.columns.lastYear?.letter).toBe('C');
    expect(t.indicators.map((i) => i.name.value)).toEqual(['建筑业总产值', '房屋施工面积', '新签合同额']);
    expect(t.indicators[0].unit?.value ?? t.indicators[0].unit).toBe('万元');
  });

  it('不变：真正的分组表头（“2024年1-9月”只合并在数列之上）仍并入表头', () => {
    const t = read([
      ['全县建筑业主要指标', null, null, null],
      ['指标', '2024年1-9月', null, '增长(%)'],
      [null, '本期', '上年同期', null],
      ['建筑业总产值', 52310, 48022, 8.9],
      ['新签合同额', 40211, 39870, 0.9],
    ], [area('A2:A3'), area('B2:C2'), area('D2:D3')]);
    expect(t.headerRows).toEqual([2, 3]);
    expect(t.columns.lastYear?.letter).toBe('C');
  });
});
