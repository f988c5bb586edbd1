import { issueMessage, issueSuggestion, t, type Locale } from '../core/i18n';
import type { Issue } from '../core/model';
import { layoutRefusal } from '../core/recognize';

/**
 * What stderr says when a file holds no table the engine can read: the layout's own refusal when there is one
 * (a cross-table it cannot read), otherwise which sheet looked most like a table and the headers seen on it.
 */
export function noTableMessage(file: string, issues: readonly Issue[], locale: Locale): string {
  const refusal = layoutRefusal(issues);
  if (refusal) return `${file}：${issueMessage(refusal, locale)}${issueSuggestion(refusal, locale)}`;
  const seen = issues.find((issue) => issue.code === 'no-table');
  return seen ? `${t('cli.no-table', locale, { file })}\n${issueMessage(seen, locale)}` : t('cli.no-table', locale, { file });
}
