import fc from 'fast-check';
import { compute } from '../../src/core/compute';
import { layout } from '../../src/core/layout';
import type { Issue, Status } from '../../src/core/model';
import { buildTable, type Spec } from './measure-table';

const STATUSES: readonly Status[] = ['exceeded', 'completed', 'on-track', 'behind', 'no-data', 'in-progress', 'not-reported', 'pending', 'unclear'];

const figure = fc.oneof(
  fc.constant(null),
  fc.constant(0),
  fc.double({ min: -1e9, max: 1e9, noNaN: true, noDefaultInfinity: true }),
  fc.integer({ min: -5, max: 500 }),
  fc.constantFrom('300余', '约12.5', '1.2亿', '—'),
);

const spec: fc.Arbitrary<Spec> = fc.record({
  name: fc.string({ minLength: 1, maxLength: 12 }),
  target: figure,
  periodTarget: figure,
  actual: figure,
  lastYear: figure,
  growth: figure,
  weight: figure,
  progress: fc.option(fc.constantFrom('已完成', '正在推进', '=SUM(A1)', '无', ''), { nil: undefined }),
  department: fc.option(fc.constantFrom('投资科', '规划科*', '<综合科>', ''), { nil: undefined }),
  direction: fc.constantFrom('higher' as const, 'lower' as const),
  kind: fc.constantFrom('quantitative' as const, 'qualitative' as const),
});

describe('任何表内数据都不使测算或排版出错', () => {
  it('状态总在规定之内，数要么有限要么为空，各状态数之和等于指标数', () => {
    fc.assert(
      fc.property(fc.array(spec, { maxLength: 12 }), fc.double({ min: 0.01, max: 1, noNaN: true }), fc.boolean(), (specs, progress, withError) => {
        const built = buildTable(specs, { period: { expectedProgress: progress } });
        const issues: Issue[] = withError && built.table.indicators.length > 0
          ? [{ severity: 'error', code: 'x', cell: null, indicatorRow: built.table.indicators[0].row, params: {} }]
          : [];
        const results = compute(built.table, issues);
        for (const result of results.indicators) {
          expect(STATUSES).toContain(result.status);
          for (const value of [result.completionRate, result.progressGap, result.growthRate, result.score]) {
            if (value !== null) expect(Number.isFinite(value)).toBe(true);
          }
        }
        const totals = results.totals;
        expect(totals.completed + totals.onTrack + totals.behind + (totals.inProgress ?? 0) + totals.noData + (totals.pending ?? 0) + (totals.unclear ?? 0)).toBe(totals.total);
        const plan = layout({ snapshot: built.snapshot, table: built.table, issues, results, report: null, generatedAt: '2009-07-01T04:00:00.000Z' });
        expect(plan.sheets.map((sheet) => sheet.role)).toEqual(expect.arrayContaining(['overview', 'measures', 'summary']));
        // Workbook text is never turned into a formula: formulas only come from the layout's own templates.
        for (const sheet of plan.sheets) {
          for (const line of sheet.rows) for (const cell of line) if (cell?.kind === 'formula') expect(cell.formula).not.toContain('SUM(A1)');
        }
      }),
      { numRuns: 150 },
    );
  });
});
