import type { Issue, TextField } from '../../model';
import { isBlank, shownContentAt } from '../cell-content';
import { shownText } from '../message-values';
import { columnOf, columnRef, indicatorIssue, tableIssue, type Rule, type RuleContext } from '../rule-context';

type Responsibility = 'department' | 'owner';

const CODES = {
  department: { missing: 'missing-department', noColumn: 'no-department-column' },
  owner: { missing: 'missing-owner', noColumn: 'no-owner-column' },
} as const;

function fieldOf(field: Responsibility, text: { department: TextField | null; owner: TextField | null }): TextField | null {
  return field === 'department' ? text.department : text.owner;
}

function check(context: RuleContext, field: Responsibility): Issue[] {
  const { table, sheet } = context;
  if (table.indicators.length === 0) return [];
  if (!columnOf(table, field)) return [tableIssue(CODES[field].noColumn, null)];
  const issues: Issue[] = [];
  for (const indicator of table.indicators) {
    const value = fieldOf(field, indicator);
    if (value !== null && shownText(String(value.value ?? '')) !== '') continue;
    const cell = columnRef(table, indicator.row, field);
    if (!cell) continue;
    // A 责任科室 merged down several rows belongs to each of them, whether or not recognition spread it.
    if (sheet && !isBlank(shownContentAt(sheet, cell.row, cell.col))) continue;
    issues.push(indicatorIssue(CODES[field].missing, indicator, cell));
  }
  return issues;
}

/**
 * Every indicator needs a 责任科室 and a 责任人: the summary groups by them and leaders ask who. A finance
 * form (one unit answers for all of it) and a cross-table (regions answer) have no such columns by design.
 */
export const responsibilityRule: Rule = {
  name: 'responsibility',
  check(context) {
    if (context.table.layoutClass === 'finance-form' || context.table.layoutClass === 'cross-table') return [];
    return [...check(context, 'department'), ...check(context, 'owner')];
  },
};
