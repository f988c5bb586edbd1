import type { Issue } from '../../model';
import { hasPassed, referenceDate } from '../../judge';
import { looksComplete } from '../completion-judgement';
import { indicatorIssue, type Rule } from '../rule-context';

/** Re-exported where the deadline rule's readers have always found it. */
export { referenceDate } from '../../judge';

/** A deadline (完成时限) before the report date on an indicator that is not done: leaders will ask why. */
export const deadlineRule: Rule = {
  name: 'deadline',
  check({ table }) {
    const asOf = referenceDate(table.period);
    if (asOf === null) return [];
    const issues: Issue[] = [];
    for (const indicator of table.indicators) {
      const deadline = indicator.deadline;
      if (!deadline) continue;
      if (!hasPassed(deadline.iso, asOf) || looksComplete(indicator, table.period)) continue;
      issues.push(indicatorIssue('deadline-passed', indicator, deadline.cell, { deadline: deadline.iso, asOf }));
    }
    return issues;
  },
};
