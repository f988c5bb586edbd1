import type { PlannedValue } from '../core/model';

/**
 * How a planned cell goes into Range.formulas. Excel reads a string written through the API as if it
 * were typed: "=…" becomes a formula, "-5" a number, "2009-07-01" a date. Workbook text must stay text,
 * so any text Excel could reinterpret gets a leading apostrophe (Excel's own "this is text" prefix,
 * which is not part of the value).
 */
export type FormulaEntry = string | number | boolean;

/** Starts like a formula, a number, a date, an error or a boolean: Excel would not keep it as typed. */
const COERCIBLE_TEXT = /^(?:[=+\-@'#\s]|[\d.,(（$¥€£]|(?:true|false)$)/i;

export function needsTextPrefix(text: string): boolean {
  return COERCIBLE_TEXT.test(text);
}

export function textEntry(text: string): string {
  return needsTextPrefix(text) ? `'${text}` : text;
}

export function formulaEntry(value: PlannedValue): FormulaEntry {
  if (value === null) return '';
  switch (value.kind) {
    case 'text':
    case 'link':
      return textEntry(value.text);
    case 'number':
      // Excel has no NaN or Infinity; an empty cell is the honest picture of "no figure".
      return Number.isFinite(value.value) ? value.value : '';
    case 'formula':
      return value.formula.startsWith('=') ? value.formula : `=${value.formula}`;
    default: {
      const unreachable: never = value;
      return unreachable;
    }
  }
}
