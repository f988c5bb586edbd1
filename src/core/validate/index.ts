import type { IndicatorTable, Issue, WorkbookSnapshot } from '../model';

export function validate(_table: IndicatorTable, _snapshot: WorkbookSnapshot): Issue[] {
  throw new Error('validate: not yet built (issue 5)');
}
