import '../../src/node/traditional-chinese';
import { judgeIndicator, looksDone, statedKind } from '../../src/core/judge';
import type { Indicator } from '../../src/core/model';
import { build, indicator, soundRow } from '../validate/table-builder';

/**
 * The status the staff state in a word of its own column (办理状态, 完成状况, 是否完成 …): their own word, weighed
 * against the figures and the words of the other cells. Made-up rows in other words than any published table.
 */

function row(spec: Parameters<typeof indicator>[0], status: string | null, header = '办理状态', period = {}) {
  const built = build([indicator(spec)], { period });
  const found = built.table.indicators[0];
  const withStatus: Indicator = { ...found, statedStatus: status === null ? null : { value: status, cell: { sheet: found.sheet, row: found.row, col: 20 }, header } };
  return { indicator: withStatus, period: built.table.period };
}

const NOTHING = { rate: null, benchmark: null };

describe('进度状态一栏的词：读作哪一类', () => {
  it.each([
    ['已办结', 'done'], ['完成。', 'done'], ['已竣工', 'done'], ['全面完成', 'done'],
    ['严重滞后', 'behind'], ['延期', 'behind'], ['尚未完成', 'behind'], ['未达序时进度', 'behind'],
    ['按计划推进', 'on-track'], ['达到序时', 'on-track'],
    ['实施中', 'under-way'], ['在建', 'under-way'],
    ['尚未开工', 'not-started'],
  ])('“%s”读作 %s', (words, kind) => {
    expect(statedKind({ value: words, cell: { sheet: 'S', row: 2, col: 2 }, header: '当前状态' })).toBe(kind);
  });

  it.each(['基本完成', '一期完成', '完成80%', '主体完工', '部分完成', '见说明', ''])('“%s”不是一个状态词：什么也不说', (words) => {
    expect(statedKind({ value: words, cell: { sheet: 'S', row: 2, col: 2 }, header: '当前状态' })).toBeNull();
  });

  it('“是/否”按表头所问来读：是否办结 是 → 完成；是否按序时推进 否 → 滞后；表头不问完成或进度时什么也不说', () => {
    const cell = { sheet: 'S', row: 2, col: 2 };
    expect(statedKind({ value: '是', cell, header: '是否办结' })).toBe('done');
    expect(statedKind({ value: '否', cell, header: '是否办结' })).toBe('behind');
    expect(statedKind({ value: '是', cell, header: '是否按序时推进' })).toBe('on-track');
    expect(statedKind({ value: '否', cell, header: '工作进度 › 是否按序时推进' })).toBe('behind');
    expect(statedKind({ value: '是', cell, header: '是否涉及财政资金' })).toBeNull();
  });

  it('繁体与括号拼音照样读（已辦結、滯(zhì)後）', () => {
    const cell = { sheet: 'S', row: 2, col: 2 };
    expect(statedKind({ value: '已辦結', cell, header: '辦理狀態' })).toBe('done');
    expect(statedKind({ value: '滯(zhì)後', cell, header: '進度狀態' })).toBe('behind');
  });
});

describe('说“已办结”：没有与之矛盾的才算已完成，判断依据引用这一格', () => {
  it('定性任务只写了状态“已办结”：已完成，依据是那一格', () => {
    const { indicator: found, period } = row({ name: '出台老旧小区加装电梯补助办法', kind: 'qualitative' }, '已办结');
    expect(judgeIndicator(found, period, NOTHING)).toEqual({ verdict: 'completed', basis: 'words', evidence: '办理状态“已办结”（考核指标!T3）' });
  });

  it('说明只报做了多少、没有可比的目标（修缮祠堂4处）：不矛盾，状态说了算', () => {
    const { indicator: found, period } = row({ name: '修缮历史建筑', kind: 'qualitative', progressText: '4处祠堂修缮完成' }, '完成');
    expect(judgeIndicator(found, period, NOTHING).verdict).toBe('completed');
  });

  it('没有状态一栏的同一行仍照旧判断（说明只报做了多少 → 需人工确认）', () => {
    const { indicator: found, period } = row({ name: '修缮历史建筑', kind: 'qualitative', progressText: '4处祠堂修缮完成' }, null);
    expect(judgeIndicator(found, period, NOTHING).verdict).toBe('unclear');
  });

  it.each([
    ['主体工程已封顶，内部装修正在进行', '正在'],
    ['一期工程已投用', '一期'],
    ['已完成施工图设计', '施工图设计'],
    ['已建成2个，其余3个正在建设', '其余'],
  ])('说明“%s”看上去办完了其实没有：需人工确认，两边都引用', (progress, quotedWords) => {
    const { indicator: found, period } = row({ name: '新建社区养老服务中心5个', kind: 'qualitative', progressText: progress }, '已办结');
    const judged = judgeIndicator(found, period, NOTHING);
    expect(judged.verdict).toBe('unclear');
    expect(judged.basis).toBe('contradiction');
    expect(judged.evidence).toContain('办理状态“已办结”');
    expect(judged.evidence).toContain(quotedWords);
  });

  it('数字不够目标（完成40，目标50）却写“已完成”：需人工确认，数字与状态都写进依据', () => {
    const { indicator: found, period } = row(soundRow({ name: '新增城市绿道', unit: '公里', target: 50, actual: 40 }), '已完成', '完成状况');
    const judged = judgeIndicator(found, period, { rate: 0.8, benchmark: 0.5 });
    expect(judged.verdict).toBe('unclear');
    expect(judged.evidence).toContain('完成状况“已完成”');
    expect(judged.evidence).toContain('40公里');
    expect(looksDone(found, period)).toBe(false);
  });

  it('数字达到目标且写“已完成”：仍是数字的结论，依据里加上状态', () => {
    const { indicator: found, period } = row(soundRow({ name: '新增城市绿道', unit: '公里', target: 50, actual: 52 }), '已完成', '完成状况');
    const judged = judgeIndicator(found, period, { rate: 52 / 50, benchmark: 0.5 });
    expect(judged.verdict).toBe('exceeded');
    expect(judged.evidence).toContain('完成状况“已完成”');
  });

  it('存在问题一栏写了问题（资金尚未拨付）：不算已完成', () => {
    const { indicator: found, period } = row({ name: '农村公路安防工程', kind: 'qualitative', problems: '省级补助资金尚未拨付' } as Parameters<typeof indicator>[0], '办结');
    const withProblem: Indicator = { ...found, problems: { value: '省级补助资金尚未拨付', cell: { sheet: found.sheet, row: found.row, col: 18 } } };
    expect(judgeIndicator(withProblem, period, NOTHING).verdict).toBe('unclear');
  });

  it('looksDone 也听状态：只写“已办结”的定性任务算办完', () => {
    const { indicator: found, period } = row({ name: '出台老旧小区加装电梯补助办法', kind: 'qualitative' }, '已办结');
    expect(looksDone(found, period)).toBe(true);
  });
});

describe('说“滞后/未完成”：是滞后；其他栏说已完成时需人工确认', () => {
  it('说明写“正在推进”、状态写“进度滞后”：滞后，依据引用状态', () => {
    const { indicator: found, period } = row({ name: '智慧停车平台', kind: 'qualitative', progressText: '平台建设正在推进' }, '进度滞后', '推进状态');
    expect(judgeIndicator(found, period, NOTHING)).toEqual({ verdict: 'behind', basis: 'words', evidence: '推进状态“进度滞后”（考核指标!T3）' });
  });

  it('数字按序时达标（60/100，序时50%）但状态写“滞后”：滞后（人的话，比算出的少说）', () => {
    const { indicator: found, period } = row(soundRow({ name: '新增城镇就业', unit: '人', target: 100, actual: 60 }), '滞后');
    expect(judgeIndicator(found, period, { rate: 0.6, benchmark: 0.5 }).verdict).toBe('behind');
  });

  it('数字已超目标而状态写“未完成”：需人工确认，两边都引用', () => {
    const { indicator: found, period } = row(soundRow({ name: '新增城镇就业', unit: '人', target: 100, actual: 120 }), '未完成');
    const judged = judgeIndicator(found, period, { rate: 1.2, benchmark: 0.5 });
    expect(judged.verdict).toBe('unclear');
    expect(judged.evidence).toContain('办理状态“未完成”');
    expect(judged.evidence).toContain('120人');
  });
});

describe('说“推进中/达到序时”：只补其他栏没说的，从不盖过数字', () => {
  it('什么都没写，只写“实施中”：推进中，不是未填报', () => {
    const { indicator: found, period } = row({ name: '口袋公园建设', kind: 'qualitative' }, '实施中');
    expect(judgeIndicator(found, period, NOTHING)).toEqual({ verdict: 'in-progress', basis: 'words', evidence: '办理状态“实施中”（考核指标!T3）' });
  });

  it('数字滞后（20/100，序时50%）而状态写“正常推进”：仍是滞后', () => {
    const { indicator: found, period } = row(soundRow({ name: '新增城镇就业', unit: '人', target: 100, actual: 20 }), '正常推进');
    expect(judgeIndicator(found, period, { rate: 0.2, benchmark: 0.5 }).verdict).toBe('behind');
  });

  it('说明写“已建成投用”、状态写“推进中”：说明的完成不被状态改掉（状态不说完成，也不否认）', () => {
    const { indicator: found, period } = row({ name: '城东污水泵站', kind: 'qualitative', progressText: '已建成投用' }, '推进中');
    expect(judgeIndicator(found, period, NOTHING).verdict).toBe('completed');
  });

  it('状态格空着或写“/”：与没有这一栏一样', () => {
    const blank = row({ name: '口袋公园建设', kind: 'qualitative', progressText: '正在施工' }, '/');
    const none = row({ name: '口袋公园建设', kind: 'qualitative', progressText: '正在施工' }, null);
    expect(judgeIndicator(blank.indicator, blank.period, NOTHING)).toEqual(judgeIndicator(none.indicator, none.period, NOTHING));
  });
});
