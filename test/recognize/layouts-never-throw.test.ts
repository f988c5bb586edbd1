import fc from 'fast-check';
import type { CellValue } from '../../src/core/model';
import { runPipeline } from '../../src/core/pipeline';
import { LAYOUT_FIXTURES } from '../fixtures/layouts/specs';
import { workbookOf } from './build-snapshot';

/** What a filled-in form can hold in any cell: words of the templates, numbers of every kind, errors, hostility. */
const cellValue: fc.Arbitrary<CellValue> = fc.oneof(
  { weight: 3, arbitrary: fc.constant(null) },
  {
    weight: 3,
    arbitrary: fc.constantFrom('指标2：', '……', '/', '空白', '总分', '合计', '全市', '地区', '一级指标', '三级指标', '目标任务', '完成比例', '执行率', '得分', '≥95%', '≤30万元', '达成预期指标', '=A1', '注：'),
  },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) },
  { weight: 2, arbitrary: fc.double() },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.record({ error: fc.constantFrom('#N/A', '#DIV/0!', '#VALUE!', '#REF!') }) },
);

describe('财政部表与交叉表：任何单元格内容都不使引擎出错', () => {
  it.each(LAYOUT_FIXTURES.map((f) => f.file))('%s 的单元格随意改写后，识别到排版整条流水线不抛异常', (file) => {
    const spec = LAYOUT_FIXTURES.find((f) => f.file === file)!;
    const sheet = spec.sheets[0];
    const height = sheet.rows.length;
    const width = Math.max(...sheet.rows.map((r) => r.length));
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(height - 1), fc.nat(width - 1), cellValue), { minLength: 1, maxLength: 12 }), (edits) => {
        const rows = sheet.rows.map((row) => [...row]);
        for (const [r, c, value] of edits) rows[r][c] = value;
        const outcome = runPipeline(workbookOf('x', [{ ...sheet, rows }]), { generatedAt: '2024-10-08T00:00:00Z' });
        // Whatever the finance reader read, template rows never became indicators; a cross-table's regions never did.
        const table = outcome.recognition.table;
        for (const indicator of table?.layoutClass === 'finance-form' ? table.indicators : []) {
          expect(['指标2：', '……', '/', '空白']).not.toContain(indicator.name.value);
        }
        for (const indicator of table?.layoutClass === 'cross-table' ? table.indicators : []) {
          expect(indicator.breakdown?.map((r) => r.region.value) ?? []).not.toContain(indicator.name.value);
        }
      }),
      { numRuns: 60, seed: 12 },
    );
  });
});
