import type { Period } from '../model';
import { fullYear, isoDate, lastDayOfMonth } from './date-text';
import { normalizeText } from './text-normalize';

/**
 * The months a sheet's figures cover, read from wording such as 1—6月, 1-5月份, 1月至9月, 上半年,
 * 一季度, 前三季度, 截至10月底, 10月份 — and the year from 2009年, 09年, 2009.
 */
export interface MonthSpan {
  readonly fromMonth: number;
  readonly toMonth: number;
  /** The words as the sheet wrote them ("1—6月", "上半年"). */
  readonly label: string;
}

const QUARTER_NUMBER: Readonly<Record<string, number>> = { 一: 1, 二: 2, 三: 3, 四: 4, '1': 1, '2': 2, '3': 3, '4': 4 };

function span(fromMonth: number, toMonth: number, label: string): MonthSpan | null {
  if (fromMonth < 1 || toMonth > 12 || fromMonth > toMonth) return null;
  return { fromMonth, toMonth, label };
}

/** The month span named in a text, or null. Annual words (全年, 年度) name none. */
export function findMonthSpan(raw: string): MonthSpan | null {
  // Dashes are unified for matching; the label keeps the sheet's own dash.
  const original = raw.replace(/\s+/g, '');
  const text = normalizeText(raw).replace(/\s+/g, '');
  let m = /(\d{1,2})月?(?:份)?(?:-|至|到)(\d{1,2})月份?/.exec(text);
  if (m) return span(Number(m[1]), Number(m[2]), labelAt(original, text, m));
  m = /(?:截至|截止|截止到|截至到|至|到)(?:(?:19|20)?\d{2}年)?(\d{1,2})月(?:份)?(?:底|末|\d{1,2}日)?/.exec(text);
  if (m) return span(1, Number(m[1]), `1—${m[1]}月`);
  if (/上半年|半年度?/.test(text) && !/下半年/.test(text)) return span(1, 6, '上半年');
  if (/前三季度|1-3季度/.test(text)) return span(1, 9, '前三季度');
  m = /(?:第)?([一二三四1-4])季度/.exec(text);
  if (m) {
    const quarter = QUARTER_NUMBER[m[1]];
    return span(1, quarter * 3, m[0]);
  }
  m = /(?:^|[^\d.])(\d{1,2})月(?:份|底|末)?(?:完成|累计|进度|情况|实绩|止)/.exec(text);
  if (m) return span(1, Number(m[1]), `1—${m[1]}月`);
  // 8月份目标, 9月底目标任务: the stage a month's node target is set for is the year up to that month.
  m = /(?:^|[^\d.])(\d{1,2})月(?:份|底|末)?(?:目标|节点目标|任务)/.exec(text);
  if (m) return span(1, Number(m[1]), `1—${m[1]}月`);
  // 2023年3月份暖民心行动进展情况: a report named for a month of a year tells the year up to that month.
  m = /(?:19|20)\d{2}年(\d{1,2})月份/.exec(text);
  if (m) return span(1, Number(m[1]), `1—${m[1]}月`);
  // The same without 份 (2024年4月省政府民生实事项目进展情况汇总表), when what follows says it reports progress;
  // 2024年4月底前, 2024年4月10日 are a deadline and a day, not a month reported on.
  m = /(?:19|20)\d{2}年(\d{1,2})月(?![份底末初中旬前\d])(?=.*(?:进展|进度|完成情况|推进情况|执行情况|落实情况))/.exec(text);
  if (m) return span(1, Number(m[1]), `1—${m[1]}月`);
  return null;
}

function labelAt(original: string, normalized: string, m: RegExpExecArray): string {
  // Normalisation keeps lengths equal except for removed control characters; fall back to the normal form.
  const start = m.index ?? 0;
  return original.length === normalized.length ? original.slice(start, start + m[0].length) : m[0];
}

/** Only an explicit month range (1—5月, 1月至5月): how a single figure says it covers other months. */
export function findMonthRange(raw: string): MonthSpan | null {
  const text = normalizeText(raw).replace(/\s+/g, '');
  const m = /(\d{1,2})月?(?:份)?(?:-|至|到)(\d{1,2})月份?/.exec(text);
  return m ? span(Number(m[1]), Number(m[2]), m[0]) : null;
}

/** The year a text names (2009年, 2009, 09年), or null. */
/**
 * A year: 2024年, or four digits alone (2024 | 2023) — never four digits inside a longer number (20334件, 12019) or a
 * count of something (2000万元, 2019人, 2020个).
 */
const YEAR_WRITTEN = /(?<![\d.])((?:19|20)\d{2})(?:\s*年|(?![\d.]|\s*(?:万|亿|千|百|元|人|件|个|户|亩|吨|米|公里|台|套|家|次|所|座|辆|项|条|处|名|[%％])))/;

export function findYear(raw: string): number | null {
  const text = normalizeText(raw);
  const m = YEAR_WRITTEN.exec(text) ?? /(?:^|[^\d])(0\d)\s*年/.exec(text) ?? /^([12]\d)\s*年度?/.exec(text);
  if (!m) return null;
  const year = fullYear(m[1]);
  return year >= 1990 && year <= 2100 ? year : null;
}

export function periodFromSpan(year: number, found: MonthSpan, source: Period['source']): Period {
  return {
    year,
    fromMonth: found.fromMonth,
    toMonth: found.toMonth,
    expectedProgress: found.toMonth / 12,
    label: found.label,
    source,
  };
}

/** A period given as a date (--as-of 2009-06-30): 序时进度 counts the days of the year elapsed. */
export function periodFromAsOf(asOf: string): Period | null {
  const m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(asOf.trim());
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12 || day < 1 || day > lastDayOfMonth(year, month)) return null;
  const dayOfYear = (Date.UTC(year, month - 1, day) - Date.UTC(year, 0, 0)) / 86_400_000;
  const daysInYear = (Date.UTC(year + 1, 0, 1) - Date.UTC(year, 0, 1)) / 86_400_000;
  const monthEnded = day === lastDayOfMonth(year, month);
  return {
    year,
    fromMonth: 1,
    toMonth: month,
    expectedProgress: monthEnded ? month / 12 : dayOfYear / daysInYear,
    label: month === 1 ? '1月' : `1—${month}月`,
    source: 'as-of',
    asOf: isoDate(year, month, day),
  };
}
