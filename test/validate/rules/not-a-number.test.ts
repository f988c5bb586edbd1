import { build, indicator, soundRow } from '../table-builder';
import { findings } from '../found';

describe('not-a-number 应填数字处不是数字', () => {
  it('定量指标完成值写成文字时报错，指出列名和原文', () => {
    const built = build([indicator(soundRow({ actual: '正在统计' }))]);
    const [found] = findings(built, 'not-a-number');
    expect(found.cell).toBe(built.ref('固定资产投资', 'actual'));
    expect(found.issue.severity).toBe('error');
    expect(found.message).toBe('“固定资产投资”的“1—6月完成”应填数字，这里是“正在统计”。');
  });

  it('分值写成文字时对定性指标同样报错', () => {
    const built = build([indicator({ name: '党风廉政建设', kind: 'qualitative', weight: '五分', progressText: '无违纪' })]);
    expect(findings(built, 'not-a-number').map((item) => item.cell)).toEqual([built.ref('党风廉政建设', 'weight')]);
  });

  it('TRUE/FALSE 也不是数字', () => {
    const built = build([indicator(soundRow({ lastYear: true }))]);
    expect(findings(built, 'not-a-number')[0].message).toContain('TRUE');
  });

  it('带单位的数字（120亿元）、约数（300余人）和占位符（—）都不报', () => {
    const built = build([
      indicator(soundRow({ target: '120亿元', weight: 40 })),
      indicator(soundRow({ name: '置换职工身份', unit: '人', target: 300, actual: '300余人', lastYear: '—', growth: null, weight: 60 })),
    ]);
    expect(findings(built, 'not-a-number')).toEqual([]);
  });

  it('定性指标目标、完成栏写文字不报', () => {
    const built = build([indicator({ name: '南北挂钩', kind: 'qualitative', target: '年内获批', actual: '有望今年批复' })]);
    expect(findings(built, 'not-a-number')).toEqual([]);
  });
});
