import { compute } from '../../src/core/compute';
import { layout } from '../../src/core/layout';
import type { Issue, SheetPlan } from '../../src/core/model';
import { buildTable, guannanLines } from '../compute/measure-table';
import { cellOf, sheetByRole, shown } from './plan-reading';

const built = buildTable(guannanLines());
const issues: Issue[] = [];
const results = compute(built.table, issues);
const plan = layout({ snapshot: built.snapshot, table: built.table, issues, results, report: null, generatedAt: '2009-07-01T04:00:00.000Z' });
const summary = sheetByRole(plan, 'summary');
const overview = sheetByRole(plan, 'overview');

function rowStarting(sheet: SheetPlan, text: string): number {
  const index = sheet.rows.findIndex((line) => shown(line[0] ?? null) === text);
  if (index < 0) throw new Error(`no row ${text}`);
  return index + 1;
}

describe('汇总', () => {
  it('每个目标类别一行，数是指向指标测算的 COUNTIFS/SUMIFS，缓存值等于引擎的汇总', () => {
    const row = rowStarting(summary, '勤政目标');
    const total = cellOf(summary, row, 2);
    expect(total).toEqual({ kind: 'formula', formula: `=COUNTIFS(指标测算!$B$4:$B$${3 + 17},A${row})`, cached: results.byGroup[0].total });
    const behind = cellOf(summary, row, 6);
    expect(behind).toMatchObject({ kind: 'formula', cached: results.byGroup[0].behind });
    expect(behind?.kind === 'formula' && behind.formula).toContain('"滞后"');
    // 实得分 sits after the status counts, 需人工确认 the last of them.
    const earned = cellOf(summary, row, 12);
    expect(earned).toMatchObject({ kind: 'formula', formula: `=IF(AND(B${row}>0,B${row}=H${row}),"—",SUMIFS(指标测算!$P$4:$P$20,指标测算!$B$4:$B$20,A${row}))` });
    expect(earned).toMatchObject({ cached: results.byGroup[0].scoreEarned });
  });

  it('按责任科室也列一遍，末行合计', () => {
    for (const rollup of results.byDepartment) expect(rowStarting(summary, rollup.key)).toBeGreaterThan(rowStarting(summary, '二、按责任科室'));
    const totals = summary.rows.flatMap((line, i) => (shown(line[0] ?? null) === '合计' ? [i + 1] : []));
    expect(totals).toHaveLength(2);
    expect(shown(cellOf(summary, totals[1], 2))).toBe(results.totals.total);
  });

  it('科室名里有通配符时改用 SUMPRODUCT 精确比较，不让“*”匹配别的科室', () => {
    const odd = buildTable([{ name: '甲', target: 1, actual: 1, department: '规划科*' }, { name: '乙', target: 1, actual: 1, department: '规划科一' }]);
    const oddPlan = layout({ snapshot: odd.snapshot, table: odd.table, issues: [], results: compute(odd.table, []), report: null, generatedAt: '2009-07-01T04:00:00.000Z' });
    const sheet = sheetByRole(oddPlan, 'summary');
    const cell = cellOf(sheet, rowStarting(sheet, '规划科*'), 2);
    expect(cell).toMatchObject({ kind: 'formula', cached: 1 });
    expect(cell?.kind === 'formula' && cell.formula).toMatch(/^=SUMPRODUCT\(/);
  });
});

describe('总览', () => {
  it('写明报告期、序时进度和生成日期', () => {
    const text = overview.rows.slice(0, 4).map((line) => String(shown(line[0] ?? null))).join('\n');
    expect(text).toContain('2009年1—6月绩效指标完成情况总览');
    expect(text).toContain('序时进度：50.00%');
    expect(text).toContain('生成时间：2009-07-01');
  });

  it('主要数据取自汇总表合计行', () => {
    const labels = overview.rows.findIndex((line) => shown(line[0] ?? null) === '指标数') + 1;
    expect(cellOf(overview, labels + 1, 1)).toMatchObject({ kind: 'formula', cached: results.totals.total });
    const value = cellOf(overview, labels + 1, 4);
    expect(value).toMatchObject({ cached: results.totals.behind });
    expect(value?.kind === 'formula' && value.formula).toMatch(/^=汇总!F\d+$/);
  });

  it('有按类别的原生图表计划，数据区每类一行；同一数据另加数据条，并说明 .xlsx 文件用的是数据条', () => {
    const chart = overview.chart;
    expect(chart).toBeDefined();
    if (!chart) return;
    expect(chart.data.bottom - chart.data.top).toBe(results.byGroup.length);
    expect(shown(cellOf(overview, chart.data.top + 1, 1))).toBe('勤政目标');
    const bars = overview.conditionalFormats.filter((format) => format.kind === 'data-bar');
    expect(bars.length).toBe(chart.data.right - 1);
    expect(overview.rows.flat().some((value) => String(shown(value)).includes('数据条'))).toBe(true);
  });

  it('列出滞后指标及其责任科室', () => {
    const behind = built.table.indicators.filter((indicator) => results.indicators.find((result) => result.row === indicator.row)?.status === 'behind');
    expect(behind.length).toBeGreaterThan(0);
    const heading = rowStarting(overview, `滞后指标（${behind.length}项）`);
    for (const [i, indicator] of behind.entries()) {
      const line = overview.rows[heading + 1 + i];
      expect(shown(line[0] ?? null)).toBe(indicator.name.value);
      expect(line).toContainEqual({ kind: 'text', text: indicator.department?.value });
    }
  });

  it('有测算说明，写明逆向指标和得分规则', () => {
    const heading = rowStarting(overview, '测算说明');
    const notes = overview.rows.slice(heading).map((line) => String(shown(line[0] ?? null))).join('\n');
    expect(notes).toContain('逆向指标');
    expect(notes).toContain('2－实际÷目标');
    expect(notes).toContain('最高为满分');
  });

  it('三张表都有标签颜色、横向按页宽打印、防误改保护', () => {
    for (const sheet of [overview, summary, sheetByRole(plan, 'measures')]) {
      expect(sheet.tabColor).toMatch(/^#[0-9A-F]{6}$/);
      expect(sheet.print).toMatchObject({ orientation: 'landscape', fitToWidth: true });
      expect(sheet.protection).toBeDefined();
    }
  });
});
