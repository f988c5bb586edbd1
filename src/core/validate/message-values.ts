/** How workbook text and figures appear inside a message: short, one line, nothing that can break a table. */

// C0/C1 control characters, zero-width marks and line/paragraph separators.
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028\u2029\u2060\ufeff]+/g;

export function shownText(text: string, max = 30): string {
  const flat = String(text).replace(INVISIBLE, ' ').replace(/\s+/g, ' ').trim();
  const chars = Array.from(flat);
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : flat;
}

const NUMBER_FORMAT = new Intl.NumberFormat('en-US', { maximumFractionDigits: 4, useGrouping: false });

export function formatNumber(value: number): string {
  return Number.isFinite(value) ? NUMBER_FORMAT.format(value) : String(value);
}

/** A fraction as a percentage with two decimals, the way 完成率 columns show it. */
export function formatRate(fraction: number): string {
  return Number.isFinite(fraction) ? `${(fraction * 100).toFixed(2)}%` : String(fraction);
}
