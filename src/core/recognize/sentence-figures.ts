import { parseNumberText } from './number-text';
import { normalizeText } from './text-normalize';
import type { RawFigure, RawRead } from './value-parse';

/**
 * Targets and actuals written as sentences, as 政府工作报告 task lists write them:
 * 一般公共预算收入达到25亿元,增长8% is a level (25亿元) and a growth (8%);
 * 完成一般公共预算收入6.1亿元(快报数),同比增长5.5% likewise. Each clause is read on its own; a clause
 * with several figures, or two clauses with a level each, leave the level unread rather than guessed.
 */
export interface SentenceFigures {
  /** The amount the sentence names (25亿元), in the words' own unit. */
  readonly level: RawFigure | null;
  /** The growth it names (增长8%, 同比下降3.2%): shown in points, `falling` for a fall. */
  readonly growth: RawFigure | null;
  /**
   * The share of the year's plan or goal it says is done (占预算任务的30.7%, 完成年度计划的45%, 完成率60%), in
   * points: the row's stated completion, never a level.
   */
  readonly rate: RawFigure | null;
  /** How far along the work is, where that is all the sentence says (进度达60%, 已完成60%), in points. */
  readonly progress: RawFigure | null;
  /** A change in percentage points (同比提高1.7个百分点, 下降0.3个百分点): shown in points, `falling` for a fall. */
  readonly points: RawFigure | null;
}

const CLAUSE_BREAK = /[,，;；。、]/;
/**
 * A share of plan: 占预算任务的30.7%, 占年度计划投资总额的75%, 完成年初预算的54.8%, 为全年目标的62%, 完成率60%,
 * 完成进度80%.
 * The plan is named (计划, 预算, 任务, 目标); a share of something else (占全市支出的75.3%) is a level.
 */
const PLAN_SHARE = /(?:(?:占|完成|为|达到?)[^\d%]{0,12}?(?:计划|预算|任务|目标)[^\d%]{0,6}?的?|(?:完成率|完成比例|完成进度)(?:为|达到?|已达|约)?)\s*\d+(?:\.\d+)?\s*%/;
/** How far along: 进度达60%, 完成总体进度的98%, 已完成60% (the verb and the share, nothing between). */
const PROGRESS = /(?:进度(?:为|达到?|已达)?|进度的|(?:已经?|累计)?完成(?:了)?)\s*\d+(?:\.\d+)?\s*%/;
/** A change verb right before a figure in points: 提高1.7个百分点, 同比下降0.3个百分点; not 高于全省1.7个百分点. */
const CHANGE_IN_POINTS = /(?:提高|提升|上升|增加|下降|降低|减少|回落|下滑)(?:了)?\s*\d+(?:\.\d+)?\s*(?:个)?百分点/;
/** A growth verb right before a percentage: 增长8%, 同比下降3.2%, 增速达到6%. */
const GROWTH = /(增长|增幅|涨幅|增速|提高|上升|增加|下降|降低|减少|回落|下滑|负增长)(了|约|为|达|达到|超过)?\s*[-+]?\d+(\.\d+)?\s*%/;

function figureFrom(read: Extract<RawRead, { kind: 'words' } | { kind: 'figure' }>, value: number, unit: string | null, approx: RawFigure['approx'], decimals: number, falling: boolean): RawFigure {
  const cell = read.kind === 'words' ? read.cell : read.figure.cell;
  const text = read.kind === 'words' ? read.text : read.figure.text;
  return { cell, shown: value, unit, approx, decimals, text, fromText: true, percentFormat: false, cellNumber: value, inSentence: true, falling };
}

/** The text of a cell read as words or as a figure inside words; null for anything else. */
function sentenceText(read: RawRead): string | null {
  if (read.kind === 'words') return read.text;
  if (read.kind === 'figure' && read.figure.fromText && read.figure.inSentence) return read.figure.text;
  return null;
}

/** The level and growth a sentence states, or null when it states neither clearly. */
export function sentenceFigures(read: RawRead, subject?: string): SentenceFigures | null {
  const plain = plainFigures(read);
  if (subject === undefined || (plain !== null && plain.level !== null)) return plain;
  const named = namedLevel(read, subject);
  return named ? { level: named.level, growth: named.growth, rate: null, progress: null, points: null } : plain;
}

/** Shortest run of the indicator's own words a clause must repeat to be told of it. */
const SUBJECT_RUN = 4;
/** Share of the indicator's words (its name without the goal) that run must cover. */
const SUBJECT_SHARE = 0.7;

/** The words a goal's name says it is about: 区级一般公共预算收入增长2%左右。 → 区级一般公共预算收入. */
function subjectOf(name: string): string {
  return normalizeText(name).replace(/\s+/g, '').split(/[,，;；。]/)[0]
    .replace(/(?:同比|比上年|较上年)?(?:增长|增幅|增速|提高|下降|降低|达到|达|突破|控制在|不低于|不少于|保持|与).*$/, '')
    .replace(/[\d.%％]+.*$/, '');
}

function longestCommonRun(a: string, b: string): number {
  let best = 0;
  for (let i = 0; i < a.length; i++) {
    for (let j = 0; j < b.length; j++) {
      let k = 0;
      while (i + k < a.length && j + k < b.length && a[i + k] === b[j + k]) k++;
      if (k > best) best = k;
    }
  }
  return best;
}

/**
 * A report of several things (地区生产总值50610595万元,增幅-1.1%;居民人均可支配收入90286元,同比增长2.3%) beside an
 * indicator that names one of them: the one clause with a level that repeats the indicator's own words
 * (居民人均可支配收入), and the growth told right after it, are the row's. None or several such clauses: nothing.
 */
function namedLevel(read: RawRead, name: string): { level: RawFigure; growth: RawFigure | null } | null {
  const text = sentenceText(read);
  const subject = subjectOf(name);
  if (text === null || subject.length < SUBJECT_RUN || (read.kind !== 'words' && read.kind !== 'figure')) return null;
  const clauses = normalizeText(text).replace(/(\d)[,，](?=\d{3}(?!\d))/g, '$1').split(CLAUSE_BREAK);
  const found: { level: RawFigure; growth: RawFigure | null }[] = [];
  clauses.forEach((clause, i) => {
    const parsed = parseNumberText(clause);
    if (parsed.kind !== 'number' || parsed.unit === null || parsed.unit === '%' || /百分点/.test(parsed.unit)) return;
    // The words must end as the indicator's do: 一般公共预算支出 shares 一般公共预算 with …收入 but is another thing.
    const words = clause.replace(/\s+/g, '');
    const run = longestCommonRun(subject, words);
    if (run < SUBJECT_RUN || run < SUBJECT_SHARE * subject.length || !words.includes(subject.slice(-SUBJECT_RUN))) return;
    const next = clauses[i + 1] ?? '';
    const nextParsed = parseNumberText(next);
    const growth = nextParsed.kind === 'number' && nextParsed.unit === '%' && GROWTH.test(next)
      ? figureFrom(read, nextParsed.value, '%', nextParsed.approx, nextParsed.decimals, nextParsed.falling)
      : null;
    found.push({ level: figureFrom(read, parsed.value, parsed.unit, parsed.approx, parsed.decimals, parsed.falling), growth });
  });
  return found.length === 1 ? found[0] : null;
}

/** 分别 before a list of figures (分别下降24%、25%以上): one figure for each thing named before it, none for the row. */
const RESPECTIVELY = /分别[^。；;]*\d[^。；;]*[、，,和及与][^。；;]*\d/;

function plainFigures(read: RawRead): SentenceFigures | null {
  const text = sentenceText(read);
  if (text === null || (read.kind !== 'words' && read.kind !== 'figure')) return null;
  if (RESPECTIVELY.test(normalizeText(text))) return null;
  // Thousands separators are not clause breaks: 1,520万元 is one figure.
  const clauses = normalizeText(text).replace(/(\d)[,，](?=\d{3}(?!\d))/g, '$1').split(CLAUSE_BREAK);
  const levels: RawFigure[] = [];
  const growths: RawFigure[] = [];
  const rates: RawFigure[] = [];
  const progresses: RawFigure[] = [];
  const changes: RawFigure[] = [];
  let unclear = false;
  for (const clause of clauses) {
    const parsed = parseNumberText(clause);
    if (parsed.kind === 'none') continue;
    if (parsed.kind === 'several') {
      unclear = true;
      continue;
    }
    const figure = figureFrom(read, parsed.value, parsed.unit, parsed.approx, parsed.decimals, parsed.falling);
    if (parsed.unit === '%' && PLAN_SHARE.test(clause)) rates.push(figure);
    else if (parsed.unit === '%' && GROWTH.test(clause)) growths.push(figure);
    else if (parsed.unit === '%' && PROGRESS.test(clause)) progresses.push(figure);
    else if (parsed.unit === '个百分点' || parsed.unit === '百分点') {
      if (CHANGE_IN_POINTS.test(clause)) changes.push(figure);
    } else levels.push(figure);
  }
  // A share done is the sentence's whole account only when it states no amount, growth or share of plan beside it;
  // beside them (完成30%,完成率100%) it is the amount done, in %.
  const alone = levels.length === 0 && growths.length === 0 && rates.length === 0 && !unclear;
  const progress = progresses.length === 1 && alone ? progresses[0] : null;
  if (progress === null) levels.push(...progresses);
  const level = levels.length === 1 && !unclear ? levels[0] : null;
  // A growth among several amounts (接待来宾1744人次,…,接待费下降29.1%,…) is told of one of them, which the row's
  // own measure may not be: with more than one amount it is not read.
  const growth = growths.length === 1 && levels.length <= 1 ? growths[0] : null;
  // A share of plan speaks of the one amount beside it, or of the row's own goal; among several amounts it is not
  // told whose it is.
  const rate = rates.length === 1 && levels.length <= 1 && !unclear ? rates[0] : null;
  // Like a growth, a change in points is told of the one amount or share beside it.
  const points = changes.length === 1 && levels.length <= 1 ? changes[0] : null;
  if (level === null && growth === null && rate === null && progress === null && points === null) return null;
  return { level, growth, rate, progress, points };
}
