import fc from 'fast-check';
import type { CellValue, MergeArea, SheetSnapshot, WorkbookSnapshot } from '../../src/core/model';
import { recognize } from '../../src/core/recognize';

/** Cell contents departments (and corrupted files) really produce, plus plain hostility. */
const cellValue: fc.Arbitrary<CellValue> = fc.oneof(
  { weight: 3, arbitrary: fc.constant(null) },
  { weight: 2, arbitrary: fc.constantFrom('序号', '指标名称', '全年目标', '1—6月完成', '上年同期', '责任科室', '一、', '（一）', '合计', '注：', '300余人', '≥95%', '１５２０', '年底前完成', '=SUM(A1)', '__proto__', 'constructor') },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', minLength: 500, maxLength: 2000 }) },
  { weight: 2, arbitrary: fc.double() },
  { weight: 1, arbitrary: fc.integer({ min: 20_000, max: 80_000 }) },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.record({ error: fc.constantFrom('#N/A', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#SPILL!') }) },
);

const format = fc.constantFrom('General', '0.00%', 'yyyy-mm-dd', '0.0', '@', 'yyyy"年"m"月"d"日"', '');

function sheetArbitrary(position: number): fc.Arbitrary<SheetSnapshot> {
  return fc
    .record({
      name: fc.string({ unit: 'grapheme', maxLength: 12 }),
      visible: fc.boolean(),
      values: fc.array(fc.array(cellValue, { maxLength: 9 }), { maxLength: 14 }),
      formats: fc.array(fc.array(format, { maxLength: 9 }), { maxLength: 14 }),
      merges: fc.array(
        fc.record({ top: fc.integer({ min: -1, max: 15 }), left: fc.integer({ min: -1, max: 10 }), height: fc.integer({ min: 0, max: 4 }), width: fc.integer({ min: 0, max: 4 }) }),
        { maxLength: 5 },
      ),
      bold: fc.array(fc.array(fc.boolean(), { maxLength: 9 }), { maxLength: 14 }),
    })
    .map(({ name, visible, values, formats, merges, bold }) => ({
      name,
      visible,
      position,
      values,
      formulas: values.map((row) => row.map((value) => (typeof value === 'number' ? '=1+1' : null))),
      numberFormats: formats,
      merges: merges.map((m): MergeArea => ({ top: m.top, left: m.left, bottom: m.top + m.height, right: m.left + m.width })),
      bold,
    }));
}

const workbook: fc.Arbitrary<WorkbookSnapshot> = fc
  .tuple(sheetArbitrary(0), sheetArbitrary(1), fc.boolean())
  .map(([a, b, two]) => ({ name: '随机', sheets: two ? [a, b] : [a] }));

describe('任何单元格内容都不会让识别出错', () => {
  it('随机的工作簿：不抛异常；有表就每个指标都有名称和来源行；没表就有 no-table 错误', () => {
    fc.assert(
      fc.property(workbook, fc.constantFrom(undefined, '2009-06-30', 'x'), (snapshot, asOf) => {
        const result = recognize(snapshot, asOf ? { asOf } : {});
        if (result.table === null) {
          expect(result.issues.some((i) => i.severity === 'error')).toBe(true);
        } else {
          for (const indicator of result.table.indicators) {
            expect(indicator.name.value.length).toBeGreaterThan(0);
            expect(indicator.row).toBeGreaterThan(Math.max(...result.table.headerRows));
            for (const figure of [indicator.target, indicator.actual, indicator.lastYear, indicator.periodTarget]) {
              if (figure) expect(Number.isNaN(figure.value)).toBe(false);
            }
          }
        }
      }),
      { numRuns: 400 },
    );
  });

  it('表头正常、数据随机：照样读出每一行，不抛异常', () => {
    const header: CellValue[] = ['序号', '指标名称', '单位', '全年目标', '1—6月完成', '上年同期', '增幅', '责任科室', '完成时限'];
    fc.assert(
      fc.property(fc.array(fc.array(cellValue, { minLength: 9, maxLength: 9 }), { minLength: 1, maxLength: 30 }), (rows) => {
        const values = [header, ...rows];
        const sheet: SheetSnapshot = { name: '表', visible: true, position: 0, values, formulas: [], numberFormats: [], merges: [] };
        const result = recognize({ name: 'wb', sheets: [sheet] });
        // A header over rows holding only blanks, TRUE/FALSE and error values is an empty template: it may be
        // refused, but then the refusal names the headers it saw. Any row with text or a number is read.
        const hasContent = rows.some((row) => row.some((value) => typeof value === 'string' ? value.trim() !== '' : typeof value === 'number'));
        if (hasContent || result.table) expect(result.table?.sheet).toBe('表');
        else expect(result.issues.find((issue) => issue.code === 'no-table')?.params).toEqual(expect.objectContaining({ sheet: '表' }));
        for (const indicator of result.table?.indicators ?? []) expect(indicator.row).toBeGreaterThan(1);
      }),
      { numRuns: 300 },
    );
  });
});
