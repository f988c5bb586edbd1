import type { ColumnMapping, FieldKey } from '../model';
import { columnLetter } from '../model';
import type { HeaderBand } from './header-detect';
import { compactText } from './text-normalize';

/**
 * Assessment tables name two kinds of unit: the one that does the work (责任部门, 牵头单位) and the one that checks and
 * scores it (评分部门, 考核责任单位, 监考单位). Beside a column of the units that do the work, a column under a scorer's
 * header is the assessor's: named, never read as the units that share the work. Where it is the only unit column it
 * stays the department (the vocabulary's reading): the tables disagree on it there (bench/expectation-conventions.md).
 */
const SCORER = /(评分|打分|考核|考评|监考|评价|测评)(责任)?(单位|部门|科室)$/;

export interface AssessorReading {
  readonly columns: Partial<Record<FieldKey, ColumnMapping>>;
  readonly assessor: ColumnMapping | null;
}

export function assessorColumn(columns: Partial<Record<FieldKey, ColumnMapping>>, band: HeaderBand): AssessorReading {
  const department = columns.department;
  if (!department || SCORER.test(compactText(department.header))) return { columns, assessor: null };
  const claimed = new Map<number, FieldKey>();
  for (const field of Object.keys(columns) as FieldKey[]) {
    const m = columns[field];
    if (m) claimed.set(m.col, field);
  }
  for (const [col, reading] of [...band.columns].sort(([a], [b]) => a - b)) {
    if (col === department.col || !SCORER.test(compactText(reading.parts[reading.parts.length - 1] ?? ''))) continue;
    const field = claimed.get(col);
    // A column the person mapped keeps their word; only the units sharing the work give way (they were a guess).
    if (field !== undefined && (field !== 'cooperating' || columns[field]?.source === 'user' || columns[field]?.source === 'remembered')) continue;
    const rest = { ...columns };
    if (field !== undefined) delete rest[field];
    return { columns: rest, assessor: { col, letter: columnLetter(col), header: reading.text, confidence: 0.8, source: 'keyword' } };
  }
  return { columns, assessor: null };
}
