import type { ColumnMapping, FieldKey } from '../model';
import { columnLetter } from '../model';
import type { ColumnProfile } from './column-profile';
import { isNamesColumn } from './column-shape';
import { columnsNaming, type HeaderBand } from './header-detect';

/**
 * Tables of goals written as sentences (序号 | 预期目标 | 责任单位 | 进展情况: 地区生产总值增长6%以上): the sentence is
 * the row's name and its goal at once, so the column a header calls the target is the column of names, and the
 * table is one of sentences. Told by header, values and position together: the one column of long texts left of
 * the columns that say who does the work or how it went, under a header that names a goal and not a name.
 */

/** Fields that say who does the work or how it went: the columns a table's names stand left of. */
const ACCOUNT_FIELDS: readonly FieldKey[] = ['department', 'owner', 'leader', 'cooperating', 'deadline', 'progressText', 'actual', 'completionRate'];

/**
 * The column of sentences under a goal's header (预期目标, 目标任务) that is the only column of long texts left of
 * the first column saying who does the work or how it went: the names of a table of goals written as sentences.
 * Null when there is no such column, or another column of long texts could be the names as well.
 */
export function goalSentencesColumn(band: HeaderBand, profiles: ReadonlyMap<number, ColumnProfile>): number | null {
  const accounts = ACCOUNT_FIELDS.flatMap((field) => columnsNaming(band, field));
  if (accounts.length === 0) return null;
  const firstAccount = Math.min(...accounts);
  const sentences = [...profiles].filter(([col, p]) => col < firstAccount && isNamesColumn(p)).map(([col]) => col);
  if (sentences.length !== 1) return null;
  const [col] = sentences;
  const reading = band.columns.get(col);
  const goal = reading !== undefined && reading.guesses.some((g) => g.field === 'target' && g.confidence >= 0.6);
  const named = reading !== undefined && reading.guesses.some((g) => g.field === 'name');
  return goal && !named ? col : null;
}

/** How sure the names read out of a goal's column are: enough to read the table, never enough to stay silent. */
const GOAL_NAMES = 0.6;

/**
 * A mapping without a column of names, on a table of goals as sentences: the goals' column is the names (its reading
 * as the target is dropped), asked about. A column the user named keeps their word.
 */
export function goalSentencesAsName(
  columns: Partial<Record<FieldKey, ColumnMapping>>,
  band: HeaderBand,
  profiles: ReadonlyMap<number, ColumnProfile>,
): void {
  if (columns.name) return;
  const col = goalSentencesColumn(band, profiles);
  if (col === null) return;
  for (const field of Object.keys(columns) as FieldKey[]) {
    const m = columns[field];
    if (m?.col !== col) continue;
    if (m.source === 'user' || m.source === 'remembered') return;
    delete columns[field];
  }
  columns.name = { col, letter: columnLetter(col), header: band.columns.get(col)?.text ?? '', confidence: GOAL_NAMES, source: 'values' };
}

/** The names are the goals' sentences of a table of goals (see above), however the column came to be the names. */
export function namesAreGoals(band: HeaderBand, profiles: ReadonlyMap<number, ColumnProfile>, name: ColumnMapping | undefined): boolean {
  return name !== undefined && goalSentencesColumn(band, profiles) === name.col;
}

/** How many times longer than the labels statements run on average when the labels themselves are phrases. */
const LONGER = 3;

/** How sure the statements beside short names are the targets: asked about. */
const STATEMENTS = 0.6;
/**
 * A header that names what must be done (工作任务, 重点任务, 目标任务): its statements are each row's task. One that
 * names what the item is (项目内容, 考核内容) describes it instead.
 */
const TASK_WORDS = /任务|目标|指标/;

/**
 * Two columns under name words side by side (名称 | 工作任务): short labels (地区生产总值, 财政收入), then, under a
 * header that names a task or goal, the sentences that state each one's task (地区生产总值增长8%左右). The labels are
 * the names; the statements are what each must reach, the target in words. Only while no column is the target; a
 * column the user named keeps their word.
 */
export function statementsBesideNames(
  columns: Partial<Record<FieldKey, ColumnMapping>>,
  band: HeaderBand,
  profiles: ReadonlyMap<number, ColumnProfile>,
  usedCols: ReadonlySet<number>,
): void {
  const name = columns.name;
  if (!name || columns.target || name.source === 'user' || name.source === 'remembered') return;
  const labels = profiles.get(name.col);
  if (!labels || labels.filled === 0) return;
  // Labels are short, or at least far shorter than the statements beside them (进一步完善考核方案 beside three sentences).
  const shortBeside = (p: ColumnProfile): boolean => labels.longText < 0.5 || p.meanLength >= LONGER * labels.meanLength;
  const mapped = new Set(Object.values(columns).map((m) => m?.col));
  for (const col of columnsNaming(band, 'name')) {
    if (col <= name.col || mapped.has(col) || usedCols.has(col)) continue;
    const p = profiles.get(col);
    // A label on each statement's row: a group's label written once over several statements (项目名称 over 项目内容)
    // heads them, it does not name each one; nor is one header merged over both columns two columns of names.
    if (!p || p.filled < 2 || !isNamesColumn(p) || labels.filled < 0.8 * p.filled || !shortBeside(p)) continue;
    const header = band.columns.get(col)?.text ?? '';
    if (header === name.header || !TASK_WORDS.test(header.replace(/\s+/g, ''))) continue;
    columns.target = { col, letter: columnLetter(col), header: band.columns.get(col)?.text ?? '', confidence: STATEMENTS, source: 'values' };
    return;
  }
}
