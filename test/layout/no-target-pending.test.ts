import { runPipeline } from '../../src/core/pipeline';
import type { CellValue, OutputPlan } from '../../src/core/model';
import { workbookOf } from '../recognize/build-snapshot';
import { sheetByRole, shown } from './plan-reading';

/**
 * A statistics table's rows are 待核实 for want of a target, yet 总览 listed them under "源表本行数据有误，更正后重新
 * 生成" and 指标测算's 判断依据 said "本行数据有误" (real-frozen-13/132 龙岗区统计月报, 19 rows): the figures are the
 * staff's and not in doubt. Both now say there is no target and nothing was judged. Made-up tables.
 */
function planOf(rows: readonly (readonly CellValue[])[]): OutputPlan {
  return runPipeline(workbookOf('某县统计资料', [{ name: '统计', rows }]), { generatedAt: '2023-10-10T04:00:00.000Z' }).plan;
}

function texts(plan: OutputPlan, role: 'overview' | 'measures'): string[] {
  return sheetByRole(plan, role).rows.flatMap((line) => line.map((value) => String(shown(value ?? null) ?? '')));
}

const STATS = [
  ['某县2023年1-9月主要经济指标'],
  ['指标名称', '计量单位', '1-9月累计', '比上年同期增长(%)'],
  ['一般公共预算收入', '万元', 52316.4, 6.2],
  ['接待游客人次', '万人次', 412.6, 18.9],
];

describe('没有目标值的待核实', () => {
  const plan = planOf(STATS);

  it('总览的待核实名单说没有目标值、未评价，不说数据有误', () => {
    const overview = texts(plan, 'overview');
    expect(overview.some((text) => text.startsWith('待核实指标（2项）：表中没有目标值，未评价完成情况'))).toBe(true);
    expect(overview.some((text) => text.includes('源表本行数据有误'))).toBe(false);
  });

  it('指标测算的判断依据同样', () => {
    const measures = texts(plan, 'measures');
    expect(measures.filter((text) => text === '表中没有目标值，未评价完成情况（计为待核实）').length).toBe(2);
    expect(measures).not.toContain('本行数据有误，待核实');
  });
});

describe('目标表里一行没有目标值、一行数据有误', () => {
  const plan = planOf([
    ['某局2023年1-9月目标任务完成情况'],
    ['指标名称', '单位', '全年目标', '1-9月完成'],
    ['新增就业人数', '人', 1200, 960],
    ['招商引资到位资金', '万元', '#REF!', 5200],
      ['城镇登记失业人数', '人', null, 842],
  ]);

  it('总览的名单标题分说两种', () => {
    expect(texts(plan, 'overview').some((text) => text.startsWith('待核实指标（2项）：其中1项表中没有目标值、未评价，其余源表本行数据有误'))).toBe(true);
  });

  it('不变：数据有误的行，判断依据仍是“本行数据有误，待核实”', () => {
    expect(texts(plan, 'measures')).toContain('本行数据有误，待核实');
  });
});
