import { judgeWords, type Judgement } from '../../src/core/judge';

/**
 * Sixth review (r-j10, seventh round) of the routes to 已完成 that r-j9 opened this round: a task the level above set,
 * 全部办复/已全部答复, the row's own pilot, its own scope (除…外, 其余), 已全覆盖/均已清零, finish words at a clause's end
 * (通车, 开通, 投用, 正式运行, 开诊运行), a date with its day, readiness passed, a bracket read as a make-up and 超额完成20%.
 * Each text below was written for this review in words other than the corpus's; those that look done under the new rules
 * and are not came out 已完成 before the mend. Each describe keeps texts that are done and must stay so.
 */
function judged(text: string, target: string | null = null, asOf = '2024-12-31', taskName: string | null = null): Judgement {
  return judgeWords(text, { targetText: target, deadline: '2024-12-31', asOf, expectedProgress: Number(asOf.slice(5, 7)) / 12, taskName });
}

const DONE = /^(?:completed|exceeded)$/u;

describe('通车、开通、投用、运行的只是一段、一幅、一栋楼，或是临时、先行、试：不是整个工程交付使用', () => {
  it.each([
    ['东环路北段通车', '东环路建设'],
    ['城东至城西段通车', '环城路建设'],
    ['左幅通车', '东环路建设'],
    ['半幅通车', '东环路建设'],
    ['东环路临时通车', '东环路建设'],
    ['东环路先行通车', '东环路建设'],
    ['东环路局部通车', '东环路建设'],
    ['东环路分段通车', '东环路建设'],
    ['应急通车', '东环路建设'],
    ['首条线路开通', '城乡公交一体化'],
    ['门诊楼开诊运行', '县医院新院区建设'],
    ['门诊楼已投入使用', '县医院新院区建设'],
    ['G236线K12段已通车', 'G236线改造'],
    ['项目一条生产线建成投产', '年产10万吨项目建设'],
  ])('“%s”（%s）：不是已完成', (text, name) => {
    expect(judged(text, null, '2024-12-31', name).verdict).not.toMatch(DONE);
  });

  it.each([
    ['8月底具备通车条件，北段于9月1日通车', '东环路建设'],
    ['东环路8月具备通车条件，东环路主线于9月1日试通车', '东环路建设'],
    ['已于9月1日试通车', '东环路建设'],
    ['8月底具备通车条件，已于9月1日组织通车验收', '东环路建设'],
  ])('“%s”（%s，9月19日）：不是已完成', (text, name) => {
    expect(judged(text, null, '2024-09-19', name).verdict).not.toMatch(DONE);
  });

  it('“地铁2号线一期已于5月30日开通试运营”（目标 建成通车）：不是已完成', () => {
    expect(judged('地铁2号线一期已于5月30日开通试运营', '地铁2号线一期建成通车', '2024-06-30').verdict).not.toMatch(DONE);
  });

  it('整条路、整栋楼、任务自己就是那一段或试运营：已完成', () => {
    expect(judged('东环路全线通车', null, '2024-12-31', '东环路建设').verdict).toMatch(DONE);
    expect(judged('已完成通车验收并正式通车', null, '2024-12-31', '东环路建设').verdict).toMatch(DONE);
    expect(judged('东环路各段均已通车', null, '2024-12-31', '东环路建设').verdict).toMatch(DONE);
    expect(judged('项目两条生产线均已建成投产', null, '2024-12-31', '年产10万吨项目建设').verdict).toMatch(DONE);
    expect(judged('东环路北段已通车', null, '2024-12-31', '东环路北段建设').verdict).toMatch(DONE);
    expect(judged('门诊楼已投入使用', null, '2024-12-31', '县医院门诊楼建设').verdict).toMatch(DONE);
    expect(judged('新建教学楼已投入使用', null, '2024-12-31', '城南中学教学楼建设').verdict).toMatch(DONE);
    expect(judged('新建教学楼今年4月完工并投入使用', null, '2024-09-30').verdict).toMatch(DONE);
    expect(judged('城区至三镇公交线路开通', null, '2024-12-31', '城乡公交线路开通').verdict).toMatch(DONE);
    expect(judged('养老中心已正式运行', null, '2024-12-31', '养老中心建设').verdict).toMatch(DONE);
    expect(judged('东环路桥梁段已具备通车条件，东环路于9月1日通车', null, '2024-09-19', '东环路建设').verdict).toMatch(DONE);
    expect(judged('地铁2号线一期已于5月30日开通试运营', '地铁2号线一期投入试运营', '2024-06-30').verdict).toMatch(DONE);
  });
});

describe('试点的行：印发方案、完成部署只是一步，不是试点做完', () => {
  it.each([
    ['试点方案已印发', '垃圾分类试点'],
    ['试点已经启动，试点方案已印发', '垃圾分类试点'],
    ['已确定3个试点村，试点工作已完成部署', '农村改厕试点'],
    ['垃圾分类实施方案已印发', '垃圾分类工作'],
    ['方案已印发', '垃圾分类工作'],
    ['垃圾分类工作已完成部署', '垃圾分类工作'],
  ])('“%s”（%s）：不是已完成', (text, name) => {
    expect(judged(text, null, '2024-12-31', name).verdict).not.toMatch(DONE);
  });

  it('试点做完了，或任务就是方案、部署：已完成', () => {
    expect(judged('试点已验收', null, '2024-12-31', '农村改厕试点').verdict).toMatch(DONE);
    expect(judged('10个试点村改厕已全部完工', null, '2024-12-31', '10个试点村改厕').verdict).toMatch(DONE);
    expect(judged('试点工作已全面完成', null, '2024-12-31', '垃圾分类试点').verdict).toMatch(DONE);
    expect(judged('实施方案已印发', '制定并印发垃圾分类实施方案', '2024-12-31').verdict).toMatch(DONE);
  });
});

describe('已全部答复，而任务要的是办结、落实、化解：答复只是办理的第一步', () => {
  it.each([
    ['45件建议已全部答复', '45件建议全部办结落实', '人大代表建议办结'],
    ['已全部答复', '建议提案全部落实到位', '建议提案落实'],
    ['已全部答复信访人', '信访积案全部化解', '信访积案化解'],
    ['建议已全部办复', '建议全部落实到位', '建议落实'],
  ])('“%s”（目标 %s）：不是已完成', (text, target, name) => {
    expect(judged(text, target, '2024-12-31', name).verdict).not.toMatch(DONE);
  });

  it('任务要的就是答复、办复，或办复了要办结的：已完成', () => {
    expect(judged('45件提案已全部答复', '45件提案全部办复', '2024-12-31', '政协提案办理').verdict).toMatch(DONE);
    expect(judged('建议已全部办复', '建议全部办结', '2024-12-31', '建议办理').verdict).toMatch(DONE);
    expect(judged('所有建议均已答复并办结', '建议全部办结', '2024-12-31', '建议办理').verdict).toMatch(DONE);
  });
});

describe('文字里的“除…外”不是行名划的那一条：其余之外还有没做完的', () => {
  it.each([
    ['除2个乡镇外，其余乡镇均已完成', '除城关镇外的其余乡镇改厕'],
    ['除1项指标外，其余指标均已完成', '除GDP外的其余8项指标'],
  ])('“%s”（%s）：不是已完成', (text, name) => {
    expect(judged(text, null, '2024-12-31', name).verdict).not.toMatch(DONE);
  });

  it('文字划的就是行名划的那一条：已完成', () => {
    expect(judged('除城南片区外，其余片区均已完成改造', null, '2024-12-31', '除城南片区外的5个片区改造').verdict).toMatch(DONE);
    expect(judged('除GDP这一项外，其余8项均已完成', null, '2024-12-31', '除GDP外的8项指标').verdict).toMatch(DONE);
  });
});

describe('“已全覆盖”“均已清零”的只是城区、一个园区：不是全覆盖', () => {
  it.each([
    ['城区已全覆盖', '5G网络全覆盖'],
    ['主城区已全覆盖', '5G网络全覆盖'],
    ['工业园区已全覆盖', '5G网络全覆盖'],
    ['城镇已全覆盖', '全县燃气全覆盖'],
    ['重点区域均已清零', '欠薪问题清零'],
  ])('“%s”（%s）：不是已完成', (text, name) => {
    expect(judged(text, null, '2024-12-31', name).verdict).not.toMatch(DONE);
  });

  it('说的是全部：已完成', () => {
    expect(judged('信号已全覆盖', null, '2024-12-31', '5G网络全覆盖').verdict).toMatch(DONE);
    expect(judged('全县已全覆盖', null, '2024-12-31', '5G网络全覆盖').verdict).toMatch(DONE);
    expect(judged('存量问题均已清零', null, '2024-12-31', '欠薪问题清零').verdict).toMatch(DONE);
    expect(judged('城镇和农村均已全覆盖', null, '2024-12-31', '全县燃气全覆盖').verdict).toMatch(DONE);
    expect(judged('13个乡镇已全覆盖', '13个乡镇全覆盖', '2024-12-31', '全覆盖').verdict).toMatch(DONE);
  });
});

describe('年中的“超额完成20%”，没说是全年任务：超的是半年、序时的，不是全年完成', () => {
  it.each([
    ['超额完成20%', '2024-06-30'],
    ['已超额完成20%', '2024-06-30'],
    ['截至目前超额完成20%', '2024-06-30'],
    ['上半年完成招商项目12个，超额完成20%', '2024-06-30'],
  ])('“%s”（%s）：不是已完成', (text, asOf) => {
    expect(judged(text, null, asOf).verdict).not.toMatch(DONE);
  });

  it('年底的，或说明是年度任务的：已完成', () => {
    expect(judged('超额完成20%').verdict).toMatch(DONE);
    expect(judged('超额完成20%', '新建学校10所', '2024-11-30').verdict).toMatch(DONE);
    expect(judged('全年超额完成20%').verdict).toMatch(DONE);
    expect(judged('已超额完成年度任务20%', null, '2024-06-30').verdict).toMatch(DONE);
  });
});

describe('数字后的括号说其中只是开工：不是组成，照读', () => {
  it('“完成改造500户（含开工200户）”：不是已完成', () => {
    expect(judged('完成改造500户（含开工200户）', '改造500户', '2024-12-31', '老旧小区改造').verdict).not.toMatch(DONE);
  });

  it('括号只是组成：已完成', () => {
    expect(judged('完成改造500户（包括计划内300户，计划外200户）', '改造500户').verdict).toMatch(DONE);
    expect(judged('完成造林5万亩（其中：人工造林3万亩、封山育林2万亩）', '造林5万亩').verdict).toMatch(DONE);
  });
});

describe('一个名字加“等”，没说全部：行名列出的其余几项没说到', () => {
  it.each([
    ['体育馆等建成投用', '体育馆、游泳馆、全民健身广场建设'],
    ['体育馆等建成投用，游泳馆主体已封顶', '体育馆、游泳馆、全民健身广场建设'],
  ])('“%s”（%s）：不是已完成', (text, name) => {
    expect(judged(text, null, '2024-12-31', name).verdict).not.toMatch(DONE);
  });

  it('说到两项以上、说全部、或说出个数：已完成', () => {
    expect(judged('体育馆、游泳馆等建成投用', null, '2024-12-31', '体育馆、游泳馆、全民健身广场建设').verdict).toMatch(DONE);
    expect(judged('体育馆等3个场馆均已建成投用', null, '2024-12-31', '体育馆、游泳馆、全民健身广场建设').verdict).toMatch(DONE);
  });
});

describe('城乡、全覆盖的行，说的只是县城；路只完成了路面：都只是一部分', () => {
  it.each([
    ['县城公交线路开通', '城乡公交全覆盖'],
    ['G236线已完成路面工程', 'G236线改造'],
  ])('“%s”（%s）：不是已完成', (text, name) => {
    expect(judged(text, null, '2024-12-31', name).verdict).not.toMatch(DONE);
  });

  it('行就是县城的、路面的：已完成', () => {
    expect(judged('县城公交线路开通', null, '2024-12-31', '县城公交线路开通').verdict).toMatch(DONE);
    expect(judged('G236线已完成路面工程', null, '2024-12-31', 'G236线路面工程').verdict).toMatch(DONE);
  });
});

describe('完成了上级下达的任务，但括号说不含一部分：只是一部分', () => {
  it.each(['完成市下达任务（不含新增任务）', '已完成年度任务（不含追加任务）', '已完成全部改造任务，不含上级新增任务'])('“%s”：不是已完成', (text) => {
    expect(judged(text).verdict).not.toMatch(DONE);
  });

  it('没有除外的：已完成', () => {
    expect(judged('完成市下达任务').verdict).toMatch(DONE);
    expect(judged('完成改造500户（不含上年结转）', '改造500户').verdict).not.toBe('in-progress');
    expect(judged('节水、节能等约束性指标均完成县下达任务').verdict).toMatch(DONE);
  });
});

describe('自己的一步做完了，但行名里那一步的比率还不满（发放到户率60%、到户率40%）：没做完', () => {
  it.each([
    ['已全部拨付到位，发放到户率60%', '补贴资金发放'],
    ['已全部拨付至乡镇，到户率40%', '资金拨付到户'],
  ])('“%s”（%s）：不是已完成', (text, name) => {
    expect(judged(text, null, '2024-12-31', name).verdict).not.toMatch(DONE);
  });

  it('比率量的是行名没有的后一步，或是一个水平：已完成', () => {
    expect(judged('全部办复完毕，办结率72%', null, '2024-12-31', '人大代表建议办复').verdict).toMatch(DONE);
    expect(judged('已全部拨付到户，群众满意率96%', null, '2024-12-31', '资金拨付到户').verdict).toMatch(DONE);
  });
});

describe('全部办复的只是主办件、重点建议；“以来”的不是行名的那个时段：只是一部分', () => {
  it.each([
    ['主办件已全部办复', null, '建议办理'],
    ['重点建议已全部办复', null, '建议办理'],
    ['书面答复已全部完成', null, '建议办结'],
    ['今年以来已完成改造任务', null, '党代会以来棚户区改造'],
  ])('“%s”（%s）：不是已完成', (text, target, name) => {
    expect(judged(text, target, '2024-12-31', name).verdict).not.toMatch(DONE);
  });

  it('全部的、同一个时段的：已完成', () => {
    expect(judged('收到建议45件，已全部办复', '办理建议45件', '2024-12-31', '建议办理').verdict).toMatch(DONE);
    expect(judged('主办件、协办件均已全部办复', null, '2024-12-31', '建议办理').verdict).toMatch(DONE);
    expect(judged('党代会以来已完成改造任务', null, '2024-12-31', '党代会以来棚户区改造').verdict).toMatch(DONE);
    expect(judged('区政协七届一次会议以来的提案已全部办复', null, '2024-12-31', '政协七届一次会议以来提案办理').verdict).toMatch(DONE);
  });
});
