import { readCrossTable } from './cross-table';
import { readFinanceForm } from './finance-form';
import type { SpecialLayout, SpecialLayoutInput } from './special-layout';
import type { SheetSnapshot } from '../../model';
import { cellAt } from '../../model';
import { cellWords } from '../cell-text';

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
  if (only === 'finance-form') return null;
  const cross = readCrossTable(input);
  // Places each given a task in words (龙涓镇 | 50 | 用于整镇推进项目建设补助,…): a list of tasks by place, read as rows.
  if (cross?.kind === 'table' && only !== 'cross-table' && tasksByPlace(input.sheet, cross)) return null;
  return cross;
}

/** A sentence: long, and told in clauses or ended as one (用于整镇推进项目建设补助,项目总投资不低于100万元). */
function isSentence(words: string): boolean {
  return words.length >= 15 && /[，,；;。]/.test(words);
}

/**
 * The places of a cross-table each carry a sentence of their own in one column (two places or more, most of them):
 * what each place is to do, in words — a task list by place, not figures crossed with places.
 */
function tasksByPlace(sheet: SheetSnapshot, cross: Extract<SpecialLayout, { kind: 'table' }>): boolean {
  const rows = [...new Set(cross.table.indicators.flatMap((i) => (i.breakdown ?? []).map((r) => r.region.cell.row)))];
  if (rows.length < 2) return false;
  const width = Math.max(...sheet.values.map((row) => row.length));
  for (let col = 1; col <= width; col++) {
    const sentences = rows.filter((row) => isSentence(cellWords(cellAt(sheet, row, col)))).length;
    if (sentences >= 2 && sentences * 3 >= rows.length * 2) return true;
  }
  return false;
}
