/**
 * What one clause of a 完成情况 says about whether the work is done. General rules of how the language
 * marks completion, not a list of phrases: a done-verb counts only with a completive marker (已, 全部, 顺利,
 * 于4月…, …到位/完毕); a negator before a verb undoes it unless the verb is an adverse event (未发生事故);
 * a number after the verb makes it an amount (完成签约3.1万人), which only a target can turn into done.
 */
export interface ClauseSignals {
  /** 未完成, 没有建成, 整改不到位, 尚有3起未结. */
  readonly negated: boolean;
  /** 滞后, 推迟, 缓慢, 未达预期: the staff say it lags. */
  readonly lagging: boolean;
  /** 正在, 推进中, 待审批, 其余, 收尾, 除…外, 仅剩, 计划, 力争: the work is still under way or still to come. */
  readonly ongoing: boolean;
  /** 基本完成, 完成大部分, 初步: done only in part. */
  readonly partial: boolean;
  /** 已印发, 全部完工, 于4月竣工, 整改到位, 超额完成. */
  readonly done: boolean;
  /** 无违纪, 未发生事故: a clean record, which is what 廉政 and 安全 targets ask for. */
  readonly cleanRecord: boolean;
  /** 6月下旬进场, 7月1日开工: an event set for a date, told without 已 or 了, is still to happen. */
  readonly scheduled: boolean;
  /** 已开工, 已启动: begun, so under way. */
  readonly started: boolean;
  /** A figure, 了, or a recurring rhythm (按月, 常态化): work that is being done, with no word on finishing. */
  readonly activity: boolean;
  /**
   * The clause finishes a step, a phase or a sub-set of a task, not the task: 已完成初步设计审查, 一期已建成,
   * 示范点已完成安装, 主体已完工. The step words it names are kept, so a task that IS the step (完成初步设计)
   * can still be done by it.
   */
  readonly partWords: readonly string[];
  /** The clause finishes a span shorter than the task's year: 上半年各月均按时完成, 完成一季度任务, 完成阶段目标任务. */
  readonly periodWords: readonly string[];
  /** 高于目标2.1个百分点, 超序时进度, 快于序时: ahead of pace, which is on track, not done. */
  readonly ahead: boolean;
  /**
   * Words that name work still to do, as opposed to work going on (推进, 持续, 按月): 正在施工, 其余, 剩余, 尚有,
   * 收尾, 待验收, 即将, 计划12月底前完成, 未完成3个. Figures that meet the target do not outweigh them.
   */
  readonly stillToDo: boolean;
  /** 3个未开工: a count of what is not done, which a breakdown beside it turns into remaining work. */
  readonly countedNotDone: boolean;
  /**
   * How much of the task a finished clause speaks for (its strength), read from its object and its adverb:
   * - 'whole': the task as a whole — the year's or the set target (顺利完成年度目标任务, 较好完成了各项预期目标, 超目标完成
   *   上级下达的年度处置任务), every item of it (所有建议均已办理完毕), or a rate of the work at 100% (整改率100%);
   * - 'full': a finish in full of what the clause names (全部完工, 全面完成…项目, 实现全覆盖), no step or span named;
   * - 'plain': any other finished clause (已建成); null when the clause is not finished.
   * A stronger clause outweighs weaker words of work going on elsewhere in the text (see words-verdict.ts).
   */
  readonly doneScope: 'whole' | 'full' | 'plain' | null;
  /**
   * 逐步提升 · 稳步推进 · 持续优化 · 不断完善: the clause only tells that an outcome keeps improving, how the work goes;
   * it names nothing still to do.
   */
  readonly trend: boolean;
  /**
   * 全力推进…, 持续深化…, 逐步缓解…: the only words of work going on are words of how it is pushed, which tell the manner
   * of the work, not a part of it still to do (结转, 明年, 另有, 待, 计划 are such a part).
   */
  readonly mannerOnly: boolean;
  /** 整改率98.4% · 办结率90%: a rate of the work itself below 100%, so some of the work is not done. */
  readonly rateShort: boolean;
  /** 整改率100% · 到位率和拨付率均达100%: every rate of the work the clause gives is at 100%. */
  readonly rateFull: boolean;
}

/** Verbs whose completion is the end of a task. */
export const DONE_VERB =
  '完成|完工|竣工|建成|办结|结束|结案|查清|查结|上线|投用|投运|投产|启用|开放|通车|交付|验收|批复|获批|批准|通过|印发|出台|发布|发放|拨付|兑现|到位|落实|达标|实现|召开|举办|举行|签订|认定|认证|销号|整改|上报|报送|报齐|提交|制定|建立|形成|解决|化解|颁证|开通|达到|发文|办复|答复';
const START_VERB = '开工|动工|启动|开展|实施|进场|开始';
/** Adverbs that say a thing was finished in full or on time. */
const COMPLETIVE = '全部|全面|圆满|顺利|超额|均已|已全部';
/** An adverb of finishing in full (全部, 全面, 圆满): compiled once, as clauseSignals reads every clause of every row. */
const COMPLETIVE_WORD = new RegExp(COMPLETIVE, 'u');
/**
 * Adverbs of manner and time (按时报送, 及时发放) say how a routine is done, not that a task is finished:
 * they make a clause done only before a verb of finishing (按时完成, 如期竣工).
 */
const ON_TIME = '按时|如期|提前|按期|足额|及时';
// 提前一个季度完成 · 提前半年完成: how early, then the verb of finishing (see completiveDone).
/**
 * 成功创建省级示范县 · 成功创成国家卫生县城 · 成功入选…名单: a title won, said with 成功 — a 创建 task ends when the title is
 * awarded, so the words say it was. (成功申报, 成功举办 are other verbs, read as they are.)
 */
// 成功创建…的申报材料: the title as what the materials are for, a modifier, not a title won.
const TITLE_WON = '成功(?:创建|创成|获评|入选|获批创建)(?![^，,。；;]{0,14}?的)';
const FINISH_VERB = '完成|完工|竣工|建成|办结|结束|到位';
/** Events a clean record is the absence of: 未发生, 未出现, 未收到(投诉). */
const ADVERSE_VERB = '发生|出现|产生|造成|收到|接到|受到|被|有';
const NEGATOR = '没有|没能|尚未|仍未|还未|暂未|均未|并未|从未|未能|无法|不能|未|没';

// An amount after the verb, in digits or in words (完成签约3.1万人 · 完成任务的三分之二 · 完成过半).
// A digit inside a name after Latin letters (PM2.5, G236, S210) counts nothing.
const NUMBER_AFTER = '(?:(?<![A-Za-z\\d.])\\d|[一二两三四五六七八九十百]+分之|一半|大半|过半|半数|[一二三四五六七八九]成)';
const perfectiveDone = new RegExp(`已(?:经)?[^\\d]{0,8}?(?:${DONE_VERB})(?![^，]{0,12}${NUMBER_AFTER})`, 'u');
const completiveDone = new RegExp(`(?:(?:${COMPLETIVE})[^\\d]{0,4}?(?:${DONE_VERB})|${TITLE_WON}|(?:${ON_TIME})[^\\d]{0,2}?(?:${FINISH_VERB})|提前[一二两三四五六七八九十半\\d]{1,3}个?(?:年|月|季度|天|周|旬)(?:${FINISH_VERB}))(?![^，]{0,12}${NUMBER_AFTER})`, 'u');
// 在2013年6月份实现了…: a date after 在 with the verb's 了 tells a thing that happened, as 于 does.
const datedDone = new RegExp(`于[\\d年月日底初中旬上下号]{2,12}[^\\d]{0,6}?(?:${DONE_VERB})|(?<![计划争力拟将要])在\\d{4}年(?:\\d{1,2}月份?)?(?:\\d{1,2}日)?[^\\d前内]{0,4}?(?:${DONE_VERB})了(?![^，]{0,12}${NUMBER_AFTER})`, 'u');
const resultDone = /(?:到位|完毕|已结束|已完成|投入使用|交付使用|投入运行|投入运营)$|^(?:已|已经)?(?:完成|办结|完工|竣工|落实|超额完成|已办|达标|合格|达到预期|实现预期|√|✓|✔|是)$/u;
/**
 * A clause that says, whole, that the target itself was reached (达到预期目标, 实现年度目标, 达成预期指标):
 * the words a 自评表 asks a unit to write for a met target. Anchored to the whole clause, so
 * 达到目标的60% stays an amount.
 */
const targetReached = /^(?:已|已经|均|均已|全部)?(?:达成|达到|实现|完成)了?(?:预期|年度|既定|全年|计划|设定|绩效)?(?:工作|考核|任务)?的?(?:目标|指标|要求|效果|标准)(?:任务)?值?$/u;
/**
 * 达到预算法和财政部要求的提前下达比例 · 符合省定标准 · 满足规范要求: the whole clause says a required level or
 * standard was met — what an 整改 item or a 自评表 writes for a met requirement. It must name whose requirement
 * or which standard: a bare 符合要求 says too little to sign.
 */
const requirementMet = /^(?:已|已经|均|均已|全部)?(?:达到|符合|满足)了?[^，,。；;\d]{2,16}?(?:要求|规定|标准)(?:的[\u4e00-\u9fff]{0,8})?$/u;
/**
 * 实现全覆盖 · 实现了全县行政村全覆盖: coverage of all is a whole result, whether or not 已 is written — unless the
 * clause sets it as an aim (年底前实现全覆盖, 确保实现全覆盖).
 */
// 实现了动态清零 · 实现零就业家庭动态清零: none left of what the task clears, as whole as coverage of all.
const wholeCoverage = /(?:(?:实现|达到|做到)了?[^，,。；;]{0,14}?|已经?|均已)(?:全覆盖|全面覆盖|应保尽保|应纳尽纳|清零)$/u;
const AIM = /前|将|要|拟|(?<![节功效性动技产职智体])能|(?<![许认])可|有望|目标[是为]|确保|力争|争取|计划|预计|努力|年底|年内|月底|季度末|待|需|应(?:于|当|在|该)|未|没/u;
/**
 * 整改完成 · 项目建设完成 · 改造完工 · 公交线路开通 · 热线启用: the verb of finishing (or of opening for use) after what it
 * finished, the clause's last word — done,
 * as plainly as 已完成, unless the clause sets it as an aim (年底前完成, 确保完成) or counts it (3个完成).
 */
/** 近期开通 · 尽快投用 · 试开通: soon, as soon as may be, or on trial — not yet opened for good. */
const SOON = /(?:近期|尽快|早日|试)(?:完成|完工|竣工|建成|办结|开通|通车|投用|投运|启用)$/u;
const trailingDone = /^[\u4e00-\u9fff“”"]{2,14}?(?:完成|完工|竣工|建成|办结|开通|通车|投用|投运|启用)$/u;
/**
 * 江南水厂正式运行 · 东院开诊运行 · 新馆开业运营 · 博物馆等建成投用: a thing said to have begun its working life, the clause's
 * last words — in use, as 投入使用 is. Not 试运行 (on trial), 平稳运行 (how it runs), nor an aim (计划6月正式运行, 年底前正式运行).
 */
const inOperation = /(?:正式|开诊|开业|开馆|建成|竣工|完工)(?:运行|运营|投运|投用|投产|开放|通车)$/u;
/** 完成X as the clause's first word, X not a figure: a plain statement of a finished task. */
// 完成率, 完成情况, 完成进度 are nouns that name a measure, not a statement that it was finished.
const leadingDone = new RegExp(`^(?:已|已经|共|均)?(?:完成|建成|办结|完工|竣工)(?!率|值|数|量|额|情况|进度|比例|时限|时间|期限|质量|效果|目标|计划)(?![^，]{0,12}${NUMBER_AFTER})`, 'u');
/**
 * 建成长三角绿色农产品生产加工供应基地3个: a bare done-verb that opens its clause and counts what it finished, however
 * long the name between them, reports an amount like 完成认证10个 — one result, which only a target can make the
 * whole task. A date (完成2023年度任务, 于6月) is no amount.
 */
const countedAfterLeadingVerb = /^(?:完成|建成|办结|完工|竣工)[^，\d]*?\d+(?:\.\d+)?\s*(?:万|亿)?(?![\d.年月日号时])[\u4e00-\u9fff]/u;
// 县城电网改造工程开工建设: a report that ends a clause on the start of works says they started (a plan or a
// date would say 计划, 将于, 6月; 未开工 is negated).
// 启动53条道路提升改造: a report that opens a clause on starting the works says they were started, as 开工 at its end does.
// 开复工10项 · 复工11项 · 开复工率100%: every project counted as started (or resumed), which is work begun, not finished.
const started = new RegExp(`已(?:经)?[^\\d]{0,4}?(?:${START_VERB})|(?:开工|动工)(?:建设)?$|^(?:启动|开工|动工)(?!率|仪式)|^(?:开复工|复工)\\d|(?:开工|开复工|复工)率(?:为|达|达到|是)?\\s*100(?:\\.0+)?\\s*%`, 'u');
// 未到整改期限 · 尚未到期: not yet due, which is no failure; 批而未供土地: a kind of land named by what befell it (而未).
const negated = new RegExp(`(?<!而)(?:${NEGATOR})(?!(?:${ADVERSE_VERB})|到[^，]{0,4}?(?:期限|时限|期|节点)|来|曾|断|同|少|低于|高于|超过|多于|良|利|足|仅|成年)[\\u4e00-\\u9fff]|不(?:到位|达标|能|够|及|符合|合格|理想)|未结|无(?:进展|实质)`, 'u');
/**
 * What a clean record is clean of: breaches, complaints, petitions, accidents. 无 before anything else is a
 * lack (无资金来源, 无进展), which is no success.
 */
const ADVERSE_NOUN = '违|投诉|越级|上访|信访|重访|集体访|事故|案件|差错|失误|泄密|舆情|纠纷|伤亡|火灾|疫情|污染|欠薪|拖欠|漏报|瞒报|迟报';
// 无重大传染病疫情发生: the kind of breach may take a few words (重大传染病, 较大以上生产安全) before its noun.
const cleanRecord = new RegExp(`(?:未|没有|从未|无)(?:${ADVERSE_VERB})|无(?!法)[\\u4e00-\\u9fff]{0,8}?(?:${ADVERSE_NOUN})`, 'u');
/**
 * The staff say it lags: 滞后, 缓慢, a measure of progress judged low (完成率偏低, 进展不快, 进度不够), a gap
 * (还有较大差距), and a shortfall written out against the target or the calendar
 * (低于目标0.9个百分点, 低于序时进度, 塌目标, 欠序时, 慢于序时), and work not done by its date (未按期开工两项, 未如期竣工,
 * 逾期未整改), which is overdue even when it is counted beside what was done. 低于 alone is no lag: 失业率低于4.5% meets a limit.
 */
const lagging = /(?:完成率|执行率|完成|进度|进展|推进)[^，]{0,4}?(?:偏低|较低|不高|不快|不够|不足|不理想|不明显)|(?:较大|明显|很大)差距|差距(?:较|很|仍)?大|未能?(?:按期|按时|如期|按计划|按节点|按序时进度?|在(?:规定|要求)?(?:时限|期限)内)|逾期未|超期未|滞后|推迟|延期|延误|缓慢|停滞|搁置|暂停|暂缓|停工|未达预期|进度偏慢|偏慢|较慢|进度慢|差距较大|低于(?:预期)?(?:目标|预期|计划|序时|时序|时间进度|进度)|(?:开工|开复工|复工|竣工|完工|建成|到位|拨付|执行|支出|兑现|发放|办结|整改|完成)(?:率|任务)(?:仍|尚|均)?不足\s*\d|零开工|零进展|塌目标|(?<![不])(?:仅|只|才|尚只)(?:完成|达到|实现)了?(?:年度|全年|计划|目标|任务)?[^，\d]{0,6}?(?:\d|[1-9]\d)(?:\.\d+)?\s*%|欠(?:序时|进度)|慢于(?:序时|时序|时间|进度)|落后于(?:序时|时序|进度|计划)/u;
/** A lag word inside the object of an action (对进度滞后的3个项目约谈 · 针对推进缓慢的问题): it picks out what was acted on. */
const LAG_AS_OBJECT = /^(?:对|针对)[^，,。；;]{0,10}?(?:滞后|缓慢|较慢|偏慢|推迟|延期)[^，,。；;]{0,4}?的[^，,。；;]{2,30}?(?:发出|下发|约谈|督办|通报|挂牌|督导|督查|实行|开展|进行|实施|召开)/u;

/** Ahead of the target or the calendar, said in words: on track, never done by itself. */
// 时间过半、任务过半: the set phrase of a report at mid-year that the work keeps pace with the calendar.
const ahead = /高于(?:目标|预期|计划|序时|时序|时间进度)|超(?:过)?(?:序时|时序|时间)进度|快于(?:序时|时序|时间)|超序时|时间过半[、，,]?任务过半/u;
/**
 * Steps, phases and sub-sets of a task: what a project passes through (初步设计, 招标, 用地预审, 施工许可, 主体, 预验收, 施工筹备), what a
 * document passes through before it is issued (初稿, 草案, 征求意见稿, 送审稿), the milestones it is scheduled by
 * (节点目标, 形象进度), and the parts a task is done in (一期, 示范点, 其中, 多数项目, 主要任务, 核心区), said with a
 * quantifier of some (有些, 一些, 有的, 个别, 少数: 有些项目超额完成了任务). A building's 基础 (foundation: 基础已验收) is
 * one stage of the works, not 基础设施; so are a bridge's members and its temporary works (栈桥, 便桥, 主墩, 承台, 箱梁, 主塔, 围堰). The paperwork and ceremonies a task starts with (方案制定, 预算编制, 备案, 填报,
 * 启动仪式, 动员会) are steps too, and so are a works' 土建 (before its fitting-out), its 设计 and its 采购, one numbered 标段 of a road
 * and one numbered building (1号楼) of several, unless the task is that paperwork (namedByTask); a 竣工验收备案 is the filing
 * that closes finished works, not a step before them. A done-verb on one of them
 * finishes that part only.
 */
const PART_WORDS =
  /初步设计|施工图|初稿|草案|征求意见稿|送审稿|讨论稿|路基|基坑|垫层|底板|管沟|可研|可行性研究|立项|招标|选址|勘察|勘探|测绘|前期|征地|拆迁|场地平整|土地平整|三通一平|地基|基础工程|基础施工|桩基|孔桩|抗滑桩|(?:钢)?栈桥|便桥|便道|主墩|桥墩|墩柱|承台|盖梁|箱梁|主塔|索塔|围堰|拱肋|土方|回填|场平|开挖|浇筑|砌筑|粉刷|装修|主体|框架|封顶|图审|环评|预审|(?:施工|规划|用地)许可|基础(?=(?:已经?|均已|现已)|(?:部分)?(?:验收|完工|施工|浇筑))|(?:用地|土地|审批|报批|报建|前期)手续|预验收|初验|交工验收|筹备|节点(?:目标|任务|计划|工期)|形象进度|一期|首期|第一期|二期|第[一二三]阶段|[一二三]阶段|示范点|试点|首批|第一批|第[二三四五六七八九十\d]{1,2}批(?!次)|(?<![A-Za-z])[A-H]区(?=已|均|$|[，,。；;])|(?<![统第首同唯])一大?批(?![复准次])|其中|部分|(?:绝)?大多数|多数|有些|一些|有的|个别|少数(?!民族)|主要(?:任务|指标|工作|内容|建设内容|工程|目标)|重点(?:任务|工作|指标|目标)|核心区|(?:实施|工作|建设|项目)?方案(?=的?(?:制定|编制|起草|设计|初稿)|[、，,。；;]|$)|预算编制|(?<!验收|竣工)备案|土建(?:工程|施工|部分)?|(?<![按依照原据])(?:方案|工程|建筑|规划)?设计(?=(?:工作)?(?:已|均已|现已|完成|$|[、，,。；;]))|(?:设备|物资|材料)?采购|(?<![各全所有个])(?:第?[一二三四五六七八九十\d]{1,3}|[A-Z])号?标段|[\dA-Z一二三四五六七八九十]{1,3}(?:号|#)(?:楼|教学楼|住宅楼|厂房|车间|线|机组|栋|地块)|填报|(?:启动|签约|结对|揭牌|开工)?仪式|动员会|启动会/gu;
/**
 * The share of a span shorter than a year that a done clause finished: 上半年各月, 一季度任务, 1-6月目标,
 * 阶段目标任务, 序时进度. A span that names the work itself (上半年考核, 上半年已全部完工) is not a share: the
 * span must be followed by the span's portion (各月, 任务, 目标, 计划; 工作 after a span of time, not after 阶段, which may name a step). 1-12月 is the whole year. The same spans said another
 * way are spans too: 半年, 半年度, 年中, 前5个月, Q1, 现阶段工作, 序时任务, 时序进度, 时间进度.
 */
const SPAN = String.raw`(?:月度|本季度|当季度|(?<![一二三四前])季度(?=的?(?:目标|任务|计划|指标))|上半年|春季|夏季|秋季|冬季|汛前|一季度|二季度|三季度|前三季度|[1一]\s*[-—－–~～至]\s*(?:[1-9]|1[01]|[二三四五六七八九]|十一?)\s*月份?|\d{1,2}月份?|本月|当月|阶段性?|(?<![上下全前])半年度?|(?<![全今当本明去上])年中|(?<!提)前(?:\d{1,2}|[一二三四五六七八九十两]{1,2})个?月|Q[1-4])`;
// 上半年超额完成: 超额 says a target was beaten, and the span names whose — the span's own.
const PERIOD_WORDS = new RegExp(`${SPAN}的?(?:各月|各季度?|[\\u4e00-\\u9fff]{0,4}?(?:任务|目标|计划|指标))|(?:上半年|[一二三]季度|前三季度|(?<![上下全前])半年度?|年中|(?:现|当前|目前)阶段)的?工作|${SPAN}(?:均|已|已经)?超额|序时进度|序时目标|(?<!按照?)(?:时序(?:进度|目标|任务|节点)|序时(?:任务|节点)|时间进度)`, 'gu');
/** 上半年顺利完成各项目标任务: a span opening a clause that finishes a target finishes the span's target. */
const SPAN_LEAD = new RegExp(`^(${SPAN})[^，,。；;\\d]{0,8}?(?:完成|实现|达到)[^，,。；;\\d]{0,10}?(?:任务|目标|计划|指标)`, 'u');

/**
 * 确保按期完成 · 将如期建成 · 可按时完工 · 能够完成: a modal before the verb of finishing makes it a promise or a
 * forecast of finishing, not a finish (节能, 功能 are nouns, not modals).
 */
const MODAL_FINISH = String.raw`(?:确保|保证|力保|可以|可望|能够|(?<![节功效性动技产职智体])能|(?<![许认])可|将|会)(?:按时|如期|提前|按期|顺利|全面|圆满|全部|年底|年内)?(?:前)?(?:完成|完工|竣工|建成|办结|投用|投运|通车|交付|实现)`;
/** 接近完成 · 临近完工 · 竣工在即: a finish near, so not yet. */
const NEAR_FINISH = `(?:接近|临近|将近|快要|就要|行将)(?:${FINISH_VERB}|尾声|收官)|(?:${FINISH_VERB})在即|进入(?:尾声|收尾)`;
/**
 * Work left said the plain way (3个在建 · 配套道路在建 · 剩下3个 · 余下3个年底完工 · 3个项目施工当中 · 装修在做): 在建 as what a
 * thing is doing (not 在建项目, a name of a set, nor 原在建的), 剩下/余下 as 剩余, an act 当中 as …中, 在 before an act that ends the
 * clause as 正在; and so is work still to come said without 正在 or 将于 (下步, 接下来, 后续将, 近期将组织验收, 尚需审计, 需通过验收,
 * 只差验收, 遗留问题2个, 2户拒绝改造, 差不多).
 */
const LEFT_PLAIN = String.raw`(?<![原已所存])在建(?![^，,。；;\d]{0,6}?(?:项目|工程)|的|制|设)|下步|接下来|(?:后续|近期|随后|下阶段)(?:将|要|还将|再)|(?<![即])将(?=[^，,。；;\d]{0,2}?(?:开展|组织|进行|启动|实施|申请|验收|完善|办理|移交))|(?:尚|还|仍|仍然)需要?|需要?(?=通过|进行|完善|办理|验收|审计|结算|开展|补充)|(?:只|就|仅)差|遗留(?=[\u4e00-\u9fff]{0,4}\d)|\d+(?:个|户|家|人|项|处|座|名)[^，,。；;\d]{0,6}?(?:拒绝|不愿|放弃|不同意|不配合)|差不多|剩下|余下|(?:施工|建设|推进|实施|进行|办理|改造|整改)当中$|(?<![正还仍尚都均现存实所])在(?:做|干|施工|建设|实施|改造|办理|进行)中?$`;
const ongoing = new RegExp(
  String.raw`${NEAR_FINISH}|${LEFT_PLAIN}|(?:都|均)在(?=加紧|加快|抓紧|施工|建设|推进|进行|开展|实施|办理)|(?:总体|整体|工程量?|进度|建设|形象进度)过半|正在|正(?=[进加抓积组开推有稳着处按办编筹])|(?:还|仍|尚|依然|依旧)在(?=[\u4e00-\u9fff])|需(?:要)?(?:长期|持续|继续)|长期(?:坚持|持续|推进)|${MODAL_FINISH}|明年|下余|(?<![其集之当高初空从心意])中$|推进|持续|陆续|逐步|继续(?!保持)|进一步|下一步|下半年|下一阶段|其余|剩余|尚有|还有|另外|收尾|扫尾|尾工|结转|顺延|除[^，]{1,12}外|仅剩|还剩|尚剩|尚余|仅余|只剩|还差|尚差|仍差|具备[^，]{0,8}条件|达到[^，]{0,6}条件|(?<![接招优期对])待(?!遇)|等待|即将|准备|反弹|回潮|复发|计划(?=[于在将年月下明今本\d一二三四五六七八九十开完启])|预计|力争|争取|有望|拟|将于|将在|安排在|处于|阶段$|试点|试运行`,
  'u',
);
// 计划投产项目 · 计划开工的项目: 计划 naming a set of projects by their plan is a name, not a plan still to carry out.
const stillToDo = new RegExp(
  `${NEAR_FINISH}|${LEFT_PLAIN}|正在|正(?=[进加抓积组开推有稳着处按办编筹])|(?:还|仍|尚|依然|依旧)在(?=[\\u4e00-\\u9fff])|需(?:要)?(?:长期|持续|继续)|长期(?:坚持|持续|推进)|${MODAL_FINISH}|其余|剩余|下余|尚有|仍有|下一步|下阶段|下一阶段|继续(?!保持)|持续推进|收尾|扫尾|尾工|除[^，]{1,12}外|仅剩|还剩|尚剩|尚余|仅余|只剩|还差|尚差|仍差|(?<![接招优期对])待(?!遇)|即将|未到[^，]{0,4}?(?:期限|时限|期|节点)|反弹|回潮|复发|(?:计划(?![\\u4e00-\\u9fff]{1,4}?的?(?:项目|工程|企业))|预计|力争|争取|确保|拟|将于|将在)[^，]{0,12}?(?:${FINISH_VERB}|投用|投运|投产|通车|交付|验收)`,
  'u',
);
const scheduled = new RegExp(
  `(?:\\d{1,2}|[一二三四五六七八九十]{1,2})月(?:[上中下]旬|底|初|末|\\d{1,2}日)?(?:前|起)?(?:将|可|要|拟|再)?(?:进场|${START_VERB}|${DONE_VERB}|组织|举行|进行)`,
  'u',
);
const perfective = /已|了|过|完毕|结束/u;
/**
 * 超额完成40所的年度目标任务 · 已完成589万人的搬迁建设任务: the figure after the verb is the target's own, so
 * the clause says the whole target was met, not an amount of it.
 */
const targetAmountDone = /(?:超额|提前|已|全面|圆满|顺利)[^，\d]{0,4}?完成了?[^，]{0,10}?\d[^，]{0,10}?的(?:年度|全年|既定)?(?:[\u4e00-\u9fff]{0,4})?(?:目标)?任务$|^(?:全年|年度|今年|当年)(?:已|共|累计)?完成了?\d+(?:\.\d+)?(?:万|亿)?[\u4e00-\u9fff]{1,3}?(?:建设|投资|改造|年度|全年)?(?:目标)?任务$/u;
// 全年完成8000亿元建设任务: the year's task, named by its amount, finished — the whole amount, not a share of it.
/** 超额完成20% · 分别超额完成19%、14%和12%: the target beaten by a share of itself, so met (issue 19). */
const exceededBy = /超额完成了?\s*\d+(?:\.\d+)?\s*%/u;
/**
 * 未完成整改218件 · 未开工3个 · 未完工项目共191座: a negated verb that counts what remains is remaining work
 * (其余, 剩余), not a refusal; so is 未完成但达到序时进度 (on pace, not finished), and so is a few left over
 * (仍有少部分问题未得到有效整改, 尚有个别农户未搬迁): the rest is done, these are still to do.
 */
const COUNTED = '(?:\\d+(?:\\.\\d+)?(?:万|亿)?(?:个|项|件|座|户|处|条|所|家|人|名|套|元|公里|亩)|[一二两三四五六七八九十]+[个项件座户])';
const remaining = new RegExp(`(?:${NEGATOR})(?!达)[\\u4e00-\\u9fff]{1,8}?${COUNTED}|(?:${NEGATOR})[\\u4e00-\\u9fff]{1,14}?的(?:有|共|为)${COUNTED}|未完成但[^，]{0,4}?(?:达到|符合|按)序时|但[^，]{0,6}?正常推进|(?:仍有|尚有|还有|另有|仍存在)(?:少部分|少数|个别|部分|一些|极少数|少量)[^，]{0,10}?(?:${NEGATOR})`, 'u');
/**
 * The same count written before its verb (3个未开工 · 1项尚未完成 · 32个项目未开工): in a breakdown beside what was done or begun
 * (开工2个，3个未开工) it counts what remains; alone (2公里未启动) it is the whole task not done. Which of the two
 * only the other clauses can tell, so the clause only marks it.
 */
const countBeforeNegation = new RegExp(`${COUNTED}(?:[\\u4e00-\\u9fff]{1,4}?)?(?:仍|尚|还|暂)?(?:${NEGATOR})(?!达)[\\u4e00-\\u9fff]{1,4}$`, 'u');
const partial = new RegExp(`(?:基本|大部分|部分|初步|大体|阶段性)(?:${DONE_VERB})|(?:完成|建成)了?(?:大部分|部分|一部分|初步(?!设计))`, 'u');
/** A clause that opens on an action verb (召开专题会议研究, 落实个人重大事项申报制度) reports work being done. */
const leadingAction = new RegExp(`^(?:${DONE_VERB}|${START_VERB}|组织|推动|督促|指导)`, 'u');
/**
 * 按时报送统计报表 · 及时受理 · 定期开展: an adverb of routine before a verb that is not one of finishing is a
 * routine kept up, work being done (按时完成 is done: see completiveDone). The staff's own word that the work goes well
 * (完成情况较好, 进展顺利, 推进有序) is work going on too: it says how it goes, not that it is finished.
 */
const activity = /(?:完成|进展|推进|进度)(?:情况)?(?:总体)?(?:较好|良好|顺利|较快|正常|平稳|有序)|(?<![第\d.])\d+(?:\.\d+)?\s*(?:万|亿)?(?![月日年号时])[\u4e00-\u9fff%]|了|按月|每月|按季|每季|定期|常态化|长期|经常|(?:开展|进行|实施|运转|运行)$|(?:按时|及时|按期|如期)(?!完成|完工|竣工|建成|办结|结束|到位)[\u4e00-\u9fff]/u;

/**
 * The clause's object is the task itself: the year's, the set, the whole target (年度目标任务, 全年任务, 年初确定的各项目标
 * 任务, 各项预期目标, 上级下达的年度处置任务) — the clause must end on it, so 完成年度目标任务的60% stays an amount.
 */
// 市下达任务 · 省政府确定的目标 · 市定任务: the task as the level above set it is the task itself, as 上级下达 is (not 城市定期…).
const SET_BY_LEVEL_ABOVE = String.raw`(?<![城都社园景地小片辖校])(?:省|市|州|县|区|上级)(?:级|里|政府|委)?(?:下达|确定|核定|定(?!期))的?`;
const WHOLE_OBJECT = new RegExp(`(?:年度|全年|年初确定的?|既定|各项|${SET_BY_LEVEL_ABOVE}|预期)[^，,。；;\\d%]{0,14}?(?:目标任务|目标|任务|指标)(?:数)?$`, 'u');
/** A finishing verb with a word of manner that says it was finished well or beyond (较好完成了, 超目标完成, 提前超额完成). */
const WHOLE_FINISH = /(?:顺利|圆满|全面|超额|提前|较好地?|很好地?|出色地?|高质量|高标准|超目标|已经?|均已?|全部)[^，,。；;\d]{0,6}?(?:完成|实现|达到|达成)了?/u;
/** The task named first, then finished (年度目标任务已全面完成, “十四五”规划目标任务已提前完成). */
const WHOLE_OBJECT_FIRST = /(?:年度|全年|规划|计划|既定|各项|预期)[^，,。；;\d%]{0,8}?(?:目标任务|目标|任务)(?:均|都)?(?:已经?|均已)(?:全面|提前|顺利|圆满|超额)?(?:完成|实现)$/u;
/** Every item of the task (所有建议均已办理完毕, 各类事项全部办结): all, then the verb of finishing or answering. */
// …均在法定时限内办理并答复代表: every item handled and answered within its time limit.
const EVERY_ITEM = /均(?:已)?在(?:法定|规定|要求)?的?(?:时限|期限|时间)内(?:办理|办结)?(?:并|和)?(?:答复|办复|办结|办理完毕)|(?:所有|全部|各项|各类)[^，,。；;\d]{0,12}?(?:均|都|全部)(?:已|已经)?[^，,。；;\d]{0,10}?(?:完毕|办结|完成|办复|答复|销号|整改到位)|^[^，,。；;\d]{2,14}?(?:全部|均已|已全部)(?:办结|办复|答复完毕|办理完毕|销号|整改到位)$/u;
/**
 * The work a rate of the work itself measures (整改 in 整改率98.4%), less 完成, which every target says: one list for
 * WORK_RATE_VALUE here and words-verdict's RATE_WORK.
 */
export const RATE_WORK_WORDS = '整改|办结|到位|拨付|兑现|发放|结案|销号|落实|处置|执行|答复|办复|回复|化解|验收';
/** Rates of the work itself, which at 100% finish what they measure: 整改率100%, 资金到位率和拨付率均达100%. */
const WORK_RATE_VALUE = new RegExp(`(?:${RATE_WORK_WORDS}|完成)率(?:和[\\u4e00-\\u9fff]{1,6}率)?(?:均|全部)?(?:为|达|达到|是)?\\s*(\\d+(?:\\.\\d+)?)\\s*%`, 'gu');
/**
 * Rates of starting or finishing works (开工率97%, 竣工率80%): under 100% some of the works are not started or not
 * finished, work remaining like 整改率98%. At 100% they say only that all started (开工), not that the task is done, so
 * they never make a clause done.
 */
const START_RATE_VALUE = /(?:开工|开复工|复工|竣工|完工|建成)率(?:为|达|达到|是)?\s*(\d+(?:\.\d+)?)\s*%/gu;
const RATE_OF_SPAN = new RegExp(`${SPAN}|序时|当期|时序|月度|季度|本周|当周|[上中下]旬`, 'u');
/** Rates of money or means put in place (资金到位率, 拨付率): they finish the funding, not a thing to be built. */
export const MEANS_RATE = /(?:到位|拨付|兑现|发放|执行|支付|支出)率/u;

/** An outcome that keeps improving (逐步提升, 稳步推进, 持续优化): how the work goes, nothing still to do. */
const TREND = /(?:逐步|稳步|持续|不断|进一步|日益|明显|有效|显著)(?:提升|提高|改善|优化|增强|加强|好转|缓解|完善|推进|向好|巩固|扩大|规范|健全)[^，,。；;\d]{0,8}$/u;
/** Words of how work is pushed: 全力推进, 稳步推进, 持续, 逐步, 进一步, 陆续. */
const MANNER = /推进|持续|逐步|进一步|陆续/gu;
const PUSHED_FINISH = new RegExp(`(?:推进|持续|逐步|进一步|陆续)[^，,。；;]{0,6}?(?:${FINISH_VERB}|验收|投用|投运|投产|交付|审批|报批|开工|通车|搬迁|入住)`, 'u');
/** Names and slogans in quotation marks (“党建引领、政府推进”): their words are a name, not a report. */
const QUOTED_NAME = /“[^”]{1,30}”|"[^"]{1,30}"/gu;

/** The clause says, in words, that the whole task is done: its object is the task itself, or every item of it. */
function namesWholeTask(clause: string): boolean {
  // 各项目标任务均已完成过半 · 所有项目均已完成60%: an amount after the verb makes it a share, not the whole.
  if (WHOLE_AIM.test(clause) || AMOUNT_AFTER_FINISH.test(clause)) return false;
  // 3个乡镇已完成年度目标任务: a count of the units that finished is a part of them, not the whole.
  if (COUNT_BEFORE_FINISH.test(clause.replace(/\d{4}\s*年(?:度)?/gu, ''))) return false;
  return ((WHOLE_FINISH.test(clause) || PLAIN_FINISH.test(clause)) && WHOLE_OBJECT.test(clause)) || WHOLE_OBJECT_FIRST.test(clause) || EVERY_ITEM.test(clause);
}

const COUNT_BEFORE_FINISH = /\d[^，,。；;]*?(?:完成|完毕|办结|实现|达到|整改到位|办复|答复|销号)/u;
const AMOUNT_AFTER_FINISH = new RegExp(`(?:完成|完毕|办结|实现|达到|整改)了?[^，,。；;]{0,12}?${NUMBER_AFTER}`, 'u');

/** 确保顺利完成年度目标任务 · 年底前全面完成 · 有望超额完成: the whole task set as an aim or a forecast, not reported done. */
const WHOLE_AIM = /将|要|拟|有望|确保|力争|争取|计划(?=[于在将年月下明今本\d一二三四五六七八九十开完启])|预计|努力|(?<!提)前|年底|年内|月底|待|需|应(?:于|当|在|该)|能够|可以|可望|(?<![许认])可(?!持续)|(?<![节功效性动技产职智体])能/u;

/** 完成年度目标任务 · 实现了全年目标: the verb of finishing opening the clause, no adverb needed. */
const PLAIN_FINISH = /^(?:已|已经|均|均已|全部)?(?:完成|实现|达到|达成)了?(?!\d)/u;

function scopeOf(clause: string, done: boolean, partWords: readonly string[], periodWords: readonly string[], ratesFull: boolean, namesWhole: boolean): ClauseSignals['doneScope'] {
  if (ratesFull) return 'whole';
  if (!done) return null;
  if (partWords.length > 0 || periodWords.length > 0) return 'plain';
  if (namesWhole) return 'whole';
  return COMPLETIVE_WORD.test(clause) || wholeCoverage.test(clause) ? 'full' : 'plain';
}

export function clauseSignals(written: string): ClauseSignals {
  // The name keeps its length, so the distance rules (an amount within 12 characters of its verb) read the same.
  // Quoted words that deny or defer (群众反映“路灯还未安装”) are a report, not a name, and are read.
  const clause = written.replace(QUOTED_NAME, (name) => (/未|没|不|尚|仍|待|正在/u.test(name) ? name : `“${'〇'.repeat(Math.max(0, name.length - 2))}”`));
  const rates = [...clause.matchAll(WORK_RATE_VALUE)].map((match) => Number(match[1]));
  // 一季度完成率100% · 序时完成率100%: a rate of a span shorter than the task's is that span's, not the task's.
  const ratesFull = rates.length > 0 && rates.every((rate) => rate >= 100) && !RATE_OF_SPAN.test(clause);
  const signals = readClause(clause);
  const namesWhole = namesWholeTask(clause);
  const wholeDone = !signals.negated && !signals.partial && namesWhole;
  const done = signals.done || ratesFull || (wholeDone && signals.periodWords.length === 0 && signals.partWords.length === 0);
  return {
    ...signals,
    done,
    doneScope: scopeOf(clause, done, signals.partWords, signals.periodWords, ratesFull && !signals.negated, namesWhole),
    // 稳步推进中: 中 says the work itself is still going, not an outcome improving.
    trend: TREND.test(clause) && !/中$/u.test(clause) && !signals.stillToDo && !PUSHED_FINISH.test(clause),
    rateShort: rates.some((rate) => rate < 100) || [...clause.matchAll(START_RATE_VALUE)].some((match) => Number(match[1]) < 100),
    rateFull: ratesFull,
    // 进一步推进验收 · 陆续投用: pushing an act of finishing names that act as still to come, no manner.
    mannerOnly: signals.ongoing && !signals.stillToDo && !ongoing.test(clause.replace(MANNER, '')) && !PUSHED_FINISH.test(clause),
  };
}

/**
 * Effort or measures toward the task (已积极采取措施整改 · 已采取有力措施 · 积极推进整改 · 已着手整改): they tell what was
 * done to get the task done, not that it is. A finish needs a word of the result (整改到位, 已整改完成, 已销号, 已完工).
 */
const EFFORT = /采取[^，,。；;]{0,8}?(?:措施|办法|举措|行动)|积极(?:推进|推动|落实|整改|协调|争取|对接|开展|应对|筹措|采取)|着手|落实[^，,。；;]{0,4}?整改措施/u;
const RESULT_WORD = /到位|完毕|完成|完工|竣工|建成|办结|结案|销号|解决|化解|投用|投运|通车|交付|全覆盖/u;

/**
 * An act on a step of a project told without 已 (完成设计招标, 实现主体结构封顶, 基本确定选址, 取得初审意见, 原则同意): the step was
 * taken, so work on the project is under way — a report, never the works finished.
 */
const STEP_ACT = /取得|获得|完成|实现|确定|核准|通过|下拨|获批|批复/u;
// 列入全国中型水库建设总体安排 · 被列入《流域规划》 · 列入省重点项目库: the project put on a plan or a list, a step toward it.
const APPROVAL_RECEIVED = /(?:取得|获得|通过)[^，,。；;]{0,16}?(?:批复|意见|审批|审查|许可|批准|同意)|原则同意|(?<!未|没有|尚未)列入[^，,。；;]{0,20}?(?:规划|计划|安排|名录|名单|项目库|储备库|盘子)/u;

/**
 * 均未检测到不合格样品 · 未发现超标问题 · 没有查出违规行为: an inspection that found nothing wrong — neither the work undone
 * nor a clean record of the task (what was inspected may be a part of it), so only the rest of the words decide.
 */
/**
 * 关闭、拆除不合格企业23家 · 未达标城市PM2.5浓度下降23.1%: a negative word that names a set (不合格企业, 未达标城市) which the
 * clause acts on (关闭, 取缔, 整治) or measures (浓度下降) is a name, not a denial of the work. Only with such an act in the clause.
 */
const NEGATIVE_SET_NAME = /(?:不合格|不达标|未达标|不符合[^，,。；;]{0,6}?要求|不规范|未批先建|未验先投)的?(?=[^，,。；;]{0,10}?(?:企业|城市|地区|地级|区县|产品|小区|断面|水体|项目|车辆|设备|场所|点位|作坊|矿|厂|堆场|码头|窑))/gu;
const NEGATIVE_SET_ACTED_ON = /(?:不合格|不达标|未达标|不符合[^，,。；;]{0,6}?要求|不规范|未批先建|未验先投)[^，,。；;]{0,20}?(?:企业|城市|地区|地级|区县|产品|小区|断面|水体|项目|车辆|设备|场所|点位|作坊|矿|厂|堆场|码头|窑)|(?:关闭|拆除|取缔|整治|淘汰|关停|清理|处置|查处|依法|清退)[^，,。；;]{0,10}?(?:不合格|不达标|未达标|不规范)/u;
const ACT_ON_SET = /关闭|拆除|取缔|整治|淘汰|关停|清理|处置|查处|清退|整改|下降|降低|减少|改造/u;
const CLEAN_FINDING = /(?:未|没有|均未|并未)(?:检测到|检出|发现|查出|查到)[^，,。；;]{0,6}?(?:不合格|超标|问题|违规|违法|违纪|隐患)/u;

/**
 * 基本建成任务 · 基本建成目标 · 年度基本建成…任务3557套: 基本建成 named as the task's own measure (as housing programmes count
 * 基本建成 apart from 新开工 and 竣工), not a finish in part. Only where the words name it as a task or target.
 */
export const BASIC_AS_MEASURE = /基本(?=建成[^，,。；;\d]{0,12}?(?:任务|目标|指标))/u;

function readClause(clause: string): Omit<ClauseSignals, 'doneScope' | 'trend' | 'rateShort' | 'rateFull' | 'mannerOnly'> {
  const isPartial = partial.test(clause.replace(BASIC_AS_MEASURE, ''));
  const effortOnly = EFFORT.test(clause) && !RESULT_WORD.test(clause.replace(EFFORT, ''));
  const isClean = cleanRecord.test(clause);
  const isRemaining = remaining.test(clause) && !/^(?:未|没有|尚未)完成$/u.test(clause);
  const isNegated = negated.test(NEGATIVE_SET_ACTED_ON.test(clause) && ACT_ON_SET.test(clause) ? clause.replace(NEGATIVE_SET_NAME, '') : clause) && !isRemaining && !CLEAN_FINDING.test(clause);
  const partWords = [...clause.matchAll(PART_WORDS)].map((match) => match[0]);
  const stepTaken = !isNegated && ((partWords.length > 0 && STEP_ACT.test(clause)) || APPROVAL_RECEIVED.test(clause));
  return {
    negated: isNegated,
    // 对推进缓慢的项目发出督办函: the lag names the projects an action was taken on, not the state of the task.
    lagging: lagging.test(clause) && !LAG_AS_OBJECT.test(clause),
    ongoing: ongoing.test(clause) || isRemaining,
    stillToDo: stillToDo.test(clause) || isRemaining,
    partial: isPartial,
    done: !isNegated && !effortOnly && !isPartial && (exceededBy.test(clause) || targetAmountDone.test(clause) || perfectiveDone.test(clause) || completiveDone.test(clause) || datedDone.test(clause) || resultDone.test(clause) || (trailingDone.test(clause) && !AIM.test(clause) && !SOON.test(clause)) || (inOperation.test(clause) && !AIM.test(clause)) || (wholeCoverage.test(clause) && !AIM.test(clause)) || (leadingDone.test(clause) && !countedAfterLeadingVerb.test(clause)) || targetReached.test(clause) || requirementMet.test(clause)),
    cleanRecord: isClean,
    scheduled: scheduled.test(clause) && !perfective.test(clause) && !/于/u.test(clause),
    started: started.test(clause),
    activity: activity.test(clause) || leadingAction.test(clause) || effortOnly || stepTaken,
    partWords,
    periodWords: [...[...clause.matchAll(PERIOD_WORDS)].map((match) => match[0]), ...(SPAN_LEAD.exec(clause)?.slice(1, 2) ?? [])],
    ahead: ahead.test(clause),
    countedNotDone: isNegated && countBeforeNegation.test(clause),
  };
}
