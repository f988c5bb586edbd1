import { runsText, type ReportDoc } from '../../src/core/model';
import { runPipeline } from '../../src/core/pipeline';
import { workbookOf } from '../recognize/build-snapshot';
import type { CellValue } from '../../src/core/model';

/**
 * A statistics table (统计月报, 统计公报表: 总量, 累计, 增速, and no target) was drafted as a target table whose every
 * row was 完成数据待核实, under an opening that had the department break its targets down (seen on real-frozen-13's
 * 132/133/137/138/139 and earlier on real-frozen-6/55, -4/60, real-frozen/08). The draft now says what the table is,
 * quotes its figures as typed, and says that nothing was judged. Made-up tables in other words.
 */
function draftOf(rows: readonly (readonly CellValue[])[]): { report: ReportDoc; pending: number; text: string } {
  const out = runPipeline(workbookOf('某县统计资料', [{ name: '统计', rows }]), { generatedAt: '2023-10-10T04:00:00.000Z' });
  const report = out.report!;
  const text = [report.title, ...report.blocks.map((b) => (b.kind === 'paragraph' && b.lead ? b.lead.text : '') + runsText(b.runs))].join('\n');
  return { report, pending: out.results!.totals.pending ?? 0, text };
}

const MONTHLY = [
  ['某县2023年1-9月主要经济指标'],
  ['指标名称', '计量单位', '1-9月累计', '比上年同期增长(%)'],
  ['一般公共预算收入', '万元', 52316.4, 6.2],
  ['规模以上工业总产值', '亿元', 126.85, -3.1],
  ['城镇居民人均可支配收入', '元', 31207, 5.4],
  ['接待游客人次', '万人次', 412.6, 18.9],
];

describe('统计数据表（只有实际数和增幅，没有目标值）的汇报稿', () => {
  const { text, report } = draftOf(MONTHLY);

  it('说清这是统计数据表、没有目标值、不评价完成情况', () => {
    expect(report.title).toBe('2023年前三季度主要指标数据汇报');
    expect(text).toContain('统计数据表');
    expect(text).toContain('没有目标值');
    expect(text).toContain('不评价完成情况');
    expect(text).not.toContain('完成数据待核实');
    expect(text).not.toContain('逐项分解细化');
  });

  it('照录职员的数，不四舍五入，不写“完成”', () => {
    expect(text).toContain('一般公共预算收入：52316.4万元，');
    expect(text).toContain('6.2%');
    expect(text).toContain('31207元');
    expect(text).toMatch(/规模以上工业总产值：126\.85亿元，[^。]*下降3\.1%/);
    expect(text).not.toMatch(/完成52316|累计完成|已完成|超额|滞后|总体|努力/);
  });

  it('读不到数据的行不写“该项工作【待补充：完成情况】”，开头的项数与汇总相同', () => {
    const { text: gaps } = draftOf([...MONTHLY, ['限额以上单位个数', '个', null, null]]);
    expect(gaps).toContain('限额以上单位个数：表中未读到数据，【待补充：数据】');
    expect(gaps).toContain('（汇总中4项计为待核实，1项未读到数据、计为无数据）');
    expect(gaps).not.toContain('该项工作');
  });

  it('只有增速一列也照录：同比下降', () => {
    const { text: growthOnly } = draftOf([
      ['2023年1-6月分行业增加值增速'],
      ['行业', '增长(%)'],
      ['农林牧渔业', 3.6],
      ['建筑业', -2.4],
      ['批发和零售业', 7.1],
    ]);
    expect(growthOnly).toContain('统计数据表');
    expect(growthOnly).toMatch(/建筑业：[^。；]*下降2\.4%/);
    expect(growthOnly).not.toContain('完成数据待核实');
  });
});

describe('目标表里个别行没有目标值', () => {
  const { text, pending } = draftOf([
    ['某局2023年1-9月目标任务完成情况'],
    ['指标名称', '单位', '全年目标', '1-9月完成'],
    ['新增就业人数', '人', 1200, 960],
    ['培训农村劳动力', '人次', 3000, 2100],
    ['城镇登记失业人数', '人', null, 842],
  ]);

  it('该行照录数字并说明没有目标值、未评价；结尾不说“数据有待核实”', () => {
    expect(text).toMatch(/城镇登记失业人数[：为]*842人，表中没有目标值，未评价完成情况/);
    expect(text).toContain('“城镇登记失业人数”指标表中没有目标值，未评价完成情况');
    expect(text).not.toContain('城镇登记失业人数”指标的数据有待核实');
  });

  it('开头的待核实项数与汇总相同，并说明其中没有目标值', () => {
    expect(pending).toBe(1);
    expect(text).toContain('1项待核实（表中没有目标值，未评价完成情况）。');
    expect(text).toContain('绩效指标完成情况汇报');
  });
});

describe('不变：有责任单位的任务清单不是统计数据表', () => {
  it('只有投资额、没有目标值的项目清单', () => {
    const { text, report } = draftOf([
      ['某县2023年民生实事项目清单'],
      ['序号', '项目名称', '年度投资(万元)', '责任单位'],
      [1, '城南幼儿园新建工程', 1200, '教育局'],
      [2, '老旧小区雨污分流改造', 860, '住建局'],
    ]);
    expect(text).not.toContain('统计数据表');
    expect(report.title).toContain('绩效指标完成情况汇报');
  });
});

describe('没有一行有目标值的任务清单（非统计表）', () => {
  it('不照录读作完成值的金额，仍写“完成数据待核实”', () => {
    const { text } = draftOf([
      ['某县2023年民生实事项目清单'],
      ['序号', '项目名称', '年度投资(万元)', '责任单位'],
      [1, '城南幼儿园新建工程', 1200, '教育局'],
      [2, '老旧小区雨污分流改造', 860, '住建局'],
    ]);
    expect(text).not.toMatch(/1200|860/);
    expect(text).toContain('城南幼儿园新建工程：完成数据待核实');
    expect(text).not.toContain('没有目标值');
  });
});

describe('不变：数据本身有错的行仍写“完成数据待核实”', () => {
  it('目标值写成文字的行', () => {
    const { text } = draftOf([
      ['某局2023年1-9月目标任务完成情况'],
      ['指标名称', '单位', '全年目标', '1-9月完成'],
      ['新增就业人数', '人', 1200, 960],
      ['招商引资到位资金', '万元', '#REF!', 5200],
    ]);
    expect(text).toContain('招商引资到位资金：完成数据待核实');
    expect(text).not.toContain('统计数据表');
  });
});
