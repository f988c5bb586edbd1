import '../../src/node/traditional-chinese';
import { judgeWords, type Judgement } from '../../src/core/judge';

/**
 * Figures and the targets they are written with (issue 19, third round): the rules issue 19 states, each written here
 * in other words than the real texts, with its counterpart so that none can pass by never saying 已完成.
 */
function judged(text: string, target: string | null = null, asOf = '2024-12-31', deadline: string | null = '2024-12-31'): Judgement {
  return judgeWords(text, { targetText: target, deadline, asOf, expectedProgress: Number(asOf.slice(5, 7)) / 12 });
}

const DONE = /^(?:completed|exceeded)$/u;

describe('“X(任务数Y)”：数字后面括号里写着它的目标，按同一计量比较', () => {
  it.each([
    ['新引进规上企业12家(任务数10家)', null],
    ['招商引资到位资金8.6亿元（目标8亿元）', null],
    ['民间投资占比45.2%(任务数占比40%)', null],
    ['新增市场主体2150户(任务2000户)', '2000户'],
  ])('“%s”：已完成', (text, target) => {
    expect(judged(text, target).verdict).toMatch(DONE);
  });

  it('括号里的目标没有达到：年底是滞后，年中低于序时也是滞后', () => {
    expect(judged('新引进规上企业8家(任务数10家)').verdict).toBe('behind');
    expect(judged('新引进规上企业3家(任务数10家)', null, '2024-06-30').verdict).toBe('behind');
    expect(judged('新引进规上企业6家(任务数10家)', null, '2024-06-30').verdict).toBe('on-track');
  });
});

describe('完成值只有一个数，目标是“不低于/不少于”同一计量的数', () => {
  it.each([
    ['4800', '不低于4500元'],
    ['612', '不少于600人'],
    ['90', '≥90亩'],
    ['1.2', '1.2万元以上'],
  ])('完成值 %s，目标 %s：已完成', (text, target) => {
    expect(judged(text, target).verdict).toMatch(DONE);
  });

  it('低于底线（4200 under 不低于4500元）：不是已完成', () => {
    expect(judged('4200', '不低于4500元').verdict).not.toMatch(DONE);
  });
});

describe('“超额完成X%”：目标已超过，是已完成', () => {
  it.each(['全年新建村级养老服务站36个、日间照料中心12个，分别超额完成20%和9%', '改造农村公路412公里，超额完成3%'])('“%s”：已完成', (text) => {
    expect(judged(text).verdict).toMatch(DONE);
  });

  it('没写超额的比例、只写了数（完成120个）：没有目标就不判已完成', () => {
    expect(judged('全年新建村级养老服务站36个').verdict).not.toMatch(DONE);
  });
});

describe('话里写出的完成比例：中间可以夹着计划数，几个比例并列时按最低的算', () => {
  it('占总任务500亩的103.6% · 占年度目标(12亿元、3亿元)的108%、115%：已完成', () => {
    expect(judged('全县已完成退化林修复518亩，占总任务500亩的103.6%').verdict).toMatch(DONE);
    expect(judged('工业投资、技改投资分别占年度目标(12亿元、3亿元)的108%、115%').verdict).toMatch(DONE);
  });

  it('与去年同期相比的比例（是去年同期的130%）不是完成比例：不是已完成', () => {
    expect(judged('全年完成植树造林5200亩是去年同期的130%').verdict).not.toMatch(DONE);
  });

  it('并列的比例里有一个不到100%（的112%、96%）：不是已完成', () => {
    expect(judged('工业投资、技改投资分别占年度目标(12亿元、3亿元)的112%、96%').verdict).not.toMatch(DONE);
  });
});

describe('“建设任务X”是把任务重述一遍，不是完成数', () => {
  it('建设任务120户，完成入住96户（11月底）：按96户算，未到年底，推进中', () => {
    const judgement = judged('今年建设任务120户，完成并入住96户', '120户', '2024-11-30');
    expect(judgement.verdict).not.toMatch(DONE);
    expect(judgement.evidence).toMatch(/完成96户/u);
  });

  it('“完成任务120户”是完成数', () => {
    expect(judged('全年完成任务120户', '120户').verdict).toMatch(DONE);
  });
});

describe('占项目总投资的比例是整个项目的进度，不按今年的月份算', () => {
  it('累计完成投资占项目总投资的60%（6月底）：推进中，不是滞后', () => {
    expect(judged('项目自开工累计完成投资18亿元，占项目总投资30亿元的60%', null, '2024-06-30', null).verdict).toBe('in-progress');
  });

  it('占年度投资计划的30%（6月底，时限年底）：低于序时，滞后', () => {
    expect(judged('完成投资9亿元，占年度投资计划的30%', null, '2024-06-30').verdict).toBe('behind');
  });
});

describe('只报做了多少、没有可比的目标、也没说完成或在做：需人工确认（规则 ii）', () => {
  it.each([
    ['水库加固完成投资850万元,溢洪道开挖1200立方米', '某水库除险加固'],
    ['累计发放高龄津贴3400万元、发放人次12.6万人次', '每人每月100元'],
    ['农民人均可支配收入21350元,增幅6.8%,增幅全市第2', null],
  ])('“%s”：需人工确认', (text, target) => {
    expect(judged(text, target, '2024-06-30').verdict).toBe('unclear');
  });

  it('说了在做、已完成或有目标可比的：不是需人工确认', () => {
    expect(judged('完成投资850万元,溢洪道正在开挖', '某水库除险加固', '2024-06-30').verdict).toBe('in-progress');
    // 已完成 a count still reads as finished work; 已新增/已建设 a count with no target is an amount (kinds-frozen-3.test.ts).
    expect(judged('已完成停车泊位改造15个', null, '2024-06-30').verdict).toBe('in-progress');
    expect(judged('完成投资850万元', '年度计划投资1000万元', '2024-06-30').verdict).toBe('on-track');
    expect(judged('制定全县投资计划,按季度监测分析;1-5月投资完成39.9亿元,增幅31.08%', null, '2024-06-30').verdict).toBe('in-progress');
  });
});

describe('只列了采取的措施（没有数、没说完成、没说还在做）：需人工确认（规则 ii）', () => {
  it('成立专班、明确责任人、督促各股室落实：需人工确认', () => {
    expect(judged('收到反馈意见后,立即成立整改工作专班,明确分管领导牵头负责,督促各股室逐条对照落实', null, '2024-06-30', null).verdict).toBe('unclear');
  });

  it('措施后面说了在做或做完（正在逐条整改 · 已整改到位）：不是需人工确认', () => {
    expect(judged('立即成立整改工作专班,明确分管领导牵头负责,正在逐条整改', null, '2024-06-30', null).verdict).toBe('in-progress');
    expect(judged('立即成立整改工作专班,明确分管领导牵头负责,问题已整改到位', null, '2024-06-30', null).verdict).toMatch(DONE);
  });
});

describe('占“规划”的比例是整个规划期的进度，不按今年的月份算；占全年规划的比例照样按月份算', () => {
  it('占规划建设面积的30%（8月底，无时限）：推进中', () => {
    expect(judged('累计开工校舍面积12万平方米,占规划建设校舍总面积的30%', null, '2024-08-31', null).verdict).toBe('in-progress');
  });

  it('占全年规划作业面积的40%（8月底）：低于序时，滞后', () => {
    expect(judged('累计完成作业面积8万亩,占全年规划作业面积的40%', null, '2024-08-31', null).verdict).toBe('behind');
  });
});

describe('控制在目标以内（逆向指标）：年中是推进中，年底是已完成', () => {
  it('“控制在下达目标以内” 3月底：推进中（on-track）', () => {
    expect(judged('万元生产总值能耗控制在下达的目标以内', null, '2024-03-31').verdict).toBe('on-track');
  });

  it('“低于市控线0.5个百分点” 年底：已完成', () => {
    expect(judged('全年城镇登记失业率为3.1%,低于市控线0.5个百分点', null, '2024-12-31').verdict).toBe('completed');
  });

  it('没控制住（超过控制线）：不是已完成', () => {
    expect(judged('全年城镇登记失业率为4.1%,高于市控线0.5个百分点', null, '2024-12-31').verdict).not.toMatch(DONE);
  });
});

describe('镜像页面的繁体字和拼音注音照原样读', () => {
  it('“已(yǐ)開(kāi)工12所…共有3個項目未開工”与简体一样：推进中，不是滞后', () => {
    expect(judged('截至6月底,已(yǐ)開(kāi)工12所,共有3個項目未開工', null, '2024-06-30').verdict).toBe('in-progress');
    expect(judged('截至6月底,已开工12所,共有3个项目未开工', null, '2024-06-30').verdict).toBe('in-progress');
  });

  it('只说没开工（全部項目均未開工）：滞后', () => {
    expect(judged('全部項目均未開工', null, '2024-06-30').verdict).toBe('behind');
  });
});
