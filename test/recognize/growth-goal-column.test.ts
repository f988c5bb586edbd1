import type { CellValue } from '../../src/core/model';
import { recognize } from '../../src/core/recognize';
import { workbookOf } from './build-snapshot';

/**
 * A target column whose header names a growth (计划增长(%), 目标增速, 增长目标): its bare figures are the growth aimed at,
 * in %, and the bare figures done beside them the growth reached — not levels of 7 and 5.2 in %. A row that writes a
 * unit of its own (3万人以上 | 1.6万人) states levels. An ordinary target/actual table, and one with its growth in a
 * column of its own, must read as before. Made-up tables.
 */

function read(rows: readonly (readonly CellValue[])[]) {
  const recognition = recognize(workbookOf('t.xlsx', [{ name: 'Sheet1', rows }]));
  if (recognition.table === null) throw new Error('no table was read');
  return recognition.table;
}

describe('目标一栏的列名是增长：数是增速目标，完成是增速', () => {
  it('计划增长(%) | 1-9月实际(%)：目标增速与完成增速，不是 7% 的总量', () => {
    const table = read([
      ['某县2022年前三季度主要经济指标'],
      ['主要指标', '计划增长(%)', '1-9月实际(%)'],
      ['规模以上工业增加值', '7以上', 5.2],
      ['社会消费品零售总额', 6, -1.4],
      ['税收收入', '8左右', 8.9],
      ['新增城镇就业', '3万人以上', '1.6万人'],
    ]);
    const [industry, retail, tax, jobs] = table.indicators;
    expect(industry.targetGrowth?.value).toBeCloseTo(0.07);
    expect(industry.statedGrowth?.value).toBeCloseTo(0.052);
    expect(industry.target).toBeNull();
    expect(industry.actual).toBeNull();
    expect(retail.statedGrowth?.value).toBeCloseTo(-0.014);
    expect(tax.targetGrowth?.approx).toBe('about');
    expect(jobs.target?.value).toBe(3);
    expect(jobs.actual?.value).toBe(1.6);
    expect(jobs.unit).toBe('万人');
  });
});

describe('不能改的表', () => {
  it('年度目标(亿元) | 完成(亿元)：仍是总量', () => {
    const table = read([
      ['指标', '年度目标(亿元)', '1-9月完成(亿元)'],
      ['固定资产投资', 120, 90.5],
      ['一般公共预算收入', 15, 11.2],
      ['社会消费品零售总额', 80, 61],
    ]);
    expect(table.indicators[0].target?.value).toBe(120);
    expect(table.indicators[0].actual?.value).toBe(90.5);
    expect(table.indicators[0].targetGrowth ?? null).toBeNull();
  });

  it('目标 | 完成 | 同比增长(%)：增长在自己一栏，目标仍是总量', () => {
    const table = read([
      ['指标', '全年目标', '完成', '同比增长(%)'],
      ['固定资产投资(亿元)', 120, 90.5, 6.1],
      ['一般公共预算收入(亿元)', 15, 11.2, 3.3],
      ['社会消费品零售总额(亿元)', 80, 61, 4.8],
    ]);
    expect(table.indicators[0].target?.value).toBe(120);
    expect(table.indicators[0].actual?.value).toBe(90.5);
    expect(table.indicators[0].statedGrowth?.value).toBeCloseTo(0.061);
  });
});
