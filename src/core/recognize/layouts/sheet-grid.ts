import type { CellRef, SheetSnapshot } from '../../model';
import { cellAt } from '../../model';
import { cellWords } from '../cell-text';
import type { MergeIndex } from '../merged-cells';

/**
 * A sheet read as a form: the cells a person sees as separate boxes. A merged area counts once, at its
 * top-left, so a label merged over three columns is one box and the box to its right is its value.
 */
export interface Box {
  readonly row: number;
  readonly col: number;
  /** Last column the box covers (its merge's right edge). */
  readonly right: number;
  /** Last row the box covers. */
  readonly bottom: number;
  /** As written, whitespace collapsed. */
  readonly text: string;
  /** Without any whitespace and with full-width brackets, for matching labels (项目名称, 实施单位（盖章）). */
  readonly key: string;
}

/** Labels are matched without spaces (项 目 名 称) and with one kind of bracket and colon. */
export function labelKey(text: string): string {
  return text
    .replace(/[\s\u3000]+/g, '')
    .replace(/\(/g, '（')
    .replace(/\)/g, '）')
    .replace(/:/g, '：')
    .replace(/[：]$/, '');
}

/** The boxes of one row, left to right; empty cells and the inner cells of merges are left out. */
export function rowBoxes(sheet: SheetSnapshot, merges: MergeIndex, row: number, width: number): Box[] {
  const boxes: Box[] = [];
  for (let col = 1; col <= width; col++) {
    const area = merges.areaAt(row, col);
    if (area && (area.top !== row || area.left !== col)) continue;
    const text = cellWords(cellAt(sheet, row, col));
    if (text === '') continue;
    boxes.push({ row, col, right: area?.right ?? col, bottom: area?.bottom ?? row, text, key: labelKey(text) });
  }
  return boxes;
}

export function refAt(sheet: SheetSnapshot, row: number, col: number): CellRef {
  return { sheet: sheet.name, row, col };
}

/**
 * The first box whose words match. Column labels that templates add to a heading ((A), (B), （B/A）) are not
 * its words: 全年预算数(A) is 全年预算数.
 */
export function findBox(boxes: readonly Box[], pattern: RegExp): Box | undefined {
  return boxes.find((box) => pattern.test(box.key) || pattern.test(box.key.replace(/[（(][A-Za-z]{1,2}(?:[/÷×*][A-Za-z]{1,2})?[)）]$/, '')));
}
