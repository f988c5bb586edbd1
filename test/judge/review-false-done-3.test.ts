import { judgeWords, type Judgement } from '../../src/core/judge';

/**
 * Third review (r-j3) of the routes to a false 已完成: made-up texts that count more than the row's own task. Each
 * describe keeps a counterpart that must stay 已完成, so a mend cannot pass by never saying 已完成.
 */
function judged(text: string, target: string | null = null, asOf = '2024-12-31'): Judgement {
  return judgeWords(text, { targetText: target, deadline: null, asOf, expectedProgress: Number(asOf.slice(5, 7)) / 12 });
}

const DONE = /^(?:completed|exceeded)$/u;

describe('另一级下达的任务（省下达、市定）是另一个基数：本行目标自有数字时，不能算本行已完成', () => {
  it.each([
    ['完成省下达任务的110%', '改造老旧小区600户'],
    ['已完成市定目标', '新建农村公路80公里'],
    ['超额完成上级下达的年度任务', '新增城镇就业1200人'],
    ['全面完成州分解的目标任务，完成率105%', '植树造林3000亩'],
  ])('“%s”（目标 %s）：需人工确认', (text, target) => {
    expect(judged(text, target).verdict).toBe('unclear');
  });

  it('给出了本行计量的数字且达到本行目标，或本行目标就是那项任务：已完成', () => {
    expect(judged('完成改造650户，为省下达任务的110%', '改造老旧小区600户').verdict).toMatch(DONE);
    expect(judged('完成省下达任务的110%', '完成省下达的棚户区改造任务').verdict).toMatch(DONE);
    expect(judged('上级下达任务已完成').verdict).toMatch(DONE);
    expect(judged('城市定期巡查已完成，完成改造650户', '改造老旧小区600户').verdict).toMatch(DONE);
  });
});

describe('“其中”一句数的是一部分：它等于目标，不等于整项任务完成', () => {
  it.each([
    ['其中城区完成改造500户', '改造老旧小区500户'],
    ['全县共推进改造，其中城区完成改造500户', '改造老旧小区500户'],
    ['其中新建公路80公里已通车', '新建农村公路80公里'],
    ['城区完成改造500户', '改造老旧小区500户'],
    ['青山镇已完成植树造林3000亩', '植树造林3000亩'],
  ])('“%s”（目标 %s）：不是已完成', (text, target) => {
    expect(judged(text, target).verdict).not.toMatch(DONE);
  });

  it('整体的数达到目标，“其中”只是细分：已完成', () => {
    expect(judged('完成改造600户，其中城区完成改造500户', '改造老旧小区500户').verdict).toMatch(DONE);
    expect(judged('完成改造500户，其中城区300户', '改造老旧小区500户').verdict).toMatch(DONE);
    expect(judged('各乡镇共完成改造500户', '改造老旧小区500户').verdict).toMatch(DONE);
    expect(judged('全县完成改造500户', '改造老旧小区500户').verdict).toMatch(DONE);
    expect(judged('青山镇已完成植树造林3000亩', '青山镇植树造林3000亩').verdict).toMatch(DONE);
  });
});

describe('目标要做两件事（改造并验收）：“其中”一句说第二件事的数不足，不是已完成', () => {
  it.each([
    ['完成500户，其中300户已验收', '改造500户并验收'],
    ['完成改造500户，其中320户已通过验收', '改造500户并通过验收'],
    ['建成安置房1200套，其中800套已交付使用', '建成安置房1200套并交付使用'],
    ['完成改造500户，已验收300户', '改造500户并验收'],
    ['完成改造500户，其中300户已验收', '改造500户，全部通过验收'],
    ['建成安置房1200套，交付使用900套', '建成安置房1200套并交付使用'],
  ])('“%s”（目标 %s）：推进中', (text, target) => {
    expect(judged(text, target).verdict).toBe('in-progress');
  });

  it.each([
    ['完成改造500户', '改造500户并验收', '验收'],
    ['建成安置房1200套', '建成安置房1200套并交付使用', '交付使用'],
  ])('只报了第一件事的数、没说第二件事（“%s”，目标 %s）：推进中', (text, target, act) => {
    const result = judged(text, target);
    expect(result.verdict).toBe('in-progress');
    expect(result.evidence).toContain(`目标还要求${act}`);
  });

  it('第二件事的数也达到目标：已完成', () => {
    expect(judged('完成改造500户，已全部通过验收', '改造500户并通过验收').verdict).toMatch(DONE);
    expect(judged('建成安置房1200套，1200套已交付使用', '建成安置房1200套并交付使用').verdict).toMatch(DONE);
  });
});

describe('完成数含往年结转的任务：本年自身完成的要扣除结转部分再比', () => {
  it.each([
    ['完成改造500户（含去年结转200户）', '改造老旧小区500户'],
    ['完成改造500户，含上年结转200户', '改造老旧小区500户'],
    ['完成改造500户（包括上一年度剩余任务150户）', '改造老旧小区500户'],
    ['完成改造500户（含往年遗留任务）', '改造老旧小区500户'],
    ['完成改造500户（含结转任务200户）', '改造老旧小区500户'],
    ['完成改造500户，包括结转的180户', '改造老旧小区500户'],
  ])('“%s”（目标 %s）：不是已完成', (text, target) => {
    expect(judged(text, target).verdict).not.toMatch(DONE);
  });

  it('说明原因：含往年结转，需人工确认', () => {
    const result = judged('完成改造500户（含去年结转200户）', '改造老旧小区500户');
    expect(result.verdict).toBe('unclear');
    expect(result.evidence).toContain('结转');
  });

  it('扣除结转后仍达到目标，或目标本就含结转任务：已完成', () => {
    expect(judged('完成改造700户（含去年结转200户）', '改造老旧小区500户').verdict).toMatch(DONE);
    expect(judged('完成改造500户（含去年结转200户）', '改造500户（含上年结转任务）').verdict).toMatch(DONE);
  });
});

describe('省、市一级的机关办完了它的手续（审批、验收、批复）：是它的一步，不是本行的工程完成', () => {
  it.each([
    ['省厅已完成验收', null],
    ['市里已完成审批', '建成城南污水处理厂'],
    ['省发改委已完成可研批复', '建成县城东环路'],
    ['市自然资源局已完成用地审查', null],
    ['省级验收已完成', null],
  ])('“%s”（目标 %s）：不是已完成', (text, target) => {
    expect(judged(text, target).verdict).not.toMatch(DONE);
  });

  it('工程本身说了已建成，或县里自己说已完成：已完成', () => {
    expect(judged('工程已建成，省厅已完成验收').verdict).toMatch(DONE);
    expect(judged('城南污水处理厂已建成投用，市生态环境局已完成验收', '建成城南污水处理厂').verdict).toMatch(DONE);
    expect(judged('项目已通过省厅验收').verdict).toMatch(DONE);
  });
});

describe('只说已报送：报送是任务要的全部时才算完成，任务要的更多（编制并实施）时只是一步，没有目标时需人工确认', () => {
  it.each([
    ['已报送', null, 'unclear'],
    ['已按时上报', null, 'unclear'],
    ['已报送', '编制并实施乡村振兴规划', 'in-progress'],
    ['方案已提交县政府', '制定并落实老旧小区改造方案', 'in-progress'],
  ])('“%s”（目标 %s）：%s', (text, target, verdict) => {
    expect(judged(text, target).verdict).toBe(verdict);
  });

  it('目标只要求报送：已报送就是已完成', () => {
    expect(judged('已报送', '报送年度统计报表').verdict).toMatch(DONE);
    expect(judged('已于6月底前上报', '6月底前上报半年工作总结').verdict).toMatch(DONE);
    expect(judged('已编制完成并印发实施', '编制并实施乡村振兴规划').verdict).toMatch(DONE);
    expect(judged('年度工作总结已按时报送').verdict).toMatch(DONE);
    expect(judged('规划已编制完成并上报', '完成乡村振兴规划编制').verdict).toMatch(DONE);
  });

  it('“上报”一个数（上报完成投资12亿元）是报告结果，不是报送手续：按数字比', () => {
    expect(judged('上报完成投资12亿元', '完成投资10亿元').verdict).toMatch(DONE);
  });
});
