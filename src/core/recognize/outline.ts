import { cleanText, matchForm, normalizeText } from './text-normalize';

/**
 * Outline numbers the way 公文 and target sheets write them: 一、 （一） 1、 1. （1） ① 1) and a bare
 * number or numeral alone in a 序号 cell. The style tells the level; the key builds the indicator's id.
 */
export type OutlineStyle =
  | 'cn' // 一、
  | 'cn-paren' // （一）
  | 'num' // 1、 1. or a bare 1 in a 序号 cell
  | 'num-paren' // （1）
  | 'num-half-paren' // 1)
  | 'circled' // ①
  | 'dotted'; // 1.2 / 1.2.3 (multi-level numbering in one cell)

export interface Outline {
  readonly style: OutlineStyle;
  /** As written, trimmed: "一、", "（一）", "1、", "①". */
  readonly written: string;
  /** The id part: "一", "(一)", "1", "(1)", "①", "1.2". */
  readonly key: string;
  /** The text after the outline number ("勤政目标" in "一、勤政目标"). */
  readonly rest: string;
}

const CN = '[一二三四五六七八九十百零〇]+';
const CIRCLED = '[①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳]';

interface Rule {
  readonly style: OutlineStyle;
  readonly pattern: RegExp;
  readonly key: (m: RegExpExecArray) => string;
}

// Tested against the half-width form, so （一） arrives as (一) and 1． as 1.
const RULES: readonly Rule[] = [
  { style: 'cn-paren', pattern: new RegExp(`^\\(\\s*(${CN})\\s*\\)[、.]?`), key: (m) => `(${m[1]})` },
  { style: 'cn', pattern: new RegExp(`^(${CN})\\s*[、.,]`), key: (m) => m[1] },
  { style: 'num-paren', pattern: /^\(\s*(\d{1,3})\s*\)[、.]?/, key: (m) => `(${m[1]})` },
  { style: 'circled', pattern: new RegExp(`^(${CIRCLED})[、.]?`), key: (m) => m[1] },
  { style: 'dotted', pattern: /^(\d{1,3}(?:\.\d{1,3}){1,4})(?![\d%])[、.]?(?=\s|[^\d.]|$)/, key: (m) => m[1] },
  // 2、100%完成… is item 2: 、 never separates thousands, so a figure may follow it; 2,000 is a figure.
  { style: 'num', pattern: /^(\d{1,4})\s*、/, key: (m) => m[1] },
  { style: 'num', pattern: /^(\d{1,4})\s*,(?!\d)/, key: (m) => m[1] },
  { style: 'num', pattern: /^(\d{1,4})\.(?!\d)/, key: (m) => m[1] },
  { style: 'num-half-paren', pattern: /^(\d{1,3})\)/, key: (m) => m[1] },
];

/** Marks that flag a key task or a binding target before its number (*, ★, ▲), as lists of tasks use them. */
export const KEY_ITEM_MARK = /^[*★☆▲△]\s*(?=[(\d一二三四五六七八九十①-⑳])/;

/** The outline number at the start of a text, or null. "2024年" and "3.5亿元" are not outlines. */
export function parseOutline(raw: string): Outline | null {
  // Matched on a same-length half-width form, cut from the text as written: （一） stays （一）.
  const written = cleanText(raw);
  const form = matchForm(written);
  // A mark before the number flags a key item (*1. ★2、 ▲（三）): the number after it is the outline.
  const mark = KEY_ITEM_MARK.exec(form)?.[0].length ?? 0;
  const text = form.slice(mark);
  for (const rule of RULES) {
    const m = rule.pattern.exec(text);
    if (!m) continue;
    const end = mark + m[0].length;
    const rest = written.slice(end).trim();
    // A dotted number with a unit after it is a figure (3.5亿元), not an outline.
    if (rule.style === 'dotted' && /^[亿万千百%％个家人元]/.test(rest)) return null;
    return { style: rule.style, written: written.slice(0, end).trim(), key: rule.key(m), rest };
  }
  return null;
}

/** What a 序号 cell alone says: a bare 3, 一, （一）, ①, 1.2 … */
export function parseOutlineCell(raw: string | number): Outline | null {
  if (typeof raw === 'number') {
    return Number.isInteger(raw) && raw >= 0 && raw < 10_000_000
      ? { style: 'num', written: String(raw), key: String(raw), rest: '' }
      : null;
  }
  const text = normalizeText(raw);
  if (text === '') return null;
  const withMark = parseOutline(raw);
  if (withMark && withMark.rest === '') return withMark;
  if (/^\d{1,7}$/.test(text)) return { style: 'num', written: text, key: text, rest: '' };
  if (new RegExp(`^${CN}$`).test(text)) return { style: 'cn', written: text, key: text, rest: '' };
  if (new RegExp(`^${CIRCLED}$`).test(text)) return { style: 'circled', written: text, key: text, rest: '' };
  if (/^\d{1,3}(?:\.\d{1,3}){1,4}$/.test(text)) return { style: 'dotted', written: text, key: text, rest: '' };
  return withMark;
}

/** Section styles are the Chinese-numeral ones; a row numbered so is a heading unless it holds figures. */
export function isSectionStyle(style: OutlineStyle): boolean {
  return style === 'cn' || style === 'cn-paren';
}

/** Outline keys of the sections an indicator sits in, for its id: 一.(一).2 */
export function outlineId(sectionKeys: readonly string[], own: Outline | null, runningIndex: number): string {
  // 1.2 under heading 1 already names its parent: the id is 1.2, not 1.1.2.
  const parent = sectionKeys[sectionKeys.length - 1];
  if (own?.style === 'dotted' && parent !== undefined && own.key.startsWith(`${parent}.`)) {
    return [...sectionKeys.slice(0, -1), own.key].join('.');
  }
  return [...sectionKeys, own ? own.key : String(runningIndex)].join('.');
}
