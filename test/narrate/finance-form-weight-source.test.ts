import type { Run } from '../../src/core/model';
import { runsText } from '../../src/core/model';
import { runPipeline } from '../../src/core/pipeline';
import type { SheetSpec } from '../recognize/build-snapshot';
import { workbookOf } from '../recognize/build-snapshot';
import { LAYOUT_FIXTURES } from '../fixtures/layouts/specs';

/**
 * Every number in a draft sentence carries its cell, so 数据来源 points at where it came from. The 分值 of a
 * form's 三级指标 was written as plain text: "分值60分" appeared while 数据来源 named only the 指标值 cell (seen
 * on real-corpus/03 青神县 工资性支出自评表, 43, 44, 80 and others). Made-up weights in another form.
 */
const spec = LAYOUT_FIXTURES.find((fixture) => fixture.file.startsWith('部门整体支出绩效自评表'));
if (spec === undefined) throw new Error('no fixture 部门整体支出绩效自评表');
const sheet: SheetSpec = spec.sheets[0];

function blocks() {
  const { report } = runPipeline(workbookOf('部门整体支出绩效自评表', [sheet]), { generatedAt: '2024-01-10T04:00:00.000Z' });
  return report?.blocks ?? [];
}

describe('财政部绩效表汇报稿：分值带着来源单元格', () => {
  it('“食品安全抽检批次……分值10分”：10分是一个数字段，来源是分值列 G11', () => {
    const block = blocks().find((b) => b.kind === 'paragraph' && (b.lead?.text ?? '').includes('食品安全抽检批次'));
    expect(block).toBeDefined();
    const weight = block!.runs.find((run: Run) => run.kind === 'number' && run.text === '10分' && run.sources.some((ref) => ref.row === 11 && ref.col === 7));
    expect(weight).toBeDefined();
    expect(runsText(block!.runs)).toContain('分值10分');
  });

  it('预算执行情况的“该项分值10分”也带来源 F5', () => {
    const block = blocks().find((b) => runsText(b.runs).includes('该项分值'));
    expect(block).toBeDefined();
    expect(block!.runs.some((run: Run) => run.kind === 'number' && run.text === '10分' && run.sources.some((ref) => ref.row === 5 && ref.col === 6))).toBe(true);
  });
});
