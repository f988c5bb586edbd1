import { judgeWords, type Judgement } from '../../src/core/judge';

/**
 * Kinds of writing the sixth round's frozen set showed the judge calling 已完成 when the work was not done (r-j8, after the
 * sixth round's end scores), each written here in other words (none is copied from a real-text set), with the
 * counterparts each rule must leave alone.
 */
function judged(text: string, target: string | null = null, asOf = '2024-09-30', taskName: string | null = null, deadline: string | null = '2024-12-31'): Judgement {
  return judgeWords(text, { targetText: target, deadline, asOf, expectedProgress: Number(asOf.slice(5, 7)) / 12, taskName });
}

const DONE = /^(?:completed|exceeded)$/u;

describe('桥梁的构件和临时工程（栈桥、主墩、承台、箱梁、主塔、围堰）完成：是工程的一部分，不是整座桥建成', () => {
  it.each([
    ['城南跨河大桥已完成钢栈桥搭设', '城南跨河大桥'],
    ['滨江大桥主墩已全部完成浇筑', '滨江大桥建设'],
    ['东环线特大桥承台施工已完成', null],
    ['高架桥箱梁已全部架设完毕', null],
    ['斜拉桥主塔已顺利封顶', null],
    ['沿河大桥围堰施工已完成', null],
  ])('“%s”：不是已完成', (text, task) => {
    const got = judged(text, null, '2024-09-30', task);
    expect(got.verdict).not.toMatch(DONE);
  });

  it('整座桥完工、通车的照常已完成；任务本身是便道、栈桥的也照常已完成', () => {
    expect(judged('城南跨河大桥已完成全部施工并通车').verdict).toMatch(DONE);
    expect(judged('滨江大桥已竣工验收').verdict).toMatch(DONE);
    expect(judged('施工便道已全部修通', '修建施工便道3公里').verdict).not.toBe('behind');
  });
});

describe('以“计划、预计、力争”加未到的日期开头的一句话：后面没有“已”的完工，是计划的一部分', () => {
  it.each([
    '计划两座桥梁在11月底前完成桥面铺装,全线竣工通车',
    '力争年底之前完成设备调试,项目全面投产',
    '预计12月底前全部安装到位,工程整体完工',
    '确保年内完成收尾工作,全部交付使用',
  ])('“%s”：不是已完成', (text) => {
    expect(judged(text).verdict).not.toMatch(DONE);
  });

  it('计划是名称或投资额、或后面的分句有“已”的，照常读作已完成', () => {
    expect(judged('计划投资80万元的村道硬化工程,已全部完工').verdict).toMatch(DONE);
    expect(judged('“春雨计划”培训任务已全部完成').verdict).toMatch(DONE);
  });
});

describe('先说共有几项，再说“有几项”完成：少于总数就是一部分', () => {
  it.each([
    '年初确定的14项重点任务,有11项已经完成',
    '全区7所学校改造,目前有5所已竣工',
    '全县9个乡镇,有6个乡镇已完成验收',
  ])('“%s”：不是已完成', (text) => {
    const got = judged(text);
    expect(got.verdict).not.toMatch(DONE);
    expect(got.evidence).toMatch(/不是全部|其中|部分|只/u);
  });

  it('“有几项”等于总数的，以及不先说总数的照旧', () => {
    expect(judged('年初确定的14项重点任务,14项已全部完成').verdict).toMatch(DONE);
    expect(judged('全区7所学校改造,7所已全部竣工').verdict).toMatch(DONE);
  });
});

describe('目标是“下降若干%”：降得更多是达到，降得少或不降反升是没达到', () => {
  it.each([
    ['全县化肥使用量同比下降6.2%', '化肥使用量同比下降3%'],
    ['重大火灾起数同比减少40%，超额完成减少10%的目标', '火灾起数同比减少10%'],
  ])('“%s”（目标“%s”，到期）：已完成', (text, target) => {
    const got = judged(text, target, '2024-12-31');
    expect(got.verdict).toMatch(DONE);
  });

  it.each([
    ['全县化肥使用量同比下降1.1%', '化肥使用量同比下降3%'],
    ['全县化肥使用量同比上升2%', '化肥使用量同比下降3%'],
  ])('“%s”（目标“%s”）：降幅不够，滞后', (text, target) => {
    expect(judged(text, target, '2024-12-31').verdict).toBe('behind');
  });

  it('降得多但只是前三季度、或是预计数：不是已完成', () => {
    expect(judged('前三季度化肥使用量同比下降6.2%', '化肥使用量同比下降3%', '2024-09-30').verdict).not.toMatch(DONE);
    expect(judged('预计全年化肥使用量同比下降6.2%', '化肥使用量同比下降3%', '2024-12-31').verdict).not.toMatch(DONE);
  });

  it('到了时限当天报的降幅，就是整段的结果', () => {
    expect(judged('采暖季PM2.5浓度同比下降9%', 'PM2.5浓度同比下降5%', '2024-03-31', null, '2024-03-31').verdict).toMatch(DONE);
    expect(judged('采暖季PM2.5浓度同比下降9%', 'PM2.5浓度同比下降5%', '2024-02-29', null, '2024-03-31').verdict).not.toMatch(DONE);
  });
});

describe('年底报“比年度计划高若干个百分点”“与年度计划持平”：全年完成不低于年度计划', () => {
  it.each([
    '全年完成投资3.2亿元,比年度计划高15个百分点。新增供水管网40公里。',
    '完成投资0.8亿元,与年度计划持平。',
    '累计完成产值2.6亿元，较年度目标计划超出8个百分点',
  ])('“%s”（年底）：已完成', (text) => {
    expect(judged(text, null, '2024-12-31').verdict).toMatch(DONE);
  });

  it.each([
    ['完成投资3.2亿元,比年度计划高15个百分点', '2024-09-30', '年中只是快于计划'],
    ['完成投资3.2亿元,比年度计划高15个百分点,其余2个项目正在施工', '2024-12-31', '还有没做完的'],
    ['完成投资3.2亿元,比年度计划高15个百分点,污水厂主体完工', '2024-12-31', '只完成了主体'],
    ['完成投资3.2亿元,比年度计划高15个百分点,18个项目全部开工', '2024-12-31', '只是开工'],
    ['完成投资0.8亿元,与年度计划基本持平', '2024-12-31', '基本持平'],
    ['完成投资0.8亿元,比年度计划低6个百分点', '2024-12-31', '低于计划'],
  ])('“%s”（%s）：不是已完成（%s）', (text, asOf) => {
    expect(judged(text, null, asOf).verdict).not.toMatch(DONE);
  });
});

describe('“仅完成、只完成、才完成”不到100%：职员自己写出的差距，判滞后', () => {
  it.each([
    '农村改厕仅完成62%',
    '危房改造只完成年度任务的45.5%',
    '截至10月底，培训任务才完成70%',
  ])('“%s”：滞后', (text) => {
    const got = judged(text, null, '2024-10-31');
    expect(got.verdict).toBe('behind');
    expect(got.evidence).toMatch(/仅|只|才/u);
  });

  it('没有“仅”的百分比照旧按序时读；“仅完成100%”“不仅完成”不是差距', () => {
    expect(judged('农村改厕完成62%', null, '2024-10-31').verdict).not.toBe('behind');
    expect(judged('仅用两个月就完成100%', null, '2024-10-31').verdict).not.toBe('behind');
    expect(judged('不仅完成了90%的改造任务，还新增了示范点', null, '2024-10-31').verdict).not.toBe('behind');
  });
});

describe('“较2014年……118亿元”：跟在“较/比+年份”后面的数是比较的基数，不是今年的完成数', () => {
  it('今年的数达到目标、基数年的数没达到：按今年的数，已完成', () => {
    const got = judged('一季度全市完成旅游收入52亿元，为目标45亿元的115.6%，较2023年一季度的40亿元增长30%', '一季度旅游收入45亿元', '2024-03-31', null, '2024-03-31');
    expect(got.verdict).toMatch(DONE);
    expect(got.evidence).toContain('52');
  });

  it('基数年的数达到目标、今年的数没达到：不是已完成', () => {
    const got = judged('全年完成旅游收入38亿元，较2023年的50亿元有所回落', '旅游收入45亿元', '2024-12-31');
    expect(got.verdict).not.toMatch(DONE);
    expect(judged('较2023年的50亿元，今年旅游收入有所回落', '旅游收入45亿元', '2024-12-31').verdict).not.toMatch(DONE);
  });
});

describe('“不合格企业”“未达标城市”是被整治、被测量的那一批的名字，不是没做到', () => {
  it.each([
    '依法取缔不合格砖瓦窑厂12家',
    '关停不达标的小作坊35家',
    '未达标区县的PM10平均浓度下降8.5%',
  ])('“%s”：不是滞后', (text) => {
    expect(judged(text, null, '2024-12-31').verdict).not.toBe('behind');
  });

  it('说的是没做到的，照旧滞后；被整治的一批也不会因此成了已完成', () => {
    expect(judged('仍有3个断面水质不达标', null, '2024-12-31').verdict).toBe('behind');
    expect(judged('抽检产品不合格', null, '2024-12-31').verdict).toBe('behind');
    expect(judged('不合格企业整改未到位', null, '2024-12-31').verdict).toBe('behind');
    expect(judged('依法取缔不合格砖瓦窑厂12家', null, '2024-12-31').verdict).not.toMatch(DONE);
  });
});

describe('“在某年某月……了”：说的是已经发生的事，和“于某月”一样', () => {
  it('“在2024年3月份实现了全县医保系统的全面联网”：已完成', () => {
    expect(judged('在2024年3月份实现了全县医保系统的全面联网', null, '2024-09-30').verdict).toMatch(DONE);
  });

  it.each([
    '计划在2024年12月份实现全县医保系统联网',
    '力争在2024年底前实现全面联网',
    '在2024年5月完成了80%',
    '在2024年5月完成了联网任务的一半',
    '在2024年6月份实现了部分乡镇联网',
    '在2024年5月建成了3个示范点',
  ])('“%s”：不是已完成', (text) => {
    expect(judged(text, null, '2024-09-30').verdict).not.toMatch(DONE);
  });
});
