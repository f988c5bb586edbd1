import type { CellValue, IndicatorTable } from '../../src/core/model';
import { recognize } from '../../src/core/recognize';
import { workbookOf } from './build-snapshot';

/*
 * A handling table: the units that handle one task down the side (承办单位, 办理单位, 受理单位 — offices and districts
 * alike), the cases each received and closed across, and a stated rate that is closed ÷ received on every row. It
 * is one task split over units (a cross-table), not one indicator per column. Some publishers cut the rate to
 * the digits shown instead of rounding it. Made-up tables in words other than any published one; ordinary
 * target/actual tables and region statistics must read as before.
 */

type Row = readonly CellValue[];

function read(rows: readonly Row[]): IndicatorTable {
  const table = recognize(workbookOf('t.xlsx', [{ name: 'Sheet1', rows }])).table;
  if (table === null) throw new Error('no table was read');
  return table;
}

const regionsOf = (table: IndicatorTable, i = 0) => (table.indicators[i].breakdown ?? []).map((r) => [r.region.value, r.target?.value ?? null, r.actual?.value ?? null]);

describe('单位×受理/办结/办结率：一项办理任务分到各单位', () => {
  it('受理件数 | 办结件数 | 办结率（四舍五入），合计在最下：一项指标，目标=受理，完成=办结', () => {
    const table = read([
      ['某县2023年三季度政务热线诉求办理情况'],
      ['办理单位', '受理件数', '办结件数', '办结率'],
      ['县住建局', 40, 39, '97.5%'],
      ['县交通局', 25, 25, '100%'],
      ['城关镇人民政府', 61, 58, '95.1%'],
      ['县供电公司', 12, 11, '91.7%'],
      ['合计', 138, 133, '96.4%'],
    ]);
    expect(table.layoutClass).toBe('cross-table');
    expect(table.indicators).toHaveLength(1);
    expect(table.indicators[0].name.value).toBe('办结件数');
    expect(table.indicators[0].target?.value).toBe(138);
    expect(table.indicators[0].actual?.value).toBe(133);
    expect(regionsOf(table)).toEqual([
      ['县住建局', 40, 39],
      ['县交通局', 25, 25],
      ['城关镇人民政府', 61, 58],
      ['县供电公司', 12, 11],
    ]);
  });

  it('收件 | 在办 | 按时回复 | 按时回复率（截去小数而非四舍五入）：仍认出回复率＝回复÷收件', () => {
    const table = read([
      ['承办县区', '收件数', '在办数', '按时回复数', '按时回复率'],
      ['东城区', 300, 3, 297, '99%'],
      ['西湖县', 150, 1, 149, '99%'],
      ['南山县', 70, 4, 66, '94%'],
      ['北塘区', 9, 0, 9, '100%'],
      ['总计', 529, 8, 521, '98%'],
    ]);
    expect(table.layoutClass).toBe('cross-table');
    expect(table.indicators).toHaveLength(1);
    expect(table.indicators[0].target?.value).toBe(529);
    expect(table.indicators[0].actual?.value).toBe(521);
    expect(regionsOf(table).map((r) => r[0])).toEqual(['东城区', '西湖县', '南山县', '北塘区']);
  });
});

describe('没有办结率：目标与完成由数与列名认出', () => {
  it('派单数 | 完成数 | 未完成数，每行派单＝完成＋未完成，无合计行：一项指标，各单位目标=派单、完成=完成数', () => {
    const table = read([
      ['2024年6月各承接单位工单处理情况'],
      ['承接单位', '派单数', '完成数', '未完成数'],
      ['市水务集团', 30, 28, 2],
      ['东湖街道办事处', 14, 14, 0],
      ['市园林局', 9, 6, 3],
      ['市燃气公司', 5, 5, 0],
    ]);
    expect(table.layoutClass).toBe('cross-table');
    expect(table.indicators).toHaveLength(1);
    expect(table.indicators[0].name.value).toBe('完成数');
    expect(regionsOf(table)).toEqual([
      ['市水务集团', 30, 28],
      ['东湖街道办事处', 14, 14],
      ['市园林局', 9, 6],
      ['市燃气公司', 5, 5],
    ]);
  });

  it('收件(件) | 答复(件)，合计在最下，答复从不多于收件：一项指标', () => {
    const table = read([
      ['受理单位', '收件(件)', '答复(件)'],
      ['区教育局', 7, 7],
      ['区卫健委', 12, 10],
      ['北关镇政府', 4, 4],
      ['合计', 23, 21],
    ]);
    expect(table.indicators).toHaveLength(1);
    expect(table.indicators[0].target?.value).toBe(23);
    expect(table.indicators[0].actual?.value).toBe(21);
  });

  it('单位下两栏无关的数（人员数 | 车辆数）：不读成办理任务', () => {
    const recognition = recognize(workbookOf('t.xlsx', [{ name: 'Sheet1', rows: [
      ['责任单位', '人员数', '车辆数'],
      ['区教育局', 70, 7],
      ['区卫健委', 120, 10],
      ['北关镇政府', 40, 4],
      ['合计', 230, 21],
    ] }]));
    const readings = recognition.table?.indicators ?? [];
    expect(readings.some((i) => i.target !== null && i.actual !== null)).toBe(false);
  });
});

describe('不能改的表', () => {
  it('普通的目标/完成表（计量单位一栏叫“单位”）：仍是一行一个指标', () => {
    const table = read([
      ['序号', '指标名称', '单位', '年度目标', '完成数', '完成率'],
      [1, '新增城镇就业', '人', 1200, 1100, '91.7%'],
      [2, '农村公路建设', '公里', 80, 82, '102.5%'],
      [3, '植树造林', '亩', 5000, 4500, '90%'],
      [4, '危房改造', '户', 300, 300, '100%'],
    ]);
    expect(table.layoutClass).not.toBe('cross-table');
    expect(table.indicators.map((i) => i.name.value)).toEqual(['新增城镇就业', '农村公路建设', '植树造林', '危房改造']);
    expect(table.indicators[1].unit).toBe('公里');
  });

  it('任务表里的“责任单位”一栏在任务名右边（有合计行）：仍是一行一个任务，责任单位是部门', () => {
    const table = read([
      ['序号', '工作任务', '责任单位', '年度目标', '完成数', '完成率'],
      [1, '新建标准化卫生室', '县卫健局', 12, 10, '83.3%'],
      [2, '改造农贸市场', '县商务局', 4, 4, '100%'],
      [3, '新增公共停车位', '县住建局', 800, 650, '81.3%'],
      [4, '建设口袋公园', '县城管局', 6, 3, '50%'],
      ['合计', '', '', 822, 667, '81.1%'],
    ]);
    expect(table.layoutClass).not.toBe('cross-table');
    expect(table.indicators.map((i) => i.name.value).slice(0, 4)).toEqual(['新建标准化卫生室', '改造农贸市场', '新增公共停车位', '建设口袋公园']);
    expect(table.indicators[0].department?.value).toBe('县卫健局');
  });

  it('“承办单位”在事项名右边、下分几期进展：仍是事项表，承办单位是部门', () => {
    const table = read([
      ['民生事项', '承办单位', '一季度', '二季度', '三季度'],
      ['新建社区食堂8家', '县民政局', '完成选址', '建成3家', '建成8家,全面完成'],
      ['改造农贸市场3个', '县商务局', '完成设计', '开工2个', '完工3个'],
    ]);
    expect(table.layoutClass).not.toBe('cross-table');
    expect(table.indicators.map((i) => i.name.value)).toEqual(['新建社区食堂8家', '改造农贸市场3个']);
  });

  it('地区统计表（地区 × 两项指标各有计划、完成、完成率）：仍是两项指标，各分到地区', () => {
    const table = read([
      ['地区', '计划开工数', '累计开工数', '开工率', '计划投资(万元)', '完成投资(万元)', '投资完成率'],
      ['东山县', 20, 18, '90.00%', 1000, 800, '80.00%'],
      ['西岭县', 10, 10, '100.00%', 500, 450, '90.00%'],
      ['南湖县', 8, 6, '75.00%', 400, 100, '25.00%'],
      ['合计', 38, 34, '89.47%', 1900, 1350, '71.05%'],
    ]);
    expect(table.layoutClass).toBe('cross-table');
    expect(table.indicators.map((i) => i.name.value)).toEqual(['累计开工数', '完成投资']);
  });
});

describe('只给办结率、不给办结件数：办结率就是办结÷交办', () => {
  const rows: readonly Row[] = [
    ['2024年二季度政务热线工单办理情况'],
    ['序号', '承办单位', '转办件数', '按时办结率', '群众满意率', '综合得分'],
    [1, '东湖街道', 412, '97.33%', '95.10%', 96.2],
    [2, '市住建局', 268, '99.25%', '93.80%', 95.7],
    [3, '城西镇', 75, '100.00%', '98.67%', 99.1],
    [4, '市供水公司', 156, '94.87%', '90.38%', 92.4],
  ];

  it('承办单位 | 转办件数 | 按时办结率 | 群众满意率，无合计行：一项办理任务，各单位目标=转办件数、完成率=按时办结率', () => {
    const table = read(rows);
    expect(table.layoutClass).toBe('cross-table');
    const handled = table.indicators.find((i) => i.name.value === '按时办结率');
    expect(handled).toBeDefined();
    expect((handled?.breakdown ?? []).map((r) => [r.region.value, r.target?.value ?? null, r.rate?.value ?? null])).toEqual([
      ['东湖街道', 412, 0.9733],
      ['市住建局', 268, 0.9925],
      ['城西镇', 75, 1],
      ['市供水公司', 156, 0.9487],
    ]);
    // No whole line: the reading is asked about, not taken silently.
    expect(handled?.confidence).toBeLessThan(0.75);
    // 满意率 measures something else: an indicator of its own, never the completion of the cases.
    expect(table.indicators.map((i) => i.name.value)).toContain('群众满意率');
    expect(table.indicators.some((i) => i.name.value === '综合得分')).toBe(false);
  });

  it('两栏都是收进来的件数（受理件数、转办件数）：不知道办结率对哪一栏，不这样读', () => {
    const recognition = recognize(workbookOf('t.xlsx', [{ name: 'Sheet1', rows: [
      ['承办单位', '受理件数', '转办件数', '办结率'],
      ['东湖街道', 500, 412, '97.33%'],
      ['市住建局', 300, 268, '99.25%'],
      ['城西镇', 90, 75, '100.00%'],
    ] }]));
    const readings = recognition.table?.indicators ?? [];
    expect(readings.some((i) => (i.breakdown ?? []).some((r) => r.target !== null && r.rate !== null))).toBe(false);
  });

  it('“办结率”一栏有超过100%的数：不是办结的占比，不这样读', () => {
    const recognition = recognize(workbookOf('t.xlsx', [{ name: 'Sheet1', rows: [
      ['承办单位', '转办件数', '办结率'],
      ['东湖街道', 412, '97.33%'],
      ['市住建局', 268, '112.50%'],
      ['城西镇', 75, '100.00%'],
    ] }]));
    const readings = recognition.table?.indicators ?? [];
    expect(readings.some((i) => (i.breakdown ?? []).some((r) => r.target !== null && r.rate !== null))).toBe(false);
  });
});

describe('表头只写“单位”，下面是一个个机关：也是分到各单位的办理任务', () => {
  const header = ['序号', '单位', '交办件数', '电话办结', '网站办结', '办结件数', '在办件数', '办结率', '不满意件数', '不满意率'];

  it('件件办结（在办都是0）：办结件数是电话、网站两栏之和，读它，不读其中一栏', () => {
    const table = read([
      ['附件：5月份政务服务热线交办件办理情况'],
      header,
      [1, '区教育局', 64, 50, 14, 64, 0, '100%', 5, '10%'],
      [2, '区卫健委', 41, 30, 11, 41, 0, '100%', 6, '20%'],
      [3, '区城管局', 37, 25, 12, 37, 0, '100%', 1, '4%'],
      [4, '区人社局', 22, 20, 2, 22, 0, '100%', 2, '10%'],
    ]);
    expect(table.layoutClass).toBe('cross-table');
    const handled = table.indicators.find((i) => i.name.value === '办结件数');
    expect(handled).toBeDefined();
    expect((handled?.breakdown ?? []).map((r) => [r.region.value, r.target?.value ?? null, r.actual?.value ?? null, r.rate?.value ?? null])).toEqual([
      ['区教育局', 64, 64, 1],
      ['区卫健委', 41, 41, 1],
      ['区城管局', 37, 37, 1],
      ['区人社局', 22, 22, 1],
    ]);
    // 办结率 is this task's completion, not a task of its own.
    expect(table.indicators.some((i) => i.name.value === '办结率')).toBe(false);
  });

  it('有在办的：办结率＝办结件数÷交办件数，读作各单位的完成率', () => {
    const table = read([
      header,
      [1, '区教育局', 64, 40, 14, 54, 10, '84.38%', 4, '10%'],
      [2, '区卫健委', 41, 30, 8, 38, 3, '92.68%', 3, '10%'],
      [3, '区城管局', 37, 25, 12, 37, 0, '100%', 1, '4%'],
    ]);
    const handled = table.indicators.find((i) => i.name.value === '办结件数');
    expect((handled?.breakdown ?? []).map((r) => [r.target?.value ?? null, r.actual?.value ?? null, r.rate?.value ?? null])).toEqual([
      [64, 54, 0.8438],
      [41, 38, 0.9268],
      [37, 37, 1],
    ]);
  });

  it('“单位”下是计量单位（万元、个），或机关旁边的数不是件数：不读成办理任务', () => {
    const measured = recognize(workbookOf('t.xlsx', [{ name: 'Sheet1', rows: [
      ['序号', '单位', '交办件数', '办结件数', '办结率'],
      [1, '件', 64, 54, '84.38%'],
      [2, '件', 41, 38, '92.68%'],
      [3, '件', 37, 37, '100%'],
    ] }])).table;
    expect(measured?.layoutClass).not.toBe('cross-table');
    const investment = recognize(workbookOf('t.xlsx', [{ name: 'Sheet1', rows: [
      ['序号', '单位', '年度目标(万元)', '完成(万元)', '完成率'],
      [1, '县发改局', 5000, 4200, '84%'],
      [2, '县商务局', 3000, 3300, '110%'],
      [3, '县工信局', 8000, 6400, '80%'],
      [4, '县农业农村局', 2000, 1500, '75%'],
    ] }])).table;
    expect(investment?.layoutClass).not.toBe('cross-table');
  });
});

describe('第一栏“责任单位”、右边数的是工单：按单位分开的一项办理量', () => {
  it('责任单位 | 派单量 | 占比 | 同比，总计在最下：一项指标（派单量），各单位是分解；占比是各单位占总计的份额，不是指标', () => {
    const table = read([
      ['(三)各责任单位派单情况'],
      ['责任单位', '派单量', '占比', '同比'],
      ['各乡镇(街道)', 6120, '68.00%', '5.20%'],
      ['县直部门', 2430, '27.00%', '-3.10%'],
      ['公共服务企业', 450, '5.00%', '/'],
      ['总计', 9000, '100%', '2.40%'],
    ]);
    expect(table.layoutClass).toBe('cross-table');
    expect(table.indicators.map((i) => i.name.value)).toEqual(['派单量']);
    expect(table.indicators[0].actual?.value).toBe(9000);
    expect((table.indicators[0].breakdown ?? []).map((r) => [r.region.value, r.actual?.value ?? null])).toEqual([
      ['各乡镇(街道)', 6120],
      ['县直部门', 2430],
      ['公共服务企业', 450],
    ]);
  });

  it('第一栏“责任单位”、右边是目标与完成（不是件数）：不当作办理量的分解', () => {
    const recognition = recognize(workbookOf('t.xlsx', [{ name: 'Sheet1', rows: [
      ['责任单位', '目标任务(万元)', '完成(万元)', '完成率'],
      ['县发改局', 5000, 4200, '84%'],
      ['县商务局', 3000, 3300, '110%'],
      ['合计', 8000, 7500, '93.75%'],
    ] }]));
    expect(recognition.table?.layoutClass).not.toBe('cross-table');
  });

  it('地区表里的“比重”不是各地占全市的份额（是完成的比例）：仍读作一项指标', () => {
    const table = read([
      ['地区', '新增就业(人)', '比重'],
      ['东山县', 1200, '110.00%'],
      ['西岭县', 800, '95.00%'],
      ['南湖县', 500, '80.00%'],
      ['全市', 2500, '98.00%'],
    ]);
    expect(table.indicators.map((i) => i.name.value)).toContain('比重');
  });
});
