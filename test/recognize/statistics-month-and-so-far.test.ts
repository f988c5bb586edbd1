import type { CellValue } from '../../src/core/model';
import { recognize } from '../../src/core/recognize';
import { readHeader } from '../../src/core/recognize/header-vocabulary';
import { workbookOf } from './build-snapshot';

/*
 * A statistics report (统计月报) gives each figure for the month and for the months so far, then breaks the total
 * down under lead-in lines (其中:) and grouping lines (按…分). A careful reader reports the months so far, takes no
 * lead-in for an indicator and reads a grouping line as the heading of the rows below. Made-up tables.
 */

function read(rows: readonly (readonly CellValue[])[]) {
  const recognition = recognize(workbookOf('t.xlsx', [{ name: 'Sheet1', rows }]));
  if (recognition.table === null) throw new Error(`no table was read: ${recognition.issues.map((i) => i.code).join(',')}`);
  return recognition.table;
}

describe('当月与累计并列：汇报读累计与累计增速', () => {
  it('“当月 | 1-6月累计 | 当月同比增长% | 累计同比增长%”：完成值、增幅都取累计的', () => {
    const t = read([
      ['2022年1-6月全县社会消费品零售额', null, null, null, null],
      ['项目', '当月', '1-6月累计', '当月同比增长(%)', '累计同比增长(%)'],
      ['社会消费品零售额', 12.4, 70.3, 3.1, 5.6],
      ['限额以上单位', 5.2, 30.8, -1.2, 4.4],
      ['限额以下单位', 7.2, 39.5, 6.0, 6.5],
    ]);
    expect(t.columns.actual?.letter).toBe('C');
    expect(t.columns.growth?.letter).toBe('E');
    expect(t.indicators[0].statedGrowth?.value).toBeCloseTo(0.056);
  });

  it('“比上年同期增长(%)”是增幅，不是上年同期数', () => {
    const guesses = readHeader(['累计比上年同期增长(%)']).guesses.map((g) => g.field);
    expect(guesses).toContain('growth');
    expect(guesses).not.toContain('lastYear');
    expect(readHeader(['上年同期']).guesses[0]?.field).toBe('lastYear');
  });

  it('只有当月一栏的增速时，它仍是增幅', () => {
    expect(readHeader(['本月同比增长(%)']).guesses[0]?.field).toBe('growth');
  });
});

describe('统计表的引导行与分组行', () => {
  const rows: (readonly CellValue[])[] = [
    ['2023年1-9月规模以上工业产值', null, null],
    ['指标', '1-9月累计', '增长(%)'],
    ['全县合计', 420.6, 6.1],
    ['其中:', null, null],
    ['国有企业', 80.2, 2.3],
    ['民营企业', 300.1, 7.4],
    ['按行业分', null, null],
    ['食品加工', 95.0, 4.0],
    ['机械制造', 120.3, 8.8],
  ];

  it('“其中:”单独一行不是指标，也不是分节', () => {
    const t = read(rows);
    expect(t.indicators.map((i) => i.name.value)).not.toContain('其中:');
    expect(t.indicators.find((i) => i.name.value === '国有企业')?.path).toEqual([]);
  });

  it('“按行业分”是其下各行的分节', () => {
    const t = read(rows);
    expect(t.indicators.map((i) => i.name.value)).not.toContain('按行业分');
    expect(t.indicators.find((i) => i.name.value === '机械制造')?.path).toEqual(['按行业分']);
  });
});

describe('统计表按合计分组：片区行的数等于其下各乡镇之和', () => {
  it('“乡  镇 | 产值(万元) | 增长(%)”：各乡镇归到所属片区之下，读作多级', () => {
    const t = read([
      ['2024年1-6月各乡镇农业产值', null, null],
      ['乡  镇', '产值\n(万元)', '比上年同期增长\n(%)'],
      ['东 片', 930.5, 4.1],
      ['甲 镇', 400.2, 3.0],
      ['乙 镇', 530.3, 5.0],
      ['西 片', 611.0, 2.2],
      ['丙 镇', 300.4, 1.1],
      ['丁 镇', 310.6, 3.3],
    ]);
    expect(t.columns.actual?.letter).toBe('B');
    expect(t.columns.growth?.letter).toBe('C');
    expect(t.indicators.map((i) => i.path)).toEqual([[], ['东 片'], ['东 片'], [], ['西 片'], ['西 片']]);
    expect(t.layoutClass).toBe('multi-level');
  });

  it('各行不成合计的统计表照旧一行一个指标', () => {
    const t = read([
      ['2024年1-6月各乡镇农业产值', null, null],
      ['乡  镇', '产值\n(万元)', '比上年同期增长\n(%)'],
      ['甲 镇', 400.2, 3.0],
      ['乙 镇', 530.3, 5.0],
      ['丙 镇', 300.4, 1.1],
      ['丁 镇', 310.6, 3.3],
    ]);
    expect(t.indicators.every((i) => i.path.length === 0)).toBe(true);
    expect(t.layoutClass).toBe('breakdown');
  });
});

describe('总量行写了单位，其下各构成行照用', () => {
  it('“农业总产值(万元)”下的农、林、牧、渔之和等于总量：各行单位都是万元', () => {
    const t = read([
      ['1-6月农业生产情况', null, null],
      ['指标', '1-6月累计', '增长%'],
      ['农业总产值(万元)', 5320.6, 4.2],
      ['农业', 3100.2, 3.1],
      ['林业', 420.1, 1.0],
      ['牧业', 1500.2, 7.5],
      ['渔业', 300.1, 2.2],
    ]);
    expect(t.indicators.map((i) => i.unit)).toEqual(['万元', '万元', '万元', '万元', '万元']);
  });

  it('其下各行相加不等于首行时不照用（首行的单位只管首行）', () => {
    const t = read([
      ['1-6月主要指标', null, null],
      ['指标', '1-6月累计', '增长%'],
      ['地区生产总值(亿元)', 120.5, 6.1],
      ['固定资产投资', 40.2, 5.0],
      ['社会消费品零售总额', 30.8, 4.4],
    ]);
    expect(t.indicators.map((i) => i.unit)).toEqual(['亿元', null, null]);
  });
});

describe('增速一栏里写成“个百分点”的是百分点变动，不是增速', () => {
  it('“资产负债率(%) | 56.2 | 0.8个百分点”：不读作 0.8% 的增长', () => {
    const t = read([
      ['1-6月工业企业效益', null, null],
      ['指标', '1-6月累计', '增长%'],
      ['利润总额(亿元)', 20.4, 8.2],
      ['资产负债率(%)', 56.2, '0.8个百分点'],
      ['营业收入(亿元)', 300.5, 5.1],
    ]);
    const ratio = t.indicators[1];
    expect(ratio.statedGrowth).toBeNull();
    expect(ratio.statedChangePoints?.value).toBeCloseTo(0.8);
    expect(t.indicators[0].statedGrowth?.value).toBeCloseTo(0.082);
  });
});

describe('“预计值”是当年预计完成的数，不是目标', () => {
  it('“指标名称 | 2025年目标值 | 2025年预计值 | 完成情况”：预计值读作完成值', () => {
    const t = read([
      ['“十四五”主要指标完成情况', null, null, null],
      ['指标名称', '2025 年目标值', '2025 年预计值', '完成情况'],
      ['全县生产总值(亿元)', 500, 512.3, '完成'],
      ['城镇居民人均可支配收入(元)', 60000, 58700, '未完成'],
    ]);
    expect(t.columns.target?.letter).toBe('B');
    expect(t.columns.actual?.letter).toBe('C');
    expect(readHeader(['预计完成']).guesses[0]?.field).toBe('actual');
    expect(readHeader(['预期目标']).guesses[0]?.field).toBe('target');
  });
});
