import type { SheetSnapshot } from '../../model';
import { cellAt } from '../../model';
import { cellWords } from '../cell-text';

/** Control characters never mean anything in a label. */
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

/**
 * A cross-table's label as the department wrote it, for quoting: an indicator's header or a place, with the line
 * breaks and spaces inside it kept (劳务品牌\n培训, 眉山天府\n新区, 成 都); only the ends are trimmed. Matching
 * uses the label's reading form elsewhere; what the report quotes is this.
 */
export function writtenText(sheet: SheetSnapshot, row: number, col: number): string {
  const value = cellAt(sheet, row, col);
  if (typeof value !== 'string') return cellWords(value);
  return value.replace(CONTROL, '').replace(/[ \t\u3000]*\n[ \t\u3000]*/g, '\n').trim();
}
