import { judgeWords, type Judgement } from '../../src/core/judge';

/**
 * How staff write a 完成情况 in reports, one habit at a time (none copied from a real-text set): each describe is one
 * rule of the judgement and gives several differently-worded examples of it, with its counterpart where one exists.
 */
function judged(text: string, target: string | null = null, asOf = '2024-06-30', deadline: string | null = null): Judgement {
  return judgeWords(text, { targetText: target, deadline, asOf, expectedProgress: Number(asOf.slice(5, 7)) / 12 });
}

describe('整改报告先复述问题（对…问题），问题里的“未达到”“缓慢”说的是发现的问题，不是现在的进展', () => {
  it.each([
    ['对部分项目开工滞后问题，已督促3个项目全部开工，另有2个项目正在办理施工许可', 'in-progress'],
    ['针对资金拨付不及时的问题，所欠资金已全部拨付到位', 'completed'],
    ['关于整改台账未及时更新问题，目前正在逐项核对', 'in-progress'],
  ])('“%s”', (text, verdict) => {
    expect(judged(text).verdict).toBe(verdict);
  });

  it('没有复述问题的句子，“滞后”照旧是滞后', () => {
    expect(judged('部分项目开工滞后，已督促加快进度').verdict).toBe('behind');
  });
});
