import type { ColumnMapping, IndicatorTable } from '../model';
import { columnLetter } from '../model';
import type { ColumnProfile } from './column-profile';
import type { HeaderBand } from './header-detect';
import type { HeaderReading } from './header-vocabulary';

/**
 * Statistics bureaus give each figure twice: for the month (or quarter) of the report alone and for the months from
 * January to it (9月 | 1-9月累计 | 累计增长%; 本月 | 比去年同月增长 | 1-本月 | 比去年同期增长). The report reads the
 * months so far; the month's own columns are named beside them so that none goes unread and none is taken for the
 * actual or the growth. A column is the month's when its header names one month or quarter and nothing longer —
 * 本月, 当月, 本季, or the report's last month by its number (9月 beside 1-9月) — and holds figures.
 */

/** One month or quarter alone, by word: 本月, 当月, 本季(度), 本月比上年同月…, 比去年同季增长. */
const SINGLE_PERIOD_WORD = /本月|当月|同月|本季|当季|同季/;
/** The months so far: 累计, 止, 1-9月, 1-本月. */
const SO_FAR = /累计|止|至今|\d{1,2}\s*[-—–~至到]\s*\d{1,2}\s*月|(?:1|一|年初)\s*[-—–~至到]\s*(?:本|当)(?:月|季)/;
/** A month alone by its number: 9月, 3月份. */
const MONTH_ALONE = /^(1[0-2]|[1-9])\s*月份?$/;
const GROWTH = /增长|增速|增幅|增减|比上年|比去年|同比/;

/** The last month of the months so far the actual column covers (1-9月累计 → 9), or null. */
function soFarEnd(reading: HeaderReading | undefined): number | null {
  return reading?.span && reading.span.toMonth > reading.span.fromMonth ? reading.span.toMonth : null;
}

function namesOnePeriod(reading: HeaderReading, end: number | null): boolean {
  const text = reading.parts.join('');
  if (SO_FAR.test(text)) return false;
  if (SINGLE_PERIOD_WORD.test(text)) return true;
  const alone = MONTH_ALONE.exec(reading.parts[reading.parts.length - 1] ?? '');
  return alone !== null && end !== null && Number(alone[1]) === end;
}

/** Figures, or marks for none (—— where the month's figure is not released): no sentences. */
function figuresOrBlanks(profile: ColumnProfile | undefined): boolean {
  return profile !== undefined && (profile.numeric >= 0.5 || profile.longText === 0);
}

export function withSinglePeriodColumns(table: IndicatorTable, band: HeaderBand, profiles: ReadonlyMap<number, ColumnProfile>): IndicatorTable {
  const actual = table.columns.actual;
  if (!actual) return table;
  const actualReading = band.columns.get(actual.col);
  const soFar = actualReading !== undefined && SO_FAR.test(actualReading.parts.join(''));
  if (!soFar) return table;
  const end = soFarEnd(actualReading);
  const taken = new Set([...Object.values(table.columns), ...(table.levelColumns ?? [])].map((m) => m?.col));
  const found: { value?: ColumnMapping; growth?: ColumnMapping } = {};
  for (const [col, reading] of [...band.columns].sort(([a], [b]) => a - b)) {
    if (taken.has(col) || !namesOnePeriod(reading, end) || !figuresOrBlanks(profiles.get(col))) continue;
    const key = GROWTH.test(reading.parts.join('')) ? 'growth' : 'value';
    if (found[key]) continue;
    found[key] = { col, letter: columnLetter(col), header: reading.text, confidence: 0.8, source: 'keyword' };
  }
  return found.value || found.growth ? { ...table, singlePeriodColumns: found } : table;
}
