import type { Indicator, IndicatorTable, SheetSnapshot, TextField } from '../model';
import { cellAt, columnLetter } from '../model';
import type { HeaderBand } from './header-detect';
import type { MergeIndex } from './merged-cells';
import { cellWords } from './cell-text';
import { cleanText, compactText } from './text-normalize';

/**
 * A 备注 column (or 说明, 附注, beside a progress column of its own) holds what the table has no column for, row by row: why a task has not started (待省统一部署后启动实施),
 * that a figure is an estimate (预计数), whose task it is (省级项目). Where the column was read as no field (the
 * department, the progress or the scoring rules are told by their values first: column-map.ts, scoring-column.ts), its
 * words are each row's remark, quoted as written where the figures are weighed (指标测算's note, the 判断依据 of a row
 * with nothing reported). A remark decides nothing: no status is read from it.
 */
const REMARK_HEADER = /^(?:备注|说明|附注|备注说明)[:：]?$/;

export function withRemarks(table: IndicatorTable, sheet: SheetSnapshot, merges: MergeIndex, band: HeaderBand): IndicatorTable {
  if (table.financeForm) return table;
  const taken = new Set(
    [...Object.values(table.columns), ...(table.levelColumns ?? []), table.assessorColumn, table.rankColumn, table.scoringColumn, table.periodCompletionColumn, table.singlePeriodColumns?.value, table.singlePeriodColumns?.growth]
      .map((m) => m?.col),
  );
  const found = [...band.columns].sort(([a], [b]) => a - b).find(([col, reading]) => !taken.has(col) && REMARK_HEADER.test(compactText(reading.parts[reading.parts.length - 1] ?? reading.text)));
  if (!found) return table;
  const [col, reading] = found;
  let read = 0;
  const indicators = table.indicators.map((indicator): Indicator => {
    const remark = remarkAt(sheet, merges, indicator, col);
    if (remark === null) return indicator;
    read++;
    return { ...indicator, remark };
  });
  if (read === 0) return table;
  return { ...table, indicators, remarkColumn: { col, letter: columnLetter(col), header: reading.text, confidence: 0.8, source: 'keyword' } };
}

/** The row's own remark: a cell merged down over several rows is the remark of its first row only, not repeated. */
function remarkAt(sheet: SheetSnapshot, merges: MergeIndex, indicator: Indicator, col: number): TextField | null {
  if (indicator.name.cell.sheet !== sheet.name) return null;
  const row = indicator.row;
  const area = merges.areaAt(row, col);
  if (area && area.top !== row) return null;
  const raw = cellAt(sheet, row, col);
  const words = cellWords(raw);
  if (words === '' || /^[-—–/\\、.。无]$/.test(words)) return null;
  const value = typeof raw === 'string' ? raw.split(/\r\n|\r|\n/).map(cleanText).filter((line) => line !== '').join('\n') : words;
  return { value, cell: { sheet: sheet.name, row, col } };
}
