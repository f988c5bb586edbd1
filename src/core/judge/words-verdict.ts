import { BASIC_AS_MEASURE, clauseSignals, MEANS_RATE, RATE_WORK_WORDS, type ClauseSignals } from './clause-signals';
import { clausesOf } from './clauses';
import { dueDateIn } from './due-date';
import { BUILD_TASK, clearedAsTargeted, listedPartLeftOut, paperworkOnly, secondActLeftOut, thingOutsideTarget } from './whole-task';

/**
 * What the words of a 完成情况 say, clause by clause, in this order of weight:
 * a negated or lagging clause (没有完成，材料未报齐) makes the whole not done; otherwise work still under way
 * anywhere (已建成3个，其余正在施工 · 方案已完成，正在报批) makes it under way, and so does a finished step,
 * phase or sub-set of the task (一期已建成 · 已完成初步设计审查) or a finished span shorter than the task's
 * (上半年各月均按时完成) — the whole-task rule: 已完成 only when the words say the whole task is done;
 * otherwise a finished clause or a clean record makes it done — unless every finished clause speaks of a thing
 * the target does not name (梅河路悦书房已建成开放 under 打造书香舒城): then it is `unlinked`, a named item whose
 * link to the whole task only a person can confirm; otherwise work reported without an end
 * (a figure, 了, 按月) is under way; and words that say none of these are `none`: nobody can tell from them.
 */
export type WordsVerdict = 'not-done' | 'under-way' | 'done' | 'unlinked' | 'none';

export interface WordsReading {
  readonly clauses: readonly string[];
  readonly verdict: WordsVerdict;
  /** The clause that decided the verdict (the staff's own words, for the 判断依据); null when none did. */
  readonly decisive: string | null;
  /**
   * Why an otherwise finished clause is short of the whole task, as the 判断依据 says it: the step or span it
   * names (只是“一期”), the second act the target joins (目标还要“投入使用”), a listed part it leaves out
   * (目标还有“郊区段”), or the thing the target does not name (说的是“梅河路悦书房”).
   */
  readonly shortOf: string | null;
  /**
   * A clause that says work remains (正在施工, 其余正在整改, 计划12月底前完成, 基本完成, 3个未开工), whatever the
   * verdict: figures that meet the target cannot make the task done while the staff's own words say part of it
   * is still to do.
   */
  readonly remains: string | null;
  /** A clause that says in words the whole task is done (顺利完成年度目标任务, 所有提案均已办结), if one does. */
  readonly wholeTask: string | null;
}

/** Words the task itself names (its 目标任务): a task that IS a step (完成初步设计) is finished by that step. */
function namedByTask(word: string, targetText: string | null | undefined): boolean {
  return targetText != null && targetText.includes(word);
}

/** A sub-set (其中…, 部分…) that is the task itself: the clause names the task's own leading words. */
function subsetIsTask(word: string, clause: string, targetText: string | null | undefined): boolean {
  if (word !== '其中' && word !== '部分') return false;
  const lead = targetText?.match(/[\u4e00-\u9fff]{4}/u)?.[0];
  const count = targetText?.match(/\d{2,}/u)?.[0];
  return (lead !== undefined && clause.includes(lead)) || (count !== undefined && clause.includes(count));
}

/**
 * The step or span a done clause is limited to, unless the task names it too; or the second act or listed part
 * of the target it leaves out. Said as the 判断依据 says it.
 */
function partOfTask(signals: ClauseSignals, clause: string, targetText: string | null | undefined, taskName?: string | null, wholeDoneBefore = false): string | null {
  if (!signals.done) return null;
  // 其中 after a clause that finished the whole (资金已全部发放到位，其中A、B等全部完成) names examples of the whole,
  // not the only part done.
  // The row's own name says what the task is as much as its target (中心大道征地拆迁 is finished by 已完成征地、拆迁).
  const named = (word: string): boolean => namedByTask(word, targetText) || namedByTask(word, taskName);
  const part = signals.partWords.find((word) => !named(word) && !subsetIsTask(word, clause, targetText) && !(word === '其中' && wholeDoneBefore));
  if (part !== undefined) return `只是“${part}”，不是整项任务`;
  const period = signals.periodWords.find((word) => !named(word));
  if (period !== undefined) return `只是“${period}”，不是整项任务`;
  const secondAct = secondActLeftOut(clause, targetText);
  if (secondAct !== null) return `目标还要“${secondAct}”，未见完成`;
  // The row's name may list the parts the target does not (加快“三馆一院”、…梅河路悦书房等项目建设).
  const listed = listedPartLeftOut(clause, targetText) ?? listedPartLeftOut(clause, taskName);
  if (listed !== null) return `目标还有“${listed}”，未见完成`;
  const paper = paperworkOnly(clause, targetText, taskName);
  if (paper !== null) return `只是“${paper}”，不是整项任务`;
  const narrower = narrowerSubject(clause, targetText);
  if (narrower !== null) return `只是“${narrower}”，不是整项任务`;
  // …unless the row's own name counts the same units (3市 on the row 兰州、张掖、天水3市公租房基本建成): they are the task's.
  const units = unitsCounted(clause, null);
  return units !== null && !(taskName ?? '').includes(units) ? `只是“${units}”，不是整项任务` : null;
}

/**
 * 已开工项目均已完工 · 已完成的项目均已验收: “all” of a set the clause picks out by a state it reached first — all of those, not
 * of the task. 县城已全部完成 · 城区学校均已完成 under a target of the whole (全县, 全市, 各乡镇): all of one area, not of the whole.
 */
// (已完成全部改造 is no set: 全部 there says how much of the work, and a set needs a name and a verb after its 均.)
const SET_BY_STATE = /^(?:目前|现|截至目前)?(已经?(?:开工|启动|建成|完成|完工|竣工|实施|立项|验收)的?[\u4e00-\u9fff]{1,4}?)(?:均已|已全部|均|都|全部已?)(?=[^，,。；;\d]{0,4}?(?:完成|完工|竣工|建成|验收|投用|投运|投入|交付|办结))/u;
const ONE_AREA = /^(?:目前|现)?((?:主|中心|老|新)?城区|县城|城关镇?|市区)(?!外)/u;
const WHOLE_AREA = /全[县市区镇乡省州]|各(?:乡镇|镇|乡|街道|村|县区|地)/u;

function narrowerSubject(clause: string, targetText: string | null | undefined): string | null {
  const set = SET_BY_STATE.exec(clause)?.[1];
  if (set !== undefined && !(targetText ?? '').includes(set)) return set;
  const area = ONE_AREA.exec(clause)?.[1];
  return area !== undefined && targetText != null && WHOLE_AREA.test(targetText) && !targetText.includes(area) ? area : null;
}

/**
 * The units a clause counts as finished (3个村 in 3个村完成率100%), with no word that they are all of them and not the
 * target's own count (10个村 under 完成10个村改厕): a sub-set of the task, or null.
 */
export function unitsCounted(clause: string, targetText: string | null | undefined): string | null {
  const units = UNITS_COUNTED.exec(clause);
  if (units === null || /均|都|全部|所有|全县|全市|全区/u.test(clause.slice(units.index + units[0].length))) return null;
  return targetText != null && targetText.includes(units[0]) ? null : units[0];
}

/**
 * 3个乡镇已完成年度目标任务 · 5个村已完成改厕: a count of the units that finished, with no word that they are all of them (均,
 * 全部), is a sub-set of the task. (When the target gives the count, the figures decide before the words are read.)
 */
const UNITS_COUNTED = /\d+(?:个|家|所)?(?:乡镇|镇|乡|村|社区|街道|单位|部门|县区|县|区|市|企业|学校)(?=[^，,。；;\d]{0,6}?(?:已|已经)?(?:完成|建成|完工|竣工|办结|实现|达到|整改|全覆盖))/u;

/**
 * The step, phase, sub-set or span a clause names that the task does not (招标 in 已完成招标5个, 一期, 上半年,
 * 序时进度): a figure or a rate in that clause measures that part, not the task. null when it names none.
 */
export function partNamedIn(clause: string, targetText: string | null | undefined): string | null {
  const signals = clauseSignals(clause);
  const part = signals.partWords.find((word) => !namedByTask(word, targetText) && !subsetIsTask(word, clause, targetText));
  return part ?? signals.periodWords.find((word) => !namedByTask(word, targetText)) ?? null;
}

/** A done-verb with its date (于8月底竣工, 已于2024年3月建成, 于年底前完成). */
/** A time a clause may set for its verb (not 全年任务, which names the task): 10月, 年内, 四季度, 下半年, 下月. */
const WHEN = /(?:\d{4}\s*年)?(?:\d{1,2}\s*月|[一二三四五六七八九十]{1,2}月)(?:底|末|中旬|上旬|下旬)?|年底|年内|年末|明年|[一二三四]季度(?!任务|目标|计划|指标)|下半年|下个?月/u;
const DATED = /于\s*(?:\d{4}\s*年)?(?:\d{1,2}\s*月|[一二三四五六七八九十]{1,2}月|年底|年内|年末|今年|明年|[一二三四]季度|上半年|下半年)/u;

/**
 * An event told with its date and no 已/了 (今年3月完工并投入使用) is still to happen only if the date is still
 * to come; a date before the report date says it happened.
 */
/**
 * 按序时完成 · 按进度完成: finished what the calendar's pace asked so far. Before the year's end that is the pace kept, a
 * span's share (as 完成序时进度 is), not the task finished; at the year's end the pace's last step is the task.
 * (按时间节点完成全部任务 names finishing on schedule, and stays as it reads: part-not-whole.test.ts.)
 */
const SCHEDULE_KEPT = /(?:按序时(?:进度)?|按(?:时间)?进度|按时序(?:进度)?)(?=[^，,。；;\d]{0,4}?(?:完成|完工|建成|实现))/u;

/** A clause dated in a year before the report's (于去年10月, 2019年): what it tells of is over by the report date. */
function datedInEarlierYear(clause: string, asOf: string): boolean {
  if (/(?:于|在)?(?:去年|上年|前年)/u.test(clause)) return true;
  const year = /(\d{4})\s*年/u.exec(clause)?.[1];
  return year !== undefined && Number(year) < Number(asOf.slice(0, 4));
}

function happened(written: ClauseSignals, clause: string, asOf: string | null | undefined): ClauseSignals {
  // 于去年10月陆续开工建设: how the works began, a year before the report; it names nothing still to come.
  const signals = written.ongoing && !written.stillToDo && !written.scheduled && asOf && /陆续|逐步|持续/u.test(clause) && datedInEarlierYear(clause, asOf) ? { ...written, ongoing: false, mannerOnly: false } : written;
  if (signals.done && asOf && SCHEDULE_KEPT.test(clause) && asOf.slice(5) < '12-31') {
    const kept = SCHEDULE_KEPT.exec(clause)?.[0] ?? '按时间节点';
    return { ...signals, periodWords: [...signals.periodWords, kept], doneScope: 'plain' };
  }
  // 于12月底完成 in a September report: a done-verb dated after the report date is a plan, whatever its grammar.
  if (signals.done && asOf && DATED.test(clause)) {
    const date = eventDate(clause, Number(asOf.slice(0, 4)));
    if (date !== null && date > asOf) return { ...signals, done: false, scheduled: true };
  }
  // …and so is one told without 已/了 at a time still to come (下月完成, 年内建成, 四季度完工 in a September report).
  const ahead = signals.done && asOf && !/已|了|过|完毕/u.test(clause) ? WHEN.exec(clause) : null;
  if (ahead && asOf) {
    const date = /下月|下个月/u.test(ahead[0]) ? '9999-12-31' : eventDate(clause.slice(ahead.index, ahead.index + ahead[0].length + 4), Number(asOf.slice(0, 4)));
    if (date !== null && date > asOf) return { ...signals, done: false, scheduled: true };
  }
  if (!signals.scheduled || signals.ongoing || !asOf) return signals;
  const date = eventDate(clause, Number(asOf.slice(0, 4)));
  // 6月1日开工 in a July report: the event happened, and what happened was a start — work begun, not the work done.
  if (date !== null && date < asOf && DATED_START.test(clause)) return { ...signals, scheduled: false, started: true };
  return date !== null && date < asOf ? { ...signals, scheduled: false, done: true } : signals;
}

/** An event dated by its month or day whose act is a start (6月1日开工, 3月进场, 5月启动): begun when the date has passed. */
const DATED_START = /(?:月|日)(?:[上中下]旬|底|初|末)?(?:前|起)?(?:将|可|要|拟|再)?(?:进场|开工|动工|启动|开展|实施|开始)/u;

/**
 * The day an event told with its month was over by: 9月1日 → that day, 11月中旬 → the 20th, 上旬 → the 10th, else the month's
 * end (于9月1日实现通车 in a report of 19 September has happened; read as the month's end it would still be to come).
 */
function eventDate(clause: string, year: number): string | null {
  const date = dueDateIn(clause, year);
  const day = /(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]/u.exec(clause);
  if (date !== null && day?.[1] !== undefined && day[2] !== undefined && Number(day[1]) === Number(date.slice(5, 7)) && Number(day[2]) >= 1 && Number(day[2]) <= Number(date.slice(8))) {
    return `${date.slice(0, 8)}${day[2].padStart(2, '0')}`;
  }
  const part = /月(?:份)?(上旬|中旬)/u.exec(clause)?.[1];
  return date === null || part === undefined ? date : `${date.slice(0, 8)}${part === '上旬' ? '10' : '20'}`;
}

/** A clause whose only figure is money spent on works: 完成投资1500万元, 完成1550万元, 投资3350万元. */
function spendingOnly(clause: string): boolean {
  // 总投资5.8亿元的…工程 · 计划总投资75亿元的…项目: a project's size, which names it, not money spent on it.
  if (!/(?:完成|(?<![总计划])投资|支出)(?:投资|支出)?约?\d+(?:\.\d+)?(?:万|亿)?元/u.test(clause)) return false;
  const figures = clause.match(/\d+(?:\.\d+)?\s*(?:万|亿)?[\u4e00-\u9fff%]/gu) ?? [];
  return figures.every((figure) => /(?:万|亿)?元$|万$|亿$/u.test(figure));
}

/**
 * A clause that names the problem being put right (对提前下达比例未达到要求问题, 针对部分项目进度缓慢的问题): an
 * 整改 report opens each item by restating the problem, and its 未达到/缓慢 describe the problem found, not the
 * state of the work now. What follows it says that.
 */
const PROBLEM_NAMED = /^(?:对|针对|关于|就)[^，]*问题(?:的整改|整改)?$/u;

/** A clause that counts something (开工2个, 已办结6件): one line of a breakdown. */
const COUNT = /\d+(?:\.\d+)?(?:万|亿)?(?:个|项|件|座|户|处|条|所|家|人|名|套|公里|亩)/u;

/**
 * The text with the clauses that name the problem taken out (对…仅将预算安排数的58.46%分配下达问题，省财政厅…):
 * a figure in the problem's name describes what was found, not what was done since. Unchanged when nothing else is left.
 */
export function withoutProblemNamed(text: string): string {
  const pieces = text.split(/([，,。；;！!？?\r\n]+)/u);
  const kept = pieces.filter((piece, i) => i % 2 === 1 || !PROBLEM_NAMED.test(piece.replace(/[ \t\u3000]+/gu, '').trim()));
  const rest = kept.join('').replace(/^[，,。；;！!？?\r\n]+/u, '');
  return rest.trim() === '' ? text : rest;
}

export function wordsVerdict(clauses: readonly string[], targetText?: string | null, asOf?: string | null, taskName?: string | null): WordsReading {
  const reported = clauses.filter((clause) => !PROBLEM_NAMED.test(clause));
  return verdictOfClauses(reported.length > 0 ? reported : clauses, targetText, asOf, taskName);
}

/**
 * 资金到位率和拨付率均达100% under a task to build or finish a thing (建成投用, 改造): the money is in place, the thing is
 * not said to be built, so the rate finishes a step of the task only.
 */
function meansForBuilding(s: ClauseSignals, clause: string, targetText: string | null | undefined): ClauseSignals {
  if (!s.rateFull || targetText == null || !BUILD_TASK.test(targetText) || !MEANS_RATE.test(clause) || /整改|办结|完成率/u.test(clause)) return s;
  return { ...s, rateFull: false, done: false, doneScope: null, activity: true };
}

/**
 * The task itself as a clause's object (年度目标任务, 各项预期目标, 上级下达的任务, 目标任务): not a thing's own task
 * (摸排任务, 宣传发动任务), which names the thing and must be the target's like any other.
 */
const TASK_ITSELF = /(?:年度|全年|年初|既定|各项|上级下达|下达|省定|市定|县定|预期|规划|计划|目标)[^，,。；;\d%]{0,14}?(?:目标|任务|指标)/u;

/** A task of money (年度投资任务, 资金计划, 支出预算): what was spent, not what was built. */
const MONEY_TASK = /投资|资金|支出|预算|融资/u;

/** The work a rate measures (整改 in 整改率98.4%), from clause-signals' list. */
const RATE_WORK = new RegExp(`(${RATE_WORK_WORDS})率`, 'u');

/** 21个省份全部开工 · 已全部开工建设 · 均已动工: every one of them started. */
const ALL_STARTED = /(?:全部|均已|已全部|全都|均)(?:已)?(?:开工|动工)/u;

/** A clause that is only 其中 (其中：…): the clauses after it tell of a sub-set of what came before. */
const SUBSET_OPENER = /^其中[:：]?$/u;

/** Time words a clause may open on (截至10月底, 截止4月底, 目前, 今年): they are not its subject. */
const LEADING_TIME = /^(?:(?:截至|截止|到|至)?(?:\d{4}年)?(?:\d{1,2}月)?(?:\d{1,2}日)?(?:底|末|初|中旬|上旬|下旬)?(?:前|止)?|目前|现|今年|当前|本年)+/u;
/** The thing a clause tells of: the words it opens on, before 已, 正在, 于 or its verb (驻驾中心幼儿园 in 驻驾中心幼儿园已开工建设). */
function subjectOf(clause: string): string | null {
  const rest = clause.replace(LEADING_TIME, '');
  const match = /^([\u4e00-\u9fff\dA-Za-z“”"（）()]{2,20}?)(?:现已|已经|已|正在|正|均已|于|目前)/u.exec(rest);
  return match?.[1] ?? null;
}

/**
 * 牌楼神山幼儿园已完工，驻驾中心幼儿园已开工建设: one part finished while another part of its own name has only taken a
 * step (开工, 启动, 招标, 进场): work on the whole remains. The step must tell of another thing than the finished clause,
 * so 项目3月开工，已于11月竣工 (one thing, started then finished) is not one.
 */
function siblingOnlyStarted(clauses: readonly string[], signals: readonly ClauseSignals[]): string | null {
  const doneSubjects = clauses.filter((_, i) => signals[i]?.done === true).map(subjectOf);
  if (doneSubjects.length === 0) return null;
  for (const [i, clause] of clauses.entries()) {
    const s = signals[i];
    if (s === undefined || s.done || s.negated || !(s.started || SIBLING_STEP.test(clause))) continue;
    const subject = subjectOf(clause);
    if (subject !== null && doneSubjects.some((other) => other !== null && other !== subject && !other.includes(subject) && !subject.includes(other))) return clause;
  }
  return null;
}
/**
 * The clause's subject is another party than the row's department, or one level of several (上级已完成, 牵头单位已完成,
 * 市级已完成, 县本级已完成): its share is finished, not the task. The party, or null.
 * A body of a level above the county (省厅, 市里, 市政府, 省发改委, 市住建局) is another party too: its approval or
 * acceptance (省厅已完成验收, 市里已完成审批, 省级验收已完成) is its own act on the works, a step of the row's task, not the works done.
 */
const OTHER_PARTY = /^(?:上级(?:主管)?(?:部门|单位|机关|政府)?|[省市县区乡镇村]?本?级|(?:牵头|配合|协办|协作|参与)(?:单位|部门|方)?|[省市州](?:里|委|政府|[\u4e00-\u9fff]{0,5}?(?:厅|局|委|办|部门))|[省市州](?:级|里|厅)?(?:验收|审批|审核|批复|评审|审查|核查|核准))$/u;
function otherParty(clause: string): string | null {
  const subject = subjectOf(clause);
  return subject !== null && OTHER_PARTY.test(subject) ? subject : null;
}
const SIBLING_STEP = /(?:已|已经|现已)[^，,。；;\d]{0,4}?(?:开工|动工|启动|招标|进场|开始)/u;

/**
 * Places a summary of many reports on: a count of them (3个省份, 5个县区) or a list after its name (进展较慢的地区：…).
 * A summary that names some places behind and others ahead (28个省快于时序进度，3个省份进度偏慢 · 进展较快的地区：…；
 * 进展较慢的地区：…) tells the spread, not the state of the whole: the lag is a part's, and only the whole's own figure,
 * where the words give one, says how the task stands.
 */
const PLACES = /(?:\d+|[一二三四五六七八九十两]+)个(?:省份|省|地区|市州|市|州|县区|县|区|乡镇)|(?:地区|省份|市州|县区)[:：]/u;
const FASTER = /较快|快于|超过?(?:序时|时序|时间)进度|高于(?:序时|时序|时间进度)|领先/u;

function placesBothWays(clauses: readonly string[], lagIndex: number): boolean {
  if (!PLACES.test(clauses[lagIndex] ?? '')) return false;
  return clauses.some((clause, i) => i !== lagIndex && PLACES.test(clause) && FASTER.test(clause) && !clauseSignals(clause).lagging);
}

/** A clause that opens on a count of the task's items (56个小项…, 有12个项目…, 9件…). */
const ITEMS_COUNTED = /^(?:有|共|其中)?\d+(?:个|项|件)/u;

/**
 * A tally of the task's items by their pace (31个小项完成全年任务，38个小项达到进度，56个小项未达到进度): the items behind pace
 * are one group beside others done or on pace, so the tally tells the spread, not the state of the whole task, as a
 * summary of places does — while the items behind are fewer than the others; when most are behind, so is the task. Only
 * for a lag of pace (进度): items overdue (未按期) are lag whatever the others did.
 */
function itemsBothWays(clauses: readonly string[], signals: readonly ClauseSignals[], lagIndex: number): boolean {
  const lag = clauses[lagIndex] ?? '';
  if (!ITEMS_COUNTED.test(lag) || !/进度/u.test(lag) || /按期|如期|按时|逾期|超期/u.test(lag)) return false;
  const ahead = clauses.filter((clause, i) => {
    const s = signals[i];
    return i !== lagIndex && s !== undefined && ITEMS_COUNTED.test(clause) && !s.negated && !s.lagging && (s.done || /达到|超过|快于/u.test(clause));
  });
  // …and only while the items behind are fewer than the others: when most are behind (13 of 20), the task is behind.
  const count = (clause: string): number => Number(/\d+/u.exec(clause)?.[0] ?? 0);
  return ahead.length > 0 && count(lag) < ahead.reduce((sum, clause) => sum + count(clause), 0);
}

/**
 * A clause that is a finishing verb and then the row's own name, whole (完成龙溪镇第二幼儿园等8个教育项目建设 on the row
 * 龙溪镇第二幼儿园等8个教育项目建设): it says the row's task was finished, and a count inside the name is the name's, not an
 * amount of it. Only the name entire: 完成…的设计, …前期工作 or a part of the name say less.
 */
const FINISHED_NAMED = /^(?:已经?|均已|全部)?(?:完成|建成|完工|竣工)了?(.+)$/u;

function finishesTheRow(clause: string, taskName: string | null | undefined): boolean {
  const name = (taskName ?? '').replace(/[\s，,。；;、]/gu, '');
  const rest = FINISHED_NAMED.exec(clause.replace(/[\s，,。；;]/gu, ''))?.[1];
  return name.length >= 4 && rest !== undefined && rest.replace(/、/gu, '') === name;
}

/**
 * 8月底具备通车条件，于9月1日实现全线通车: ready for an act (具备…条件), then the act itself said done in another clause. The
 * readiness was a stage on the way, passed; it names no work still to do. Only when the done clause names the same act.
 */
const READY = /(?:具备|达到)([^，,。；;]{0,8}?)条件/u;

function readinessPassed(clause: string, clauses: readonly string[]): boolean {
  const act = READY.exec(clause)?.[1]?.replace(/^[了的]/u, '');
  if (act === undefined || act.length < 2) return false;
  return clauses.some((other) => other !== clause && other.includes(act) && clauseSignals(other).done);
}

/**
 * 除A这一项外，其余8项均已完成 on the row 除A外的8项指标: the row's own name draws the line the words draw (除…外, 其余), so
 * those words name the row's scope, not work left beside it. Only when the row's name itself says 除…外 or 其余.
 */
const EXCEPT = /除[^，,。；;]{1,30}?外|其余|其他/gu;

function scopeNamedByRow(clause: string, taskWords: string): string {
  if (!/除[^，,。；;]{1,30}?外|其余|其他/u.test(taskWords)) return clause;
  return clause.replace(EXCEPT, (words) => '〇'.repeat(words.length));
}

/** The acts of the work a clause names (办复, 拨付, 整改), from the list the rates of the work are named by. */
const ACT_WORD = new RegExp(RATE_WORK_WORDS, 'gu');

function actsOf(clause: string): string[] {
  return clause.match(ACT_WORD) ?? [];
}

const GENERAL_ACT = /^(?:落实|到位|执行)$/u;
const CHECK_ACT = /^(?:验收|销号|结案)$/u;

/**
 * 2016、2017年已完成589万人的搬迁任务，2018年还将完成280万人 on the row 2016、2017年易地扶贫搬迁建设任务: the work still to do
 * is dated in a later year than every year the row names and names that year's own task, so it is the next task, not what
 * is left of the row's. Only where the row names its years and the clause names only later ones.
 */
function laterYearsWork(s: ClauseSignals, clause: string, taskWords: string): ClauseSignals {
  if (!s.stillToDo && !s.ongoing) return s;
  const rowYears = (taskWords.match(/\d{4}(?=\s*[年、，,—\-至到])/gu) ?? []).map(Number);
  const clauseYears = (clause.match(/\d{4}(?=\s*年)/gu) ?? []).map(Number);
  if (rowYears.length === 0 || clauseYears.length === 0 || !clauseYears.every((year) => year > Math.max(...rowYears))) return s;
  // …and names that year's own task (2018年还将完成280万人的搬迁建设任务): work pushed into the next year (剩余80户顺延至2025年,
  // 2025年继续改造80户) is what is left of the row's.
  if (!/\d{4}\s*年[^，,。；;]*?(?:任务|计划|目标)$/u.test(clause) || /顺延|结转|延至|推迟|继续|剩余|余下|其余/u.test(clause)) return s;
  return { ...s, stillToDo: false, ongoing: false, scheduled: false, mannerOnly: false };
}

/** A pilot (试点): work on trial, or a part of the task, unless the row's own target or name is the pilot. */
const PILOT = /试点/u;
const PILOT_WORD = /试点/gu;

function verdictOfClauses(clauses: readonly string[], targetText?: string | null, asOf?: string | null, taskName?: string | null): WordsReading {
  const opener = clauses.findIndex((clause) => SUBSET_OPENER.test(clause));
  // A task that is itself a start (年度开工计划, 新开工改造小区数), not a build to finish: all of it started finishes it.
  const taskWords = `${targetText ?? ''}${taskName ?? ''}`;
  const taskIsStart = /开工|动工/u.test(taskWords) && !/竣工|完工|建成|投用|投运|投产|交付|通车/u.test(taskWords);
  // 其中 alone, then …均已实现提前开工: the finish after it is a sub-set's, so it is marked as one.
  const signals = clauses.map((clause, i) => {
    // 10个试点村项目全部完工 on the row 10个试点村项目: the pilot the row names is the task itself, no trial still running.
    const piloted = scopeNamedByRow(PILOT.test(taskWords) ? clause.replace(PILOT_WORD, '〇〇') : clause, taskWords);
    const own = readinessPassed(clause, clauses) ? piloted.replace(READY, (words) => '〇'.repeat(words.length)) : piloted;
    const signalsRead = laterYearsWork(meansForBuilding(happened(clauseSignals(own), clause, asOf), clause, targetText), clause, taskWords);
    // 完成龙溪镇第二幼儿园等8个项目建设 on the row of that very name: the row finished whole, its count the name's own, no amount.
    const read = !signalsRead.done && !signalsRead.negated && !signalsRead.partial && !signalsRead.ongoing && finishesTheRow(clause, taskName) ? { ...signalsRead, done: true, doneScope: 'plain' as const } : signalsRead;
    // 水面无浮萍及垃圾 under 清理浮萍及垃圾: the thing the task clears is gone, the task's own result.
    const cleared = !read.done && !read.negated && !read.ongoing && clearedAsTargeted(clause, targetText) ? { ...read, done: true, doneScope: 'plain' as const } : read;
    const s = taskIsStart && ALL_STARTED.test(clause) && !cleared.done && !cleared.negated && !cleared.ongoing ? { ...cleared, done: true, doneScope: 'full' as const } : cleared;
    // A clause that names the task itself (已全面完成上级下达的年度处置任务) speaks for the whole again; a text that opens on
    // 其中 is a sub-set of something outside it, which the words cannot weigh.
    return opener > 0 && i > opener && s.done && s.doneScope !== 'whole' && !s.partWords.includes('其中') ? { ...s, partWords: [...s.partWords, '其中'], doneScope: 'plain' as const } : s;
  });
  const first = (test: (s: ClauseSignals, i: number) => boolean): string | null => {
    const index = signals.findIndex(test);
    return index < 0 ? null : (clauses[index] ?? null);
  };
  // 基本建成 is work left only when the target does not count 基本建成 itself.
  // One clause that speaks for the whole task (顺利完成年度目标任务, 所有建议均已办理完毕, 整改率100%) outweighs a measure
  // done only in part that names no part of the task (基本建成13305套; not 部分项目基本建成), words of how the work went
  // (全力推进…) and a trend (逐步提升) beside it; a finish in
  // full (全部完工, 实现全覆盖) outweighs a trend only. Remaining work (正在, 其余, 尚有, 未到期限), lag and negation
  // outweigh them all.
  const whole = signals.some((s) => s.doneScope === 'whole');
  const full = whole || signals.some((s) => s.doneScope === 'full');
  const outweighed = (s: ClauseSignals): boolean => {
    if (s.stillToDo || s.scheduled || s.countedNotDone || s.ahead) return false;
    const howItGoes = s.trend || s.mannerOnly;
    if (full && howItGoes && !s.partial) return true;
    const partNamingNoPart = s.partial && s.partWords.length === 0;
    return whole && (partNamingNoPart || howItGoes) && (!s.ongoing || howItGoes);
  };
  // …nor when the target counts 基本建成 itself, in its own cell or as the words name the task (年度基本建成任务3557套).
  const basicNamed = clauses.some((clause) => BASIC_AS_MEASURE.test(clause));
  const basicIsTask = (clause: string): boolean => (targetText != null && /基本|初步/u.test(targetText) && /基本|初步/u.test(clause)) || (basicNamed && /基本建成/u.test(clause));
  const partlyLeft = (s: ClauseSignals, clause: string): boolean => s.partial && !outweighed(s) && !basicIsTask(clause);
  const remainsIndex = signals.findIndex((s, i) => s.stillToDo || s.countedNotDone || partlyLeft(s, clauses[i] ?? ''));
  const remains = remainsIndex < 0 ? null : (clauses[remainsIndex] ?? null);
  const wholeIndex = signals.findIndex((s) => s.doneScope === 'whole' && !s.rateShort && !s.rateFull);
  const wholeTask = wholeIndex < 0 ? null : (clauses[wholeIndex] ?? null);
  const reading = (verdict: WordsVerdict, decisive: string | null, shortOf: string | null = null): WordsReading => ({ clauses, verdict, decisive, shortOf, remains, wholeTask });

  // 3个未开工 beside 开工2个 counts what remains of a breakdown; alone it says the task is not done.
  const breakdown = (index: number): boolean => clauses.some((clause, i) => i !== index && signals[i]?.negated === false && COUNT.test(clause));
  const notDoneIndex = signals.findIndex((s, i) => s.lagging || (s.negated && !(s.countedNotDone && breakdown(i))));
  const notDone = notDoneIndex < 0 ? null : (clauses[notDoneIndex] ?? null);
  const split = notDone !== null && signals[notDoneIndex]?.lagging === true ? placesBothWays(clauses, notDoneIndex) : false;
  if (notDone !== null && split) return reading('unlinked', notDone, '各地快慢不一，滞后的只是其中一部分地方，整项进度需人工确认');
  if (notDone !== null && itemsBothWays(clauses, signals, notDoneIndex)) return reading('unlinked', notDone, '各项快慢不一，落后于进度的只是其中一部分，整项进度需人工确认');
  if (notDone !== null) return reading('not-done', notDone);
  // A rate of the work under 100% (处置率32.68%) is work remaining, unless a clause says the whole task is done: then the
  // rate measures more than the task (a stock of years, of which the year's task was a share).
  const wordsWhole = wholeTask !== null;
  // …but not when the rate is of the very work the target names (整改率98.4% under 完成…整改): then it measures the task.
  const rateOfTheTask = (clause: string): boolean => {
    const work = RATE_WORK.exec(clause)?.[1];
    return work !== undefined && targetText != null && targetText.includes(work);
  };
  // 全部办复完毕…办结率75.3% on a row of 办复: the row's own act is said done in full, and the short rate measures a later act
  // the row does not ask for (办结 after 办复, 执行 after 拨付): no work of the row's is left. Not an act too general to be the
  // row's own (落实, 到位, 执行), and not a check on the row's own work (验收, 销号, 结案), whose shortfall leaves it unconfirmed.
  const ownActDone = signals.some((s, i) => (s.doneScope === 'full' || s.doneScope === 'whole') && !s.rateShort && !s.negated && actsOf(clauses[i] ?? '').some((act) => !GENERAL_ACT.test(act) && taskWords.includes(act)));
  const rateBeyondRow = (clause: string): boolean => {
    const work = RATE_WORK.exec(clause)?.[1];
    return ownActDone && work !== undefined && !taskWords.includes(work) && !CHECK_ACT.test(work);
  };
  const underWay = first((s, i) => ((s.ongoing || s.partial) && !outweighed(s)) || s.scheduled || s.ahead || s.countedNotDone || (s.rateShort && !rateBeyondRow(clauses[i] ?? '') && (!wordsWhole || rateOfTheTask(clauses[i] ?? ''))));
  if (underWay !== null) return reading('under-way', underWay);
  const shortOf = signals.map((s, i) => whole && s.doneScope !== 'whole' ? null : partOfTask(s, clauses[i] ?? '', targetText, taskName, signals.slice(0, i).some((before, j) => before.done && before.partWords.length === 0 && before.periodWords.length === 0 && partOfTask(before, clauses[j] ?? '', targetText, taskName) === null)));
  const partIndex = shortOf.findIndex((why) => why !== null);
  if (partIndex >= 0) {
    return reading('under-way', clauses[partIndex] ?? null, shortOf[partIndex] ?? null);
  }
  const sibling = siblingOnlyStarted(clauses, signals);
  if (sibling !== null) return reading('under-way', sibling, '一部分完成，另一部分只是开始，整项未完成');
  const done = first((s) => s.done || s.cleanRecord);
  if (done !== null) {
    // A clean record (无违纪) answers the target whatever it names; a finished thing must be the target's own.
    const doneClauses = clauses.filter((_, i) => signals[i]?.done === true);
    const outside = doneClauses.map((clause) => otherParty(clause) ?? thingOutsideTarget(clause, targetText, taskName));
    // …and a clause whose object is the task itself (年度目标任务, 各项目标) is the row's own.
    // (所有村均已完成摸排 names its own thing, 摸排, which must still be the target's.)
    // 超额完成年度投资任务 under 城南小学建成投用: the year's money task, not the works the row is to finish.
    const moneyOnly = (clause: string): boolean => MONEY_TASK.test(clause) && targetText != null && BUILD_TASK.test(targetText) && !MONEY_TASK.test(targetText) && !/元/u.test(targetText);
    const linked = signals.some((s) => s.cleanRecord) || (wholeTask !== null && TASK_ITSELF.test(wholeTask) && !moneyOnly(wholeTask)) || outside.some((thing, i) => thing === null && !moneyOnly(doneClauses[i] ?? ''));
    if (!linked) return reading('unlinked', doneClauses[0] ?? done, `说的是“${outside[0] ?? ''}”，不是目标所说的整项任务，是否整项完成需人工确认`);
    return reading('done', done);
  }
  // The clause that says the work began (开复工率100%) is what decided, before one that only counts or describes.
  const activity = first((s) => s.started) ?? first((s) => s.activity);
  if (activity !== null) {
    // Money spent and nothing else (防洪工程完成投资1500万元): what the money bought, and how far the works are,
    // the words do not say; with no target in money to hold it against, only a person can tell.
    const active = clauses.filter((_, i) => signals[i]?.started === true || signals[i]?.activity === true);
    const moneyOnly = !signals.some((s) => s.started) && active.every((clause) => spendingOnly(clause)) && !/\d/u.test(targetText ?? '');
    return moneyOnly ? reading('unlinked', activity, '只报完成的投资额，没有可比的目标，工程进展如何需人工确认') : reading('under-way', activity);
  }
  return reading('none', null);
}

/**
 * The words finish only a step, a phase, a span or a sub-set the task does not name (一期已完工, 主体已完工, 上半年任务已完成,
 * 试点村已完成): the part is done, the task is not said to be. Not a second act or a listed part the target names and the
 * words leave out, which the words may simply not speak of.
 */
export function namesOnlyAPart(reading: WordsReading, targetText: string | null | undefined): boolean {
  if (reading.verdict !== 'under-way' || reading.decisive === null) return false;
  // 试点村已完成: 试点 is read as work going on as well as a part, so the part is found on the deciding clause itself.
  return (reading.shortOf !== null && reading.shortOf.startsWith('只是')) || (clauseSignals(reading.decisive).done && partNamedIn(reading.decisive, targetText) !== null);
}

export function readWords(text: string, targetText?: string | null, asOf?: string | null, taskName?: string | null): WordsReading {
  return wordsVerdict(clausesOf(text), targetText, asOf, taskName);
}
