import { build, indicator, soundRow } from '../table-builder';
import { findings } from '../found';

describe('unit-mismatch 单位无法换算', () => {
  it('单位栏为亿元而完成值写成“39.9万人”时报错', () => {
    const built = build([indicator(soundRow({ actual: '39.9万人' }))]);
    const [found] = findings(built, 'unit-mismatch');
    expect(found.cell).toBe(built.ref('固定资产投资', 'actual'));
    expect(found.issue.severity).toBe('error');
    expect(found.message).toBe('“固定资产投资”的单位无法换算：“单位”是“亿元”，“1—6月完成”是“万人”。');
  });

  it('没有单位栏时以目标值所写单位为准', () => {
    const built = build([indicator(soundRow({ unit: null, target: '12个', actual: '5人' }))]);
    expect(findings(built, 'unit-mismatch').map((item) => item.cell)).toEqual([built.ref('固定资产投资', 'actual')]);
  });

  it('万元与亿元、个与家这类可换算的单位不报', () => {
    const built = build([
      indicator(soundRow({ target: '900000万元', weight: 50 })),
      indicator(soundRow({ name: '龙头企业', unit: '个', target: 2, actual: '1家', lastYear: null, growth: null, weight: 50 })),
    ]);
    expect(findings(built, 'unit-mismatch')).toEqual([]);
  });
});
