import { build, indicator, soundRow } from '../table-builder';
import { findings } from '../found';

const reform = { name: '置换职工身份', unit: '人', target: 300, lastYear: null, growth: null } as const;

describe('approximate-value 约数参与计算', () => {
  it('“300余人”参与完成率计算时提示结果是近似值', () => {
    const built = build([indicator(soundRow({ ...reform, actual: '300余人' }))]);
    const [found] = findings(built, 'approximate-value');
    expect(found.cell).toBe(built.ref('置换职工身份', 'actual'));
    expect(found.issue.severity).toBe('info');
    expect(found.message).toBe('“置换职工身份”的“1—6月完成”写的是约数“300余人”，按 300 参与计算，结果只是近似值。');
  });

  it('约数没有可比的数（无目标、无上年）时不提示', () => {
    const built = build([indicator(soundRow({ ...reform, target: null, actual: '300余人', kind: 'quantitative' }))]);
    expect(findings(built, 'approximate-value')).toEqual([]);
  });

  it('目标写“不低于 90”是确定的下限，不算约数', () => {
    const built = build([indicator(soundRow({ target: '不低于90', lastYear: null, growth: null }))]);
    expect(built.table.indicators[0].target?.approx).toBe('atLeast');
    expect(findings(built, 'approximate-value')).toEqual([]);
  });

  it('准确数不提示', () => {
    expect(findings(build([indicator(soundRow({ ...reform, actual: 312 }))]), 'approximate-value')).toEqual([]);
  });
});
