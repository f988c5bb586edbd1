import type { Severity } from '../model';

/**
 * Every problem validation can report, in one place: its stable code, its severity and the rule file that
 * finds it. The words (message and suggestion) live in the message tables as `issue.<code>` and
 * `issue.<code>.fix`, so the task pane, the 校验结果 sheet and the CLI all say the same thing.
 */
export const ISSUE_CATALOGUE = {
  'missing-name': { severity: 'error', rule: 'missing-name' },
  'missing-target': { severity: 'error', rule: 'targets' },
  'actual-without-target': { severity: 'error', rule: 'targets' },
  'not-a-number': { severity: 'error', rule: 'not-a-number' },
  'words-not-figure': { severity: 'warning', rule: 'not-a-number' },
  'excel-error': { severity: 'error', rule: 'cell-values' },
  'formula-without-value': { severity: 'warning', rule: 'cell-values' },
  'unit-mismatch': { severity: 'error', rule: 'units' },
  'duplicate-name': { severity: 'warning', rule: 'duplicates' },
  'duplicate-outline': { severity: 'warning', rule: 'duplicates' },
  'missing-department': { severity: 'warning', rule: 'responsibility' },
  'missing-owner': { severity: 'warning', rule: 'responsibility' },
  'no-department-column': { severity: 'info', rule: 'responsibility' },
  'no-owner-column': { severity: 'info', rule: 'responsibility' },
  'weight-total-mismatch': { severity: 'error', rule: 'weights' },
  'weight-not-100': { severity: 'warning', rule: 'weights' },
  'completion-implausible': { severity: 'warning', rule: 'plausibility' },
  'negative-value': { severity: 'error', rule: 'plausibility' },
  'last-year-missing': { severity: 'warning', rule: 'growth' },
  'last-year-zero': { severity: 'warning', rule: 'growth' },
  'stated-growth-mismatch': { severity: 'warning', rule: 'growth' },
  'deadline-passed': { severity: 'warning', rule: 'deadline' },
  'approximate-value': { severity: 'info', rule: 'approximation' },
  'qualitative-no-progress': { severity: 'warning', rule: 'qualitative-progress' },
  'stated-completion-mismatch': { severity: 'warning', rule: 'stated-completion' },
  'judgement-unclear': { severity: 'warning', rule: 'judgement' },
  'judgement-contradicts': { severity: 'warning', rule: 'judgement' },
  'stated-score-differs': { severity: 'info', rule: 'stated-scores' },
  'score-total-mismatch': { severity: 'warning', rule: 'stated-scores' },
  /** A rule hit a bug: the others still run and the report is still made (see index.ts). */
  'rule-failed': { severity: 'warning', rule: 'index' },
} as const satisfies Record<string, { readonly severity: Severity; readonly rule: string }>;

export type ValidationCode = keyof typeof ISSUE_CATALOGUE;

export const VALIDATION_CODES = Object.keys(ISSUE_CATALOGUE) as ValidationCode[];

export function severityOf(code: ValidationCode): Severity {
  return ISSUE_CATALOGUE[code].severity;
}
