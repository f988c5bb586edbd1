import type { Issue, TextField } from '../../model';
import { isBlank, shownContentAt } from '../cell-content';
import { shownText } from '../message-values';
import { columnRef, indicatorIssue, type Rule } from '../rule-context';

function hasText(field: TextField | null): boolean {
  return field !== null && shownText(String(field.value ?? '')) !== '';
}

/** A qualitative indicator is judged by what staff write about it; with nothing written it cannot be reported. */
export const qualitativeProgressRule: Rule = {
  name: 'qualitative-progress',
  check({ table, sheet }) {
    const issues: Issue[] = [];
    // A 绩效目标表 sets targets at the start of the year: nothing has been done yet to write about.
    if (table.financeForm?.kind === 'target') return issues;
    for (const indicator of table.indicators) {
      if (indicator.kind !== 'qualitative') continue;
      if (hasText(indicator.progressText) || hasText(indicator.actualText) || indicator.actual !== null) continue;
      const progressCell = columnRef(table, indicator.row, 'progressText');
      // One 完成情况说明 merged over several related indicators speaks for each of them.
      if (progressCell && sheet && !isBlank(shownContentAt(sheet, progressCell.row, progressCell.col))) continue;
      // Where the account goes: its column, else the 完成值 or the 当前进度 column; the name only when none exists.
      const cell = progressCell ?? columnRef(table, indicator.row, 'actual') ?? columnRef(table, indicator.row, 'completionRate') ?? indicator.name.cell;
      issues.push(indicatorIssue('qualitative-no-progress', indicator, cell));
    }
    return issues;
  },
};
