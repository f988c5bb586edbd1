import type { ColumnMapping, FieldKey, Indicator, IndicatorTable, NumberField, TextField, DateField } from '../model';
import { FIELD_KEYS, columnLetter } from '../model';
import { CONFIDENCE_THRESHOLD, type ColumnCandidate } from './column-map';
import type { ColumnProfile } from './column-profile';
import type { HeaderBand } from './header-detect';
import { isNotAField } from './header-vocabulary';
import type { ColumnRole, RowQuestion } from './questions';

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

/** Rows whose target was worked out (read out of the name) without a stated share to confirm it: asked about. */
export function rowQuestions(table: IndicatorTable): RowQuestion[] {
  const asked: RowQuestion[] = [];
  for (const indicator of table.indicators) {
    const target = indicator.target;
    if (!target || target.confidence === undefined || target.confidence >= CONFIDENCE_THRESHOLD) continue;
    asked.push({
      kind: 'row', row: indicator.row, name: indicator.name.value, field: 'target', value: target.value, unit: indicator.unit,
      cell: target.cell, confidence: target.confidence,
    });
  }
  return asked;
}
