import type { CellRef } from '../model';
import { parseNumberText } from './number-text';
import { sentenceFigures } from './sentence-figures';
import { normalizeText } from './text-normalize';
import { convertUnit, isKnownUnit } from './unit-convert';
import type { RawFigure, RawRead } from './value-parse';

/**
 * Staff write a task's target into its name (新增2000个托位, 改造农村公路120公里) and report only what was done
 * (完成情况 2150) and, often, the share of plan (占年度计划 107.5%). The figure with a unit in the name is then
 * the target — derived, pointing at the name cell — and how sure that is depends on what the row itself says:
 * a stated share that actual ÷ figure reproduces makes it near certain, a stated share that disagrees rules it
 * out, and without one it is read but asked about (questions.ts).
 */
export interface NameTarget {
  readonly figure: RawFigure;
  /** 0..1 */
  readonly confidence: number;
}

/** A stated share that actual ÷ target reproduces to its rounding (107.5% of 2000 is 2150). */
const AGREES = 0.006;
const CORROBORATED = 0.95;
const UNCORROBORATED = 0.6;

/** Where a clause of a name or a sentence ends: the figure's qualifiers (约, 左右, 以上) never cross one. */
const CLAUSE_END = /[,，;；。、]/;

/**
 * Figures with a unit inside a name: 2000个, 120公里, 10家; not years (2025年), months, percentages, 5G, or a
 * change in points (提高0.5个百分点: the 个 there counts no things). Each keeps the qualifier its clause gives it
 * (60亿美元左右, 不少于300人).
 */
function figuresInName(name: string): { value: number; unit: string; text: string; approx: RawFigure['approx']; at: number }[] {
  const found: { value: number; unit: string; text: string; approx: RawFigure['approx']; at: number }[] = [];
  const numbering = new Set<string>();
  for (const m of name.matchAll(/(\d+(?:\.\d+)?)\s*([万亿千百]?[^\d\s,，、;；。.:：()（）]{1,3})/g)) {
    const text = m[0];
    const parsed = parseNumberText(text);
    if (parsed.kind !== 'number' || parsed.unit === null || parsed.unit === '%' || !isKnownUnit(parsed.unit)) continue;
    if (/^(年|月|日|季度|届|期|批|次元|号|版|代)$/.test(parsed.unit)) continue;
    const unitText = text.slice(m[1].length).trim();
    // 2025年 / 1-9月 are dates, not targets.
    if (/^[年月日]/.test(unitText)) continue;
    if (/^(?:个)?百分点/.test(name.slice((m.index ?? 0) + m[1].length).trimStart())) continue;
    // The end of a range of the numbers things carry (浦沅小区11-14栋, 3～5幢) says which ones, not how many. A range of
    // a count (新增停车位300-500个) is not one.
    if (/^(?:栋|幢|层|单元|标段)$/.test(parsed.unit) && /\d\s*[-—–~～至到]\s*$/.test(name.slice(0, m.index ?? 0))) {
      numbering.add(parsed.unit);
      continue;
    }
    found.push({ value: parsed.value, unit: parsed.unit, text: `${m[1]}${parsed.unit}`, approx: approxInClause(name, m.index ?? 0, parsed.approx), at: m.index ?? 0 });
  }
  // So does every figure in the unit a range numbers (20—29栋、43栋: building 43 too).
  return found.filter((f) => !numbering.has(f.unit));
}

/** The qualifier the figure's own clause gives it (约60亿美元, 60亿美元左右), when that clause holds no other figure. */
function approxInClause(text: string, at: number, fallback: RawFigure['approx']): RawFigure['approx'] {
  // The figure and its unit hold no clause end, so the clause around its start is the one around all of it.
  const clause = parseNumberText(clauseAround(text, at));
  return clause.kind === 'number' ? clause.approx : fallback;
}

/** A growth right before its percentage (增长8.5%, 较上年增加5%): it speaks of the count or amount it goes with. */
const GROWTH_BEFORE = /(?:增长|增加|增幅|涨幅|增速|上升|下降|降低|减少)(?:了|约|为|达|达到|超过)?\s*$/;

/**
 * Measures in a name other than counts, amounts and their growth: a share or rate (失业率控制在3%以内, 比重达50%),
 * a change in points (提高0.5个百分点). A name that holds one of them beside a count states several indicators at
 * once (新增就业15万人,城镇登记失业率控制在3%以内), so its count is no single target. A growth (牙椅总数增加5%,新增
 * 牙椅12台; 投资550亿元,其中技改投资增长10%) is told of the same things, or a part of them, and rules nothing out.
 */
function otherMeasuresInName(name: string, goal: string): number {
  let count = 0;
  const text = normalizeText(name);
  const goalClause = clauseAround(text, text.indexOf(goal));
  for (const m of text.matchAll(/\d+(?:\.\d+)?\s*(%|(?:个)?百分点)/g)) {
    const at = m.index ?? 0;
    if (m[1] === '%' && GROWTH_BEFORE.test(text.slice(Math.max(0, at - 8), at)) && speaksOf(clauseAround(text, at), goalClause)) continue;
    count++;
  }
  return count;
}

/** The clause of `text` around position `at`. */
function clauseAround(text: string, at: number): string {
  if (at < 0) return '';
  let start = at;
  while (start > 0 && !CLAUSE_END.test(text[start - 1])) start--;
  let end = at;
  while (end < text.length && !CLAUSE_END.test(text[end])) end++;
  return text.slice(start, end);
}

/**
 * Whether a growth clause speaks of the goal's things: it has no subject of its own (…12台,增长5%), says it is part
 * of them (其中), or names a word the goal's clause names too (牙椅总数增加5% · 新增牙椅12台). 社会消费品零售总额增长8.5%
 * beside 实际利用外资6亿美元 speaks of something else.
 */
function speaksOf(growthClause: string, goalClause: string): boolean {
  if (growthClause === goalClause || /其中/.test(growthClause)) return true;
  const subject = growthClause.replace(/\d[\s\S]*$/, '').replace(/(?:同比|比上年|较上年|比去年)?(?:增长|增加|增幅|涨幅|增速|上升|下降|降低|减少)[\s\S]*$/, '');
  if (/^[\s(（]*$/.test(subject)) return true;
  for (let i = 0; i + 2 <= subject.length; i++) {
    const pair = subject.slice(i, i + 2);
    if (/^[\u4e00-\u9fff]{2}$/.test(pair) && goalClause.includes(pair)) return true;
  }
  return false;
}

/** The one count or amount a name states as its goal, or null when it states none, several, or other measures beside it. */
function singleGoalFigure(name: string): ReturnType<typeof figuresInName>[number] | null {
  const figures = figuresInName(name);
  return figures.length === 1 && figures[0].value !== 0 && otherMeasuresInName(name, figures[0].text) === 0 ? figures[0] : null;
}

function share(read: RawRead): number | null {
  if (read.kind !== 'figure') return null;
  const f = read.figure;
  if (f.percentFormat) return f.cellNumber;
  if (f.unit === '%') return f.shown / 100;
  return f.unit === null ? (f.shown > 2 ? f.shown / 100 : f.shown) : null;
}

/**
 * `plan`: the table has no column for targets, figures done or progress at all (a plan: 新建2座人行天桥 | 住建局 |
 * 9月底前). Its one figure with a unit in a name is the task's target all the same, read but asked about.
 */
export function nameTarget(name: string, nameCell: CellRef, raws: { readonly target: RawRead; readonly periodTarget: RawRead; readonly actual: RawRead; readonly completionRate: RawRead }, plan = false): NameTarget | null {
  if (raws.target.kind !== 'empty' || raws.periodTarget.kind !== 'empty') return null;
  if (plan && raws.actual.kind === 'empty' && raws.completionRate.kind === 'empty') return planTarget(name, nameCell);
  if (raws.actual.kind !== 'figure') return null;
  const actual = raws.actual.figure;
  if (actual.inSentence || (actual.unit !== null && actual.unit !== '%' && !isKnownUnit(actual.unit))) return null;
  const one = singleGoalFigure(name);
  if (one === null || (actual.unit !== null && actual.unit !== one.unit)) return null;
  const stated = share(raws.completionRate);
  const ratio = actual.shown / one.value;
  let confidence = UNCORROBORATED;
  if (stated !== null) {
    if (Math.abs(ratio - stated) > AGREES * Math.max(1, stated)) return null;
    confidence = CORROBORATED;
  }
  return { confidence, figure: figureOf(one, nameCell) };
}

/**
 * A plan's task whose one figure sits among two or more clauses of work with no figure (对接…战略,完善…体系,壮大531个
 * 企业,加快形成…): a programme, the figure one part of it, not what the whole task is to reach. A task with one such
 * clause (新建2座人行天桥,改善出行条件), or whose clauses all state figures (投资550亿元,其中技改投资增长10%), states its goal.
 */
const PROGRAMME_CLAUSES = 2;

function clausesWithoutFigures(name: string): number {
  return normalizeText(name).split(/[,，;；。]/).filter((clause) => clause.trim() !== '' && !/\d/.test(clause)).length;
}

function planTarget(name: string, nameCell: CellRef): NameTarget | null {
  if (clausesWithoutFigures(name) >= PROGRAMME_CLAUSES) return null;
  // A share the task is to reach (抽查合格率达到92%以上) is its goal as a count is (新建旅游厕所6座).
  const one = figuresInName(name).length === 0 ? onlyShareInName(name) : singleGoalFigure(name);
  return one === null ? null : { confidence: UNCORROBORATED, figure: figureOf(one, nameCell) };
}

function figureOf(one: ReturnType<typeof figuresInName>[number], nameCell: CellRef): RawFigure {
  return {
    cell: nameCell,
    shown: one.value,
    unit: one.unit,
    approx: one.approx,
    decimals: (String(one.value).split('.')[1] ?? '').length,
    text: one.text,
    fromText: true,
    percentFormat: false,
    cellNumber: one.value,
    inSentence: false,
    falling: false,
  };
}

/**
 * 城镇新增就业1100人 beside a target column of 1100: the unit the name writes after the row's own figure is that
 * figure's unit. Only a figure the row repeats in a cell of its own counts, so a name's other numbers (3个片区,
 * 2025年) never lend a unit to figures they are not.
 */
export function unitOfNamedFigure(name: string, figures: readonly number[]): string | null {
  const named = figuresInName(name);
  if (named.length !== 1) return null;
  const [one] = named;
  // 0 and 1 stand in many columns for “none” and “done”: matching one of them is no evidence.
  if (one.value === 0 || one.value === 1) return null;
  return figures.some((value) => value === one.value) ? one.unit : null;
}

/**
 * A table whose only measure is a rate column (序号 | 任务 | 责任单位 | 完成率 or 进展比例): each task names its
 * own goal (接种流感疫苗27758人, 新增配置除颤仪40台), and the rate says how far along it is. The one figure with
 * a unit in the name is then the target, derived from the name cell; nothing on the row can corroborate it, so
 * it is read but asked about. A name with several figures (托位1140个,普惠托位685个) has no single target.
 */
export function rateTableTarget(name: string, nameCell: CellRef, raws: { readonly target: RawRead; readonly periodTarget: RawRead; readonly actual: RawRead }): NameTarget | null {
  if (raws.target.kind !== 'empty' || raws.periodTarget.kind !== 'empty' || raws.actual.kind !== 'empty') return null;
  return goalInName(name, nameCell);
}

/**
 * The goal a task's name states — its one figure with a unit, or its one share — read but asked about: for a
 * table that says elsewhere that the year's goal is not in a column of its own (a rate column alone, or a plan
 * for the month beside the task).
 */
export function goalInName(name: string, nameCell: CellRef, oneClause = false): NameTarget | null {
  if (oneClause && !isOneClause(name)) return null;
  const one = figuresInName(name).length === 0 ? onlyShareInName(name) : singleGoalFigure(name);
  if (!one || one.value === 0) return null;
  return { confidence: UNCORROBORATED, figure: figureOf(one, nameCell) };
}

/**
 * A task stated in one clause (新增30家照料中心。, 优化提升50条背街后巷交通组织): its one figure is what the task is
 * to reach. A name of several clauses or sentences (…编制行动计划,力争新兴产业占比提升至44%;力争…) is a programme
 * whose figures are parts or conditions of it, not its target.
 */
function isOneClause(name: string): boolean {
  const clauses = normalizeText(name).replace(/[,，;；。.\s]+$/, '').split(/[,，;；。]/);
  // A growth told of the figure before it (建成基站800个,较上年增长20%) is no clause of its own.
  return clauses.filter((clause) => !OWN_GROWTH_CLAUSE.test(clause.trim())).length <= 1;
}

/** A clause that is only the growth of what the clause before it states: 增长15%, 较上年增长20%, 同比下降3%. */
const OWN_GROWTH_CLAUSE = /^(?:同比|比上年|较上年|比去年)?(?:增长|增加|提高|下降|减少|降低)[^\d]{0,3}\d+(?:\.\d+)?\s*%(?:左右|以上|以内)?$/;

/**
 * 就读公办学校比例达86%以上, 报销比例≥50%: a task whose goal is a share, and whose name holds no other figure.
 * A name with a share and anything else (2024年, a second share) has no single target.
 */
function onlyShareInName(name: string): ReturnType<typeof figuresInName>[number] | null {
  const parsed = parseNumberText(name);
  if (parsed.kind !== 'number' || parsed.unit !== '%') return null;
  // 地区生产总值增长6%左右 states a growth, read as such (table-read.ts), not a share of 6%.
  const at = normalizeText(name).search(/\d+(?:\.\d+)?\s*%/);
  if (GROWTH_BEFORE.test(normalizeText(name).slice(Math.max(0, at - 8), at))) return null;
  return { value: parsed.value, unit: '%', text: `${parsed.value}%`, approx: parsed.approx, at: Math.max(0, at) };
}

/** What a progress sentence says of a task whose goal is in its name. */
export interface ProgressAccount {
  readonly target: NameTarget;
  /** The amount done, in the words' own unit (已完成搬迁20612人 beside a goal of 1.5万人). */
  readonly actual: RawFigure | null;
  /** The share done the words state (完成率137%), as written in points. */
  readonly rate: RawFigure | null;
  /** The growth the words state beside the amount done (完成投资2915.4亿元,下降4.1%), as written in points. */
  readonly growth: RawFigure | null;
}

/** 完成率137%, 完成进度80%, 进度达47.23%: a share done, written as a rate. */
const STATED_RATE = /(?:完成率|完成进度|进度|完成比例)(?:的|为|达|达到|已达)?\s*(\d+(?:\.\d+)?)\s*[%％]/g;

/**
 * A task whose goal is written into its name (完成生态搬迁1.5万人) and whose progress is written as a sentence
 * (已完成搬迁20612人,完成率137%), in a table with no column for targets or figures done. The name's one figure
 * with a unit is the target; a figure in the sentence in a unit that converts to the target's (20612人 → 万人)
 * is what was done, when it is the only one; a stated rate is kept when it is the only one, or the one that
 * agrees with done ÷ goal. Agreement of the two makes the target near certain; without it the row is asked about.
 */
export function progressAccount(name: string, nameCell: CellRef, progress: RawRead): ProgressAccount | null {
  if (progress.kind !== 'words' && !(progress.kind === 'figure' && progress.figure.inSentence)) return null;
  const text = progress.kind === 'words' ? progress.text : progress.figure.text;
  const cell = progress.kind === 'words' ? progress.cell : progress.figure.cell;
  const goal = singleGoalFigure(name);
  if (goal === null) return null;
  const done = figuresInName(text).filter((f) => convertUnit(f.value, f.unit, goal.unit).kind !== 'incompatible' && !owedInClause(text, f.at));
  const rates = [...text.matchAll(STATED_RATE)].map((m) => Number(m[1]));
  const agrees = (f: (typeof done)[number]): boolean => {
    const share = shareOf(f, goal);
    return share !== null && rates.some((r) => Math.abs(r / 100 - share) <= AGREES * Math.max(1, r / 100));
  };
  // Several figures in the goal's unit (完成线路37条,完成率106%,其中新增11条): the one the stated rate bears out.
  const borneOut = done.length > 1 ? done.filter(agrees) : [];
  const actualFigure = done.length === 1 ? done[0] : borneOut.length === 1 ? borneOut[0] : null;
  const actualShare = actualFigure ? shareOf(actualFigure, goal) : null;
  const agreeing = actualShare === null ? [] : rates.filter((r) => Math.abs(r / 100 - actualShare) <= AGREES * Math.max(1, r / 100));
  const rate = agreeing.length === 1 ? agreeing[0] : rates.length === 1 ? rates[0] : null;
  if (actualFigure === null && rate === null) return null;
  // A programme of several clauses (完成…项目,城南二小实现秋季开学,增加学位5000个,启动…) has its one figure for a
  // target only when the words bear it out; otherwise the figure is one part of the task, not its goal.
  if (agreeing.length !== 1 && !isOneClause(name)) return null;
  const confidence = agreeing.length === 1 ? CORROBORATED : UNCORROBORATED;
  const inWords = (value: number, unit: string | null, written: string, approx: RawFigure['approx']): RawFigure => ({
    cell, shown: value, unit, approx, decimals: (String(value).split('.')[1] ?? '').length, text: written, fromText: true,
    percentFormat: false, cellNumber: value, inSentence: false, falling: false,
  });
  return {
    target: { confidence, figure: figureFromName(goal, nameCell) },
    actual: actualFigure ? inWords(actualFigure.value, actualFigure.unit, actualFigure.text, actualFigure.approx) : null,
    rate: rate === null ? null : inWords(rate, '%', `${rate}%`, 'exact'),
    // A growth speaks of the amount beside it: only with the one amount done read.
    growth: actualFigure ? (sentenceFigures(progress)?.growth ?? null) : null,
  };
}

/**
 * Words of need, duty or plan earlier in a figure's own clause (共需安装路灯1108盏, 应改造120户, 计划新建5所, 拟投入,
 * 预计完成, 力争) make it what is to be done, not what was done: never the actual, however well it matches the goal.
 * 需求 (demand), 无需/必需 and 相应/供应/响应/适应 are other words that share the characters.
 */
const OWED_BEFORE = /(?<![无必])需(?!求)|(?<![相供响适反对效感回呼顺报])应(?:当|该)?(?![急用对收付答])|计划|拟|预计|力争|争取|将于|将在|还将|有望|要求(?!的)/u;

function owedInClause(text: string, at: number): boolean {
  // 、 does not end the clause here: 计划新建5所、改造3所 owes both.
  let start = at;
  while (start > 0 && !/[,，;；。]/u.test(text[start - 1])) start--;
  return OWED_BEFORE.test(text.slice(start, at));
}

function shareOf(done: ReturnType<typeof figuresInName>[number], goal: ReturnType<typeof figuresInName>[number]): number | null {
  const converted = convertUnit(done.value, done.unit, goal.unit);
  const value = converted.kind === 'converted' ? converted.value : converted.kind === 'same' ? done.value : null;
  return value === null ? null : value / goal.value;
}

function figureFromName(one: ReturnType<typeof figuresInName>[number], nameCell: CellRef): RawFigure {
  return {
    cell: nameCell, shown: one.value, unit: one.unit, approx: one.approx, decimals: (String(one.value).split('.')[1] ?? '').length,
    text: one.text, fromText: true, percentFormat: false, cellNumber: one.value, inSentence: false, falling: false,
  };
}
