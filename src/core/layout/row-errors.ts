import { issueMessage } from '../i18n';
import type { Issue } from '../model';

/** The errors of each indicator's own row, in the words of the 校验结果 sheet: why it shows 待核实. */
export function errorMessagesByRow(issues: readonly Issue[]): Map<number, string[]> {
  const byRow = new Map<number, string[]>();
  for (const issue of issues) {
    if (issue.severity !== 'error' || issue.indicatorRow === undefined) continue;
    byRow.set(issue.indicatorRow, [...(byRow.get(issue.indicatorRow) ?? []), issueMessage(issue)]);
  }
  return byRow;
}
