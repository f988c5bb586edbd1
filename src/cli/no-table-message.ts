import { issueMessage, issueSuggestion, t, type Locale } from '../core/i18n';
import type { Issue } from '../core/model';
import { RECOGNIZE_CODES } from '../core/recognize';

/** Refusals that name the layout they saw: the general "no table found" would hide what to do. */
const LAYOUT_REFUSALS: readonly string[] = [RECOGNIZE_CODES.crossTableUnreadable];

/** What stderr says when a file holds no table the engine can read: the layout's own refusal when there is one. */
export function noTableMessage(file: string, issues: readonly Issue[], locale: Locale): string {
  const refusal = issues.find((issue) => issue.severity === 'error' && LAYOUT_REFUSALS.includes(issue.code));
  if (!refusal) return t('cli.no-table', locale, { file });
  return `${file}：${issueMessage(refusal, locale)}${issueSuggestion(refusal, locale)}`;
}
