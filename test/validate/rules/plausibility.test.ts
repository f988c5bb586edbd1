import { build, indicator, soundRow } from '../table-builder';
import { findings } from '../found';

describe('completion-implausible 完成率超出常理', () => {
  it('完成率超过 300% 时提醒核对数量级', () => {
    const built = build([indicator(soundRow({ target: 90, actual: 399, lastYear: null, growth: null }))]);
    const [found] = findings(built, 'completion-implausible');
    expect(found.cell).toBe(built.ref('固定资产投资', 'actual'));
    expect(found.issue.severity).toBe('warning');
    expect(found.message).toBe('“固定资产投资”的完成率为 443.33%（完成值 399 ÷ 目标值 90），超出常理。');
  });

  it('正好 300% 和正常超额完成不报', () => {
    expect(findings(build([indicator(soundRow({ target: 10, actual: 30, lastYear: null, growth: null }))]), 'completion-implausible')).toEqual([]);
    expect(findings(build([indicator(soundRow({ target: 90, actual: 120, lastYear: null, growth: null }))]), 'completion-implausible')).toEqual([]);
  });

  it('逆向指标（审批时限 15 天压到 3 天）不算超出常理', () => {
    const built = build([indicator(soundRow({ name: '审批时限', unit: '天', direction: 'lower', target: 3, actual: 15, lastYear: null, growth: null }))]);
    expect(findings(built, 'completion-implausible')).toEqual([]);
  });
});

describe('negative-value 负数', () => {
  it('完成值为负数时报错', () => {
    const built = build([indicator(soundRow({ actual: -5, lastYear: null, growth: null }))]);
    const [found] = findings(built, 'negative-value');
    expect(found.cell).toBe(built.ref('固定资产投资', 'actual'));
    expect(found.issue.severity).toBe('error');
    expect(found.message).toBe('“固定资产投资”的“1—6月完成”是负数 -5。');
  });

  it('分值为负数时报错', () => {
    const built = build([indicator(soundRow({ weight: -2 }))]);
    expect(findings(built, 'negative-value').map((item) => item.cell)).toEqual([built.ref('固定资产投资', 'weight')]);
  });

  it('以 % 计的增幅类指标可以为负，不报', () => {
    const built = build([indicator(soundRow({ name: '能耗下降率', unit: '%', target: -0.05, actual: -0.06, lastYear: null, growth: null }))]);
    expect(findings(built, 'negative-value')).toEqual([]);
  });

  it('零和正数不报', () => {
    expect(findings(build([indicator(soundRow({ actual: 0, lastYear: null, growth: null }))]), 'negative-value')).toEqual([]);
  });
});
