import type { CellState } from './workbook-state';

/**
 * What Excel makes of a value written through Range.values / Range.formulas: the same as if it were typed.
 * A leading apostrophe means "text" and is not part of the value; "=…" is a formula; numbers, percentages,
 * booleans and ISO or slash dates are converted. This is what makes the host's text protection testable.
 */
const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
const PERCENT = /^[+-]?(\d+(\.\d*)?|\.\d+)%$/;
const ISO_DATE = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/;

/** Excel's serial number of a date (1900 date system, with its phantom 29 Feb 1900). */
export function dateSerial(year: number, month: number, day: number): number {
  const utc = Date.UTC(year, month - 1, day);
  return utc / 86400000 + 25569;
}

export type TypedCell = Pick<CellState, 'value' | 'formula' | 'quotePrefix'> & { readonly impliedFormat?: string };

export function typedEntry(entry: unknown): TypedCell {
  if (entry === null || entry === undefined || entry === '') return { value: null, formula: null, quotePrefix: false };
  if (typeof entry === 'number') return { value: Number.isFinite(entry) ? entry : null, formula: null, quotePrefix: false };
  if (typeof entry === 'boolean') return { value: entry, formula: null, quotePrefix: false };
  const text = String(entry);
  if (text.startsWith("'")) return { value: text.slice(1) === '' ? null : text.slice(1), formula: null, quotePrefix: true };
  if (text.startsWith('=') && text.length > 1) return { value: null, formula: text, quotePrefix: false };
  const trimmed = text.trim();
  if (NUMBER.test(trimmed)) return { value: Number(trimmed), formula: null, quotePrefix: false };
  // Typed "+x", "-x" or "@x" start a formula in Excel too (Lotus habits): "-说明" would become =-说明 → #NAME?.
  if (/^[+\-@]./.test(text)) return { value: { error: '#NAME?' }, formula: `=${text.replace(/^@/, '')}`, quotePrefix: false };
  if (PERCENT.test(trimmed)) return { value: Number(trimmed.slice(0, -1)) / 100, formula: null, quotePrefix: false, impliedFormat: '0%' };
  if (/^(true|false)$/i.test(trimmed)) return { value: trimmed.toLowerCase() === 'true', formula: null, quotePrefix: false };
  const date = ISO_DATE.exec(trimmed);
  if (date) {
    const [year, month, day] = [Number(date[1]), Number(date[2]), Number(date[3])];
    if (month >= 1 && month <= 12 && day >= 1 && day <= 31) {
      return { value: dateSerial(year, month, day), formula: null, quotePrefix: false, impliedFormat: 'yyyy/m/d' };
    }
  }
  return { value: text, formula: null, quotePrefix: false };
}
