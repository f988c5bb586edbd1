/**
 * Cells of the department's own sheets whose formulas no longer give their saved values when recalculated
 * (a cached SUM over cells since cleared, a link to a file that is gone). The engine reads saved values, a
 * recalculating spreadsheet reads fresh ones: where they part, our formulas can only follow the fresh ones.
 */
import type { CellValue, WorkbookSnapshot } from '../../src/core/model';
import { cellAddress, isCellError } from '../../src/core/model';
import { ownSheets } from '../../src/core/layout/generated-sheets';

function same(a: CellValue, b: CellValue): boolean {
  if (typeof a === 'number' && typeof b === 'number') return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a));
  if (isCellError(a) || isCellError(b)) return isCellError(a) && isCellError(b) && a.error === b.error;
  return (a ?? '') === (b ?? '');
}

export function staleSourceCells(saved: WorkbookSnapshot, recalculated: WorkbookSnapshot): string[] {
  const stale: string[] = [];
  for (const sheet of ownSheets(saved)) {
    const fresh = recalculated.sheets.find((candidate) => candidate.name === sheet.name);
    if (!fresh) continue;
    sheet.formulas.forEach((line, r) =>
      line.forEach((formula, c) => {
        if (formula === null) return;
        const before = sheet.values[r]?.[c] ?? null;
        const after = fresh.values[r]?.[c] ?? null;
        if (!same(before, after)) stale.push(`${sheet.name}!${cellAddress(r + 1, c + 1)} ${formula}: ${JSON.stringify(before)} → ${JSON.stringify(after)}`);
      }),
    );
  }
  return stale;
}
