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

/**
 * Signs set before a line's name: the statistical yearbooks' “#” for 其中 (of which: #食品制造业 under 工业总产值, # 批发业
 * under 商品销售总额), and the marks lists use to flag a key or binding item (★地区生产总值增长15%, *单位增加值综合能耗下降率,
 * ▲完成经济普查). A sign says how the line is set, not what it counts: the name is the words after it (#一般公共预算收入:
 * a name may begin with 一, as 一般, 一次性 do). A “#” inside a name (3#楼) or before a figure (#2机组), and a mark before
 * an item's number (★一、, handled as its outline), stay.
 */
const LEADING_SIGN = /^\s*(?:[#＃]|[★☆▲△*＊]+)\s*(?=[^\s#＃★☆▲△*＊\d(（①-⑳])(?![一二三四五六七八九十]+\s*[、.．,，])/;

export function nameWithoutPartMark(name: string): string {
  return name.replace(LEADING_SIGN, '');
}
