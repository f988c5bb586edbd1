import { build, indicator, soundRow } from '../table-builder';
import { findings } from '../found';

describe('stated-completion-mismatch 表中完成率与 完成值÷目标值 不符', () => {
  it('39.9 ÷ 90 写成 54.33% 时提醒', () => {
    const built = build([indicator(soundRow({ completionRate: 0.5433 }))]);
    const [found] = findings(built, 'stated-completion-mismatch');
    expect(found.cell).toBe(built.ref('固定资产投资', 'completionRate'));
    expect(found.issue.severity).toBe('warning');
    expect(found.message).toBe('“固定资产投资”表中写的完成率为 54.33%，按完成值 39.9 ÷ 目标值 90 计算应为 44.33%。');
  });

  it('相符（44.33%、只显示整数的 44%）时不报', () => {
    expect(findings(build([indicator(soundRow({ completionRate: 0.4433 }))]), 'stated-completion-mismatch')).toEqual([]);
    expect(findings(build([indicator(soundRow({ completionRate: '44%' }))]), 'stated-completion-mismatch')).toEqual([]);
  });

  it('逆向指标按 目标÷完成 算的完成率也认', () => {
    const built = build([indicator(soundRow({ name: '审批时限', unit: '天', direction: 'lower', target: 3, actual: 1, lastYear: null, growth: null, completionRate: 3 }))]);
    expect(findings(built, 'stated-completion-mismatch')).toEqual([]);
  });

  it('目标为 0 时无从比较，不报', () => {
    const built = build([indicator(soundRow({ target: 0, completionRate: 0.5 }))]);
    expect(findings(built, 'stated-completion-mismatch')).toEqual([]);
  });
});
