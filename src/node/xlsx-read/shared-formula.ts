/**
 * A shared formula (<f t="shared" si="0">) is written once, on its first cell; the other cells of its range
 * only say "same as si 0". Each cell's own text is the master's with its relative references moved by the
 * cell's offset from the master, as Excel shows it.
 */
const CANDIDATE = /(([a-z_\-0-9]*)!)?([a-z0-9_$]{2,})([(])?/gi;
const CELL_REFERENCE = /^([$])?([a-z]+)([$])?([1-9][0-9]*)$/i;
const LAST_COLUMN = 16_384;

export function columnNumber(letters: string): number {
  let column = 0;
  for (let i = 0; i < letters.length; i++) column = column * 26 + (letters.charCodeAt(i) & 0x1f);
  return column;
}

export function columnLetters(column: number): string {
  let letters = '';
  for (let rest = column; rest > 0; rest = Math.floor((rest - 1) / 26)) letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  return letters;
}

function moveReferences(formula: string, rowOffset: number, columnOffset: number): string {
  return formula.replace(CANDIDATE, (match, sheet: string | undefined, _name: string | undefined, address: string, call: string | undefined) => {
    if (call) return match;
    const parts = CELL_REFERENCE.exec(address);
    if (!parts) return match;
    const [, columnFixed, letters, rowFixed, digits] = parts;
    if (letters.length > 3 || columnNumber(letters.toUpperCase()) > LAST_COLUMN) return match; // a name such as ABCD1, not a cell
    const column = columnNumber(letters.toUpperCase()) + (columnFixed ? 0 : columnOffset);
    const row = Number(digits) + (rowFixed ? 0 : rowOffset);
    if (column < 1 || row < 1) return match;
    return `${sheet ?? ''}${columnFixed ?? ''}${columnLetters(column)}${rowFixed ?? ''}${row}`;
  });
}

/** The master's formula as it reads in a cell rowOffset rows down and columnOffset columns right; text in quotes is left alone. */
export function shiftFormula(formula: string, rowOffset: number, columnOffset: number): string {
  if (rowOffset === 0 && columnOffset === 0) return formula;
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((piece, index) => (index % 2 === 1 ? piece : moveReferences(piece, rowOffset, columnOffset)))
    .join('');
}
