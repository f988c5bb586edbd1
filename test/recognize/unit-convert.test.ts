import fc from 'fast-check';
import { convertUnit, isKnownUnit, splitUnit, unitAtStart } from '../../src/core/recognize/unit-convert';

describe('万与亿换算为指标自己的单位', () => {
  it.each([
    [3900, '万元', '亿元', 0.39],
    [1520, '万美元', '亿美元', 0.152],
    [0.236, '亿吨', '万吨', 2360],
    [4321000, '人次', '万人次', 432.1],
    [3.5, '万人', '人', 35000],
    [18600, '平方米', '万平方米', 1.86],
    [2, '万千瓦', '千瓦', 20000],
  ])('%s%s = %s%s', (value, from, to, expected) => {
    expect(convertUnit(value, from, to)).toEqual({ kind: 'converted', value: expected });
  });

  it('同一单位、量词不同（家与个）不换算', () => {
    expect(convertUnit(27, '家', '个')).toEqual({ kind: 'same' });
    expect(convertUnit(5, '亿元', '亿元')).toEqual({ kind: 'same' });
    expect(convertUnit(2.9, '亿', '亿元')).toEqual({ kind: 'same' });
  });

  it('不同量纲不能换算（人与万元）', () => {
    expect(convertUnit(5, '人', '万元').kind).toBe('incompatible');
    expect(convertUnit(5, '%', '个').kind).toBe('incompatible');
  });

  it('“百分点”不是“百”乘“分点”', () => {
    expect(splitUnit('个百分点')).toEqual({ factor: 1, base: '个百分点' });
  });

  it('数字后面最长的单位：“亿元以上”取“亿元”，“个工作日内”取“个工作日”', () => {
    expect(unitAtStart('亿元以上')).toBe('亿元');
    expect(unitAtStart('个工作日内')).toBe('个工作日');
    expect(unitAtStart('个项目进入国家盘子')).toBe('个');
    expect(unitAtStart('进入国家盘子')).toBe(null);
  });

  it('换算往返不失真，任何单位文字都不出错', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1e9, noNaN: true }), fc.constantFrom('元', '万元', '亿元'), fc.constantFrom('元', '万元', '亿元'), (value, a, b) => {
        const there = convertUnit(value, a, b);
        const mid = there.kind === 'converted' ? there.value : value;
        const back = convertUnit(mid, b, a);
        const again = back.kind === 'converted' ? back.value : mid;
        expect(again).toBeCloseTo(value, Math.max(0, 6 - Math.ceil(Math.log10(value + 1))));
      }),
    );
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 30 }), fc.string({ unit: 'binary', maxLength: 30 }), (a, b) => {
      convertUnit(1, a, b);
      unitAtStart(a);
    }));
  });
});

describe('单位对单位（元/亩、万元/公里、人/年）是一个单位', () => {
  it.each([
    ['475元/亩以内', '元/亩'],
    ['2875元/个', '元/个'],
    ['3000元/平方米', '元/平方米'],
    ['12万元/公里', '万元/公里'],
    ['60元/月', '元/月'],
  ])('“%s”的单位是 %s', (text, unit) => {
    expect(unitAtStart(text.replace(/^[\d.]+/, ''))).toBe(unit);
  });

  it('万元/亩与元/亩互相换算，元/亩不冒充元', () => {
    expect(convertUnit(1.6, '万元/亩', '元/亩')).toEqual({ kind: 'converted', value: 16000 });
    expect(convertUnit(475, '元/亩', '元').kind).toBe('incompatible');
    expect(convertUnit(475, '元/亩', '元/个').kind).toBe('incompatible');
  });

  it('两边有一边不是单位的（3/5、元/某某）不算单位', () => {
    expect(isKnownUnit('元/某某')).toBe(false);
    expect(isKnownUnit('万/元')).toBe(false);
  });
});

describe('斜线下是两个单位之积（元/人*月、元/人·月）也是一个单位', () => {
  it('“≥480元/户·月”“480元/户*月”读出整段单位', async () => {
    const { isKnownUnit } = await import('../../src/core/recognize/unit-convert');
    expect(isKnownUnit('元/户·月')).toBe(true);
    expect(isKnownUnit('元/户*月')).toBe(true);
    expect(isKnownUnit('万元/户·月')).toBe(true);
    expect(isKnownUnit('元/户*好')).toBe(false);
  });
});
