import type { Issue } from '../../model';
import { shownText } from '../message-values';
import { indicatorIssue, type Rule } from '../rule-context';

/**
 * An indicator without a name (a name column the user mapped to the wrong place, a name that is only spaces
 * or invisible characters): a figure nobody can attribute must not reach the report. Rows with figures that
 * recognition did not take as indicators at all are its own report (recognize-row-without-name).
 */
export const missingNameRule: Rule = {
  name: 'missing-name',
  check({ table }) {
    const issues: Issue[] = [];
    for (const indicator of table.indicators) {
      if (shownText(String(indicator.name.value ?? '')) === '') {
        issues.push(indicatorIssue('missing-name', indicator, indicator.name.cell));
      }
    }
    return issues;
  },
};
