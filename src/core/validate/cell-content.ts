import type { CellValue, MergeArea, SheetSnapshot } from '../model';
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
  const merge = mergeAt(sheet.merges, row, col);
  return merge ? contentAt(sheet, merge.top, merge.left) : contentAt(sheet, row, col);
}

/** Merges taller than this are not spread over the row index (a stray whole-column merge must not cost memory). */
const MAX_INDEXED_ROWS = 10_000;

/** The merges that can hold each row, by their place in the sheet's list; `others` are checked on every row. */
interface MergeRows {
  readonly count: number;
  readonly byRow: Map<number, number[]>;
  readonly others: number[];
}

/**
 * Rules ask for the shown content of every indicator's cells, and a scan of every merge per cell was
 * quadratic on big sheets. Built once per merge list (rebuilt if it grew), kept weakly.
 */
const MERGE_ROWS = new WeakMap<readonly MergeArea[], MergeRows>();

function mergeRows(merges: readonly MergeArea[]): MergeRows {
  const known = MERGE_ROWS.get(merges);
  if (known !== undefined && known.count === merges.length) return known;
  const byRow = new Map<number, number[]>();
  const others: number[] = [];
  merges.forEach((merge, index) => {
    const { top, bottom } = merge;
    if (!Number.isInteger(top) || !Number.isInteger(bottom) || bottom - top >= MAX_INDEXED_ROWS) {
      others.push(index);
      return;
    }
    for (let row = top; row <= bottom; row++) {
      const list = byRow.get(row);
      if (list === undefined) byRow.set(row, [index]);
      else list.push(index);
    }
  });
  const built = { count: merges.length, byRow, others };
  MERGE_ROWS.set(merges, built);
  return built;
}

/** The first merge in the sheet's list holding the cell, as a plain scan of the list would find it. */
function mergeAt(merges: readonly MergeArea[], row: number, col: number): MergeArea | undefined {
  const holds = (merge: MergeArea): boolean => row >= merge.top && row <= merge.bottom && col >= merge.left && col <= merge.right;
  if (!Number.isInteger(row)) return merges.find(holds);
  const { byRow, others } = mergeRows(merges);
  let first = -1;
  for (const index of byRow.get(row) ?? []) {
    if (holds(merges[index])) {
      first = index;
      break;
    }
  }
  for (const index of others) {
    if (first >= 0 && index > first) break;
    if (holds(merges[index])) {
      first = index;
      break;
    }
  }
  return first >= 0 ? merges[first] : undefined;
}

export function isBlank(content: CellContent): boolean {
  return content.kind === 'empty' || content.kind === 'placeholder';
}

export function formulaIn(sheet: SheetSnapshot, row: number, col: number): string | null {
  const formula = formulaAt(sheet, row, col);
  return typeof formula === 'string' && formula.trim() !== '' ? formula : null;
}
