import { toHalfWidth } from './text-normalize';

/**
 * Units as departments write them, and conversion between the ones that differ only by a magnitude
 * (万元 ↔ 亿元, 万人 ↔ 人, 万美元 ↔ 美元). A cell that says 3900万元 under a 亿元 indicator is 0.39.
 */

/** Base units (no magnitude prefix). Longer spellings first where one is a prefix of another. */
const BASE_UNITS: readonly string[] = [
  '个百分点', '百分点', '个工作日', '工作日', '平方公里', '平方千米', '平方米', '平米', '立方米', '厘米', '毫米', '公顷', '标准煤', '吨标准煤',
  '吨标煤', '千瓦时', '人民币', '美元', '欧元', '元', '人次', '户次', '床位', '人', '户', '家', '个', '项', '份', '件',
  '次', '场', '所', '座', '辆', '台', '套', '间', '张', '本', '册', '篇', '条', '处', '村', '宗', '批', '起', '名', '位',
  '天', '日', '小时', '周', '月', '年', '吨', '公斤', '千克', '克', '斤', '亩', '公里', '千米', '米', '瓦', '度', '床',
  '艘', '架', '头', '只', '羽', '株', '棵', '盏', '支', '部', '栋', '幢', '家次', '单', '票', '课时', '学时', '分',
  '页', '卷', '笔', '轮', '期', '门', '箱', '袋', '瓶', '盒', '对', '双', '根', '块', '片', '台次',
  '批次', '场次', '架次', '车次', '班次', '件次', '课次', '人天', '标箱', '种', '组',
  '%', '‰', 'km', 'kg', 'm²', 'm2', '㎡', 'μg/m³', 'ug/m3', 'mg/l', 'kw', 'kwh', 'mw', '倍',
];

/** Magnitude prefixes, longest first. */
const MAGNITUDES: readonly (readonly [string, number])[] = [
  ['万亿', 1e12],
  ['千万', 1e7],
  ['百万', 1e6],
  ['十万', 1e5],
  ['亿', 1e8],
  ['万', 1e4],
  ['千', 1e3],
];

/** Spellings of one unit. */
const ALIASES: ReadonlyMap<string, string> = new Map(Object.entries({
  平米: '平方米',
  '㎡': '平方米',
  'm²': '平方米',
  m2: '平方米',
  公斤: '千克',
  kg: '千克',
  公里: '千米',
  km: '千米',
  kw: '千瓦',
  kwh: '千瓦时',
  吨标煤: '吨标准煤',
  百分点: '个百分点',
  工作日: '个工作日',
  人民币: '元',
  'ug/m3': 'μg/m³',
}));

/** Measure words for counting things: one is as good as another (27家 under a 个 indicator is 27). */
const COUNT_WORDS = new Set(['个', '家', '项', '份', '件', '所', '座', '处', '宗', '批', '起', '名', '位', '栋', '幢', '部', '支', '单', '组']);

const KNOWN = new Set<string>([...BASE_UNITS.map((unit) => unit.toLowerCase()), ...ALIASES.keys()]);

/** A unit split into its magnitude and its base: 万美元 → 1e4 · 美元; 千瓦 → 1e3 · 瓦; 万 → 1e4 · "". */
export interface SplitUnit {
  readonly factor: number;
  readonly base: string;
}

/** Units are few and repeat on every row: each is split once. */
const SPLIT_CACHE = new Map<string, SplitUnit | null>();
const SPLIT_CACHE_LIMIT = 5_000;

export function splitUnit(unit: string): SplitUnit | null {
  const cached = SPLIT_CACHE.get(unit);
  if (cached !== undefined) return cached;
  const split = splitUncached(unit);
  if (SPLIT_CACHE.size < SPLIT_CACHE_LIMIT) SPLIT_CACHE.set(unit, split);
  return split;
}

function splitUncached(unit: string): SplitUnit | null {
  const lower = toHalfWidth(unit).trim().toLowerCase();
  if (lower === '') return null;
  const aliased = ALIASES.get(lower) ?? lower;
  for (const [prefix, factor] of MAGNITUDES) {
    if (!aliased.startsWith(prefix)) continue;
    const rest = aliased.slice(prefix.length);
    if (rest === '') return { factor, base: '' };
    const inner = splitUnit(rest);
    if (inner) return { factor: factor * inner.factor, base: inner.base };
  }
  if (KNOWN.has(aliased) || KNOWN.has(lower)) return { factor: 1, base: aliased };
  return splitRate(aliased);
}

/**
 * 元/亩, 万元/公里, 人/年, 元/平方米: a unit per unit, each side one the engine knows. Its base is the pair, so
 * 万元/亩 and 元/亩 convert into each other and 元/亩 never passes for 元.
 */
function splitRate(unit: string): SplitUnit | null {
  const parts = unit.split('/');
  if (parts.length !== 2) return null;
  const over = splitUnit(parts[0]);
  const under = splitUnit(parts[1]) ?? splitProduct(parts[1]);
  if (!over || !under || over.base === '' || under.base === '' || over.base.includes('/') || under.base.includes('/')) return null;
  return { factor: over.factor / under.factor, base: `${over.base}/${under.base}` };
}

/**
 * 人*月, 人·月, 人×月 under a rate's slash (元/人*月: per person and month): a product of units the engine knows,
 * each without a magnitude. Its base keeps the parts in their order, joined by one mark.
 */
function splitProduct(unit: string): SplitUnit | null {
  const parts = unit.split(/[*·×]/);
  if (parts.length < 2 || parts.length > 3) return null;
  const split = parts.map((part) => splitUnit(part));
  if (split.some((p) => p === null || p.factor !== 1 || p.base === '' || p.base.includes('/'))) return null;
  return { factor: 1, base: split.map((p) => p!.base).join('·') };
}

/** Is this text a unit we know (with or without a magnitude)? */
export function isKnownUnit(text: string): boolean {
  return splitUnit(text) !== null;
}

/**
 * The longest known unit at the start of `text` (after a number): "亿元以上" → "亿元", "余人" is not
 * handled here (the caller strips 余 first). Returns null when no unit starts the text.
 */
export function unitAtStart(text: string): string | null {
  const limit = Math.min(text.length, 12);
  for (let length = limit; length >= 1; length--) {
    const candidate = text.slice(0, length);
    if (splitUnit(candidate)) return candidate;
  }
  return null;
}

export type Conversion =
  | { readonly kind: 'same' }
  | { readonly kind: 'converted'; readonly value: number }
  | { readonly kind: 'incompatible' };

/** Rounds away binary noise (0.39000000000000007) without losing any digit a person could have typed. */
export function cleanFloat(value: number): number {
  return Number.isInteger(value) || !Number.isFinite(value) ? value : Number(value.toPrecision(12));
}

/** `value` written in `from` expressed in `to`. */
export function convertUnit(value: number, from: string, to: string): Conversion {
  const a = splitUnit(from);
  const b = splitUnit(to);
  if (!a || !b) return from.trim().toLowerCase() === to.trim().toLowerCase() ? { kind: 'same' } : { kind: 'incompatible' };
  const sameBase = a.base === b.base || a.base === '' || b.base === '' || (COUNT_WORDS.has(a.base) && COUNT_WORDS.has(b.base));
  if (!sameBase) return { kind: 'incompatible' };
  if (a.factor === b.factor) return { kind: 'same' };
  return { kind: 'converted', value: cleanFloat((value * a.factor) / b.factor) };
}
