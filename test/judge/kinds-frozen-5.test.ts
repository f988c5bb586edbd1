import { judgeWords, type Judgement } from '../../src/core/judge';

/**
 * Kinds of writing the fifth round's frozen set showed the judge misreading (r-j6, sixth round), each written here in
 * other words (none is copied from a real-text set), with the counterparts each rule must leave alone.
 */
function judged(text: string, target: string | null = null, asOf = '2024-09-30', taskName: string | null = null, deadline: string | null = '2024-12-31'): Judgement {
  return judgeWords(text, { targetText: target, deadline, asOf, expectedProgress: Number(asOf.slice(5, 7)) / 12, taskName });
}

const DONE = /^(?:completed|exceeded)$/u;

describe('“等一批”“一大批”建成：举的是其中几个，不是整项任务完成', () => {
  it.each([
    ['城东污水处理厂、西湖大桥等一批市重点工程已提前竣工', null],
    ['以城南学校为代表的一大批民生项目已建成投用', null],
    ['一批技改项目已顺利投产', '实施技改项目40个'],
    ['一批老旧小区改造已全部完工', null],
  ])('“%s”：不是已完成', (text, target) => {
    const got = judged(text, target);
    expect(got.verdict).not.toMatch(DONE);
    expect(got.evidence).toContain('批');
  });

  it('任务本身就是“一批”、“第一批”照旧，“统一批复”不是一批；数字达到目标的照常已完成', () => {
    expect(judged('一批农村公益性公墓已全部建成', '建成一批农村公益性公墓').verdict).toMatch(DONE);
    expect(judged('项目经市政府统一批复后已全部完工').verdict).toMatch(DONE);
    expect(judged('全年新开工项目36个，一批重点项目已竣工投产', '新开工项目30个', '2024-12-31').verdict).toMatch(DONE);
    expect(judged('第一批示范村已通过验收').verdict).not.toMatch(DONE);
  });
});

describe('项目“列入”规划、计划或项目库：是走了一步，工作在推进，不是无法判断', () => {
  it.each([
    '城北水厂扩建工程已列入省重点项目库',
    '该水库被列入全省中型水库建设总体安排',
    '滨江绿道二期列入市级年度建设计划',
  ])('“%s”：推进中', (text) => {
    expect(judged(text).verdict).toBe('in-progress');
  });

  it('“未列入”是没做到；“列入计划的28个项目已全部建成”照常已完成', () => {
    expect(judged('项目未列入省级规划').verdict).toBe('behind');
    expect(judged('列入年度计划的28个项目已全部建成').verdict).toMatch(DONE);
  });
});

describe('开复工率100%、复工若干项：都开工了，是推进中，不是已完成，也不是无法判断', () => {
  it.each([
    '全镇实施产业项目8项(新建5项,续建3项)。截至目前,开复工8项,开复工率100%。',
    '续建项目复工12个，开工率达100%',
    '今年计划开工项目6个，目前开工率100%',
  ])('“%s”：推进中', (text) => {
    const got = judged(text, null, '2024-06-30');
    expect(got.verdict).toBe('in-progress');
  });

  it('开工率100%旁边说了全部竣工的，照常已完成', () => {
    expect(judged('开工率100%，已全部竣工', null, '2024-10-31').verdict).toMatch(DONE);
  });
});

describe('开工率、拨付率“不足”若干、“零开工”：是职员自己写出的差距，判滞后', () => {
  it.each([
    '全县有3个乡镇安置房开工率不足100%：甲镇、乙镇、丙镇',
    '仍有2个县零开工',
    '截至10月底，衔接资金拨付率仍不足60%',
    '危房改造开工任务不足100%的有1个乡',
  ])('“%s”：滞后', (text) => {
    const got = judged(text, null, '2024-10-31');
    expect(got.verdict).toBe('behind');
    expect(got.evidence).toMatch(/不足|零开工/u);
  });

  it('越低越好的比率“不足”某数不是差距：失业率不足3%不判滞后', () => {
    expect(judged('城镇登记失业率不足3%', null, '2024-10-31').verdict).not.toBe('behind');
  });
});

describe('文字把“基本建成”说成任务本身（基本建成任务、基本建成目标）：基本建成的数就是任务的数', () => {
  it('基本建成任务达到或完成：已完成', () => {
    expect(judged('省下达保障房基本建成任务1200套，目前已基本建成1350套', '1200套').verdict).toMatch(DONE);
    expect(judged('年度基本建成目标已提前完成').verdict).toMatch(DONE);
    expect(judged('甲、乙两县公租房基本建成任务均已全面完成', null, '2024-09-30', '甲、乙两县公租房基本建成').verdict).toMatch(DONE);
  });

  it('没有把基本建成说成任务的，“基本建成”仍是只完成一部分', () => {
    expect(judged('已基本建成安置房320套', '建成安置房300套').verdict).not.toMatch(DONE);
    expect(judged('安置房基本建成，正在进行室外配套').verdict).not.toMatch(DONE);
    expect(judged('已基本完成整改，基本建成任务另行考核').verdict).not.toMatch(DONE);
    expect(judged('基本建成任务1200套，已基本建成800套', '1200套').verdict).not.toMatch(DONE);
  });
});

describe('本行的名称（taskName）：产品把指标名称交给判断，名称说的和目标一样算数', () => {
  it('名称是一个宽泛的方向（打造营商环境、提升管理水平）而没有目标时，完成其中一件事不是整项完成', () => {
    for (const [task, text] of [
      ['打造一流营商环境', '深入开展楼宇招商，完成金融大厦空置楼层改造，入驻率达92%'],
      ['提升城市管理水平', '已完成中山路违章广告牌拆除'],
    ] as const) {
      const got = judged(text, null, '2024-12-31', task);
      expect(got.verdict).not.toMatch(DONE);
      expect(got.evidence).toContain('需人工确认');
    }
  });

  it('名称就是那件事的，照常已完成', () => {
    expect(judged('城南幼儿园已建成', null, '2024-09-30', '城南幼儿园建设').verdict).toMatch(DONE);
    expect(judged('20件县、乡两级为民办实事已全部办结', null, '2024-12-30', '2024年县、乡两级为民办实事共20件').verdict).toMatch(DONE);
  });

  it('名称里数到的单位（3个村）是任务自己的，不是其中一部分；名称没数到的仍是一部分', () => {
    expect(judged('甲村、乙村、丙村3个村已完成改厕', null, '2024-09-30', '甲村、乙村、丙村3个村改厕').verdict).toMatch(DONE);
    expect(judged('3个村已完成改厕', null, '2024-09-30', '全镇农村改厕').verdict).not.toMatch(DONE);
  });

  it('名称列的几个步骤（要求月底完成征地、拆迁）全做完才算，只做了其中一步不算', () => {
    const task = '中心大道建设，要求9月底完成征地、拆迁及管线迁改';
    const whole = judged('已完成全线征地、拆迁及管线迁改', null, '2024-10-05', task);
    expect(whole.verdict).toMatch(DONE);
    const part = judged('已完成全线征地', null, '2024-10-05', task);
    expect(part.verdict).not.toMatch(DONE);
    expect(part.evidence).toContain('拆迁');
    // A step the name does not name is still a step.
    expect(judged('已完成全线征地', null, '2024-10-05', '中心大道建设').verdict).not.toMatch(DONE);
  });
});

describe('几行共用的一段话：按本行的名称只读说本行的那部分（产品把指标名称交给判断）', () => {
  const shares = '分区域看，城东片区完成投资12.1亿元，城西片区完成投资8.4亿元，城北片区完成投资5.2亿元，分别占年计划的104.3%、76.2%、95.1%。';

  it('“分别占年计划的…”：本行是哪一片，就读哪一个比率', () => {
    const east = judged(shares, null, '2024-11-30', '城东片区年计划投资');
    expect(east.verdict).toMatch(DONE);
    expect(east.evidence).toContain('城东片区完成投资12.1亿元');
    expect(judged(shares, null, '2024-11-30', '城西片区年计划投资').verdict).toBe('behind');
    expect(judged(shares, null, '2024-11-30', '城北片区年计划投资').verdict).toBe('on-track');
  });

  it('名称说的是整段（三个片区）或一句没有平行列项的话，不挑其中一项', () => {
    expect(judged(shares, null, '2024-11-30', '城东、城西、城北三个片区年计划投资').verdict).not.toMatch(DONE);
    expect(judged('全区安置房新开工2100套，基本建成1500套，分别完成年度任务的105%、88%', null, '2024-11-30', '安置房建设').verdict).not.toMatch(DONE);
  });

  const named = '其中提前建成3项，为城南220千伏变电站，滨湖新区配电网改造工程，东山110千伏输变电工程';

  it('“其中提前建成3项，为A，B，C”：本行是其中之一就是已完成；“未按期竣工2项，为…”是滞后', () => {
    expect(judged(named, null, '2024-11-30', '城南220千伏变电站').verdict).toMatch(DONE);
    expect(judged('未按期竣工2项，为北湖湿地公园二期，城西污水管网工程', null, '2024-11-30', '城西污水管网工程').verdict).toBe('behind');
  });

  it('本行不在所列的名字里，或名字数不对，不读成已完成', () => {
    expect(judged(named, null, '2024-11-30', '西山110千伏输变电工程').verdict).not.toMatch(DONE);
    expect(judged('其中提前建成3项，为城南220千伏变电站，滨湖新区配电网改造工程', null, '2024-11-30', '城南220千伏变电站').verdict).not.toMatch(DONE);
  });

  const tally = '督查交办问题48个，已完成整改40个。其中，东湖区15个、西湖区12个、新城区10个、市交通局3个。未完成整改8个。其中，东湖区3个、西湖区1个、市城管局4个。';

  it('按单位分的已完成与未完成：本行单位只在已完成里、未完成的分项加起来等于总数，才是已完成', () => {
    const done = judged(tally, null, '2024-08-31', '新城区承担的督查问题整改');
    expect(done.verdict).toMatch(DONE);
    expect(done.evidence).toContain('新城区');
  });

  it('本行单位在未完成的分项里，不是已完成；未完成的分项加不到总数时，没列的单位也不算已完成', () => {
    expect(judged(tally, null, '2024-08-31', '东湖区承担的督查问题整改').verdict).not.toMatch(DONE);
    expect(judged(tally, null, '2024-08-31', '市城管局承担的督查问题整改').verdict).not.toMatch(DONE);
    const short = tally.replace('市城管局4个', '市城管局2个');
    expect(judged(short, null, '2024-08-31', '新城区承担的督查问题整改').verdict).not.toMatch(DONE);
    // The whole tally is the whole row's: 8 not done.
    expect(judged(tally, null, '2024-08-31', '督查交办问题整改').verdict).not.toMatch(DONE);
  });
});

describe('工作在做的几种写法：“都在加紧施工”“总体过半”，项目的“总投资”只是项目的规模', () => {
  it.each([
    ['城西物流园、污水处理厂等项目都在加紧施工', null],
    ['安置小区二期工程总体过半', null],
    ['计划总投资12亿元的文旅综合体项目完成土地挂牌', null],
    ['总投资3.2亿元的城北水厂被列入省重点项目库', null],
    ['积极对接一批智能制造项目，总投资16.5亿元', null],
  ])('“%s”：推进中，不是无法判断', (text, target) => {
    expect(judged(text, target).verdict).toBe('in-progress');
  });

  it('“时间过半、任务过半”仍是推进中；“完成过半”仍是一个量；真正花掉的投资仍只是一个数', () => {
    expect(judged('时间过半、任务过半').verdict).toBe('in-progress');
    expect(judged('防洪工程完成投资1500万元').verdict).toBe('unclear');
    expect(judged('都在法定时限内').verdict).not.toMatch(DONE);
  });
});

describe('说整项做完的几种写法：“实现动态清零”“均在法定时限内办理并答复”“全年完成X亿元建设任务”', () => {
  it.each([
    ['全县低保边缘户重复救助问题实现动态清零', null],
    ['今年交办的代表建议，均在规定时限内办理并答复代表', '办理代表建议215件'],
    ['全年完成120亿元投资任务，新开工项目36个', null],
  ])('“%s”：已完成', (text, target) => {
    expect(judged(text, target, '2024-12-31').verdict).toMatch(DONE);
  });

  it('只是目标、还在办、或只完成任务的一部分的，不是已完成', () => {
    expect(judged('力争年底前实现动态清零', null, '2024-09-30').verdict).not.toMatch(DONE);
    expect(judged('代表建议均在规定时限内办理，正在答复', null, '2024-09-30').verdict).not.toMatch(DONE);
    expect(judged('全年完成120亿元投资任务的85%', null, '2024-12-31').verdict).not.toMatch(DONE);
    expect(judged('全年计划完成120亿元投资任务', null, '2024-09-30').verdict).not.toMatch(DONE);
  });
});

describe('“百日攻坚”“60天专项行动”这样按天数定的任务：用它自己的天数算序时进度，不用全年的月份', () => {
  // 30 days left of 100 on 10-01 (deadline 10-31): 70% of the campaign's time gone.
  it('完成不到已过去的天数所占比例：滞后，依据写出过了多少时间', () => {
    const got = judged('百日攻坚以来，完成投资38亿元，占百日攻坚目标任务的55%', null, '2024-10-01', null, '2024-10-31');
    expect(got.verdict).toBe('behind');
    expect(got.evidence).toContain('百日攻坚');
    expect(judged('已完成问题整改42个，占目标任务的48%', null, '2024-06-10', '“六十天专项行动”问题整改', '2024-06-30').verdict).toBe('behind');
  });

  it('达到已过去的天数所占比例：按进度推进，不是已完成；超过100%才是已完成', () => {
    expect(judged('完成投资60亿元，占百日攻坚目标任务的78%', null, '2024-10-01', null, '2024-10-31').verdict).toBe('on-track');
    expect(judged('完成投资81亿元，占百日攻坚目标任务的101%', null, '2024-10-01', null, '2024-10-31').verdict).toMatch(DONE);
  });

  it('没有天数、没有时限、或报告日还在行动开始之前，照全年的规则读', () => {
    // A year's task due 12-31 whose share is not of the year's plan: not paced by the months.
    expect(judged('完成投资38亿元，占目标任务的55%', null, '2024-10-01', null, '2024-10-31').verdict).toBe('in-progress');
    expect(judged('百日攻坚以来完成投资38亿元，占目标任务的55%', null, '2024-10-01', null, null).evidence).not.toContain('的时间');
    expect(judged('完成投资10亿元，占百日攻坚目标任务的12%', null, '2024-06-30', null, '2024-12-31').verdict).not.toBe('behind');
  });
});

describe('几种小写法：“已全部查清”“距目标还差N个百分点”“X月中旬完成”“去年陆续开工”“为…奠定基础”，年计划投资的行', () => {
  it('“已全部查清”是办完了；“正在查清”“尚未查清”不是', () => {
    expect(judged('上级交办的12条问题线索已全部查清，问责15人', null, '2024-12-31').verdict).toMatch(DONE);
    expect(judged('交办线索正在查清', null, '2024-12-31').verdict).not.toMatch(DONE);
    expect(judged('仍有2条线索尚未查清', null, '2024-12-31').verdict).not.toMatch(DONE);
  });

  it('“距年度目标还差N个百分点”：自己说了还没到目标，推进中，不是无法判断', () => {
    expect(judged('截至10月底，适龄儿童筛查率达到46.2%，距年度目标还差3.8个百分点', null, '2024-10-31').verdict).toBe('in-progress');
    expect(judged('截至10月底，适龄儿童筛查率达到46.2%', null, '2024-10-31').verdict).toBe('unclear');
  });

  it('“X月中旬完成”在报告日之前是做完了；报告日还没到的中旬、下旬仍是计划', () => {
    expect(judged('10月上旬完成老街立面整治工作', null, '2024-10-31').verdict).toMatch(DONE);
    expect(judged('11月中旬完成老街立面整治工作', null, '2024-10-31').verdict).not.toMatch(DONE);
    expect(judged('10月下旬完成老街立面整治工作', null, '2024-10-25').verdict).not.toMatch(DONE);
  });

  it('“于去年X月陆续开工”说的是过去怎么开的工，不是还有没开的；今年的“陆续开工”仍是推进中', () => {
    expect(judged('全县农村公路提升工程于去年9月陆续开工，目前已全部完工', null, '2024-09-30').verdict).toMatch(DONE);
    expect(judged('全县农村公路提升工程今年陆续开工，目前已完工12条', null, '2024-09-30').verdict).not.toMatch(DONE);
    expect(judged('全县农村公路提升工程于去年9月开工，部分路段仍在陆续施工', null, '2024-09-30').verdict).not.toMatch(DONE);
  });

  it('“为…全面完成X奠定了基础”里的X是要做到的，不是做到的', () => {
    const got = judged('截至去年底已累计开工8200户，占改造任务总量的91.1%，为今年底全面完成9000户改造奠定了基础', '9000户', '2024-03-31', null, '2024-12-31');
    expect(got.verdict).not.toMatch(DONE);
    expect(got.verdict).not.toBe('unclear');
    expect(judged('已累计改造9000户，为乡村振兴奠定了基础', '9000户', '2024-09-30').verdict).toMatch(DONE);
  });

  it('名称是“年计划投资”的行，“占计划的N%”就是占全年计划，低于序时进度为滞后；名称不是全年计划的不这样读', () => {
    const text = '城乡供水项目完成投资8.2亿元，占计划的70.1%';
    expect(judged(text, null, '2024-11-30', '城乡供水项目年计划投资').verdict).toBe('behind');
    expect(judged(text, null, '2024-11-30', '城乡供水项目').verdict).toBe('in-progress');
    expect(judged('城乡供水项目完成投资11.2亿元，占计划的95.1%', null, '2024-11-30', '城乡供水项目年计划投资').verdict).toBe('on-track');
  });
});

describe('任务本身就是开工（年度开工计划、新开工项目数）时，“全部开工”就是做完了', () => {
  it('名称或目标说的是开工：“全部开工”“均已动工”是已完成', () => {
    expect(judged('全市12个片区全部开工', null, '2024-08-31', '12个片区年度开工计划').verdict).toMatch(DONE);
    expect(judged('计划新开工的9个项目均已动工', '新开工项目9个', '2024-08-31').verdict).toMatch(DONE);
  });

  it('任务是建成、竣工的，开工再全也只是开了头；开了一部分、大部分，或开工后停工的，都不是已完成', () => {
    expect(judged('9所学校已全部开工', '建成学校9所', '2024-08-31').verdict).not.toMatch(DONE);
    expect(judged('9所学校已全部开工', null, '2024-08-31', '新建9所学校并投入使用').verdict).not.toMatch(DONE);
    expect(judged('已开工7个', null, '2024-08-31', '年度开工计划20个').verdict).not.toMatch(DONE);
    expect(judged('大部分片区已开工', null, '2024-08-31', '12个片区年度开工计划').verdict).not.toMatch(DONE);
    expect(judged('12个片区全部开工，其中2个因资金问题停工', null, '2024-08-31', '12个片区年度开工计划').verdict).not.toMatch(DONE);
    expect(judged('12个片区全部开工', null, '2024-08-31', null).verdict).not.toMatch(DONE);
  });
});

describe('“数据上报中”“统计数据尚未公布”：数据还没出来，什么也没报，需人工确认，不是推进中', () => {
  it.each(['数据上报中', '统计数据尚未公布', '一季度GDP数据正在核算中', '待统计部门反馈'])('“%s”：无法判断', (text) => {
    const got = judged(text, '增长9%以上', '2024-03-31');
    expect(got.verdict).toBe('unclear');
    expect(got.evidence).toContain('数据还没有出来');
  });

  it('上报、审核的是别的东西（材料、项目），或数据已经报了的，照常读', () => {
    expect(judged('项目正在审核中', null, '2024-03-31').verdict).toBe('in-progress');
    expect(judged('材料上报中', null, '2024-03-31').verdict).toBe('in-progress');
    expect(judged('数据已上报，增长9.5%', '增长9%以上', '2024-03-31').verdict).toBe('on-track');
  });
});
