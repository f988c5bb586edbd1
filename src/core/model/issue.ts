import type { CellRef } from './cell-ref';

export type Severity = 'error' | 'warning' | 'info';

/**
 * A problem found in the workbook. The core never throws for bad input: it returns these.
 * `code` is stable (tests and the message tables key on it); `params` fill the message template.
 */
export interface Issue {
  readonly severity: Severity;
  readonly code: string;
  readonly cell: CellRef | null;
  /** The indicator's source row, when the issue belongs to one. */
  readonly indicatorRow?: number;
  readonly indicatorName?: string;
  readonly params: Readonly<Record<string, string | number>>;
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Severity first, then sheet position (row, then column). */
export function compareIssues(a: Issue, b: Issue): number {
  const bySeverity = SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity];
  if (bySeverity !== 0) return bySeverity;
  const rowA = a.cell?.row ?? 0;
  const rowB = b.cell?.row ?? 0;
  if (rowA !== rowB) return rowA - rowB;
  return (a.cell?.col ?? 0) - (b.cell?.col ?? 0);
}
