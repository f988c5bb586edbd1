import type { SheetSnapshot } from '../../model';
import { cellAt, rowCount } from '../../model';
import { cellWords } from '../cell-text';
import type { Box } from './sheet-grid';

/**
 * A value heading merged over the cells the value is typed into: 指标值 over ≥ | 2300, 年度指标值 over 2300 | 人,
 * 实际完成值 over 2350 | 人. The heading names one value; which of its columns holds the number, which the
 * comparator and which the unit is told by what the cells below hold, not by their place under the heading.
 */
export interface SpannedParts {
  readonly value: Box;
  readonly sign: Box | undefined;
  readonly unit: Box | undefined;
}

/**
 * A comparator column's cells: ≥ = ≤, or, on the forms whose 指标值类型 column also says which indicators are
 * measured, 定量 / 定性 in the rows without a bound.
 */
export const COMPARATOR_VALUE = /^(?:[≥≤=＝﹦<>＜＞≧≦]|>=|<=|定量|定性)$/;
/** 人, %, 元/月, 万平方米, 人次, km: a unit written alone, short and without a digit. */
const UNIT_VALUE = /^(?:%|％|‰|[\u4e00-\u9fff/／·㎡㎞]{1,4}|[A-Za-z]{1,4})$/;
const FIGURE_VALUE = /^[≥≤<>＜＞≧≦=＝]?\s*-?\d+(?:\.\d+)?\s*(?:%|％)?$/;

/** The share of a column's filled cells (in the rows under the grid's header) that match. */
function share(sheet: SheetSnapshot, col: number, fromRow: number, test: (value: unknown, text: string) => boolean): number {
  let filled = 0;
  let matching = 0;
  for (let row = fromRow; row <= Math.min(rowCount(sheet), fromRow + 40); row++) {
    const value = cellAt(sheet, row, col);
    const text = cellWords(value).replace(/\s+/g, '');
    if (text === '') continue;
    filled++;
    if (test(value, text)) matching++;
  }
  return filled === 0 ? 0 : matching / filled;
}

/** The column of a heading box, as a box of its own. */
function columnOf(box: Box, col: number): Box {
  return { ...box, col, right: col };
}

/** The value, comparator and unit columns under a heading that spans several columns; null for a one-column heading. */
export function spannedParts(sheet: SheetSnapshot, box: Box, fromRow: number): SpannedParts | null {
  if (box.right <= box.col) return null;
  const cols: number[] = [];
  for (let col = box.col; col <= box.right; col++) cols.push(col);
  const isFigure = (value: unknown, text: string): boolean => typeof value === 'number' || FIGURE_VALUE.test(text);
  // Written as a person reads it: the comparator before the number, the unit after it.
  const signCol = share(sheet, box.col, fromRow, (_v, text) => COMPARATOR_VALUE.test(text)) >= 0.6 ? box.col : undefined;
  const unitCol = share(sheet, box.right, fromRow, (value, text) => typeof value === 'string' && UNIT_VALUE.test(text) && !COMPARATOR_VALUE.test(text)) >= 0.6 ? box.right : undefined;
  const rest = cols.filter((col) => col !== signCol && col !== unitCol);
  if (rest.length === 0 || (signCol === undefined && unitCol === undefined)) return null;
  // The value column: the one with the most figures, the first on a tie (a qualitative form writes words there).
  const figures = rest.map((col) => share(sheet, col, fromRow, isFigure));
  const valueCol = rest[figures.indexOf(Math.max(...figures))];
  return {
    value: columnOf(box, valueCol),
    sign: signCol === undefined ? undefined : columnOf(box, signCol),
    unit: unitCol === undefined ? undefined : columnOf(box, unitCol),
  };
}
