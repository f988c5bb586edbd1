import type { Period } from '../model';
import type { HeaderReading } from './header-vocabulary';
import { findMonthSpan, findYear, periodFromAsOf, periodFromSpan, type MonthSpan } from './period';

/**
 * Where a sheet says which months its figures cover, most specific first: the 完成 column's header
 * (1—6月完成), any other header, the title (2009年上半年…), the sheet name (1-9月), the file name.
 * --as-of overrides them all.
 */
export interface PeriodSources {
  readonly asOf?: string;
  readonly actualHeader?: HeaderReading;
  readonly headers: readonly HeaderReading[];
  readonly title: string;
  readonly sheetName: string;
  readonly workbookName: string;
  /** A year to fall back on (from the deadlines) when no text names one. */
  readonly fallbackYear: number;
  /** The fallback is only this machine's current year (no deadline names one either). */
  readonly fallbackIsClock?: boolean;
}

export interface PeriodFound {
  readonly period: Period;
  /** No month span was found anywhere: the whole year was assumed. */
  readonly assumed: boolean;
  /** --as-of was given but is not a date. */
  readonly badAsOf: boolean;
}

function statedYear(sources: PeriodSources): number | null {
  const fromHeaders = sources.headers.map((h) => h.year).filter((y): y is number => y !== null);
  return findYear(sources.title) ?? findYear(sources.sheetName) ?? (fromHeaders.length > 0 ? Math.max(...fromHeaders) : null) ?? findYear(sources.workbookName);
}

/** A period whose year no word of the table gave, only the clock: said so, so nobody reports it as the staff's. */
function withYearSource(period: Period, fromClock: boolean): Period {
  return fromClock ? { ...period, yearAssumed: true } : period;
}

/**
 * The span the headers state, when they state one. Headers naming different spans side by side (第一季度 ·
 * 第二季度 · 第三季度 · 第四季度 over a schedule) lay out the year; none of them is the period reported.
 */
function oneHeaderSpan(headers: readonly HeaderReading[]): MonthSpan | null {
  const spans = headers.map((h) => h.span).filter((span): span is MonthSpan => span !== null && span !== undefined);
  const distinct = new Set(spans.map((span) => `${span.fromMonth}-${span.toMonth}`));
  return distinct.size === 1 ? spans[0] : null;
}

/**
 * The months so far named without their number: 1-本月, 本月止累计, 1至本月; and 累计 (本年累计, 累计数) alone, as a
 * month's statistics release heads the months so far beside 本月.
 */
const SO_FAR_TO_THIS_MONTH = /(?:1|一|年初)\s*[-—–~至到]\s*本月|本月止|^(?:本年|今年|年)?累计(?:数|值)?$/;
/** A month of a year standing alone in the title lines (2024年4月): the month the table is dated. */
const DATED_MONTH = /(?:19|20)\d{2}\s*年\s*(1[0-2]|[1-9])\s*月(?![份底末初中旬前\d日])/;

/**
 * A statistics table dated by its month (2024年4月 over 本月 | 1-本月): the actual's 1-本月 is January to that month.
 * Only for a months-so-far header that names no month of its own, and a title month with nothing after it that
 * makes it a deadline or a day.
 */
function soFarToDatedMonth(actualHeader: HeaderReading | undefined, title: string): MonthSpan | null {
  if (!actualHeader || !SO_FAR_TO_THIS_MONTH.test(actualHeader.parts.join('').replace(/\s+/g, ''))) return null;
  const m = DATED_MONTH.exec(title);
  return m ? { fromMonth: 1, toMonth: Number(m[1]), label: `1—${m[1]}月` } : null;
}

export function resolvePeriod(sources: PeriodSources): PeriodFound {
  const asOf = sources.asOf ? periodFromAsOf(sources.asOf) : null;
  if (asOf) return { period: asOf, assumed: false, badAsOf: false };
  const badAsOf = sources.asOf !== undefined;
  const stated = statedYear(sources);
  const year = stated ?? sources.fallbackYear;
  const clockOnly = stated === null && sources.fallbackIsClock === true;
  const tries: readonly [MonthSpan | null | undefined, Period['source'], number | null][] = [
    [sources.actualHeader?.span, 'header', sources.actualHeader?.year ?? null],
    [oneHeaderSpan(sources.headers), 'header', null],
    [soFarToDatedMonth(sources.actualHeader, sources.title), 'title', findYear(sources.title)],
    [findMonthSpan(sources.title), 'title', findYear(sources.title)],
    [findMonthSpan(sources.sheetName), 'sheet-name', findYear(sources.sheetName)],
    [findMonthSpan(sources.workbookName), 'title', findYear(sources.workbookName)],
  ];
  for (const [span, source, ownYear] of tries) {
    if (span) return { period: withYearSource(periodFromSpan(ownYear ?? year, span, source), ownYear === null && clockOnly), assumed: false, badAsOf };
  }
  return {
    period: withYearSource({ year, fromMonth: 1, toMonth: 12, expectedProgress: 1, label: '全年', source: 'default' }, clockOnly),
    assumed: true,
    badAsOf,
  };
}
