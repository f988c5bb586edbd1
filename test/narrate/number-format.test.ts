import fc from 'fast-check';
import { formatDecimal, formatPercent, formatQuantity, quantityText, restateMoney } from '../../src/core/narrate/number-format';

describe('公文里的数字写法', () => {
  it('万元达到一亿时改写为亿元：399000万元 → 39.9亿元', () => {
    const quantity = formatQuantity(399000, '万元', 0);
    expect(quantity && quantityText(quantity, 'exact')).toBe('39.9亿元');
  });

  it('不足一亿的万元保持原样：1746万元', () => {
    const quantity = formatQuantity(1746, '万元', 0);
    expect(quantity && quantityText(quantity, 'exact')).toBe('1746万元');
  });

  it('改写单位会丢掉职员写的数位时不改写：123456万元照写，不写成12.35亿元', () => {
    expect(restateMoney(123456, '万元', 0)).toEqual({ value: 123456, unit: '万元', decimals: 0 });
    expect(quantityText(formatQuantity(123456, '万元', 0)!, 'exact')).toBe('123456万元');
    expect(quantityText(formatQuantity(52316.4, '万元', 1)!, 'exact')).toBe('52316.4万元');
    expect(quantityText(formatQuantity(31207, '元', 0)!, 'exact')).toBe('31207元');
    expect(quantityText(formatQuantity(998650, '人', 0)!, 'exact')).toBe('998650人');
  });

  it('不变：改写后不丢数位的照旧改写（123400万元 → 12.34亿元，998600人 → 99.86万人）', () => {
    expect(quantityText(formatQuantity(123400, '万元', 0)!, 'exact')).toBe('12.34亿元');
    expect(quantityText(formatQuantity(998600, '人', 0)!, 'exact')).toBe('99.86万人');
  });

  it('职员写的小数照写，不四舍五入：3.078万 → 3.078万，0.1234亿元以下照写', () => {
    expect(quantityText(formatQuantity(3.078, '万', 3)!, 'exact')).toBe('3.078万');
    expect(quantityText(formatQuantity(12.125, '公里', 3)!, 'exact')).toBe('12.125公里');
    expect(quantityText(formatQuantity(1.5, '亿元', 1)!, 'exact')).toBe('1.5亿元');
  });

  it('不足一亿的亿元改写为万元：0.5亿元 → 5000万元', () => {
    expect(quantityText(formatQuantity(0.5, '亿元', 1)!, 'exact')).toBe('5000万元');
  });

  it('元达到一万时改写为万元：50000元 → 5万元', () => {
    expect(quantityText(formatQuantity(50000, '元', 0)!, 'exact')).toBe('5万元');
  });

  it('不编造精度：源表一位小数就写一位，浮点误差不外露', () => {
    expect(formatDecimal(0.1 + 0.2, 1)).toBe('0.3');
    expect(formatDecimal(39.9, 1)).toBe('39.9');
    expect(formatDecimal(39.9, 0)).toBe('40');
  });

  it('近似值照原样保留：300余人、约300人、近300人、不少于、不超过', () => {
    const q = formatQuantity(300, '人', 0, 'over')!;
    expect(quantityText(q, 'over')).toBe('300余人');
    expect(quantityText(q, 'about')).toBe('约300人');
    expect(quantityText(q, 'nearly')).toBe('近300人');
    expect(quantityText(q, 'atLeast')).toBe('不少于300人');
    expect(quantityText(q, 'atMost')).toBe('不超过300人');
  });

  it('近似值不换算单位：1200余万元不写成亿元', () => {
    const q = formatQuantity(12000, '万元', 0, 'over')!;
    expect(quantityText(q, 'over')).toBe('12000余万元');
  });

  it('百分比有两位小数写两位（31.08%），整数写整数（45%）', () => {
    expect(formatPercent(0.3108)).toBe('31.08%');
    expect(formatPercent(0.45)).toBe('45%');
    expect(formatPercent(39.9 / 90)).toBe('44.33%');
  });

  it('非数值不成文：NaN、Infinity 返回 null', () => {
    expect(formatDecimal(NaN, 2)).toBeNull();
    expect(formatDecimal(Infinity, 0)).toBeNull();
    expect(formatPercent(NaN)).toBeNull();
    expect(formatQuantity(NaN, '亿元', 1)).toBeNull();
  });

  it('任何有限数都写成不超过两位小数、不带指数的数字', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.integer({ min: -3, max: 12 }), (value, decimals) => {
        const text = formatDecimal(value, decimals);
        expect(text).not.toBeNull();
        expect(text).toMatch(/^-?\d+(\.\d{1,2})?$/);
      }),
    );
  });

  it('任何金额换算后仍是干净的数字加单位（职员的小数至多照写四位）', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e13, max: 1e13, noNaN: true }), fc.constantFrom('元', '万元', '亿元'), fc.integer({ min: 0, max: 6 }), (value, unit, decimals) => {
        const q = formatQuantity(value, unit, decimals);
        expect(q).not.toBeNull();
        expect(quantityText(q!, 'exact')).toMatch(/^-?\d+(\.\d{1,4})?(元|万元|亿元)$/);
      }),
    );
  });
});

describe('四舍五入按人写的十进制', () => {
  it('99.865 → 99.87，1.005 → 1.01，-2.5 → -3，0.125 → 0.13', () => {
    expect(formatDecimal(99.865, 2)).toBe('99.87');
    expect(formatDecimal(1.005, 2)).toBe('1.01');
    expect(formatDecimal(-2.5, 0)).toBe('-3');
    expect(formatDecimal(0.125, 2)).toBe('0.13');
    expect(formatDecimal(44.444, 2)).toBe('44.44');
  });
});
