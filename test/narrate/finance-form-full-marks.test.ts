import { runsText } from '../../src/core/model';
import { runPipeline } from '../../src/core/pipeline';
import type { SheetSpec } from '../recognize/build-snapshot';
import { workbookOf } from '../recognize/build-snapshot';
import { LAYOUT_FIXTURES } from '../fixtures/layouts/specs';

/**
 * A 自评表 that gives the 预算执行 weight but not the indicators' (only their 得分): the draft summed the weights it
 * had and wrote "单位自评总分100分（满分20分）" — a total five times its full marks (seen on real-frozen-2/23 通城县
 * 塘湖镇 部门整体支出绩效自评表). 满分 is stated only when every item's weight is known and the total fits in it.
 */
const spec = LAYOUT_FIXTURES.find((fixture) => fixture.file.startsWith('部门整体支出绩效自评表'));
if (spec === undefined) throw new Error('no fixture 部门整体支出绩效自评表');
const sheet = spec.sheets[0];

/** The form with the 分值 (column G) of the indicator rows blanked: only the budget row keeps its weight. */
function withoutIndicatorWeights(): SheetSpec {
  return { ...sheet, rows: sheet.rows.map((cells, i) => (i >= 10 && i <= 16 ? cells.map((cell, c) => (c === 6 ? null : cell)) : cells)) };
}

function opening(form: SheetSpec): string {
  const { report } = runPipeline(workbookOf('部门整体支出绩效自评表', [form]), { generatedAt: '2024-01-10T04:00:00.000Z' });
  return (report?.blocks ?? []).map((block) => runsText(block.runs)).find((text) => text.includes('自评总分')) ?? '';
}

describe('财政部自评表：满分只在各项分值都知道时写', () => {
  it('指标分值缺失、只有预算执行的分值：写自评总分，不写比总分还小的“满分”', () => {
    const text = opening(withoutIndicatorWeights());
    expect(text).toContain('单位自评总分98.6分');
    expect(text).not.toContain('满分');
  });

  it('不变：各项分值齐全时仍写（满分100分）', () => {
    expect(opening(sheet)).toContain('单位自评总分98.6分（满分100分）');
  });
});
