import type { Approximation } from '../model';

/**
 * The blank a form's template leaves after an indicator's name for its value: 公猪舍(≥**平方米), 保育栏(≥套),
 * 群众满意度（≥XX%）, 培训人次(不少于××人次). The unit filled the name in without filling the number, which
 * it wrote in the value column instead: the bracket holds the bound and the unit of that value, not part of
 * the name. Told apart from a bracket that is part of a name (粉碎拌合机(11kw), 产床(全复合双体产床)) or a
 * plain unit (完成时限(月)) by the comparator it opens with, and by holding no digit.
 */
export interface TemplateSlot {
  /** The name without the slot, as written. */
  readonly name: string;
  readonly approx: Approximation;
  /** The unit the slot names, or null when it names none (≥**). */
  readonly unit: string | null;
}

const COMPARATORS: readonly (readonly [RegExp, Approximation])[] = [
  [/^(?:≥|≧|>=|＞=|不低于|不少于|至少)/, 'atLeast'],
  [/^(?:≤|≦|<=|＜=|不高于|不超过|不多于|至多)/, 'atMost'],
  [/^(?:>|＞|大于|高于|多于)/, 'atLeast'],
  [/^(?:<|＜|小于|低于|少于)/, 'atMost'],
  [/^(?:=|＝)/, 'exact'],
];

/** Marks a template uses for the number to fill in: **, ××, XX, xx, ＿＿, …. */
const BLANK = /^[*＊×xXＸ_＿…\s]*/;

/** The slot closing the name, or null when the name ends in no such bracket. */
export function templateSlot(written: string): TemplateSlot | null {
  const m = /^(.*\S)\s*[（(]([^（）()]{1,12})[)）]\s*$/.exec(written);
  if (!m || /\d/.test(m[2])) return null;
  const inside = m[2].replace(/\s+/g, '');
  const comparator = COMPARATORS.find(([pattern]) => pattern.test(inside));
  if (!comparator) return null;
  const rest = inside.replace(comparator[0], '').replace(BLANK, '');
  // A unit is a few letters or characters, never words: (≥符合标准) is a target in words, not a slot.
  if (rest !== '' && !/^(?:[\u4e00-\u9fff]{1,3}|[A-Za-z]{1,4}|%|％|‰)$/.test(rest)) return null;
  const unit = rest === '' ? null : rest === '％' ? '%' : rest;
  return { name: m[1], approx: comparator[1], unit };
}
