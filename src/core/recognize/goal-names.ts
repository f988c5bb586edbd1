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
