import { EXCEL_LIMITS } from '../../src/core/limits';
import { layout } from '../../src/core/layout';
import { CONTINUATION_MARK, DRAFT_MARK_COL, draftEditIssues } from '../../src/core/layout/draft-edits';
import { draftLines } from '../../src/core/layout/draft-lines';
import type { OutputPlan, ReportDoc, SheetPlan, SheetSnapshot, WorkbookSnapshot } from '../../src/core/model';
import { narrate } from '../../src/core/narrate';
import { planAsSnapshot } from '../layout/plan-as-snapshot';
import { seedTable } from '../narrate/seed-table';
import { SHEET } from '../narrate/table-builder';

/**
 * A paragraph longer than 14 printed lines needs more than Excel's 409 pt: it flows over continuation rows,
 * its cell merged down over them, so the paragraph stays one cell (one block, one paragraph in Word).
 */

const departmentSheet: SheetSnapshot = { name: SHEET, visible: true, position: 0, values: [['2009年度目标任务分解表']], formulas: [], numberFormats: [], merges: [] };
const builder = seedTable();
const table = builder.table();
const results = builder.results();
const base = narrate(table, results);

/** The report with one body paragraph made long: about 40 printed lines, three rows' worth. */
const LONG = '今年以来全县上下紧紧围绕年初确定的目标任务，'.repeat(50);
const report: ReportDoc = { ...base, blocks: [...base.blocks, { kind: 'paragraph', runs: [{ kind: 'text', text: LONG }] } as ReportDoc['blocks'][number]] };

function run(sheets: SheetSnapshot[]): OutputPlan {
  const snapshot: WorkbookSnapshot = { name: '2009-灌南县发改委-目标任务分解表', sheets: [departmentSheet, ...sheets] };
  return layout({ snapshot, table, issues: [], results, report, generatedAt: '2009-07-01T08:00:00.000Z' });
}

function draftOf(plan: OutputPlan): SheetPlan {
  const draft = plan.sheets.find((sheet) => sheet.role === 'draft');
  if (!draft) throw new Error('no 汇报稿');
  return draft;
}

function textAt(sheet: SheetPlan, row: number): string {
  const value = sheet.rows[row - 1]?.[0] ?? null;
  return value !== null && (value.kind === 'text' || value.kind === 'link') ? value.text : '';
}

describe('汇报稿：超过一行所能容纳的段落跨行续排，不被截断', () => {
  const plan = run([]);
  const draft = draftOf(plan);
  const lines = draftLines(report);
  const longRow = draft.rows.findIndex((line) => line[0]?.kind === 'text' && line[0].text.includes(LONG)) + 1;

  it('没有一行超过 409 磅', () => {
    expect(Math.max(...draft.rowHeights.map((h) => h.height))).toBeLessThanOrEqual(EXCEL_LIMITS.rowHeight.value);
  });

  it('长段落占三行，正文格与来源格各自向下合并，行高合计容得下全部文字', () => {
    expect(longRow).toBeGreaterThan(0);
    const merge = draft.merges.find((m) => m.top === longRow && m.left === 1);
    expect(merge).toBeDefined();
    const rows = (merge?.bottom ?? 0) - longRow + 1;
    expect(rows).toBe(3);
    expect(draft.merges).toContainEqual({ top: longRow, left: 2, bottom: longRow + rows - 1, right: 2 });
    const total = draft.rowHeights.filter((h) => h.row >= longRow && h.row < longRow + rows).reduce((sum, h) => sum + h.height, 0);
    // 28 characters a line, 29 pt a line, as the page sets it.
    expect(total).toBeGreaterThanOrEqual(Math.ceil((LONG.length + 2) / 28) * 29);
    for (let row = longRow + 1; row < longRow + rows; row++) {
      expect(textAt(draft, row)).toBe('');
      expect(draft.rows[row - 1][DRAFT_MARK_COL - 1]).toEqual({ kind: 'text', text: CONTINUATION_MARK });
    }
  });

  it('整段文字在一个格里：读 A 列非空行，得到的段落与稿子一一对应', () => {
    const texts = draft.rows.map((_, i) => textAt(draft, i + 1)).filter((text) => text !== '');
    expect(texts).toEqual(lines.map((line) => line.text));
  });

  it('重跑时续排行不算修改，原样生成的稿子不另存修改稿', () => {
    const back = plan.sheets.map((sheet, i) => planAsSnapshot(sheet, i + 1));
    const snapshot: WorkbookSnapshot = { name: 'x', sheets: [departmentSheet, ...back] };
    expect(draftEditIssues(snapshot)).toEqual([]);
    expect(run(back).sheets.filter((sheet) => sheet.role === 'draft-backup')).toEqual([]);
  });

  it('改过的稿子另存为修改稿时，长段落仍是一段、仍跨行续排', () => {
    const back = plan.sheets.map((sheet, i) =>
      planAsSnapshot(sheet, i + 1, sheet.role === 'draft' ? (values) => (values[1][0] = '灌南县发展和改革委员会（改）') : undefined),
    );
    const backup = run(back).sheets.find((sheet) => sheet.role === 'draft-backup');
    expect(backup).toBeDefined();
    const texts = (backup as SheetPlan).rows.map((_, i) => textAt(backup as SheetPlan, i + 1)).filter((text) => text !== '');
    expect(texts.filter((text) => text.includes(LONG))).toHaveLength(1);
    expect((backup as SheetPlan).merges.length).toBeGreaterThanOrEqual(2);
    expect(Math.max(...(backup as SheetPlan).rowHeights.map((h) => h.height))).toBeLessThanOrEqual(409);
  });
});
