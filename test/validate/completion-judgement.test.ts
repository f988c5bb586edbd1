import { textSaysDone } from '../../src/core/validate/completion-judgement';

describe('从完成情况的文字判断是否已完成（时限规则用）', () => {
  it.each(['已完成', '超额完成', '已印发全县执行，已完成', '全面落实', '已批复', '无违纪', '无投诉、无违纪', '无越级访、集体访和重访', '无违反计划生育现象'])('“%s” 算完成', (text) => {
    expect(textSaysDone(text)).toBe(true);
  });

  it.each(['推进中', '申报工作正在有序推进，有望今年批复', '尚未完成', '年底召开', '无进展', '完成申报，争取年内获批', '', '待评审'])('“%s” 不算完成', (text) => {
    expect(textSaysDone(text)).toBe(false);
  });
});
