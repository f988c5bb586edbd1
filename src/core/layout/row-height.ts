import { EXCEL_LIMITS } from '../limits';

/**
 * Wrapped text needs a taller row, and neither exceljs nor LibreOffice grows a row on its own when a file is
 * opened, so the layout estimates the height: a CJK or full-width character takes about two column-width
 * units at 10 pt, anything else one.
 */
function isWide(code: number): boolean {
  return (
    // The punctuation Chinese text quotes and breaks with — “ ” ‘ ’ — … — is set full width by the Chinese fonts
    // (宋体, 等线) our sheets use, though Unicode files it with the Latin: counted narrow, a 总览 line full of
    // quoted names got a row too short for it.
    (code >= 0x2014 && code <= 0x2015) ||
    (code >= 0x2018 && code <= 0x201f) ||
    code === 0x2026 ||
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6)
  );
}

/** A char-code loop, not a regex per character: every cell of a 50,000-row sheet passes through here. */
function displayWidth(text: string): number {
  let width = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // A surrogate pair is one character outside the wide ranges (all in the BMP): one unit.
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
      width += 1;
      continue;
    }
    width += isWide(code) ? 2 : 1;
  }
  return width;
}

/** Lines a text takes in a column `width` units wide (a little is lost to the cell's padding). */
export function linesIn(text: string, width: number, fontSize = 10): number {
  const usable = Math.max(1, (width - 1) * (10 / fontSize));
  return text.split('\n').reduce((sum, paragraph) => sum + Math.max(1, Math.ceil(displayWidth(paragraph) / usable)), 0);
}

/**
 * Points for a row of `lines` lines at `fontSize`, with Excel's default single-line height as the floor and
 * Excel's 409 pt as the ceiling (a taller row is refused). A table cell that would need more shows its
 * first 30 or so lines at 10 pt; the 汇报稿, where every word counts, flows a paragraph over rows instead.
 */
export function heightFor(lines: number, fontSize = 10): number {
  return Math.min(EXCEL_LIMITS.rowHeight.value, Math.max(15, Math.ceil(lines * fontSize * 1.35 + 3)));
}
