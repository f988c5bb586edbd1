import { overreach } from './done-overreach';
import { clauseSignals, type ClauseSignals } from './clause-signals';
import { withDigitCounts } from './chinese-numerals';
import { clausesOf, sameWords } from './clauses';
import { dueDateIn, hasEnded, hasPassed, plannedDateIn, targetDueDateIn } from './due-date';
import { amount, percent, quoted } from './evidence';
import { figuresIn, growthIn, NOT_OUTPUT, levelIn, levelTargetIn, matchedFigures, rateBesideCount, scaleOf, shareOfPlanBelowWhole, statedPaceShare, statedShare, workShareIn, workShareTargetIn, withoutThousandsSeparators } from './text-figures';
import type { Judgement, Verdict, VerdictBasis } from './verdict';
import { simplified } from './traditional';
import { ownNameInEnumeration, ownPartyInTally, ownShareInList } from './own-line';
import { isProgrammeTarget, namesAThing } from './whole-task';
import { partNamedIn, readWords, unitsCounted, withoutProblemNamed, type WordsReading } from './words-verdict';

/** The first clause, when it is a programme heading (全力推进X, 全面攻坚X) and more clauses follow to report on it. */
function programmeHeading(text: string): string | null {
  const clauses = clausesOf(text);
  const first = clauses[0];
  if (first === undefined || clauses.length < 3 || /\d/u.test(first) || clauseSignals(first).done) return null;
  return isProgrammeTarget(first) ? first : null;
}

/**
 * A part of the task the staff scheduled by a date (计划上半年建成的6个项目已完工4个 · 计划5月底前开工的10个已开工7个),
 * counted short once that date has passed: that part is overdue, so the task is behind, whatever the rest of it is doing.
 */
const SCHEDULED_PART = /计划([^，,。；;\d]{1,8}?|\d{1,2}月[底末]?)(?:前|以前|之前)?(?:完成|建成|开工|竣工|完工|投用|投运)(?:建设)?的(\d+)(个|项|座|所|处|条|家|户)[^，,。；;\d]{0,8}?(?:已经?)?(?:提前)?(?:完成|建成|开工|竣工|完工|投用|投运)(?:建设)?了?(\d+)(个|项|座|所|处|条|家|户)/u;

function overduePart(clauses: readonly string[], year: number | null, asOf: string | null): { readonly clause: string; readonly date: string; readonly short: number } | null {
  if (year === null || asOf === null) return null;
  for (const clause of clauses) {
    const match = SCHEDULED_PART.exec(clause);
    if (match?.[1] === undefined || match[3] !== match[5]) continue;
    const [planned, done] = [Number(match[2]), Number(match[4])];
    const date = dueDateIn(match[1], year);
    if (date !== null && date < asOf && done < planned) return { clause, date, short: planned - done };
  }
  return null;
}

/** What a judgement of words needs besides the words. */
export interface WordsContext {
  /** The row's 目标任务 as written (上半年开展8场), if any. */
  readonly targetText?: string | null;
  /** 完成时限, YYYY-MM-DD. */
  readonly deadline?: string | null;
  /** The report date, YYYY-MM-DD. */
  readonly asOf: string | null;
  /** 序时进度 as a fraction (0.5 at mid-year); null when unknown. */
  readonly expectedProgress: number | null;
  /**
   * The row's own name (指标名称, 项目名称), when the table gives one apart from the target: a done clause that
   * names the row's thing (城南幼儿园已建成 on the row 城南幼儿园建设, target 年底前建成投用) speaks of the task.
   */
  readonly taskName?: string | null;
}

function judgement(verdict: Verdict, basis: VerdictBasis, evidence: string): Judgement {
  return { verdict, basis, evidence };
}

function yearOf(asOf: string | null): number | null {
  return asOf === null ? null : Number(asOf.slice(0, 4));
}

/**
 * The year a text gives its own task (2017年项目未竣工1项, 2019年度任务尚有3项): a year's task is due by that year's
 * end, so one named for a year before the report's is overdue while work on it remains.
 */
const TASK_OF_YEAR = /^(\d{4})\s*年度?的?(?:项目|任务|计划|目标|工程|民生实事)/u;

/** Only as the subject a clause opens on: 较2023年目标增加 or 同比2023年项目数 compares, it names no task. */
function earlierYearTask(text: string, year: number | null): string | null {
  if (year === null) return null;
  for (const clause of clausesOf(text)) {
    const named = TASK_OF_YEAR.exec(clause);
    if (named?.[1] !== undefined && Number(named[1]) < year) return named[0];
  }
  return null;
}

/** Words that compare with another year (较2023年, 比上年, 同比, 去年同期): they date no work. */
const YEAR_COMPARED = /(?:较|比|同比|与|和|超过|高于|低于)(?:\d{4}\s*年度?|去年|上年|前年)(?:同期)?(?:相比)?|(?:去年|上年)同期/gu;
/** Several years in one figure: 三年累计, 近三年, 2022—2024年, 自2021年以来, 历年. */
const SEVERAL_YEARS_DONE = /\d{4}\s*年?\s*[—\-－–~～至到]\s*\d{4}\s*年|(?:近|前|这|过去)[两二三四五六七八九十\d]{1,2}年|[两二三四五六七八九十\d]{1,2}年(?:来|以来|累计|共|合计)|以来|历年|累计至今/u;

/** A finish the clause dates in a year (去年已完成, 2022年已完成改造100户, 于2022年10月建成). */
const YEAR_OF_FINISH = /(去年|上年|前年|往年|\d{4}\s*年)(?:\d{1,2}月(?:\d{1,2}日)?)?(?:底|末|内|初)?(?:已经?|就已?|均已|即已)?(?:全部|全面|顺利|基本)?(?:完成|建成|完工|竣工|办结|实现)/u;
/** A task the clause names by its year (上年度任务, 2023年度目标): another year's only against a task whose year is known. */
const YEAR_OF_TASK = /(上年度?|去年|前年|\d{4}\s*年度?)的?(?:任务|目标|项目|工程|计划)/u;

/**
 * The other year or years a clause's finished work or result belongs to (去年已完成, 2022年已完成改造100户, 三年累计完成
 * 1200户, 上年度任务 under a 2024 target): it answers this year's task only when the target names that span too. A year
 * that only names what was worked on (2024年度水库工程…通过验收, reported in 2025) says nothing against a task whose
 * year neither the target nor the deadline gives. null when the clause speaks of the task's own year.
 */
function otherYearsOf(clause: string, context: WordsContext, year: number | null): string | null {
  if (year === null) return null;
  const target = context.targetText ?? '';
  const statedYear = context.deadline ? Number(context.deadline.slice(0, 4)) : Number(/(\d{4})\s*年/u.exec(target)?.[1] ?? NaN);
  const taskYear = Number.isFinite(statedYear) ? statedYear : year;
  const own = clause.replace(YEAR_COMPARED, '');
  // The row's own name may give the span as its target would (区政协七届一次会议以来提交的145件提案办复): the task is that span's.
  const spanNamed = (words: string): boolean => SEVERAL_YEARS.test(words) || SEVERAL_YEARS_DONE.test(words) || /累计|总/u.test(words);
  if (SEVERAL_YEARS_DONE.test(own)) return spanNamed(target) || spanNamed(context.taskName ?? '') ? null : '几年的累计';
  // …a year the row's own name gives (2022、2023年农村危房改造任务) is the task's year as much as the target's.
  const earlier = (words: string | undefined): boolean => words !== undefined && !target.includes(words) && !(context.taskName ?? '').includes(words) && (/\d{4}/u.test(words) ? Number(/\d{4}/u.exec(words)?.[0]) < taskYear : true);
  const finish = YEAR_OF_FINISH.exec(own)?.[1];
  if (earlier(finish)) return finish ?? null;
  const task = Number.isFinite(statedYear) ? YEAR_OF_TASK.exec(own)?.[1] : undefined;
  return earlier(task) ? (task ?? null) : null;
}

/** Done by now? The target's own date (上半年, 6月底前) or the deadline, whichever comes first. */
function targetHasCome(context: WordsContext, year: number | null, text = ''): boolean {
  if (hasPassed(context.deadline, context.asOf)) return true;
  if (earlierYearTask(text, year) !== null) return true;
  const targetDate = year !== null && context.targetText ? targetDueDateIn(context.targetText, year) : null;
  return hasEnded(targetDate, context.asOf);
}

/** The date the work was due by, for the 判断依据: the deadline, else the target's own date. */
function dueWords(context: WordsContext, year: number | null, text = ''): string {
  if (hasPassed(context.deadline, context.asOf) && context.deadline) return `完成时限${context.deadline}已过`;
  const earlier = earlierYearTask(text, year);
  if (earlier !== null) return `“${earlier}”的年度已过`;
  const targetDate = year !== null && context.targetText ? targetDueDateIn(context.targetText, year) : null;
  return targetDate !== null ? `目标时限${targetDate}已到` : '时限已到';
}

/**
 * Words that tell only what was done (去年减税降费超过2.3万亿元, 新建改建农村公路29万公里), with no word of work
 * remaining, of a step, or of a start: after the deadline they may report the task met or short of it, and with
 * no target figure to hold them against nobody can say which. 滞后 would claim more than the staff wrote.
 */
function reportsOnlyWhatWasDone(clauses: readonly string[], shortOf: string | null): boolean {
  if (shortOf !== null) return false;
  return clauses.every((clause) => {
    const s = clauseSignals(clause);
    // 销号率83.3%: a rate of the work under 100% says in figures that part of it is not done.
    return !s.ongoing && !s.partial && !s.scheduled && !s.ahead && !s.started && !s.negated && !s.lagging && !s.rateShort;
  });
}

/**
 * 层层落实防控责任，开展排查，无一起疫情发生 with no target, before the year is over: a paragraph of measures taken that ends on
 * a clean record so far. The record is what the measures have kept off until the report date, not the year's task done,
 * and with no target nobody can say what the task is. A clean record that is the whole answer (无违纪, 上半年未发生较大以上
 * 生产安全事故) or that answers a target (目标 无重大动物疫情) still decides. The clean clause, or null.
 */
function recordBesideMeasures(clauses: readonly string[], decisive: string | null, context: WordsContext, year: number | null): string | null {
  if (decisive === null || context.targetText != null || year === null || context.asOf === null) return null;
  const yearOver = context.asOf >= `${year}-12-31` || hasPassed(context.deadline, context.asOf);
  const s = clauseSignals(decisive);
  if (yearOver || !s.cleanRecord || s.done) return null;
  const others = clauses.filter((clause) => clause !== decisive);
  const measuresOnly = others.every((clause) => { const o = clauseSignals(clause); return !o.done && !o.cleanRecord && !o.negated && !o.lagging && !o.partial; });
  return others.length > 0 && measuresOnly ? decisive : null;
}

/** A forecast of the whole year's amount (预计全年完成投资2.5万亿元), the only clause that says more than the measures taken. */
const YEAR_FORECAST = /预计(?:今年|全年|本年|年内)[^，,。；;]*?\d/u;

function yearForecastOnly(clauses: readonly string[]): string | null {
  const forecast = clauses.find((clause) => YEAR_FORECAST.test(clause));
  if (forecast === undefined) return null;
  return clauses.every((clause) => clause === forecast || saysNothingOfState(clauseSignals(clause))) ? forecast : null;
}

/** A clause that says nothing finished, going on, begun, planned, ahead, behind or denied, and no clean record. */
function saysNothingOfState(s: ClauseSignals): boolean {
  return !s.done && !s.ongoing && !s.stillToDo && !s.partial && !s.scheduled && !s.ahead && !s.started && !s.negated && !s.lagging && !s.cleanRecord;
}

/** An amount with its measure word (完成投资600万元, 掘进950米, 清理整治了5.98万个): not a date, an age or a rank. */
const AMOUNT = /(?<![第\d.])\d+(?:\.\d+)?\s*(?:万|亿)?(?:多|余)?(?![\d.月日年号时岁])[\u4e00-\u9fff]/u;

/**
 * Words that only count what was done (完成投资600万元，上道坑掘进950米 · 累计发放金额1.87亿元), every clause an
 * amount, with no word that the task is done, under way, begun, planned or behind: with no target in the same measure
 * to hold the amounts against, nobody can tell from them how far the task is (issue 19: a figure with no target, or in
 * another measure than the target's, is 需人工确认).
 */
/** A project's size (总投资5.8亿元, 计划总投资75亿元): it names the project, it is no amount of work done. */
const PROJECT_SIZE = /(?:计划)?总投资(?:约|达|为)?\d+(?:\.\d+)?\s*(?:万|亿)?元/gu;

function onlyAmounts(written: readonly string[]): boolean {
  // A clause beside the amounts may name what they are of (规模以下河湖, 此外) or the work they came from (督促地方进行
  // 了清理整治), so long as it too says nothing finished, going on or behind.
  const clauses = written.map((clause) => clause.replace(PROJECT_SIZE, ''));
  return clauses.some((clause) => AMOUNT.test(clause)) && clauses.every((clause) => {
    const s = clauseSignals(clause);
    // 已完成1005个 · 已新增15个 · 建成266万套 say what was finished; 完成认证10个 opening its clause lists a result: words
    // of completion, which a person may read against the task. 均达序时进度, 常态化, 加快, 进展顺利, 反响良好 say how the
    // work goes. Only bare amounts are left to no one.
    const countedOnly = COUNTED_RESULT.test(clause) && !/完成/u.test(clause);
    if (!countedOnly && (/已|建成|竣工|完工|办结|入住/u.test(clause) || LEADING_RESULT.test(clause))) return false;
    if (/序时|常态化|定期|按月|每月|按季|加快|顺利|良好|稳定|较好|有序/u.test(clause)) return false;
    // 31个项目完成月度计划 · 完成一季度目标: a span's plan met is the pace of the work, not a bare amount.
    if (s.periodWords.length > 0 && /完成|达到|实现/u.test(clause)) return false;
    // 税收收入占比80%以上 beside the amount: a share or a level with nothing to hold it against is a figure like the amount.
    // Only a make-up or a rating (占比, 比重, 满意率): a rate of the work (拨付率80.8%, 开工率97%), a coverage that grows as the
    // work goes (覆盖率达60%), a share of a plan (占规划…的30%), a growth or a rank against others say how far the work is.
    const level = /\d\s*%/u.test(clause) && /占比|比重|满意/u.test(clause) && !WORK_RATE.test(clause) && growthIn(clause) === null && !/高于|低于|超过|快于|慢于/u.test(clause);
    if (!AMOUNT.test(clause) && !level && s.activity) return false;
    return saysNothingOfState(s);
  });
}

/**
 * A list of measures taken (成立领导小组，明确专人负责，推动各科室各司其职 · 每条措施一句), with no figure, no word
 * that anything is finished (已, 完成), under way (正在, 推进, 持续, 定期) or begun: it says what was
 * done about the task, not how far the task is (convention rule (ii)). 了 marks a measure taken (成立了领导小组), not the
 * task finished, and 常态化 how a measure is kept (落实常态化防控措施), not work on the task still to do.
 */
function onlyMeasures(clauses: readonly string[]): boolean {
  return clauses.length > 1 && clauses.every((clause) => {
    const s = clauseSignals(clause);
    if (/\d|已|完成|完毕|定期|按月|每月|按季|每季|长期|经常|逐步|不断|正/u.test(clause)) return false;
    return saysNothingOfState(s);
  });
}

const LEADING_RESULT = /^(?:完成|建成|竣工|完工|办结)/u;

/**
 * 已建设60套 · 建成5个街心公园 · 完工3.77万户: a verb of building or finishing that counts what it made, with no word that
 * the count is all there is to do (全部, 均, 所有). With no target, the count is an amount like any other (convention (ii)):
 * whether 5 parks are the task nobody can tell. (已完成1005个 still reads as finished work a person weighs.)
 */
const COUNTED_RESULT = /^[^，,。；;\d已]{0,20}?(?:已经?)?(?:建设|建成|新建|完工|竣工|改造|新增|解决)了?[^，,。；;\d]{0,6}?\d/u;

/**
 * A paragraph of a 工作总结 (several sentences, or a long run of clauses) that lists what was done — figures, measures,
 * how the work went, an item or two finished or 基本 finished — with no clause that says the whole task is done and none
 * that names work still to do (正在, 其余, 尚有, 计划…完成), nothing begun and nothing behind: with no target to hold it
 * against, it tells what was achieved, not how far the task is (convention rule (ii)).
 */
function isNarrative(text: string, clauses: readonly string[]): boolean {
  const sentences = text.split(/[。；;\r\n]+/u).filter((sentence) => sentence.trim() !== '').length;
  if (sentences < 2 && clauses.length < 4) return false;
  // A growth has its own rules (a growth target, a benchmark), and so has a count or a rate of the work against a total.
  if (growthIn(text) !== null) return false;
  return clauses.every((clause) => {
    const s = clauseSignals(clause);
    const strictlyOngoing = s.ongoing && !s.mannerOnly && !s.trend;
    // 已…, 建成, 入住 report things finished, 加快, 顺利, 进展 say the work itself is going: a person reads those as progress.
    // 整改10207处 beside 排查隐患17343处: problems put right against problems found, a count a person reads as progress.
    // 有序推进, 推进实施: the work itself said to be going on, as 加快 says it.
    if (/已|建成|竣工|完工|办结|入住|加快|顺利|进展|进度|推进(?!会)|(?:整改|销号|办结)(?:完成)?\d/u.test(clause)) return false;
    return !strictlyOngoing && !s.done && !s.partial && !s.rateShort && !s.stillToDo && !s.scheduled && !s.countedNotDone && !s.started && !s.lagging && !s.negated && !s.ahead;
  });
}

/**
 * No target to hold amounts against: the row gives no figure, or only a standard per person or per month (每人每月55元),
 * which no total is held against (see matchedFigures). A target figure in another measure word (1万名 under 8878例)
 * is still something a person compares, so it is left to the other rules.
 */
function noTargetToCompare(targetText: string | null | undefined): boolean {
  if (targetText == null || !/\d/u.test(targetText)) return true;
  return /每[人户月年亩天日]|人均|户均|[\/／](?:人|户|月|年)/u.test(targetText);
}

/** A year named as the end of a span (2013—2017年, 到2027年, 2027年前, 2027年底前). */
const LATER_YEAR = /(?:\d{4}\s*[—\-－–~～至到]\s*|到|至)(\d{4})\s*年|(\d{4})\s*年(?:底)?(?:前|以前|之前)/u;

/**
 * A task whose end lies in a later year than the report (a 2013—2017 task in 2015, 5,000 km by 2027): the
 * months of this year are no measure of its pace, and it is not behind before its deadline.
 */
function endsAfterThisYear(context: WordsContext, year: number | null): boolean {
  if (year === null) return false;
  // A project's total (计划总投资, 总计划, 总任务) spans the project's years, not this year's months.
  if (context.targetText && /总投资|总计划|总任务|总目标|总规模/u.test(context.targetText)) return true;
  if (context.deadline && Number(context.deadline.slice(0, 4)) > year) return true;
  const match = context.targetText ? LATER_YEAR.exec(context.targetText) : null;
  const end = Number(match?.[1] ?? match?.[2] ?? NaN);
  return Number.isFinite(end) && end > year;
}

/** A span of years a target names without dates: 十四五 (2021—2025), 三年行动, 五年内, 2024—2026年. */
const FIVE_YEAR_PLAN = /十([一二三四五六])五/u;
// …and in digits or said as the time it takes (3年内, 用三年时间, 分三年, 三年改造1500户).
const SEVERAL_YEARS = /(?:[两二三四五六七八九十]|(?<!\d)(?:[2-9]|1\d))年(?:行动|攻坚|计划|规划|内|完成|建成|累计|期间|时间)|(?:用|利用|分|经过|花)(?:[两二三四五六七八九十]|\d{1,2})年|[两二三四五六七八九十]年(?=[\u4e00-\u9fff]{0,2}?(?:改造|建设|新建|完成|建成|实施|新增))|\d{4}\s*[—\-－–~～至到]\s*\d{4}\s*年|\d{4}年(?:底)?(?:前|以前|之前)|到\d{4}年/u;

/** The year a 五年规划 named in the target ends (十四五 → 2025), if it names one. */
function planEndYear(targetText: string): number | null {
  const match = FIVE_YEAR_PLAN.exec(targetText);
  const digits = '一二三四五六';
  return match?.[1] !== undefined ? 1955 + 5 * (10 + digits.indexOf(match[1]) + 1) : null;
}

/**
 * A task that runs over several years (2024—2026年完成30个, 十四五期间, 三年行动): a done clause that finishes
 * this year's share (已完成年度任务, 今年任务已完成) has finished one year of it, not the task — unless this is
 * the task's last year.
 */
function yearShareOfLongerTask(clause: string, context: WordsContext, year: number | null): boolean {
  if (year === null || !/年度|今年|当年|本年|全年/u.test(clause) || /规划|全部任务|总任务|整体任务/u.test(clause)) return false;
  if (endsAfterThisYear(context, year)) return true;
  const target = context.targetText ?? '';
  const planEnd = planEndYear(target);
  if (planEnd !== null) return planEnd > year;
  // A span with its end year written (2022—2024年) was already checked above: this is its last year. One
  // written without dates (三年行动) may be in any of its years, so this year's share is never the whole.
  return SEVERAL_YEARS.test(target) && !LATER_YEAR.test(target);
}

/**
 * 已完成 · 全部完成 · 100% under a task of several years that is not over (3年内完成改造1500户, 2026年前…, 十四五期间… in 2024):
 * the words do not say whether this year's share or the whole is done, and only the whole is the task. Said as the task's
 * span, or null when the task ends this year, the words name the whole span's task (规划, 总任务, 三年任务) or count
 * figures a person can hold against the whole.
 */
const WHOLE_SPAN_NAMED = /规划|总(?:目标)?任务|总目标|总计划|整体任务|整项任务|全部任务|[两二三四五六七八九十\d]年(?:的)?(?:任务|目标)|十[一二三四五六七八九]五|累计/u;

function doneWithoutItsYears(found: Judgement, text: string, context: WordsContext, year: number | null): string | null {
  if (year === null || (found.verdict !== 'completed' && found.verdict !== 'exceeded') || WHOLE_SPAN_NAMED.test(text)) return null;
  if (figuresIn(text).some((figure) => figure.unit !== '%')) return null;
  const target = context.targetText ?? '';
  const deadlineYear = context.deadline ? Number(context.deadline.slice(0, 4)) : NaN;
  const later = LATER_YEAR.exec(target);
  const end = Number(later?.[1] ?? later?.[2] ?? NaN);
  const planEnd = planEndYear(target);
  if (deadlineYear > year) return `期限到${deadlineYear}年`;
  if (end > year) return `期限到${end}年`;
  if (planEnd !== null) return planEnd > year ? `到${planEnd}年` : null;
  return SEVERAL_YEARS.test(target) && !LATER_YEAR.test(target) ? '跨几个年度' : null;
}

/**
 * Whether a rate below 100% may be held against the calendar. Not when the task has a deadline still to come:
 * a deadline after the report date is not behind (issue 19's whole-task rule) — only the staff's own words of
 * lag make it so. Not for a task that ends in a later year either.
 */
function paceApplies(context: WordsContext, year: number | null, planned: string | null, text: string, sameMeasure: boolean): boolean {
  if (endsAfterThisYear(context, year)) return false;
  // A list of problems to put right (整改, 督察反馈, 审计发现, 提案) or of matters handed down to be settled one
  // by one (会议确定事项, 交办件, 办结) runs to each item's own deadline, not the year's months — whether the
  // target or the staff's words say what the list is (目标 23项, 督察反馈的23项问题已整改20项).
  if (NOT_PACED.test(context.targetText ?? '') || NOT_PACED_WORDS.test(text)) return false;
  // A share of the whole works (总体进度达80%, 完成总工程量的60%, 形象进度70%) spans the project's life, not the
  // year's months: like a 总投资, it is no measure of this year's pace.
  if (WHOLE_WORKS.test(text)) return false;
  // A deadline later in the report's own year: the task is the year's, and a cumulative figure below 序时进度 of
  // the year's target in the target's own measure is 滞后 (the glossary's 滞后 = completion below 序时进度) — a count
  // against the target's count (2个已完成1个 in September), a 完成值 cell against a 目标 cell, the staff's own
  // 占全年任务的41.8% or 完成率 of the task. The staff's plan to finish by the deadline (预计年底完成) is no
  // word of lag and no later deadline. A share of another measure (投资 under a count of schools) is not paced.
  if (context.deadline && context.asOf && context.deadline > context.asOf) {
    if (context.deadline.slice(0, 4) !== context.asOf.slice(0, 4)) return false;
    // Only a task due at the year's end is the year's task, paced by the year's months; one due in June is not.
    const yearEnd = context.deadline.slice(5, 7) === '12';
    return (yearEnd && sameMeasure && statedPaceShare(text) === null) || measuredAgainstYear(text, context.targetText, yearEnd ? context.taskName : null);
  }
  // With no deadline given, the staff's own date still to come (预计年底竣工) is the deadline.
  return !(planned !== null && context.asOf !== null && planned > context.asOf);
}

/** Words that name this year's task as what a share is of (占今年任务数的, 全年规划的, 年度计划的, 年初预算). */
const YEAR_TASK = /今年|全年|年度|年计划|年初|当年|本年/u;

/**
 * The figure is the year's task measured against the year: bare 完成值 and 目标 cells, or a share the staff state
 * of this year's task — unless they also measured themselves against the span so far (完成1-4月计划的132.1%),
 * which is their own 序时 and speaks for itself.
 */
function measuredAgainstYear(text: string, targetText: string | null | undefined, taskName?: string | null): boolean {
  if (targetText != null && bareFigurePair(text, targetText) !== null) return true;
  const share = statedShare(text);
  // 完成投资7510万元、占年度计划的15.5% under 12个学校: money's share of the year is not the task's. A row named for the
  // year's investment plan (91个续建项目年计划投资) is measured in money as its target would be.
  const namedPlan = taskName != null && YEAR_TASK.test(taskName) && /投资|资金/u.test(taskName) ? taskName : null;
  const at = share === null ? -1 : text.indexOf(share.words);
  const shareClause = at < 0 ? '' : (text.slice(0, at).split(/[，,。；;\r\n]/u).pop() ?? '');
  if (/投资|资金/u.test(shareClause) && !(targetText != null && /投资|资金|元/u.test(targetText)) && namedPlan === null) return false;
  // …and so is a share that names the money itself (完成年度投资计划的16.4%) under a task that counts things (66个新开工项目).
  const countedTask = figuresIn(`${targetText ?? ''}${taskName ?? ''}`).some((figure) => figure.unit !== '元' && figure.unit !== '%');
  if (countedTask && share !== null && /投资|资金/u.test(share.words) && !(targetText != null && /投资|资金|元/u.test(targetText)) && namedPlan === null) return false;
  if (share === null || statedPaceShare(text) !== null) return false;
  // 完成率52% · 完成进度52% of a task due this year: the task's own completion, so the year's; so is a share of the plan
  // (占计划的80.8%) on a row named for the year's plan.
  const window = text.slice(Math.max(0, text.indexOf(share.words) - 8), text.indexOf(share.words) + share.words.length);
  return COMPLETION_RATE.test(share.words) || YEAR_TASK.test(window) || (namedPlan !== null && /计划/u.test(window));
}

// 完成率52% · 完成4769人(51.2%): the task's own completion, as a rate or as a result with its share in brackets.
const COMPLETION_RATE = /^完成(?:率|比例|进度)|^完成[^，,。；;\d]{0,8}?\d[^，,。；;]*?[（(]/u;

// 占项目总投资1925.8亿元的89%: a share of a project's total investment, which spans the project's years; so does a
// share of a 规划 (占规划建设校舍总面积的27.85%, 占規劃量的34.67%), a programme's plan over its years, unless the
// words make it the year's (年度规划, 今年规划).
const WHOLE_WORKS = /总体进度|总进度|总工程量|工程总量|形象进度|总体完成|(?:占|为|完成)[^，,。；;]{0,6}?总投资[^，,。；;]{0,16}?的|(?:占|为|完成)(?:(?!年度|今年|当年|本年|全年)[^，,。；;\d]){0,4}?(?<!年度|今年|当年|本年|全年)(?:规划|規劃)[^，,。；;]{0,16}?的/u;

const NOT_PACED = /整改|销号|问题|督察|巡察|巡视|审计|反馈|提案|议案|建议|信访|积案|事项|交办|督办|办结/u;
/** In the staff's words only the names of such lists count: 问题, 建议 are words any report uses. */
const NOT_PACED_WORDS = /整改|销号|督察|巡察|巡视|审计|提案|议案|信访|积案|(?:确定|议定|交办|督办|会议)事项|交办|督办|办结|(?:代表|委员|意见)建议|建议总数|建议所提|所提建议/u;

/** A campaign of a set number of days (百日会战, 百日攻坚, 60天专项行动, 三十天冲刺): its own span, not the year's months. */
const CAMPAIGN = /(百|[一二三四五六七八九]?十[一二三四五六七八九]?|[一二三四五六七八九]|\d{1,3})(?:日|天)(?:大)?(?:会战|攻坚|行动|冲刺|专项行动|攻坚战)/u;

function campaignDays(words: string): number | null {
  const count = CAMPAIGN.exec(words)?.[1];
  if (count === undefined) return null;
  if (/^\d+$/u.test(count)) return Number(count);
  if (count === '百') return 100;
  const digit = (char: string | undefined): number => '一二三四五六七八九'.indexOf(char ?? '') + 1;
  const [tens, ones] = count.split('十');
  return count.includes('十') ? (tens === '' ? 1 : digit(tens)) * 10 + (ones === '' ? 0 : digit(ones)) : digit(count);
}

/**
 * The share of a campaign's days gone at the report date (百日会战 due 11-03, reported 09-30: 66 of 100 days), when the
 * words, the target or the row's name name a campaign of so many days and the row gives its deadline: the campaign's own
 * 序时进度, as the year's months are a year's task's. null otherwise.
 */
function campaignPace(text: string, context: WordsContext): { readonly pace: number; readonly words: string } | null {
  if (!context.deadline || !context.asOf || context.deadline <= context.asOf) return null;
  const named = [text, context.targetText ?? '', context.taskName ?? ''].find((words) => campaignDays(words) !== null);
  const days = named === undefined ? null : campaignDays(named);
  if (named === undefined || days === null || days < 7) return null;
  const left = (Date.parse(context.deadline) - Date.parse(context.asOf)) / 86_400_000;
  if (!Number.isFinite(left) || left >= days) return null;
  return { pace: (days - left) / days, words: CAMPAIGN.exec(named)?.[0] ?? '' };
}

/** A rate the words give (their figures against the target's, or 占全年任务的60%), held against the calendar. */
function rateJudgement(rate: number, shown: string, due: boolean, context: WordsContext, year: number | null, planned: string | null, text: string, remains: string | null, sameMeasure = false): Judgement {
  // 合计1721套…其中一处已完成工程量的90%，计划12月底前完成: the figure meets the target, the words say part of it
  // is still to do, and the words are the staff's own account of the whole (issue 19: remaining work is not done).
  if (rate >= 1 && remains !== null) {
    const words = `${shown}，但${quoted(remains)}`;
    return due ? judgement('behind', 'deadline', `${dueWords(context, year, text)}：${words}`) : judgement('in-progress', 'figures-in-words', words);
  }
  if (rate > 1) return judgement('exceeded', 'figures-in-words', `${shown}，超过目标`);
  if (rate === 1) return judgement('completed', 'figures-in-words', `${shown}，达到目标`);
  if (due) return judgement('behind', 'deadline', `${shown}，${dueWords(context, year, text)}`);
  // 占百日会战目标任务的49% with 34 of its 100 days left: held against the campaign's own days gone.
  const campaign = campaignPace(text, context);
  if (campaign !== null) {
    const onPace = rate >= campaign.pace;
    return judgement(onPace ? 'on-track' : 'behind', 'figures-in-words', `${shown}，“${campaign.words}”到${context.asOf ?? ''}已过${percent(campaign.pace)}的时间，${onPace ? '达到' : '低于'}序时进度`);
  }
  if (context.expectedProgress === null || !paceApplies(context, year, planned, text, sameMeasure)) {
    const why = endsAfterThisYear(context, year)
      ? '，任务期限未到'
      : context.deadline && context.asOf && context.deadline > context.asOf
        ? `，完成时限${context.deadline}未到`
        : planned !== null && context.asOf !== null && planned > context.asOf
          ? `，自定时限${planned}未到`
          : '';
    return judgement('in-progress', 'figures-in-words', `${shown}${why}`);
  }
  const onPace = rate >= context.expectedProgress;
  return judgement(onPace ? 'on-track' : 'behind', 'figures-in-words', `${shown}，${onPace ? '达到' : '低于'}序时进度${percent(context.expectedProgress)}`);
}

/** A span shorter than the year the words report on (上半年, 前三季度, 1—11月, 截至11月底): its result is not the year's. */
// 前11个月, 前十个月: the months so far written another way; 11月当月, 单月, 本月: one month; 11月末, 10月份, 9月底: the
// growth at a month before the year's end.
const PART_OF_YEAR = /上半年|季度|[1一]\s*[-—－–~～至]\s*(?:[1-9]|1[01]|[二三四五六七八九]|十一?)\s*月|截[至止](?:\d{4}年)?(?:[1-9]|1[01]|[一二三四五六七八九]|十一?)月|前(?:[1-9]|1[01]|[一二三四五六七八九两]|十一?)个月|当月|单月|本月|(?<![\d十])(?:[1-9]|1[01]|[一二三四五六七八九]|十一?)\s*月(?:末|底|份|当期)/u;
/** Words that make a figure a forecast or an aim, not a result (预计全年增长9%, 有望完成). */
// 估计, 估算, 测算, 预估: a figure worked out before the count is in, a forecast as much as 预计 is.
const FORECAST = /预计|预测|有望|可望|力争|争取|估计|估算|测算|预估/u;

/** A growth reported against a growth target (同比增长3.2% for 增长8%): a growth says nothing of the year's level. */
function growthJudgement(text: string, context: WordsContext, year: number | null): Judgement | null {
  const growth = growthIn(text);
  const targetGrowth = context.targetText ? (growthIn(context.targetText) ?? bareGrowthTarget(context.targetText, growth)) : null;
  if (targetGrowth === null || growth === null) return null;
  const shown = `${growth.words}，目标${targetGrowth.words}`;
  // 同比下降4% as the target: a cut wanted, which a deeper fall (下降13.6%) meets and a shallower one, or a rise, does not.
  const cut = targetGrowth.rate < 0;
  if (cut ? growth.rate > targetGrowth.rate : growth.rate < targetGrowth.rate) return judgement('behind', 'figures-in-words', `${shown}，${cut ? '降幅未达目标' : '低于目标'}`);
  // The growth of a whole year is known only when the year is over: the report's year, or the task's own year
  // whose deadline has passed (去年增长6.1% reported in May against last year's 增长6%-6.5%).
  // A growth of part of the year (1—11月, 前三季度) or a forecast (预计全年) is not the year's, even on 31 December.
  const partOfYear = PART_OF_YEAR.test(text);
  // …or a clause of no figure that says what the figure is (为预估数).
  const forecast = FORECAST.test(clausesOf(text).find((clause) => clause.includes(growth.words)) ?? text) || clausesOf(text).some((clause) => !/\d/u.test(clause) && FORECAST.test(clause));
  const yearOver = !partOfYear && !forecast && ((context.asOf !== null && year !== null && context.asOf >= `${year}-12-31`) || hasPassed(context.deadline, context.asOf) || (context.deadline != null && context.asOf != null && context.asOf >= context.deadline));
  const why = forecast ? '，是预计数' : partOfYear ? '，只是一年中的一段' : '';
  return judgement(yearOver ? 'completed' : 'on-track', 'figures-in-words', `${shown}，${yearOver ? '达到目标' : `不低于目标${why}`}`);
}

/**
 * The staff's own distance of a level above its target (筛查率82.33%，超出省定目标任务(60%)22.33个百分点 · 普及率达到87%，
 * 比年度目标提高了2个百分点 · 覆盖率达31%，高于目标6个百分点): the level meets the whole target in the same measure, so
 * the target is met, whatever the month — a level once reached is reached (issue 19: 覆盖率达31% against 25% is done).
 * Not a distance above the calendar (高于序时进度: on track), and not a growth, which is known only at the year's end.
 */
const ABOVE_TARGET = /(?:超出|超过|高出|高于)[^，,。；;]{0,10}?(?:目标|指标)[^，,。；;]{0,12}?\d+(?:\.\d+)?\s*个百分点|比[^，,。；;]{0,10}?(?:目标|指标)[^，,。；;\d]{0,10}?(?:提高|高出|高|多|超出)了?\s*\d+(?:\.\d+)?\s*个百分点/u;
/** Levels where lower is better (失业率, 发生率, 空置率): above the target is over the limit, not beyond it. */
const LOWER_IS_BETTER_LEVEL = /失业|死亡|发病|发生|事故|负债|空置|不良|违约|超标|能耗|排放|辍学|流失|返贫|差错|投诉/u;

function levelAboveTarget(text: string, remains: string | null): Judgement | null {
  if (remains !== null) return null;
  const clauses = clausesOf(text);
  const index = clauses.findIndex((clause) => ABOVE_TARGET.test(clause) && !/序时|时序|时间进度|进度/u.test(clause));
  if (index < 0) return null;
  // The level is named in the clause of the distance or the one before it (筛查率82.33%，超出…).
  const levelClause = [clauses[index], clauses[index - 1]].find((clause) => clause !== undefined && levelIn(clause) !== null && growthIn(clause) === null);
  if (levelClause === undefined || /增长|增速|增幅|同比|较上年|比上年/u.test(`${levelClause}${clauses[index] ?? ''}`) || LOWER_IS_BETTER_LEVEL.test(levelClause)) return null;
  const level = levelIn(levelClause);
  const distance = ABOVE_TARGET.exec(clauses[index] ?? '');
  return level !== null && distance !== null ? judgement('completed', 'figures-in-words', `${quoted(level.words)}，${quoted(distance[0])}，达到目标`) : null;
}

/**
 * A target that is one rate and nothing else (6.5%左右, 8%以上, 7%) beside words that report a rise (增长6.6%): the
 * row's target column holds the growth wanted, written without its verb. Only for a rise — a fall against a bare rate
 * (下降63% against 30%) may be a cut wanted, which the bare rate does not say.
 */
function bareGrowthTarget(targetText: string, growth: { readonly rate: number; readonly words: string } | null): { readonly rate: number; readonly words: string } | null {
  if (growth === null || growth.rate < 0 || !/^(?:增长|增速|增幅)/u.test(growth.words)) return null;
  const bare = /^\s*[≥>]?\s*(\d+(?:\.\d+)?)\s*%\s*(?:左右|以上)?\s*$/u.exec(targetText);
  return bare?.[1] === undefined ? null : { rate: Number(bare[1]) / 100, words: targetText.trim() };
}

/** A growth set beside a benchmark's and found below it (增长4.8%，低于全省0.1个百分点): the staff's own measure of lag. */
const BELOW_BENCHMARK = /低于(?:全国|全省|全市|全州|全区|全县|省|市|平均|同类)[^，,。；;\d]{0,8}?(\d+(?:\.\d+)?)\s*个百分点/u;

/**
 * A growth with no growth target of the row's, which the staff hold against a benchmark (全省, 全市, 平均) and find below
 * it: lag written as a distance, so 滞后. Only for a growth — a level below a benchmark (失业率低于全省0.5个百分点) may be
 * the better side — and only for the benchmark the growth's own sentence names.
 */
function benchmarkJudgement(text: string, context: WordsContext): Judgement | null {
  if (context.targetText && growthIn(context.targetText)) return null;
  const clauses = clausesOf(text);
  const index = clauses.findIndex((clause) => BELOW_BENCHMARK.test(clause));
  if (index < 0) return null;
  const growthClause = [clauses[index], clauses[index - 1]].find((clause) => clause !== undefined && growthIn(clause) !== null);
  if (growthClause === undefined) return null;
  const growth = growthIn(growthClause);
  const below = BELOW_BENCHMARK.exec(clauses[index] ?? '');
  return growth !== null && below !== null && growth.rate >= -1 ? judgement('behind', 'figures-in-words', `${growth.words}，${quoted(below[0])}`) : null;
}

/** A rate that must reach a level (覆盖率达25%), against the level the words report (覆盖率达31%). */
function levelJudgement(text: string, due: boolean, context: WordsContext, year: number | null): Judgement | null {
  const target = context.targetText ? levelTargetIn(context.targetText) : null;
  const reported = levelIn(text);
  if (target === null || reported === null) return null;
  // 群众满意率达95% under 卫生厕所普及率达到90%: a level of another measure than the target's says nothing of it.
  const [wantedName, reportedName] = [levelName(context.targetText ?? ''), levelName(reported.words)];
  if (wantedName !== '' && reportedName !== '' && ![...reportedName].some((char) => wantedName.includes(char))) {
    return judgement('unclear', 'figures-in-words', `报的是${quoted(reported.words)}，目标是${quoted(`${wantedName}率`)}，不是同一个比率，需人工确认`);
  }
  const shown = `${reported.words}，目标${percent(target.level)}`;
  const met = target.lowerIsBetter ? reported.level <= target.level : reported.level >= target.level;
  // 办结率100%、满意率90%以上: a target of several levels is met only when each named level is.
  const short = met ? otherLevelShort(text, context.targetText ?? '') : null;
  if (short !== null) return due ? judgement('behind', 'deadline', `${shown}，但${short}，${dueWords(context, year, text)}`) : judgement('in-progress', 'figures-in-words', `${shown}，但${short}`);
  if (met) return judgement('completed', 'figures-in-words', `${shown}，达到目标`);
  return due ? judgement('behind', 'deadline', `${shown}，${dueWords(context, year, text)}`) : judgement('in-progress', 'figures-in-words', `${shown}，尚未达到`);
}

/** The two characters that name a rate before 率 or 度 (普及 in 普及率达到90%), or '' when it names none. */
function levelName(text: string): string {
  return /([\u4e00-\u9fff]{1,2})(?:率|度)[^，,。；;\d%]{0,6}?\d/u.exec(text)?.[1] ?? '';
}

/** Each level a text names (办结率100%, 满意率85%): its name and its value. */
function namedLevels(text: string): { readonly name: string; readonly level: number; readonly words: string }[] {
  return [...text.matchAll(/([\u4e00-\u9fff]{1,2})(?:率|度)[^，,。；;、\d%]{0,6}?(\d+(?:\.\d+)?)\s*%/gu)].map((match) => ({ name: match[1] ?? '', level: Number(match[2]) / 100, words: match[0] }));
}

/** A level of the target after its first that the words leave short or unreported, said for the 判断依据. */
function otherLevelShort(text: string, targetText: string): string | null {
  const wanted = namedLevels(targetText);
  if (wanted.length < 2) return null;
  const reported = namedLevels(text);
  for (const level of wanted.slice(1)) {
    const found = reported.find((got) => got.name === level.name);
    if (found === undefined) return `未见“${level.words}”的完成情况`;
    const lower = /以内|以下|不超过|不高于/u.test(targetText);
    if (lower ? found.level > level.level : found.level < level.level) return `“${found.words}”未达到“${level.words}”`;
  }
  return null;
}

/** A limit the words say was held: 控制在…以内/以下, 低于省控线 (a control line is a limit, so below it is within it). */
const LIMIT_HELD = /控制在[^，,。；;]{0,16}?(?:以内|以下|之内|范围内)|低于[^，,。；;]{0,4}?控(?:制)?线/u;
/** Words before 控制在 that make the limit held a forecast, an aim, or held only in the main. */
const LIMIT_HEDGE = /预计|预测|估计|有望|可望|力争|争取|确保|能够|可以|(?<![许认])可|将|基本|大体|总体/u;
/** A row's target that is a limit (控制在…以内, 不超过, ≤, 控制线): what a limit held answers. */
const LIMIT_TARGET = /控制|以内|以下|之内|不超过|不高于|低于|≤|＜|<|控线/u;

/**
 * A limit held answers the row only when the row's target is a limit; with no target, only when the words hold it
 * against a target or a control line (控制在上级下达的目标以内), not a budget (成本控制在预算以内 is no task done).
 */
function isLimitHeldAgainst(heldWords: string, targetText: string | null | undefined): boolean {
  return targetText == null ? /目标|指标|控(?:制)?线/u.test(heldWords) : LIMIT_TARGET.test(targetText);
}

/** Words that say the target or plan was changed: 调整节点目标, 调减任务, 核减计划, 变更建设内容. */
const RETARGETED = /(?:调整|调减|核减|变更)[^，,。；;]{0,6}?(?:目标|计划|任务|节点|建设内容|建设规模)|(?:目标|计划|任务)(?:被|经批准|经同意)?(?:调整|调减|核减|变更)(?:为|后)/u;

/** Money a project has secured, not spent: 落实资金, 到位资金, 争取资金, 筹集资金, 资金到位. */
const FUNDS_SECURED = /(?:落实|到位|争取|筹集|筹措|下达)(?:了|到位)?(?:的)?资金|资金(?:已)?(?:到位|落实)/u;

/** A share of what is due (占应报账的9.89%, 为应整改问题的60%, 占应发放数的85%). */
const DUE_SHARE = /(?:占|为|达)应[\u4e00-\u9fff]{1,8}?的?(\d+(?:\.\d+)?)\s*%/u;

/**
 * A target that is a share of the works (完成工程量50%以上), against the share the words report (进度至53%). Words
 * that report money spent and nothing else (完成投资12亿元) answer another measure: a person must say how far the
 * works are (issue 19: a figure in another measure than the target's is unclear).
 */
function workShareJudgement(text: string, due: boolean, context: WordsContext, year: number | null): Judgement | null {
  const wanted = context.targetText ? workShareTargetIn(context.targetText) : null;
  if (wanted === null) return null;
  const reported = workShareIn(text);
  if (reported === null) {
    const figures = figuresIn(text);
    const moneyOnly = figures.length > 0 && figures.every((figure) => figure.unit === '元');
    return moneyOnly ? judgement('unclear', 'figures-in-words', `只报投资完成额，目标是工程量${percent(wanted)}，两者不可比`) : null;
  }
  const shown = `${quoted(reported.words)}，目标工程量${percent(wanted)}`;
  if (reported.level >= wanted) return judgement('completed', 'figures-in-words', `${shown}，达到目标`);
  return due ? judgement('behind', 'deadline', `${shown}，${dueWords(context, year, text)}`) : judgement('in-progress', 'figures-in-words', `${shown}，尚未达到`);
}

/** 已完成500户的设计 · 完成500户改造的摸底: the count, then 的 and what was finished for it. */
const STEP_FOR_COUNT = /\d+(?:\.\d+)?\s*(?:万|亿)?[\u4e00-\u9fff]{1,2}?[\u4e00-\u9fff]{0,4}?的([\u4e00-\u9fff]{2,8})$/u;
/** 改造500户已全部开工: the count, then a verb of starting. */
const STARTED_AFTER_COUNT = /\d+(?:\.\d+)?\s*(?:万|亿)?[\u4e00-\u9fff]{1,2}?[^，,。；;\d]{0,6}?(开工|动工|开建|启动|进场)/u;
/** 新开工改造1200套 · 开工建设安置房800套: a verb of starting, then the count it started. */
const STARTED_BEFORE_COUNT = /(?:新|累计|共|已)?(开工|动工|开建)(?:建设|改造|新建)?[^，,。；;\d]{0,12}?\d/u;

/**
 * The step a count met only as its object (500户的设计, 500户已全部开工): what the clause finished for the count is a
 * step the target does not name (设计, 摸底) or only its start, so the count says how many the step reached, not how
 * many are done. null when the clause finishes the target's own act or the task itself (500户的改造, 500户的目标任务).
 */
function stepForCount(clause: string, targetText: string): string | null {
  const finished = STEP_FOR_COUNT.exec(clause)?.[1];
  const named = (words: string): boolean => [...words].some((_, i) => i + 2 <= words.length && targetText.includes(words.slice(i, i + 2)));
  if (finished !== undefined && !/任务|目标|计划|指标/u.test(finished) && !named(finished)) return finished;
  // A count after its verb of starting (新开工1200套) is held so only where the target names its thing and so its act: a
  // target of bare figures (5.1万个) may itself be a count of starts.
  const started = STARTED_AFTER_COUNT.exec(clause)?.[1] ?? (namesAThing(targetText) ? STARTED_BEFORE_COUNT.exec(clause)?.[1] : undefined);
  return started !== undefined && !targetText.includes(started) && !FINISHED_THING.test(clause) ? started : null;
}

/**
 * A part of the target in another measure than the one met (新开工项目5个 beside 完成投资10亿元) that the words leave
 * unreported or short, said for the 判断依据; null when every such part is met. A size or a reach (总投资, 建筑面积,
 * 惠及) and a standard per person are no parts to meet; rates have their own rule (rateBesideCount).
 */
function otherMeasureShort(text: string, targetText: string, metUnit: string): string | null {
  for (const part of clausesOf(targetText)) {
    const units = figuresIn(part).map((figure) => figure.unit);
    if (units.length === 0 || units.includes(metUnit) || units.includes('%') || NOT_OUTPUT.test(part) || /每|人均|户均/u.test(part)) continue;
    const answer = matchedFigures(text, part);
    if (answer === null) return `未见“${part}”的完成数`;
    if (answer.actual < answer.target) return `${amount(answer.actual, answer.unit)}，未达到“${part}”`;
  }
  return null;
}

/** Words every part of a target may share (完成, 全年), which name no part. */
const GENERIC_PAIR = /完成|实现|达到|新增|累计|全年|年度|不少|以上|力争|确保|其中/u;

/**
 * The part of a target of several outputs (改造500户，新建500户) that done words name nothing of, when they name another part
 * (超额完成改造任务): null when they name every part, or none (已全部完成 speaks of all).
 */
function partNotNamed(text: string, targetText: string | null | undefined): string | null {
  if (targetText == null || outputParts(targetText) < 2) return null;
  const parts = clausesOf(targetText).filter((part) => !NOT_OUTPUT.test(part) && !/每|人均|户均|^其中/u.test(part) && figuresIn(part).some((figure) => figure.unit !== '%'));
  const named = parts.map((part) => {
    const label = (part.split(/\d/u)[0] ?? '').replace(/[^\u4e00-\u9fff]/gu, '');
    const pairs = [...label].map((_, i) => label.slice(i, i + 2)).filter((pair) => pair.length === 2 && !GENERIC_PAIR.test(pair));
    return pairs.length > 0 && pairs.some((pair) => text.includes(pair));
  });
  const missing = parts.findIndex((_, i) => !named[i]);
  return named.some(Boolean) && missing >= 0 ? (parts[missing] ?? null) : null;
}

/** The target's first amount of output (100亿元, 站点20个) when the words give no figure that answers it; null otherwise. */
function amountUnreported(text: string, targetText: string | null | undefined): string | null {
  // Only a target of a rate and an amount both (增长8% and 100亿元): a share of a target of amounts (完成计划的105%) answers them.
  if (targetText == null || !figuresIn(targetText).some((figure) => figure.unit === '%') || outputParts(targetText) === 0 || matchedFigures(text, targetText) !== null) return null;
  const part = clausesOf(targetText).find((clause) => !NOT_OUTPUT.test(clause) && !/每|人均|户均|^其中/u.test(clause) && figuresIn(clause).some((figure) => figure.unit !== '%'));
  return part ?? null;
}

/**
 * How many figures of output a target sets (营业收入10亿元，利润1亿元 → 2): sizes, standards per person, rates and the
 * sub-parts of a figure (其中民间投资6亿元) left out.
 */
function outputParts(targetText: string): number {
  const parts = clausesOf(targetText).filter((part) => !NOT_OUTPUT.test(part) && !/每|人均|户均|^其中/u.test(part));
  return parts.flatMap((part) => figuresIn(part)).filter((figure) => figure.unit !== '%').length;
}

/**
 * A row whose own name makes its task a start (2017年计划新开工棚户区改造, 年度开工项目): starting is the task, so a count of starts
 * is its result — not where the name also asks for a finish (新开工并建成, 开工竣工), which starts only begin.
 */
function startTask(taskName: string | null | undefined): boolean {
  return taskName != null && /开工|动工/u.test(taskName) && !/竣工|完工|建成|投用|投运|投产|交付|通车|完成/u.test(taskName);
}

/** Targets that ask for a finished thing, not for work done on it. */
const FINISHED_THING = /建成|竣工|完工|投用|投运|投产|交付|通车|开放|启用|投入使用|投入运行/u;

/** A cell that is one figure and its measure word (29.5亩, 192只, 90人): the 完成值 itself. */
const BARE_FIGURE = /^\s*\d+(?:\.\d+)?\s*(?:万|亿)?[\u4e00-\u9fff]{0,3}\s*$/u;
/** One bare figure, its scale and measure word (9230, 8.35万亩, 400亩). */
const ONE_FIGURE = /^\s*(\d+(?:\.\d+)?)\s*(万|亿)?([\u4e00-\u9fff]{0,3})\s*$/u;
const FLOOR_WORDS = /^\s*(?:不低于|不少于|至少|≥|>=|＞=|大于等于)\s*/u;

/**
 * 引进优强企业21家(任务数18家) · 工业到位资金占比64.9%(任务数占比60%): the staff write the figure with its target
 * in brackets after it, in the same measure.
 */
const WITH_ITS_TARGET = /(\d+(?:\.\d+)?)\s*(万|亿)?([\u4e00-\u9fff%]{0,2}?)\s*[（(]\s*(?:任务数|目标数|目标任务|任务|目标|计划数|计划)(?:占比)?\s*(?:为|是)?\s*(\d+(?:\.\d+)?)\s*(万|亿)?([\u4e00-\u9fff%]{0,2}?)\s*[)）]/gu;

/** Each figure with its target in brackets; the least met of them, as the task is met only as far as its least-met part. */
function figureWithItsTarget(text: string): { readonly actual: number; readonly target: number; readonly unit: string } | null {
  let least: { readonly actual: number; readonly target: number; readonly unit: string } | null = null;
  for (const match of withoutThousandsSeparators(text).matchAll(WITH_ITS_TARGET)) {
    const [, actual, actualScale, actualUnit = '', target, targetScale, targetUnit = ''] = match;
    if (actualUnit !== targetUnit && actualUnit !== '' && targetUnit !== '') continue;
    const targetValue = Number(target) * scaleOf(targetScale);
    if (!(targetValue > 0)) continue;
    const pair = { actual: Number(actual) * scaleOf(actualScale), target: targetValue, unit: actualUnit || targetUnit };
    if (least === null || pair.actual / pair.target < least.actual / least.target) least = pair;
  }
  return least;
}

/**
 * The 完成值 and the target when each cell is one bare figure in the same measure (1993 under 2050, 400亩 under
 * 3000亩): null when either is words, a rate, or the two are in different measures (2 under 3个 is still read).
 */
function bareFigurePair(text: string, targetText: string): { readonly actual: number; readonly target: number; readonly unit: string } | null {
  const actual = ONE_FIGURE.exec(text);
  // A floor (不低于2640元, ≥330元, 171元以上) is a target in the same measure: 2900 under it meets it.
  const target = ONE_FIGURE.exec(targetText.replace(FLOOR_WORDS, '').replace(/以上\s*$/u, ''));
  if (actual?.[1] === undefined || target?.[1] === undefined) return null;
  const [actualUnit, targetUnit] = [actual[3] ?? '', target[3] ?? ''];
  // A limit (30天内, 5起以下) is met by staying under it: more is not more done.
  if (/内|下|少|低/u.test(targetUnit)) return null;
  if (actualUnit !== '' && targetUnit !== '' && actualUnit !== targetUnit) return null;
  const targetValue = Number(target[1]) * scaleOf(target[2]);
  if (!(targetValue > 0)) return null;
  // A 完成值 with no measure word at all (2600 under 2600万元) is written in the target's measure, scale included.
  const actualScale = actualUnit === '' && actual[2] === undefined ? scaleOf(target[2]) : scaleOf(actual[2]);
  return { actual: Number(actual[1]) * actualScale, target: targetValue, unit: actualUnit || targetUnit };
}

/** Rates that measure the work itself (开工率, 办结率, 整改率, 支出进度): work under way, not a level of an outcome. */
const WORK_RATE = /(?:开工|动工|竣工|完工|建成|办结|结案|整改|销号|执行|拨付|支出|到位|入住|拆旧|签约|完成|兑现|发放|接种|落实)(?:率|比例)/u;

/** An amount per person, household, month or year (463元/月, 每人每月55元, 3920元/年): a standard, not a total done. */
const PER_UNIT = /每[人户月年亩][^，,。；;\d]{0,4}?\d+(?:\.\d+)?(?:万|亿)?元|\d+(?:\.\d+)?(?:万|亿)?元\s*[\/／]\s*(?:人|户|月|年|亩)/gu;

/** Every figure the words give is such a standard. */
function standardsOnly(text: string): boolean {
  const rest = text.replace(/\d{4}年|\d{1,2}月(?:份)?(?:底)?|\d{1,2}日/gu, '');
  return (rest.match(PER_UNIT) ?? []).length > 0 && !/\d/u.test(rest.replace(PER_UNIT, ''));
}

/** Every figure the words give is a rate (5.2%, 0.2个百分点): no count or amount of work done. */
function onlyRates(text: string): boolean {
  const figures = text.replace(/\d{4}年|\d{1,2}月(?:份)?|\d{1,2}日/gu, '').match(/\d+(?:\.\d+)?\s*(?:%|个百分点|[\u4e00-\u9fff])?/gu) ?? [];
  return figures.length > 0 && figures.every((figure) => /%|个百分点$/u.test(figure));
}

/**
 * 超额完成20% · 分别超额完成19%、14%和12%: the target beaten by a share of itself, so 120% of it (the least of several) — not
 * 20% of it, which a bare rate would say (超额完成年度目标任务20% too). Held as a stated share, so a span, a phase, a forecast or a target of several parts
 * still keeps it from 已完成. Not 超额完成序时进度20%, where what was beaten is the calendar's pace.
 */
const EXCESS = /超额完成了?(?:全年|年度|今年|当年)?(?:目标)?(?:任务|计划|目标)?\s*(\d+(?:\.\d+)?)\s*%((?:\s*[、和与及]\s*\d+(?:\.\d+)?\s*%)*)/u;

function excessShare(text: string): { readonly rate: number; readonly words: string } | null {
  const match = EXCESS.exec(text);
  if (match?.[1] === undefined) return null;
  const all = [match[1], ...(match[2]?.match(/\d+(?:\.\d+)?/gu) ?? [])].map(Number);
  return { rate: 1 + Math.min(...all) / 100, words: match[0] };
}

/** A cell that is one rate, perhaps after a name (100%, 张家界市10.38%): the stated completion or level. */
const BARE_RATE = /^\s*[\u4e00-\u9fff（）()]{0,10}?(\d+(?:\.\d+)?)\s*%\s*$/u;
/** A target that is one rate (95%, ≥90%, 98%以上): a level the reported rate must reach. */
const BARE_RATE_TARGET = /^\s*[≥>]?\s*(\d+(?:\.\d+)?)\s*%\s*(?:以上)?\s*$/u;

/**
 * The judgement of one 完成情况 text. The staff's own 未/没有/滞后/低于目标 always stands; figures in the words
 * come next (a count against the target's count says more than 已完成 does), then the words. A rate is done
 * only when it meets the whole target in the same measure: a part of a target with several parts, a span's
 * plan, a step or a phase is not the whole. Work under way whose deadline, target date or own planned date has
 * passed is 滞后; a deadline still to come is never 滞后 by the calendar alone. Words that say nothing
 * decidable are 需人工确认 (unclear), never 已完成. Every judgement carries its 判断依据 (evidence).
 */
export function judgeWords(written: string, given: WordsContext): Judgement {
  // A mirror page in traditional characters writes its target and its row's name that way too: every text is read simplified.
  const context: WordsContext = { ...given, targetText: given.targetText == null ? given.targetText : simplified(given.targetText), taskName: given.taskName == null ? given.taskName : simplified(given.taskName) };
  // An 整改 item opens by restating its problem; only what follows reports the work.
  const text = withoutBreakdown(withoutProblemNamed(simplified(written)));
  // A paragraph shared by several rows: only what it says of this row's own item is this row's report (own-line.ts).
  const own = ownLine(text, context);
  if (own !== null) return own;
  const found = judgeOnce(text, context);
  if (found.verdict !== 'completed' && found.verdict !== 'exceeded') return found;
  // 已完成改造三百户 under 改造500户: a count in Chinese numerals is a figure too. Read again with the counts in digits; if
  // that reading is not done, it stands, and says which words it read as figures.
  const digits = withDigitCounts(text);
  if (digits !== text) {
    const again = judgeOnce(digits, { ...context, targetText: context.targetText == null ? context.targetText : withDigitCounts(context.targetText) });
    if (again.verdict !== 'completed' && again.verdict !== 'exceeded') return { ...again, evidence: `${again.evidence}（按数字读了文字中用汉字写的数）` };
  }
  // 同比增长9% under 实现地区生产总值100亿元，增长8% · 覆盖率达96% under 覆盖率达到95%，新建站点20个: a rate met, and the
  // target's amount not reported at all.
  const amountLeft = found.basis === 'figures-in-words' && /%/u.test(found.evidence) ? amountUnreported(text, context.targetText) : null;
  if (amountLeft !== null) return judgement('unclear', 'figures-in-words', `${found.evidence}，但目标还有${quoted(amountLeft)}，未见完成数，需人工确认`);
  const levelLeft = found.basis === 'figures-in-words' && /%/u.test(found.evidence) && context.targetText != null ? otherLevelShort(text, context.targetText) : null;
  if (levelLeft !== null) return judgement('in-progress', 'figures-in-words', `${found.evidence}，但${levelLeft}`);
  // 超额完成改造任务 under 改造500户，新建500户: the words finish the part they name; the other part they never speak of.
  const unnamed = found.basis === 'words' ? partNotNamed(text, context.targetText) : null;
  if (unnamed !== null) return judgement('in-progress', 'words', `${found.evidence}，目标还有${quoted(unnamed)}，文字没有说到`);
  const longer = doneWithoutItsYears(found, text, context, yearOf(context.asOf));
  if (longer !== null) return judgement('unclear', found.basis, `${found.evidence}，但任务${longer}，只说完成，没说是今年的一份还是整项任务，需人工确认`);
  const planned = plannedSentence(text, found.evidence);
  if (planned !== null) return judgement('in-progress', 'words', `${found.evidence}，但这句话以${quoted(planned)}开头，说的是计划，不是已完成`);
  const some = someOfCounted(text);
  if (some !== null) return judgement('in-progress', 'words', `${found.evidence}，但${quoted(some.words)}：${some.whole}中${some.part}完成，不是全部`);
  const over = overreach(found, text, context.targetText);
  if (over !== null) return over;
  // 任务核减后已全部完成 · 经批准调减为300户，已全部完成 under a row target of its own (改造500户): done against a changed
  // target, not the row's. With no target in the row, the changed plan is the only one there is (计划调整后的20个点位已全部建成).
  const retargeted = context.targetText != null && /\d/u.test(context.targetText) ? RETARGETED.exec(text) : null;
  if (retargeted !== null) return judgement('unclear', 'words', `${found.evidence}，但${quoted(retargeted[0])}，目标已调整，对本行目标是否完成需人工确认`);
  // The staff's own share of the plan under 100% (占投资计划52.93亿元的93.4%) is never 已完成, whatever the figures
  // compute: the figures and the words disagree, and a person must say which holds.
  const short = shareOfPlanBelowWhole(text) ?? shareOfCountBelowWhole(text);
  if (short !== null) return judgement('unclear', 'contradiction', `${found.evidence}，但文字说${quoted(short.words)}，需人工确认`);
  // 覆盖率预计达96% · 覆盖率95%（预计）: the figure compared is a forecast, not a result.
  const forecast = found.basis === 'figures-in-words' ? forecastCompared(text, found.evidence) : null;
  if (forecast !== null) return judgement('unclear', 'figures-in-words', `${found.evidence}，但${quoted(forecast)}是预计数，不是完成数，需人工确认`);
  const hedge = found.basis === 'figures-in-words' ? hedgeAtTarget(text, found.evidence, LIMIT_TARGET.test(context.targetText ?? '')) : null;
  return hedge === null ? found : judgement('unclear', 'figures-in-words', `${found.evidence}，但${quoted(hedge)}是约数或上限，是否达到需人工确认`);
}

/**
 * 完成营造林72.64万亩（其中：人工造林66.46万亩；封山育林6.18万亩） · 完成投资127亿元（含沿海产业基地119亿元）: a bracket after a
 * figure that opens on 其中, 含 or 包括 breaks that figure down into its parts. Its 其中 names the figure's make-up, not a part
 * the clause finished, so it is left out before the words are read — unless it says something of state itself
 * (（其中20户正在施工）, （含部分整改）, （其中3个未开工）): then it stays, and is read like any clause.
 */
const BREAKDOWN = /(?<=\d\s*(?:万|亿)?[\u4e00-\u9fff]{0,3})[（(]\s*(?:其中|含|包括|包含)[:：,，]?([^（()）]*)[)）]/gu;

/** Work of another year inside the bracket (含往年遗留任务, 含上年结转180户, 其中2023年续建30户): the figure is not all this year's. */
const CARRIED_IN = /往年|上年|去年|前年|历年|以前年度|结转|遗留|续建|跨年|\d{4}\s*年/u;

function withoutBreakdown(text: string): string {
  return text.replace(BREAKDOWN, (bracket, inside: string) => {
    if (CARRIED_IN.test(inside)) return bracket;
    const says = clausesOf(inside).map(clauseSignals);
    return says.some((s) => s.ongoing || s.stillToDo || s.negated || s.partial || s.lagging || s.scheduled || s.countedNotDone || s.partWords.length > 0 || s.periodWords.length > 0) ? bracket : '';
  });
}

/**
 * What a paragraph shared by several rows says of this row (own-line.ts): the row's party in a tally by party, the row
 * among items named after what befell them, or the row's clause and share in a run of clauses with their shares in
 * turn. Judged as the row's own words, and said so in the 判断依据. null when the words are not such a paragraph.
 */
function ownLine(text: string, context: WordsContext): Judgement | null {
  const party = ownPartyInTally(text, context.taskName);
  if (party?.kind === 'done') return judgement('completed', 'words', `本行是“${party.party}”：${quoted(party.words)}`);
  const narrowed = party?.kind === 'not-done' ? { who: party.party, words: party.own } : null;
  const enumerated = narrowed ?? (() => { const words = ownNameInEnumeration(text, context.taskName); return words === null ? null : { who: context.taskName ?? '', words }; })();
  const read = enumerated ?? (() => { const words = ownShareInList(text, context.taskName); return words === null ? null : { who: context.taskName ?? '', words }; })();
  if (read === null) return null;
  const found = judgeOnce(read.words, context);
  return { ...found, evidence: `本行是“${read.who}”，读这一段里说它的话“${read.words}”：${found.evidence}` };
}

/**
 * 已完成改造500户的80%: a share after a count (the count's 的 N%) says how much of that count is done; under 100% the count
 * is the base, not the result, whatever it meets.
 */
const COUNT_THEN_SHARE = /\d+(?:\.\d+)?\s*(?:万|亿)?[\u4e00-\u9fff]{1,2}的\s*(\d+(?:\.\d+)?)\s*%/u;

function shareOfCountBelowWhole(text: string): { readonly rate: number; readonly words: string } | null {
  const match = COUNT_THEN_SHARE.exec(text);
  const rate = Number(match?.[1] ?? NaN) / 100;
  return match !== null && rate < 1 ? { rate, words: match[0] } : null;
}

/** A figure written as near (近, 接近, 将近: below it) or about (约, 左右, 上下: either side of it). */
// Not 约 or 近 inside a word (签约10个, 节约1000万元, 最近10天).
// 不到500户 · 不足500户 · 未满500户: a bound the result stays under, so below it (as 近 is).
const HEDGE_BEFORE = /(接近|将近|逼近|近乎|(?<![最附靠邻就新])近|大约|大概|(?<![签节制违预合公条契履邀缔续解践守集])约|不到|不足|未满|未达到?)(?:为|达到?)?\s*(\d+(?:\.\d+)?\s*(?:万|亿)?[\u4e00-\u9fff%]{1,2})/gu;
const HEDGE_AFTER = /(\d+(?:\.\d+)?\s*(?:万|亿)?[\u4e00-\u9fff%]{0,2}?)\s*(左右|上下|以下|不到)/gu;

/**
 * The hedged figure (约10亿元, 接近90%, 100%左右) a done verdict rests on, when the hedge leaves the target unmet or
 * unsure: a near figure is below what it names; an about figure is as likely below as above, so only one clearly past
 * the target (约15亿元 of 10亿元, past it by 5% or more) still meets it. null when no hedged figure decided.
 */
function hedgeAtTarget(text: string, evidence: string, limit = false): string | null {
  const compared = figuresIn(evidence);
  const hedges = [...text.matchAll(HEDGE_BEFORE)].map((m) => ({ words: m[0], figure: m[2] ?? '', below: !/约|大概/u.test(m[1] ?? '') }))
    .concat([...text.matchAll(HEDGE_AFTER)].map((m) => ({ words: m[0], figure: m[1] ?? '', below: /以下|不到/u.test(m[2] ?? '') })))
    // 控制在500户以下 answers a limit: under it is the target held, no hedge.
    .filter((hedge) => !(limit && /以下|不到|不足|未满|未达/u.test(hedge.words)));
  for (const hedge of hedges) {
    const figure = figuresIn(hedge.figure)[0];
    if (figure === undefined || !compared.some((other) => other.unit === figure.unit && other.value === figure.value)) continue;
    // What it is held against: the other figure of its measure in the 判断依据, else (a share) the whole, 100%.
    const others = compared.filter((other) => other.unit === figure.unit && other.value !== figure.value).map((other) => other.value);
    const against = others.length > 0 ? Math.max(...others) : figure.unit === '%' ? 100 : figure.value;
    if (hedge.below || figure.value < against * 1.05) return hedge.words;
  }
  return null;
}

const FORECAST_NOTE = /^(?:为|是|系|均为|此为|该数为)?(?:预计|预测|估计|估算|测算|预估)(?:数|值|数据)?$/u;
const FORECAST_OF_FIGURE = /(?:预计|预测|有望|可望|估计|估算|测算|预估|力争|争取)(?!目标|任务|计划|指标)/u;

/** The clause that gives a compared figure as a forecast (预计, 估算), or says so of the figures beside it (（预计）, 为预估数). */
function forecastCompared(text: string, evidence: string): string | null {
  const compared = figuresIn(evidence);
  for (const clause of clausesOf(text.replace(/[（(]([^（()）]{1,8})[)）]/gu, '，$1'))) {
    if (FORECAST_NOTE.test(clause.trim())) return clause;
    // 力争目标 names the aim the result is held against, not the result.
    if (!FORECAST_OF_FIGURE.test(clause)) continue;
    if (figuresIn(clause).some((figure) => compared.some((other) => other.unit === figure.unit && other.value === figure.value))) return clause;
  }
  return null;
}

/**
 * 已经完成或基本完成的指标任务，共计19项 · 建成或基本建成的项目: a heading that puts done and partly done in one group
 * (A或基本A, A或部分A) says of each item only that it is one of the two, and which nobody can tell. It decides only when
 * the other clauses say nothing of state (a count of the group: 共计19项).
 */
const EITHER_STATE = /(完成|建成|达到|解决|办结|完工)或(?:基本|部分|初步)\1/u;

function eitherState(clauses: readonly string[]): string | null {
  const heading = clauses.find((clause) => EITHER_STATE.test(clause));
  if (heading === undefined) return null;
  return clauses.every((clause) => clause === heading || saysNothingOfState(clauseSignals(clause))) ? heading : null;
}

/**
 * 数据上报中 · 统计数据尚未公布 · 待统计部门反馈: the words say only that the figures are not in yet, so nothing is reported
 * on the target — not work going on, which a person would read as on track.
 */
const DATA_PENDING = /^(?:[^，,。；;\d]{0,8}?(?:数据|统计数|指标值|数值))(?:正在|仍在|尚在)?(?:上报|统计|核算|汇总|核实|审核|测算)中$|^(?:[^，,。；;\d]{0,8}?(?:数据|统计数|指标值|数值))(?:暂未|尚未|还未|未)(?:出来|公布|发布|反馈|统计)$|^待(?:统计|核算)(?:部门)?(?:反馈|公布|发布)?$/u;

/** The judgement of the words as the rules read them (simplified, the restated problem left out). */
function judgeOnce(text: string, context: WordsContext): Judgement {
  const pending = text.trim().replace(/[。.；;]$/u, '');
  if (DATA_PENDING.test(pending)) return judgement('unclear', 'words', `${quoted(pending)}，数据还没有出来，是否完成需人工确认`);
  // A row with neither target nor name, whose words open on a programme heading (全面攻坚楼宇去化，完成某大厦整治…):
  // the heading names the task the rest reports on, so a finished item is held against it as against a target.
  const heading = context.targetText == null && context.taskName == null ? programmeHeading(text) : null;
  const reading = readWords(text, context.targetText ?? heading, context.asOf, context.taskName);
  if (reading.verdict === 'not-done') return judgement('behind', 'words', quoted(reading.decisive ?? text));
  const either = eitherState(reading.clauses);
  if (either !== null) return judgement('unclear', 'words', `${quoted(either)}，说的是完成或只是部分完成中的一种，不能分辨，需人工确认`);
  const year = yearOf(context.asOf);
  const overdue = overduePart(reading.clauses, year, context.asOf);
  if (overdue !== null) return judgement('behind', 'deadline', `${quoted(overdue.clause)}，计划时间${overdue.date}已过，尚差${overdue.short}个`);
  const due = targetHasCome(context, year, text);
  const planned = year !== null ? plannedDateIn(reading.clauses, year) : null;
  const yearPlan = yearPlanMet(reading, context, year);
  if (yearPlan !== null) return yearPlan;
  // The target copied into the 完成情况 (力争新增2家 under 力争新增2家) reports nothing: its figures are the
  // target's own, never a result, so only its words are read.
  // A 完成值 that is one figure equal to its target (29.5亩 under 29.5亩) is the result, not a copied plan.
  // So is a 完成值 that is one rate equal to its target (100% under 100%).
  const bareResult = BARE_FIGURE.test(text) || /^\s*\d+(?:\.\d+)?\s*%\s*$/u.test(text);
  const restated = context.targetText != null && sameWords(text, context.targetText) && !bareResult;
  if (context.targetText != null && bareResult && sameWords(text, context.targetText)) {
    return judgement('completed', 'figures-in-words', `完成值${quoted(text.trim())}与目标相同`);
  }
  // A 完成值 column of bare figures beside a 目标 column of bare figures (1993 under 2050, 400 under 3000): the
  // table's own 完成值 against its own target, in one measure, whatever the staff left unwritten.
  // The staff's own bracketed target (21家(任务数18家)) stands in for a row whose target is one figure or none: a row
  // target of several figures (完成投资20亿元，建成厂房5栋) has parts the bracket may leave out, read below.
  const severalParts = context.targetText != null && figuresIn(context.targetText).length > 1;
  const bare = (context.targetText != null ? bareFigurePair(text, context.targetText) : null) ?? (severalParts ? null : figureWithItsTarget(text));
  if (bare !== null) {
    const shown = `完成${amount(bare.actual, bare.unit)}／目标${amount(bare.target, bare.unit)}＝${percent(bare.actual / bare.target)}`;
    return rateJudgement(bare.actual / bare.target, shown, due, context, year, planned, text, reading.remains, true);
  }
  if (!restated) {
    const bareRate = BARE_RATE.exec(text);
    const rateTarget = context.targetText ? BARE_RATE_TARGET.exec(context.targetText) : null;
    // 同比下降10% is a change, not a level: held against a growth target (growthJudgement), never met by its size alone.
    if (bareRate?.[1] !== undefined && rateTarget?.[1] !== undefined && growthIn(text) === null) {
      const level = Number(bareRate[1]) / 100;
      const wanted = Number(rateTarget[1]) / 100;
      const shown = `${quoted(text.trim())}，目标${percent(wanted)}`;
      // 一期100%: the name before the rate may be a phase or a step of the task, whose rate it is.
      const ratePart = level >= wanted ? partNamedIn(text, context.targetText) : null;
      if (ratePart !== null) return judgement('in-progress', 'figures-in-words', `${shown}，只是“${ratePart}”，不是整项任务`);
      if (level >= wanted) return judgement('completed', 'figures-in-words', `${shown}，达到目标`);
      return due ? judgement('behind', 'deadline', `${shown}，${dueWords(context, year, text)}`) : judgement('in-progress', 'figures-in-words', `${shown}，尚未达到`);
    }
    const works = workShareJudgement(text, due, context, year);
    if (works !== null) return works;
    const matched = context.targetText ? matchedFigures(text, context.targetText, startTask(context.taskName)) : null;
    // 主体工程已完工1210座 beside 高质量完成年度目标任务: a figure short of the target that counts a step or a part of
    // the work (主体, 一期) speaks for that part; the clause on the whole task speaks for the task.
    const partOnly = (clause: string): boolean => reading.wholeTask !== null && partNamedIn(clause, context.targetText) !== null;
    const figures = matched !== null && matched.actual < matched.target && partOnly(matched.clause) ? null : matched;
    if (figures !== null) {
      const rate = figures.actual / figures.target;
      const shown = `完成${amount(figures.actual, figures.unit)}／目标${amount(figures.target, figures.unit)}＝${percent(rate)}`;
      // One part of a target met (新开工50个 of 新开工50个、竣工30个) is not the whole target met.
      if (rate >= 1 && figures.unmatchedPart !== null) {
        return judgement(due ? 'behind' : 'in-progress', due ? 'deadline' : 'figures-in-words', `${shown}，未见“${figures.unmatchedPart}”的完成数`);
      }
      if (rate >= 1 && figures.shortPart !== null) {
        return judgement(due ? 'behind' : 'in-progress', due ? 'deadline' : 'figures-in-words', `${shown}，但${figures.shortPart}`);
      }
      // 完成投资10亿元 under 完成投资10亿元，新开工项目5个: a part in another measure must be met too.
      const otherPart = rate >= 1 ? otherMeasureShort(text, context.targetText ?? '', figures.unit) : null;
      if (otherPart !== null) return judgement(due ? 'behind' : 'in-progress', due ? 'deadline' : 'figures-in-words', `${shown}，${otherPart}`);
      // 培训1000人，取证率80%: the count met, the rate beside it not reported or not reached.
      const besides = rate >= 1 && figures.unit !== '%' ? rateBesideCount(text, context.targetText ?? '') : null;
      if (besides !== null && !besides.met) {
        const why = besides.reported === null ? `未见“${besides.wanted}”的完成数` : `${besides.reported}，未达到“${besides.wanted}”`;
        return judgement(due ? 'behind' : 'in-progress', due ? 'deadline' : 'figures-in-words', `${shown}，${why}`);
      }
      // 年度计划投资2亿元，年底主体完工: the money spent answers the first part; whether the thing is finished the
      // figures cannot say, and the words must.
      if (rate >= 1 && figures.unit === '元' && FINISHED_THING.test(context.targetText ?? '') && reading.verdict !== 'done') {
        return judgement('unclear', 'figures-in-words', `${shown}，投资完成不等于“${FINISHED_THING.exec(context.targetText ?? '')?.[0] ?? ''}”`);
      }
      // 已完成招标5个 under 建成5个: the count is of a step (or a phase, a span) the task passes through.
      const step = rate >= 1 ? (partNamedIn(figures.clause, context.targetText) ?? stepForCount(figures.clause, `${context.targetText ?? ''}${startTask(context.taskName) ? '开工' : ''}`)) : null;
      if (step !== null) return judgement(due ? 'behind' : 'in-progress', due ? 'deadline' : 'figures-in-words', `${shown}，${quoted(figures.clause)}只是“${step}”，不是整项任务`);
      // 达到和基本达到9个: a count of what is done only in part is no whole.
      if (rate >= 1 && figures.partly) return judgement('in-progress', 'figures-in-words', `${shown}，其中含“基本”完成的`);
      // Money secured (已落实资金, 到位资金) held against an investment plan: money in hand is not money invested.
      if (figures.unit === '元' && context.targetText && /投资/u.test(context.targetText) && FUNDS_SECURED.test(figures.clause) && !/投资/u.test(figures.clause)) {
        return judgement('unclear', 'figures-in-words', `${shown}，${quoted(figures.clause)}是资金到位，不等于完成投资`);
      }
      // The money of a project's total investment spent is not the project built.
      if (rate >= 1 && figures.unit === '元' && context.targetText && /总投资/u.test(context.targetText)) {
        return judgement('unclear', 'figures-in-words', `${shown}，投资完成不等于项目建成`);
      }
      // 2022年已完成改造100户 · 三年累计完成1200户: the result of another year or of several, not this year's task.
      const otherYears = rate >= 1 ? otherYearsOf(figures.clause, context, year) : null;
      if (otherYears !== null) return judgement('unclear', 'figures-in-words', `${shown}，但${quoted(figures.clause)}说的是“${otherYears}”，不是本年任务的完成数，需人工确认`);
      return rateJudgement(rate, shown, due, context, year, planned, text, reading.remains, figures.parts === 1);
    }
    const above = levelAboveTarget(text, reading.remains);
    if (above !== null) return above;
    const growth = growthJudgement(text, context, year) ?? benchmarkJudgement(text, context);
    if (growth !== null) return growth;
    const level = levelJudgement(text, due, context, year);
    if (level !== null) return level;
    // 占应报账的9.89% · 为应整改数的60%: a share of what was due by now (应…), so what falls short of it is behind.
    const owed = DUE_SHARE.exec(text);
    if (owed?.[1] !== undefined && Number(owed[1]) < 100) {
      return judgement('behind', 'figures-in-words', `${quoted(owed[0])}，应完成的尚未全部完成`);
    }
    // A bare rate with no name of what it measures (张家界市10.38%) is the row's completion; 受理率100% is a level.
    const stated = statedShare(text) ?? excessShare(text) ?? (bareRate?.[1] !== undefined && !/率|比例|占比|比重|度/u.test(text) ? { rate: Number(bareRate[1]) / 100, words: text.trim() } : null);
    const statedClause = stated === null ? null : (clausesOf(text).find((clause) => clause.includes(stated.words)) ?? text);
    // …and so does a share short of the whole that is of such a part (主体工程已完工…、完成率98%).
    const share = stated !== null && stated.rate < 1 && statedClause !== null && partOnly(statedClause) ? null : stated;
    const pace = statedPaceShare(text);
    const shareClause = share === null ? null : statedClause;
    // 征地完成率100% · 完成上半年任务的100% · 一期计划的100%: a whole share of a step, a phase or a span.
    // …and so is one of a count of units (3个村完成率100% under 完成10个村改厕): that sub-set's rate, not the task's.
    const shareStep = share !== null && share.rate >= 1 && shareClause !== null ? (partNamedIn(shareClause, context.targetText) ?? unitsCounted(shareClause, context.targetText)) : null;
    if (shareStep !== null) return judgement('in-progress', 'figures-in-words', `${quoted(share?.words ?? text)}，只是“${shareStep}”，不是整项任务`);
    // 完成投资…占年度计划的105% under a task to finish a thing (项目主体完工, 建成投用): money spent is not the
    // thing finished. A task that asks for no finished thing (26个在建项目, 改造配电网) is measured by its money.
    if (share !== null && share.rate >= 1 && /投资|资金/u.test(text) && context.targetText && !/投资|资金|元/u.test(context.targetText) && FINISHED_THING.test(context.targetText)) {
      return judgement('unclear', 'figures-in-words', `${quoted(share.words)}是投资完成，不等于任务完成`);
    }
    // 完成年度计划的120% under 营业收入10亿元，利润1亿元: one share cannot say that each part of the target was met.
    if (share !== null && share.rate >= 1 && outputParts(context.targetText ?? '') > 1) {
      return judgement('unclear', 'figures-in-words', `${quoted(share.words)}，目标有几项，一个比率说不出每项是否完成，需人工确认`);
    }
    if (share !== null && share.rate >= 1 && yearShareOfLongerTask(share.words, context, year)) {
      return judgement('in-progress', 'figures-in-words', `${quoted(share.words)}，完成的是一年的任务，整项任务跨年度`);
    }
    if (share !== null && (share.rate >= 1 || pace === null)) return rateJudgement(share.rate, quoted(share.words), due, context, year, planned, text, reading.remains);
    // The staff measured themselves against a span's plan (完成1-4月投资计划的132.1%): their own 序时.
    if (pace !== null && !due) {
      return judgement(pace.rate >= 1 ? 'on-track' : 'behind', 'figures-in-words', `${quoted(pace.words)}，${pace.rate >= 1 ? '达到' : '未达到'}阶段计划`);
    }
  }
  // 能耗控制在上级下达的目标以内 · 失业率3.36%，低于省控线0.84个百分点: a limit held (a lower-is-better target, the
  // glossary's 逆向指标). A year's limit is met only when the year is over; before that it is on track.
  const held = reading.verdict !== 'done' && reading.remains === null ? LIMIT_HELD.exec(text) : null;
  if (held !== null && isLimitHeldAgainst(held[0], context.targetText)) {
    // 上半年控制在目标以内 held for a span, not the year, however late the report.
    const yearOver = !PART_OF_YEAR.test(text) && ((context.asOf !== null && year !== null && context.asOf >= `${year}-12-31`) || hasPassed(context.deadline, context.asOf));
    // 预计全年能耗控制在目标以内 · 基本控制在 · 力争控制在 · 能够控制在: a forecast, an aim or a limit held only in the main.
    const heldClause = clausesOf(text).find((clause) => clause.includes(held[0])) ?? text;
    const hedged = LIMIT_HEDGE.exec(heldClause.slice(0, Math.max(0, heldClause.indexOf(held[0]))));
    if (hedged !== null && yearOver) return judgement('unclear', 'words', `${quoted(heldClause)}，“${hedged[0]}”控制在目标以内，不是已经控制住，需人工确认`);
    return judgement(yearOver ? 'completed' : 'on-track', 'words', `${quoted(held[0])}，${yearOver ? '全年控制在目标以内' : '控制在目标以内，年度未完'}`);
  }
  // 失业率控制在5.5%以内 with no target, before the year is over: the staff hold the level under a limit they name, so far.
  // Held for the part of the year gone it is on pace; whether 5.5% is the row's limit, and the year's, only a person can
  // say at the year's end, so this never makes it done.
  if (held !== null && context.targetText == null && /\d/u.test(held[0]) && !/预算|成本|费用|经费/u.test(text)) {
    const yearOver = (context.asOf !== null && year !== null && context.asOf >= `${year}-12-31`) || hasPassed(context.deadline, context.asOf);
    if (!yearOver) return judgement('on-track', 'words', `${quoted(held[0])}，到报告日控制在所说的限度内，年度未完`);
  }
  // A growth alone, with no growth target to hold it against (同比下降15.4%), says nothing of done or behind.
  const growthOnly = growthIn(text);
  // Not when a clause beside it tells of work without a figure (制定计划，按季度监测分析): that is work going on.
  const figuresOnly = (): boolean => reading.clauses.every((clause) => /\d/u.test(clause) || !clauseSignals(clause).activity);
  if (growthOnly !== null && figuresOnly() && reading.verdict === 'under-way' && !/正在|推进|持续|滞后|高于|低于|超过|快于|慢于|序时/u.test(text) && !(context.targetText && growthIn(context.targetText))) {
    return judgement('unclear', 'words', `只报${growthOnly.words}，没有可比的目标`);
  }
  // A level alone (失业率为5.2%), with no level target to hold it against, says nothing of done or behind.
  // The rate may be named a clause before its figure (失业率回落…，三季度均值为5.0%).
  const levelOnly = levelIn(text) ?? (/率/u.test(text) && !WORK_RATE.test(text) ? { words: text.match(/[\u4e00-\u9fff]{0,6}率/u)?.[0] ?? '比率' } : null);
  // 距年度目标还差1.61个百分点: the staff hold the level against a target of their own and find it short, so still going.
  if (levelOnly !== null && !WORK_RATE.test(levelOnly.words) && reading.verdict === 'under-way' && onlyRates(text) && !/正在|推进|持续|滞后|高于|低于|超过|快于|慢于|序时|还差|尚差|仍差/u.test(text) && !(context.targetText && /\d/u.test(context.targetText))) {
    return judgement('unclear', 'words', `只报${levelOnly.words}，没有可比的目标`);
  }
  // A standard per person or per month (低保标准已达463元/月, 补助提高到每人每月120元), with no target: a level, like a rate.
  if (reading.verdict === 'under-way' && reading.remains === null && !/\d/u.test(context.targetText ?? '') && standardsOnly(text) && !/正在|推进|持续|滞后|低于|序时/u.test(text)) {
    return judgement('unclear', 'words', `只报标准${quoted(text.match(PER_UNIT)?.[0] ?? text)}，没有可比的目标`);
  }
  // 报市政府同意后调整节点目标 · 任务核减为20个: the target itself was changed, so the row's target no longer
  // measures the work; whether it is met against the new one only a person can say.
  const retargeted = RETARGETED.exec(text);
  if (retargeted !== null && reading.verdict !== 'done') return judgement('unclear', 'words', `${quoted(retargeted[0])}，目标已调整，需人工确认`);
  switch (reading.verdict) {
    case 'done': {
      const record = recordBesideMeasures(reading.clauses, reading.decisive, context, year);
      if (record !== null) return judgement('unclear', 'words', `${quoted(record)}是到报告日为止没有发生的事，本行没有目标，前面列的是采取的措施，年度未完，是否完成需人工确认`);
      if (yearShareOfLongerTask(reading.decisive ?? text, context, year)) {
        return judgement('in-progress', 'words', `${quoted(reading.decisive ?? text)}，完成的是一年的任务，整项任务跨年度`);
      }
      // 去年已完成 · 上年度任务已全部完成: work of another year, not this row's task this year.
      const otherYears = otherYearsOf(reading.decisive ?? text, context, year);
      if (otherYears !== null) return judgement('unclear', 'words', `${quoted(reading.decisive ?? text)}，说的是“${otherYears}”完成的事，本年任务是否完成需人工确认`);
      return judgement('completed', 'words', quoted(reading.decisive ?? text));
    }
    case 'under-way': {
      const words = reading.shortOf !== null ? `${quoted(reading.decisive ?? text)}，${reading.shortOf}` : quoted(reading.decisive ?? text);
      if (due && reportsOnlyWhatWasDone(reading.clauses, reading.shortOf)) {
        return judgement('unclear', 'words', `${dueWords(context, year, text)}：${words}，只报做了多少，没有可比的目标，是否完成需人工确认`);
      }
      if (due) return judgement('behind', 'deadline', `${dueWords(context, year, text)}：${words}`);
      if (hasPassed(planned, context.asOf)) return judgement('behind', 'deadline', `自定时限${planned}已过：${words}`);
      // 预计全年完成投资2.5万亿元 with no target, beside measures taken: a forecast of the year's amount, which nothing
      // holds against anything (convention rule (ii)); a forecast of when the rest will finish (预计年底竣工) is work going on.
      const forecast = reading.shortOf === null && noTargetToCompare(context.targetText) ? yearForecastOnly(reading.clauses) : null;
      if (forecast !== null) return judgement('unclear', 'words', `${quoted(forecast)}是预计的全年数，没有可比的目标，需人工确认`);
      if (reading.shortOf === null && noTargetToCompare(context.targetText) && onlyAmounts(reading.clauses)) {
        return judgement('unclear', 'words', `${words}，只报做了多少，没有可比的目标，完成多少需人工确认`);
      }
      if (reading.shortOf === null && !/\d/u.test(context.targetText ?? '') && onlyMeasures(reading.clauses)) {
        return judgement('unclear', 'words', `${words}，只列了采取的措施，没说完成，也没说还在做，需人工确认`);
      }
      if (reading.shortOf === null && noTargetToCompare(context.targetText) && isNarrative(text, reading.clauses)) {
        return judgement('unclear', 'words', `${words}，一段总结列了做过的事，没有可比的目标，也没说整项完成或还剩什么，需人工确认`);
      }
      return judgement('in-progress', 'words', words);
    }
    case 'unlinked':
      return judgement('unclear', 'words', `${quoted(reading.decisive ?? text)}，${reading.shortOf ?? ''}`);
    case 'none':
      return judgement('unclear', 'nothing', '');
    default: {
      const unreachable: never = reading.verdict;
      return unreachable;
    }
  }
}

/**
 * 计划这两条公路年底前铺成油路，工程全面竣工 · 力争10月底建成，投入使用: a sentence opened by a word of plan (计划, 预计,
 * 力争, 争取, 确保, 拟, 打算) and a date still to come governs every clause after it; a done clause in it with no mark of having happened (已, 了,
 * 完毕) is part of the plan. Not 计划投资70万元建设的福龙桥，已完成50%: 计划 naming the plan's amount, nor a clause with 已.
 */
const PLAN_OPENING = /^(?:[^，,。；;]{0,12}?)(计划|预计|力争|争取|确保|拟|打算|准备)(?!投资|总投资|资金|任务|目标|内|外|的|数)/u;
/** The date the plan sets (到12月底前, 年底前, 年内): without one, 计划 may be a name (西部计划志愿者). */
const DATE_TO_COME = /(?:月|年|季度)(?:[上中下]旬|底|末)?(?:之?前)|年底|年内|月底|年末|季度末|之前/u;
const HAPPENED = /已|了|完毕|于\d|\d{1,2}月\d{1,2}日/u;

export function plannedSentence(text: string, evidence: string): string | null {
  for (const sentence of text.split(/[。；;！!\r\n]+/u)) {
    const clauses = clausesOf(sentence);
    const opening = PLAN_OPENING.exec(clauses[0] ?? '');
    if (opening === null || clauses.length < 2) continue;
    const done = clauses.slice(1).find((clause) => evidence.includes(clause) && !HAPPENED.test(clause));
    if (done !== undefined && !HAPPENED.test(clauses[0] ?? '') && DATE_TO_COME.test(clauses[0] ?? '')) return opening[1] ?? null;
  }
  return null;
}

/**
 * 9项约束性指标，有8项已提前完成 · 全县12个村，其中有10个已完成: a whole counted, then some of the same unit said done —
 * a part of the whole, not the whole. The part must be smaller than the whole, in the same measure word.
 */
const SOME_OF_COUNTED = /(\d+)\s*(项|个|件|座|所|条|家|户|村|处|类|批)(?:[^。；;]{0,40}?)[，,]?(?:其中)?(?:共|仅|只)?有\s*(\d+)\s*\2[^，,。；;\d]{0,12}?(?:已经?|均已)?[^，,。；;\d]{0,6}?(?:完成|建成|完工|竣工|实现|达到|达标|办结)/u;

export function someOfCounted(text: string): { readonly words: string; readonly whole: string; readonly part: string } | null {
  const match = SOME_OF_COUNTED.exec(text);
  if (match === null) return null;
  const whole = Number(match[1]);
  const part = Number(match[3]);
  return part < whole ? { words: match[0], whole: `${match[1]}${match[2]}`, part: `${match[3]}${match[2]}` } : null;
}

/**
 * 完成投资5.04亿元，比年度计划高20.3个百分点 · 与年度计划持平: the staff's own year's result set against the year's plan, at or
 * above it. Done only when the year is over (the report on or after the deadline, or at the year's end), nothing in the words
 * says work remains (reading.remains), and every other clause that says anything of state says it is done — a step or a part
 * finished beside it (主体完工, 全部开工, 试点项目完工) leaves the plan's works unfinished, whatever the money.
 */
const YEAR_PLAN_MET = /(?:比|较|超)(?:年度|全年|年初|本年|今年)(?:投资|建设|目标)?计划(?:(?:高|多|超出?|提高)了?\s*(\d+(?:\.\d+)?)\s*个百分点)|(?:与|和)(?:年度|全年|年初|本年|今年)(?:投资|建设|目标)?计划(?:基本)?持平/u;

function yearPlanMet(reading: WordsReading, context: WordsContext, year: number | null): Judgement | null {
  const clause = reading.clauses.find((c) => YEAR_PLAN_MET.test(c));
  if (clause === undefined || reading.remains !== null || /基本持平/u.test(clause)) return null;
  const over = context.asOf != null && ((context.deadline != null && context.asOf >= context.deadline) || (year !== null && context.asOf >= `${year}-12-31`));
  if (!over || (context.deadline != null && context.deadline.slice(0, 4) !== context.asOf?.slice(0, 4))) return null;
  const others = reading.clauses.filter((c) => c !== clause && !/^完成(?:投资|产值)/u.test(c)).map((c) => clauseSignals(c));
  if (others.some((s) => s.negated || s.lagging || s.partial || s.ongoing || s.stillToDo || s.started || s.partWords.length > 0 || s.periodWords.length > 0)) return null;
  return judgement('completed', 'words', `${quoted(clause)}，全年完成不低于年度计划`);
}
