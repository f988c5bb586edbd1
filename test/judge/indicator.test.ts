import { judgeIndicator, judgeQualitative } from '../../src/core/judge';
import { build, indicator, soundRow } from '../validate/table-builder';

function onlyIndicator(spec: Parameters<typeof indicator>[0], period = {}) {
  const built = build([indicator(spec)], { period });
  return { indicator: built.table.indicators[0], period: built.table.period };
}

describe('一个指标的判断：完成值栏、完成情况说明、数字与时限', () => {
  it('完成值栏的“推进中”优先于说明里提到的部分“已完成”', () => {
    const { indicator: found, period } = onlyIndicator({ name: '中央投资项目', kind: 'qualitative', actual: '推进中', progressText: '已完成下达投资计划的项目3个' });
    expect(judgeQualitative(found, period).verdict).toBe('in-progress');
  });

  it('完成值栏写“已完成”而说明写“尚未落实到位”：两者矛盾，需人工确认', () => {
    const { indicator: found, period } = onlyIndicator({ name: '问题整改', kind: 'qualitative', actual: '已完成', progressText: '问题整改尚未落实到位' });
    expect(judgeQualitative(found, period)).toEqual({ verdict: 'unclear', basis: 'contradiction', evidence: '完成值“已完成”与说明“问题整改尚未落实到位”矛盾' });
  });

  // q5 (fifth round) found a 区 table whose 完成值 column said 当年完成 for four projects whose 进展 said 正在备货 / 做好开工准备.
  it.each([
    ['已完成', '设备已到货，正在安装调试'],
    ['完成', '已完成招标，施工队伍正在进场'],
    ['全部完成', '做好验收准备，剩余2处待整改'],
  ])('完成值栏写“%s”而说明写还在做（“%s”）：两者矛盾，需人工确认', (actual, progressText) => {
    const { indicator: found, period } = onlyIndicator({ name: '校园改造', kind: 'qualitative', actual, progressText });
    const judged = judgeQualitative(found, period);
    expect(judged.verdict).toBe('unclear');
    expect(judged.evidence).toMatch(/^完成值“.+”与说明“.+”矛盾$/);
  });

  it.each([
    ['已完成', '已完成全部改造并通过验收'],
    ['超额完成', '超额完成年度任务，群众反映良好'],
  ])('完成值栏写“%s”、说明也说做完了（“%s”）：仍是已完成', (actual, progressText) => {
    const { indicator: found, period } = onlyIndicator({ name: '校园改造', kind: 'qualitative', actual, progressText });
    expect(judgeQualitative(found, period).verdict).toMatch(/^(?:completed|exceeded)$/);
  });

  it('完成值栏说不清时看说明；都说不清则需人工确认', () => {
    const readable = onlyIndicator({ name: '园区申报', kind: 'qualitative', actual: '见说明', progressText: '申报工作正在推进' });
    expect(judgeQualitative(readable.indicator, readable.period).verdict).toBe('in-progress');
    const vague = onlyIndicator({ name: '效能建设', kind: 'qualitative', actual: '见说明', progressText: '按要求做好相关工作' });
    expect(judgeQualitative(vague.indicator, vague.period).verdict).toBe('unclear');
  });

  it('什么都没写是未填报，不是需人工确认', () => {
    const { indicator: found, period } = onlyIndicator({ name: '作风建设', kind: 'qualitative' });
    expect(judgeQualitative(found, period).verdict).toBe('not-reported');
  });

  it('定量指标按序时进度本算达标，但完成时限已过而未完成 → 滞后', () => {
    const { indicator: found, period } = onlyIndicator(soundRow({ deadline: '2009-05-31', target: 90, actual: 50 }));
    expect(judgeIndicator(found, period, { rate: 50 / 90, benchmark: 0.5 })).toEqual({ verdict: 'behind', basis: 'deadline', evidence: '完成50亿元／目标90亿元＝55.6%，完成时限2009-05-31已过' });
    const open = onlyIndicator(soundRow({ deadline: '2009-12-31', target: 90, actual: 50 }));
    expect(judgeIndicator(open.indicator, open.period, { rate: 50 / 90, benchmark: 0.5 }).verdict).toBe('on-track');
  });
});

describe('完成值照抄指标值', () => {
  it('自评表的“明显改善”对“明显改善”：单位自己写明达到了目标，算已完成', () => {
    const { indicator: found, period } = onlyIndicator({ name: '群众出行条件', kind: 'qualitative', target: '明显改善', actual: '明显改善' });
    expect(judgeQualitative(found, period).verdict).toBe('completed');
  });

  it('照抄的是计划（“力争新增2家”“年底前完成”）：什么也没报告，绝不算已完成', () => {
    const copiedPlan = onlyIndicator({ name: '市级龙头企业', kind: 'qualitative', target: '力争新增2家', actual: '力争新增2家' });
    expect(judgeQualitative(copiedPlan.indicator, copiedPlan.period).verdict).toBe('in-progress');
    const copiedDeadline = onlyIndicator({ name: '规划中期评估', kind: 'qualitative', target: '年底前完成', actual: '年底前完成' });
    expect(judgeQualitative(copiedDeadline.indicator, copiedDeadline.period).verdict).toBe('unclear');
  });
});

// QA (sixth round): 完成值 当年完成 beside 进展 装饰工程及附属工程施工 was 已完成. A 说明 that names the works being carried out
// tells of work going on: the two cells disagree, and a person must say which holds.
describe('完成值说完成、说明只写正在进行的工程（施工、安装、建设中）：两栏矛盾，需人工确认', () => {
  it.each([
    ['当年完成', '外立面及室外管网施工'],
    ['已完成', '室内装修、设备安装'],
    ['完成', '配套道路建设中'],
    ['全部完成', '主体结构施工阶段'],
  ])('完成值“%s”、说明“%s”：需人工确认，两栏都引', (actual, progressText) => {
    const { indicator: found, period } = onlyIndicator({ name: '学校新建工程', kind: 'qualitative', actual, progressText });
    const judged = judgeQualitative(found, period);
    expect(judged.verdict).toBe('unclear');
    expect(judged.evidence).toContain(`“${actual}”`);
    expect(judged.evidence).toContain(progressText.slice(0, 4));
  });

  it.each([
    ['已完成', '施工已全部完成并通过验收'],
    ['已完成', '已完成设备安装调试'],
    ['当年完成', '工程已竣工，施工单位撤场'],
  ])('说明说工程做完了（“%s”/“%s”）：仍是已完成', (actual, progressText) => {
    const { indicator: found, period } = onlyIndicator({ name: '学校新建工程', kind: 'qualitative', actual, progressText });
    expect(judgeQualitative(found, period).verdict).toMatch(/^(?:completed|exceeded)$/);
  });
});

// QA (sixth round): a 完成情况 cell 已完成100% under a target in words (按质按量完成, 不断提升) was 未填报 with an empty 判断依据.
// The staff stated the share: read it, quote it, and let only its own words contradict it.
describe('定性指标只有填报的完成比例（已完成100%）：读它，引它', () => {
  function rated(targetText: string, text: string, value: number) {
    return onlyIndicator({ name: '群众维权意识', kind: 'qualitative', target: targetText, completionRate: text, read: { completionRate: { value, text } } });
  }

  it.each([
    ['按质按量完成', '已完成100%'],
    ['不断提升', '100%'],
    ['全年开展', '完成率100%'],
  ])('目标“%s”、完成情况“%s”：已完成，判断依据引这一格', (targetText, text) => {
    const { indicator: found, period } = rated(targetText, text, 1);
    const judged = judgeQualitative(found, period);
    expect(judged.verdict).toBe('completed');
    expect(judged.evidence).toContain(`“${text}”`);
  });

  it('不到100%的是推进中，不是已完成；格里自己说还有没做完的，需人工确认', () => {
    const below = rated('按质按量完成', '已完成85%', 0.85);
    expect(judgeQualitative(below.indicator, below.period)).toMatchObject({ verdict: 'in-progress', evidence: expect.stringContaining('“已完成85%”') });
    const against = rated('按质按量完成', '100%，尚有2处待整改', 1);
    expect(judgeQualitative(against.indicator, against.period).verdict).toBe('unclear');
  });

  it('什么都没填的照旧是未填报', () => {
    const { indicator: found, period } = onlyIndicator({ name: '群众维权意识', kind: 'qualitative', target: '不断提升' });
    expect(judgeQualitative(found, period).verdict).toBe('not-reported');
  });
});
