import type { CellValue, MergeArea, SheetSnapshot } from '../model';
import { cellAt } from '../model';

/**
 * Merged areas by cell: a group header merged over D3:E3 names column E too, and a category merged
 * down A5:A9 belongs to every row of it. Areas larger than this are ignored (a stray whole-sheet merge
 * must not cost memory); no real header or category spans that many cells.
 */
const MAX_INDEXED_CELLS = 200_000;

export interface MergeIndex {
  readonly areaAt: (row: number, col: number) => MergeArea | undefined;
}

const KEY_STRIDE = 20_000;

export function buildMergeIndex(sheet: SheetSnapshot): MergeIndex {
  const byCell = new Map<number, MergeArea>();
  for (const area of sheet.merges) {
    const cells = (area.bottom - area.top + 1) * (area.right - area.left + 1);
    if (!(cells > 1 && cells <= MAX_INDEXED_CELLS) || area.top < 1 || area.left < 1 || area.right >= KEY_STRIDE) continue;
    for (let row = area.top; row <= area.bottom; row++) {
      for (let col = area.left; col <= area.right; col++) byCell.set(row * KEY_STRIDE + col, area);
    }
  }
  return { areaAt: (row, col) => byCell.get(row * KEY_STRIDE + col) };
}

/** The value a person sees in a cell: a merged cell shows its area's top-left value. */
export function shownValue(sheet: SheetSnapshot, merges: MergeIndex, row: number, col: number): CellValue {
  const area = merges.areaAt(row, col);
  return area ? cellAt(sheet, area.top, area.left) : cellAt(sheet, row, col);
}
