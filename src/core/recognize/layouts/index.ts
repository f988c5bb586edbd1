import { readCrossTable } from './cross-table';
import { readFinanceForm } from './finance-form';
import type { SpecialLayout, SpecialLayoutInput } from './special-layout';

export type { SpecialLayout, SpecialLayoutInput } from './special-layout';

/**
 * Layouts that are not a list of indicator rows and are read by a reader of their own: the 财政部 绩效自评表 /
 * 目标表 and the 地区×指标 cross-table. Each reader says null when the sheet is not its kind, so the general
 * reader takes over.
 */
export function readSpecialLayout(input: SpecialLayoutInput, only?: 'finance-form' | 'cross-table'): SpecialLayout | null {
  // The user's word for the kind of table (--layout) leaves the other reader out.
  // A 绩效目标表 that sets its targets per place is read by the finance form's reader as a cross-table.
  const form = readFinanceForm(input);
  if (form && (only === undefined || form.table.layoutClass === only)) return { kind: 'table', table: form.table, issues: form.issues };
  return only === 'finance-form' ? null : readCrossTable(input);
}
