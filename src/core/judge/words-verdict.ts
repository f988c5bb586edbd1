import { clauseSignals, type ClauseSignals } from './clause-signals';
import { clausesOf } from './clauses';
import { dueDateIn } from './due-date';
import { listedPartLeftOut, paperworkOnly, secondActLeftOut, thingOutsideTarget } from './whole-task';

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
function partOfTask(signals: ClauseSignals, clause: string, targetText: string | null | undefined, taskName?: string | null): string | null {
  if (!signals.done) return null;
  const part = signals.partWords.find((word) => !namedByTask(word, targetText) && !subsetIsTask(word, clause, targetText));
  if (part !== undefined) return `只是“${part}”，不是整项任务`;
  const period = signals.periodWords.find((word) => !namedByTask(word, targetText));
  if (period !== undefined) return `只是“${period}”，不是整项任务`;
  const secondAct = secondActLeftOut(clause, targetText);
  if (secondAct !== null) return `目标还要“${secondAct}”，未见完成`;
  // The row's name may list the parts the target does not (加快“三馆一院”、…梅河路悦书房等项目建设).
  const listed = listedPartLeftOut(clause, targetText) ?? listedPartLeftOut(clause, taskName);
  if (listed !== null) return `目标还有“${listed}”，未见完成`;
  const paper = paperworkOnly(clause, targetText);
  return paper !== null ? `只是“${paper}”，不是整项任务` : null;
}

/**
 * The step, phase, sub-set or span a clause names that the task does not (招标 in 已完成招标5个, 一期, 上半年,
 * 序时进度): a figure or a rate in that clause measures that part, not the task. null when it names none.
 */
export function partNamedIn(clause: string, targetText: string | null | undefined): string | null {
  const signals = clauseSignals(clause);
  const part = signals.partWords.find((word) => !namedByTask(word, targetText) && !subsetIsTask(word, clause, targetText));
  return part ?? signals.periodWords.find((word) => !namedByTask(word, targetText)) ?? null;
}

/**
 * An event told with its date and no 已/了 (今年3月完工并投入使用) is still to happen only if the date is still
 * to come; a date before the report date says it happened.
 */
function happened(signals: ClauseSignals, clause: string, asOf: string | null | undefined): ClauseSignals {
  if (!signals.scheduled || signals.ongoing || !asOf) return signals;
  const date = dueDateIn(clause, Number(asOf.slice(0, 4)));
  return date !== null && date < asOf ? { ...signals, scheduled: false, done: true } : signals;
}

/** A clause whose only figure is money spent on works: 完成投资1500万元, 完成1550万元, 投资3350万元. */
function spendingOnly(clause: string): boolean {
  if (!/(?:完成|投资|支出)(?:投资|支出)?约?\d+(?:\.\d+)?(?:万|亿)?元/u.test(clause)) return false;
  const figures = clause.match(/\d+(?:\.\d+)?\s*(?:万|亿)?[\u4e00-\u9fff%]/gu) ?? [];
  return figures.every((figure) => /(?:万|亿)?元$|万$|亿$/u.test(figure));
}

/**
 * A clause that names the problem being put right (对提前下达比例未达到要求问题, 针对部分项目进度缓慢的问题): an
 * 整改 report opens each item by restating the problem, and its 未达到/缓慢 describe the problem found, not the
 * state of the work now. What follows it says that.
 */
const PROBLEM_NAMED = /^(?:对|针对|关于|就)[^，]*问题(?:的整改|整改)?$/u;

export function wordsVerdict(clauses: readonly string[], targetText?: string | null, asOf?: string | null, taskName?: string | null): WordsReading {
  const reported = clauses.filter((clause) => !PROBLEM_NAMED.test(clause));
  return verdictOfClauses(reported.length > 0 ? reported : clauses, targetText, asOf, taskName);
}

function verdictOfClauses(clauses: readonly string[], targetText?: string | null, asOf?: string | null, taskName?: string | null): WordsReading {
  const signals = clauses.map((clause) => happened(clauseSignals(clause), clause, asOf));
  const first = (test: (s: ClauseSignals) => boolean): string | null => {
    const index = signals.findIndex(test);
    return index < 0 ? null : (clauses[index] ?? null);
  };
  const reading = (verdict: WordsVerdict, decisive: string | null, shortOf: string | null = null): WordsReading => ({ clauses, verdict, decisive, shortOf });

  const notDone = first((s) => s.negated || s.lagging);
  if (notDone !== null) return reading('not-done', notDone);
  const underWay = first((s) => s.ongoing || s.partial || s.scheduled || s.ahead);
  if (underWay !== null) return reading('under-way', underWay);
  const partIndex = signals.findIndex((s, i) => partOfTask(s, clauses[i] ?? '', targetText, taskName) !== null);
  if (partIndex >= 0) {
    const part = signals[partIndex];
    return reading('under-way', clauses[partIndex] ?? null, part ? partOfTask(part, clauses[partIndex] ?? '', targetText, taskName) : null);
  }
  const done = first((s) => s.done || s.cleanRecord);
  if (done !== null) {
    // A clean record (无违纪) answers the target whatever it names; a finished thing must be the target's own.
    const doneClauses = clauses.filter((_, i) => signals[i]?.done === true);
    const outside = doneClauses.map((clause) => thingOutsideTarget(clause, targetText, taskName));
    const linked = signals.some((s) => s.cleanRecord) || outside.some((thing) => thing === null);
    if (!linked) return reading('unlinked', doneClauses[0] ?? done, `说的是“${outside[0] ?? ''}”，不是目标所说的整项任务，是否整项完成需人工确认`);
    return reading('done', done);
  }
  const activity = first((s) => s.started || s.activity);
  if (activity !== null) {
    // Money spent and nothing else (防洪工程完成投资1500万元): what the money bought, and how far the works are,
    // the words do not say; with no target in money to hold it against, only a person can tell.
    const active = clauses.filter((_, i) => signals[i]?.started === true || signals[i]?.activity === true);
    const moneyOnly = !signals.some((s) => s.started) && active.every((clause) => spendingOnly(clause)) && !/\d/u.test(targetText ?? '');
    return moneyOnly ? reading('unlinked', activity, '只报完成的投资额，没有可比的目标，工程进展如何需人工确认') : reading('under-way', activity);
  }
  return reading('none', null);
}

export function readWords(text: string, targetText?: string | null, asOf?: string | null, taskName?: string | null): WordsReading {
  return wordsVerdict(clausesOf(text), targetText, asOf, taskName);
}
