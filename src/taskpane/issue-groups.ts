import { issueMessage, issueSuggestion, t, type Locale } from '../core/i18n';
import type { CellRef, Issue, Severity } from '../core/model';
import { refToString } from '../core/model';

/** Validation issues grouped by severity for the pane, each with the cell a click selects. */
export interface IssueItem {
  readonly key: string;
  readonly message: string;
  readonly fix: string;
  readonly cell: CellRef | null;
  readonly cellLabel: string;
}

export interface IssueGroup {
  readonly severity: Severity;
  readonly title: string;
  readonly items: readonly IssueItem[];
  /** Issues beyond the pane's limit, listed on the 校验结果 sheet. */
  readonly more: number;
}

const ORDER: readonly Severity[] = ['error', 'warning', 'info'];

export function groupIssues(issues: readonly Issue[], locale: Locale, limitPerGroup = 50): IssueGroup[] {
  const groups: IssueGroup[] = [];
  for (const severity of ORDER) {
    const members = issues.filter((issue) => issue.severity === severity);
    if (members.length === 0) continue;
    const items = members.slice(0, limitPerGroup).map((issue, index) => ({
      key: `${severity}-${index}-${issue.code}`,
      message: issueMessage(issue, locale),
      fix: issueSuggestion(issue, locale),
      cell: issue.cell,
      cellLabel: issue.cell ? refToString(issue.cell) : '',
    }));
    groups.push({
      severity,
      title: t('ui.issues.group', locale, { severity: t(`severity.${severity}`, locale), count: members.length }),
      items,
      more: members.length - items.length,
    });
  }
  return groups;
}
