import { fill, quotedInside, t } from '../../src/core/i18n';

describe('引号里再引用用单引号（GB/T 15834）', () => {
  it('放进“{name}”的指标名里的双引号变成单引号', () => {
    expect(t('issue.deadline-passed', 'zh-CN', { name: '编制“十四五”规划中期评估报告', deadline: '2023-06-30', asOf: '2023-09-30' })).toBe(
      '“编制‘十四五’规划中期评估报告”的完成时限 2023-06-30 已过（截至 2023-09-30），但尚未完成。',
    );
  });

  it('不在引号里的值原样填入', () => {
    expect(fill('{name}共{n}项', { name: '“十四五”规划', n: 3 })).toBe('“十四五”规划共3项');
    expect(quotedInside('推行“一村一辅警')).toBe('推行‘一村一辅警');
  });
});
