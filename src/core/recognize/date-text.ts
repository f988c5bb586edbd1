import { normalizeText } from './text-normalize';

/**
 * Deadlines as departments write them: an Excel date (a serial number under a date format),
 * 2024年12月底, 2024年6月30日前, 2024-12-31, 2024.6, 12月底, 年底前, 上半年, 三季度末.
 * A text without a year takes the period's year.
 */

const MS_PER_DAY = 86_400_000;
/** Excel's day 0 is 1899-12-30 once its 1900 leap-year bug is accounted for. */
const EXCEL_EPOCH_UTC = Date.UTC(1899, 11, 30);

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

export function isoDate(year: number, month: number, day: number): string {
  return `${year}-${pad(month)}-${pad(day)}`;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function lastDayOfMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return DAYS_IN_MONTH[month - 1] ?? 31;
}

function validDate(year: number, month: number, day: number): boolean {
  return year >= 1900 && year <= 2200 && month >= 1 && month <= 12 && day >= 1 && day <= lastDayOfMonth(year, month);
}

/** Serial 39994 → "2009-06-30". Null outside the years a target sheet can mean. */
export function excelSerialToIso(serial: number): string | null {
  if (!Number.isFinite(serial) || serial < 1 || serial > 110_000) return null;
  const date = new Date(EXCEL_EPOCH_UTC + Math.floor(serial) * MS_PER_DAY);
  return isoDate(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

/** Does this number format show a date (yyyy-mm-dd, m/d/yy, yyyy"年"m"月"d"日" …)? */
export function isDateFormat(format: string): boolean {
  const unquoted = format.replace(/"[^"]*"/g, '').replace(/\[[^\]]*\]/g, '').toLowerCase();
  if (unquoted === 'general' || unquoted.includes('0') || unquoted.includes('#')) return false;
  return /[ymd]/.test(unquoted) || /年|月|日/.test(format);
}

/** A year written as 2009, 09 or 2009年. */
export function fullYear(text: string): number {
  const n = Number(text);
  return n < 100 ? 2000 + n : n;
}

const QUARTER_END: Readonly<Record<string, number>> = { 一: 3, '1': 3, 二: 6, '2': 6, 三: 9, '3': 9, 四: 12, '4': 12 };

/** The date a deadline text means, or null when it names none (长期, 持续推进). */
export function parseDateText(raw: string, defaultYear: number): string | null {
  const text = normalizeText(raw).replace(/\s+/g, '');
  let m = /((?:19|20)\d{2})[-/.年](\d{1,2})[-/.月](\d{1,2})[日号]?/.exec(text);
  if (m) {
    const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
    return validDate(year, month, day) ? isoDate(year, month, day) : null;
  }
  const yearMatch = /((?:19|20)\d{2}|0\d)年/.exec(text) ?? /((?:19|20)\d{2})[-/.]\d{1,2}/.exec(text);
  const year = yearMatch ? fullYear(yearMatch[1]) : defaultYear;
  m = /(?:^|[^\d])(\d{1,2})月(\d{1,2})[日号]/.exec(text);
  if (m) {
    const [month, day] = [Number(m[1]), Number(m[2])];
    return validDate(year, month, day) ? isoDate(year, month, day) : null;
  }
  m = /(?:(?:19|20)\d{2}[-/.年])(\d{1,2})(?:月|$|[^\d])/.exec(text) ?? /(?:^|[^\d])(\d{1,2})月/.exec(text);
  if (m) {
    const month = Number(m[1]);
    return validDate(year, month, 1) ? isoDate(year, month, lastDayOfMonth(year, month)) : null;
  }
  m = /(?:第)?([一二三四1-4])季度/.exec(text);
  if (m) {
    const month = QUARTER_END[m[1]];
    return isoDate(year, month, lastDayOfMonth(year, month));
  }
  if (/上半年|年中/.test(text)) return isoDate(year, 6, 30);
  if (/年底|年末|全年|年内|下半年|本年度|年度内/.test(text)) return isoDate(year, 12, 31);
  if (yearMatch) return isoDate(year, 12, 31);
  return null;
}
