import type { IndicatorTable } from '../model';
import { columnLetter } from '../model';
import type { ColumnProfile } from './column-profile';
import type { HeaderBand } from './header-detect';

/**
 * Assessment tables say how each item is scored (最高得分15分, 每少一次扣0.5分, 不得分) in a column of its own, under a
 * 备注 as often as under 评分标准. Told by its cells: rules for points on most rows. Named so that no column goes unread,
 * never the progress or the target.
 */
export function withScoringColumn(table: IndicatorTable, band: HeaderBand, profiles: ReadonlyMap<number, ColumnProfile>): IndicatorTable {
  if (table.financeForm) return table;
  const taken = new Set([...Object.values(table.columns), ...(table.levelColumns ?? [])].map((m) => m?.col));
  for (const [col, reading] of [...band.columns].sort(([a], [b]) => a - b)) {
    const profile = profiles.get(col);
    if (taken.has(col) || !profile || profile.filled < 2 || profile.scoring < 0.5) continue;
    return { ...table, scoringColumn: { col, letter: columnLetter(col), header: reading.text, confidence: 0.8, source: 'values' } };
  }
  return table;
}
