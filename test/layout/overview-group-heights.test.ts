import type { SheetPlan } from '../../src/core/model';
import { runPipeline } from '../../src/core/pipeline';
import { LAYOUT_FIXTURES } from '../fixtures/layouts/specs';
import type { SheetSpec } from '../recognize/build-snapshot';
import { workbookOf } from '../recognize/build-snapshot';
import { sheetByRole } from './plan-reading';

/**
 * Forms often write a group on two lines of one cell (产出指标⏎（60分）). In 总览's 各类别完成状态 such a name
 * needs a row tall enough for both lines and wrapped text, or it spills over the next group's row when printed.
 */
const spec = LAYOUT_FIXTURES.find((fixture) => fixture.file.startsWith('部门整体支出绩效自评表'));
if (spec === undefined) throw new Error('no fixture 部门整体支出绩效自评表');
const twoLineGroups: SheetSpec = {
  ...spec.sheets[0],
  rows: spec.sheets[0].rows.map((row) => row.map((cell) => (cell === '产出指标' ? '产出指标\n（60分）' : cell === '效益指标' ? '效益指标\n（40分）' : cell))),
};

function rowOf(sheet: SheetPlan, text: string): number {
  const index = sheet.rows.findIndex((line) => line.some((cell) => cell?.kind === 'text' && cell.text === text));
  if (index < 0) throw new Error(`no row with ${text}`);
  return index + 1;
}

describe('总览：两行写的类别名', () => {
  const { plan } = runPipeline(workbookOf('部门整体支出绩效自评表', [twoLineGroups]), { generatedAt: '2024-01-10T04:00:00.000Z' });
  const overview = sheetByRole(plan, 'overview');

  it.each([['产出指标\n（60分）'], ['效益指标\n（40分）']])('%j 一行高得下两行字，且自动换行', (group) => {
    const row = rowOf(overview, group);
    const height = overview.rowHeights.find((entry) => entry.row === row)?.height ?? 0;
    expect(height).toBeGreaterThanOrEqual(2 * 10 * 1.3);
    const wrapped = overview.styles.some((range) => range.style.wrap === true && range.rect.top <= row && range.rect.bottom >= row && range.rect.left <= 1 && range.rect.right >= 1);
    expect(wrapped).toBe(true);
  });
});
