import type { ColumnMapping, FieldKey } from '../model';
import type { ColumnProfile } from './column-profile';

/**
 * A column of growths written as bounds (6.5以上, 5以上, 3以内) holds goals, not growths reached: what was done is a
 * figure, a floor or a ceiling is what was asked for. A plan's table heads it in many ways (计划增速, 目标增速(%), 年度增长
 * 目标, 预期增速) that name a growth first and the goal only in passing, so its header alone reads it as the growth
 * column; its values say it is the target. With no target column of its own, the table's growth column is then its
 * target — a growth target, read against the growth reached beside it (table-read.ts) — and asked about, not taken as
 * sure: the bounds are evidence, not proof.
 */
const LEAST_BOUNDED = 2;
const BOUNDED_SHARE = 0.3;
/** Below the threshold: the column is asked about. */
const GOAL_CONFIDENCE = 0.6;

export function growthGoalColumn(
  columns: Partial<Record<FieldKey, ColumnMapping>>,
  profiles: ReadonlyMap<number, ColumnProfile>,
): Partial<Record<FieldKey, ColumnMapping>> {
  const growth = columns.growth;
  if (!growth || columns.target || growth.source === 'user' || growth.source === 'remembered') return columns;
  const profile = profiles.get(growth.col);
  if (!profile) return columns;
  const numericCells = profile.numeric * profile.filled;
  if (profile.bounded < BOUNDED_SHARE || profile.bounded * numericCells < LEAST_BOUNDED - 1e-9) return columns;
  const { growth: _goal, ...rest } = columns;
  return { ...rest, target: { ...growth, confidence: Math.min(growth.confidence, GOAL_CONFIDENCE), source: 'values' } };
}
