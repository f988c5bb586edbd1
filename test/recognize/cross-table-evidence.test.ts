import { compute } from '../../src/core/compute';
import type { CellValue, IndicatorTable } from '../../src/core/model';
import { refToString, runsText } from '../../src/core/model';
import { narrate } from '../../src/core/narrate';
import { recognize } from '../../src/core/recognize';
import { area, workbookOf, type SheetSpec } from './build-snapshot';

/*
 * A cross-table is told from what its cells hold, not from one publisher's words: places down the side, and
 * across the top rates that are one figure divided by another on every row.
 */

type Row = readonly CellValue[];

/** 开工 and 投资 of five invented 市州: plan, done, and the rate as the sheet writes it. */
const PLACES: readonly (readonly [string, number, number, number, number])[] = [
  ['东山市', 150, 143, 86157.25, 36836.13],
  ['西岭市', 71, 44, 13533.4, 4756.44],
  ['南湖市', 87, 71, 19099.87, 6930.72],
  ['北原州', 146, 58, 68429.76, 27456.4],
  ['青石市', 40, 40, 6828, 5952],
];

const percent = (part: number, whole: number): string => `${((part / whole) * 100).toFixed(2)}%`;

function placeRows(): Row[] {
  return PLACES.map(([name, plan, done, budget, spent], i) => [i + 1, name, plan, done, percent(done, plan), budget, spent, percent(spent, budget)]);
}

function totalRow(label: string): Row {
  const sum = (k: 1 | 2 | 3 | 4): number => Math.round(PLACES.reduce((acc, p) => acc + p[k], 0) * 100) / 100;
  return [label, null, sum(1), sum(2), percent(sum(2), sum(1)), sum(3), sum(4), percent(sum(4), sum(3))];
}

/** One header row of column names only: no indicator heads over them, the total at the bottom merged over 序号 and 市州. */
function oneRowHeader(headers: readonly string[]): SheetSpec {
  const rows: Row[] = [['某省2021年民生实事完成进度表'], ['(截至2021年8月底)'], headers, ...placeRows(), totalRow('全省')];
  return { name: 'Sheet1', rows, merges: [area('A1:H1'), area('A2:H2'), area(`A${rows.length}:B${rows.length}`)] };
}

describe('只有一行列名的交叉表：指标由“率＝完成数÷计划数”认出', () => {
  const recognition = recognize(workbookOf('进度', [oneRowHeader(['序号', '市 州', '计划完成数', '累计开工数', '开工率', '计划投资额(万元)', '累计完成投资额(万元)', '投资进度'])]));
  const table = recognition.table as IndicatorTable;

  it('两个率各是其左边两列之商：两项指标，名称取完成数的列名，单位取括号', () => {
    expect(table.layoutClass).toBe('cross-table');
    expect(table.indicators.map((i) => i.name.value)).toEqual(['累计开工数', '累计完成投资额']);
    expect(table.indicators.map((i) => i.unit)).toEqual([null, '万元']);
    expect(table.headerRows).toEqual([3]);
  });

  it('写成百分数的一列（投资进度 42.75%）按它的数认作率，不因列名像“完成数”而当作完成值', () => {
    const invest = table.indicators[1];
    expect(refToString(invest.target!.cell)).toBe('Sheet1!F9');
    expect(refToString(invest.actual!.cell)).toBe('Sheet1!G9');
    expect(refToString(invest.statedCompletion!.cell)).toBe('Sheet1!H9');
  });

  it('合计行“全省”在最下面，且写在与序号合并的格里，仍是指标自己的数', () => {
    const starts = table.indicators[0];
    expect(starts.target?.value).toBe(494);
    expect(starts.actual?.value).toBe(356);
    expect(starts.breakdown?.map((r) => r.region.value)).toEqual(PLACES.map((p) => p[0]));
    expect(starts.breakdown?.[1]).toMatchObject({ target: { value: 71 }, actual: { value: 44 } });
  });

  it('地区左边的“序号”是编号列，地区列是行标签', () => {
    expect(table.columns.id?.letter).toBe('A');
    expect(table.columns.category?.letter).toBe('B');
  });

  it('时段取自表题下一行', () => {
    expect(table.period).toMatchObject({ year: 2021, fromMonth: 1, toMonth: 8 });
  });
});

describe('数对不上的率不认作指标', () => {
  it('只有一个率对得上：一列地区配一项指标，是逐行的表，不是交叉表', () => {
    const spec = oneRowHeader(['序号', '市州', '计划完成数', '累计开工数', '开工率', '计划投资额(万元)', '累计完成投资额(万元)', '投资进度']);
    // 投资进度 no longer equals 完成 ÷ 计划 on any row.
    const rows = spec.rows.map((row, i) => (i >= 3 ? row.map((v, c) => (c === 7 ? '12.00%' : v)) : row));
    const table = recognize(workbookOf('进度', [{ ...spec, rows }])).table;
    expect(table?.layoutClass).not.toBe('cross-table');
  });
});

describe('一个表头下几项对同一基数的数：每个率一项指标', () => {
  const rows: Row[] = [
    ['地区', '资金拨付情况(万元、%)', null, null, null, null],
    [null, '年初预算安排数', '资金下达数', '下达比例', '资金拨付数', '拨付比例'],
    ['全 省', 2000, 1900, '95.00%', 800, '40.00%'],
    ['东 山', 1000, 1000, '100.00%', 500, '50.00%'],
    ['西 岭', 600, 500, '83.33%', 180, '30.00%'],
    ['南湖', 400, 400, '100.00%', 120, '30.00%'],
  ];
  const table = recognize(workbookOf('资金', [{ name: 'Sheet1', rows, merges: [area('A1:A2'), area('B1:F1')] }])).table as IndicatorTable;

  it('下达、拨付各一项，目标都是年初预算安排数，单位取括号里的第一个', () => {
    expect(table.layoutClass).toBe('cross-table');
    expect(table.indicators.map((i) => i.name.value)).toEqual(['资金下达数', '资金拨付数']);
    for (const indicator of table.indicators) {
      expect(indicator).toMatchObject({ unit: '万元', target: { value: 2000 }, path: ['资金拨付情况(万元、%)'] });
      expect(refToString(indicator.target!.cell)).toBe('Sheet1!B3');
    }
    expect(table.indicators.map((i) => i.actual?.value)).toEqual([1900, 800]);
    expect(table.indicators[1].statedCompletion?.value).toBeCloseTo(0.4, 10);
  });

  it('地名照原样引用（东 山），字间空格不妨碍认出“全 省”合计行', () => {
    expect(table.indicators[0].breakdown?.map((r) => r.region.value)).toEqual(['东 山', '西 岭', '南湖']);
  });
});

describe('表头只说“情况”时，指标名取其上写明的任务', () => {
  it('“三、建设10个乡镇综合文化站”之下的“项目推进情况(个)”：名称取任务（去掉编号），路径是“推进情况”', () => {
    const rows: Row[] = [
      ['地区', '三、建设10个乡镇综合文化站', null, null, '四、新建20个村级服务中心', null, null],
      [null, '项目推进情况(个)', null, null, '项目推进情况(个)', null, null],
      [null, '目标任务', '完成情况', '完成比例', '目标任务', '完成情况', '完成比例'],
      ['全县', 10, 8, '80.00%', 20, 15, '75.00%'],
      ['城关镇', 4, 4, '100.00%', 8, 6, '75.00%'],
      ['新安镇', 6, 4, '66.67%', 12, 9, '75.00%'],
    ];
    const merges = [area('A1:A3'), area('B1:D1'), area('E1:G1'), area('B2:D2'), area('E2:G2')];
    const table = recognize(workbookOf('文化', [{ name: 'Sheet1', rows, merges }])).table as IndicatorTable;
    expect(table.layoutClass).toBe('cross-table');
    expect(table.indicators.map((i) => i.name.value)).toEqual(['建设10个乡镇综合文化站', '新建20个村级服务中心']);
    expect(table.indicators.map((i) => i.path)).toEqual([['项目推进情况(个)'], ['项目推进情况(个)']]);
    expect(table.indicators.map((i) => i.unit)).toEqual(['个', '个']);
    expect(table.indicators[1]).toMatchObject({ target: { value: 20 }, actual: { value: 15 } });
    // The draft's heading is the group, without the figures' unit and without a second 完成情况.
    const headings = narrate(table, compute(table, [])).blocks.filter((b) => b.kind === 'heading').map((b) => runsText(b.runs));
    expect(headings).toContain('一、项目推进情况');
    expect(headings.some((h) => h.includes('(个)'))).toBe(false);
  });
});

describe('表头里写的界限（低于、不超过）是目标的上限', () => {
  it('“城镇登记失业率低于(%)”：名称不带“低于”，目标是上限，越低越好', () => {
    const rows: Row[] = [
      ['县区', '城镇登记失业率低于(%)', null, '城镇新增就业(人)', null, null],
      [null, '目标任务', '进度', '目标任务', '进度', '完成比例(%)'],
      ['全市', 4.3, 3.57, 2000, 1500, 75],
      ['东坡区', 4.3, 3.2, 1200, 900, 75],
      ['彭山区', 4.3, 3.9, 800, 600, 75],
    ];
    const table = recognize(workbookOf('就业', [{ name: 'Sheet1', rows, merges: [area('A1:A2'), area('B1:C1'), area('D1:F1')] }])).table as IndicatorTable;
    const rate = table.indicators.find((i) => i.name.value === '城镇登记失业率');
    expect(rate).toMatchObject({ direction: 'lower', unit: '%', target: { value: 4.3, approx: 'atMost' }, actual: { value: 3.57 } });
    expect(rate?.breakdown?.map((r) => r.target?.approx)).toEqual(['atMost', 'atMost']);
  });
});

describe('没有“地区”表头时，地区列从它的值认出', () => {
  const header = ['市别', '计划完成数', '累计开工数', '开工率', '计划投资额(万元)', '累计完成投资额(万元)', '投资完成率'];
  const places: Row[] = [
    ['东山', 150, 143, '95.33%', 800, 400, '50.00%'],
    ['西岭', 71, 44, '61.97%', 500, 100, '20.00%'],
    ['攀石岗', 87, 71, '81.61%', 300, 90, '30.00%'],
  ];
  const total: Row = ['全省', 308, 258, '83.77%', 1600, 590, '36.88%'];

  it('不带“市”“县”的短地名，有“全省”合计行时是地区', () => {
    const table = recognize(workbookOf('进度', [{ name: 'Sheet1', rows: [header, total, ...places] }])).table as IndicatorTable;
    expect(table.layoutClass).toBe('cross-table');
    expect(table.indicators[0].breakdown?.map((r) => r.region.value)).toEqual(['东山', '西岭', '攀石岗']);
    expect(table.indicators.map((i) => i.actual?.value)).toEqual([258, 590]);
  });

  it('同样的短名而没有合计行：不凭两三个字就当作地区', () => {
    const table = recognize(workbookOf('进度', [{ name: 'Sheet1', rows: [header, ...places] }])).table;
    expect(table?.layoutClass).not.toBe('cross-table');
  });
});

describe('率写成小数（0.95、1.879）也按“完成数÷计划数”认出', () => {
  it('超过150%的小数率不被当作1.879个百分点', () => {
    const rows: Row[] = [
      ['县区', '计划新增就业', '新增就业', '就业完成率', '计划培训', '培训人次', '培训完成率'],
      ['合计', 3000, 4637, 1.5457, 800, 700, 0.875],
      ['东坡区', 1000, 1879, 1.879, 300, 285, 0.95],
      ['彭山区', 2000, 2758, 1.379, 500, 415, 0.83],
    ];
    const table = recognize(workbookOf('就业', [{ name: 'Sheet1', rows }])).table as IndicatorTable;
    expect(table.layoutClass).toBe('cross-table');
    expect(table.indicators.map((i) => i.name.value)).toEqual(['新增就业', '培训人次']);
    expect(table.indicators[0].breakdown?.[0]).toMatchObject({ target: { value: 1000 }, actual: { value: 1879 } });
    expect(table.indicators[0].breakdown?.[0].rate?.value).toBeCloseTo(1.879, 10);
    expect(table.indicators[0].statedCompletion?.value).toBeCloseTo(1.5457, 10);
    expect(table.indicators[1].breakdown?.[0].rate?.value).toBeCloseTo(0.95, 10);
  });
});
