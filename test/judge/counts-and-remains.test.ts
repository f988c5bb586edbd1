import { judgeWords, type Judgement } from '../../src/core/judge';

/**
 * How staff write counts and what is left (issue 19, second round). Each rule here stands for a way of writing
 * that any table may hold; the examples are written for this file, none copied from a real-text set, and each
 * rule has its counterpart so it cannot pass by never saying 已完成.
 */
function judged(text: string, target: string | null = null, asOf = '2024-06-30', deadline: string | null = null): Judgement {
  return judgeWords(text, { targetText: target, deadline, asOf, expectedProgress: Number(asOf.slice(5, 7)) / 12 });
}

const DONE = /^(?:completed|exceeded)$/u;

describe('句首的数是任务自己的总数（主语），不是完成数', () => {
  it.each([
    ['8个安置小区已开工6个，其余正在办理施工许可', '8个'],
    ['15所学校改造正在施工', '15所'],
    ['截至目前，20个村级活动场所主体在建', '20个'],
    ['全县30条农村公路正在铺设路面', '30条'],
  ])('“%s”（目标 %s）：不是已完成', (text, target) => {
    expect(judged(text, target).verdict).not.toMatch(DONE);
  });

  it('句首的数后面说这些都做完了（15所学校已全部建成 · 20个村完成改厕）：已完成', () => {
    expect(judged('15所学校已全部建成', '15所').verdict).toMatch(DONE);
    expect(judged('20个村完成改厕', '20个').verdict).toMatch(DONE);
    expect(judged('截至目前，30条农村公路全部完工', '30条').verdict).toMatch(DONE);
  });

  it('数在动词后面（建成12个）是完成数：已完成', () => {
    expect(judged('今年共建成12个', '12个').verdict).toMatch(DONE);
  });
});

describe('数够了，但话里说还有没做完的：推进中', () => {
  it.each([
    ['共建成安置房1200套，其中二期320套正在装修', '1200套'],
    ['已完成改厕530户，另有20户计划9月底前完成', '500户'],
    ['完成培训1050人次，剩余1个班待开班', '1000人次'],
    ['完成污水管网铺设31公里，其余管网正在收尾', '30公里'],
    ['新增停车位820个，部分停车场基本建成', '800个'],
  ])('“%s”（目标 %s）', (text, target) => {
    const result = judged(text, target);
    expect(result.verdict).toBe('in-progress');
    expect(result.evidence).toMatch(/，但“/u);
  });

  it.each([
    ['完成改造400户，下一步将开展回头看', '400户'],
    ['培训农民工2100人次，下阶段继续开展订单式培训', '2000人次'],
  ])('数够了，后面说下一步还要做：“%s”（目标 %s）', (text, target) => {
    expect(judged(text, target).verdict).toBe('in-progress');
  });

  it('时限已过仍有剩下的：滞后', () => {
    expect(judged('共建成安置房1200套，其中二期320套正在装修', '1200套', '2024-12-31', '2024-10-31').verdict).toBe('behind');
  });

  it('数够了，话里只有“推进”“持续”这类进行中的说法、“基本建成”正是目标数的：已完成', () => {
    expect(judged('完成改厕530户，整村推进有序', '500户').verdict).toMatch(DONE);
    expect(judged('新开工1200套，基本建成980套', '新开工1100套、基本建成900套').verdict).toMatch(DONE);
    expect(judged('完成投资5.2亿元，完成年度计划104%', '年度计划投资5亿元').verdict).toMatch(DONE);
  });
});

describe('数后面紧跟“正在”“在建”“未”，数的是还在做或没做的', () => {
  it.each([
    ['10个小区中6个正在施工、4个正在办理前期手续', '改造老旧小区10个'],
    ['全县12所学校，12所在建', '12所'],
    ['村级公路25条待验收', '25条'],
  ])('“%s”（目标 %s）：不是已完成', (text, target) => {
    expect(judged(text, target).verdict).not.toMatch(DONE);
  });

  it('数后面说做完了：已完成', () => {
    expect(judged('10个小区均已完成改造', '改造老旧小区10个').verdict).toMatch(DONE);
  });
});

describe('“3个未开工”与“未开工3个”一样，在分项列数里说的是剩下的', () => {
  it.each([
    ['5个项目中开工2个，3个未开工', '6月底前开工'],
    ['已办结8件，2件尚未办结', '10件'],
    ['改造完成40户，10户还未动工', '50户'],
  ])('“%s”（目标 %s），时限未到：推进中', (text, target) => {
    expect(judged(text, target, '2024-06-10', '2024-06-30').verdict).toBe('in-progress');
  });

  it('时限已过还有没做的：滞后', () => {
    expect(judged('改造完成40户，10户还未动工', '50户', '2024-09-30', '2024-06-30').verdict).toBe('behind');
  });

  it('没有分项，只说整项没动（2公里未启动 · 项目未开工）：滞后', () => {
    expect(judged('环湖绿道建设2公里未启动', '建设环湖绿道2公里', '2024-08-31').verdict).toBe('behind');
    expect(judged('项目未开工', '6月底前开工', '2024-06-10').verdict).toBe('behind');
  });
});

describe('一件件办理的事项（整改问题、会议交办事项、提案）不按月份算序时', () => {
  it.each([
    ['督察反馈的30个问题已整改18个，其余正在整改', '30个'],
    ['巡视反馈问题12项，完成整改7项、正在整改5项', '12项'],
    ['常务会议交办事项40件，已办结15件，正在办理25件', '40件'],
    ['已办结9件，正在办理21件', '30件'],
  ])('“%s”（目标 %s），年中：推进中', (text, target) => {
    expect(judged(text, target, '2024-09-30').verdict).toBe('in-progress');
  });

  it('普通的年度任务仍按序时：9月只完成一半是滞后', () => {
    expect(judged('已建成农家书屋15个', '建成农家书屋30个', '2024-09-30').verdict).toBe('behind');
  });
});

describe('目标是工程量的几成（完成工程量50%），要看工程进度，不看投资', () => {
  it.each([
    ['完成投资2.3亿元，工程形象进度达62%', '完成工程量60%'],
    ['累计完成投资8000万元，进度至55%', '完成总工程量50%以上'],
    ['主体工程完成工程量的70%', '年底前完成工程量70%'],
  ])('“%s”（目标 %s）：已完成', (text, target) => {
    expect(judged(text, target, '2024-12-31').verdict).toMatch(DONE);
  });

  it('进度不到目标：年底时限已到就是滞后，未到是推进中', () => {
    expect(judged('工程形象进度达35%', '完成工程量60%', '2025-01-10', '2024-12-31').verdict).toBe('behind');
    expect(judged('工程形象进度达35%', '完成工程量60%', '2024-06-30', '2024-12-31').verdict).toBe('in-progress');
  });

  it.each([['累计完成投资3.1亿元'], ['年度投资计划2亿元，已完成投资2.4亿元']])('只报投资“%s”：需人工确认', (text) => {
    const result = judged(text, '完成工程量40%', '2024-12-31');
    expect(result.verdict).toBe('unclear');
    expect(result.evidence).toContain('两者不可比');
  });
});

describe('先说整项完成，再用“其中”举例：已完成；先说开工，“其中”一部分完工：推进中', () => {
  it('“资金已全部拨付到位，其中A、B等全部兑现”：已完成', () => {
    expect(judged('奖补资金已全部拨付到位，其中种粮补贴、农机购置补贴等全部兑现').verdict).toMatch(DONE);
    expect(judged('12项民生工程已全部完成，其中学校、医院等项目均已投用').verdict).toMatch(DONE);
  });

  it('“项目全部开工，其中X、Y等已完工”：推进中', () => {
    expect(judged('工程类项目全部开工，其中幼儿园、文化站等全部完工').verdict).toBe('in-progress');
    expect(judged('已完成一期工程，其中道路、管网均已完工').verdict).toBe('in-progress');
  });
});

describe('“例”“间”“盏”等量词也是数', () => {
  it.each([
    ['完成白内障复明手术1260例', '1200例'],
    ['改造危旧校舍42间', '40间'],
    ['安装太阳能路灯510盏', '500盏'],
  ])('“%s”（目标 %s）：已完成', (text, target) => {
    expect(judged(text, target, '2024-12-31').verdict).toMatch(DONE);
  });

  it('不够目标：年底是滞后', () => {
    expect(judged('完成白内障复明手术860例', '1200例', '2024-12-31').verdict).toBe('behind');
  });
});

describe('还在做、照常做的说法：推进中', () => {
  it.each([['档案数字化工作还在进行'], ['征地补偿协议仍在商谈'], ['两个标段尚在施工'], ['按时报送各类统计报表'], ['及时受理群众诉求'], ['全民健身活动有序开展'], ['网格化巡查常态运行']])('“%s”', (text) => {
    expect(judged(text).verdict).toBe('in-progress');
  });

  it('“按时完成”“如期建成”说的是完成：已完成', () => {
    expect(judged('按时完成年度报表报送').verdict).toMatch(DONE);
    expect(judged('如期建成').verdict).toMatch(DONE);
  });
});

describe('“实现全覆盖”是整项的结果；写成打算的不是', () => {
  it.each([['全县行政村实现5G网络全覆盖'], ['实现了家庭医生签约服务全覆盖'], ['困难群众做到应保尽保']])('“%s”：已完成', (text) => {
    expect(judged(text).verdict).toMatch(DONE);
  });

  it.each([['年底前实现全覆盖'], ['确保实现全覆盖'], ['力争实现应保尽保'], ['试点乡镇实现全覆盖']])('“%s”：不是已完成', (text) => {
    expect(judged(text).verdict).not.toMatch(DONE);
  });
});

describe('无事故、无疫情一类的清白记录，中间可以隔几个字', () => {
  it.each([['全县无重大传染病疫情发生'], ['全年无较大以上生产安全事故'], ['无一起群体性信访']])('“%s”：已完成', (text) => {
    expect(judged(text).verdict).toMatch(DONE);
  });

  it('“无资金来源”“无进展”是缺，不是清白：不是已完成', () => {
    expect(judged('项目暂无资金来源').verdict).not.toMatch(DONE);
    expect(judged('无实质进展').verdict).not.toMatch(DONE);
  });
});

describe('完成的话带着报告日以后的日子，是打算：推进中', () => {
  it.each([
    ['项目于12月底完成', '2024-09-30'],
    ['主体工程于年底前完工', '2024-06-30'],
    ['于2025年3月建成投用', '2024-12-31'],
  ])('“%s”（报告日 %s）', (text, asOf) => {
    expect(judged(text, '建成城南小学', asOf).verdict).toBe('in-progress');
  });

  it.each([['下月完成'], ['四季度完工'], ['年内建成'], ['12月底完成']])('没有“已”，时间在报告日以后：“%s”（9月报告）不是已完成', (text) => {
    expect(judged(text, '建成城南小学', '2024-09-30').verdict).not.toMatch(DONE);
  });

  it('“全年任务全面完成”说的是全年的任务，不是时间：已完成', () => {
    expect(judged('全年任务全面完成', null, '2024-09-30').verdict).toMatch(DONE);
    expect(judged('一季度完成', null, '2024-09-30').verdict).toMatch(DONE);
  });

  it('日子在报告日以前：已完成', () => {
    expect(judged('项目于8月底竣工', '建成城南小学', '2024-09-30').verdict).toMatch(DONE);
    expect(judged('已于2024年3月建成投用', '建成城南小学', '2024-09-30').verdict).toMatch(DONE);
  });
});

describe('文件只到初稿、草案、送审稿，不是印发', () => {
  it.each([['实施意见已形成初稿'], ['已完成草案起草'], ['征求意见稿已完成'], ['送审稿已完成合法性审查']])('“%s”（目标 出台实施意见）：推进中', (text) => {
    expect(judged(text, '出台实施意见').verdict).toBe('in-progress');
  });

  it('已印发、已出台：已完成', () => {
    expect(judged('实施意见已印发', '出台实施意见').verdict).toMatch(DONE);
    expect(judged('已出台实施意见', '出台实施意见').verdict).toMatch(DONE);
  });
});

describe('惠及、带动、覆盖的人数和总投资、建筑面积，不是任务的完成数', () => {
  it.each([
    ['开展技能培训班12期，惠及群众5000人', '培训农民工2000人'],
    ['受益群众1.2万人', '解决1万人农村饮水安全'],
    ['带动农户增收1500户', '发展庭院经济1000户'],
    ['项目总投资6亿元，已开工建设', '年度计划投资5亿元'],
    ['项目建筑面积2万平方米，已完成主体', '建成标准厂房2万平方米'],
  ])('“%s”（目标 %s）：不是已完成', (text, target) => {
    expect(judged(text, target).verdict).not.toMatch(DONE);
  });

  it('目标数的就是这个（服务群众3万人次 · 覆盖率）：照数判断', () => {
    expect(judged('累计服务群众3.2万人次', '服务群众3万人次').verdict).toMatch(DONE);
    expect(judged('已完成投资5.3亿元', '年度计划投资5亿元').verdict).toMatch(DONE);
  });
});

describe('“确保按期完成”“将如期建成”是保证或预计，不是完成', () => {
  it.each([['确保按期完成'], ['项目将如期建成'], ['预计可按时完工'], ['能够按期办结'], ['年底前会全部竣工']])('“%s”：推进中', (text) => {
    expect(judged(text).verdict).toBe('in-progress');
  });

  it('“已按期完成”“按时完成”“节能改造完成”：已完成', () => {
    expect(judged('已按期完成').verdict).toMatch(DONE);
    expect(judged('按时完成').verdict).toMatch(DONE);
    expect(judged('节能改造完成').verdict).toMatch(DONE);
  });
});

describe('动词放在句末（整改完成 · 项目建设完成）也是完成；写成打算的不是', () => {
  it.each([['整改完成'], ['项目建设完成'], ['道路硬化完工']])('“%s”：已完成', (text) => {
    expect(judged(text).verdict).toMatch(DONE);
  });

  it.each([['年底前完成'], ['力争年内建成'], ['待验收完成'], ['尚未完成']])('“%s”：不是已完成', (text) => {
    expect(judged(text).verdict).not.toMatch(DONE);
  });
});

describe('整改完成后写“需长期坚持”：还没完', () => {
  it.each([['已完成整改，需长期坚持'], ['问题已整改，需要持续巩固'], ['已整改到位，长期坚持']])('“%s”：推进中', (text) => {
    expect(judged(text, '整改督察反馈问题').verdict).toBe('in-progress');
  });

  it('整改完成并建立了长效机制：已完成', () => {
    expect(judged('整改完成，并建立长效机制', '整改督察反馈问题').verdict).toMatch(DONE);
  });
});

describe('“上半年超额完成”超的是半年的目标；“提前半年完成全年任务”是全年完成', () => {
  it.each([['上半年超额完成', '2024-06-30'], ['一季度均超额完成', '2024-03-31'], ['1-9月超额完成', '2024-09-30']])('“%s”（报告日 %s）：推进中', (text, asOf) => {
    expect(judged(text, '全年新增城镇就业5000人', asOf).verdict).toBe('in-progress');
  });

  it('“提前半年完成全年任务”“提前一个季度完成全年任务”：已完成', () => {
    expect(judged('提前半年完成全年任务', '全年新增城镇就业5000人').verdict).toMatch(DONE);
    expect(judged('提前一个季度完成全年任务', '全年新增城镇就业5000人', '2024-09-30').verdict).toMatch(DONE);
  });
});

describe('目标有几种量（人数和取证率、投资和完工），每一种都要达到', () => {
  it('人数够了，取证率没到或没报：不是已完成', () => {
    expect(judged('已培训1200人，取证率66.7%', '培训1000人，取证率80%', '2024-11-30').verdict).toBe('in-progress');
    expect(judged('已培训1200人', '培训1000人，取证率80%', '2024-11-30').evidence).toContain('未见“取证率80%”的完成数');
    expect(judged('共救治患者560例，治愈率85%', '救治患者500例，治愈率90%以上', '2025-01-10', '2024-12-31').verdict).toBe('behind');
  });

  it('人数和率都达到：已完成', () => {
    expect(judged('已培训1200人，取证率86%', '培训1000人，取证率80%', '2024-11-30').verdict).toMatch(DONE);
  });

  it('投资够了，目标还要完工，话里没说完工：需人工确认；说了完工：已完成', () => {
    expect(judged('完成投资2.2亿元，占年度计划的110%', '年度计划投资2亿元，年底主体完工').verdict).toBe('unclear');
    expect(judged('完成投资8000万元', '计划投资8000万元，建成投用').verdict).toBe('unclear');
    expect(judged('完成投资2.2亿元，主体工程已全部完工', '年度计划投资2亿元，年底主体完工').verdict).toMatch(DONE);
  });
});

describe('季节也是比全年短的一段（春季、汛前）', () => {
  it.each([['春季造林任务全面完成'], ['汛前任务已全部完成'], ['秋季攻势目标任务已完成']])('“%s”（全年目标）：推进中', (text) => {
    expect(judged(text, '全年完成造林1万亩', '2024-05-31').verdict).toBe('in-progress');
  });
});

describe('说进度低、有差距，是滞后；“完成率”“完成情况”是名词，不是完成', () => {
  it.each([['完成率偏低'], ['项目进展不快'], ['执行率较低'], ['距年度目标还有较大差距'], ['与先进地区差距仍大'], ['完成率不足60%']])('“%s”：滞后', (text) => {
    expect(judged(text).verdict).toBe('behind');
  });

  it.each([['完成率偏低'], ['完成情况待统计'], ['完成进度正在核实'], ['完成时限为12月底']])('“%s”：不是已完成', (text) => {
    expect(judged(text).verdict).not.toMatch(DONE);
  });

  it('“完成年度任务”“建成投用”仍是完成', () => {
    expect(judged('完成年度任务').verdict).toMatch(DONE);
    expect(judged('建成投用').verdict).toMatch(DONE);
  });
});

describe('自评表的实际值：满意度是水平；只写一个百分数、“达标”“达到预期”也是结果', () => {
  it('满意度、知晓度与目标的水平比', () => {
    expect(judged('群众满意度96%', '群众满意度≥90%', '2024-12-31').verdict).toMatch(DONE);
    expect(judged('政策知晓度82%', '政策知晓度达到90%', '2025-01-10', '2024-12-31').verdict).toBe('behind');
  });

  it('只写一个百分数，目标是一个率：按水平比，不按序时进度', () => {
    const result = judged('98.5%', '合格率100%', '2024-12-31');
    expect(result.verdict).toBe('in-progress');
    expect(result.evidence).not.toContain('序时');
    expect(judged('100%', '100%', '2024-12-31').verdict).toMatch(DONE);
  });

  it.each([['达标'], ['达到预期'], ['合格']])('整格只写“%s”：已完成', (text) => {
    expect(judged(text, '达到预期目标', '2024-12-31').verdict).toMatch(DONE);
  });

  it('“基本达到”“基本达标”：不是已完成', () => {
    expect(judged('基本达到', '达到预期目标', '2024-12-31').verdict).not.toMatch(DONE);
    expect(judged('基本达标', '达标', '2024-12-31').verdict).not.toMatch(DONE);
  });
});

describe('路基、基坑这类工序做完，不是路、楼建成', () => {
  it.each([['已完成路基12公里', '新建道路12公里'], ['基坑开挖及垫层已完成', '建成城南小学教学楼'], ['底板浇筑已完成', '建成城南小学教学楼']])('“%s”（目标 %s）：推进中', (text, target) => {
    expect(judged(text, target).verdict).toBe('in-progress');
  });

  it('路面铺完、全线贯通：已完成', () => {
    expect(judged('已完成12.5公里，全线贯通', '新建道路12公里').verdict).toMatch(DONE);
  });
});

describe('目标“编制…并报批”：只说完成编制，第二个动作没说', () => {
  it.each([
    ['已完成编制', '编制国土空间规划并报批', '报批'],
    ['已制定完成', '制定应急预案并组织演练', '组织'],
    ['已组建到位', '组建县级专班并实体化运行', '实体'],
  ])('“%s”（目标 %s）：推进中', (text, target, second) => {
    const result = judged(text, target);
    expect(result.verdict).toBe('in-progress');
    expect(result.evidence).toContain(`目标还要“${second}`);
  });

  it('两个动作都说了：已完成', () => {
    expect(judged('规划已编制完成并获批复', '编制国土空间规划并报批').verdict).toMatch(DONE);
  });
});
