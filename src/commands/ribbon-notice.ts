import { t, type Locale } from '../core/i18n';
import type { JobResult } from '../excel/generate-report';
import { hostErrorKey, technicalDetail } from '../excel/office-errors';

/**
 * What the ribbon's 生成汇报 tells the user when it is done, since no pane is open to show it: a short notice
 * in a small dialog (notice.html), carried in its address so the dialog needs nothing else.
 */
export interface RibbonNotice {
  readonly intent: 'success' | 'warning' | 'error';
  readonly text: string;
  readonly detail: string;
}

export function ribbonNotice(result: JobResult, locale: Locale): RibbonNotice {
  switch (result.kind) {
    case 'written': {
      const issues = result.outcome.issues;
      return {
        intent: 'success',
        text: t('ui.notice.written', locale, {
          sheets: result.applied.written.join(locale === 'zh-CN' ? '、' : ', '),
          errors: issues.filter((issue) => issue.severity === 'error').length,
          warnings: issues.filter((issue) => issue.severity === 'warning').length,
        }),
        detail: t('ui.result.stats', locale, { syncs: result.syncs }),
      };
    }
    case 'no-table':
      return { intent: 'warning', text: t('ui.result.no-table', locale), detail: '' };
    case 'failed':
      return {
        intent: 'error',
        text: t(result.errorKind === 'engine' ? 'ui.error.engine' : hostErrorKey(result.errorKind), locale),
        detail: t('ui.error.detail', locale, { detail: technicalDetail(result.error) }),
      };
    default: {
      const unreachable: never = result;
      return unreachable;
    }
  }
}

/** notice.html?lang=…&intent=…&text=…&detail=… — relative to the page the runtime lives on. */
export function noticeUrl(base: string, notice: RibbonNotice, locale: Locale): string {
  const params = new URLSearchParams({ lang: locale, intent: notice.intent, text: notice.text, detail: notice.detail });
  return new URL(`notice.html?${params.toString()}`, base).toString();
}
