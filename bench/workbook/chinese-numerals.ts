/**
 * Outline numbers as a county office writes them: 一、 （一） for sections. A bench table of 50,000 rows
 * needs numbers past 十, so they are spelled the way Chinese counts (十一, 二十, 一百零五).
 */
const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
const POWERS = ['', '十', '百', '千'];

export function chineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 9999) throw new RangeError(`outline number out of range: ${n}`);
  const digits = String(n).split('').map(Number);
  let text = '';
  let pendingZero = false;
  digits.forEach((digit, index) => {
    const power = digits.length - 1 - index;
    if (digit === 0) {
      pendingZero = text !== '';
      return;
    }
    if (pendingZero) text += '零';
    pendingZero = false;
    text += DIGITS[digit] + POWERS[power];
  });
  // 十一 … 十九, not 一十一: the way the numbers are said and written.
  return text.startsWith('一十') ? text.slice(1) : text;
}
