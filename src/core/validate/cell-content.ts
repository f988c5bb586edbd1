import type { CellValue, SheetSnapshot } from '../model';
import { cellAt, formulaAt, isCellError } from '../model';

/** What a cell holds, as validation needs to tell it apart. */
export type CellContent =
  | { readonly kind: 'empty' }
  /** A dash, slash or 无: the department's way of saying "nothing here". */
  | { readonly kind: 'placeholder'; readonly text: string }
  | { readonly kind: 'number'; readonly value: number }
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'boolean'; readonly value: boolean }
  | { readonly kind: 'error'; readonly error: string };

const PLACEHOLDERS = new Set(['-', '--', '—', '——', '–', '/', '／', '\\', '无', '暂无', '不适用', '—/—', 'N/A', 'n/a', 'NA', '…', '...']);

/** Excel error values typed or pasted as text (CSV exports, copies from WPS) are errors all the same. */
const ERROR_TEXT = /^#(N\/A|DIV\/0!|REF!|VALUE!|NAME\?|NUM!|NULL!|SPILL!|CALC!|GETTING_DATA|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!)$/i;

export function classify(value: CellValue | undefined): CellContent {
  if (value === null || value === undefined) return { kind: 'empty' };
  if (isCellError(value)) return { kind: 'error', error: String(value.error) };
  switch (typeof value) {
    case 'number':
      return { kind: 'number', value };
    case 'boolean':
      return { kind: 'boolean', value };
    case 'string': {
      const text = value.trim();
      if (text === '') return { kind: 'empty' };
      if (ERROR_TEXT.test(text)) return { kind: 'error', error: text.toUpperCase() };
      if (PLACEHOLDERS.has(text)) return { kind: 'placeholder', text };
      return { kind: 'text', text };
    }
    default:
      // Outside the snapshot's types; a host bug must not crash validation.
      return { kind: 'text', text: String(value) };
  }
}

/** The cell's own content; inside a merged area only its top-left cell holds anything. */
export function contentAt(sheet: SheetSnapshot, row: number, col: number): CellContent {
  return classify(cellAt(sheet, row, col));
}

/**
 * The content a person sees in the cell: a cell inside a merged area shows the area's top-left value
 * (a 责任科室 merged down five indicator rows belongs to each of them).
 */
export function shownContentAt(sheet: SheetSnapshot, row: number, col: number): CellContent {
  for (const merge of sheet.merges) {
    if (row >= merge.top && row <= merge.bottom && col >= merge.left && col <= merge.right) {
      return contentAt(sheet, merge.top, merge.left);
    }
  }
  return contentAt(sheet, row, col);
}

export function isBlank(content: CellContent): boolean {
  return content.kind === 'empty' || content.kind === 'placeholder';
}

export function formulaIn(sheet: SheetSnapshot, row: number, col: number): string | null {
  const formula = formulaAt(sheet, row, col);
  return typeof formula === 'string' && formula.trim() !== '' ? formula : null;
}
