import fc from 'fast-check';
import type { CellRef, CellValue } from '../../src/core/model';
import { placeFigure, placeRate, readDateField, readRaw, readTextField, type RawFigure } from '../../src/core/recognize/value-parse';

const cell: CellRef = { sheet: '表', row: 7, col: 5 };

function raw(value: CellValue, format = 'General'): RawFigure {
  const read = readRaw(value, format, cell);
  if (read.kind !== 'figure') throw new Error(`not a figure: ${JSON.stringify(read)}`);
  return read.figure;
}

describe('数字放进指标自己的单位', () => {
  it('数字单元格原样读取，不算推导', () => {
    expect(placeFigure(raw(39.9), '亿元', false).field).toMatchObject({ value: 39.9, derived: false, decimals: 1, text: '39.9' });
  });

  it('文本数字与单位换算都算推导（Excel 无法从单元格直接得到）', () => {
    expect(placeFigure(raw('120亿元'), '亿元', false).field).toMatchObject({ value: 120, derived: true, unitInCell: '亿元' });
    expect(placeFigure(raw('3900万元'), '亿元', false)).toMatchObject({ field: { value: 0.39, derived: true }, outcome: 'converted' });
  });

  it('百分比：45%、百分比格式的 0.45、%列里的 0.45 都是 45', () => {
    expect(placeFigure(raw('45%'), '%', false).field).toMatchObject({ value: 45, derived: true });
    expect(placeFigure(raw(0.45, '0%'), '%', false).field).toMatchObject({ value: 45, derived: true, text: '45%' });
    expect(placeFigure(raw(0.45), '%', true).field).toMatchObject({ value: 45, derived: true });
    expect(placeFigure(raw(45), '%', true).field).toMatchObject({ value: 45, derived: false });
    expect(placeFigure(raw(0.3), '%', false).field).toMatchObject({ value: 0.3, derived: false });
  });

  it('单位对不上时说明不能换算', () => {
    expect(placeFigure(raw('同比下降10%'), '起', false).outcome).toBe('incompatible');
    expect(placeFigure(raw('5人'), '万元', false).outcome).toBe('incompatible');
  });

  it('列表头给的单位用于裸数字（完成值（亩）在万亩指标里）', () => {
    const placed = placeFigure(raw(2350), '万亩', false, '亩');
    expect(placed.field).toMatchObject({ value: 0.235, derived: true });
    expect(placed.field.unitInCell).toBeUndefined();
  });

  it('增幅与完成率一律为小数：31.08%、百分比格式、百分点列', () => {
    expect(placeRate(raw('31.08%'), false)).toMatchObject({ value: 0.3108, derived: true });
    expect(placeRate(raw(0.3108, '0.00%'), false)).toMatchObject({ value: 0.3108, derived: false });
    expect(placeRate(raw(7.7), true)).toMatchObject({ value: 0.077, derived: true });
    expect(placeRate(raw(0.077), false)).toMatchObject({ value: 0.077, derived: false });
    expect(placeRate(raw('下降4.7%'), false)).toMatchObject({ value: -0.047, derived: true });
  });

  it('错误值是错误，不是数字；布尔值与空白没有数', () => {
    expect(readRaw({ error: '#DIV/0!' }, 'General', cell)).toEqual({ kind: 'error', error: '#DIV/0!', cell });
    expect(readRaw(true, 'General', cell).kind).toBe('empty');
    expect(readRaw('  ', 'General', cell).kind).toBe('empty');
    expect(readRaw('推进中', 'General', cell)).toMatchObject({ kind: 'words', text: '推进中' });
  });

  it('日期格式的数字在数字栏里读作日期文字', () => {
    expect(readRaw(40178, 'yyyy-mm-dd', cell)).toMatchObject({ kind: 'words', text: '2009-12-31' });
    expect(readDateField(40178, 'General', cell, 2009)).toMatchObject({ iso: '2009-12-31' });
    expect(readDateField('2024年12月底', 'General', cell, 2009)).toMatchObject({ iso: '2024-12-31', text: '2024年12月底' });
  });

  it('文字栏保留原文，只去掉控制字符和多余空白', () => {
    expect(readTextField('  已完成\u0007招生 ', cell)).toEqual({ value: '已完成招生', cell });
    expect(readTextField('=SUM(A1)', cell)).toEqual({ value: '=SUM(A1)', cell });
  });

  it('任何单元格内容都不会让它出错，读出的数总是有限数', () => {
    const anyCell = fc.oneof(
      fc.constant(null),
      fc.boolean(),
      fc.double(),
      fc.string({ unit: 'binary', maxLength: 60 }),
      fc.record({ error: fc.constantFrom('#N/A', '#DIV/0!', '#VALUE!', '#REF!') }),
    );
    const format = fc.constantFrom('General', '0.00%', 'yyyy-mm-dd', '0.0', '@', '#,##0"万元"');
    fc.assert(fc.property(anyCell, format, fc.constantFrom(null, '%', '亿元', '个'), fc.boolean(), (value, fmt, unit, fraction) => {
      const read = readRaw(value, fmt, cell);
      if (read.kind === 'figure') {
        const placed = placeFigure(read.figure, unit, fraction, '万元');
        if (Number.isFinite(read.figure.shown)) expect(Number.isNaN(placed.field.value)).toBe(false);
        placeRate(read.figure, fraction);
      }
      readTextField(value, cell);
      readDateField(value, fmt, cell, 2024);
    }), { numRuns: 3000 });
  });
});
