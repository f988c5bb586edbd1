import type { ColumnMapping, FieldKey, SheetSnapshot } from '../model';
import { FIELD_KEYS, cellAt, rowCount } from '../model';
import { cellWords } from './cell-text';
import type { HeaderBand } from './header-detect';
import type { MergeIndex } from './merged-cells';

/**
 * A column whose cell on every data row is part of a merge that starts in the name column (主要任务 merged over
 * 全年目标任务, the task and its target written as one): the sheet gives it nothing of its own, whatever its header
 * says. It is left unmapped, so the name is not read twice — once as the name and once as its target.
 */

/** Enough rows to see the table's habit. */
const SAMPLE_ROWS = 300;

function coveredByName(merges: MergeIndex, row: number, nameCol: number, col: number): boolean {
  const area = merges.areaAt(row, col);
  return area !== undefined && area.left <= nameCol && nameCol < col && col <= area.right;
}

export function withoutColumnsMergedIntoName(
  sheet: SheetSnapshot,
  merges: MergeIndex,
  band: HeaderBand,
  columns: Partial<Record<FieldKey, ColumnMapping>>,
): Partial<Record<FieldKey, ColumnMapping>> {
  const name = columns.name;
  if (!name) return columns;
  const last = Math.min(rowCount(sheet), band.dataStart + SAMPLE_ROWS - 1);
  if (last < band.dataStart + 1) return columns;
  let next: Partial<Record<FieldKey, ColumnMapping>> | null = null;
  for (const field of FIELD_KEYS) {
    const m = columns[field];
    if (!m || field === 'name' || m.col <= name.col || m.source === 'user' || m.source === 'remembered') continue;
    let rows = 0;
    let covered = 0;
    for (let row = band.dataStart; row <= last; row++) {
      const nameArea = merges.areaAt(row, name.col);
      if (nameArea && nameArea.top !== row) continue;
      // Rows that name something: blank lines and what the sheet leaves empty say nothing either way.
      if (cellWords(cellAt(sheet, row, nameArea ? nameArea.left : name.col)) === '') continue;
      rows++;
      if (coveredByName(merges, row, name.col, m.col)) covered++;
    }
    if (rows >= 2 && covered === rows) {
      next = next ?? { ...columns };
      delete next[field];
    }
  }
  return next ?? columns;
}
