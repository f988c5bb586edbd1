import type { IndicatorTable, Issue, Results, ScoreRule } from '../model';

export interface ComputeOptions {
  readonly scoreRule?: ScoreRule;
}

export function compute(_table: IndicatorTable, _issues: readonly Issue[], _options: ComputeOptions = {}): Results {
  throw new Error('compute: not yet built (issue 6)');
}
