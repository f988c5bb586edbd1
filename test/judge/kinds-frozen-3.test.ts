import { judgeWords, type Judgement } from '../../src/core/judge';
import { statedShare } from '../../src/core/judge/text-figures';

/**
 * Kinds of writing the third round's frozen set showed the judge misreading, each written here in other words (none is
 * copied from a real-text set), with the counterpart the rule must leave alone.
 */
function judged(text: string, target: string | null = null, asOf = '2024-09-30', deadline: string | null = '2024-12-31'): Judgement {
  return judgeWords(text, { targetText: target, deadline, asOf, expectedProgress: Number(asOf.slice(5, 7)) / 12 });
}

const DONE = /^(?:completed|exceeded)$/u;

describe('比率写明高出目标几个百分点：一个数在同一量度上达到整项目标，已完成（不等年底）', () => {
  it.each([
    ['宫颈癌筛查率71.5%，超过市定目标(65%)6.5个百分点', '市定目标65%'],
    ['义务教育巩固率达到97.2%，比年度目标高出1.2个百分点', null],
    ['农村卫生厕所普及率达91%，高于年度目标3个百分点', null],
    ['家庭医生签约覆盖率为58%，比省定指标提高了3个百分点', '省定指标55%'],
  ])('“%s”', (text, target) => {
    const result = judged(text, target);
    expect(result.verdict).toBe('completed');
    expect(result.evidence).toContain('个百分点');
    expect(result.evidence).toContain('达到目标');
  });

  it('括号里的目标值不是完成的份额（目标(65%)不读作完成65%）', () => {
    expect(statedShare('超过市定目标(65%)6.5个百分点')).toBeNull();
    expect(statedShare('完成年度目标的65%')?.rate).toBe(0.65);
  });

  it('高于序时进度：只是进度快，推进中', () => {
    expect(judged('投资完成率68%，高于序时进度目标5个百分点').verdict).not.toMatch(DONE);
  });

  it('增长高于目标：一年的增长要到年底才知道，不是已完成', () => {
    expect(judged('固定资产投资增长率9.5%，高于年度目标1.5个百分点').verdict).not.toMatch(DONE);
  });

  it('越低越好的比率（失业率）高于或低于目标几个百分点，都不据此判已完成', () => {
    expect(judged('城镇调查失业率5.8%，高于年度目标0.3个百分点').verdict).not.toMatch(DONE);
    expect(judged('城镇登记失业率2.9%，比年度目标任务4%低1.1个百分点', '4%').verdict).not.toMatch(DONE);
  });

  it('后面还有没做完的事：不是已完成', () => {
    expect(judged('农村自来水普及率达90%，比年度目标提高了1个百分点，其余2个村正在铺设管网').verdict).not.toMatch(DONE);
  });
});

describe('“完成情况较好”“进展顺利”：说的是进行得怎样，推进中（不是无法判断，也不是已完成）', () => {
  it.each([['一季度各项税收指标完成情况良好'], ['农业农村重点工作进展顺利'], ['园区基础设施建设推进有序']])('“%s”', (text) => {
    expect(judged(text, null, '2024-03-31').verdict).toBe('in-progress');
  });

  it('“完成情况不够理想”：滞后', () => {
    expect(judged('招商引资指标完成情况不够理想', null, '2024-03-31').verdict).toBe('behind');
  });

  it('已全部完成，而且进展顺利：仍是已完成', () => {
    expect(judged('年度目标任务已全面完成，各项工作进展顺利').verdict).toMatch(DONE);
  });
});
