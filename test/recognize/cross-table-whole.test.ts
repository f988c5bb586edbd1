import type { CellValue, IndicatorTable, MergeArea } from '../../src/core/model';
import { recognize } from '../../src/core/recognize';
import { area, workbookOf } from './build-snapshot';

/**
 * What makes a row of a cross-table its whole, and what an indicator head's columns are: made-up tables of places
 * (县市区, 乡镇) with their figures. The whole is the row the others add up to, whatever kind of place it names; two
 * plans under one head, one of them for part of the year, are the target and the period target.
 */

type Row = readonly CellValue[];

function read(rows: readonly Row[], merges: readonly MergeArea[]): IndicatorTable {
  const { table } = recognize(workbookOf('t.xlsx', [{ name: 'Sheet1', rows, merges }]));
  if (table === null) throw new Error('no table was read');
  return table;
}

describe('交叉表的合计行：其余各行之和', () => {
  it('首行“某某市”等于下面各县市区之和（其中也有县级市）：它是合计，不是一个地区', () => {
    const table = read([
      ['2026年1-6月重点项目完成情况表'],
      ['单位:亿元'],
      ['县(市、区)', '重点项目完成情况', null, null],
      [null, '年度投资计划', '1-6月完成投资', '完成率(%)'],
      ['青川市', 100.5, 52.3, '52.0%'],
      ['东城区', 40.2, 20.1, '50.0%'],
      ['西山县', 30.1, 18.0, '59.8%'],
      ['南平市', 30.2, 14.2, '47.0%'],
    ], [area('A1:D1'), area('A2:D2'), area('A3:A4'), area('B3:D3')]);
    expect(table.layoutClass).toBe('cross-table');
    const [indicator] = table.indicators;
    expect(indicator.target?.value).toBe(100.5);
    expect(indicator.actual?.value).toBe(52.3);
    expect(indicator.unit).toBe('亿元');
    expect(indicator.breakdown?.map((r) => r.region.value)).toEqual(['东城区', '西山县', '南平市']);
  });

  it('首行不等于其余之和时不当合计', () => {
    const table = read([
      ['县(市、区)', '重点项目完成情况', null, null],
      [null, '年度投资计划', '完成投资', '完成率(%)'],
      ['青川市', 90.5, 52.3, '57.8%'],
      ['东城区', 40.2, 20.1, '50.0%'],
      ['西山县', 30.1, 18.0, '59.8%'],
      ['南平市', 30.2, 14.2, '47.0%'],
    ], [area('A1:A2'), area('B1:D1')]);
    expect(table.indicators[0].target).toBeNull();
    expect(table.indicators[0].breakdown?.map((r) => r.region.value)).toContain('青川市');
  });
});

describe('一个表头下两个计划：全年的是目标，部分时段的是序时目标', () => {
  it('年度投资计划 · 前三季度投资计划 · 完成投资 · 完成前三季度目标占比', () => {
    const table = read([
      ['乡镇', '重点项目推进情况', null, null, null],
      [null, '年度投资计划', '前三季度投资计划', '1-7月完成投资', '完成前三季度目标占比(%)'],
      ['全县', 60, 45, 36, '80.0%'],
      ['城关镇', 30, 20, 16, '80.0%'],
      ['河口乡', 30, 25, 20, '80.0%'],
    ], [area('A1:A2'), area('B1:E1')]);
    const [indicator] = table.indicators;
    expect(indicator.target?.value).toBe(60);
    expect(indicator.periodTarget?.value).toBe(45);
    expect(indicator.actual?.value).toBe(36);
    // 80% is of the 前三季度 plan (36 / 45), not of the year's 60: the period's share, named, never the year's completion
    // (bench/expectation-conventions.md).
    expect(indicator.statedCompletion).toBeNull();
    expect(table.periodCompletionColumn?.letter).toBe('E');
  });
});

describe('地区表头横跨序号与名称、只有一项指标、有全市行', () => {
  it('“地区”合并在序号和地名两列上：地名列是地区，全市行是指标', () => {
    const table = read([
      ['地区', null, '项目个数', '年度计划投资(亿元)', '累计投资(亿元)', '完成年度计划(%)'],
      ['全市', null, 30, 100, 60, 60],
      [1, '高新区', 10, 40, 20, 50],
      [2, '市直单位', 12, 35, 25, 71.43],
      [3, '临港新区', 8, 25, 15, 60],
    ], [area('A1:B1'), area('A2:B2')]);
    expect(table.layoutClass).toBe('cross-table');
    expect(table.columns.category?.letter).toBe('B');
    const [indicator] = table.indicators;
    expect(indicator.target?.value).toBe(100);
    expect(indicator.actual?.value).toBe(60);
    expect(indicator.breakdown?.map((r) => r.region.value)).toEqual(['高新区', '市直单位', '临港新区']);
  });

  it('另有一个率对不上任何两列时，不凭一项指标当作交叉表', () => {
    const table = read([
      ['地区', null, '年度计划投资(亿元)', '累计投资(亿元)', '完成年度计划(%)', '开工率'],
      ['全市', null, 100, 60, 60, '33.00%'],
      [1, '高新区', 40, 20, 50, '33.00%'],
      [2, '市直单位', 35, 25, 71.43, '33.00%'],
      [3, '临港新区', 25, 15, 60, '33.00%'],
    ], [area('A1:B1'), area('A2:B2')]);
    expect(table.layoutClass).not.toBe('cross-table');
  });

  it('没有“地区”表头和全市行时，一列地名只有一项指标仍是一地一行的表', () => {
    const table = read([
      ['隶属', '项目个数', '年投资计划', '完成投资额', '年计划投资完成率'],
      ['甲县', 10, 40, 20, '50.0%'],
      ['乙县', 12, 35, 25, '71.4%'],
      ['丙区', 8, 25, 15, '60.0%'],
    ], []);
    expect(table.layoutClass).not.toBe('cross-table');
    expect(table.indicators.map((i) => i.name.value)).toEqual(['甲县', '乙县', '丙区']);
  });
});

describe('一行表头、没有“全市”字样的交叉表：首行是其余各行之和', () => {
  const rows: Row[] = [
    ['2025年1-6月全市重点项目推进情况表', null, null, null, null],
    ['单位:亿元', null, null, null, null],
    ['县(市、区)', '年度计划投资', '上半年目标任务', '上半年完成投资', '完成上半年目标任务占比(%)'],
    ['云川市', 300.4, 150.3, 160.1, '106.5%'],
    ['临水区', 100.2, 50.1, 55.7, '111.2%'],
    ['石岭县', 80.1, 40.1, 38.2, '95.3%'],
    ['白鹤县', 70.0, 35.0, 36.0, '102.9%'],
    ['高新区', 50.1, 25.1, 30.2, '120.3%'],
  ];

  it('读作一个交叉表指标：首行是合计，其余是地区；年度计划是目标，上半年目标是序时目标', () => {
    const table = read(rows, [area('A1:E1'), area('A2:E2')]);
    expect(table.layoutClass).toBe('cross-table');
    const [indicator] = table.indicators;
    expect(indicator.target?.value).toBe(300.4);
    expect(indicator.periodTarget?.value).toBe(150.3);
    expect(indicator.actual?.value).toBe(160.1);
    expect(indicator.breakdown?.map((r) => r.region.value)).toEqual(['临水区', '石岭县', '白鹤县', '高新区']);
    expect(indicator.breakdown?.[0].target?.value).toBe(100.2);
  });

  it('占比由四舍五入前的数算出（160.1 / 150.3 = 106.52，表上 106.5%；55.7 / 50.1 = 111.18，表上 111.2%）也认作这两列之比：是上半年目标的完成比例，不当全年完成率', () => {
    const table = read(rows, [area('A1:E1'), area('A2:E2')]);
    expect(table.periodCompletionColumn?.letter).toBe('E');
    expect(table.indicators[0].statedCompletion).toBeNull();
  });

  it('首行不等于其余之和时，不凭一行表头当作交叉表', () => {
    const other = rows.map((r, i) => (i === 3 ? ['云川市', 280.4, 140.3, 150.1, '107.0%'] : r));
    expect(read(other, [area('A1:E1'), area('A2:E2')]).layoutClass).not.toBe('cross-table');
  });
});

describe('以市县区结尾的是地名，不是人名', () => {
  it('“云川市 | 临水区 | 石岭县”一列不当作责任人', async () => {
    const { isPersonName } = await import('../../src/core/recognize/person-name');
    expect(['云川市', '临水区', '石岭县', '高新区', '柳溪镇'].some(isPersonName)).toBe(false);
    expect(isPersonName('王建国')).toBe(true);
    expect(isPersonName('林晓')).toBe(true);
  });
});
