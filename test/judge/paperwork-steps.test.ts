import '../../src/node/traditional-chinese';
import { judgeWords, type Judgement } from '../../src/core/judge';

/**
 * QA (q5, fifth round) read every 已完成 the drafts of the 168 opened real tables claim from words: four were the
 * paperwork or ceremony a task starts with — a plan and budget drawn up for buying defibrillators, an R&D survey filled
 * in for an R&D spending target, a filing for new nurseries, a quarter's pairing ceremony. A done-verb on such a step
 * finishes the step, not the task, unless the task is that paperwork. Made-up texts in other words; each group keeps
 * texts that must stay 已完成.
 */
function judged(text: string, target: string, asOf = '2024-06-30'): Judgement {
  return judgeWords(text, { targetText: target, deadline: '2024-12-31', asOf, expectedProgress: Number(asOf.slice(5, 7)) / 12 });
}

const DONE = /^(?:completed|exceeded)$/u;

describe('做完的是开头的文书或仪式：不是整项任务完成', () => {
  it.each([
    ['已完成采购方案编制', '为各乡镇卫生院配备数字化X光机'],
    ['已完成建设方案，报县政府审定', '建成城乡供水一体化工程'],
    ['完成年度预算编制和项目入库', '新建农村公路50公里'],
    ['已完成新设养老机构备案工作', '新增养老机构3家'],
    ['完成高新技术企业统计填报', '高新技术企业增加值增长12%'],
    ['已举行项目开工仪式', '建成城区污水处理厂二期'],
    ['已完成签约仪式', '引进亿元以上项目5个'],
    ['召开了全县动员会，完成任务分解', '完成农村危房改造800户'],
    ['已完成第一季度結對儀式', '开展城乡学校结对帮扶'],
  ])('“%s”（目标 %s）：不是已完成', (text, target) => {
    expect(judged(text, target).verdict).not.toMatch(DONE);
  });

  it('判断依据写出做完的只是哪一步', () => {
    expect(judged('已完成新设养老机构备案工作', '新增养老机构3家').evidence).toContain('备案');
  });
});

describe('任务本身就是这份文书，或文书是完工后的收尾：仍是已完成', () => {
  it.each([
    ['已完成实施方案制定并印发', '制定乡村振兴实施方案'],
    ['综合楼已竣工验收，并完成竣工验收备案', '完成综合楼竣工验收'],
    ['统计年报已全部完成填报', '按时完成统计年报填报'],
    ['已完成企业备案120家', '企业备案120家'],
  ])('“%s”（目标 %s）：已完成', (text, target) => {
    expect(judged(text, target, '2024-12-31').verdict).toMatch(DONE);
  });
});
