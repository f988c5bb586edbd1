import type { ColumnMapping, FieldKey, Indicator, IndicatorTable, NumberField, TextField, DateField } from '../model';
import { FIELD_KEYS, columnLetter } from '../model';
import { CONFIDENCE_THRESHOLD, type ColumnCandidate } from './column-map';
import type { ColumnProfile } from './column-profile';
import type { HeaderBand } from './header-detect';
import { isNotAField } from './header-vocabulary';
import type { ColumnRole } from './questions';

/**
 * How sure recognition is of each column and each row. A column is as sure as its role was read (header words
 * weighed by the values, or the values alone); a column read as nothing is as sure as no field fitted it. A row
 * is as sure as the least sure of the cells it was read from, and of any figure worked out for it.
 */

const round2 = (value: number): number => Math.round(value * 100) / 100;
/** Header words that name no field (得分, 备注): the column is surely none of them. */
const NAMED_NOTHING = 0.9;
/** Values under no header words, read as no field: nothing much can be said either way. */
const UNSAID = 0.5;

export function columnRoles(
  columns: Partial<Record<FieldKey, ColumnMapping>>,
  levels: readonly ColumnMapping[],
  band: HeaderBand,
  profiles: ReadonlyMap<number, ColumnProfile>,
  width: number,
  candidates: readonly ColumnCandidate[],
): ColumnRole[] {
  const byCol = new Map<number, { field: FieldKey; confidence: number }>();
  for (const field of FIELD_KEYS) {
    const m = columns[field];
    if (m) byCol.set(m.col, { field, confidence: m.confidence });
  }
  // A level above the name (一级指标 over 二级指标) groups the indicators: read as their category.
  for (const level of levels) if (!byCol.has(level.col)) byCol.set(level.col, { field: 'category', confidence: level.confidence });
  const roles: ColumnRole[] = [];
  for (let col = 1; col <= width; col++) {
    const header = band.columns.get(col)?.text ?? '';
    const filled = profiles.get(col)?.filled ?? 0;
    if (header === '' && filled === 0) continue;
    const read = byCol.get(col);
    if (read) {
      roles.push({ col, letter: columnLetter(col), header, field: read.field, confidence: round2(read.confidence) });
      continue;
    }
    const best = Math.max(0, ...candidates.filter((c) => c.col === col).map((c) => c.confidence));
    // Read as nothing: as sure as the best role it was not given was unlikely.
    const confidence = best > 0 ? 1 - Math.min(best, 0.95) : header !== '' && (isNotAField(header) || filled > 0) ? NAMED_NOTHING : UNSAID;
    roles.push({ col, letter: columnLetter(col), header, field: null, confidence: round2(confidence) });
  }
  return roles;
}

type Cellish = TextField | NumberField | DateField | null | undefined;

/** A row as sure as the least sure column it read a value from, and any figure worked out for it. */
export function rowConfidence(indicator: Indicator, columns: Partial<Record<FieldKey, ColumnMapping>>): number {
  let least = columns.name?.confidence ?? 1;
  const fields: readonly [FieldKey, Cellish][] = [
    ['target', indicator.target ?? indicator.targetText], ['periodTarget', indicator.periodTarget], ['actual', indicator.actual ?? indicator.actualText],
    ['lastYear', indicator.lastYear], ['growth', indicator.statedGrowth], ['completionRate', indicator.statedCompletion],
    ['department', indicator.department], ['owner', indicator.owner], ['deadline', indicator.deadline], ['progressText', indicator.progressText],
  ];
  for (const [field, value] of fields) {
    if (!value) continue;
    const own = 'confidence' in value && typeof value.confidence === 'number' ? value.confidence : null;
    const mapping = columns[field];
    const fromColumn = mapping && value.cell.col === mapping.col ? mapping.confidence : 1;
    least = Math.min(least, own ?? fromColumn);
  }
  return round2(least);
}

export function withRowConfidence(table: IndicatorTable): IndicatorTable {
  return { ...table, indicators: table.indicators.map((indicator) => ({ ...indicator, confidence: rowConfidence(indicator, table.columns) })) };
}

/**
 * How far ahead a column's reading must be of the next one for recognition to take it without asking: the
 * same field in a column read as nothing, or the same column as a field found nowhere, scored within this of
 * it, is a close call — a guess the user should confirm. Measured on the working corpus and the opened frozen
 * set (bench:recognition): 0.1 asks about four wrong readings and two right ones that were taken silently, and
 * about none on a table read wholly right; 0.2 and wider start asking on the synthetic corpus's right readings.
 */
export const CLOSE_MARGIN = 0.1;

/**
 * Columns whose reading won over an open rival by less than CLOSE_MARGIN, each with how sure it is of itself
 * over that rival: even odds plus half the lead, so always below the confidence threshold and asked about.
 * A column the user named (--map, remembered) is never a close call.
 */
export function closeCalls(
  columns: Partial<Record<FieldKey, ColumnMapping>>,
  levels: readonly ColumnMapping[],
  candidates: readonly ColumnCandidate[],
): Map<FieldKey, number> {
  const close = new Map<FieldKey, number>();
  // A level above the name (二级指标 over 三级指标) is read, as the path: no rival for the name.
  const mappedCols = new Set([...Object.values(columns).map((m) => m?.col), ...levels.map((m) => m.col)]);
  const heldAt = new Map<number, ColumnMapping>();
  for (const f of FIELD_KEYS) {
    const held = columns[f];
    if (held) heldAt.set(held.col, held);
  }
  for (const field of FIELD_KEYS) {
    const m = columns[field];
    if (!m || m.source === 'user' || m.source === 'remembered') continue;
    // A rival is a reading still open: the field in a column read as nothing, or this column as a field found
    // nowhere. A reading a later rule settled (the 项目名称 column found to be the category over the names) is none.
    // A tie settled only by the order columns were taken in is open too: another column whose header names this
    // field as strongly as the role it was given (本月比上年同月增长 · 累计比上年同期增长: both 增长, both 上年), or a
    // field this column names as strongly as the column that took it.
    // Only among figures: their values cannot tell a growth from last year's level by themselves, while names,
    // categories and units are told apart by what is written in them (a category repeats, a 配合单位 lists several).
    const tied = (c: ColumnCandidate, held: ColumnMapping | undefined): boolean =>
      held !== undefined && held.source !== 'user' && held.source !== 'remembered' && c.confidence >= held.confidence
      && FIGURE_FIELDS.has(c.field) && FIGURE_FIELDS.has(field);
    const rivals = candidates.filter((c) =>
      c.confidence >= MIN_RIVAL && (c.field === field
        ? c.col !== m.col && (!mappedCols.has(c.col) || tied(c, heldAt.get(c.col)))
        : c.col === m.col && (columns[c.field] === undefined || tied(c, columns[c.field]))));
    const lead = Math.min(...rivals.map((c) => m.confidence - c.confidence), Number.POSITIVE_INFINITY);
    // Confidences are sums of tenths: a lead of exactly the margin (0.85 − 0.75) is no close call, whatever the float says.
    if (lead < CLOSE_MARGIN - 1e-9) close.set(field, round2(Math.min(m.confidence, 0.5 + Math.max(0, lead) / 2)));
  }
  return close;
}

/** Fields whose columns hold figures of the indicator's measure or a rate of it. */
const FIGURE_FIELDS: ReadonlySet<FieldKey> = new Set(['target', 'periodTarget', 'actual', 'lastYear', 'growth', 'completionRate']);

/** Below this a reading is no rival: column-map leaves such guesses unmapped. */
const MIN_RIVAL = 0.4;

/** How sure a role on a sheet read tentatively can be without strong evidence: always asked about. */
export const TENTATIVE_CONFIDENCE = 0.7;

/**
 * A sheet read tentatively (tentative-table.ts) is read, not refused, but nothing on it is taken silently that a
 * strong reading of the header does not back: the names (what makes it a table at all), and every role read from a
 * keyword, an ambiguous word or the values alone, are held below the confidence threshold and asked about. A role
 * the header names word for word (责任单位, 序号) stays as sure as it was; so does one the user named.
 */
export function tentativeDoubts(columns: Partial<Record<FieldKey, ColumnMapping>>): Map<FieldKey, number> {
  const doubts = new Map<FieldKey, number>();
  for (const field of FIELD_KEYS) {
    const m = columns[field];
    if (!m || m.source === 'user' || m.source === 'remembered') continue;
    const strong = field !== 'name' && m.source === 'synonym' && m.confidence >= 0.95;
    if (!strong) doubts.set(field, Math.min(m.confidence, TENTATIVE_CONFIDENCE));
  }
  return doubts;
}

/**
 * The rate column, when no column is the actual and the actuals were read out of its sentences (完成9个,完成率100%):
 * a reading of that column as what was done, which the mapping never made, so it is asked about. Null otherwise.
 */
export function actualsInRateColumn(table: IndicatorTable): ColumnMapping | null {
  const rate = table.columns.completionRate;
  if (table.columns.actual || !rate || rate.source === 'user' || rate.source === 'remembered') return null;
  return table.indicators.some((i) => i.actual?.cell.col === rate.col) ? rate : null;
}

/** Consecutive rows with one name, at least this many and this share of the rows, make the names doubtful. */
const REPEATS = 2;
const REPEAT_SHARE = 0.2;

/**
 * A column of names gives each row its own: the same words down consecutive rows (a project name filled down from a
 * merge over its sub-tasks, a status such as 进场施工。 copied row to row) say the column is a group or an account,
 * not the names. How sure the names column can then be: below the threshold, by the share of rows repeated; null
 * when the names do not repeat (or the user named the column).
 */
export function repeatedNamesDoubt(table: IndicatorTable): number | null {
  const m = table.columns.name;
  if (!m || m.source === 'user' || m.source === 'remembered') return null;
  const names = table.indicators.filter((i) => i.name.cell.col === m.col).map((i) => i.name.value);
  let repeated = 0;
  for (let k = 1; k < names.length; k++) if (names[k] === names[k - 1]) repeated++;
  if (repeated < REPEATS || repeated < REPEAT_SHARE * names.length) return null;
  return round2(Math.min(m.confidence, TENTATIVE_CONFIDENCE, 1 - repeated / names.length));
}

/**
 * A column of names gives each task its own, within its group: the same name twice under the same path, adjacent or
 * not (开展招标。 on three rows among others, a project's name on each of its sub-tasks, a group's words 主要预期目标 on
 * every row), says the column read as the names holds something else — a status, a group, a project over its tasks.
 * How sure the names column can then be: below the threshold, by the share of rows whose name is not their own; null
 * when every name is its own within its group (or the user named the column). Measured on the tuning sets: no table
 * read right has such names; on the tables each round's engine had not seen, every such name was misread.
 */
export function duplicateNamesDoubt(table: IndicatorTable): number | null {
  const m = table.columns.name;
  if (!m || m.source === 'user' || m.source === 'remembered') return null;
  const rows = table.indicators.filter((i) => i.name.cell.col === m.col);
  const key = (i: IndicatorTable['indicators'][number]): string => `${i.path.join('\u0000')}\u0001${i.name.value.replace(/\s+/g, '')}`;
  const count = new Map<string, number>();
  for (const i of rows) count.set(key(i), (count.get(key(i)) ?? 0) + 1);
  const shared = rows.filter((i) => (count.get(key(i)) ?? 0) > 1).length;
  if (shared < REPEATS || shared < REPEAT_SHARE * rows.length) return null;
  return round2(Math.min(m.confidence, TENTATIVE_CONFIDENCE, 1 - shared / rows.length / 2));
}

/**
 * The names taken from a column's values while another column's header names them more plainly (项目名称 read as the
 * category, the names from 主要内容 beside it): values and header words disagree on where the names are, so the
 * names column is asked about. How sure it then is; null when they agree or the user named the column.
 */
export function namesAgainstHeader(columns: Partial<Record<FieldKey, ColumnMapping>>, band: HeaderBand): number | null {
  const m = columns.name;
  if (!m || m.source !== 'values') return null;
  const named = (col: number): number => Math.max(0, ...(band.columns.get(col)?.guesses ?? []).filter((g) => g.field === 'name' && !g.ambiguous).map((g) => g.confidence));
  const own = named(m.col);
  let plainer = 0;
  for (const col of band.columns.keys()) if (col !== m.col) plainer = Math.max(plainer, named(col));
  return plainer >= own + CLOSE_MARGIN && plainer >= SURE_NAME_WORD ? round2(Math.min(m.confidence, TENTATIVE_CONFIDENCE)) : null;
}

/** A header word that names the names column by itself (名称, 项目名称, 工作任务). */
const SURE_NAME_WORD = 0.9;
