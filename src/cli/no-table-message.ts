import { issueMessage, issueSuggestion, t, type Locale } from '../core/i18n';
import type { Issue } from '../core/model';
import { layoutRefusal, type Recognition } from '../core/recognize';
import { questionLines } from './question-lines';

/**
 * What stderr says when a file holds no table the engine can read: the layout's own refusal when there is one
 * (a cross-table it cannot read), otherwise which sheet looked most like a table and the headers seen on it —
 * and the question that reads it anyway: which column holds the names (--map name=…), or, for a layout its reader
 * refused, which other layout reads it (--layout …).
 */
export function noTableMessage(file: string, recognition: Pick<Recognition, 'issues' | 'questions'>, locale: Locale): string {
  const asked = questionLines(recognition.questions, locale);
  return [refusalMessage(file, recognition.issues, locale), ...asked].join('\n');
}

function refusalMessage(file: string, issues: readonly Issue[], locale: Locale): string {
  const refusal = layoutRefusal(issues);
  if (refusal) return `${file}：${issueMessage(refusal, locale)}${issueSuggestion(refusal, locale)}`;
  const seen = issues.find((issue) => issue.code === 'no-table');
  return seen ? `${t('cli.no-table', locale, { file })}\n${issueMessage(seen, locale)}` : t('cli.no-table', locale, { file });
}
