import type { HeadingLevel } from '../model';

/**
 * 公文 outline numbers (GB/T 9704-2012 §7.3.3): 一、 · （一） · 1. · （1）, and the 一是 / 二是 of items
 * listed inside one paragraph.
 */

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
const POWERS = ['', '十', '百', '千'];

/** 1 → 一, 10 → 十, 11 → 十一, 20 → 二十, 105 → 一百零五; counts beyond 9999 fall back to digits. */
export function chineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > 9999) return String(n);
  if (n === 0) return DIGITS[0];
  const digits = String(n).split('').map(Number);
  let text = '';
  let pendingZero = false;
  digits.forEach((digit, index) => {
    const power = digits.length - 1 - index;
    if (digit === 0) {
      pendingZero = text !== '';
      return;
    }
    if (pendingZero) text += DIGITS[0];
    pendingZero = false;
    // 十一 rather than 一十一 when the number starts with the tens.
    const spoken = digit === 1 && power === 1 && index === 0 ? '' : DIGITS[digit];
    text += spoken + POWERS[power];
  });
  return text;
}

/** The number that opens a heading or a lead at that level: 一、 （一） 1. （1）. */
export function outlineMark(level: HeadingLevel, n: number): string {
  switch (level) {
    case 1:
      return `${chineseNumeral(n)}、`;
    case 2:
      return `（${chineseNumeral(n)}）`;
    case 3:
      return `${n}.`;
    case 4:
      return `（${n}）`;
    default: {
      const unreachable: never = level;
      return unreachable;
    }
  }
}

/** 一是 · 二是 … : items of one paragraph as the seed report lists them. */
export function ordinalLead(n: number): string {
  return `${chineseNumeral(n)}是`;
}
