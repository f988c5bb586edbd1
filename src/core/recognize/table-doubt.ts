import type { ColumnMapping, FieldKey, IndicatorTable } from '../model';
import { FIELD_KEYS } from '../model';
import { sentenceGroup } from './group-labels';

/**
 * A table shown to be misread in one place is doubtful in the others that rest on the same weak evidence. Where a
 * column's figures are orders apart from another of the same measure (figure-sizes.ts), or rows are filed under
 * groups written as sentences (group-labels.ts), the reading has met something it does not understand; then every
 * other column read from a keyword of its header or from its values alone (not a header word for word, not the
 * user's word) is asked about too, instead of being trusted as on a table that fits. Tables with no such evidence
 * are asked nothing more.
 */

/** How sure a weakly read column of a table in doubt can be: below the threshold, asked. */
export const TABLE_DOUBT_CONFIDENCE = 0.7;

/** Rows under sentence groups from this many on say the grouping itself was misread. */
const SENTENCE_GROUP_ROWS = 2;

/** The evidence that the table was misread somewhere: columns of other sizes, or rows under sentence groups. */
export function tableInDoubt(table: IndicatorTable, sizedColumns: readonly FieldKey[]): boolean {
  if (sizedColumns.length > 0) return true;
  return table.indicators.filter((i) => sentenceGroup(i) !== null).length >= SENTENCE_GROUP_ROWS;
}

function weak(m: ColumnMapping): boolean {
  return m.source === 'keyword' || m.source === 'values';
}

/** The columns of a table in doubt read on weak evidence and not yet asked about. */
export function weakReadings(columns: Partial<Record<FieldKey, ColumnMapping>>, unsure: readonly FieldKey[]): FieldKey[] {
  return FIELD_KEYS.filter((field) => {
    const m = columns[field];
    return m !== undefined && weak(m) && !unsure.includes(field);
  });
}
