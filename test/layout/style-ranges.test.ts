import fc from 'fast-check';
import type { CellStyle, Rect, StyledRange } from '../../src/core/model';
import { coalesceStyles } from '../../src/core/layout/style-ranges';
import { runPipeline } from '../../src/core/pipeline';
import { readXlsxSnapshot } from '../../src/node/xlsx-read';

/** What a cell ends up with when the ranges apply in order, later ones winning, as both hosts apply them. */
function cellStyles(styles: readonly StyledRange[]): Map<string, string> {
  const cells = new Map<string, Record<string, unknown>>();
  for (const { rect, style } of styles) {
    for (let row = rect.top; row <= rect.bottom; row++) {
      for (let col = rect.left; col <= rect.right; col++) {
        const key = `${row},${col}`;
        const cell = cells.get(key) ?? {};
        for (const [property, value] of Object.entries(style)) if (value !== undefined) cell[property] = property === 'border' ? cell.border === true || value === true : value;
        cells.set(key, cell);
      }
    }
  }
  return new Map([...cells].map(([key, cell]) => [key, JSON.stringify(Object.keys(cell).sort().map((property) => [property, cell[property]]))]));
}

const STYLE_CHOICES: CellStyle[] = [
  { horizontal: 'left', wrap: true },
  { horizontal: 'center' },
  { numberFormat: '#,##0', horizontal: 'right' },
  { numberFormat: '#,##0.00', horizontal: 'right' },
  { bold: true, fill: '#DDEBF7', border: true },
  { fontName: '微软雅黑', fontSize: 10, border: true },
  { fill: '#FFF2CC' },
];

// A small grid, so ranges often share columns and sit on rows next to each other: the cases merging is about.
const rect: fc.Arbitrary<Rect> = fc
  .record({ top: fc.integer({ min: 1, max: 6 }), height: fc.integer({ min: 1, max: 2 }), left: fc.integer({ min: 1, max: 2 }), width: fc.integer({ min: 1, max: 2 }) })
  .map(({ top, height, left, width }) => ({ top, bottom: top + height - 1, left, right: left + width - 1 }));

const styledRange: fc.Arbitrary<StyledRange> = fc.record({ rect, style: fc.constantFrom(...STYLE_CHOICES) });

describe('相同样式的相邻行合并为一个区域，且不改变任何单元格的样式', () => {
  it('任意顺序、任意重叠的样式区域：合并前后每个单元格的样式相同', () => {
    fc.assert(
      fc.property(fc.array(styledRange, { maxLength: 40 }), (styles) => {
        const coalesced = coalesceStyles(styles);
        expect(cellStyles(coalesced)).toEqual(cellStyles(styles));
        expect(coalesced.length).toBeLessThanOrEqual(styles.length);
      }),
      { numRuns: 1000 },
    );
  });

  it('逐行相同的样式合并为一个区域', () => {
    const rows = [5, 6, 7].map((row) => ({ rect: { top: row, bottom: row, left: 2, right: 4 }, style: { horizontal: 'center' as const } }));
    expect(coalesceStyles(rows)).toEqual([{ rect: { top: 5, bottom: 7, left: 2, right: 4 }, style: { horizontal: 'center' } }]);
  });

  it('中间有后写的样式改了同一属性时不合并（否则后者的颜色会被盖掉）', () => {
    const styles: StyledRange[] = [
      { rect: { top: 5, bottom: 5, left: 1, right: 3 }, style: { fill: '#FFF2CC' } },
      { rect: { top: 6, bottom: 6, left: 2, right: 2 }, style: { fill: '#DDEBF7' } },
      { rect: { top: 6, bottom: 6, left: 1, right: 3 }, style: { fill: '#FFF2CC' } },
    ];
    expect(coalesceStyles(styles)).toHaveLength(3);
  });

  it('样例表的各生成工作表：每个单元格的样式不变', async () => {
    const snapshot = await readXlsxSnapshot('assets/samples/2009-灌南县发改委-目标任务分解表.xlsx');
    const plan = runPipeline(snapshot, { generatedAt: '2009-07-01T00:00:00.000Z' }).plan;
    expect(plan.sheets.length).toBeGreaterThan(3);
    // The plan's ranges are coalesced once already; their real shapes (column-wide bodies, per-row formats, sections) go through again.
    for (const sheet of plan.sheets) expect(cellStyles(coalesceStyles(sheet.styles))).toEqual(cellStyles(sheet.styles));
  });
});
