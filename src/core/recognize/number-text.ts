import type { Approximation } from '../model';
import { normalizeText } from './text-normalize';
import { isKnownUnit, unitAtStart } from './unit-convert';

/**
 * Numbers as people type them into a cell: "120亿元", "300余人", "≥95%", "不超过3个工作日", "约5万",
 * "１５２０", "1,520", "全年完成100亿元". The number is returned as written (no unit conversion here).
 */
export type NumberText =
  | {
      readonly kind: 'number';
      readonly value: number;
      readonly approx: Approximation;
      /** Unit written right after the number, magnitude included ("亿元", "万美元", "%"), or null. */
      readonly unit: string | null;
      readonly decimals: number;
      /** The number sat inside other words (全年完成100亿元), not alone in the cell. */
      readonly inSentence: boolean;
      /** Written as a fall (下降5%, 减少3家): the value is positive, the words say it goes down. */
      readonly falling: boolean;
    }
  /** No number at all (年底前完成, 已完成, 推进中). */
  | { readonly kind: 'none' }
  /** More than one number (新建10个、投资5亿元): which one is the figure cannot be told. */
  | { readonly kind: 'several'; readonly count: number };

/** Dates and periods inside text are not figures: 2024年12月底, 1-6月, 6月30日, 2024-12-31, 09年. */
const DATE_PARTS: readonly RegExp[] = [
  /(?<![\d.])(?:19|20)\d{2}\s*[-/]\s*\d{1,2}(?:\s*[-/]\s*\d{1,2})?(?!\d)/g,
  /(?<![\d.])(?:19|20)\d{2}\.\d{1,2}\.\d{1,2}(?![\d.])/g,
  /(?<![\d.])(?:(?:19|20)\d{2}|0\d)\s*年度?/g,
  /(?<![\d.])\d{1,2}\s*月?\s*-\s*\d{1,2}\s*月份?/g,
  /(?<![\d.])\d{1,2}\s*月份?(?:\s*\d{1,2}\s*[日号])?(?:底|末|初|中旬|上旬|下旬)?/g,
  /(?<![\d.])\d{1,2}\s*[日号](?:前|之前)?/g,
  /第?[一二三四1-4]\s*季度/g,
]

// A rate's "per" words may stand between the bound and the figure: 不低于每人每月60元, 控制在人均3次以内.
const PER = '(?:(?:每[人户年月日天次]){1,3}|人均|户均)?';
const AT_LEAST_BEFORE = new RegExp(`(?:≥|≧|>=|=>|不低于|不少于|不小于|至少|最低|最少|大于等于|以上为)${PER}\\s*$`);
const AT_MOST_BEFORE = new RegExp(`(?:±|≤|≦|<=|=<|不超过|不高于|不大于|不多于|控制在|最多|最高|小于等于|低于|少于|<)${PER}\\s*$`);
const ABOUT_BEFORE = /(?:约|大约|约为|预计)\s*$/;
const NEARLY_BEFORE = /(?:近|接近|将近|逼近)\s*$/;
const OVER_BEFORE = /(?:逾|超过|多于|高于|>)\s*$/;
const FALLING_BEFORE = /(?:下降|降低|减少|减|降|下滑|回落|负增长)\s*(?:了)?\s*$/;

/** Nothing but per words (每亩, 每人每月) before a figure. */
const PER_ONLY = /^(?:每[\u4e00-\u9fff]){1,3}$/;

const OVER_AFTER = /^(?:余|多)/;
const AT_LEAST_AFTER = /^(?:以上|及以上|或以上|之上)/;
const AT_MOST_AFTER = /^(?:以内|以下|及以下|之内|内)/;
const ABOUT_AFTER = /^(?:左右|上下|前后)/;

/** Words around a number that do not make it a sentence: qualifiers and filler punctuation. */
// A lone = before the figure (指标性质 =, written =8个) says the target is that figure exactly.
const FILLER = /^[\s,.;:，。；：、!！?？()（）\[\]【】"'“”‘’+=]*$/;

const NUMBER = /[-+]?\d+(?:\.\d+)?/g;

function decimalsOf(digits: string): number {
  const dot = digits.indexOf('.');
  return dot < 0 ? 0 : digits.length - dot - 1;
}

function blankOut(text: string, pattern: RegExp): string {
  return text.replace(pattern, (match) => ' '.repeat(match.length));
}

/** A bracket after a figure restating it on another basis (可比, 按可比价, 同口径): the figure outside is the one read. */
const RESTATED_AFTER = /(?<=\d\s*%?\s*)[(（]\s*(?:按)?(?:可比价?|同口径)[^()（）]*[)）]\s*$/;

/** Reads the one figure in a piece of text. Never throws. */
const BARE_NUMBER = /^[-+]?\d+(?:\.\d+)?$/;
/** Characters without which no date or period can be in a text. */
const DATE_HINT = /[年月日号季\-/.]/;

export function parseNumberText(raw: string): NumberText {
  const bare = raw.trim();
  if (BARE_NUMBER.test(bare)) {
    const digits = bare.startsWith('+') ? bare.slice(1) : bare;
    return { kind: 'number', value: Number(digits), approx: 'exact', unit: null, decimals: decimalsOf(digits), inSentence: false, falling: false };
  }
  // Thousands separators go first so "1,520" is one number; "１５２０" is half-width by now.
  // 10.9(可比7.0): the figure restated on a comparable basis in brackets after it is a note, not a second figure.
  const text = normalizeText(raw).replace(/(\d)[,，](?=\d{3}(?!\d))/g, '$1').replace(RESTATED_AFTER, '');
  let scan = text;
  if (DATE_HINT.test(scan)) for (const pattern of DATE_PARTS) scan = blankOut(scan, pattern);
  // "PM2.5" is a name, not a figure.
  if (/pm/i.test(scan)) scan = blankOut(scan, /pm\s*2\.5|pm\s*10/gi);
  const matches = [...scan.matchAll(NUMBER)];
  if (matches.length === 0) return { kind: 'none' };
  if (matches.length > 1) return { kind: 'several', count: matches.length };

  const match = matches[0];
  const start = match.index ?? 0;
  let digits = match[0];
  let before = text.slice(0, start);
  if (digits.startsWith('+')) digits = digits.slice(1);
  // "-" right after a word is a dash ("1-6月" is blanked above), at the start it is a sign.
  if (digits.startsWith('-') && before.trim() !== '' && !/[≥≤<>=:：]\s*$/.test(before)) {
    digits = digits.slice(1);
    before = text.slice(0, start + 1);
  }
  let after = text.slice(start + match[0].length).trimStart();

  let approx: Approximation = 'exact';
  if (AT_LEAST_BEFORE.test(before)) approx = 'atLeast';
  else if (AT_MOST_BEFORE.test(before)) approx = 'atMost';
  else if (ABOUT_BEFORE.test(before)) approx = 'about';
  else if (NEARLY_BEFORE.test(before)) approx = 'nearly';
  else if (OVER_BEFORE.test(before)) approx = 'over';
  const falling = FALLING_BEFORE.test(before);
  before = before
    .replace(AT_LEAST_BEFORE, '')
    .replace(AT_MOST_BEFORE, '')
    .replace(ABOUT_BEFORE, '')
    .replace(NEARLY_BEFORE, '')
    .replace(OVER_BEFORE, '');

  // 300余人 / 300多万元: the qualifier may sit between the number and its unit.
  if (OVER_AFTER.test(after) && (approx === 'exact' || approx === 'about')) {
    approx = 'over';
    after = after.replace(OVER_AFTER, '');
  }
  // 百分比 spelled out after the figure (≥100百分比) is %.
  const spelledPercent = /^百分比/.test(after);
  const unit = spelledPercent ? '%' : unitAtStart(after);
  if (unit) after = after.slice(spelledPercent ? 3 : unit.length).trimStart();
  if (OVER_AFTER.test(after) && approx === 'exact') {
    approx = 'over';
    after = after.replace(OVER_AFTER, '');
  }
  if (AT_LEAST_AFTER.test(after)) {
    approx = 'atLeast';
    after = after.replace(AT_LEAST_AFTER, '');
  } else if (AT_MOST_AFTER.test(after)) {
    approx = 'atMost';
    after = after.replace(AT_MOST_AFTER, '');
  } else if (ABOUT_AFTER.test(after)) {
    // 控制在3%左右 is still a ceiling: 左右 softens a bound the words before set, it does not replace it.
    if (approx !== 'atMost' && approx !== 'atLeast') approx = 'about';
    after = after.replace(ABOUT_AFTER, '');
  }

  const value = Number(digits);
  if (!Number.isFinite(value)) return { kind: 'none' };
  // 每亩300, 每人每月60元: per words alone before the figure say what it is counted per, not a sentence around it.
  const perOnly = PER_ONLY.exec(before.trim());
  if (perOnly && [...perOnly[0].matchAll(/每([\u4e00-\u9fff])/g)].every((m) => isKnownUnit(m[1]))) before = '';
  const inSentence = !FILLER.test(before) || !FILLER.test(after);
  return { kind: 'number', value, approx, unit, decimals: decimalsOf(digits), inSentence, falling };
}
