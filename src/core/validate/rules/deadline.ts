import type { Issue, Period } from '../../model';
import { looksComplete } from '../completion-judgement';
import { indicatorIssue, type Rule } from '../rule-context';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

/** The day the report speaks for: the --as-of date, else the last day of the period's last month. */
export function referenceDate(period: Period): string | null {
  if (typeof period.asOf === 'string' && ISO_DATE.test(period.asOf)) return period.asOf;
  const { year, toMonth } = period;
  if (!Number.isInteger(year) || year < 1900 || year > 9999 || !Number.isInteger(toMonth) || toMonth < 1 || toMonth > 12) return null;
  const lastDay = new Date(Date.UTC(year, toMonth, 0)).getUTCDate();
  return `${pad(year, 4)}-${pad(toMonth, 2)}-${pad(lastDay, 2)}`;
}

/** A deadline (完成时限) before the report date on an indicator that is not done: leaders will ask why. */
export const deadlineRule: Rule = {
  name: 'deadline',
  check({ table }) {
    const asOf = referenceDate(table.period);
    if (asOf === null) return [];
    const issues: Issue[] = [];
    for (const indicator of table.indicators) {
      const deadline = indicator.deadline;
      if (!deadline || typeof deadline.iso !== 'string' || !ISO_DATE.test(deadline.iso)) continue;
      // ISO dates compare correctly as strings.
      if (deadline.iso >= asOf || looksComplete(indicator)) continue;
      issues.push(indicatorIssue('deadline-passed', indicator, deadline.cell, { deadline: deadline.iso, asOf }));
    }
    return issues;
  },
};
