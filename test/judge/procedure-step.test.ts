import { judgeWords, type Judgement } from '../../src/core/judge';

/**
 * A procedure on the way to the works is a step of the task, not the task (issue 19's whole-task rule): a filing, an
 * approval, a permit or a review (报送, 申请, 获批, 用地预审, 施工许可, 评审手续) finishes the paperwork only. Which task
 * is to build something is read from the target, else the row's name, else the subject the clause opens on — staff
 * often write the works' name first and give no target. None of these is copied from a real-text set; each kind has its
 * counterpart where the paperwork is the task or the works are said to be finished.
 */
function judged(text: string, target: string | null = null, taskName: string | null = null): Judgement {
  return judgeWords(text, { targetText: target, taskName, deadline: null, asOf: '2024-09-30', expectedProgress: 0.75 });
}

const DONE = /^(?:completed|exceeded)$/u;

describe('没有目标，主语是一项工程，只办完了一道手续：推进中，不是已完成', () => {
  it.each([
    ['滨江大道拓宽改造工程已向省发改委报送项目建议书', '报送'],
    ['县第二人民医院迁建项目已向市政府提交立项请示', '立项'],
    ['城北污水处理厂扩建工程现已上报市生态环境局审批', '上报'],
    ['东河大桥新建项目已上报省交通运输厅', '上报'],
  ])('“%s”', (text, paper) => {
    const result = judged(text);
    expect(result.verdict).toBe('in-progress');
    expect(result.evidence).toBe(`“${text}”，只是“${paper}”，不是整项任务`);
  });

  it('创建一个称号，只报送了申报材料：只是手续', () => {
    expect(judged('创建省级生态文明示范县的申报材料已报送省生态环境厅').verdict).toBe('in-progress');
    expect(judged('成功创建省级生态文明示范县的申报材料已报送').verdict).not.toMatch(DONE);
  });

  it('目标只写时间，行名是建设项目：同样只是手续', () => {
    expect(judged('已报送市住建局', '年底前完成', '城南片区棚户区改造项目').verdict).toBe('in-progress');
  });

  it('用地预审、施工许可、审批手续是工程经过的步骤：推进中', () => {
    expect(judged('已完成用地预审', '建成县城环线公路').verdict).toBe('in-progress');
    expect(judged('施工许可已办结', '新建城东幼儿园').verdict).toBe('in-progress');
    expect(judged('物流园区项目报建手续已办结').verdict).toBe('in-progress');
    expect(judged('已通过用地预审').evidence).toContain('预审');
  });

  it('只说取得、申请、报批（不是完成的动词）：不会判已完成', () => {
    expect(judged('东河大桥新建项目初步方案已报批').verdict).not.toMatch(DONE);
    expect(judged('东河大桥新建项目已向省交通运输厅申请补助资金').verdict).not.toMatch(DONE);
    expect(judged('已取得施工许可证', '新建城东幼儿园').verdict).not.toMatch(DONE);
  });

  it('说工程本身已竣工，手续只是顺带：已完成', () => {
    expect(judged('城西排涝泵站改造工程已竣工并报送验收资料').verdict).toMatch(DONE);
  });

  it('主语不是工程（报表、材料）、任务就是手续：已完成', () => {
    expect(judged('年度统计报表已按时报送').verdict).toMatch(DONE);
    expect(judged('已报送', '按季度报送安全生产情况').verdict).toMatch(DONE);
    expect(judged('申报材料已提交', '申报省级示范项目', '省级示范项目申报').verdict).toMatch(DONE);
  });
});
