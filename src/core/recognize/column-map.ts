import type { ColumnMapping, FieldKey, MappingSource } from '../model';
import { FIELD_KEYS, columnLetter, columnNumber } from '../model';
import type { ColumnProfile } from './column-profile';
import type { HeaderBand } from './header-detect';
import { FIELD_VALUE_KIND, type HeaderReading, type ValueKind } from './header-vocabulary';
import { findMonthSpan } from './period';

/** Below this a mapped column is shown to the user to confirm (CLI --map, task pane). */
export const CONFIDENCE_THRESHOLD = 0.75;

/** Below this a guess is not worth asking about: the column stays unmapped. */
const MIN_CONFIDENCE = 0.4;

export type ColumnLetters = Partial<Record<string, string>>;

export interface ColumnMapResult {
  readonly columns: Partial<Record<FieldKey, ColumnMapping>>;
  readonly unsure: readonly FieldKey[];
  /** Letters in a user's or remembered mapping that name no column, or fields that do not exist. */
  readonly rejected: readonly { readonly field: string; readonly letter: string; readonly source: 'user' | 'remembered' }[];
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
  const candidates: Candidate[] = [];
  for (const [col, reading] of band.columns) {
    const profile = profiles.get(col);
    const leafSpan = findMonthSpan(reading.parts[reading.parts.length - 1] ?? '');
    for (const g of reading.guesses) {
      let field = g.field;
      const confidence = g.confidence;
      if (reading.year !== null && reading.year < latestYear && field !== 'lastYear' && field !== 'growth') continue;
      if (schedule.has(col) && (field === 'target' || field === 'periodTarget')) continue;
      if (field === 'target' && leafSpan) field = 'periodTarget';
      const fit = profile ? valueFit(FIELD_VALUE_KIND[field], profile) : 1;
      candidates.push({ col, field, confidence: confidence * fit, source: g.ambiguous ? 'values' : g.source });
    }
  }
  return candidates;
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
 * unit column without 牵头 lists the units that help (cooperating).
 */
function settleLeadAndShare(columns: Partial<Record<FieldKey, ColumnMapping>>, band: HeaderBand, usedCols: ReadonlySet<number>): void {
  const lead = columns.department;
  if (!lead || columns.cooperating || !/牵头/.test(lead.header)) return;
  const mapped = new Set(Object.values(columns).map((m) => m?.col));
  for (const [col, reading] of band.columns) {
    if (mapped.has(col) || usedCols.has(col) || /牵头/.test(reading.text)) continue;
    if (!reading.guesses.some((g) => g.field === 'department')) continue;
    columns.cooperating = mapping(col, reading, 0.7, 'keyword');
    return;
  }
}

function fallbackByValues(
  columns: Partial<Record<FieldKey, ColumnMapping>>,
  band: HeaderBand,
  profiles: ReadonlyMap<number, ColumnProfile>,
): void {
  const used = new Set(Object.values(columns).map((m) => m?.col));
  const free = [...profiles.entries()].filter(([col, p]) => !used.has(col) && p.filled > 0).sort((a, b) => a[0] - b[0]);
  if (!columns.name) {
    let best: [number, ColumnProfile] | null = null;
    for (const entry of free) {
      const p = entry[1];
      if (p.text >= 0.6 && p.unit < 0.5 && (!best || p.longText > best[1].longText)) best = entry;
    }
    if (best) {
      columns.name = mapping(best[0], band.columns.get(best[0]), 0.5, 'values');
      used.add(best[0]);
    }
  }
  if (!columns.unit) {
    const found = free.find(([col, p]) => !used.has(col) && p.unit >= 0.6);
    if (found) {
      columns.unit = mapping(found[0], band.columns.get(found[0]), 0.8, 'values');
      used.add(found[0]);
    }
  }
  // 备注 is no field by its name, but tables use it for what they have no column for: the units in charge
  // (人力资源社会保障局, 交通局 …) or notes on the progress, sentences on most rows (a word or two, 逆向指标 or
  // 含个体户转企, explains the indicator instead). Its values say which.
  const remark = free.find(([col]) => !used.has(col) && /^备注/.test((band.columns.get(col)?.text ?? '').replace(/\s+/g, '')));
  if (remark) {
    const [col, p] = remark;
    if (!columns.department && p.organisation >= 0.6) columns.department = mapping(col, band.columns.get(col), 0.6, 'values');
    else if (!columns.progressText && p.text >= 0.6 && p.longText >= 0.5 && p.organisation < 0.3) columns.progressText = mapping(col, band.columns.get(col), 0.6, 'values');
    used.add(col);
  }
  if (!columns.id && columns.name) {
    const nameCol = columns.name.col;
    const found = free.find(([col, p]) => !used.has(col) && col < nameCol && p.outline >= 0.6 && p.longText < 0.2);
    if (found) columns.id = mapping(found[0], band.columns.get(found[0]), 0.8, 'values');
  }
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
): ColumnMapResult {
  const candidates = candidatesOf(band, profiles).sort((a, b) => b.confidence - a.confidence || a.col - b.col);
  const columns: Partial<Record<FieldKey, ColumnMapping>> = {};
  const usedCols = new Set<number>();
  for (const c of candidates) {
    if (columns[c.field] || usedCols.has(c.col) || c.confidence < MIN_CONFIDENCE) continue;
    columns[c.field] = mapping(c.col, band.columns.get(c.col), c.confidence, c.source);
    usedCols.add(c.col);
  }
  fallbackByValues(columns, band, profiles);
  settleProgressAndResult(columns, band, profiles, usedCols);
  settleLeadAndShare(columns, band, usedCols);
  const rejected: ColumnMapResult['rejected'][number][] = [];
  applyLetters(columns, remembered, 'remembered', band, width, rejected);
  applyLetters(columns, user, 'user', band, width, rejected);
  const unsure = FIELD_KEYS.filter((field) => {
    const m = columns[field];
    return m !== undefined && m.confidence < CONFIDENCE_THRESHOLD;
  });
  return { columns, unsure, rejected };
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
