import { judgeWords, type Judgement } from '../../src/core/judge';

/**
 * Issue 19's whole-task rule, one kind at a time: 已完成 only when the words say the whole task is done or a
 * figure meets the whole target in the same measure; a step, a part, a phase, a sub-set or remaining work is
 * not done; a deadline after the report date is not behind; lag written out is behind; done written out is
 * done. The examples are written here for each kind (none is copied from the frozen real-text set).
 */
function judged(text: string, context: { target?: string; deadline?: string; asOf?: string } = {}): Judgement {
  const asOf = context.asOf ?? '2024-06-30';
  return judgeWords(text, { targetText: context.target ?? null, deadline: context.deadline ?? null, asOf, expectedProgress: Number(asOf.slice(5, 7)) / 12 });
}

describe('一个步骤、一部分、一期、一个子集，都不是整项任务', () => {
  it.each([
    ['已完成初步设计审查', '新建县人民医院门诊综合楼'],
    ['示范点已完成安装', '全区路灯节能改造'],
    ['一期已建成投用', '城东污水处理厂建设（分两期）'],
    ['主体工程已完工', '县图书馆新馆建设'],
    ['已完成招标', '农贸市场改造提升'],
  ])('“%s”（任务 %s）不是已完成', (text, target) => {
    const result = judged(text, { target });
    expect(result.verdict).not.toMatch(/completed|exceeded/);
    expect(result.evidence).toContain(text);
  });

  it('任务本身就是这个步骤时，完成这个步骤就是完成任务', () => {
    expect(judged('已完成初步设计', { target: '完成医院迁建项目初步设计' }).verdict).toBe('completed');
  });

  it('小区中有的在施工、有的在办手续：推进中', () => {
    expect(judged('8个小区中5个正在施工、3个正在办理前期手续', { target: '改造老旧小区8个' }).verdict).toMatch(/in-progress|on-track/);
  });

  it('目标有几部分（新开工、竣工），只报了一部分的数：不算完成', () => {
    const result = judged('新开工50个', { target: '新开工保障性住房50个、竣工30个', deadline: '2024-12-31' });
    expect(result.verdict).toBe('in-progress');
    expect(result.evidence).toContain('竣工30个');
  });

  it('先写总数再写完成数（“4个…已完成2个”）：按完成数算，不把总数当完成', () => {
    // A year's task at 50% in September is below 序时进度 (the glossary's 滞后): the count is the result, not the total.
    const result = judged('4个村级养老服务站建设已完成2个', { target: '4个村级养老服务站建设', deadline: '2024-12-31', asOf: '2024-09-30' });
    expect(result.verdict).toBe('behind');
    expect(result.evidence).toBe('完成2个／目标4个＝50%，低于序时进度75%');
  });
});

describe('半年完成不是全年完成', () => {
  it('上半年各月均按时完成，全年工作继续推进：推进中', () => {
    expect(judged('上半年各月均按时完成，全年工作继续推进').verdict).toBe('in-progress');
  });

  it('完成一季度任务：推进中，不是已完成', () => {
    const result = judged('已完成一季度任务', { asOf: '2024-03-31' });
    expect(result.verdict).toBe('in-progress');
    expect(result.evidence).toContain('一季度任务');
  });

  it('完成1-5月计划的105%：达到阶段计划，是推进中而非完成', () => {
    expect(judged('完成1-5月投资计划的105%，完成年度投资计划的38%', { target: '年度计划投资10亿元', asOf: '2024-05-31' }).verdict).toBe('on-track');
  });
});

describe('写明的滞后就是滞后', () => {
  it.each([
    ['增长4.1%，低于目标2.3个百分点'],
    ['完成进度低于序时进度5个百分点'],
    ['一般公共预算收入同比增长1.3%，塌目标6.7个百分点'],
  ])('“%s” 是滞后', (text) => {
    const result = judged(text);
    expect(result.verdict).toBe('behind');
    expect(result.evidence).toBe(`“${text.split('，').find((clause) => /低于|塌/u.test(clause)) ?? text}”`);
  });

  it('完成年度目标的48%（三季度末）：滞后', () => {
    const result = judged('实际到位资金2.4亿元，完成年度目标的48%', { asOf: '2024-09-30' });
    expect(result.verdict).toBe('behind');
    expect(result.evidence).toBe('“年度目标的48%”，低于序时进度75%');
  });

  it('增长目标下的负增长：滞后', () => {
    const result = judged('社会消费品零售总额同比下降2.6%', { target: '社会消费品零售总额增长7%' });
    expect(result.verdict).toBe('behind');
    expect(result.evidence).toBe('下降2.6%，目标增长7%，低于目标');
  });

  it('高于目标几个百分点（年中）：达到序时，不是已完成', () => {
    expect(judged('规上工业增加值增长9.2%，高于目标1.2个百分点').verdict).toBe('in-progress');
  });
});

describe('写明的完成就是完成', () => {
  it.each([
    ['项目已竣工投运', '建设110千伏输变电工程'],
    ['达到年度工作目标', '社区矫正对象监管'],
    ['改造农村公路186公里，为年度任务的112%', '改造农村公路166公里'],
  ])('“%s” 是已完成', (text, target) => {
    expect(judged(text, { target }).verdict).toMatch(/completed|exceeded/);
  });

  it('覆盖率达31%，目标25%：已完成', () => {
    const result = judged('家庭医生签约服务覆盖率达31%', { target: '家庭医生签约服务覆盖率达到25%' });
    expect(result.verdict).toBe('completed');
    expect(result.evidence).toBe('覆盖率达31%，目标25%，达到目标');
  });
});

describe('多年任务在期限前不算滞后', () => {
  it('5000公里的任务到2027年，2024年年中完成1200公里：推进中', () => {
    const result = judged('累计完成1200公里', { target: '2023—2027年建设改造农村公路5000公里', asOf: '2024-06-30' });
    expect(result.verdict).toBe('in-progress');
    expect(result.evidence).toBe('完成1200公里／目标5000公里＝24%，任务期限未到');
  });

  it('完成时限在以后的年份：数字低于今年的序时也不算滞后', () => {
    expect(judged('已完成3个', { target: '新建村级文化广场10个', deadline: '2026-12-31', asOf: '2024-08-31' }).verdict).toBe('in-progress');
  });

  it('一年的任务、时限在年底：数字低于序时进度就是滞后（术语表：滞后 = 完成低于序时进度），高于序时为推进中', () => {
    expect(judged('已完成3个', { target: '新建村级文化广场10个', deadline: '2024-12-31', asOf: '2024-08-31' }).verdict).toBe('behind');
    expect(judged('已完成7个', { target: '新建村级文化广场10个', deadline: '2024-12-31', asOf: '2024-08-31' }).verdict).toBe('on-track');
  });
});

describe('逾期的整改，其余正在整改：滞后', () => {
  it('整改问题20个，已整改16个，其余正在整改（时限已过）', () => {
    const result = judged('整改问题20个，已整改16个，其余正在整改', { deadline: '2024-03-31' });
    expect(result.verdict).toBe('behind');
    expect(result.evidence).toBe('完成时限2024-03-31已过：“其余正在整改”');
  });
});

describe('数字要是“结果”：不是重述的总数、不是开工数、不是计划数', () => {
  it('“35个续建项目完成投资…，占年度计划的70%”：35个是任务本身的个数，不是完成数', () => {
    const result = judged('35个续建项目完成投资12.6亿元，占年度计划的70%', { target: '35个续建项目', asOf: '2024-08-31' });
    expect(result.verdict).toBe('on-track');
    expect(result.evidence).toBe('“年度计划的70%”，达到序时进度66.7%');
  });

  it('开工数不是完成数：“已开工120户，竣工60户”', () => {
    const result = judged('已开工120户，竣工60户', { target: '农村危房改造120户', deadline: '2024-12-31', asOf: '2024-09-30' });
    expect(result.verdict).toBe('behind');
    expect(result.evidence).toBe('完成60户／目标120户＝50%，低于序时进度75%');
  });

  it('计划里的数（力争…完成）不是结果', () => {
    expect(judged('正在抓紧施工，力争10月底前完成3.5万亩', { target: '建设高标准农田3.5万亩', asOf: '2024-06-30' }).verdict).toBe('in-progress');
  });

  it('项目计划总投资花完了，不等于项目建成：需人工确认', () => {
    const result = judged('计划总投资1.2亿元，已完成投资1.2亿元', { target: '计划总投资1.2亿元', asOf: '2024-12-31' });
    expect(result.verdict).toBe('unclear');
    expect(result.evidence).toContain('投资完成不等于项目建成');
  });
});

describe('剩余的数是剩余的工作，不是“没做”', () => {
  it('“已整改完成36个，未完成整改4个”（时限未到）：推进中', () => {
    expect(judged('已整改完成36个，未完成整改4个', { target: '整改反馈问题40个', deadline: '2024-12-31', asOf: '2024-10-31' }).verdict).toBe('in-progress');
  });

  it('“未完成但达到序时进度”：推进中', () => {
    expect(judged('已完成整改12项，未完成但达到序时进度5项', { target: '反馈问题整改17项' }).verdict).toBe('in-progress');
  });

  it('“未达序时进度3项”仍是滞后', () => {
    expect(judged('项目15项，未达序时进度3项').verdict).toBe('behind');
  });
});

describe('日期在报告日之前的事件已经发生', () => {
  it('“今年4月完工并投入使用”（9月的报告）：已完成', () => {
    const result = judged('新建教学楼今年4月完工并投入使用', { asOf: '2024-09-30' });
    expect(result.verdict).toBe('completed');
  });

  it('“预计明年5月完工”不是已过的自定时限', () => {
    expect(judged('主体结构正在施工，预计明年5月完工', { asOf: '2024-09-30' }).verdict).toBe('in-progress');
  });
});

describe('只报增长、没有可比目标：需人工确认', () => {
  it('“规模以上工业增加值同比下降6.2%”（无目标）', () => {
    const result = judged('规模以上工业增加值同比下降6.2%');
    expect(result.verdict).toBe('unclear');
    expect(result.evidence).toBe('只报下降6.2%，没有可比的目标');
  });
});

describe('自评表式的完成值：只有一个数', () => {
  it('完成值“120只”，指标值“120只”：已完成', () => {
    expect(judged('120只', { target: '120只', asOf: '2024-12-31' }).verdict).toBe('completed');
  });

  it('完成值“100%”，指标值“≥95%”：已完成', () => {
    expect(judged('100%', { target: '≥95%', asOf: '2024-12-31' }).verdict).toBe('completed');
  });
});
