import type { CellValue } from '../../src/core/model';
import { runsText } from '../../src/core/model';
import { compute } from '../../src/core/compute';
import { recognize } from '../../src/core/recognize';
import { validate } from '../../src/core/validate';
import { narrate } from '../../src/core/narrate';
import { workbookOf } from './build-snapshot';

/*
 * A plan's 主要预期目标 table heads its target column as a growth (预期增长(%), 计划增速, 目标增幅) and its actual column
 * in % (上半年完成(%), 1-9月增速): every plain figure in them is a growth over last year, not a level. Two growths are
 * compared, never divided (4% against 6% is not 66.7% of the year's work, and is not 达到序时进度 at mid-year), and a
 * growth below zero is a fall, not a data error. A row of the same table whose cells carry a unit of their own
 * (城镇新增就业 2.7万人以上) keeps its levels. Made-up tables in other words than the published one that showed it.
 */

function wholeRun(rows: readonly (readonly CellValue[])[]) {
  const workbook = workbookOf('t.xlsx', [{ name: 'Sheet1', rows }]);
  const recognition = recognize(workbook);
  if (recognition.table === null) throw new Error(`no table was read: ${recognition.issues.map((i) => i.code).join(',')}`);
  const table = recognition.table;
  const issues = validate(table, workbook);
  const computed = compute(table, issues);
  return { table, issues, computed, results: computed.indicators };
}

describe('目标栏表头写明增长（年度预期增长、计划增长）：各行的数是增速，与完成的增速比高低，不相除', () => {
  const rows: (readonly CellValue[])[] = [
    ['某县2024年1-9月国民经济主要计划指标执行情况', null, null],
    ['指标', '年度预期增长(%)', '1-9月实绩(%)'],
    ['工业总产值', 8, 9.2],
    ['社会消费品零售总额', '7以上', 5.5],
    ['外贸进出口总额', 5, -2.4],
    ['新增城镇就业', '1.2万人', '0.95万人'],
  ];

  it('增速行：目标是增长目标（targetGrowth），完成的是增速（statedGrowth），都不是水平：没有目标值、完成值与完成率；高于目标为达到序时进度，低于为滞后', () => {
    const { table, results } = wholeRun(rows);
    const [industry, retail, trade] = table.indicators;
    expect(industry.targetGrowth?.value).toBeCloseTo(0.08);
    expect(industry.statedGrowth?.value).toBeCloseTo(0.092);
    expect(industry.target).toBeNull();
    expect(industry.actual).toBeNull();
    expect(industry.unit).toBeNull();
    expect(retail.targetGrowth?.value).toBeCloseTo(0.07);
    expect(retail.targetGrowth?.approx).toBe('atLeast');
    expect(results[0].completionRate).toBeNull();
    expect(results[0].status).toBe('on-track');
    expect(results[1].completionRate).toBeNull();
    expect(results[1].status).toBe('behind');
    expect(trade.statedGrowth?.value).toBeCloseTo(-0.024);
    expect(results[2].status).toBe('behind');
  });

  it('负增长不是数据错误（不报“是负数”），也不待核实', () => {
    const { issues, results } = wholeRun(rows);
    expect(issues.filter((i) => i.code === 'negative-value')).toEqual([]);
    expect(results[2].status).not.toBe('pending');
  });

  it('同一张表里单元格自带单位的行（1.2万人）仍是数量，照常算完成率', () => {
    const { table, results } = wholeRun(rows);
    const jobs = table.indicators[3];
    expect(jobs.targetGrowth ?? null).toBeNull();
    expect(jobs.unit).toBe('万人');
    expect(results[3].completionRate).toBeCloseTo(0.95 / 1.2);
  });
});

describe('不变：目标栏不说增长的表照旧相除', () => {
  it('“年度目标(%) | 完成(%)”的覆盖率、合格率：是水平，有完成率', () => {
    const { table, results } = wholeRun([
      ['2024年上半年指标完成情况', null, null],
      ['指标名称', '年度目标(%)', '上半年完成(%)'],
      ['农村自来水普及率', 95, 93],
      ['食品抽检合格率', 98, 98.5],
    ]);
    expect(table.indicators.map((i) => i.targetGrowth ?? null)).toEqual([null, null]);
    expect(results[0].completionRate).toBeCloseTo(93 / 95);
  });

  it('“增长额”“增加值”是数量，不是增速', () => {
    const { table } = wholeRun([
      ['2024年指标', null, null],
      ['指标', '计划增长额(亿元)', '完成(亿元)'],
      ['存款余额', 12, 10],
      ['贷款余额', 8, 9],
    ]);
    expect(table.indicators.map((i) => i.targetGrowth ?? null)).toEqual([null, null]);
    expect(table.indicators.map((i) => i.unit)).toEqual(['亿元', '亿元']);
    expect(table.indicators[0].actual?.value).toBeCloseTo(10);
  });
});

describe('汇报稿：名称不说增长的增长指标写作“增长N%”，不写“达到N%”', () => {
  it('地区生产总值 | 预期增长 6 | 上半年 4：句子是“增长4%，比全年目标6%低2个百分点”；名称已说“增长率”的照旧', () => {
    const { table, computed } = wholeRun([
      ['2024年上半年主要预期目标完成情况', null, null],
      ['指标名称', '预期增长(%)', '上半年完成(%)'],
      ['地区生产总值', 6, 4],
      ['外贸进出口增长率', 5, 7],
    ]);
    const text = narrate(table, computed).blocks.map((block) => (block.kind === 'paragraph' && block.lead ? block.lead.text : '') + runsText(block.runs)).join('\n');
    expect(text).toContain('增长4%');
    expect(text).toContain('比全年目标6%低2个百分点');
    expect(text).not.toContain('达到4%');
    expect(text).not.toContain('增长率：增长');
  });
});

describe('汇报稿：增速对增长目标，没有水平值时也照实写，不写“尚未填报”', () => {
  const text = (rows: (readonly CellValue[])[]) => {
    const { table, computed } = wholeRun(rows);
    return narrate(table, computed).blocks.map((block) => (block.kind === 'paragraph' && block.lead ? block.lead.text : '') + runsText(block.runs)).join('\n');
  };

  it('负增长写作“下降”，与目标比百分点，不相除', () => {
    const draft = text([
      ['某区1-9月计划执行情况', null, null],
      ['项目', '全年预期增长(%)', '1-9月增长(%)'],
      ['工业用电量', '7以上', -2.5],
      ['税收收入', 4, 4],
    ]);
    expect(draft).toContain('下降2.5%，比全年目标7%低9.5个百分点');
    expect(draft).toContain('增长4%，实现全年目标4%');
    expect(draft).not.toContain('尚未填报');
    expect(draft).not.toMatch(/完成全年目标的\d/);
  });

  it('越小越好的增速（涨幅3以内、能耗-3以上）：在上限以内为达到序时进度，超出为滞后，都不说尚未填报', () => {
    const rows: (readonly CellValue[])[] = [
      ['某区1-9月计划执行情况', null, null],
      ['项目', '全年预期增长(%)', '1-9月增长(%)'],
      ['居民消费价格', '3以内', 1.1],
      ['居民消费价格涨幅', '3以内', 3.4],
      ['单位GDP能耗', '-3以上', -3.5],
    ];
    const { results } = wholeRun(rows);
    expect(results.map((r) => r.status)).toEqual(['on-track', 'behind', 'on-track']);
    const draft = text(rows);
    expect(draft).toContain('增长1.1%，控制在全年目标3%以内');
    expect(draft).toContain('增长3.4%，比全年目标3%高0.4个百分点');
    expect(draft).toContain('下降3.5%，达到全年下降3%的目标');
    expect(draft).not.toContain('尚未填报');
  });

  it('说明照引：说明已写了增速的，说明在前、只补上与目标的比较；增速一格空着的行仍说尚未填报', () => {
    const draft = text([
      ['某区1-9月计划执行情况', null, null, null],
      ['项目', '全年预期增长(%)', '1-9月增长(%)', '说明'],
      ['工业用电量', 7, null, null],
      ['税收收入', 4, 3.1, '受减税影响'],
      ['工业产值', 4, 5.1, '同比增长5.1%，增速居全市第二'],
    ]);
    expect(draft).toContain('工业用电量：完成情况尚未填报');
    expect(draft).toContain('增长3.1%，比全年目标4%低0.9个百分点');
    expect(draft).toContain('受减税影响');
    expect(draft).toContain('同比增长5.1%，增速居全市第二，比全年目标4%高1.1个百分点');
    expect(draft).not.toContain('本项');
  });
});

/*
 * 目标增速, 计划增速(%), 年度目标增速: headers that name a growth first read their column as the growth reached. Its values
 * say otherwise when they are written as bounds (6.5以上, 3以内): across the tuning tables 188 of 493 targets and 23 of 98
 * target growths carry a bound, and none of 363 growths reached. Such a column, where the table has no target column,
 * is the growth target — asked about, for the bounds are evidence, not proof.
 */
describe('增速一栏的数写成“以上”“以内”：是增长目标，不是完成的增速（要问）', () => {
  const read = (rows: (readonly CellValue[])[]) => recognize(workbookOf('t.xlsx', [{ name: 'Sheet1', rows }]));

  it('“目标增速 | 实际增速”：目标增速是目标栏，与实际增速比高低，并问一句', () => {
    const recognition = read([
      ['某区2024年1-9月主要指标', null, null],
      ['指标', '目标增速', '实际增速'],
      ['地区生产总值', '6以上', 5.2],
      ['规上工业增加值', '7以上', -2.5],
      ['居民消费价格', '3以内', 1.1],
      ['税收收入', 4, 4.6],
    ]);
    const table = recognition.table!;
    expect(table.columns.target?.letter).toBe('B');
    expect(table.columns.growth).toBeUndefined();
    expect(recognition.unsure).toContain('target');
    expect(table.indicators[0].targetGrowth?.value).toBeCloseTo(0.06);
    expect(table.indicators[0].statedGrowth?.value).toBeCloseTo(0.052);
    expect(table.indicators[1].statedGrowth?.value).toBeCloseTo(-0.025);
    expect(table.indicators[3].targetGrowth?.value).toBeCloseTo(0.04);
  });

  it('不变：统计表“比上年增长(%)”一栏是完成的增速，只有一格写“以上”也不改', () => {
    const table = read([
      ['某县2024年1-9月主要经济指标', null, null],
      ['指标', '1-9月累计(亿元)', '比上年增长(%)'],
      ['地区生产总值', 120.5, 5.6],
      ['固定资产投资', 60.2, '10以上'],
      ['社会消费品零售总额', 45.1, -1.2],
      ['一般公共预算收入', 8.3, 3.3],
    ]).table!;
    expect(table.columns.growth?.letter).toBe('C');
    expect(table.columns.target).toBeUndefined();
    expect(table.indicators[0].statedGrowth?.value).toBeCloseTo(0.056);
  });

  it('不变：表里已有目标栏时，增速一栏照旧是增速', () => {
    const table = read([
      ['某县2024年1-9月主要经济指标', null, null, null],
      ['指标', '年度目标(亿元)', '1-9月完成(亿元)', '增速(%)'],
      ['地区生产总值', '150以上', 120.5, '5以上'],
      ['固定资产投资', '80以上', 60.2, '8以上'],
    ]).table!;
    expect(table.columns.target?.letter).toBe('B');
    expect(table.columns.growth?.letter).toBe('D');
  });
});
