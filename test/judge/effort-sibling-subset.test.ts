import { judgeWords, type Judgement } from '../../src/core/judge';

/**
 * Three kinds of false 已完成 (issue 19), each written here in other wordings than the real texts that showed them,
 * each with its counterpart that IS the task done, so no rule passes by never saying 已完成:
 * - effort or measures toward the task (已积极采取措施整改) are not the task done;
 * - one part finished while a sibling part has only taken a step (A已完工，B已开工建设) leaves work on the whole;
 * - after a bare 其中 the finish told is a sub-set's (其中，…均已开工), not the whole's.
 */
function judged(text: string, target: string | null = null, asOf = '2024-10-31'): Judgement {
  return judgeWords(text, { targetText: target, deadline: null, asOf, expectedProgress: Number(asOf.slice(5, 7)) / 12 });
}

const DONE = /^(?:completed|exceeded)$/u;

describe('采取措施、积极推进不是任务完成：整改完成要说问题已整改到位', () => {
  it.each([
    '反馈的12个问题均已采取措施进行整改',
    '已采取有力措施整改',
    '涉及我县的8个问题已积极推进整改',
    '对巡察指出的问题已着手整改',
    '正在落实整改措施',
    '各责任单位已落实整改措施',
  ])('“%s”：不是已完成', (text) => {
    expect(judged(text).verdict).not.toMatch(DONE);
  });

  it.each([
    '反馈的12个问题已全部整改到位',
    '已整改完成',
    '8个问题已采取措施整改完毕',
    '问题均已销号',
  ])('“%s”：已完成', (text) => {
    expect(judged(text).verdict).toMatch(DONE);
  });
});

describe('一部分完工、另一部分只是开工或启动：整项未完成', () => {
  it.each([
    '城东小学已竣工，城西小学已开工建设',
    '截至9月底，1号泵站已建成，2号泵站已进场施工',
    '北区污水管网已完工；南区污水管网已启动招标',
    '一号楼已交付使用，二号楼已动工',
  ])('“%s”：推进中', (text) => {
    const result = judged(text);
    expect(result.verdict).not.toMatch(DONE);
    expect(result.verdict).toBe('in-progress');
  });

  it.each([
    '该项目已于3月开工，已于9月竣工',
    '项目3月开工建设，现已建成投用',
    '城东小学已竣工',
  ])('同一件事先开工后完工，或只说完工：“%s” 已完成', (text) => {
    expect(judged(text).verdict).toMatch(DONE);
  });
});

describe('单独的“其中”之后说的完成，是其中一部分的完成', () => {
  it.each([
    '全年计划实施20个项目，已有15个开工。其中，列入省重点的5个项目均已开工',
    '今年共有9条道路改造，截至9月底已完工6条。其中：主城区道路均已完工',
  ])('“%s”：不是已完成', (text) => {
    expect(judged(text).verdict).not.toMatch(DONE);
  });

  it('“其中”之后又说整项任务完成：已完成', () => {
    expect(judged('累计处置土地120公顷，其中，处置闲置土地40公顷，已全面完成上级下达的年度处置任务').verdict).toMatch(DONE);
  });
});
