import type { Issue } from '../model';
import { enUS } from './en-US';
import { zhCN, type MessageKey } from './zh-CN';

export type Locale = 'zh-CN' | 'en-US';
export type { MessageKey };

const TABLES: Record<Locale, Record<string, string>> = { 'zh-CN': zhCN, 'en-US': enUS };

/** "zh-CN" unless the display language is English (Office gives "en-US", "en-GB" …). */
export function pickLocale(displayLanguage: string | undefined): Locale {
  return displayLanguage?.toLowerCase().startsWith('en') ? 'en-US' : 'zh-CN';
}

export function fill(template: string, params: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in params ? String(params[key]) : whole));
}

export function t(key: MessageKey, locale: Locale = 'zh-CN', params: Readonly<Record<string, string | number>> = {}): string {
  return fill(TABLES[locale][key] ?? zhCN[key], params);
}

/** Looks up a key that is built at run time (issue codes); falls back to the code itself so nothing is lost. */
export function tDynamic(key: string, locale: Locale = 'zh-CN', params: Readonly<Record<string, string | number>> = {}): string {
  const template = TABLES[locale][key] ?? TABLES['zh-CN'][key];
  return template === undefined ? key : fill(template, params);
}

export function issueMessage(issue: Issue, locale: Locale = 'zh-CN'): string {
  return tDynamic(`issue.${issue.code}`, locale, issue.params);
}

export function issueSuggestion(issue: Issue, locale: Locale = 'zh-CN'): string {
  const key = `issue.${issue.code}.fix`;
  const text = tDynamic(key, locale, issue.params);
  return text === key ? '' : text;
}
