import type { ColumnMapping, FieldKey, IndicatorTable, TextField } from '../model';
import { isPersonName } from './person-name';
import { cleanText } from './text-normalize';

/**
 * 牵头单位及主要负责人, 责任单位/责任人: one column, each cell a unit and the person who answers for it
 * (市民政局 伍泽国). Read as the department alone, the person is lost and the department misquoted. When most
 * filled cells of the department column end with a space and a person's name, each is split: the unit is the
 * department, the name the owner, both pointing at the same cell.
 */

/** A unit's name ends like this (局, 委员会, 中心, 人民政府 …). */
const UNIT_END = /(?:局|委|委员会|办|办公室|中心|政府|院|所|站|队|处|科|室|股|部|社|会|厅|公司|街道|镇|乡)$/;
/** At least this share of the filled cells must be written so before any is split. */
const MOST = 0.6;

/** The unit and the person of one cell, or null when it is not written so. */
export function unitAndPerson(text: string): { unit: string; person: string } | null {
  const m = /^(.+?)\s+([\u4e00-\u9fff·]{2,4})$/.exec(text.trim());
  if (!m) return null;
  const unit = m[1].trim();
  return UNIT_END.test(unit) && isPersonName(m[2]) ? { unit, person: m[2] } : null;
}

export function splitUnitAndPerson(table: IndicatorTable): IndicatorTable {
  const column = table.columns.department;
  if (!column || table.columns.owner) return table;
  const filled = table.indicators.filter((i) => i.department !== null && i.owner === null);
  if (filled.length === 0) return table;
  const split = filled.filter((i) => i.department !== null && unitAndPerson(i.department.value) !== null);
  if (split.length < MOST * filled.length) return table;
  const part = (field: TextField, value: string): TextField => ({ ...field, value });
  return {
    ...table,
    columns: { ...table.columns, owner: column },
    indicators: table.indicators.map((i) => {
      const found = i.department && i.owner === null ? unitAndPerson(i.department.value) : null;
      return found && i.department ? { ...i, department: part(i.department, found.unit), owner: part(i.department, found.person) } : i;
    }),
  };
}

/**
 * One column for the unit in charge and its head (牵头单位及主要负责人, 责任单位和责任人), named so by its header:
 * the column is read as both fields, and each cell is split: the person is the last words when they are a name;
 * the rest is the unit.
 */
const UNIT_AND_PERSON = /(单位|科室|股室|部门|处室).*(及|和|与|、|\/).*(负责人|责任人|联系人)/;

/** The department column also names the person in charge: map the owner to it (asked about: read from one header). */
export function withSharedOwner(columns: Partial<Record<FieldKey, ColumnMapping>>): Partial<Record<FieldKey, ColumnMapping>> {
  const department = columns.department;
  if (!department || columns.owner || !UNIT_AND_PERSON.test(department.header.replace(/\s+/g, ''))) return columns;
  return { ...columns, owner: { ...department, confidence: Math.min(department.confidence, 0.7), source: 'values' } };
}

/** The unit and the person of one cell; person null when the cell ends in no name. */
export function unitAndPersonOf(text: string): { unit: string; person: string | null } {
  const words = cleanText(text);
  const m = /^(.+?)[\s,，、:：]+([\u4e00-\u9fff·]{2,4})$/.exec(words);
  if (!m || !isPersonName(m[2])) return { unit: words, person: null };
  return { unit: m[1], person: m[2] };
}
