import type { Indicator, Period, TextField } from '../model';
import { saysNone } from '../model';
import { clauseSignals } from './clause-signals';
import { clausesOf, sameWords } from './clauses';
import { dueDateIn, hasPassed, referenceDate } from './due-date';
import { amount, percent, quoted } from './evidence';
import { figuresShowDone, figuresVerdict, isGrowthTarget, isPartYearGrowth } from './figures-verdict';
import { statedKind, withStatedStatus } from './stated-status';
import type { Judgement, Verdict } from './verdict';
import { judgeWords, type WordsContext } from './words-judgement';
import { namesOnlyAPart, readWords } from './words-verdict';

/** Cells that only say "nothing here": a dash, a slash, 暂无. A bare 无 is not one: it may be the answer (无 违纪案件). */
const EMPTY_MARKS = /^[\s\-－—–/／\\、.。…]*$|^暂无$/u;

function meaningful(field: TextField | null): string | null {
  const trimmed = String(field?.value ?? '').trim();
  return trimmed === '' || EMPTY_MARKS.test(trimmed) ? null : trimmed;
}

function wordsContext(indicator: Indicator, period: Period): WordsContext {
  return {
    targetText: indicator.targetText?.value ?? null,
    deadline: indicator.deadline?.iso ?? null,
    asOf: referenceDate(period),
    expectedProgress: Number.isFinite(period.expectedProgress) ? period.expectedProgress : null,
    taskName: indicator.name.value,
  };
}

/**
 * The 完成值 restates the 指标值 word for word (指标值 明显改善, 完成值 明显改善): the department's own
 * statement that the target was met, as the finance 自评表 asks units to write it.
 */
function restatesTarget(statusWords: string, indicator: Indicator, year: number): boolean {
  const target = meaningful(indicator.targetText);
  // A date in the words (年底前完成) makes them a plan copied from the target, not a statement of what was met; so does
  // a task to be done (建设城南小学, 新建学校, 开展培训): only a result or a state restated (明显改善, 建成投用) is met.
  return target !== null && sameWords(target, statusWords) && dueDateIn(statusWords, year) === null && !TASK_TO_DO.test(statusWords.trim());
}

/** Words that open on an act still to be done (建设…, 新建…, 开展…, 推进…): a task, not a result. */
const TASK_TO_DO = /^(?:加快|大力|全力|积极|持续|深入|全面|进一步|着力|切实)?(?:建设|新建|改建|扩建|修建|兴建|开展|实施|推进|推动|打造|加强|组织|落实|完善|健全|深化|启动|谋划|争取|做好|抓好|编制|制定)/u;

/**
 * The 完成值 column's own words. A restated target counts as met only when the words alone decide nothing
 * (明显改善, 效果明显): a copied plan such as 年底前完成 still reads as a plan, never as done.
 */
function statusVerdict(statusWords: string, indicator: Indicator, context: WordsContext, year: number): Judgement {
  const judged = judgeWords(statusWords, context);
  return judged.verdict === 'unclear' && restatesTarget(statusWords, indicator, year)
    ? { verdict: 'completed', basis: 'words', evidence: `完成值${quoted(statusWords)}与指标值相同` }
    : judged;
}

function isDoneVerdict(judgement: Judgement | null): boolean {
  return judgement !== null && (judgement.verdict === 'completed' || judgement.verdict === 'exceeded');
}

/**
 * A 定性指标, from what the department wrote. The 完成值 column's words (已完成, 推进中) are the department's
 * own verdict and come first; the 完成情况说明 decides only when they decide nothing. When the two disagree
 * (完成值 已完成, 说明 尚未落实到位 or 正在备货, work still under way) nobody can sign either: 需人工确认. With words in neither, a figure
 * in the actual column means work under way, and nothing at all is 未填报.
 */
export function judgeQualitative(indicator: Indicator, period: Period): Judgement {
  const statusWords = meaningful(indicator.actualText);
  const progressWords = meaningful(indicator.progressText);
  if (statusWords === null && progressWords === null) {
    // 已完成100% in a 完成情况 (rate) column under a target in words (按质按量完成, 不断提升): the staff's own word on the row.
    const rated = statedRateJudgement(indicator, period);
    if (rated !== null) return rated;
    return indicator.actual
      ? { verdict: 'in-progress', basis: 'figures', evidence: `完成值${amount(indicator.actual.value, indicator.unit ?? '')}，未写完成情况` }
      : { verdict: 'not-reported', basis: 'nothing', evidence: '' };
  }
  const context = wordsContext(indicator, period);
  const fromStatus = statusWords === null ? null : statusVerdict(statusWords, indicator, context, period.year);
  const fromProgress = progressWords === null ? null : judgeWords(progressWords, context);
  if (fromStatus !== null && fromStatus.verdict !== 'unclear') {
    // 完成值 当年完成 beside 说明 正在备货 / 做好开工准备: the description itself tells of work still going on, so the done
    // is not the whole (a 说明 read as 推进中 only because the target has parts it does not name is no contradiction).
    const stillGoing = fromProgress?.verdict === 'in-progress' && progressWords !== null && clausesOf(progressWords).some((clause) => {
      const signals = clauseSignals(clause);
      return signals.stillToDo || (signals.ongoing && !signals.done);
    });
    // …and so does one that finishes only a part (一期已完工, 上半年任务已完成, 试点村已完成), or whose figures fall short of the
    // target (完成改造300户 under 改造500户): the 完成值's done is more than the 说明 says.
    const onlyPart = progressWords !== null && namesOnlyAPart(readWords(progressWords, context.targetText, context.asOf, context.taskName), context.targetText);
    const figuresShort = fromProgress?.basis === 'figures-in-words' && (fromProgress.verdict === 'in-progress' || fromProgress.verdict === 'behind' || fromProgress.verdict === 'on-track');
    // 装饰工程及附属工程施工 · 主体结构施工 · 设备安装调试 · 管网建设中: the 说明 only names the works being carried out, with no
    // word that they are finished — work going on, which the 完成值's done outruns.
    const worksGoing = progressWords !== null && !isDoneVerdict(fromProgress) && worksUnderWay(progressWords);
    const contradicted = isDoneVerdict(fromStatus) && (((fromProgress?.verdict === 'behind' || stillGoing) && fromProgress?.basis === 'words') || worksGoing);
    if (contradicted && statusWords !== null && progressWords !== null) {
      return { verdict: 'unclear', basis: 'contradiction', evidence: `完成值${quoted(statusWords)}与说明${fromProgress?.evidence || quoted(progressWords)}矛盾` };
    }
    if (isDoneVerdict(fromStatus) && (onlyPart || figuresShort) && statusWords !== null && fromProgress !== null) {
      return { verdict: 'unclear', basis: 'contradiction', evidence: `完成值${quoted(statusWords)}，但说明${fromProgress.evidence}，两栏不一致，需人工确认` };
    }
    return fromStatus;
  }
  return fromProgress ?? fromStatus ?? { verdict: 'unclear', basis: 'nothing', evidence: '' };
}

/**
 * A 定性指标 whose only result is a share the staff stated (实施进度 已完成100%, 完成率 85%): at 100% or more it is the staff's
 * word that the row is done — 已完成, the cell quoted — unless its own words say otherwise (100%，尚有2处收尾), which a person must
 * settle; under 100% some is still to do. null when no share was stated.
 */
function statedRateJudgement(indicator: Indicator, period: Period): Judgement | null {
  const stated = indicator.statedCompletion;
  if (stated === null || !Number.isFinite(stated.value)) return null;
  const text = stated.text.trim() === '' ? percent(stated.value) : stated.text.trim();
  const cell = `完成情况${quoted(text)}`;
  if (stated.value < 1) return { verdict: 'in-progress', basis: 'figures', evidence: `${cell}，未全部完成` };
  const words = judgeWords(text, wordsContext(indicator, period));
  const against = !isDoneVerdict(words) && clausesOf(text).some((clause) => {
    const signals = clauseSignals(clause);
    return signals.stillToDo || signals.negated || signals.lagging || signals.partial || signals.partWords.length > 0;
  });
  if (against) return { verdict: 'unclear', basis: 'contradiction', evidence: `${cell}，但${words.evidence || '文字说还有没做完的'}，需人工确认` };
  return { verdict: 'completed', basis: 'figures', evidence: `${cell}，达到100%` };
}

/**
 * A 说明 that names works as being carried out: a clause that ends on an act of building (施工, 安装, 装修, 铺设, 调试, 建设中)
 * with no mark that it happened or finished (已, 了, 完成, 竣工, 到位, 验收) and no negation — a description of the works in hand.
 */
const WORKS_ACT = /(?:施工|建设|安装|装修|装饰|铺设|敷设|调试|砌筑|浇筑|架设|吊装|改造|硬化|绿化)(?:中|阶段|当中)?$/u;
const WORKS_FINISHED = /已|了|完成|完毕|竣工|完工|建成|到位|验收|交付|投用|投运|通车|结束|未|没|无|计划|拟|将|准备|招标/u;

function worksUnderWay(words: string): boolean {
  return clausesOf(words).some((clause) => WORKS_ACT.test(clause) && !WORKS_FINISHED.test(clause));
}

/**
 * The figures a 定量指标's verdict compared, for its 判断依据: 完成16个／目标20个＝80%，低于序时进度100%; a limit
 * (逆向) as 实际X，上限Y; a stated rate or growth as the sheet states it.
 */
function figuresEvidence(indicator: Indicator, measures: Measures, verdict: Verdict, withPace = true): string {
  const unit = indicator.unit ?? '';
  const actual = indicator.actual?.value;
  const target = indicator.target?.value;
  const pace = withPace && measures.benchmark !== null ? `，${verdict === 'behind' ? '低于' : '达到'}序时进度${percent(measures.benchmark)}` : '';
  const done = verdict === 'exceeded' || verdict === 'completed';
  if (actual !== undefined && target !== undefined && indicator.direction === 'lower') {
    return `实际${amount(actual, unit)}，上限${amount(target, unit)}，${verdict === 'behind' ? '超出上限' : '未超上限'}`;
  }
  if (actual !== undefined && target !== undefined && isPartYearGrowth(indicator, measures.benchmark)) {
    return `增长${amount(actual, unit)}，${verdict === 'behind' ? '低于' : '不低于'}全年目标${amount(target, unit)}；这是报告期的增幅，全年增幅到年底才知`;
  }
  if (actual !== undefined && target !== undefined && isGrowthTarget(indicator)) {
    const points = Math.abs(actual - target);
    const gap = points < 1e-9 ? '与目标持平' : `${actual > target ? '高出' : '低于'}目标${amount(Number(points.toFixed(4)), '个百分点')}`;
    return `增长${amount(actual, unit)}，目标增长${amount(target, unit)}，${gap}`;
  }
  if (actual !== undefined && target !== undefined && measures.rate !== null) {
    return `完成${amount(actual, unit)}／目标${amount(target, unit)}＝${percent(measures.rate)}${done ? '，达到目标' : pace}`;
  }
  const periodTarget = indicator.periodTarget?.value;
  if (actual !== undefined && periodTarget !== undefined) return `完成${amount(actual, unit)}，序时目标${amount(periodTarget, unit)}`;
  if (measures.rate !== null) return `完成率${percent(measures.rate)}${done ? '' : pace}`;
  const growth = indicator.statedGrowth?.value;
  const targetGrowth = indicator.targetGrowth?.value;
  if (growth !== undefined && targetGrowth !== undefined) return `增长${percent(growth)}，目标增长${percent(targetGrowth)}`;
  return actual !== undefined ? `完成${amount(actual, unit)}` : '';
}

/** The figures an indicator's rate is held against, worked out by compute (completion.ts, benchmark.ts). */
export interface Measures {
  readonly rate: number | null;
  readonly benchmark: number | null;
  /** The table has no column for results (推进情况 only): what the staff wrote is their report. */
  readonly reportedInWords?: boolean;
}

/**
 * The one judgement of an indicator that compute, validate and narrate share. A 定量指标 goes by its figures;
 * one that is on track by the calendar but whose 完成时限 has come without the target met is 滞后. A 定性指标
 * goes by the staff's words (judgeQualitative).
 */
export function judgeIndicator(indicator: Indicator, period: Period, measures: Measures): Judgement {
  // The staff's stated status (进度状态 办结) is weighed against what the other cells decide (stated-status.ts).
  return withStatedStatus(indicator, judgeByCells(indicator, period, measures), wordsContext(indicator, period));
}

/** The judgement from the figures and the words, before any status the staff state in a word. */
function judgeByCells(indicator: Indicator, period: Period, measures: Measures): Judgement {
  switch (indicator.kind) {
    case 'quantitative': {
      const verdict = figuresVerdict(indicator, measures.rate, measures.benchmark);
      // 无 as the whole 完成值 of work measured by figures: none done, or none filled in? Only a person can say.
      if (verdict === 'no-data' && indicator.actual === null && saysNone(indicator.actualText?.value)) {
        return { verdict: 'unclear', basis: 'words', evidence: `完成值只写${quoted(String(indicator.actualText?.value ?? '无'))}` };
      }
      // 提升2.1个百分点 as the only result: a change, not the level the target asks for. Reported, so never 未填报;
      // whether it meets the target only a person can say.
      if (verdict === 'no-data' && indicator.actual === null && indicator.statedChangePoints) {
        return { verdict: 'unclear', basis: 'figures-in-words', evidence: `只报变化${quoted(indicator.statedChangePoints.text.trim())}，没有完成值` };
      }
      // A table with no result column, only 推进情况: the staff's words are their report and decide, never 未填报.
      if (verdict === 'no-data' && measures.reportedInWords === true && indicator.actual === null && (meaningful(indicator.progressText) !== null || meaningful(indicator.actualText) !== null)) {
        return judgeQualitative(indicator, period);
      }
      if (verdict === 'on-track' && hasPassed(indicator.deadline?.iso, referenceDate(period))) {
        return { verdict: 'behind', basis: 'deadline', evidence: `${figuresEvidence(indicator, measures, verdict, false)}，完成时限${indicator.deadline?.iso ?? ''}已过` };
      }
      if (verdict === 'no-data') return { verdict, basis: 'nothing', evidence: '' };
      const evidence = figuresEvidence(indicator, measures, verdict);
      // The figures meet the target and the 说明 says in words it is not done (尚未完成): as for a 定性指标, 需人工确认.
      const denied = isDoneVerdict({ verdict, basis: 'figures', evidence }) ? deniedInWords(indicator, period) : null;
      return denied !== null ? { verdict: 'unclear', basis: 'contradiction', evidence: `${evidence}，但说明${denied}，需人工确认` } : { verdict, basis: 'figures', evidence };
    }
    case 'qualitative':
      return judgeQualitative(indicator, period);
    default: {
      const unreachable: never = indicator.kind;
      return unreachable;
    }
  }
}

/**
 * The 说明's own words that the work is not done, quoted; null when they say no such thing. Either in words (尚未完成,
 * 进度滞后) or in figures: a count the 说明 gives against the same target that falls short of it (其中已完成3个，正在建设7个
 * beside a 完成值 of 11 of 11) — the two cells disagree, and a leader must not sign the larger one unasked.
 */
function deniedInWords(indicator: Indicator, period: Period): string | null {
  const words = meaningful(indicator.progressText);
  // The words are read against the target the figures met (11个), so that a count they give is held to it.
  const context = wordsContext(indicator, period);
  const target = context.targetText ?? (indicator.target !== null ? `${indicator.target.value}${indicator.unit ?? ''}` : null);
  const judged = words === null ? null : judgeWords(words, { ...context, targetText: target });
  if (judged === null) return null;
  if (judged.verdict === 'behind' && judged.basis === 'words') return judged.evidence;
  // Only for an amount where more is better: the words' reading knows no ceiling (办结时限3天 against an upper limit),
  // and a rate or growth (增长45%) is judged by its own rules for the span.
  const anAmount = indicator.direction === 'higher' && indicator.unit !== '%' && !indicator.targetGrowth;
  if (anAmount && judged.basis === 'figures-in-words' && !isDoneVerdict(judged) && judged.verdict !== 'unclear' && judged.verdict !== 'no-data') return `${quoted(words ?? '')}未说全部完成`;
  // 其余正在施工 · 剩余工程预计11月底前完成 · 正在进行竣工验收: the 说明 names work still to do beside figures that meet the
  // target (issue 19's whole-task rule: remaining work is not done), unless it also says the whole is done.
  const reading = words === null ? null : readWords(words, target, context.asOf, context.taskName);
  if (reading !== null && reading.remains !== null && reading.wholeTask === null && !isDoneVerdict(judged)) return `${quoted(reading.remains)}，还有没做完的`;
  // 一期已完工 · 主体已完工 · 试点村已完成: the 说明 finishes only a part of what the figures say is met.
  if (reading !== null && namesOnlyAPart(reading, target) && !isDoneVerdict(judged)) return `${judged.evidence}，只说完成了一部分`;
  // 完成值为预计数 · 为上年数据 · 数据为2023年: the 说明 says the 完成值 is a forecast, a plan, or another year's figure.
  const notResult = words === null ? null : figureNotResult(words, period.year);
  return notResult === null ? null : `${quoted(notResult)}，完成值不是本年的实际完成数`;
}

/** Words that make the 完成值 a forecast or a plan (预计数, 计划数), or a figure of an earlier year (上年数据, 数据为2023年). */
const NOT_RESULT = /预计数|预测数|估算数|测算数|估计数|计划数|目标数|(?:上|去|前)年度?的?(?:数据|数字|统计数)|(?:数据|数字|统计数|完成值)(?:为|是|系)?\s*(\d{4})\s*年|(\d{4})\s*年度?的?(?:数据|统计数)/u;

function figureNotResult(words: string, year: number): string | null {
  const match = NOT_RESULT.exec(words);
  if (match === null) return null;
  const stated = Number(match[1] ?? match[2] ?? NaN);
  return Number.isFinite(stated) && stated >= year ? null : match[0];
}

/** Whether an indicator is done, for checks that run before compute (the deadline rule): figures first, then words. */
export function looksDone(indicator: Indicator, period: Period): boolean {
  // A stated status goes through the one judgement; the rate is the plain share, the benchmark unknown before compute.
  if (statedKind(indicator.statedStatus) !== null) {
    const rate = indicator.actual !== null && indicator.target !== null && indicator.target.value > 0 ? indicator.actual.value / indicator.target.value : null;
    return isDoneVerdict(judgeIndicator(indicator, period, { rate, benchmark: null }));
  }
  if (figuresShowDone(indicator)) return true;
  if (indicator.kind === 'quantitative' && indicator.actual !== null && indicator.target !== null) return false;
  return isDoneVerdict(judgeQualitative(indicator, period));
}
