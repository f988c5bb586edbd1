import { runsText, type CellValue } from '../../src/core/model';
import { runPipeline } from '../../src/core/pipeline';
import type { SheetSpec } from '../recognize/build-snapshot';
import { workbookOf } from '../recognize/build-snapshot';
import { LAYOUT_FIXTURES } from '../fixtures/layouts/specs';

/**
 * A 财政部 form's draft says what the staff reported, no more and no less:
 * - a target form whose staff filled a progress column (real-corpus/26 大英县 实施进度 已完成100%) was drafted
 *   "表中只有目标值，尚未填报完成情况" while 汇总 counted 3 已完成: the draft's counts are 汇总's;
 * - a self-evaluation form left blank (real-frozen-11/116: 实际完成值 column empty) was drafted "开展…绩效自评";
 * - a form that never says 整体 (a 专项 target form, real-frozen-11/115 and /119) was titled 部门整体支出.
 * Made-up forms in other words, built on the layout fixtures.
 */
function fixture(prefix: string): SheetSpec {
  const spec = LAYOUT_FIXTURES.find((f) => f.file.startsWith(prefix));
  if (spec === undefined) throw new Error(`no fixture ${prefix}`);
  return spec.sheets[0];
}

function edit(sheet: SheetSpec, change: (row: number, col: number, cell: CellValue) => CellValue): SheetSpec {
  return { ...sheet, rows: sheet.rows.map((cells, r) => cells.map((cell, c) => change(r, c, cell))) };
}

function draft(sheet: SheetSpec, file: string): { text: string; title: string; counts: Record<string, number> } {
  const out = runPipeline(workbookOf(file, [sheet]), { generatedAt: '2024-01-10T04:00:00.000Z' });
  const report = out.report!;
  const text = report.blocks.map((b) => (b.kind === 'paragraph' && b.lead ? b.lead.text : '') + runsText(b.runs)).join('\n');
  const t = out.results!.totals;
  return { text, title: report.title, counts: { completed: t.completed, noData: t.noData, inProgress: t.inProgress ?? 0, behind: t.behind } };
}

const targets = fixture('部门整体支出绩效目标表');
const selfEvaluation = fixture('项目支出绩效自评表');

describe('绩效目标表上职员填了完成情况', () => {
  // F 列：完成进度，各行照职员写的填。
  const progress: Record<number, string> = { 10: '已完成100%', 12: '已完成100%', 13: '完成60%', 14: '已完成100%' };
  const edited = edit(targets, (r, c, cell) => (c !== 5 ? cell : r === 9 ? '完成进度' : progress[r] ?? cell));
  // 指标值 no longer spans E:F: F is the new column.
  const filled = { ...edited, merges: (edited.merges ?? []).filter((m) => !(m.top === 10 && m.left === 5)) };
  const { text, counts } = draft(filled, '部门整体支出绩效目标表-完成进度');

  it('开头不说“尚未填报完成情况”，写出与汇总相同的项数', () => {
    expect(text).not.toContain('表中只有目标值，尚未填报完成情况');
    expect(counts.completed).toBeGreaterThan(0);
    expect(text).toContain(`已完成或超额完成${counts.completed}项`);
    if (counts.noData > 0) expect(text).toContain(`尚未填报完成情况${counts.noData}项`);
  });

  it('各项照录职员写的完成情况', () => {
    expect(text).toMatch(/新建高标准农田面积：年度指标值≥2万亩，完成情况：已完成100%/);
  });

  it('不变：没有填完成情况的目标表仍说尚未填报，标题仍是部门整体支出绩效目标', () => {
    const plain = draft(targets, '部门整体支出绩效目标表');
    expect(plain.text).toContain('表中只有目标值，尚未填报完成情况');
    expect(plain.title).toContain('部门整体支出绩效目标');
  });
});

describe('自评表的实际完成值、得分都空着', () => {
  // 实际完成值（F）、得分（H）、偏差原因（I）、预算执行数与执行率、实际完成情况都空着：表是下达时的样子。
  const blank = edit(selfEvaluation, (r, c, cell) => {
    if (r >= 12 && r <= 22 && (c === 5 || c === 7 || c === 8)) return null;
    if (r >= 5 && r <= 8 && c >= 6) return null;
    if (r === 10 && c === 6) return null;
    return cell;
  });
  const { text, title } = draft(blank, '项目支出绩效自评表-未填');

  it('说尚未填报完成情况，不说“实施”“开展绩效自评”，标题不写“自评情况”', () => {
    expect(text).toContain('尚未填报完成情况');
    expect(text).not.toMatch(/开展.*绩效自评|实施“/);
    expect(title).not.toContain('自评情况');
  });

  it('不变：填好的自评表仍写自评情况', () => {
    const filled = draft(selfEvaluation, '项目支出绩效自评表');
    expect(filled.title).toContain('绩效自评情况');
    expect(filled.text).toContain('实施“');
    expect(filled.text).not.toContain('尚未填报完成情况');
  });
});

describe('没有写“整体”的目标表不称部门整体支出', () => {
  const special = edit(targets, (r, c, cell) => (r === 0 && c === 0 ? '农村人居环境整治专项资金绩效目标表' : r === 2 && c === 0 ? '资金下达单位' : cell));
  it('标题与开头不出现“部门整体支出”', () => {
    const { text, title } = draft(special, '专项资金绩效目标表');
    expect(title).not.toContain('整体支出');
    expect(text).not.toContain('部门整体支出');
    expect(text).toContain('尚未填报完成情况');
  });
});
