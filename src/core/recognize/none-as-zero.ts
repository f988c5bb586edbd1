import type { Indicator, NumberField, TextField } from '../model';
import { saysNone } from '../model';

/**
 * 违纪案件, target 0件, actual 无: where less is better, a bare 无 in the actual column is the count the
 * staff report (none of them), not a blank, and the indicator is met. Anywhere else 无 stays words: whether
 * nothing was done or nothing was filled in is for a person to say (the judge asks for a check).
 */
export function noneAsZero(
  direction: Indicator['direction'],
  actual: { readonly value: NumberField | null; readonly words: TextField | null },
): { readonly value: NumberField | null; readonly words: TextField | null } {
  if (direction !== 'lower' || actual.value !== null || actual.words === null) return actual;
  if (!saysNone(actual.words.value)) return actual;
  const text = actual.words.value.trim();
  return { value: { value: 0, cell: actual.words.cell, approx: 'exact', text, decimals: 0, derived: true }, words: actual.words };
}
