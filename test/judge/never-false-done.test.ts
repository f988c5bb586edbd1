import { judgeWords, type Judgement } from '../../src/core/judge';

/**
 * Three ways a text looked done to the judge when it was not (issue 19's third round). Each rule is general;
 * the examples are written for this file in other words than the real texts that showed the fault, and each
 * rule has its counterpart so it cannot pass by never saying 已完成.
 */
function judged(text: string, target: string | null = null, asOf = '2024-06-30', deadline: string | null = null): Judgement {
  return judgeWords(text, { targetText: target, deadline, asOf, expectedProgress: Number(asOf.slice(5, 7)) / 12 });
}

const DONE = /^(?:completed|exceeded)$/u;

describe('总额与“每人每月”之类的标准不是同一个量，不能相比', () => {
  it.each([
    ['高龄津贴累计发放2300万元，惠及老人4.1万人次', '每人每月100元'],
    ['已发放农村低保金3.6亿元', '每人每年4200元'],
    ['全年兑付护林员工资1260万元', '1万元/人'],
    ['已发放生态补偿资金900万元', '每亩补助15元'],
    ['城乡居民医保财政补助共拨付8.2亿元', '人均补助610元'],
  ])('“%s”（目标 %s）：不是已完成', (text, target) => {
    expect(judged(text, target).verdict).not.toMatch(DONE);
  });

  it('同样是每人每月的标准（每人每月已提高到110元 · 标准已达120元/月），仍可相比', () => {
    expect(judged('发放标准已提高到每人每月110元', '每人每月100元').verdict).toMatch(DONE);
    expect(judged('城市低保标准已达620元/月', '600元/月').verdict).toMatch(DONE);
    expect(judged('累计发放2300万元', '2000万元', '2024-12-31').verdict).toMatch(DONE);
  });
});

describe('话里写明占计划（目标、任务、预算）的比例不到100%，无论数字怎么算都不是已完成', () => {
  it.each([
    ['1-10月完成水利投资8.9亿元（含中央资金2.1亿元），为年度计划8.6亿元的96.5%', '8.6亿元', '2024-10-31'],
    ['完成植树造林5200亩，占年度目标任务5000亩的92%', '5000亩', '2024-09-30'],
    ['全年完成农村公路建设126公里，完成年计划120公里的97%', '120公里', '2024-12-31'],
    ['实现税收收入3.2亿元，占年初预算3.1亿元的94%', '3.1亿元', '2024-11-30'],
  ])('“%s”（目标 %s）：不判已完成', (text, target, asOf) => {
    const judgement = judged(text, target, asOf);
    expect(judgement.verdict).not.toMatch(DONE);
    expect(judgement.evidence).toMatch(/%/u);
  });

  it('写明的比例到了100%以上（为年度计划的103%），照样是已完成', () => {
    expect(judged('1-12月完成水利投资8.9亿元，为年度计划的103%', '8.6亿元', '2024-12-31').verdict).toMatch(DONE);
    expect(judged('完成植树造林5200亩，占年度目标任务的104%', '5000亩', '2024-12-31').verdict).toMatch(DONE);
  });
});

describe('没有目标时，句首的完成动词后面跟着一个数，是做了多少，不是整项完成', () => {
  it.each([
    '完成绿色食品认证12个，建成省级现代农业示范园区4个',
    '建成城乡一体化污水处理设施示范站点3座',
    '完成高标准农田建设验收2.1万亩，新建机耕路16公里',
  ])('“%s”：不是已完成', (text) => {
    expect(judged(text, null, '2024-10-31', '2024-12-31').verdict).not.toMatch(DONE);
  });

  it('动词后面远处只有年份或日期（完成…工程2024年度任务）不算数量', () => {
    expect(judged('完成城区中小学校食堂改造提升工程2024年度任务').verdict).toMatch(DONE);
    expect(judged('建成县域医共体远程心电诊断中心6月底投入使用').verdict).toMatch(DONE);
    expect(judged('完成县级文化馆总分馆建设').verdict).toMatch(DONE);
  });
});
