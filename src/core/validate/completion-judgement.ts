import { looksDone } from '../judge';
import type { Indicator, Period } from '../model';

/**
 * Whether an indicator is done, as far as validation needs to know (the deadline rule): the judgement
 * module's answer (src/core/judge), the same one compute's status comes from.
 */
export function looksComplete(indicator: Indicator, period: Period): boolean {
  return looksDone(indicator, period);
}
