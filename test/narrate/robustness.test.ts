import fc from 'fast-check';
import type { Approximation, Direction, Status } from '../../src/core/model';
import { runsText } from '../../src/core/model';
import { narrate } from '../../src/core/narrate';
import { hygieneProblems } from './draft-hygiene';
import { halfYear, TableBuilder } from './table-builder';

const STATUSES: Status[] = ['exceeded', 'completed', 'on-track', 'behind', 'no-data', 'in-progress', 'not-reported', 'pending'];
const UNITS = [null, '亿元', '万元', '元', '个', '家', '%', '天', '人', '吨', 'km', '万美元'];
const APPROX: Approximation[] = ['exact', 'over', 'about', 'nearly', 'atLeast', 'atMost'];

const anyNumber = fc.oneof(
  fc.double({ noNaN: false }),
  fc.integer({ min: -1000, max: 1_000_000 }),
  fc.constantFrom(0, 0.1 + 0.2, 1 / 3, 1e21, -0, NaN, Infinity),
);
const anyText = fc.oneof(fc.string({ maxLength: 40 }), fc.constantFrom('', '=SUM(A1)', '\u0000\u0007', '完成\n\n好', '300余人', 'PM2.5浓度', '  ，。；'));

const quantitative = fc.record({
  kind: fc.constant('quantitative' as const),
  name: anyText,
  unit: fc.constantFrom(...UNITS),
  target: fc.option(anyNumber, { nil: undefined }),
  actual: fc.option(anyNumber, { nil: undefined }),
  actualApprox: fc.constantFrom(...APPROX),
  lastYear: fc.option(anyNumber, { nil: undefined }),
  statedGrowth: fc.option(anyNumber, { nil: undefined }),
  progressText: fc.option(anyText, { nil: undefined }),
  direction: fc.constantFrom<Direction>('higher', 'lower'),
  status: fc.option(fc.constantFrom(...STATUSES), { nil: undefined }),
});
const qualitative = fc.record({
  kind: fc.constant('qualitative' as const),
  name: anyText,
  targetText: fc.option(anyText, { nil: undefined }),
  actualText: fc.option(anyText, { nil: undefined }),
  progressText: fc.option(anyText, { nil: undefined }),
  status: fc.option(fc.constantFrom(...STATUSES), { nil: undefined }),
});
const section = fc.record({ kind: fc.constant('section' as const), level: fc.integer({ min: 1, max: 6 }), title: anyText });

describe('任何表都能成稿，且不出现程序的痕迹', () => {
  it('随机的指标、分组、数值和文字：不抛错，没有 NaN、undefined、浮点尾数或程序写的英文', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(quantitative, qualitative, section), { maxLength: 25 }), fc.option(anyText, { nil: null }), (rows, unitName) => {
        const builder = new TableBuilder(halfYear(2023), unitName);
        const texts: string[] = [unitName ?? ''];
        for (const row of rows) {
          switch (row.kind) {
            case 'section':
              builder.section(row.level, '', row.title);
              texts.push(row.title);
              break;
            case 'quantitative':
              builder.quantitative(row);
              texts.push(row.name, row.progressText ?? '', row.unit ?? '');
              break;
            case 'qualitative':
              builder.qualitative(row);
              texts.push(row.name, row.progressText ?? '', row.targetText ?? '', row.actualText ?? '');
              break;
          }
        }
        const doc = narrate(builder.table(), builder.results());
        const text = [doc.title, doc.unitLine, doc.dateLine, ...doc.blocks.map((block) => (block.kind === 'paragraph' ? block.lead?.text ?? '' : '') + runsText(block.runs))].join('\n');
        expect(hygieneProblems(text, texts)).toEqual([]);
        for (const block of doc.blocks) {
          for (const run of block.runs) if (run.kind === 'number') expect(run.sources.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 300 },
    );
  });
});
