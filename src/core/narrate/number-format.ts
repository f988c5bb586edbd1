import type { Approximation } from '../model';

/**
 * Numbers as 公文 write them: Arabic digits, no thousands separators, never more decimals than the
 * source shows, money in 亿元 once it reaches a hundred million, approximations kept as words.
 * Every figure the narrative prints goes through here, so a raw float (0.30000000000000004),
 * an exponent (1e+21), NaN or Infinity can never reach the text.
 */

/** More decimals than this never help a reader of a report: for what we compute (rates, restated units). */
const MAX_DECIMALS = 2;

/**
 * A figure the staff typed keeps the decimals they typed (3.078万, never 3.08万: a report a leader signs does not
 * round the staff's figures), up to this many, which only stops a float's noise (0.30000000000000004).
 */
export const STAFF_DECIMALS = 4;

/** Digits with at most `decimals` places (and never more than `cap`), trailing zeros dropped; null for a value that is not a finite number. */
export function formatDecimal(value: number, decimals: number, cap: number = MAX_DECIMALS): string | null {
  if (!Number.isFinite(value)) return null;
  const places = Math.max(0, Math.min(cap, Math.floor(Number.isFinite(decimals) ? decimals : 0)));
  const text = Math.abs(value) < 1e15 ? trimZeros(roundHalfUp(value, places).toFixed(places)) : DIGITS[places].format(value);
  return text === '-0' ? '0' : text;
}

/**
 * Half away from zero on the decimal the person typed: 99.865 is stored as 99.86499…, yet a person
 * rounds it to 99.87. A relative nudge of 1e-12 restores the intended half without moving any other value.
 */
function roundHalfUp(value: number, places: number): number {
  const factor = 10 ** places;
  const scaled = Math.abs(value) * factor;
  return (Math.sign(value) * Math.round(scaled * (1 + 1e-12))) / factor;
}

/** "39.90" → "39.9", "40.00" → "40". */
function trimZeros(fixed: string): string {
  return fixed.includes('.') ? fixed.replace(/\.?0+$/, '') : fixed;
}

/**
 * Above 1e21 toFixed switches to exponent notation and Intl does not; one formatter per number of places,
 * made once, because building a formatter per figure costs more than the whole rest of the narrative.
 */
const DIGITS: readonly Intl.NumberFormat[] = Array.from({ length: STAFF_DECIMALS + 1 }, (_, places) => places).map(
  (places) => new Intl.NumberFormat('en-US', { useGrouping: false, maximumFractionDigits: places, minimumFractionDigits: 0 }),
);

/** How many decimals the value needs up to `cap` (0.5 → 1, 44.3333 → cap). */
export function decimalsNeeded(value: number, cap: number = MAX_DECIMALS): number {
  for (let places = 0; places < cap; places++) {
    if (Math.abs(Number(value.toFixed(places)) - value) < 1e-9) return places;
  }
  return cap;
}

/** A fraction as a percentage: 0.3108 → "31.08%", 0.45 → "45%". */
export function formatPercent(fraction: number, decimals: number = MAX_DECIMALS): string | null {
  const digits = formatDecimal(fraction * 100, decimals);
  return digits === null ? null : `${digits}%`;
}

/** Percentage points between two fractions: 0.0566 → "5.66". */
export function formatPoints(fraction: number): string | null {
  return formatDecimal(Math.abs(fraction) * 100, MAX_DECIMALS);
}

/** Units of money the narrative may restate in 亿元 or 万元. */
const MONEY_SCALE: Readonly<Record<string, number>> = { 元: 1, 万元: 1e4, 亿元: 1e8 };

export interface Quantity {
  /** Digits only, as printed: "39.9". */
  readonly digits: string;
  /** Unit as printed after the digits: "亿元", "个"; empty when none. */
  readonly unit: string;
  /** The value in the printed unit. */
  readonly value: number;
}

/**
 * Restates money the way reports write it: 399000万元 → 39.9亿元, 50000000元 → 5000万元, 0.5亿元 → 5000万元.
 * Decimals follow the source's own, shifted by the change of unit, at most two, and only where no digit the staff
 * typed is lost: 123456万元 would be 12.35亿元, a figure the staff never wrote, so it stays 123456万元.
 */
export function restateMoney(value: number, unit: string, decimals: number): { value: number; unit: string; decimals: number } {
  const scale = MONEY_SCALE[unit];
  if (scale === undefined) return { value, unit, decimals };
  const yuan = value * scale;
  const target = Math.abs(yuan) >= 1e8 ? '亿元' : Math.abs(yuan) >= 1e4 ? '万元' : '元';
  const targetScale = MONEY_SCALE[target] ?? 1;
  if (targetScale === scale) return { value, unit, decimals };
  const shift = Math.round(Math.log10(targetScale / scale));
  const restated = yuan / targetScale;
  const places = Math.max(0, decimals + shift);
  if (places > MAX_DECIMALS && !exactWithin(restated, MAX_DECIMALS)) return { value, unit, decimals };
  return { value: restated, unit: target, decimals: Math.min(MAX_DECIMALS, places) };
}

/** The value has no digits beyond `places` decimals (a float's noise aside). */
function exactWithin(value: number, places: number): boolean {
  return Math.abs(Number(value.toFixed(places)) - value) <= Math.abs(value) * 1e-12 + 1e-9;
}

/**
 * Counts of people and households that reports give in 万: 998600人 → 99.86万人; 998650人 stays as typed, since
 * 99.87万人 is a figure the staff never wrote.
 */
const TEN_THOUSANDS: ReadonlySet<string> = new Set(['人', '户', '人次']);

export function restateCount(value: number, unit: string, decimals: number): { value: number; unit: string; decimals: number } {
  if (!TEN_THOUSANDS.has(unit) || Math.abs(value) < 1e5) return { value, unit, decimals };
  const restated = value / 1e4;
  if (!exactWithin(restated, MAX_DECIMALS)) return { value, unit, decimals };
  return { value: restated, unit: `万${unit}`, decimals: MAX_DECIMALS };
}

/**
 * A figure the staff typed, in its unit, money and large counts restated where no digit is lost (unless `restate`
 * is false: a target beside an actual kept in the staff's unit), with the decimals typed.
 */
export function formatQuantity(value: number, unit: string | null, decimals: number, approx: Approximation = 'exact', restate = true): Quantity | null {
  const shown = approx === 'exact' && restate ? restateCount(...spread(restateMoney(value, unit ?? '', decimals))) : { value, unit: unit ?? '', decimals };
  const digits = formatDecimal(shown.value, shown.decimals, STAFF_DECIMALS);
  if (digits === null) return null;
  return { digits, unit: shown.unit, value: shown.value };
}

function spread(shown: { value: number; unit: string; decimals: number }): [number, string, number] {
  return [shown.value, shown.unit, shown.decimals];
}

/** The words a cell bounds its figure with, as typed: 低于 in 低于4.1, 以下 in 4.1%以下. */
export interface WrittenBound {
  readonly before?: string;
  readonly after?: string;
}

/**
 * The figure as a sentence prints it, approximation in words:
 * over 300余人 · about 约300人 · nearly 近300人 · atLeast 不少于300人 · atMost 不超过300人.
 * A bound keeps the staff's own word when the cell has one: 低于4.1% is strict and stays 低于, never 不超过.
 */
export function quantityText(quantity: Quantity, approx: Approximation, written: WrittenBound | null = null): string {
  const { digits } = quantity;
  // A unit that starts with a number (1/10万) takes the figure in place of its 1: 0.5/10万, not 0.51/10万.
  const unit = /^1\//.test(quantity.unit) ? quantity.unit.slice(1) : /^\d/.test(quantity.unit) ? `（${quantity.unit}）` : quantity.unit;
  switch (approx) {
    case 'exact':
      return `${digits}${unit}`;
    case 'over':
      // 300余人, 1200余万元: 余 sits between the digits and the measure word.
      return unit === '%' ? `${digits}%以上` : `${digits}余${unit}`;
    case 'about':
      return `约${digits}${unit}`;
    case 'nearly':
      return `近${digits}${unit}`;
    case 'atLeast':
    case 'atMost':
      if (written?.before !== undefined) return `${written.before}${digits}${unit}`;
      if (written?.after !== undefined) return `${digits}${unit}${written.after}`;
      return approx === 'atLeast' ? `不少于${digits}${unit}` : `不超过${digits}${unit}`;
    default: {
      const unreachable: never = approx;
      return unreachable;
    }
  }
}

/** Decimals a stated percentage shows (0.3108 → 2, 0.45 → 0), capped at two. */
export function percentDecimals(fraction: number): number {
  return decimalsNeeded(Math.round(fraction * 100 * 1e6) / 1e6);
}
