import type { ColumnMapping, FieldKey } from '../model';
import { isPersonName } from './person-name';
import { cleanText } from './text-normalize';

/**
 * One column for the unit in charge and its head (牵头单位及主要负责人, 责任单位和责任人): each cell writes the body
 * and then the person (市民政局 伍泽国). The column is read as both fields, and each cell is split: the person is
 * the last words when they are a name; the rest is the unit.
 */
const UNIT_AND_PERSON = /(单位|科室|股室|部门|处室).*(及|和|与|、|\/).*(负责人|责任人|联系人)/;

/** The department column also names the person in charge: map the owner to it (asked about: read from one header). */
export function withSharedOwner(columns: Partial<Record<FieldKey, ColumnMapping>>): Partial<Record<FieldKey, ColumnMapping>> {
  const department = columns.department;
  if (!department || columns.owner || !UNIT_AND_PERSON.test(department.header.replace(/\s+/g, ''))) return columns;
  return { ...columns, owner: { ...department, confidence: Math.min(department.confidence, 0.7), source: 'values' } };
}

/** The unit and the person of one cell; person null when the cell ends in no name. */
export function splitUnitAndPerson(text: string): { unit: string; person: string | null } {
  const words = cleanText(text);
  const m = /^(.+?)[\s,，、:：]+([\u4e00-\u9fff·]{2,4})$/.exec(words);
  if (!m || !isPersonName(m[2])) return { unit: words, person: null };
  return { unit: m[1], person: m[2] };
}
