import { judgeIndicator, judgeWords, type Judgement } from '../../src/core/judge';
import { build, indicator, soundRow } from '../validate/table-builder';
import { numeralValue, withDigitCounts } from '../../src/core/judge/chinese-numerals';

/**
 * Fourth review (r-j, fifth round) of the routes to a false 已完成 that r-j3 left open: made-up texts that look done and
 * are not. Each describe keeps a counterpart that must stay 已完成, so a mend cannot pass by never saying 已完成.
 */
function judged(text: string, target: string | null = null, asOf = '2024-09-30'): Judgement {
  return judgeWords(text, { targetText: target, deadline: '2024-12-31', asOf, expectedProgress: Number(asOf.slice(5, 7)) / 12 });
}

const DONE = /^(?:completed|exceeded)$/u;

describe('本行目标是一个比率（普及率达到90%），文字说完成了省、市下达的任务：不是同一基数，需人工确认', () => {
  it.each([
    ['完成省下达任务的110%', '农村卫生厕所普及率达到90%'],
    ['已完成市定目标任务', '农村卫生厕所普及率达到90%'],
    ['全面完成省下达的年度任务', '家庭医生签约覆盖率达到95%'],
  ])('“%s”（目标 %s）：需人工确认', (text, target) => {
    expect(judged(text, target).verdict).toBe('unclear');
  });

  it('文字给出本行的比率且达到：已完成；本行目标就是那项任务：已完成', () => {
    expect(judged('普及率达到92%，完成省下达任务的105%', '农村卫生厕所普及率达到90%').verdict).toMatch(DONE);
    expect(judged('完成省下达任务的110%', '完成省下达的改厕任务').verdict).toMatch(DONE);
  });

  it('本行比率没达到：不是已完成', () => {
    expect(judged('完成省下达任务的110%，普及率达88%', '农村卫生厕所普及率达到90%').verdict).not.toMatch(DONE);
  });
});

describe('“包括”“含”开头的一句数的是一部分（和“其中”一样）', () => {
  it.each([
    ['包括城区完成改造500户', '改造老旧小区500户'],
    ['全县共推进改造，包括城区完成改造500户', '改造老旧小区500户'],
    ['含城区改造500户', '改造老旧小区500户'],
  ])('“%s”（目标 %s）：不是已完成', (text, target) => {
    expect(judged(text, target).verdict).not.toMatch(DONE);
  });

  it('整体的数达到目标，“包括”只是细分：已完成', () => {
    expect(judged('完成改造600户，包括城区500户', '改造老旧小区500户').verdict).toMatch(DONE);
  });
});

describe('目标把“建成”和“投用”写成一个词（建成投用、竣工投入使用）：只说建成、完工，还差投用', () => {
  it.each([
    ['城南小学已完工', '年底前建成投用城南小学'],
    ['城南小学已竣工', '城南小学建成投入使用'],
    ['城南小学已建成', '建成投用城南小学'],
    ['已建成幼儿园3所', '建成投用幼儿园3所'],
    ['已建成幼儿园3所，其中2所投入使用', '建成投用幼儿园3所'],
    ['跨河大桥已完工', '跨河大桥竣工通车'],
  ])('“%s”（目标 %s）：推进中', (text, target) => {
    expect(judged(text, target).verdict).toBe('in-progress');
  });

  it('第二件事分开写成一句（改造500户，验收合格），只报了第一件事的数：推进中', () => {
    const result = judged('完成改造500户', '改造500户，验收合格');
    expect(result.verdict).toBe('in-progress');
    expect(result.evidence).toContain('验收');
  });

  it('说了投用、通车、验收合格：已完成', () => {
    expect(judged('城南小学已建成投用', '建成投用城南小学').verdict).toMatch(DONE);
    expect(judged('已建成幼儿园3所，均已投入使用', '建成投用幼儿园3所').verdict).toMatch(DONE);
    expect(judged('跨河大桥已竣工并正式通车', '跨河大桥竣工通车').verdict).toMatch(DONE);
    expect(judged('完成改造500户，全部验收合格', '改造500户，验收合格').verdict).toMatch(DONE);
  });
});

describe('目标要省级验收，文字说通过了县级验收：是前一步，不是目标要的验收', () => {
  it.each([
    ['已完成改造500户，并通过县级验收', '改造500户并通过省级验收'],
    ['示范基地已建成，通过市级验收', '建成省级示范基地并通过省级验收'],
  ])('“%s”（目标 %s）：推进中', (text, target) => {
    expect(judged(text, target).verdict).toBe('in-progress');
  });

  it('同级或更高一级的验收：已完成', () => {
    expect(judged('已完成改造500户，并通过省级验收', '改造500户并通过省级验收').verdict).toMatch(DONE);
    expect(judged('已完成改造500户，并通过国家级验收', '改造500户并通过省级验收').verdict).toMatch(DONE);
  });
});

describe('任务被调减、核减后说全部完成：是对调整后的任务，对本行目标需人工确认', () => {
  it.each([
    ['任务核减后已全部完成', '改造500户'],
    ['年度目标任务经批准调整为300户，已全部完成', '改造500户'],
  ])('“%s”（目标 %s）：需人工确认', (text, target) => {
    expect(judged(text, target).verdict).toBe('unclear');
  });

  it('没有调整目标，或本行没有目标数（调整后的计划就是唯一的计划）：已完成', () => {
    expect(judged('年度目标任务已全部完成', '改造500户').verdict).toMatch(DONE);
    expect(judged('任务核减后已全部完成').verdict).toMatch(DONE);
  });
});

describe('数字和目标同一个量词、一样大，数的却是别的事（培训人数对就业人数）或前面一步（排查、摸排）', () => {
  it.each([
    ['已培训农民500人', '转移农村劳动力就业500人', 'unclear'],
    ['已举办培训班30场，培训500人', '新增城镇就业500人', 'unclear'],
    ['已入户调查300户', '完成危房改造300户', 'unclear'],
    ['已排查问题20个', '整改问题20个', 'in-progress'],
    ['已摸排危房300户', '完成危房改造300户', 'in-progress'],
    ['批复投资500万元', '完成投资500万元', 'in-progress'],
    ['已完成招标，中标金额500万元', '完成投资500万元', 'unclear'],
  ])('“%s”（目标 %s）：%s', (text, target, verdict) => {
    expect(judged(text, target).verdict).toBe(verdict);
  });

  it('数的就是目标那件事，或只说“已完成”、说了全部整改到位：已完成', () => {
    expect(judged('城镇新增就业1300人', '新增城镇就业1200人').verdict).toMatch(DONE);
    expect(judged('已整改问题20个', '整改问题20个').verdict).toMatch(DONE);
    expect(judged('已完成500户', '改造老旧小区500户').verdict).toMatch(DONE);
    expect(judged('排查问题25个，已全部整改到位', '整改问题20个').verdict).toMatch(DONE);
    expect(judged('开展宫颈癌筛查10200例', '1万例以上').verdict).toMatch(DONE);
    expect(judged('已完成投资500万元', '完成投资500万元').verdict).toMatch(DONE);
    expect(judged('已批复项目5个', '批复项目5个').verdict).toMatch(DONE);
  });
});

describe('目标是一个镇的（全镇、某某镇），文字说的是全县、全市的数：不是同一范围，需人工确认', () => {
  it.each([
    ['全市完成改造600户', '全镇改造50户'],
    ['全县已完成改造500户', '青山镇改造50户'],
    ['全县已完成年度任务', '全镇改造50户'],
  ])('“%s”（目标 %s）：需人工确认', (text, target) => {
    expect(judged(text, target).verdict).toBe('unclear');
  });

  it('同一范围，或目标没说范围（本部门自己的数）：已完成', () => {
    expect(judged('全镇已完成改造60户', '全镇改造50户').verdict).toMatch(DONE);
    expect(judged('已完成改造60户', '青山镇改造50户').verdict).toMatch(DONE);
    expect(judged('全县完成改造600户', '改造老旧小区500户').verdict).toMatch(DONE);
  });
});

describe('用汉字写的数（三百户、两所）也是数：比目标少就不是已完成', () => {
  it.each([
    ['已完成改造三百户', '改造500户'],
    ['已建成幼儿园两所', '新建幼儿园3所'],
    ['已建成两所幼儿园', '新建幼儿园3所'],
  ])('“%s”（目标 %s）：不是已完成', (text, target) => {
    const result = judged(text, target);
    expect(result.verdict).not.toMatch(DONE);
    expect(result.evidence).toContain('汉字');
  });

  it('汉字的数达到目标，或“一个月”“十件实事”这类不是完成数的：照常已完成', () => {
    expect(judged('已建成幼儿园三所', '新建幼儿园3所').verdict).toMatch(DONE);
    expect(judged('已完成改造五百二十户', '改造500户').verdict).toMatch(DONE);
    expect(judged('十件民生实事已全部完成', '十件民生实事').verdict).toMatch(DONE);
    expect(judged('提前一个月完成', '改造500户').verdict).toMatch(DONE);
  });
});

describe('报的比率和目标的比率不是同一个（满意率对普及率）：需人工确认', () => {
  it.each([
    ['群众满意率达95%', '农村卫生厕所普及率达到90%'],
    ['知晓率96%', '家庭医生签约覆盖率达到90%'],
  ])('“%s”（目标 %s）：需人工确认', (text, target) => {
    expect(judged(text, target).verdict).toBe('unclear');
  });

  it('同一个比率、或只写一个百分数的完成值：照常比', () => {
    expect(judged('卫生厕所普及率达92%', '农村卫生厕所普及率达到90%').verdict).toMatch(DONE);
    expect(judged('95%', '覆盖率达到90%').verdict).toMatch(DONE);
  });
});

describe('数字后面跟着“的80%”：那个数是基数，不是完成数', () => {
  it('“已完成改造500户的80%”（目标 改造500户）：不是已完成', () => {
    expect(judged('已完成改造500户的80%', '改造500户').verdict).not.toMatch(DONE);
  });

  it('“占年度任务的100%”：已完成', () => {
    expect(judged('已完成改造500户，占年度任务的100%', '改造500户').verdict).toMatch(DONE);
  });
});

describe('汉字数的读法', () => {
  it.each([['三百', 300], ['一千二百', 1200], ['十五', 15], ['二十', 20], ['两', 2], ['五百二十', 520]])('“%s” = %d', (numeral, value) => {
    expect(numeralValue(numeral)).toBe(value);
  });

  it('只读后面跟着量词的数：第一批、一季度、两年、一期不改', () => {
    expect(withDigitCounts('改造三百户，建成两所')).toBe('改造300户，建成2所');
    expect(withDigitCounts('第一批项目一季度开工，一期两年建成')).toBe('第一批项目一季度开工，一期两年建成');
  });
});

describe('年中说“按序时完成”“按进度完成”：完成的是到目前该做的，不是整项任务', () => {
  it.each(['按序时完成', '改造工程按序时进度完成', '各项工作均按进度完成'])('“%s”（9月）：推进中', (text) => {
    expect(judged(text).verdict).toBe('in-progress');
  });

  it('年底说按序时完成：已完成；“按时足额发放到位”“按时间节点完成全部任务”不受影响', () => {
    expect(judged('各项工作均按进度完成', null, '2024-12-31').verdict).toMatch(DONE);
    expect(judged('补助资金已按时足额发放到位').verdict).toMatch(DONE);
    expect(judged('已按时间节点完成全部任务').verdict).toMatch(DONE);
  });

  it('“已进入尾声”：还没完，推进中', () => {
    expect(judged('改造工作已进入尾声').verdict).toBe('in-progress');
  });
});

describe('完成值达到目标，完成情况说明却写着还有没做完的（其余正在施工、剩余…预计…完成）：两栏不一致，需人工确认', () => {
  function cells(progressText: string): Judgement {
    const built = build([indicator(soundRow({ deadline: '2009-12-31', target: 90, actual: 90, progressText }))], { period: {} });
    const found = built.table.indicators[0];
    if (found === undefined) throw new Error('no indicator');
    return judgeIndicator(found, built.table.period, { rate: 1, benchmark: 0.5 });
  }

  it.each(['主体已完工，其余正在施工', '剩余工程预计11月底前完成', '正在进行竣工验收'])('说明“%s”：需人工确认', (text) => {
    const result = cells(text);
    expect(result.verdict).toBe('unclear');
    expect(result.evidence).toContain('还有没做完的');
  });

  it('说明说全部完成，或没说还剩什么：已完成', () => {
    expect(cells('已全部完工').verdict).toMatch(DONE);
    expect(cells('年度投资任务已全面完成，其余配套工程正在施工').verdict).toMatch(DONE);
    expect(cells('资金拨付及时').verdict).toMatch(DONE);
  });
});

describe('年底报的是“前11个月”“当月”的增长或控制情况：一年中的一段，不是全年已完成', () => {
  it.each([
    ['前11个月同比增长9%', '增长8%'],
    ['11月当月增长12%', '增长8%'],
    ['前11个月能耗控制在目标以内', '能耗控制在目标以内'],
  ])('“%s”（目标 %s，12月31日）：不是已完成', (text, target) => {
    expect(judged(text, target, '2024-12-31').verdict).not.toMatch(DONE);
  });

  it('“全年增长9%”在年底：已完成', () => {
    expect(judged('全年增长9%', '增长8%', '2024-12-31').verdict).toMatch(DONE);
  });
});

describe('目标要做两件事，第二件事只给了一个不到100%的比率（入住率60%）：第二件事没做完', () => {
  it.each([
    ['已完成改造500户，入住率60%', '改造500户并入住'],
    ['建成安置房1200套，交付使用率80%', '建成安置房1200套并交付使用'],
  ])('“%s”（目标 %s）：推进中', (text, target) => {
    expect(judged(text, target).verdict).toBe('in-progress');
  });

  it('比率到了100%：已完成', () => {
    expect(judged('已完成改造500户，入住率100%', '改造500户并入住').verdict).toMatch(DONE);
  });
});
