import { runsText } from '../../src/core/model';
import { runPipeline } from '../../src/core/pipeline';
import type { SheetSpec } from '../recognize/build-snapshot';
import { workbookOf } from '../recognize/build-snapshot';
import { LAYOUT_FIXTURES } from '../fixtures/layouts/specs';

/**
 * A 绩效目标表 left half filled, its 指标值 cells holding only the unit (公里, 万人, "≧ %"), was drafted
 * "年度指标值公里。" (seen on real-frozen-8/90 陈仓区 省级财政水利发展资金绩效目标表). A unit with no figure is an
 * empty target: the draft marks it 【未填写】. Made-up cells in another form.
 */
const spec = LAYOUT_FIXTURES.find((fixture) => fixture.file.startsWith('部门整体支出绩效目标表'));
if (spec === undefined) throw new Error('no fixture 部门整体支出绩效目标表');
const sheet = spec.sheets[0];

function withTarget(row: number, value: string): SheetSpec {
  return { ...sheet, rows: sheet.rows.map((cells, i) => (i === row ? cells.map((cell, c) => (c === 4 ? value : cell)) : cells)) };
}

function lineOf(form: SheetSpec, name: string): string {
  const { report } = runPipeline(workbookOf('部门整体支出绩效目标表', [form]), { generatedAt: '2024-01-10T04:00:00.000Z' });
  return (report?.blocks ?? []).map((block) => (block.kind === 'paragraph' && block.lead ? block.lead.text : '') + runsText(block.runs)).find((text) => text.includes(`${name}：`)) ?? '';
}

describe('财政部绩效目标表：指标值只写了单位', () => {
  it.each([['万亩'], ['≧ %'], ['公里']])('指标值“%s”：写【未填写】，不把单位当指标值', (unitOnly) => {
    const line = lineOf(withTarget(10, unitOnly), '新建高标准农田面积');
    expect(line).toContain('年度指标值【未填写】');
    expect(line).not.toContain(`年度指标值${unitOnly}`);
  });

  it('不变：“≥2万亩”“稳定在50万亩以上”照录', () => {
    expect(lineOf(sheet, '新建高标准农田面积')).toContain('年度指标值≥2万亩');
    expect(lineOf(sheet, '粮食播种面积')).toContain('稳定在50万亩以上');
  });
});
