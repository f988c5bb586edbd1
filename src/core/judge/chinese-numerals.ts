/**
 * Counts written in Chinese numerals (改造三百户, 建成两所, 一千二百公里): staff write small and round counts this way as
 * often as in digits, and a count in characters is as much a figure to hold against the target. Only a numeral followed
 * by a measure word of a count is read, so names (一期, 十件实事 as a title is still a count of 件, 第一批, 一季度, 两年)
 * are left alone where the word after them is no measure of things done.
 */
// The financial forms (壹贰叁…拾佰仟) some tables use so a figure cannot be altered are the same numerals.
const DIGIT: Readonly<Record<string, number>> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 壹: 1, 贰: 2, 叁: 3, 肆: 4, 伍: 5, 陆: 6, 柒: 7, 捌: 8, 玖: 9 };
const UNIT: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000, 拾: 10, 佰: 100, 仟: 1000 };

/** 三百 → 300, 一千二百 → 1200, 十五 → 15, 二十 → 20, 两 → 2; NaN when the characters are not one numeral. */
export function numeralValue(numeral: string): number {
  let total = 0;
  let digit: number | null = null;
  for (const char of numeral) {
    if (char in DIGIT) {
      if (digit !== null) return Number.NaN;
      digit = DIGIT[char] ?? 0;
    } else if (char in UNIT) {
      total += (digit ?? 1) * (UNIT[char] ?? 1);
      digit = null;
    } else {
      return Number.NaN;
    }
  }
  return total + (digit ?? 0);
}

/** A numeral, then a measure word of things counted; not after 第 (第一批) and not a span (一季度, 两年). */
// 三百余户 · 百余户: about that many, still a count (余 or 多 before the measure word); 九千万元 · 八亿元: an amount of money.
const COUNTED_NUMERAL = /(?<![第\d零〇一二两三四五六七八九十百千壹贰叁肆伍陆柒捌玖拾佰仟])([零〇一二两三四五六七八九十百千壹贰叁肆伍陆柒捌玖拾佰仟]+)(?=(?:万|亿)?(?:余|多)?(?:户|所|座|个|处|条|家|套|公里|千米|米|亩|场|辆|台|名|人|间|栋|项|件|批次|次|元))/gu;

/** The text with each counted numeral written in digits (改造三百户 → 改造300户); unchanged when it has none. */
export function withDigitCounts(text: string): string {
  return text.replace(COUNTED_NUMERAL, (numeral) => {
    const value = numeralValue(numeral);
    return Number.isFinite(value) && value > 0 ? String(value) : numeral;
  });
}
