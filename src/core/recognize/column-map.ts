import type { ColumnMapping, FieldKey, MappingSource } from '../model';
import { FIELD_KEYS, columnLetter, columnNumber } from '../model';
import type { ColumnProfile } from './column-profile';
import type { HeaderBand } from './header-detect';
import { FIELD_VALUE_KIND, isNotAField, type HeaderReading, type ValueKind } from './header-vocabulary';
import { findMonthSpan } from './period';
import { goalSentencesAsName, statementsBesideNames } from './goal-names';
import { compactText } from './text-normalize';

/** Below this a mapped column is shown to the user to confirm (CLI --map, task pane). */
export const CONFIDENCE_THRESHOLD = 0.75;

/** Fields whose header never names a stretch of months. */
const NO_PERIOD_FIELDS: ReadonlySet<FieldKey> = new Set(['id', 'name', 'category', 'unit', 'department', 'owner', 'leader', 'cooperating']);

/** How well an empty column fits as the names: below any filled one under a name word. */
const EMPTY_NAMES = 0.5;

/** Below this a guess is not worth asking about: the column stays unmapped. */
const MIN_CONFIDENCE = 0.4;

export type ColumnLetters = Partial<Record<string, string>>;

/** What the sheet says around the header that bears on the columns' roles. */
export interface MappingContext {
  /** The title names goals and nothing done (table-title.ts, titleNamesPlan): bare figures are what is planned. */
  readonly planTitle: boolean;
}

export interface ColumnMapResult {
  readonly columns: Partial<Record<FieldKey, ColumnMapping>>;
  readonly unsure: readonly FieldKey[];
  /** Letters in a user's or remembered mapping that name no column, or fields that do not exist. */
  readonly rejected: readonly { readonly field: string; readonly letter: string; readonly source: 'user' | 'remembered' }[];
  /** Every reading the header words allowed, weighed by the values: how sure a column is of its role. */
  readonly candidates: readonly ColumnCandidate[];
}

export interface ColumnCandidate {
  readonly col: number;
  readonly field: FieldKey;
  readonly confidence: number;
}

/** How well a column's values suit a field: 1 fits, lower does not. */
function valueFit(kind: ValueKind, profile: ColumnProfile): number {
  if (profile.filled === 0) return 1;
  switch (kind) {
    case 'text':
      return profile.numeric > 0.6 ? 0.4 : 1;
    case 'number':
      return profile.numeric === 0 && profile.text > 0.5 ? 0.5 : 1;
    case 'mixed':
      if (profile.numeric > 0.2) return 1;
      return profile.text > 0.5 ? 0.8 : 1;
    case 'outline':
      return profile.outline >= 0.5 ? 1 : 0.5;
    case 'unit':
      return profile.unit >= 0.5 ? 1 : profile.unit >= 0.2 ? 0.8 : 0.5;
    case 'date':
      return profile.date >= 0.3 ? 1 : 0.7;
    default: {
      const unreachable: never = kind;
      return unreachable;
    }
  }
}

interface Candidate {
  readonly col: number;
  readonly field: FieldKey;
  readonly confidence: number;
  readonly source: MappingSource;
}

function mapping(col: number, reading: HeaderReading | undefined, confidence: number, source: MappingSource): ColumnMapping {
  return { col, letter: columnLetter(col), header: reading?.text ?? '', confidence: Math.round(confidence * 100) / 100, source };
}

/**
 * Guesses adjusted for what the header says about time: beside 2025年目标, a 2024年目标 or 2024年完成 is
 * last year's whole-year figure — neither this year's target nor 上年同期 — and is left unmapped.
 */
function candidatesOf(band: HeaderBand, profiles: ReadonlyMap<number, ColumnProfile>): Candidate[] {
  let latestYear = 0;
  for (const reading of band.columns.values()) {
    if (reading.year !== null && reading.guesses.some((g) => g.field === 'target' || g.field === 'actual')) {
      latestYear = Math.max(latestYear, reading.year);
    }
  }
  const schedule = scheduleColumns(band);
  const latest = latestAccounts(band);
  const candidates: Candidate[] = [];
  for (const [col, reading] of band.columns) {
    const profile = profiles.get(col);
    const leafSpan = findMonthSpan(reading.parts[reading.parts.length - 1] ?? '');
    for (const g of reading.guesses) {
      let field = g.field;
      let confidence = g.confidence;
      // Accounts of the same thing for several periods (1-10月推进情况 · 1-11月推进情况; 一季度 … 四季度): the
      // latest is this report's and outranks a column that names no period; the earlier ones are history.
      const latestEnd = latest.get(field);
      const end = periodEnd(reading);
      if (latestEnd !== undefined && end !== null) {
        if (end < latestEnd) continue;
        confidence = Math.min(1, confidence + 0.05);
      }
      if (reading.year !== null && reading.year < latestYear && field !== 'lastYear' && field !== 'growth') continue;
      if (schedule.has(col) && (field === 'target' || field === 'periodTarget')) continue;
      // A header that names months (一季度目标, 1—6月完成) heads figures or words for that time, never the names.
      if (reading.span !== null && NO_PERIOD_FIELDS.has(field)) continue;
      if (field === 'target' && leafSpan) field = 'periodTarget';
      // 进展比例, 推进情况 over 20%, 40%, 100%: words on the progress that are in fact the share done.
      if (field === 'progressText' && profile && isRateColumn(profile)) field = 'completionRate';
      // A column of names has names in it: an empty one under a name word (名称 over nothing) yields to a filled one.
      const empty = field === 'name' && (profile?.filled ?? 0) === 0 ? EMPTY_NAMES : 1;
      const fit = (profile ? valueFit(FIELD_VALUE_KIND[field], profile) : 1) * empty;
      // Weights are points (6分): figures of measure (90亿元, 12%) under a weight's word are what is to be reached.
      if (field === 'weight' && profile && measuredNotPoints(profile)) {
        candidates.push({ col, field, confidence: confidence * WRONG_KIND, source: 'values' });
        if (!/(完成|实际|累计)/.test(reading.text)) candidates.push({ col, field: 'target', confidence: MEASURED_TARGET, source: 'values' });
        continue;
      }
      candidates.push({ col, field, confidence: confidence * fit, source: g.ambiguous ? 'values' : g.source });
    }
    // Figures in points (6分) under a header counted in points (标准(分)) or naming nothing: the weight.
    if (profile && profile.points >= 0.6 && (reading.unit === '分' || reading.guesses.length === 0) && !isNotAField(reading.text)) {
      candidates.push({ col, field: 'weight', confidence: POINTS_WEIGHT, source: 'values' });
    }
  }
  return candidates;
}

/** A weight's word over figures of another kind: kept only as a last resort. */
const WRONG_KIND = 0.3;
/** Figures of measure under a weight's word: the target, asked about. */
const MEASURED_TARGET = 0.6;
/** Figures in points under a header in points or naming nothing: the weight, asked about. */
const POINTS_WEIGHT = 0.7;

/** Most figures carry a unit of measure or % (90亿元, 12%), hardly any are points. */
function measuredNotPoints(profile: ColumnProfile): boolean {
  return profile.filled >= 2 && profile.points < 0.2 && profile.measured + profile.percent >= 0.6;
}

/**
 * Mostly percentages, a few words at most (市统项目, 已完成): a column of shares, not of sentences. Its figures are
 * all shares: a figure in another measure among them (6个 beside 52.3%) makes it a column of what was done, whose
 * rate indicators happen to be written in %.
 */
function isRateColumn(profile: ColumnProfile): boolean {
  return profile.filled >= 3 && profile.percent >= 0.6 && profile.longText <= 0.2 && profile.percent >= 0.9 * profile.numeric;
}

/** The last month a header speaks of: its span (1-11月, 四季度), or a month alone (进展情况(10月)). */
function periodEnd(reading: HeaderReading): number | null {
  if (reading.span !== null) return reading.span.toMonth;
  const months = [...reading.text.matchAll(/(?<!\d)(1[0-2]|[1-9])\s*月/g)].map((m) => Number(m[1]));
  return months.length > 0 ? months[months.length - 1] : null;
}

/** Fields whose columns may repeat period by period: what was done, and the words on it. */
const ACCOUNT_FIELDS: ReadonlySet<FieldKey> = new Set(['actual', 'progressText']);

/**
 * For each account field that two or more columns name, each under a different period, the last month of the
 * latest period (the report's own).
 */
function latestAccounts(band: HeaderBand): Map<FieldKey, number> {
  const ends = new Map<FieldKey, Set<number>>();
  for (const reading of band.columns.values()) {
    const end = periodEnd(reading);
    if (end === null) continue;
    for (const g of reading.guesses) {
      if (!ACCOUNT_FIELDS.has(g.field)) continue;
      const seen = ends.get(g.field) ?? new Set<number>();
      seen.add(end);
      ends.set(g.field, seen);
    }
  }
  const latest = new Map<FieldKey, number>();
  for (const [field, months] of ends) if (months.size >= 2) latest.set(field, Math.max(...months));
  return latest;
}

/**
 * Target columns that each name a different span (第一季度 · 第二季度 · 第三季度 · 第四季度 under 阶段性目标):
 * a schedule across the year. None of them is the target or the one period target; three or more, so that
 * 全年目标 beside 1—6月目标 stays a target and a period target.
 */
function scheduleColumns(band: HeaderBand): ReadonlySet<number> {
  const spans = new Map<number, string>();
  for (const [col, reading] of band.columns) {
    const leafSpan = findMonthSpan(reading.parts[reading.parts.length - 1] ?? '');
    if (leafSpan && reading.guesses.some((g) => g.field === 'target' || g.field === 'periodTarget')) spans.set(col, `${leafSpan.fromMonth}-${leafSpan.toMonth}`);
  }
  return new Set(spans.size >= 3 && new Set(spans.values()).size === spans.size ? spans.keys() : []);
}

/**
 * A 牵头单位 leads and the 责任单位 beside it share the work: when the department is a 牵头 column, another
 * unit column without 牵头 lists the units that help (cooperating), whatever word comes before 单位 or 部门
 * (相关单位, 有关部门, 其他单位): beside a lead, a column of units can only be the units that share the work.
 */
function settleLeadAndShare(columns: Partial<Record<FieldKey, ColumnMapping>>, band: HeaderBand, usedCols: ReadonlySet<number>): void {
  const lead = columns.department;
  if (!lead || columns.cooperating || !/牵头/.test(lead.header)) return;
  const mapped = new Set(Object.values(columns).map((m) => m?.col));
  for (const [col, reading] of band.columns) {
    if (mapped.has(col) || usedCols.has(col) || /牵头/.test(reading.text)) continue;
    if (!reading.guesses.some((g) => g.field === 'department') && !namesUnits(reading.text)) continue;
    columns.cooperating = mapping(col, reading, 0.7, 'keyword');
    return;
  }
}

/** A header that names a column of units (相关单位, 有关部门) and not a unit of measure (计量单位) or one name (单位名称). */
function namesUnits(header: string): boolean {
  const words = compactText(header);
  return /(单位|部门)$/.test(words) && !/^(计量|度量)?单位$/.test(words) && !/(名称|性质)/.test(words);
}

/** How sure a role read from values alone can be: enough to read the table, never enough to stay silent. */
const BY_VALUES = 0.7;

/** Percentages: written with %, or figures under a header that says they are (变动(%)). */
function isShareColumn(band: HeaderBand, col: number, p: ColumnProfile): boolean {
  return p.percent >= 0.6 || (band.columns.get(col)?.percent === true && p.numeric >= 0.6);
}

/** How sure the figures under words that name no field are what was done: a guess, asked about. */
const UNKNOWN_FIGURES = 0.55;

/**
 * Figures beside the names under header words that name no field (绝对值(亿元), 数值, a year alone: 2018), where no
 * column is named a target or an actual: what the table states for each name — what was done, as a statistical
 * release states the levels reached, unless the title names goals and nothing done (主要预期指标分解表: then what is
 * planned). Of several, the one whose header names the latest year (2018 beside 2017), else the first; a column of
 * the year before it is last year's figure. Never a share (% values are rates, read as such). Null when there is none.
 */
function figuresUnderUnknownWords(
  free: readonly [number, ColumnProfile][],
  band: HeaderBand,
  nameCol: number,
): { readonly col: number; readonly yearBefore: number | null } | null {
  const figures = free.filter(([col, p]) => band.columns.has(col) && col > nameCol && p.numeric >= 0.6 && !isShareColumn(band, col, p));
  if (figures.length === 0) return null;
  const years = figures.flatMap(([col]) => {
    const year = band.columns.get(col)?.year ?? null;
    return year === null ? [] : [{ col, year }];
  }).sort((a, b) => b.year - a.year);
  if (years.length === 0) return { col: figures[0][0], yearBefore: null };
  const before = years.find((y) => y.year === years[0].year - 1);
  return { col: years[0].col, yearBefore: before?.col ?? null };
}

/**
 * Roles read from what the cells hold where the header says nothing (or there is no header row): a column of
 * long texts is the names (the leftmost such column: names come before their account), bodies ending in 局/办/科
 * the units in charge, people's names the 责任人, dates the deadline, outline numbers the 序号, unit names the
 * unit. A column whose header the vocabulary knows keeps its header's role; the values only confirm it.
 */
function fallbackByValues(
  columns: Partial<Record<FieldKey, ColumnMapping>>,
  band: HeaderBand,
  profiles: ReadonlyMap<number, ColumnProfile>,
  usedCols: ReadonlySet<number>,
  context: MappingContext,
): void {
  const used = new Set(Object.values(columns).map((m) => m?.col));
  for (const col of usedCols) used.add(col);
  const free = [...profiles.entries()].filter(([col, p]) => !used.has(col) && p.filled > 0).sort((a, b) => a[0] - b[0]);
  const take = (field: FieldKey, col: number, confidence: number): void => {
    columns[field] = mapping(col, band.columns.get(col), confidence, 'values');
    used.add(col);
  };
  if (!columns.name) {
    let best: [number, ColumnProfile] | null = null;
    for (const entry of free) {
      const p = entry[1];
      const other = Math.max(p.unit, p.organisation, p.person, p.date);
      if (p.text >= 0.6 && other < 0.5 && (!best || p.longText > best[1].longText)) best = entry;
    }
    if (best) take('name', best[0], Math.min(BY_VALUES, 0.5 + 0.2 * best[1].longText));
  }
  if (!columns.unit) {
    const found = free.find(([col, p]) => !used.has(col) && p.unit >= 0.6);
    if (found) take('unit', found[0], 0.8);
  }
  // 备注 is no field by its name, but tables use it for what they have no column for: the units in charge
  // (人力资源社会保障局, 交通局 …) or notes on the progress, sentences on most rows (a word or two, 逆向指标 or
  // 含个体户转企, explains the indicator instead). Its values say which.
  const remark = free.find(([col]) => !used.has(col) && /^备注/.test((band.columns.get(col)?.text ?? '').replace(/\s+/g, '')));
  if (remark) {
    const [col, p] = remark;
    if (!columns.department && p.organisation >= 0.6) take('department', col, 0.6);
    // Rules for points (最高得分15分) say how an item is scored, not how it went.
    else if (!columns.progressText && p.text >= 0.6 && p.longText >= 0.5 && p.organisation < 0.3 && p.scoring < 0.5) take('progressText', col, 0.6);
    used.add(col);
  }
  // Only columns whose header names nothing speak by their values alone; 得分, 备注 and 电话 have said what they are not.
  const silent = free.filter(([col]) => {
    const reading = band.columns.get(col);
    return !used.has(col) && (reading === undefined || (reading.guesses.length === 0 && !isNotAField(reading.text)));
  });
  const bySilent = (field: FieldKey, fits: (p: ColumnProfile) => number): void => {
    if (columns[field]) return;
    let best: { col: number; fit: number } | null = null;
    for (const [col, p] of silent) {
      if (used.has(col)) continue;
      const fit = fits(p);
      if (fit >= 0.5 && (!best || fit > best.fit)) best = { col, fit };
    }
    if (best) take(field, best.col, Math.min(BY_VALUES, 0.4 + 0.3 * best.fit));
  };
  bySilent('department', (p) => p.organisation);
  bySilent('owner', (p) => p.person);
  bySilent('deadline', (p) => (p.numeric > 0.5 ? 0 : p.date));
  if (!columns.id && columns.name) {
    const nameCol = columns.name.col;
    const found = free.find(([col, p]) => !used.has(col) && col < nameCol && p.outline >= 0.6 && p.longText < 0.2);
    if (found) take('id', found[0], band.columns.has(found[0]) ? 0.8 : BY_VALUES);
  }
  // Figures under no header words: the first column of them is what was planned, the next what was done; the
  // order is only a guess, so both are asked about.
  if (!columns.target && !columns.actual && columns.name) {
    const figures = silent.filter(([col, p]) => !used.has(col) && !band.columns.has(col) && col > (columns.name?.col ?? 0) && p.numeric >= 0.6 && p.percent < 0.5);
    if (figures.length === 1) take('actual', figures[0][0], 0.5);
    else if (figures.length >= 2) {
      take('target', figures[0][0], 0.5);
      take('actual', figures[1][0], 0.5);
    }
  }
  if (!columns.target && !columns.actual && columns.name) {
    const found = figuresUnderUnknownWords(silent.filter(([col]) => !used.has(col)), band, columns.name.col);
    if (found !== null) {
      take(context.planTitle ? 'target' : 'actual', found.col, UNKNOWN_FIGURES);
      if (found.yearBefore !== null && !columns.lastYear) take('lastYear', found.yearBefore, UNKNOWN_FIGURES);
    }
  }
  if (!columns.completionRate) {
    const rate = silent.find(([col, p]) => !used.has(col) && !band.columns.has(col) && p.percent >= 0.6);
    if (rate) take('completionRate', rate[0], 0.6);
  }
  // Percentages under header words that name no field: beside a target, the share of it done; with no target (a
  // statistical release's levels), the change on last year. Only a guess: asked about.
  const shares = columns.name ? silent.find(([col, p]) => !used.has(col) && band.columns.has(col) && col > (columns.name?.col ?? 0) && isShareColumn(band, col, p)) : undefined;
  if (shares) {
    const field: FieldKey = columns.target || context.planTitle ? 'completionRate' : 'growth';
    // A share of a target done is never below zero: falls beside a target of falls (降低目标 -5.00 | 降低率 -6.04) are
    // what was reached in the target's own measure.
    const target = columns.target ? profiles.get(columns.target.col) : undefined;
    const sameMeasure = field === 'completionRate' && !columns.actual && shares[1].negative >= 0.5 && (target?.negative ?? 0) >= 0.5;
    if (sameMeasure) take('actual', shares[0], UNKNOWN_FIGURES);
    else if (!columns[field]) take(field, shares[0], UNKNOWN_FIGURES);
  }
  // Words beside the names under no header words (已组织两次, 发放资料3000份): what was done, in words.
  if (!columns.progressText && !columns.actual && columns.name) {
    const nameCol = columns.name.col;
    // Names of places (谢村镇, 纸坊街道) say where the work is done, not how it went.
    const words = silent.find(([col, p]) => !used.has(col) && col > nameCol && p.text >= 0.6 && p.organisation < 0.5 && p.person < 0.5 && p.date < 0.5 && p.place < 0.5);
    if (words) take('progressText', words[0], 0.5);
  }
}

/**
 * A table of groups without a name column (项目类别 | 项目个数 | 年度计划投资 | 完成投资): each category row is
 * what is reported on, so the category column is read as the names — and asked about.
 */
function categoryAsName(columns: Partial<Record<FieldKey, ColumnMapping>>): void {
  const category = columns.category;
  if (columns.name || !category || category.source === 'user' || category.source === 'remembered') return;
  columns.name = { ...category, confidence: Math.min(category.confidence, BY_VALUES) };
  delete columns.category;
}

/**
 * A column under a goal's header left of the names (主要工作目标 | 目标任务主要内容): targets follow what they are set for,
 * in every table read so far, so short phrases with no figure there (聚力推动制造业提质扩量增效), far shorter than the
 * sentences of the names beside them, group the rows — a category, asked about. A column the user named keeps their word.
 */
function goalWordsLeftOfNames(columns: Partial<Record<FieldKey, ColumnMapping>>, profiles: ReadonlyMap<number, ColumnProfile>): void {
  const { target, name } = columns;
  if (!target || !name || columns.category || target.col > name.col) return;
  if (target.source === 'user' || target.source === 'remembered') return;
  const words = profiles.get(target.col);
  const names = profiles.get(name.col);
  if (!words || !names || words.filled === 0 || words.numeric > 0 || words.text < 1) return;
  if (words.meanLength * 2 > names.meanLength) return;
  columns.category = { ...target, confidence: Math.min(target.confidence, 0.6), source: 'values' };
  delete columns.target;
}

/**
 * Two columns of words about the work: 目标完成情况 (顺利推进, 已完成) and 进展情况、存在问题及下一步打算 (long
 * paragraphs). The one with the short verdicts is the result (actual, in words); the paragraphs are the progress text.
 */
function settleProgressAndResult(
  columns: Partial<Record<FieldKey, ColumnMapping>>,
  band: HeaderBand,
  profiles: ReadonlyMap<number, ColumnProfile>,
  usedCols: ReadonlySet<number>,
): void {
  const progress = columns.progressText;
  if (!progress || columns.actual) return;
  const verdicts = profiles.get(progress.col);
  if (!verdicts || !/完成/.test(progress.header)) return;
  const mapped = new Set(Object.values(columns).map((m) => m?.col));
  for (const [col, reading] of band.columns) {
    if (mapped.has(col) || usedCols.has(col)) continue;
    const profile = profiles.get(col);
    if (!profile || profile.filled === 0 || !reading.guesses.some((g) => g.field === 'progressText')) continue;
    if (profile.longText >= 0.8 && verdicts.longText <= 0.2 && verdicts.text >= 0.8) {
      columns.actual = { ...progress, confidence: Math.min(progress.confidence, 0.7), source: 'values' };
      columns.progressText = mapping(col, reading, 0.7, 'values');
      return;
    }
  }
}

function applyLetters(
  columns: Partial<Record<FieldKey, ColumnMapping>>,
  letters: ColumnLetters | undefined,
  source: 'user' | 'remembered',
  band: HeaderBand,
  width: number,
  rejected: ColumnMapResult['rejected'][number][],
): void {
  if (!letters) return;
  for (const [field, letter] of Object.entries(letters)) {
    if (letter === undefined) continue;
    const col = /^[A-Za-z]{1,3}$/.test(letter.trim()) ? columnNumber(letter.trim()) : NaN;
    if (!(FIELD_KEYS as readonly string[]).includes(field) || !Number.isInteger(col) || col < 1 || col > Math.max(width, 1)) {
      rejected.push({ field, letter, source });
      continue;
    }
    for (const key of FIELD_KEYS) if (columns[key]?.col === col) delete columns[key];
    columns[field as FieldKey] = mapping(col, band.columns.get(col), 1, source);
  }
}

/**
 * Maps columns to fields: header words first (synonyms, then keyword roles), the values below
 * settling ambiguous words, then a remembered mapping, then the user's own, which always wins.
 */
export function mapColumns(
  band: HeaderBand,
  profiles: ReadonlyMap<number, ColumnProfile>,
  width: number,
  remembered: ColumnLetters | undefined,
  user: ColumnLetters | undefined,
  context: MappingContext = { planTitle: false },
): ColumnMapResult {
  const candidates = candidatesOf(band, profiles).sort((a, b) => b.confidence - a.confidence || a.col - b.col);
  const columns: Partial<Record<FieldKey, ColumnMapping>> = {};
  const usedCols = new Set<number>();
  for (const c of candidates) {
    if (columns[c.field] || usedCols.has(c.col) || c.confidence < MIN_CONFIDENCE) continue;
    columns[c.field] = mapping(c.col, band.columns.get(c.col), c.confidence, c.source);
    usedCols.add(c.col);
  }
  // Statements beside the names are the targets in words before any bare figure is guessed at: with a target
  // stated, figures under words that name no field are no longer read as what was done.
  statementsBesideNames(columns, band, profiles, usedCols);
  fallbackByValues(columns, band, profiles, usedCols, context);
  categoryAsName(columns);
  goalSentencesAsName(columns, band, profiles);
  statementsBesideNames(columns, band, profiles, usedCols);
  goalWordsLeftOfNames(columns, profiles);
  settleProgressAndResult(columns, band, profiles, usedCols);
  settleLeadAndShare(columns, band, usedCols);
  const rejected: ColumnMapResult['rejected'][number][] = [];
  applyLetters(columns, remembered, 'remembered', band, width, rejected);
  applyLetters(columns, user, 'user', band, width, rejected);
  const unsure = FIELD_KEYS.filter((field) => {
    const m = columns[field];
    return m !== undefined && m.confidence < CONFIDENCE_THRESHOLD;
  });
  return { columns, unsure, rejected, candidates };
}

/**
 * In a table of sentences with no actual column, the 完成情况 column is the result written in words, the
 * actual the figures are read from, not a commentary on it; a further column of words about the work
 * (取得成效, 情况说明) is then the progress text. Null when nothing changes or the user mapped the column.
 */
export function sentenceResultColumns(
  columns: Partial<Record<FieldKey, ColumnMapping>>,
  band: HeaderBand,
): Partial<Record<FieldKey, ColumnMapping>> | null {
  const result = columns.progressText;
  if (columns.actual || !result || result.source === 'user' || result.source === 'remembered') return null;
  if (!/完成/.test(result.header.replace(/\s+/g, ''))) return null;
  const settled: Partial<Record<FieldKey, ColumnMapping>> = { ...columns, actual: { ...result, confidence: Math.min(result.confidence, 0.7), source: 'values' } };
  delete settled.progressText;
  const mapped = new Set(Object.values(columns).map((m) => m?.col));
  for (const [col, reading] of band.columns) {
    if (mapped.has(col) || !reading.guesses.some((g) => g.field === 'progressText')) continue;
    settled.progressText = mapping(col, reading, 0.7, 'values');
    break;
  }
  return settled;
}
