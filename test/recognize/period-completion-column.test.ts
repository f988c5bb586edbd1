import type { CellValue } from '../../src/core/model';
import { recognize } from '../../src/core/recognize';
import { workbookOf } from './build-snapshot';

/*
 * Investment tables give two shares done: of the year's target and of the period's (完成上半年目标比例 = 1-6月完成 ÷ 上半年
 * 目标). The period's is named by its figures — actual ÷ period target on the rows — whatever its header says. Made-up.
 */

function read(rows: readonly (readonly CellValue[])[]) {
  const recognition = recognize(workbookOf('t.xlsx', [{ name: 'Sheet1', rows }]));
  if (recognition.table === null) throw new Error(`no table was read: ${recognition.issues.map((i) => i.code).join(',')}`);
  return recognition.table;
}

describe('完成序时目标的比例：凭数认出（完成 ÷ 序时目标）', () => {
  it('“年度目标 | 一季度目标 | 1-3月完成 | 完成年度比例 | 完成一季度比例”：末栏单列', () => {
    const t = read([
      ['2021年1-3月重点项目投资完成情况', null, null, null, null, null],
      ['项目类别', '年度目标(万元)', '一季度目标(万元)', '1-3月完成(万元)', '完成年度目标(%)', '占一季度目标(%)'],
      ['基础设施', 50000, 10000, 12000, '24.00%', '120.00%'],
      ['产业项目', 80000, 20000, 15000, '18.75%', '75.00%'],
      ['社会事业', 20000, 4000, 4100, '20.50%', '102.50%'],
    ]);
    expect(t.columns.completionRate?.letter).toBe('E');
    expect(t.periodCompletionColumn?.letter).toBe('F');
  });

  it('不变：数对不上（不是完成 ÷ 序时目标）时不认', () => {
    const t = read([
      ['2021年1-3月重点项目投资完成情况', null, null, null, null, null],
      ['项目类别', '年度目标(万元)', '一季度目标(万元)', '1-3月完成(万元)', '完成年度目标(%)', '同比增长(%)'],
      ['基础设施', 50000, 10000, 12000, '24.00%', '8.10%'],
      ['产业项目', 80000, 20000, 15000, '18.75%', '-3.20%'],
      ['社会事业', 20000, 4000, 4100, '20.50%', '5.00%'],
    ]);
    expect(t.periodCompletionColumn).toBeUndefined();
  });
});

describe('地区表：完成序时目标的占比不当全年完成率', () => {
  const rows = (rate: (done: number, year: number, period: number) => string): (readonly CellValue[])[] => {
    const places: [string, number, number, number][] = [['全市', 500, 100, 110], ['甲县', 200, 40, 46], ['乙县', 180, 36, 30], ['丙县', 120, 24, 34]];
    return [
      ['2022年1-3月重点项目投资完成情况', null, null, null, null],
      ['单位:亿元', null, null, null, null],
      ['县(区)', '年度投资计划', '一季度计划', '一季度完成投资', '完成比例(%)'],
      ...places.map(([name, year, period, done]) => [name, year, period, done, rate(done, year, period)]),
    ];
  };

  it('占比 = 完成 ÷ 一季度计划：不读作完成率，单列为序时完成比例', () => {
    const t = read(rows((done, _year, period) => `${((done / period) * 100).toFixed(1)}%`));
    expect(t.layoutClass).toBe('cross-table');
    expect(t.indicators[0].statedCompletion).toBeNull();
    expect(t.indicators[0].breakdown?.every((r) => r.rate === null)).toBe(true);
    expect(t.periodCompletionColumn?.letter).toBe('E');
  });

  it('不变：占比 = 完成 ÷ 年度计划时，仍是完成率', () => {
    const t = read(rows((done, year) => `${((done / year) * 100).toFixed(1)}%`));
    expect(t.indicators[0].statedCompletion?.value).toBeCloseTo(0.22, 3);
    expect(t.periodCompletionColumn).toBeUndefined();
  });
});
