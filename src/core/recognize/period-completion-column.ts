import type { ColumnMapping, IndicatorTable, SheetSnapshot } from '../model';
import { cellAt, columnLetter } from '../model';
import type { HeaderBand } from './header-detect';
import { parseNumberText } from './number-text';

/**
 * Beside the share of the year's target done (完成年度投资目标比例), tables give the share of the period's target done
 * (完成上半年投资目标比例: 1-6月完成 ÷ 上半年目标). Such a column is named so that none goes unread — told by its
 * figures, not its words: on most rows it is the actual over the period target, as a percentage.
 */

/** A cell's figure as a share: 121.58% and 121.58 (under a % header) are both 1.2158. */
function shareOf(value: unknown, percentHeader: boolean): number | null {
  if (typeof value === 'number') return percentHeader && Math.abs(value) > 2 ? value / 100 : value;
  if (typeof value !== 'string') return null;
  const read = parseNumberText(value);
  if (read.kind !== 'number' || read.inSentence) return null;
  return read.unit === '%' || percentHeader ? read.value / 100 : read.value;
}

function numberAt(sheet: SheetSnapshot, row: number, col: number): number | null {
  const value = cellAt(sheet, row, col);
  if (typeof value === 'number') return value;
  if (typeof value !== 'string') return null;
  const read = parseNumberText(value);
  return read.kind === 'number' && !read.inSentence ? read.value : null;
}

export function withPeriodCompletionColumn(table: IndicatorTable, sheet: SheetSnapshot, band: HeaderBand): IndicatorTable {
  const { actual, periodTarget } = table.columns;
  if (!actual || !periodTarget) return table;
  const taken = new Set([...Object.values(table.columns), ...(table.levelColumns ?? [])].map((m) => m?.col));
  for (const [col, reading] of [...band.columns].sort(([a], [b]) => a - b)) {
    if (taken.has(col)) continue;
    let compared = 0;
    let agree = 0;
    for (const indicator of table.indicators) {
      const done = numberAt(sheet, indicator.row, actual.col);
      const planned = numberAt(sheet, indicator.row, periodTarget.col);
      const share = shareOf(cellAt(sheet, indicator.row, col), reading.percent);
      if (done === null || planned === null || planned === 0 || share === null) continue;
      compared++;
      if (Math.abs(done / planned - share) <= 0.001) agree++;
    }
    // One row is enough when it agrees to the figures' last decimal: a share that equals a quotient by chance is rare.
    if (compared >= 1 && agree >= 0.8 * compared) {
      return { ...table, periodCompletionColumn: { col, letter: columnLetter(col), header: reading.text, confidence: 0.8, source: 'values' } };
    }
  }
  return table;
}
