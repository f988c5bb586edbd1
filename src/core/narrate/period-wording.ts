import type { Period } from '../model';

/**
 * How a report names its period: 上半年, 一季度, 前三季度, 1—5月份; the dash is the 一字线 the seed uses.
 */

const QUARTERS = ['一', '二', '三', '四'];

/** "上半年", "一季度", "前三季度", "全年", "5月份", "1—5月份". */
export function periodName(fromMonth: number, toMonth: number): string {
  if (fromMonth === 1 && toMonth === 12) return '全年';
  if (fromMonth === 1 && toMonth === 6) return '上半年';
  if (fromMonth === 7 && toMonth === 12) return '下半年';
  if (fromMonth === 1 && toMonth === 9) return '前三季度';
  if (toMonth - fromMonth === 2 && fromMonth % 3 === 1) return `${QUARTERS[(fromMonth - 1) / 3]}季度`;
  if (fromMonth === toMonth) return `${toMonth}月份`;
  return `${fromMonth}—${toMonth}月份`;
}

/** "2009年"; a year no word of the table gave (only the clock did) is marked 【待核实】, never stated as the staff's. */
export function yearWords(period: Period): string {
  return period.yearAssumed ? `【待核实】${period.year}年` : `${period.year}年`;
}

/** The title's period: "2009年上半年", "2009年度", "2009年1—5月份". */
export function titlePeriod(period: Period): string {
  const name = periodName(period.fromMonth, period.toMonth);
  return name === '全年' ? `${yearWords(period)}度` : `${yearWords(period)}${name}`;
}

/** "半年以来" for 上半年, otherwise "今年以来": how the seed's opening begins. */
export function sinceWords(period: Period): string {
  return period.fromMonth === 1 && period.toMonth === 6 ? '半年以来' : '今年以来';
}

/** "截至6月底". */
export function asOfWords(period: Period): string {
  return `截至${period.toMonth}月底`;
}

/** "经过半年的努力", "经过一年的努力", "经过5个月的努力": the closing's first words. */
export function effortWords(period: Period): string {
  const months = period.toMonth - period.fromMonth + 1;
  if (months === 6) return '经过半年的努力';
  if (months === 12) return '经过一年的努力';
  if (months === 3) return '经过一个季度的努力';
  if (months === 9) return '经过三个季度的努力';
  return `经过${months}个月的努力`;
}

/** What the rest of the year is called in the closing: 下半年, 下一阶段, 明年. */
export function nextPeriodWords(period: Period): string {
  if (period.toMonth === 6) return '下半年';
  if (period.toMonth === 12) return '新的一年';
  return '下一阶段';
}

/** "2009年7月1日" from YYYY-MM-DD; null when the text is not such a date. */
export function chineseDate(iso: string): string | null {
  const match = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(iso.trim());
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  return `${year}年${month}月${day}日`;
}

/** The day after the period ends: a half-year report is dated 7月1日. */
export function dayAfterPeriod(period: Period): string {
  const nextMonth = period.toMonth === 12 ? 1 : period.toMonth + 1;
  const year = period.toMonth === 12 ? period.year + 1 : period.year;
  return `${year}-${String(nextMonth).padStart(2, '0')}-01`;
}
