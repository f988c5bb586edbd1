/** How workbook text and figures appear inside a message: short, one line, nothing that can break a table. */

// C0/C1 control characters, zero-width marks and line/paragraph separators.
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028\u2029\u2060\ufeff]+/g;

export function shownText(text: string, max = 30): string {
  // Only the start is ever shown: cut a 40 000-character cell down before working on it.
  const start = String(text).trimStart().slice(0, max * 8);
  const flat = start.replace(INVISIBLE, ' ').replace(/\s+/g, ' ').trim();
  const chars = Array.from(flat);
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : flat;
}

const NUMBER_FORMAT = new Intl.NumberFormat('en-US', { maximumFractionDigits: 4, useGrouping: false });

/** Beyond this a figure is a slip, not an amount: shown short in scientific form rather than as 300 digits. */
const HUGE = 1e15;

export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  return Math.abs(value) >= HUGE ? String(Number(value.toPrecision(6))) : NUMBER_FORMAT.format(value);
}

/** A fraction as a percentage with two decimals, the way 完成率 columns show it. */
export function formatRate(fraction: number): string {
  if (!Number.isFinite(fraction)) return String(fraction);
  const percent = fraction * 100;
  return Math.abs(percent) >= HUGE ? `${formatNumber(percent)}%` : `${percent.toFixed(2)}%`;
}
