import type { CellValue } from '../model';
import { isCellError } from '../model';
import { cleanText, normalizeText } from './text-normalize';

/** A cell's text as written (whitespace collapsed): numbers as digits, errors and booleans as nothing. */
export function cellWords(value: CellValue): string {
  if (typeof value === 'string') return cleanText(value);
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  return '';
}

export function isBlank(value: CellValue): boolean {
  if (value === null) return true;
  if (typeof value === 'string') return normalizeText(value) === '';
  return false;
}

export function isErrorValue(value: CellValue): boolean {
  return isCellError(value);
}

/**
 * Decimals per format already read: a sheet has a handful of formats and every figure cell asks (twice),
 * so the regexes run once per format. Cleared when it grows, so odd workbooks cannot make it large.
 */
const DECIMALS = new Map<string, number | null>();

/** Decimals a number format shows ("0.00" → 2, "0.0%" → 1); null for General and formats without decimals. */
export function formatDecimals(format: string): number | null {
  if (format === 'General' || format === '') return null;
  const known = DECIMALS.get(format);
  if (known !== undefined) return known;
  if (DECIMALS.size >= 256) DECIMALS.clear();
  const decimals = decimalsOf(format);
  DECIMALS.set(format, decimals);
  return decimals;
}

function decimalsOf(format: string): number | null {
  const unquoted = format.replace(/"[^"]*"/g, '').replace(/\[[^\]]*\]/g, '').split(';')[0];
  if (unquoted.toLowerCase() === 'general' || !/[0#]/.test(unquoted)) return null;
  const m = /\.([0#]+)/.exec(unquoted);
  return m ? m[1].length : 0;
}

/** Does this number format show the value as a percentage? */
export function isPercentFormat(format: string): boolean {
  if (!format.includes('%')) return false;
  return format.replace(/"[^"]*"/g, '').replace(/\\./g, '').includes('%');
}

/** Decimals of a plain number as General shows it (39.9 → 1, 0.1+0.2 → 1). */
export function plainDecimals(value: number): number {
  if (Number.isInteger(value)) return 0;
  const direct = String(value);
  // Most numbers print short; only binary noise (0.30000000000000004) needs rounding first.
  const text = direct.length <= 12 ? direct : String(Number(value.toPrecision(12)));
  if (/e/i.test(text)) return 0;
  const dot = text.indexOf('.');
  return dot < 0 ? 0 : text.length - dot - 1;
}

/** A number as the cell shows it, near enough for messages: the format's decimals, % when it is one. */
export function shownNumber(value: number, format: string): string {
  if ((format === 'General' || format === '') && Number.isInteger(value)) return String(value);
  const decimals = formatDecimals(format);
  if (isPercentFormat(format)) {
    const percent = Number((value * 100).toPrecision(12));
    return `${decimals === null ? String(percent) : percent.toFixed(decimals)}%`;
  }
  const clean = Number(value.toPrecision(12));
  return decimals === null ? String(clean) : clean.toFixed(decimals);
}
