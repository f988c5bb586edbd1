import { readDateField } from '../../src/core/recognize/value-parse';

/*
 * Deadlines as staff type them. A year and a month typed as a number (2021.8, 2021.12: the cell's format shows the
 * month as written) is that month, as the same words typed as text are. A cell that lists parts each with its own date
 * (1.2021年8月 2.2021年12月) names no one deadline: none is read, rather than a date made of two (8月 2 → 8月2日).
 * Seen in real-frozen-15/151; the cells here are made up.
 */
const cell = { sheet: 'Sheet1', row: 3, col: 4 };
const iso = (value: string | number, format = 'General') => readDateField(value, format, cell, 2024)?.iso ?? null;

describe('完成时限一格', () => {
  it('数字写的“年.月”（2024.9、2024.12、2024.10）按格式显示的月份读', () => {
    expect(iso(2024.9, '0.0')).toBe('2024-09-30');
    expect(iso(2024.12, '0.00')).toBe('2024-12-31');
    expect(iso(2024.1, '0.00')).toBe('2024-10-31');
    expect(iso(2024.3)).toBe('2024-03-31');
  });

  it('分条各写一个日期的格子（1.… 2.…）没有单一时限，不拼成一个日期', () => {
    expect(iso('1.2024年6月 2.2024年11月')).toBeNull();
    expect(iso('1、东区9月底前完成 2、西区12月底前完成')).toBeNull();
  });

  it('不变：一般的数、Excel 日期、单个时限照旧', () => {
    expect(iso(45)).toBeNull();
    expect(iso(2024)).toBeNull();
    expect(iso(3.5)).toBeNull();
    expect(iso(45291, 'yyyy-mm-dd')).toBe('2023-12-31');
    expect(iso('2024年8月底前')).toBe('2024-08-31');
    expect(iso('1.2024年8月底前完成')).toBe('2024-08-31');
  });
});
