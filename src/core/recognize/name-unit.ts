import { normalizeText } from './text-normalize';
import { isKnownUnit } from './unit-convert';

/**
 * Statistical tables and task lists write an indicator's unit after its name, in brackets: 利润总额(亿元),
 * 亏损面(%), 建设农村公办幼儿园(所). The brackets say how the figures are counted, not what is counted: the name is
 * the words before them (the unit is still read from the name as written, indicator-unit.ts). Brackets that
 * hold anything else — a weight (4%), a gloss (GDP), a bound (≥**万元) — stay part of the name.
 */
const UNIT_AT_END = /^(.*[^\s(（])\s*[(（]\s*([^()（）]{1,8}?)\s*[)）]\s*$/;

export function nameWithoutUnit(name: string): string {
  const m = UNIT_AT_END.exec(name);
  if (!m) return name;
  const inside = normalizeText(m[2]).replace(/^单位[:：]/, '');
  return inside === '%' || inside === '％' || isKnownUnit(inside) ? m[1].trim() : name;
}
