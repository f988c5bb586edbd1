import { escapeAttribute, escapeText } from './xml-tree';

/** Anything excelEscapes might change; most text has none of it and skips the work. */
const NEEDS_ESCAPES = /[\u0000-\u001F_\uD800-\uDFFF\uFFFE\uFFFF]/;

/**
 * Text as a spreadsheet part must hold it. Characters XML 1.0 cannot carry (control characters a
 * hostile or broken workbook may contain) become Excel's _xHHHH_ escapes, and text that already looks
 * like such an escape has its underscore escaped, so "_x0041_" reads back as written and not as "A".
 */
function excelEscapes(text: string): string {
  if (!NEEDS_ESCAPES.test(text)) return text;
  return text
    .replace(/_(x[0-9A-Fa-f]{4}_)/g, '_x005F_$1')
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, (ch) => `_x${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`)
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

export function cellText(text: string): string {
  return escapeText(excelEscapes(text));
}

export function attributeText(text: string): string {
  return escapeAttribute(excelEscapes(text));
}

/** Control characters dropped, for parts that have no _xHHHH_ escape (formulas, chart caches, sheet names). */
export function plainText(text: string): string {
  return escapeText(
    text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '').replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD'),
  );
}

export function plainAttribute(text: string): string {
  return plainText(text).replace(/"/g, '&quot;').replace(/\r/g, '&#13;').replace(/\n/g, '&#10;').replace(/\t/g, '&#9;');
}
