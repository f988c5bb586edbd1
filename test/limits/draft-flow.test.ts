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
 * A paragraph longer than a cell can hold (Excel refuses a row taller than 409 pt: about 17 lines of 16pt type) is
 * written as several cells one below the other, each a run of whole sentences or clauses, never merged: a merged
 * block that a page break splits prints with a line cut in two. A rerun joins the cells back into the paragraph.
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

/** Column A read top to bottom, each continuation cell joined to the paragraph above. */
function paragraphsOf(sheet: SheetPlan): string[] {
  const texts: string[] = [];
  sheet.rows.forEach((row, i) => {
    const text = textAt(sheet, i + 1);
    const mark = row[DRAFT_MARK_COL - 1];
    if (mark?.kind === 'text' && mark.text === CONTINUATION_MARK && texts.length > 0) texts[texts.length - 1] += text;
    else if (text !== '') texts.push(text);
  });
  return texts;
}

describe('汇报稿：一格容不下的段落分几格续写，不合并、不被截断', () => {
  const plan = run([]);
  const draft = draftOf(plan);
  const lines = draftLines(report);
  // The paragraph as the draft writes it: indented by two full-width spaces.
  const longText = lines.find((line) => line.text.includes(LONG))?.text ?? '';
  const longRow = draft.rows.findIndex((line) => line[0]?.kind === 'text' && line[0].text.length > 100 && longText.startsWith(line[0].text)) + 1;
  const cellsOfLong = (sheet: SheetPlan, top: number): number[] => {
    const rows = [top];
    while (sheet.rows[rows.length + top - 1]?.[DRAFT_MARK_COL - 1]?.kind === 'text' && (sheet.rows[rows.length + top - 1][DRAFT_MARK_COL - 1] as { text: string }).text === CONTINUATION_MARK) rows.push(top + rows.length);
    return rows;
  };

  it('没有一行超过 409 磅，汇报稿里没有合并单元格', () => {
    expect(Math.max(...draft.rowHeights.map((h) => h.height))).toBeLessThanOrEqual(EXCEL_LIMITS.rowHeight.value);
    expect(draft.merges).toEqual([]);
  });

  it('长段落（约 40 行）分三格：每格在逗号或句号处断开，行高容得下这一格的字，合起来一字不差', () => {
    expect(longRow).toBeGreaterThan(0);
    const rows = cellsOfLong(draft, longRow);
    expect(rows).toHaveLength(3);
    const texts = rows.map((row) => textAt(draft, row));
    expect(texts.join('')).toBe(longText);
    for (const [i, row] of rows.entries()) {
      expect(texts[i]).toMatch(/，$/);
      const height = draft.rowHeights.find((h) => h.row === row)?.height ?? 0;
      // 27 characters a line, 24 pt a line (a 16pt line's single spacing).
      expect(height).toBeGreaterThanOrEqual(Math.ceil(texts[i].length / 27) * 24);
      expect(height).toBeLessThanOrEqual(EXCEL_LIMITS.rowHeight.value);
    }
    // The source cell is on the paragraph's first row only.
    expect(draft.rows[longRow][1]).toBeNull();
  });

  it('一句里没有标点的长串也按字数切开，不丢字', () => {
    const run_ = '数'.repeat(1200);
    const withRun: ReportDoc = { ...base, blocks: [...base.blocks, { kind: 'paragraph', runs: [{ kind: 'text', text: run_ }] } as ReportDoc['blocks'][number]] };
    const snapshot: WorkbookSnapshot = { name: 'x', sheets: [departmentSheet] };
    const sheet = draftOf(layout({ snapshot, table, issues: [], results, report: withRun, generatedAt: '2009-07-01T08:00:00.000Z' }));
    expect(paragraphsOf(sheet).filter((text) => text.includes(run_))).toHaveLength(1);
    expect(Math.max(...sheet.rowHeights.map((h) => h.height))).toBeLessThanOrEqual(EXCEL_LIMITS.rowHeight.value);
  });

  it('续写格合回所在段落后，A 列与稿子的段落一一对应', () => {
    expect(paragraphsOf(draft)).toEqual(lines.map((line) => line.text));
  });

  it('重跑时续写格不算修改，原样生成的稿子不另存修改稿', () => {
    const back = plan.sheets.map((sheet, i) => planAsSnapshot(sheet, i + 1));
    const snapshot: WorkbookSnapshot = { name: 'x', sheets: [departmentSheet, ...back] };
    expect(draftEditIssues(snapshot)).toEqual([]);
    expect(run(back).sheets.filter((sheet) => sheet.role === 'draft-backup')).toEqual([]);
  });

  it('旧版写的稿子（长段落一格合并、续排行空着）重跑时也不算修改', () => {
    const old = plan.sheets.map((sheet, i) => {
      if (sheet.role !== 'draft') return planAsSnapshot(sheet, i + 1);
      const rows = cellsOfLong(sheet, longRow);
      return planAsSnapshot(sheet, i + 1, (values) => {
        values[longRow - 1][0] = longText;
        for (const row of rows.slice(1)) values[row - 1][0] = null;
      });
    });
    expect(draftEditIssues({ name: 'x', sheets: [departmentSheet, ...old] })).toEqual([]);
  });

  it('改了续写格里的字：算作修改，另存的修改稿里长段落仍是一段（重新分格），改的字都在', () => {
    const rows = cellsOfLong(draft, longRow);
    const back = plan.sheets.map((sheet, i) =>
      planAsSnapshot(sheet, i + 1, sheet.role === 'draft' ? (values) => {
        const row = values[rows[1] - 1];
        if (row) row[0] = `${String(row[0])}（改）`;
      } : undefined),
    );
    const issues = draftEditIssues({ name: 'x', sheets: [departmentSheet, ...back] });
    expect(issues).toHaveLength(1);
    expect(issues[0]?.cell?.row).toBe(longRow);
    const backup = run(back).sheets.find((sheet) => sheet.role === 'draft-backup');
    expect(backup).toBeDefined();
    const edited = paragraphsOf(backup as SheetPlan).filter((text) => text.includes('（改）'));
    expect(edited).toHaveLength(1);
    expect(edited[0].replace('（改）', '')).toBe(longText);
    expect(Math.max(...(backup as SheetPlan).rowHeights.map((h) => h.height))).toBeLessThanOrEqual(409);
  });
});
