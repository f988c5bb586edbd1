import { sumParents, type ShownFigure } from '../../src/core/recognize/sum-parents';

const f = (value: number, decimals = 1): ShownFigure => ({ value, decimals });

describe('按合计认出分组：一行的数等于紧接其下几行之和，那几行是它的组成部分', () => {
  it('两个片区各带几个乡镇：乡镇归到各自片区之下', () => {
    // 北片 = 甲镇 + 乙镇 + 丙镇; 南片 = 丁镇 + 戊镇
    const parents = sumParents([f(60.6), f(20.1), f(30.2), f(10.3), f(41.0), f(19.5), f(21.5)]);
    expect(parents).toEqual([null, 0, 0, 0, null, 4, 4]);
  });

  it('组里套组：县 › 片区 › 村，只在显示的小数位内相差', () => {
    // 全县 12.50 = 东片 7.33 + 西村 5.16 (差 0.01，舍入所致); 东片 7.33 = 一村 4.11 + 二村 3.23
    const two = (v: number) => f(v, 2);
    const parents = sumParents([two(12.5), two(7.33), two(4.11), two(3.23), two(5.16), two(9.9), two(4.4), two(5.5)]);
    expect(parents.slice(0, 5)).toEqual([null, 0, 1, 1, 0]);
    expect(parents.slice(5)).toEqual([null, 5, 5]);
  });

  it('只有一处凑巧相等的整数，不算分组', () => {
    expect(sumParents([f(5, 0), f(2, 0), f(3, 0), f(7, 0), f(9, 0)])).toEqual([]);
  });

  it('负数（增速、增减）不相加', () => {
    expect(sumParents([f(-3), f(-1), f(-2), f(4), f(1), f(3)])).toEqual([]);
  });

  it('中间隔着引导行（其中:）的不算连续', () => {
    // 全市 10 = 甲 4 + 乙 6 但两者之间有一行“其中:”；另两组照常
    const parents = sumParents([f(10), f(4), f(6), f(8), f(3), f(5), f(2), f(1), f(1)], [false, true, false, false, false, false, false, false, false]);
    expect(parents[1]).toBeNull();
    expect(parents.slice(3)).toEqual([null, 3, 3, null, 6, 6]);
  });
});
