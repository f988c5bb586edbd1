import { compareIssues, type IndicatorTable } from '../../src/core/model';
import { validate } from '../../src/core/validate';
import { build, indicator, section, soundRow, totalRow } from './table-builder';

describe('validate 校验总入口', () => {
  it('一张填写规范的表没有任何问题', () => {
    const built = build([
      section('勤政目标'),
      indicator(soundRow({ weight: 60 })),
      indicator({ id: '2', name: '计划管理', kind: 'qualitative', department: '计划科', owner: '张明', weight: 40, target: '年初印发年度计划', progressText: '已印发全县执行' }),
      totalRow(100),
    ]);
    expect(validate(built.table, built.snapshot)).toEqual([]);
  });

  it('问题按级别、再按位置排序', () => {
    const built = build([
      indicator(soundRow({ name: '甲', department: null, weight: 50 })),
      indicator(soundRow({ name: '乙', actual: '39.9亿元5', weight: 50 })),
    ]);
    const issues = validate(built.table, built.snapshot);
    expect([...issues].sort(compareIssues)).toEqual(issues);
    expect(issues[0].severity).toBe('error');
    expect(issues.map((issue) => issue.code)).toEqual(expect.arrayContaining(['not-a-number', 'missing-department']));
  });

  it('行内的每个问题都带上指标所在行，供测算把该指标标为“待核实”', () => {
    const built = build([indicator(soundRow({ actual: { error: '#DIV/0!' }, owner: null }))]);
    for (const issue of validate(built.table, built.snapshot)) expect(issue.indicatorRow).toBe(built.rowOf('固定资产投资'));
  });

  it('某条规则出了程序错误时不抛异常，而是报告 rule-failed，其余规则照常', () => {
    const built = build([indicator(soundRow({ weight: 50, department: null }))]);
    const broken = new Proxy(built.table, {
      get(target, key: keyof IndicatorTable) {
        if (key === 'statedWeightTotal') throw new Error('识别结果损坏');
        return target[key];
      },
    });
    const issues = validate(broken, built.snapshot);
    const failed = issues.filter((issue) => issue.code === 'rule-failed');
    expect(failed.map((issue) => issue.params.rule).sort()).toEqual(['weights']);
    expect(failed[0].params.detail).toBe('识别结果损坏');
    expect(issues.map((issue) => issue.code)).toContain('missing-department');
  });

  it('快照里找不到指标表所在的工作表时，仍按表本身校验', () => {
    const built = build([indicator(soundRow({ department: null }))]);
    const issues = validate(built.table, { name: '空', sheets: [] });
    expect(issues.map((issue) => issue.code)).toContain('missing-department');
  });
});
