import { issueMessage, issueSuggestion, t, type Locale } from '../core/i18n';
import type { Issue } from '../core/model';
import { layoutRefusal } from '../core/recognize';

/** What stderr says when a file holds no table the engine can read: the layout's own refusal when there is one. */
export function noTableMessage(file: string, issues: readonly Issue[], locale: Locale): string {
  const refusal = layoutRefusal(issues);
  if (!refusal) return t('cli.no-table', locale, { file });
  return `${file}：${issueMessage(refusal, locale)}${issueSuggestion(refusal, locale)}`;
}
