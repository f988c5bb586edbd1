import type { CellValue, SheetSnapshot } from '../core/model';
import { cellAt, isCellError } from '../core/model';

/**
 * Whether a sheet still holds the values the snapshot read: used right before replacing generated sheets,
 * so a 审阅意见 typed by a colleague after our read is never lost.
 */
function sameCell(expected: CellValue, raw: unknown, type: string | undefined): boolean {
  if (isCellError(expected)) return type === 'Error' && raw === expected.error;
  if (expected === null) return raw === '' || raw === null || raw === undefined || type === 'Empty';
  return raw === expected;
}

export function sameValues(sheet: SheetSnapshot, values: unknown[][], valueTypes: string[][], rowIndex: number, columnIndex: number): boolean {
  const height = Math.max(sheet.values.length, rowIndex + values.length);
  for (let row = 1; row <= height; row++) {
    const line = values[row - 1 - rowIndex];
    const width = Math.max(sheet.values[row - 1]?.length ?? 0, line ? columnIndex + line.length : 0);
    for (let col = 1; col <= width; col++) {
      const raw = line?.[col - 1 - columnIndex];
      const type = valueTypes[row - 1 - rowIndex]?.[col - 1 - columnIndex];
      if (!sameCell(cellAt(sheet, row, col), raw, type)) return false;
    }
  }
  return true;
}
