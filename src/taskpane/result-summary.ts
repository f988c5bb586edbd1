import { issueMessage, issueSuggestion, t, type Locale } from '../core/i18n';
import { layoutRefusal } from '../core/recognize';
import type { JobResult } from '../excel/generate-report';
import { hostErrorKey, technicalDetail } from '../excel/office-errors';
import { type HostFeature, READ_FEATURES, skippedMessageKey } from '../excel/requirement-sets';

/** The message bar after a run: what happened, in words a department's staff can act on. */
export interface ResultSummary {
  readonly intent: 'success' | 'warning' | 'error';
  readonly title: string;
  readonly lines: readonly string[];
}

export function skippedLine(feature: HostFeature, locale: Locale): string {
  return t(skippedMessageKey(feature), locale);
}

/** Of the features this Excel lacks, those the read itself skipped (writes report their own). */
export function readSkips(skipped: readonly HostFeature[]): HostFeature[] {
  return skipped.filter((feature) => READ_FEATURES.includes(feature));
}

export function resultSummary(result: JobResult, totalMs: number, skipped: readonly HostFeature[], locale: Locale): ResultSummary {
  switch (result.kind) {
    case 'written': {
      const lines = [t('ui.result.stats', locale, { syncs: result.syncs })];
      const missing = [...new Set([...skipped, ...result.applied.skipped])];
      if (missing.length > 0) lines.push(`${t('ui.skipped.title', locale)}${missing.map((feature) => skippedLine(feature, locale)).join('；')}`);
      return {
        intent: missing.length > 0 ? 'warning' : 'success',
        title: t('ui.result.written', locale, { count: result.applied.written.length, seconds: (totalMs / 1000).toFixed(2) }),
        lines,
      };
    }
    case 'no-table': {
      // A sheet refused for its layout (a cross-table whose columns cannot be told apart) says what it saw and what to do.
      const refusal = layoutRefusal(result.outcome?.recognition.issues ?? []);
      // Not advice only: a refusal that asks (which column holds the names, which layout reads it) points at the question.
      const asked = (result.outcome?.recognition.questions.length ?? 0) > 0 ? [t('ui.result.asked', locale)] : [];
      return refusal
        ? { intent: 'warning', title: issueMessage(refusal, locale), lines: [issueSuggestion(refusal, locale), ...asked] }
        : { intent: 'warning', title: t('ui.result.no-table', locale), lines: asked };
    }
    case 'failed': {
      const key = result.errorKind === 'engine' ? 'ui.error.engine' : hostErrorKey(result.errorKind);
      return {
        intent: 'error',
        title: t(key, locale),
        lines: [t('ui.result.failed', locale), t('ui.error.detail', locale, { detail: technicalDetail(result.error) })],
      };
    }
    default: {
      const unreachable: never = result;
      return unreachable;
    }
  }
}
