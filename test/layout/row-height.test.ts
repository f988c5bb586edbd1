import { heightFor, linesIn } from '../../src/core/layout/row-height';

/**
 * “ ” ‘ ’ — … are full width in the Chinese fonts the sheets use; counted as narrow, a 总览 line of quoted names
 * (“甲”、“乙”…) was given a row a line or more too short, its last line cut off (q5, LibreOffice PDF of 总览).
 */
describe('行高估算：中文标点按全角计', () => {
  it('二十个“某某”：引号按两格算，行数与同宽的汉字相同', () => {
    const quoted = Array.from({ length: 20 }, () => '“某某”').join('');
    const plain = '某'.repeat(80);
    expect(linesIn(quoted, 31)).toBe(linesIn(plain, 31));
    expect(linesIn(quoted, 31)).toBe(6);
    expect(heightFor(linesIn(quoted, 31))).toBeGreaterThan(heightFor(linesIn(quoted.replace(/[“”]/g, '"'), 31)));
  });

  it('破折号、省略号也按全角计', () => {
    expect(linesIn('——……'.repeat(10), 21)).toBe(linesIn('某'.repeat(40), 21));
  });

  it('不变：数字、英文字母和半角符号仍按半格算', () => {
    expect(linesIn('2024-12-31 PM2.5 "A"'.repeat(3), 31)).toBe(2);
    expect(linesIn('12345678901234567890123456789', 31)).toBe(1);
  });
});
