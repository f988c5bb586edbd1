import { build, indicator, soundRow } from '../table-builder';
import { findings } from '../found';

describe('missing-target 定量指标缺少目标值', () => {
  it('定量指标目标栏为空、也没有完成值时报错', () => {
    const built = build([indicator(soundRow({ target: null, actual: null, lastYear: null, growth: null, kind: 'quantitative' }))]);
    const [found] = findings(built, 'missing-target');
    expect(found.cell).toBe(built.ref('固定资产投资', 'target'));
    expect(found.issue.severity).toBe('error');
    expect(found.message).toBe('定量指标“固定资产投资”没有目标值，无法计算完成率。');
  });

  it('目标栏写的是文字或错误值时交给其他规则，不重复报缺少目标', () => {
    const words = build([indicator(soundRow({ target: '力争较快增长', kind: 'quantitative', actual: null }))]);
    expect(findings(words, 'missing-target')).toEqual([]);
    const error = build([indicator(soundRow({ target: { error: '#REF!' }, actual: null }))]);
    expect(findings(error, 'missing-target')).toEqual([]);
  });

  it('定性指标没有数字目标不报', () => {
    const built = build([indicator({ name: '计划管理', kind: 'qualitative', department: '计划科', owner: '张明', progressText: '已印发' })]);
    expect(findings(built, 'missing-target')).toEqual([]);
  });

  it('有目标值的定量指标不报', () => {
    expect(findings(build([indicator(soundRow())]), 'missing-target')).toEqual([]);
  });
});

describe('actual-without-target 有完成值但没有目标值', () => {
  it('填了完成值而目标栏为空时报错，指向目标栏', () => {
    const built = build([indicator(soundRow({ name: '督查项目', unit: '个', target: null, actual: 119, lastYear: null, growth: null }))]);
    const [found] = findings(built, 'actual-without-target');
    expect(found.cell).toBe(built.ref('督查项目', 'target'));
    expect(found.message).toBe('“督查项目”填了完成值 119，但没有目标值，无法判断完成程度。');
    expect(found.issue.indicatorRow).toBe(built.rowOf('督查项目'));
    expect(findings(built, 'missing-target')).toEqual([]);
  });

  it('表中没有目标列时指向完成值单元格', () => {
    const built = build([indicator(soundRow({ name: '督查项目', actual: 119, lastYear: null, growth: null }))], { without: ['target'] });
    expect(findings(built, 'actual-without-target')[0].cell).toBe(built.ref('督查项目', 'actual'));
  });

  it('目标与完成值都在时不报', () => {
    expect(findings(build([indicator(soundRow())]), 'actual-without-target')).toEqual([]);
  });

  it('目标用文字写明（年底前完成）时不报', () => {
    const built = build([indicator(soundRow({ target: '年底前完成', actual: 1, kind: 'qualitative' }))]);
    expect(findings(built, 'actual-without-target')).toEqual([]);
  });
});
