/**
 * Wrapped text needs a taller row, and neither exceljs nor LibreOffice grows a row on its own when a file is
 * opened, so the layout estimates the height: a CJK or full-width character takes about two column-width
 * units at 10 pt, anything else one.
 */
function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/u.test(ch) ? 2 : 1;
  return width;
}

/** Lines a text takes in a column `width` units wide (a little is lost to the cell's padding). */
export function linesIn(text: string, width: number, fontSize = 10): number {
  const usable = Math.max(1, (width - 1) * (10 / fontSize));
  return text.split('\n').reduce((sum, paragraph) => sum + Math.max(1, Math.ceil(displayWidth(paragraph) / usable)), 0);
}

/** Points for a row of `lines` lines at `fontSize`, with Excel's default single-line height as the floor. */
export function heightFor(lines: number, fontSize = 10): number {
  return Math.max(15, Math.ceil(lines * fontSize * 1.35 + 3));
}
