import { convertUnit, splitUnit } from '../recognize/unit-convert';

/**
 * Whether two units convert into each other, judged by the same converter recognition uses to place
 * figures in the indicator's unit: 万元 ↔ 亿元 and 个 ↔ 家 convert; 万元 ↔ 人 does not. One unit table in the
 * engine, so validation never calls a figure unconvertible that recognition just converted.
 */
export function convertible(a: string, b: string): boolean {
  if (a.trim() === '' || b.trim() === '') return true;
  if (isRateUnit(a) && isRateUnit(b)) return true;
  return convertUnit(1, a, b).kind !== 'incompatible';
}

/** Rates, not amounts: a negative value is a fall, not a typing slip. */
export function isRateUnit(unit: string | null | undefined): boolean {
  if (typeof unit !== 'string') return false;
  const base = splitUnit(unit)?.base;
  return base === '%' || base === '‰' || base === '个百分点';
}
