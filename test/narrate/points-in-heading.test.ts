import { cleanTitle } from '../../src/core/narrate/section-tree';

/**
 * A finance form's 一级指标 carries its points in a cell that spaces them out (稷山 real-frozen-11/114: “产出 指标 (50分 )”,
 * “效益指 标(30 分)”): the points belong to the sheet, not to the heading, spaces or not. Made-up titles.
 */
describe('一级指标分值带空格时也不进标题', () => {
  it('“产出 指标 (40分 )”“效益指 标(25 分)”“满意度 指标 （10 分）”', () => {
    expect(cleanTitle('产出 指标 (40分 )')).toBe('产出指标');
    expect(cleanTitle('效益指 标(25 分)')).toBe('效益指标');
    expect(cleanTitle('满意度 指标 （10 分）')).toBe('满意度指标');
    expect(cleanTitle('成本指标( 15 )')).toBe('成本指标');
  });

  it('不应变：分值以外的括号照留', () => {
    expect(cleanTitle('重点项目（5项）')).toBe('重点项目（5项）');
    expect(cleanTitle('考核指标（30分制试行）')).toBe('考核指标（30分制试行）');
  });
});
