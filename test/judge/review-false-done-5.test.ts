import { judgeIndicator, judgeQualitative, judgeWords, statedKind, type Judgement } from '../../src/core/judge';
import { build, indicator, soundRow } from '../validate/table-builder';

/**
 * Fifth review (r-j7, sixth round) of the routes to a false 已完成, by reading every path that ends in 已完成 and writing
 * what staff write in words other than the corpus's: full-width digits, remaining work said as 在建 or 剩下, steps and
 * parts the lists did not name, spans of the year said another way, plan figures, last year's figures and differences,
 * upper bounds, tasks of several years written in digits, a part of the area, and the two cells of a table row that
 * disagree. Each describe keeps a counterpart that must stay 已完成, so a mend cannot pass by never saying 已完成.
 */
function judged(text: string, target: string | null = null, asOf = '2024-12-31'): Judgement {
  return judgeWords(text, { targetText: target, deadline: null, asOf, expectedProgress: Number(asOf.slice(5, 7)) / 12 });
}

const DONE = /^(?:completed|exceeded)$/u;

describe('全角数字（３００户、９５％）也是数字：比目标少就不是已完成', () => {
  it.each([
    ['已完成改造３００户', '改造500户'],
    ['已完成年度任务的９５％', null],
    ['完成投资８亿元', '完成投资10亿元'],
    ['覆盖率达９２％', '覆盖率达到95%'],
    ['已完成改造３．５万户', '改造5万户'],
  ])('“%s”（目标 %s）：不是已完成', (text, target) => {
    expect(judged(text, target).verdict).not.toMatch(DONE);
  });

  it('全角数字达到目标：已完成', () => {
    expect(judged('已完成改造５２０户', '改造500户').verdict).toMatch(DONE);
    expect(judged('完成投资１２亿元', '完成投资10亿元').verdict).toMatch(DONE);
    expect(judged('覆盖率达９６％', '覆盖率达到95%').verdict).toMatch(DONE);
  });
});

describe('还在做的写成“在建”“剩下”“余下”“施工当中”“在做”：还有没做完的', () => {
  it.each([
    ['7个项目已建成，3个在建', null],
    ['已建成7个，另有3个在建', null],
    ['7个项目已完工，剩下3个', null],
    ['7个项目已完工，余下3个年底完工', null],
    ['7个项目已完工，3个项目施工当中', null],
    ['主体已完工，装修在做', null],
    ['城南小学已建成，配套道路在建', '建成城南小学'],
  ])('“%s”（目标 %s）：不是已完成', (text, target) => {
    expect(judged(text, target, '2024-09-30').verdict).not.toMatch(DONE);
  });

  it('没有剩下的：已完成', () => {
    expect(judged('10个项目已全部建成').verdict).toMatch(DONE);
    expect(judged('原在建的3个项目均已完工').verdict).toMatch(DONE);
    expect(judged('所在建制村均已建成文化活动室').verdict).toMatch(DONE);
    expect(judged('城南小学已建成投用', '建成城南小学').verdict).toMatch(DONE);
  });
});

describe('前面的列表没写到的步骤和部分（土建、设计、标段、1号楼、设备采购）：只是一步、一部分', () => {
  it.each([
    ['城南小学土建工程已完工', '建成城南小学'],
    ['土建已完成', '建成城南小学'],
    ['城南小学已完成设计', '建成城南小学'],
    ['第一标段已完工', '建成东环路'],
    ['一标段已完工', null],
    ['1号楼已竣工', '建成城南安置小区'],
    ['设备采购已完成', '建成污水处理厂'],
  ])('“%s”（目标 %s）：不是已完成', (text, target) => {
    expect(judged(text, target).verdict).not.toMatch(DONE);
  });

  it('任务就是那一步，或说的是整体：已完成', () => {
    expect(judged('已完成设计', '完成城南小学设计').verdict).toMatch(DONE);
    expect(judged('按设计要求完成改造500户', '改造500户').verdict).toMatch(DONE);
    expect(judged('已按设计完成改造500户', '改造500户').verdict).toMatch(DONE);
    expect(judged('东环路各标段均已完工').verdict).toMatch(DONE);
    expect(judged('东环路已建成通车', '建成东环路').verdict).toMatch(DONE);
    expect(judged('已完成设备采购', '完成设备采购').verdict).toMatch(DONE);
  });
});

describe('一年中的一段换个说法（半年、前5个月、序时任务、时间进度、现阶段、年中）：不是整年的任务', () => {
  it.each([
    ['半年目标任务已顺利完成', '2024-12-31'],
    ['半年度任务已完成', '2024-12-31'],
    ['前5个月目标任务已完成', '2024-12-31'],
    ['已完成序时任务', '2024-09-30'],
    ['已完成时序进度', '2024-09-30'],
    ['已达到时间进度要求', '2024-09-30'],
    ['现阶段工作已完成', '2024-12-31'],
    ['年中目标已实现', '2024-12-31'],
    ['Q1任务已完成', '2024-12-31'],
  ])('“%s”（%s）：不是已完成', (text, asOf) => {
    expect(judged(text, null, asOf).verdict).not.toMatch(DONE);
  });

  it('全年的任务：已完成', () => {
    expect(judged('全年目标任务已全部完成').verdict).toMatch(DONE);
    expect(judged('已完成年度目标任务').verdict).toMatch(DONE);
    expect(judged('各项工作均按进度完成').verdict).toMatch(DONE);
  });
});

describe('应完成、需完成、要求完成、预期完成的数是计划，不是完成数', () => {
  it.each([
    ['应完成改造500户', '改造500户'],
    ['需完成改造500户', '改造500户'],
    ['要求完成改造500户', '改造500户'],
    ['预期完成改造500户', '改造500户'],
  ])('“%s”（目标 %s）：不是已完成', (text, target) => {
    expect(judged(text, target).verdict).not.toMatch(DONE);
  });

  it('按要求完成、已完成的数：已完成', () => {
    expect(judged('按要求完成改造500户', '改造500户').verdict).toMatch(DONE);
    expect(judged('已按上级要求完成改造500户', '改造500户').verdict).toMatch(DONE);
  });
});

describe('去年的数（去年同期、上年度）和比上年多出的数（较上年多完成、同比增加）不是今年的完成数', () => {
  it.each([
    ['去年同期完成改造500户，今年完成300户', '改造500户'],
    ['上年度完成改造500户', '改造500户'],
    ['较上年多完成500户', '完成改造500户'],
    ['比上年增加500户', '改造500户'],
    ['同比增加500户', '改造500户'],
  ])('“%s”（目标 %s）：不是已完成', (text, target) => {
    expect(judged(text, target).verdict).not.toMatch(DONE);
  });

  it('今年的数达到目标，旁边写了比上年多多少：已完成', () => {
    expect(judged('完成改造500户，比上年增加100户', '改造500户').verdict).toMatch(DONE);
    expect(judged('今年完成改造520户，去年同期完成300户', '改造500户').verdict).toMatch(DONE);
    expect(judged('新增就业1300人', '新增城镇就业1200人').verdict).toMatch(DONE);
  });
});

describe('数字是上限或基数（不到500户、500户以下、500户中的480户）：没有达到', () => {
  it.each([
    ['完成改造不到500户', '改造500户'],
    ['完成改造不足500户', '改造500户'],
    ['完成改造500户以下', '改造500户'],
    ['已完成500户中的480户', '改造500户'],
  ])('“%s”（目标 %s）：不是已完成', (text, target) => {
    expect(judged(text, target).verdict).not.toMatch(DONE);
  });

  it('确数达到目标：已完成；限值目标的“以下”照常', () => {
    expect(judged('完成改造520户', '改造500户').verdict).toMatch(DONE);
    expect(judged('已完成500户中的500户', '改造500户').verdict).toMatch(DONE);
    expect(judged('城镇登记失业率控制在4.5%以下', '城镇登记失业率控制在4.5%以内').verdict).toMatch(DONE);
    expect(judged('新建成城南小学等7所中小学、幼儿园', '新建中小学、幼儿园7所').verdict).toMatch(DONE);
  });
});

describe('跨年度的任务写成“3年内”“三年改造”“用三年时间”：完成今年的一份不是整项任务', () => {
  it.each([
    ['年度任务已全部完成', '3年内完成改造1500户'],
    ['年度任务已全部完成', '三年改造1500户'],
    ['年度任务已全部完成', '用三年时间改造1500户'],
  ])('“%s”（目标 %s）：不是已完成', (text, target) => {
    expect(judged(text, target).verdict).not.toMatch(DONE);
  });

  it('一年的任务：已完成', () => {
    expect(judged('年度任务已全部完成', '改造500户').verdict).toMatch(DONE);
    expect(judged('年度任务已全部完成', '2024年改造500户').verdict).toMatch(DONE);
  });
});

describe('“均已”“全部”说的是一部分（县城、城区学校、已开工的项目）：不是全县、全部项目', () => {
  it.each([
    ['县城已全部完成', '全县完成'],
    ['城区学校均已完成', '全县学校完成改造'],
    ['已开工项目均已完工', '建成10个项目'],
    ['已完成的项目均已验收', '建成10个项目'],
    ['已建成项目全部投入使用', '建成并投用10个项目'],
  ])('“%s”（目标 %s）：不是已完成', (text, target) => {
    expect(judged(text, target).verdict).not.toMatch(DONE);
  });

  it('说的是全部：已完成', () => {
    expect(judged('全县已全部完成', '全县完成').verdict).toMatch(DONE);
    expect(judged('各学校均已完成', '全县学校完成改造').verdict).toMatch(DONE);
    expect(judged('10个项目均已完工', '建成10个项目').verdict).toMatch(DONE);
    expect(judged('已完成全部改造并通过验收').verdict).toMatch(DONE);
  });
});

describe('汉字数带“余”、大写数字（三百余户、肆佰户）也是数', () => {
  it.each([
    ['已完成改造三百余户', '改造500户'],
    ['已完成改造百余户', '改造500户'],
    ['已完成改造肆佰户', '改造500户'],
  ])('“%s”（目标 %s）：不是已完成', (text, target) => {
    expect(judged(text, target).verdict).not.toMatch(DONE);
  });

  it('达到目标的汉字数：已完成', () => {
    expect(judged('已完成改造伍佰贰拾户', '改造500户').verdict).toMatch(DONE);
    expect(judged('已完成改造五百二十户', '改造500户').verdict).toMatch(DONE);
  });
});

describe('完成的是年度投资任务，目标是建成一个东西：钱花完不等于建成', () => {
  it.each([
    ['超额完成年度投资任务', '城南小学建成投用'],
    ['已完成年度投资计划', '建成城南小学'],
  ])('“%s”（目标 %s）：不是已完成', (text, target) => {
    expect(judged(text, target).verdict).not.toMatch(DONE);
  });

  it('完成的是年度目标任务，或目标就是投资：已完成', () => {
    expect(judged('超额完成年度目标任务', '城南小学建成投用').verdict).toMatch(DONE);
    expect(judged('超额完成年度投资任务', '完成年度投资任务').verdict).toMatch(DONE);
  });
});

describe('定性指标：完成值写“已完成”，说明却只说了一部分、一步，或数字不够', () => {
  function qualitative(target: string, actual: string, progressText: string): Judgement {
    const built = build([indicator({ name: '重点项目', kind: 'qualitative', target, actual, progressText })]);
    const found = built.table.indicators[0];
    if (found === undefined) throw new Error('no indicator built');
    return judgeQualitative(found, built.table.period);
  }

  it.each([
    ['建成城南小学', '已完成', '一期已完工'],
    ['改造500户', '已完成', '完成改造300户'],
    ['改造500户', '完成', '上半年任务已完成'],
    ['建成城南小学', '已完成', '主体已完工'],
    ['改造500户', '全部完成', '试点村已完成'],
  ])('目标 %s，完成值“%s”，说明“%s”：需人工确认', (target, actual, progress) => {
    expect(qualitative(target, actual, progress)).toMatchObject({ verdict: 'unclear', basis: 'contradiction' });
  });

  it('说明也说整项完成：已完成', () => {
    expect(qualitative('建成城南小学', '已完成', '城南小学已建成投用').verdict).toMatch(DONE);
    expect(qualitative('改造500户', '已完成', '完成改造520户').verdict).toMatch(DONE);
  });
});

describe('定量指标：完成值达到目标，说明却说只是一部分、一步，或这个数是预计数、上年的数', () => {
  function cells(progressText: string): Judgement {
    const built = build([indicator(soundRow({ deadline: '2009-12-31', target: 90, actual: 90, progressText }))], { period: {} });
    const found = built.table.indicators[0];
    if (found === undefined) throw new Error('no indicator');
    return judgeIndicator(found, built.table.period, { rate: 1, benchmark: 0.5 });
  }

  it.each(['一期已完工', '主体已完工', '试点村已完成', '完成值为预计数', '此为预计全年完成数', '为上年数据', '数据为2008年'])('说明“%s”：需人工确认', (text) => {
    expect(cells(text)).toMatchObject({ verdict: 'unclear', basis: 'contradiction' });
  });

  it('说明说全部完成，或说的与数无关：已完成', () => {
    expect(cells('已全部完工').verdict).toMatch(DONE);
    expect(cells('资金拨付及时').verdict).toMatch(DONE);
    expect(cells('项目已竣工投产').verdict).toMatch(DONE);
    expect(cells('数据为2009年统计快报数').verdict).toMatch(DONE);
  });
});

describe('“提前半年”“提前5个月”说的是提前多少，不是一年中的一段', () => {
  it('提前5个月完成全年任务：已完成', () => {
    expect(judged('提前5个月完成全年任务', '全年新增城镇就业5000人').verdict).toMatch(DONE);
    expect(judged('提前半年完成全年任务').verdict).toMatch(DONE);
  });
});

describe('增长说的是某个月（11月末、10月份、9月底），或是估算、预估的数：年底也不是全年已完成', () => {
  it.each([
    ['11月末贷款余额同比增长9%', '增长8%'],
    ['10月份同比增长9%', '增长8%'],
    ['9月底同比增长9%', '增长8%'],
    ['增长9%（估计数）', '增长8%'],
    ['初步测算全年增长9%', '增长8%'],
    ['全年增长9%，为预估数', '增长8%'],
  ])('“%s”（目标 %s，12月31日）：不是已完成', (text, target) => {
    expect(judged(text, target).verdict).not.toMatch(DONE);
  });

  it('全年的增长、12月末的增长：已完成', () => {
    expect(judged('全年增长9%', '增长8%').verdict).toMatch(DONE);
    expect(judged('12月末贷款余额同比增长9%', '增长8%').verdict).toMatch(DONE);
  });
});

describe('比率、数字是预计的（覆盖率预计达96%、覆盖率95%（预计））：不是完成数', () => {
  it.each([
    ['覆盖率95%（预计）', '覆盖率达到95%'],
    ['覆盖率预计达96%', '覆盖率达到95%'],
  ])('“%s”（目标 %s）：不是已完成', (text, target) => {
    expect(judged(text, target).verdict).not.toMatch(DONE);
  });

  it('“力争目标”说的是目标，不是预计的完成数：已完成', () => {
    expect(judged('累计完成投资836.2亿元，占年度力争目标(606.5亿元)的137.9%', '606.5亿元').verdict).toMatch(DONE);
    expect(judged('覆盖率达96%', '覆盖率达到95%').verdict).toMatch(DONE);
  });
});

describe('限值目标：预计、力争、能够、基本控制在目标以内，年底也不是已完成', () => {
  it.each(['预计全年能耗控制在目标以内', '能耗基本控制在目标以内', '力争控制在目标以内', '能够控制在目标以内', '有望控制在目标以内'])('“%s”（12月31日）：不是已完成', (text) => {
    expect(judged(text, '能耗控制在目标以内').verdict).not.toMatch(DONE);
  });

  it('全年控制在目标以内：已完成', () => {
    expect(judged('能耗控制在上级下达的目标以内', '能耗控制在目标以内').verdict).toMatch(DONE);
  });
});

describe('汉字写的钱数（九千万元、八亿元）也是数', () => {
  it.each([
    ['已完成投资九千万元', '完成投资1亿元'],
    ['已完成投资八亿元', '完成投资10亿元'],
  ])('“%s”（目标 %s）：不是已完成', (text, target) => {
    expect(judged(text, target).verdict).not.toMatch(DONE);
  });

  it('汉字的钱数达到目标：已完成', () => {
    expect(judged('已完成投资十二亿元', '完成投资10亿元').verdict).toMatch(DONE);
  });
});

describe('第二批、A区：一批、一区，不是整项任务', () => {
  it.each([['第二批已完成'], ['已完成A区']])('“%s”：不是已完成', (text) => {
    expect(judged(text).verdict).not.toMatch(DONE);
  });

  it('各批、全部：已完成', () => {
    expect(judged('各批次均已完成').verdict).toMatch(DONE);
  });
});

describe('目标是全县（全市）的，文字说的是城区、县城的数或比率：不是同一范围', () => {
  it.each([
    ['城区覆盖率达96%', '全县覆盖率达到95%'],
    ['已完成改造500户（城区）', '全县改造500户'],
    ['县城完成改造500户', '全县改造500户'],
  ])('“%s”（目标 %s）：需人工确认', (text, target) => {
    expect(judged(text, target).verdict).toBe('unclear');
  });

  it('说的是全县，或目标就是城区的：已完成', () => {
    expect(judged('全县覆盖率达96%，其中城区98%', '全县覆盖率达到95%').verdict).toMatch(DONE);
    expect(judged('城区完成改造500户', '城区改造500户').verdict).toMatch(DONE);
  });
});

describe('目标同一量词的两部分（改造500户，新建500户），第二部分报了数却不够', () => {
  it('“已完成改造500户、新建300户”：推进中，说明哪一部分不够', () => {
    const result = judged('已完成改造500户、新建300户', '改造500户，新建500户');
    expect(result.verdict).toBe('in-progress');
    expect(result.evidence).toContain('未达到“新建500户”');
  });

  it('两部分都够：已完成', () => {
    expect(judged('已完成改造500户、新建520户', '改造500户，新建500户').verdict).toMatch(DONE);
  });
});

describe('跨年度、期限未到的任务，文字只说“已完成”“全部完成”“100%”：是今年的一份还是整项，需人工确认', () => {
  it.each([
    ['已完成', '3年内完成改造1500户'],
    ['已完成', '2026年前改造1500户'],
    ['全部完成', '“十四五”期间改造1500户'],
    ['100%', '三年改造1500户'],
  ])('“%s”（目标 %s，2024年底）：需人工确认', (text, target) => {
    expect(judged(text, target).verdict).toBe('unclear');
  });

  it('说了整项（总目标任务、规划任务），或到了最后一年：已完成', () => {
    expect(judged('已提前完成总目标任务', '2024—2026年改造1500户').verdict).toMatch(DONE);
    expect(judged('已完成', '2022—2024年改造1500户').verdict).toMatch(DONE);
    expect(judged('全部完成', '“十四五”期间改造1500户', '2025-12-31').verdict).toMatch(DONE);
  });
});

describe('还要做的事不写“正在”“将于”（下步、接下来、后续将、尚需、需通过验收、只差、遗留、2户拒绝）：还有没做完的', () => {
  it.each([
    ['已完成，下步将开展验收'],
    ['已完工，近期将组织验收'],
    ['已完工，接下来开展验收'],
    ['已完成，尚需审计'],
    ['已建成，正式运营前需通过验收'],
    ['已完成，只差验收'],
    ['已完成，遗留问题2个'],
    ['已完成，但2户拒绝改造'],
    ['完成得差不多了'],
  ])('“%s”：不是已完成', (text) => {
    expect(judged(text).verdict).not.toMatch(DONE);
  });

  it('遗留问题解决了、将来的事与任务无关：已完成', () => {
    expect(judged('遗留问题已全部解决').verdict).toMatch(DONE);
    expect(judged('已完工并通过验收').verdict).toMatch(DONE);
  });
});

describe('进度状态一栏只写“验收”：是项目所处的阶段（前期、施工、验收），不是已验收', () => {
  const cell = { sheet: 'S', row: 2, col: 2 };
  it('“验收”：什么也不说，留给其他各栏', () => {
    expect(statedKind({ value: '验收', cell, header: '进度状态' })).toBeNull();
  });

  it('“已验收”“通过验收”“验收合格”：完成', () => {
    expect(statedKind({ value: '已验收', cell, header: '进度状态' })).toBe('done');
    expect(statedKind({ value: '通过验收', cell, header: '进度状态' })).toBe('done');
    expect(statedKind({ value: '验收合格', cell, header: '进度状态' })).toBe('done');
  });
});

describe('目标既有比率又有总量（增长8%、总量100亿元；覆盖率95%、新建站点20个），只报了比率', () => {
  it.each([
    ['同比增长9%', '实现地区生产总值100亿元，增长8%', 'unclear'],
    ['覆盖率达96%', '覆盖率达到95%，新建站点20个', 'unclear'],
    ['普及率达到87%，比年度目标提高了2个百分点', '普及率85%、满意率90%', 'in-progress'],
  ])('“%s”（目标 %s）：%s', (text, target, verdict) => {
    expect(judged(text, target).verdict).toBe(verdict);
  });

  it('总量也报了且达到：已完成；目标只有比率：已完成', () => {
    expect(judged('实现地区生产总值102亿元，同比增长9%', '实现地区生产总值100亿元，增长8%').verdict).toMatch(DONE);
    expect(judged('覆盖率达96%，新建站点22个', '覆盖率达到95%，新建站点20个').verdict).toMatch(DONE);
    expect(judged('同比增长9%', '增长8%').verdict).toMatch(DONE);
  });
});

describe('目标有几项，文字说完成了其中一项的任务（超额完成改造任务），另一项没说', () => {
  it('“超额完成改造任务”（目标 改造500户，新建500户）：推进中，说明哪一项没说到', () => {
    const result = judged('超额完成改造任务', '改造500户，新建500户');
    expect(result.verdict).toBe('in-progress');
    expect(result.evidence).toContain('新建500户');
  });

  it('每项都说到，或说全部完成：已完成', () => {
    expect(judged('已完成改造和新建任务', '改造500户，新建500户').verdict).toMatch(DONE);
    expect(judged('已全部完成', '改造500户，新建500户').verdict).toMatch(DONE);
    expect(judged('超额完成改造任务', '改造500户').verdict).toMatch(DONE);
  });
});
