import type { Rule } from './rule-context';
import { approximationRule } from './rules/approximation';
import { cellValuesRule } from './rules/cell-values';
import { deadlineRule } from './rules/deadline';
import { duplicatesRule } from './rules/duplicates';
import { growthRule } from './rules/growth';
import { judgementRule } from './rules/judgement';
import { missingNameRule } from './rules/missing-name';
import { notANumberRule } from './rules/not-a-number';
import { plausibilityRule } from './rules/plausibility';
import { qualitativeProgressRule } from './rules/qualitative-progress';
import { responsibilityRule } from './rules/responsibility';
import { statedCompletionRule } from './rules/stated-completion';
import { statedScoresRule } from './rules/stated-scores';
import { targetsRule } from './rules/targets';
import { unitsRule } from './rules/units';
import { weightsRule } from './rules/weights';

/** Every rule validation runs; each lives in its own file under rules/. Order does not matter: results are sorted. */
export const RULES: readonly Rule[] = [
  missingNameRule,
  targetsRule,
  notANumberRule,
  cellValuesRule,
  unitsRule,
  duplicatesRule,
  responsibilityRule,
  weightsRule,
  plausibilityRule,
  growthRule,
  deadlineRule,
  approximationRule,
  qualitativeProgressRule,
  statedCompletionRule,
  judgementRule,
  statedScoresRule,
];
