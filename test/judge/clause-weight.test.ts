import { judgeWords, type Judgement } from '../../src/core/judge';
import { clauseSignals } from '../../src/core/judge/clause-signals';
import '../../src/node/traditional-chinese';
import { simplified } from '../../src/core/judge/traditional';

/**
 * How the clauses of one 完成情况 are weighed against each other (issue 19, third round): a clause speaks for the whole
 * task, for a thing in full, or for a part; words of remaining work, of lag and of negation outweigh every finished
 * clause; a finished clause on the whole task outweighs words of manner, trends and parts done only in part. Every
 * example is written for this file, none copied from a real-text set, and each rule has its counterpart.
 */
function judged(text: string, target: string | null = null, asOf = '2024-12-31', deadline: string | null = null): Judgement {
  return judgeWords(text, { targetText: target, deadline, asOf, expectedProgress: Number(asOf.slice(5, 7)) / 12 });
}

const DONE = /^(?:completed|exceeded)$/u;

describe('一句话说整项任务完成（年度目标任务、各项目标、所有事项）：它的分量压过旁边的过程话', () => {
  it.each([
    ['围绕“三个提升”，全力推进农村人居环境整治，圆满完成了年初确定的各项目标任务'],
    ['各村集体经济稳步增长，集体收入逐步提高，超额完成县下达的年度目标任务'],
    ['累计基本建成安置房2100套，提前超额完成年度安置房建设目标任务'],
    ['本年度受理的所有政协提案均已按时办理完毕并答复委员'],
  ])('“%s”：已完成', (text) => {
    expect(judged(text).verdict).toMatch(DONE);
  });

  it.each([
    ['圆满完成了年初确定的各项目标任务，其余两个村正在收尾'],
    ['超额完成年度目标任务，但仍有3户尚未搬迁入住'],
    ['基本完成年度目标任务'],
    ['完成上半年目标任务，全年任务正在推进'],
    ['完成年度目标任务的60%'],
    ['顺利完成年度目标任务，另有2个项目顺延至明年建设'],
    ['道路主线已全部完工，进一步推进竣工验收'],
    ['圆满完成年度目标任务，部分项目基本建成'],
  ])('“%s”：整句之外还有剩余的话、只说“基本”或一段时间、或只是一个份额：不是已完成', (text) => {
    expect(judged(text, null, '2024-06-30', '2024-12-31').verdict).not.toMatch(DONE);
  });
});

describe('全部、全面完成某件事：压过“逐步提升”之类的趋势话，但压不过“推进中”', () => {
  it('“全面完成就业帮扶、养老服务、道路保洁等12项便民服务项目，群众满意度逐步提高”：已完成', () => {
    expect(judged('全面完成就业帮扶、养老服务、道路保洁等12项便民服务项目，群众满意度逐步提高').verdict).toMatch(DONE);
  });

  it('“各乡镇均已制定实施方案，整体工作稳步推进中”：推进中', () => {
    expect(judged('各乡镇均已制定实施方案，整体工作稳步推进中', null, '2024-06-30', '2024-12-31').verdict).toBe('in-progress');
  });

  it('只有趋势话、没有完成的话（“服务水平持续提升”）：不是已完成', () => {
    expect(judged('服务水平持续提升', null, '2024-06-30', '2024-12-31').verdict).not.toMatch(DONE);
  });
});

describe('工作本身的比率到100%（整改率、办结率、到位率）就是它量的那件事做完了', () => {
  it.each([
    ['排查出消防隐患3250处，整改率100%'],
    ['受理群众诉求860件，已办结860件，办结率100%'],
    ['上级补助资金到位率和支付率均达100%'],
  ])('“%s”：已完成', (text) => {
    expect(judged(text).verdict).toMatch(DONE);
  });

  it.each([
    ['排查出消防隐患3250处，整改率97.2%'],
    ['排查出消防隐患3250处，按期整改率100%，总体整改率96%'],
    ['开工率100%'],
  ])('“%s”：还有没整改完的，或者量的只是开工：不是已完成', (text) => {
    expect(judged(text, null, '2024-06-30').verdict).not.toMatch(DONE);
  });

  it('比率不到100%，但同一段话明说整项年度任务超额完成（比率量的是多年的存量）：已完成', () => {
    expect(judged('累计清理历年违建1.2万平方米，清理率41%。已超额完成省下达的年度清理任务').verdict).toMatch(DONE);
  });

  it('一个比率100%不能让另一个不到100%的比率算完成', () => {
    expect(judged('信访件办结率100%，化解率85%', null, '2024-06-30').verdict).not.toMatch(DONE);
  });
});

describe('还没到期限（未到整改期限、尚未到期）不是没做，是还在做', () => {
  it('“已整改45处，其余5处未到整改期限”：推进中，不是滞后', () => {
    expect(judged('已整改45处，其余5处未到整改期限', null, '2024-06-30').verdict).toBe('in-progress');
  });

  it('“5处未整改”：仍是没做完', () => {
    expect(judged('5处未整改', null, '2024-06-30').verdict).toBe('behind');
  });

  it('“批而未供”“建而未用”这类名字里的“未”不是否定', () => {
    expect(clauseSignals('处置批而未供土地30公顷').negated).toBe(false);
    expect(clauseSignals('土地尚未供应').negated).toBe(true);
  });
});

describe('引号里的是名字，名字里的“推进”“完成”不是汇报', () => {
  it('“夯实“城乡统筹、整体推进”的工作格局，顺利完成全年各项目标任务”：已完成', () => {
    expect(judged('夯实“城乡统筹、整体推进”的工作格局，顺利完成全年各项目标任务').verdict).toMatch(DONE);
  });

  it('引号里说没做的话（群众反映“路灯还未安装”）照样读出', () => {
    expect(judged('道路已全部完工，群众反映“路灯还未安装”', null, '2024-06-30', '2024-12-31').verdict).not.toMatch(DONE);
  });

  it('引号外的“推进”照样是推进', () => {
    expect(clauseSignals('“美丽庭院”创建正在推进').ongoing).toBe(true);
  });
});

describe('增长与全省、全市的平均比：低于它是写成差距的滞后', () => {
  it('“全县规上工业增加值增长5.2%，低于全市平均1.3个百分点”：滞后', () => {
    expect(judged('全县规上工业增加值增长5.2%，低于全市平均1.3个百分点', null, '2024-06-30').verdict).toBe('behind');
  });

  it('高于全省：不是滞后', () => {
    expect(judged('全县规上工业增加值增长9.2%，高于全省1.1个百分点', null, '2024-06-30').verdict).not.toBe('behind');
  });

  it('水平（失业率）低于全省不算滞后：低可能是好', () => {
    expect(judged('城镇登记失业率2.9%，低于全省0.4个百分点', null, '2024-06-30').verdict).not.toBe('behind');
  });
});

describe('已+完成动词紧挨着的数是完成数，句子主语里有“目标”二字也一样', () => {
  it('“全县46个目标任务村中已完成20个”（目标46个，9月底）：低于序时，滞后', () => {
    expect(judged('全县46个目标任务村中已完成20个', '46个', '2024-09-30', '2024-12-31').verdict).toBe('behind');
  });

  it('“全县46个目标任务村中已完成46个”：已完成', () => {
    expect(judged('全县46个目标任务村中已完成46个', '46个', '2024-09-30', '2024-12-31').verdict).toMatch(DONE);
  });

  it('“力争目标完成60个”里的数仍是计划，不是完成数', () => {
    expect(judged('力争目标完成60个', '60个', '2024-09-30', '2024-12-31').verdict).not.toMatch(DONE);
  });
});

describe('几个数同一单位时，取目标所说的那项（目标“完成投资”，不取“到位资金”）', () => {
  it('“累计到位资金9.1亿元，完成投资6.2亿元”（目标 年计划完成投资10亿元，6月）：完成投资62%，达到序时', () => {
    const found = judged('累计到位资金9.1亿元，完成投资6.2亿元', '年计划完成投资10亿元', '2024-06-30', '2024-12-31');
    expect(found.verdict).toBe('on-track');
    expect(found.evidence).toContain('6.2亿元');
  });
});

describe('繁体字的镜像页面：正文、目标、名称都先读成简体，拼音注音去掉', () => {
  it('“順利完成年度目標任務”读作“顺利完成年度目标任务”', () => {
    expect(simplified('順(shùn)利完成年度目標(biāo)任務(wù)')).toBe('顺利完成年度目标任务');
    expect(judged('全縣順利完成年度目標任務').verdict).toMatch(DONE);
  });

  it('目标也是繁体时照样对得上（完成1.2萬戶，目标1.2萬戶）', () => {
    expect(judged('已完成改造1.2萬戶', '1.2萬戶', '2024-10-31', '2024-12-31').verdict).toMatch(DONE);
  });

  it('繁体的剩余话照样读出（其餘3個項目正在施工）', () => {
    expect(judged('已建成5個，其餘3個項目正在施工', '8個', '2024-10-31', '2024-12-31').verdict).not.toMatch(DONE);
  });
});

describe('一段工作总结（几句话）列了做过的事，没有目标可比：需人工确认，除非它说整项完成或还剩什么', () => {
  it.each([
    ['全年走访慰问困难群众1260户次，发放慰问金48.5万元。社区养老工作扎实开展，新增助餐点2个，服务老人3100人次。'],
    ['健全联席会议制度，明确各成员单位职责，建立问题台账。对照督查意见，逐项明确责任人和时限，定期通报。'],
  ])('“%s”：需人工确认', (text) => {
    expect(judged(text, null, '2024-06-30', '2024-12-31').verdict).toBe('unclear');
  });

  it.each([
    ['全年走访慰问困难群众1260户次，发放慰问金48.5万元。社区助餐点正在建设，其余2个点位计划9月底前投用。'],
    ['全年走访慰问困难群众1260户次，发放慰问金48.5万元。社区养老服务中心改造进展顺利。'],
  ])('“%s”：说了还在做或还剩什么，推进中', (text) => {
    expect(judged(text, null, '2024-06-30', '2024-12-31').verdict).toBe('in-progress');
  });

  it('总结里说了整项年度任务完成：已完成', () => {
    expect(judged('全年走访慰问困难群众1260户次，发放慰问金48.5万元。社区养老工作扎实开展，圆满完成年度目标任务。').verdict).toMatch(DONE);
  });

  it('有目标可比时不算总结：照数字判断', () => {
    expect(judged('全年走访慰问困难群众1260户次，发放慰问金48.5万元。新增助餐点2个，服务老人3100人次。', '新增助餐点4个', '2024-06-30', '2024-12-31').verdict).not.toBe('unclear');
  });
});

describe('整项任务先说、后说“已完成”，或“提案全部办结”：也是说整项任务', () => {
  it.each([
    ['目前，三年行动计划目标任务已全面完成，配套设施基本建成'],
    ['本年度交办的人大代表建议全部办结，所提问题已解决或列入计划逐步解决'],
  ])('“%s”：已完成', (text) => {
    expect(judged(text).verdict).toMatch(DONE);
  });

  it('“所有村均已完成摸排”，目标却是改厕：所有村完成的是别的事，不是已完成', () => {
    expect(judged('全县所有村均已完成摸排', '全县所有村完成改厕').verdict).not.toMatch(DONE);
  });

  it('“本年度交办的人大代表建议已办结40件”：只是一个数，不是全部', () => {
    expect(judged('本年度交办的人大代表建议已办结40件', '52件', '2024-06-30', '2024-12-31').verdict).not.toMatch(DONE);
  });
});

describe('说整项任务完成的一句，压过只量了一个步骤的数（主体完工几座、完成率几成）', () => {
  it('“改造危桥86座，主体工程已完工84座、完成率97.7%，高标准完成年度目标任务”：已完成', () => {
    expect(judged('改造危桥86座，主体工程已完工84座、完成率97.7%，高标准完成年度目标任务', '改造危桥86座').verdict).toMatch(DONE);
  });

  it('没有那一句时，同样的数照样不到目标', () => {
    expect(judged('改造危桥86座，主体工程已完工84座、完成率97.7%', '改造危桥86座').verdict).not.toMatch(DONE);
  });

  it('不到目标的数量的是整项（已完工84座），不是步骤：那一句压不过它', () => {
    expect(judged('已完工84座，完成年度目标任务', '改造危桥86座').verdict).not.toMatch(DONE);
  });
});

describe('“对推进缓慢的项目发出督办函”：滞后说的是被督办的对象，不是这项工作滞后', () => {
  it('不是滞后', () => {
    expect(judged('对进度滞后的3个项目发出督办函，限期整改', null, '2024-06-30', '2024-12-31').verdict).not.toBe('behind');
  });

  it('“项目推进缓慢”：滞后', () => {
    expect(judged('部分项目推进缓慢', null, '2024-06-30', '2024-12-31').verdict).toBe('behind');
  });
});

describe('行里没有目标和名称时，开头的纲目句（全力推进X、全面攻坚X）就是这段话汇报的任务', () => {
  it('“着力提升老旧小区品质，完成幸福里小区外墙出新，居民满意率达92%，群众反映良好”：完成的是一个小区，需人工确认', () => {
    expect(judged('着力提升老旧小区品质，完成幸福里小区外墙出新，居民满意率达92%，群众反映良好').verdict).toBe('unclear');
  });

  it('完成的正是纲目句说的事（全部完成压过“全力推进”这样的过程话）：已完成', () => {
    expect(judged('全力推进老旧小区改造，老旧小区改造已全部完成，居民满意率达92%').verdict).toMatch(DONE);
  });

  it('“完成年度目标任务”不加“顺利”“超额”也是说整项任务', () => {
    expect(judged('新增城镇就业2300人，登记失业率3.1%，完成年度目标任务').verdict).toMatch(DONE);
  });
});

describe('“总体就业率为96%”是一个水平，不是任务的完成份额', () => {
  it('没有目标时：不当作低于序时的完成率', () => {
    expect(judged('帮助困难人员就业120人，总体就业率为96%', null, '2024-12-31', '2024-12-31').verdict).not.toBe('behind');
  });

  it('“完成年度总计划的40%”仍是完成份额（6月底，序时50%）：滞后', () => {
    expect(judged('完成年度总计划的40%', null, '2024-06-30', '2024-12-31').verdict).toBe('behind');
  });
});

describe('分类计数里“不能解决的有3件”是其中一类，像“3件未解决”一样是剩下的，不是整项没做', () => {
  it('有已解决的分类在旁边：推进中', () => {
    expect(judged('已解决的有20件；因政策限制暂不能解决的有3件', null, '2024-06-30', '2024-12-31').verdict).toBe('in-progress');
  });
});

describe('计划某时完成的一部分，时间已过还差几个：那一部分逾期，整项滞后', () => {
  it('“计划5月底前开工的10个项目已开工7个，其余项目有序推进”（7月底）：滞后', () => {
    const found = judged('计划5月底前开工的10个项目已开工7个，其余项目有序推进', null, '2024-07-31', '2024-12-31');
    expect(found.verdict).toBe('behind');
    expect(found.evidence).toContain('尚差3个');
  });

  it('时间还没到（计划三季度完成的8个已完成5个，7月底）：不是滞后', () => {
    expect(judged('计划三季度完成的8个项目已完成5个', null, '2024-07-31', '2024-12-31').verdict).not.toBe('behind');
  });

  it('时间过了但都完成了（计划上半年建成的6个已建成6个）：不因这一句滞后', () => {
    expect(judged('计划上半年建成的6个项目已建成6个，其余正在施工', null, '2024-07-31', '2024-12-31').evidence).not.toContain('尚差');
  });
});

describe('说整项任务的话若是目标或预计（确保、力争、年底前、有望），不是完成', () => {
  it.each([
    ['各项工作有序推进，确保顺利完成年度目标任务'],
    ['年底前全面完成年度目标任务'],
    ['预计可超额完成全年任务'],
    ['所有问题力争年底前全部整改到位'],
    ['各项目标任务均已完成过半'],
    ['全县3个乡镇已完成年度目标任务'],
    ['上半年圆满完成各项目标任务'],
    ['按时完成季度目标任务'],
    ['所有项目均已完成投资的60%'],
  ])('“%s”：不是已完成', (text) => {
    expect(judged(text, null, '2024-09-30', '2024-12-31').verdict).not.toMatch(DONE);
  });
});

describe('比率100%只为它量的那件事作证', () => {
  it('一季度完成率100%、月度计划完成率100%：一段时间的，不是全年任务', () => {
    expect(judged('一季度完成率100%', null, '2024-03-31', '2024-12-31').verdict).not.toMatch(DONE);
    expect(judged('月度计划完成率100%', null, '2024-05-31', '2024-12-31').verdict).not.toMatch(DONE);
  });

  it('资金到位率和拨付率100%，任务却是建成投用：不是已完成', () => {
    expect(judged('项目资金到位率和拨付率均达100%', '年底前建成投用', '2024-06-30', '2024-12-31').verdict).not.toMatch(DONE);
  });
});

describe('几个乡镇、几个村“已完成”：没说是全部，就是其中一部分', () => {
  it('“全县3个乡镇已完成年度目标任务”：不是已完成', () => {
    expect(judged('全县3个乡镇已完成年度目标任务', null, '2024-09-30', '2024-12-31').verdict).not.toMatch(DONE);
  });

  it('“17个乡镇均已完成年度目标任务”：已完成', () => {
    expect(judged('17个乡镇均已完成年度目标任务').verdict).toMatch(DONE);
  });

  it('目标给了同一个数（12个村完成改厕，目标12个村）：照数字，已完成', () => {
    expect(judged('12个村已完成改厕', '12个村').verdict).toMatch(DONE);
  });
});

describe('目标有几个水平（办结率、满意率）：每一个都达到才算完成', () => {
  it('“办结率100%，群众满意率85%”（目标 办结率100%、满意率90%以上）：不是已完成', () => {
    expect(judged('办结率100%，群众满意率85%', '办结率100%、满意率90%以上').verdict).not.toMatch(DONE);
  });

  it('“办结率100%，群众满意率96%”：已完成', () => {
    expect(judged('办结率100%，群众满意率96%', '办结率100%、满意率90%以上').verdict).toMatch(DONE);
  });
});

describe('整改率100%也压不过“反弹”和目标里的第二件事（并通过验收）', () => {
  it('“整改率100%，部分问题出现反弹”：不是已完成', () => {
    expect(judged('整改率100%，部分问题出现反弹', null, '2024-10-31').verdict).not.toMatch(DONE);
  });

  it('“整改率100%”（目标 完成整改问题20个并通过验收）：没说验收，不是已完成', () => {
    expect(judged('整改率100%', '完成整改问题20个并通过验收', '2024-10-31', '2024-12-31').verdict).not.toMatch(DONE);
  });
});
