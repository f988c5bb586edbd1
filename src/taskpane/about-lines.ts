import { t, type Locale } from '../core/i18n';
import type { EngineThread, OfficeJsSource } from './office-runtime';

/** The pane's 关于 lines: which office.js is running, which Excel, and where the engine runs. */
export function engineLine(thread: EngineThread, locale: Locale): string {
  return thread.kind === 'worker' ? t('ui.engine.worker', locale) : t(`ui.engine.${thread.reason}`, locale);
}

export function officeJsLine(source: OfficeJsSource, locale: Locale): string {
  switch (source.kind) {
    case 'self-hosted':
      return t('ui.about.office-js-self', locale, { version: source.version });
    case 'cdn':
      return t('ui.about.office-js-cdn', locale, { url: source.url });
    case 'unknown':
      return t('ui.about.office-js-unknown', locale);
    default: {
      const unreachable: never = source;
      return unreachable;
    }
  }
}

export function aboutLines(source: OfficeJsSource, host: { platform: string; version: string }, thread: EngineThread, locale: Locale): string[] {
  return [officeJsLine(source, locale), t('ui.about.host', locale, host).trim(), engineLine(thread, locale)];
}
