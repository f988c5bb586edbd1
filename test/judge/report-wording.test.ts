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

describe('大部分做完，“仍有少部分…未…”是剩下的活，不是没做：时限未到为推进中，已过为滞后', () => {
  it.each([
    ['绝大多数问题已整改到位，但仍有少部分问题未得到有效整改'],
    ['搬迁工作已基本结束，尚有个别农户未搬迁'],
    ['欠款大部分已清偿，还有少量款项未支付'],
  ])('“%s”（时限未到）：推进中', (text) => {
    expect(judged(text, null, '2024-06-30', '2024-10-31').verdict).toBe('in-progress');
  });

  it('时限已过，仍有少数问题未整改：滞后', () => {
    expect(judged('仍有少数问题未整改', null, '2024-11-30', '2024-10-31').verdict).toBe('behind');
  });

  it('没有“仍有少部分”，直说未整改到位：滞后', () => {
    expect(judged('问题未得到有效整改').verdict).toBe('behind');
  });
});

describe('“提前一个季度完成全年目标任务”：提前多久不是完成了多少，是已完成', () => {
  it.each([
    ['全县新增就业提前一个季度完成全年目标任务'],
    ['提前两个月完成全年招商引资任务'],
    ['提前10天完成年度征收任务'],
  ])('“%s”', (text) => {
    expect(judged(text, null, '2024-09-30').verdict).toBe('completed');
  });

  it('提前完成的是一季度的任务，不是全年的：推进中', () => {
    expect(judged('提前完成一季度财税任务', '全年财政收入增长6%', '2024-03-31').verdict).not.toMatch(/completed|exceeded/u);
  });
});

describe('增长目标的年份已过（时限已过），报的是那一年的增长：达到目标为已完成', () => {
  it.each([
    ['去年全县地区生产总值增长6.4%，完成预期目标', '增长6%'],
    ['2023年规上工业增加值比上年增长9.1%', '增长8%以上'],
  ])('“%s”（目标 %s）', (text, target) => {
    expect(judged(text, target, '2024-03-15', '2023-12-31').verdict).toBe('completed');
  });

  it('低于目标：滞后', () => {
    expect(judged('去年社会消费品零售总额增长4.2%', '增长7%', '2024-03-15', '2023-12-31').verdict).toBe('behind');
  });

  it('报的只是年内一段（前三季度增长9%）：不算全年完成', () => {
    expect(judged('前三季度增长9%', '增长8%', '2024-01-10', '2023-12-31').verdict).not.toBe('completed');
  });

  it('年份未过：达到目标也只是推进中', () => {
    expect(judged('1-6月增长9.1%', '增长8%', '2023-06-30', '2023-12-31').verdict).toBe('on-track');
  });
});

describe('“为年初预算的X%”是全年预算的完成比例；“占总收入的比重”是构成，不是完成了多少', () => {
  it.each([
    ['累计完成一般公共预算收入3.2亿元，为年初预算58.3%', '2024-08-31', 'behind'],
    ['1-9月完成税收收入2.6亿元，占年初预算的78%', '2024-09-30', 'on-track'],
    ['累计完成政府性基金收入1.1亿元，完成预算的103%', '2024-11-30', 'exceeded'],
  ])('“%s”（%s）', (text, asOf, verdict) => {
    expect(judged(text, null, asOf).verdict).toBe(verdict);
  });

  it.each([
    ['税收收入2.1亿元，占一般公共预算收入的比重为61.5%'],
    ['非税收入占财政总收入比重为38%'],
  ])('“%s”：不是完成比例，不判滞后', (text) => {
    expect(judged(text, null, '2024-08-31').verdict).not.toBe('behind');
  });
});

describe('文字写明是往年的任务（2019年项目、2020年度任务），报告时仍有未完成的：年度已过，滞后', () => {
  it.each([
    ['2019年项目未竣工2项：城东污水处理厂、北山公路', '2021-06-30'],
    ['2020年度任务尚有3项正在推进', '2021-03-31'],
    ['2022年的民生实事还有1件在建', '2023-09-30'],
  ])('“%s”（报告 %s）', (text, asOf) => {
    const result = judged(text, null, asOf);
    expect(result.verdict).toBe('behind');
    expect(result.evidence).toMatch(/年度已过/u);
  });

  it('今年的项目还在建：推进中', () => {
    expect(judged('2024年项目未竣工2项', null, '2024-06-30').verdict).toBe('in-progress');
  });

  it('往年的项目已全部竣工：已完成', () => {
    expect(judged('2019年项目已全部竣工', null, '2021-06-30').verdict).toBe('completed');
  });

  it('往年开工、按计划跨年建设的（2022年开工的项目正在建设）不算往年的任务', () => {
    expect(judged('2022年开工的项目正在建设', null, '2023-06-30').verdict).toBe('in-progress');
  });
});

describe('工程的总体进度（占总工程量、形象进度）跨整个工期，不按今年的月份算滞后', () => {
  it.each([
    ['截至10月底，水库除险加固工程总体进度达60%'],
    ['累计完成总工程量的45%'],
    ['隧道主体形象进度完成55%'],
  ])('“%s”：推进中', (text) => {
    expect(judged(text, null, '2024-10-31').verdict).toBe('in-progress');
  });

  it('占全年任务的比例照旧按序时算', () => {
    expect(judged('累计完成全年任务的45%', null, '2024-10-31').verdict).toBe('behind');
  });
});

describe('只报花了多少钱（完成投资X万元），没有金额目标可比：工程进展如何需人工确认', () => {
  it.each([
    ['城区排涝泵站完成投资820万元'],
    ['乡村道路提升工程完成2300万元。'],
    ['截至5月底，污水管网工程累计完成投资约1.2亿元'],
  ])('“%s”：需人工确认', (text) => {
    const result = judged(text, null, '2024-05-31');
    expect(result.verdict).toBe('unclear');
    expect(result.evidence).toContain('只报完成的投资额');
  });

  it('钱之外还报了实物的数量（铺设管道2300米），仍没有目标可比、没说在做：需人工确认（统一标注约定 ii）', () => {
    expect(judged('截污干管完成投资50万元，铺设管道2300米', null, '2024-05-31').verdict).toBe('unclear');
    expect(judged('截污干管完成投资50万元，正在铺设管道', null, '2024-05-31').verdict).toBe('in-progress');
  });

  it('另一句说了开工建设：推进中', () => {
    expect(judged('一号泵站完成投资300万元，二号泵站开工建设', null, '2024-05-31').verdict).toBe('in-progress');
  });

  it('有金额目标可比（年度计划投资5000万元）：照目标比', () => {
    expect(judged('完成投资4000万元', '年度计划投资5000万元', '2024-06-30').verdict).toBe('on-track');
  });
});

describe('到位、落实的资金比的是投资计划：钱到手不等于完成投资，需人工确认', () => {
  it.each([
    ['已落实资金2.3亿元，为年度投资计划的46%', '年度计划投资5亿元'],
    ['到位资金8600万元', '计划投资1亿元'],
    ['上级资金已到位1200万元', '完成投资1500万元'],
  ])('“%s”（目标 %s）', (text, target) => {
    const result = judged(text, target, '2024-06-30');
    expect(result.verdict).toBe('unclear');
    expect(result.evidence).toContain('资金到位，不等于完成投资');
  });

  it('完成的就是投资：照目标比', () => {
    expect(judged('已完成投资2.3亿元', '年度计划投资5亿元', '2024-06-30').verdict).toBe('behind');
  });
});

describe('未启动、未开工部分占计划的比例，是剩下的，不是完成了多少', () => {
  it.each([
    ['未启动实施的12个村，占计划的20%'],
    ['尚未开工的项目8个，占年度计划的16%'],
  ])('“%s”：推进中，不按完成比例判滞后', (text) => {
    expect(judged(text, null, '2024-09-30').verdict).toBe('in-progress');
  });
});

describe('只报一个比率水平（失业率为5.1%），没有目标可比：需人工确认', () => {
  it.each([
    ['9月份，全县城镇调查失业率为5.1%，与上月持平。'],
    ['三季度末城镇登记失业率为3.6%'],
    ['全市空气优良天数比例为86.3%，同比提高1.2个百分点'],
    ['城镇调查失业率稳中有降，二季度均值为5.2%，比上年同期低0.3个百分点'],
  ])('“%s”', (text) => {
    expect(judged(text, null, '2024-09-30').verdict).toBe('unclear');
  });

  it('有水平目标（控制在5.5%以内）：照目标比', () => {
    expect(judged('城镇调查失业率为5.1%', '城镇调查失业率控制在5.5%以内', '2024-09-30').verdict).toBe('completed');
  });

  it('比率之外还报了做了多少（建成12所，覆盖率达60%）：推进中', () => {
    expect(judged('建成12所，覆盖率达60%', null, '2024-09-30').verdict).toBe('in-progress');
  });
});

describe('“增加4.22%”是增长：只报增长、没有增长目标可比，需人工确认', () => {
  it.each([['累计完成公共预算支出12.4亿元，增加4.22%'], ['完成基金支出1.3亿元，增加8 %']])('“%s”', (text) => {
    expect(judged(text, null, '2024-08-31').verdict).toBe('unclear');
  });

  it('有增长目标：照目标比', () => {
    expect(judged('税收收入增加7.5%', '税收收入增长7%', '2024-08-31').verdict).toBe('on-track');
  });
});

describe('占“应…”的比例（占应报账的、为应整改数的）：应该已做完的没做完，滞后', () => {
  it.each([
    ['已报账320万元，占应报账的41%'],
    ['已整改18个，为应整改问题的60%'],
    ['已发放补贴86万元，占应发放数的85.5%'],
  ])('“%s”', (text) => {
    const result = judged(text, null, '2024-05-31');
    expect(result.verdict).toBe('behind');
    expect(result.evidence).toContain('应完成的尚未全部完成');
  });

  it('占全年任务的比例不是“应”的比例：照序时算', () => {
    expect(judged('已发放补贴86万元，占全年任务的60%', null, '2024-05-31').verdict).toBe('on-track');
  });
});

describe('往年的年份只用来比较（较2023年目标、同比2023年项目数）不是往年的任务', () => {
  it.each([
    ['今年新开工项目12个，同比2023年项目数增加5个'],
    ['完成投资3.1亿元，较2023年目标多出一成，正在加快推进'],
  ])('“%s”：不因往年已过判滞后', (text) => {
    expect(judged(text, null, '2024-06-30').evidence).not.toMatch(/年度已过/u);
  });
});

describe('衡量工作本身的比率（开工率、办结率）不是结果水平：照旧是推进中', () => {
  it.each([['开工率达85%'], ['信访件办结率为92%'], ['资金拨付率78%']])('“%s”', (text) => {
    expect(judged(text, null, '2024-09-30').verdict).toBe('in-progress');
  });
});

describe('时限已过，文字只报做了多少、没有目标可比：不能说滞后，也不能说完成，需人工确认', () => {
  it.each([
    ['去年全年新增城镇就业超过1.2万人'],
    ['全年共完成农村公路改造86公里，建成桥梁4座'],
    ['去年累计发放创业担保贷款3.1亿元'],
  ])('“%s”', (text) => {
    const result = judged(text, null, '2024-03-31', '2023-12-31');
    expect(result.verdict).toBe('unclear');
    expect(result.evidence).toContain('是否完成需人工确认');
  });

  it('时限已过，文字说还在推进：滞后', () => {
    expect(judged('完成农村公路改造86公里，其余路段正在施工', null, '2024-03-31', '2023-12-31').verdict).toBe('behind');
  });

  it('时限已过，有目标可比（目标100公里，完成86公里）：滞后', () => {
    expect(judged('全年共完成农村公路改造86公里', '改造农村公路100公里', '2024-03-31', '2023-12-31').verdict).toBe('behind');
  });
});

describe('整句说达到了谁的要求、哪一级的标准（达到省定标准、符合规范要求）：已完成；只写“符合要求”说得太少', () => {
  it.each([
    ['已达到省定验收标准'],
    ['达到财政部要求的提前下达比例'],
    ['均符合国家规范要求'],
  ])('“%s”', (text) => {
    expect(judged(text).verdict).toBe('completed');
  });

  it('光写“符合要求”：需人工确认', () => {
    expect(judged('符合要求').verdict).toBe('unclear');
  });

  it('作为要做到的（确保达到省定标准）不是做到了', () => {
    expect(judged('确保年底前达到省定标准').verdict).not.toBe('completed');
  });
});

describe('文字说目标或计划已调整（调整节点目标、任务核减为20个）：原目标量不了，需人工确认', () => {
  it.each([
    ['3个项目报经同意后调整节点目标'],
    ['因规划变化，年度任务核减为20个，已完成15个'],
    ['经批准变更建设内容，目前正在施工'],
  ])('“%s”', (text) => {
    const result = judged(text, null, '2024-06-30');
    expect(result.verdict).toBe('unclear');
    expect(result.evidence).toContain('目标已调整');
  });

  it('调整后已全部完成：已完成', () => {
    expect(judged('计划调整后的20个点位已全部建成').verdict).toBe('completed');
  });
});

describe('合并两人的规则后：问题名称里的数、一笔投资的年度比例、人大建议清单', () => {
  it('问题名称里的比例（仅将预算的58%分配下达问题）不是现在的进度', () => {
    expect(judged('对年初仅将预算安排数的58%分配下达问题，财政局已督促各部门加快分配，目前正在推进', null, '2024-11-30').verdict).toBe('in-progress');
  });

  it('目标是个数（12个），投资占年度计划的比例低于序时，不因此判滞后', () => {
    expect(judged('已开工8个，完成投资2000万元、占年度计划的10%', '12个', '2024-03-31', '2024-12-31').verdict).not.toBe('behind');
  });

  it('目标是投资额时，投资占年度计划的比例照序时算', () => {
    expect(judged('完成投资2000万元、占年度计划的10%', '年度计划投资2亿元', '2024-06-30', '2024-12-31').verdict).toBe('behind');
  });

  it.each([
    ['代表建议50件，已办结30件，占建议总数的60%'],
    ['委员提案40件，已答复24件，占总数的60%'],
  ])('一件件办理的建议、提案（“%s”）不按月份算序时', (text) => {
    expect(judged(text, null, '2024-11-30').verdict).toBe('in-progress');
  });

  it('民生实事按件数算完成率，低于序时仍是滞后（“事项”两字不使它成为交办清单）', () => {
    expect(judged('30件民生实事已完成12件，完成率40%；已开工事项30件，开工率100%', null, '2024-10-31').verdict).toBe('behind');
  });
});
