import fc from 'fast-check';
import type { FieldKey } from '../../src/core/model';
import { readHeader } from '../../src/core/recognize/header-vocabulary';

function best(...parts: string[]): FieldKey | undefined {
  return readHeader(parts).guesses[0]?.field;
}

describe('表头的各种写法，按同义词与关键词读', () => {
  it.each([
    ['指标名称', 'name'], ['考核指标', 'name'], ['工作任务', 'name'], ['主要指标', 'name'], ['考核项目', 'name'],
    ['全年目标', 'target'], ['年度目标', 'target'], ['目标值', 'target'], ['指标值', 'target'], ['年度任务', 'target'],
    ['完成值', 'actual'], ['累计', 'actual'], ['进度完成值', 'actual'],
    ['上年同期', 'lastYear'], ['去年同期', 'lastYear'], ['去年同期数', 'lastYear'], ['同期', 'lastYear'],
    ['责任科室', 'department'], ['牵头科室', 'department'], ['责任股室', 'department'], ['责任单位', 'department'], ['牵头单位', 'department'],
    ['责任人', 'owner'], ['分管领导', 'leader'], ['责任领导', 'leader'], ['联系县领导', 'leader'], ['配合单位', 'cooperating'], ['配 合 部 门', 'cooperating'], ['协办科室', 'cooperating'],
    ['分值', 'weight'], ['权重', 'weight'],
    ['完成时限', 'deadline'], ['时间节点', 'deadline'],
    ['完成情况说明', 'progressText'], ['进展情况', 'progressText'],
    // The problems are a field of their own; a header that also names the progress stays the progress.
    ['存在问题', 'problems'], ['存在的问题', 'problems'], ['滞后原因', 'problems'], ['困难和问题', 'problems'], ['存在问题和困难', 'problems'],
    ['进展情况、存在问题及下一步打算', 'progressText'], ['问题整改情况', 'progressText'],
    ['增幅', 'growth'], ['同比增长', 'growth'], ['完成率', 'completionRate'], ['序时目标', 'periodTarget'],
    ['序号', 'id'], ['类别', 'category'], ['单位', 'unit'], ['计量单位', 'unit'],
  ] as const)('“%s” 是 %s', (header, field) => {
    expect(best(header)).toBe(field);
  });

  it('时段和年份不影响词义：1—6月完成、截至10月底完成、2025年目标', () => {
    expect(readHeader(['1—6月完成']).guesses.map((g) => g.field)).toContain('actual');
    expect(readHeader(['截至10月底完成']).guesses.map((g) => g.field)).toContain('actual');
    expect(readHeader(['2025年目标']).guesses.map((g) => g.field)).toContain('target');
    expect(readHeader(['2025年目标']).year).toBe(2025);
    expect(readHeader(['1—6月完成']).span).toMatchObject({ fromMonth: 1, toMonth: 6 });
  });

  it('只差一两个字的表头不混淆：目标值/完成值，上年同期/本年同期', () => {
    expect(best('目标值')).toBe('target');
    expect(best('完成值')).toBe('actual');
    expect(best('上年同期')).toBe('lastYear');
    expect(best('本年同期')).not.toBe('lastYear');
  });

  it('组表头决定叶表头的含义：目标任务›数量、上年同期›完成数、1—9月完成情况›完成情况说明', () => {
    expect(best('目标任务', '数量')).toBe('target');
    expect(best('目标任务', '单位')).toBe('unit');
    expect(best('上年同期', '完成数')).toBe('lastYear');
    expect(best('1—9月完成情况', '完成数')).toBe('actual');
    expect(best('1—9月完成情况', '完成情况说明')).toBe('progressText');
    expect(best('完成情况', '1—6月', '增幅')).toBe('growth');
    expect(best('责任分工', '科室')).toBe('department');
  });

  it('括号里的单位与百分号记到列上', () => {
    expect(readHeader(['目标值（万亩）']).unit).toBe('万亩');
    expect(readHeader(['增幅(%)']).percent).toBe(true);
    expect(readHeader(['完成率%']).percent).toBe(true);
    expect(best('考核指标（工作任务）')).toBe('name');
  });

  it('有歧义的词交给数据判断：目标任务、完成情况', () => {
    const goal = readHeader(['目标任务']).guesses;
    expect(goal.map((g) => g.field)).toEqual(['name', 'target']);
    expect(goal.every((g) => g.ambiguous)).toBe(true);
    expect(readHeader(['完成情况']).guesses.map((g) => g.field)).toEqual(['actual', 'progressText']);
  });

  it('得分、评分标准、联系电话不是任何字段', () => {
    expect(readHeader(['自评得分']).guesses).toEqual([]);
    expect(readHeader(['评分标准']).guesses).toEqual([]);
    expect(readHeader(['联系电话']).guesses).toEqual([]);
  });

  it('任何表头文字都不会让它出错', () => {
    fc.assert(fc.property(fc.array(fc.string({ unit: 'binary', maxLength: 40 }), { maxLength: 4 }), (parts) => {
      const reading = readHeader(parts);
      for (const g of reading.guesses) expect(g.confidence).toBeGreaterThan(0);
    }), { numRuns: 2000 });
  });
});
