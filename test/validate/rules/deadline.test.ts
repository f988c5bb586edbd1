import { referenceDate } from '../../../src/core/validate/rules/deadline';
import { build, indicator, soundRow } from '../table-builder';
import { findings } from '../found';

describe('deadline-passed 时限已过但未完成', () => {
  it('完成时限 5 月 31 日已过、完成值未达目标时提醒（截至半年末）', () => {
    const built = build([indicator(soundRow({ deadline: '2009-05-31' }))]);
    const [found] = findings(built, 'deadline-passed');
    expect(found.cell).toBe(built.ref('固定资产投资', 'deadline'));
    expect(found.issue.severity).toBe('warning');
    expect(found.message).toBe('“固定资产投资”的完成时限 2009-05-31 已过（截至 2009-06-30），但尚未完成。');
  });

  it('定性指标说明写“正在推进”也算未完成', () => {
    const built = build([indicator({ name: '南北挂钩共建园区', kind: 'qualitative', deadline: '2009-03-31', progressText: '申报工作正在有序推进' })]);
    expect(findings(built, 'deadline-passed')).toHaveLength(1);
  });

  it('--as-of 给定的日期优先于报告期末', () => {
    const built = build([indicator(soundRow({ deadline: '2009-06-15' }))], { period: { asOf: '2009-06-10' } });
    expect(findings(built, 'deadline-passed')).toEqual([]);
    expect(referenceDate(built.table.period)).toBe('2009-06-10');
  });

  it('已完成的、时限未到的、时限当天的都不报', () => {
    const done = build([indicator(soundRow({ deadline: '2009-03-31', target: 30, actual: 39.9 }))]);
    const qualitativeDone = build([indicator({ name: '年度计划', kind: 'qualitative', deadline: '2009-03-31', progressText: '已印发全县执行，已完成' })]);
    const future = build([indicator(soundRow({ deadline: '2009-12-31' }))]);
    const sameDay = build([indicator(soundRow({ deadline: '2009-06-30' }))]);
    for (const built of [done, qualitativeDone, future, sameDay]) expect(findings(built, 'deadline-passed')).toEqual([]);
  });

  it('报告期末按月份算到该月最后一天（含闰年 2 月）', () => {
    expect(referenceDate({ year: 2008, fromMonth: 1, toMonth: 2, expectedProgress: 2 / 12, label: '1—2月', source: 'title' })).toBe('2008-02-29');
    expect(referenceDate({ year: Number.NaN, fromMonth: 1, toMonth: 6, expectedProgress: 0.5, label: '', source: 'default' })).toBeNull();
  });
});

describe('deadline-passed 以完成值栏的状态为准', () => {
  it('完成值栏写“推进中”，说明里提到部分“已完成”，仍算未完成', () => {
    const built = build([indicator({ name: '中央投资项目', kind: 'qualitative', deadline: '2009-05-31', actual: '推进中', progressText: '已完成下达投资计划的项目3个' })]);
    expect(findings(built, 'deadline-passed')).toHaveLength(1);
  });

  it('廉政指标写“无违纪”即达到目标，时限过了也不报', () => {
    const built = build([indicator({ name: '纪检监察', kind: 'qualitative', deadline: '2009-05-31', actual: '无违纪', progressText: '开展勤政廉政教育' })]);
    expect(findings(built, 'deadline-passed')).toEqual([]);
  });
});
