import type { Issue } from '../model';
import { FIELD_KEYS } from '../model';
import { enUS } from './en-US';
import { zhCN, type MessageKey } from './zh-CN';

export type Locale = 'zh-CN' | 'en-US';
export type { MessageKey };

const TABLES: Record<Locale, Record<string, string>> = { 'zh-CN': zhCN, 'en-US': enUS };

/** "zh-CN" unless the display language is English (Office gives "en-US", "en-GB" …). */
export function pickLocale(displayLanguage: string | undefined): Locale {
  return displayLanguage?.toLowerCase().startsWith('en') ? 'en-US' : 'zh-CN';
}

/** Inside “…” a quotation takes ‘…’ (GB/T 15834): “编制‘十四五’规划中期评估报告”, never “编制“十四五”…”. */
export function quotedInside(text: string): string {
  return text.replace(/“/g, '‘').replace(/”/g, '’');
}

/** A value the template puts between “ and ” has its own quotation marks turned to ‘ ’. */
export function fill(template: string, params: Readonly<Record<string, string | number>>): string {
  return template.replace(/(“?)\{(\w+)\}(?=(”?))/g, (whole, open: string, key: string, close: string) => {
    if (!(key in params)) return whole;
    const value = String(params[key]);
    return open + (open !== '' && close !== '' ? quotedInside(value) : value);
  });
}

export function t(key: MessageKey, locale: Locale = 'zh-CN', params: Readonly<Record<string, string | number>> = {}): string {
  return fill(TABLES[locale][key] ?? zhCN[key], params);
}

/** Looks up a key that is built at run time (issue codes); falls back to the code itself so nothing is lost. */
export function tDynamic(key: string, locale: Locale = 'zh-CN', params: Readonly<Record<string, string | number>> = {}): string {
  const template = TABLES[locale][key] ?? TABLES['zh-CN'][key];
  return template === undefined ? key : fill(template, params);
}

/**
 * Params a message needs in the reader's language, worked out from the issue's own: a field's name
 * (“完成值”, never the key "actual"), a column named by its header or, when it has none, by its letter,
 * and the headers a refusal saw.
 */
export function localParams(issue: Issue, locale: Locale): Readonly<Record<string, string | number>> {
  const params: Record<string, string | number> = { ...issue.params };
  const field = issue.params.field;
  if (typeof field === 'string' && (FIELD_KEYS as readonly string[]).includes(field)) params.fieldLabel = t(`ui.field.${field}` as MessageKey, locale);
  else if (field !== undefined) params.fieldLabel = String(field);
  const column = issue.params.column;
  if (column !== undefined) {
    const header = String(issue.params.header ?? '').trim();
    params.columnTitle = header === '' ? t('issue.column-bare', locale, { column }) : t('issue.column-with-header', locale, { column, header });
  }
  // Where a target goes: its cell, or — when the table has no target column — a column to add (never the actual's cell).
  const place = issue.params.targetColumn === 0 ? 'issue.target-place.none' : 'issue.target-place.cell';
  params.targetPlace = t(place, locale, { cell: issue.params.cell ?? '', row: issue.params.row ?? '' });
  const headers = String(issue.params.headers ?? '');
  params.seen = headers === '' ? '' : t('issue.headers-seen', locale, { sheet: issue.params.sheet ?? '', headers });
  return params;
}

export function issueMessage(issue: Issue, locale: Locale = 'zh-CN'): string {
  return tDynamic(`issue.${issue.code}`, locale, localParams(issue, locale));
}

export function issueSuggestion(issue: Issue, locale: Locale = 'zh-CN'): string {
  const key = `issue.${issue.code}.fix`;
  const text = tDynamic(key, locale, localParams(issue, locale));
  return text === key ? '' : text;
}
