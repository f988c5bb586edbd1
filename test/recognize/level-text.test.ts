import { levelText } from '../../src/core/recognize/level-text';

/** A level's title in the path as its cell writes it: line breaks kept, outline number and item count left out. */
describe('层级标题照单元格原样', () => {
  it('竖排一字一行的考核项目保留换行', () => {
    expect(levelText('党\n建\n工\n作\n(20分)')).toBe('党\n建\n工\n作\n(20分)');
  });

  it('单元格内折行保留，行首行尾空白去掉', () => {
    expect(levelText('发展会展经济,打造 \n 区域会展中心(25%)')).toBe('发展会展经济,打造\n区域会展中心(25%)');
  });

  it('第一行前的序号去掉；末行只写项数的（6项指标）（共5项）去掉', () => {
    expect(levelText('一、就业促进行动\n(6项指标)')).toBe('就业促进行动');
    expect(levelText('（二）民生保障\n（共5项）')).toBe('民生保障');
    expect(levelText('三、\n生态环境')).toBe('生态环境');
  });

  it('同一行里的项数照旧是标题的一部分', () => {
    expect(levelText('一、就业促进(3项)')).toBe('就业促进(3项)');
    expect(levelText('寿县')).toBe('寿县');
    expect(levelText(3)).toBe('3');
  });
});
