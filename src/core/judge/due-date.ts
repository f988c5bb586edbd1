import type { Period } from '../model';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/u;

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

function monthEnd(year: number, month: number): string {
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(lastDay, 2)}`;
}

/** The day the report speaks for: the --as-of date, else the last day of the period's last month. */
export function referenceDate(period: Period): string | null {
  if (typeof period.asOf === 'string' && ISO_DATE.test(period.asOf)) return period.asOf;
  const { year, toMonth } = period;
  if (!Number.isInteger(year) || year < 1900 || year > 9999 || !Number.isInteger(toMonth) || toMonth < 1 || toMonth > 12) return null;
  return monthEnd(year, toMonth);
}

function comparable(iso: string | null | undefined, asOf: string | null): iso is string {
  return typeof iso === 'string' && ISO_DATE.test(iso) && asOf !== null;
}

/** A deadline (完成时限, or a date the staff set themselves) is passed only after its day: work may still finish on the day. */
export function hasPassed(iso: string | null | undefined, asOf: string | null): boolean {
  // ISO dates compare correctly as strings.
  return comparable(iso, asOf) && asOf !== null && iso < asOf;
}

/** A span a target names (上半年, 6月底前) is over on its last day: a 1—6月 report covers all of 上半年. */
export function hasEnded(iso: string | null | undefined, asOf: string | null): boolean {
  return comparable(iso, asOf) && asOf !== null && iso <= asOf;
}

const CHINESE_MONTH: Readonly<Record<string, number>> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10, 十一: 11, 十二: 12 };

/** Period words that end on a known day: 上半年 ends on 30 June, 三季度 on 30 September, 年底 on 31 December. */
const SPAN_END: readonly (readonly [RegExp, number])[] = [
  [/一季度/u, 3],
  [/上半年|二季度/u, 6],
  [/三季度/u, 9],
  [/四季度|年底|年末|年内|全年|下半年/u, 12],
];
const MONTH = /(\d{1,2}|十[一二]?|[一二三四五六七八九])月(?:份)?(?:底|末|中旬|上旬|下旬|前|之前)?/u;

/** The year a text puts its date in: a year it writes (2022年2月), the next one (明年4月), else the report's. */
function yearNamed(text: string, year: number): number {
  const written = /(\d{4})\s*年/u.exec(text);
  if (written?.[1] !== undefined) return Number(written[1]);
  if (/明年|下一年|来年/u.test(text)) return year + 1;
  if (/去年|上年/u.test(text)) return year - 1;
  return year;
}

/**
 * The last day of the time a text names (6月底前 → 30 June, 上半年 → 30 June), in the year it names
 * (预计2022年2月, 明年4月) or else the report's year; null when it names none.
 */
export function dueDateIn(text: string, year: number): string | null {
  const inYear = yearNamed(text, year);
  const month = MONTH.exec(text);
  if (month?.[1] !== undefined) {
    const value = /^\d+$/u.test(month[1]) ? Number(month[1]) : CHINESE_MONTH[month[1]];
    if (value !== undefined && value >= 1 && value <= 12) return monthEnd(inYear, value);
  }
  for (const [words, endMonth] of SPAN_END) if (words.test(text)) return monthEnd(inYear, endMonth);
  return null;
}

/**
 * The date a 目标任务 sets (6月底前完成5个, 上半年开展8场, 年底前): a month counts only with 底/末/前, since a
 * month alone in a target (去年10月下达资金的…) dates something else.
 */
export function targetDueDateIn(text: string, year: number): string | null {
  const month = /(\d{1,2}|十[一二]?|[一二三四五六七八九])月(?:份)?(?:底|末|前|之前|以前|中旬|上旬|下旬)/u.exec(text);
  if (month !== null) return dueDateIn(month[0], yearNamed(text, year));
  const withoutMonths = text.replace(MONTH, '');
  return withoutMonths === text || SPAN_END.some(([words]) => words.test(withoutMonths)) ? dueDateIn(withoutMonths, year) : null;
}

/** Words that put a date on what is still to be done: 计划6月底前完成, 力争3月底前, 预计年底. */
const PLAN = /计划|力争|预计|争取|确保|拟|将于|要求|应于|安排在/u;

/** The earliest date the staff set themselves for unfinished work in their own words, if any. */
export function plannedDateIn(clauses: readonly string[], year: number): string | null {
  const dates = clauses.filter((clause) => PLAN.test(clause)).map((clause) => dueDateIn(clause, year)).filter((date): date is string => date !== null);
  return dates.length === 0 ? null : dates.reduce((earliest, date) => (date < earliest ? date : earliest));
}
