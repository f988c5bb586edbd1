import type { IndicatorTable, ReportDoc, Results } from '../model';

export interface NarrateOptions {
  /** YYYY-MM-DD printed on the date line; defaults to the day after the period ends. */
  readonly reportDate?: string;
}

export function narrate(_table: IndicatorTable, _results: Results, _options: NarrateOptions = {}): ReportDoc {
  throw new Error('narrate: not yet built (issue 7)');
}
