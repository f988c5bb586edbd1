import type { ColumnMapping, FieldKey, LayoutClass } from '../model';

/**
 * Which kind of table was read, from what recognition found in it: path columns above the name
 * or sub-item rows under an item (multi-level), sentences carrying the figures, only a progress or rate column beside the names
 * (progress-only), or one row per indicator with its figures in columns (breakdown). The user's word wins.
 */
export interface LayoutFacts {
  readonly columns: Partial<Record<FieldKey, ColumnMapping>>;
  readonly levels: number;
  /** Rows read as sub-items of the item above them (（1） under 1、). */
  readonly subItems: number;
  readonly sentenceMode: boolean;
  readonly forced?: LayoutClass;
}

export function readLayoutClass(facts: LayoutFacts): LayoutClass {
  if (facts.forced !== undefined) return facts.forced;
  if (facts.levels > 0 || facts.subItems > 0) return 'multi-level';
  if (facts.sentenceMode) return 'sentence';
  const { columns } = facts;
  if (!columns.target && !columns.actual && !columns.periodTarget && columns.completionRate) return 'progress-only';
  return 'breakdown';
}
