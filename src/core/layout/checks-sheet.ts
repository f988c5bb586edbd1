import { issueMessage, issueSuggestion, t } from '../i18n';
import type { CellRef, ConditionalFormat, Issue, PlannedValue, Severity, SheetPlan, StyledRange, WorkbookSnapshot } from '../model';
import { compareIssues, refToString } from '../model';
import { EXCEL_LIMITS } from '../limits';
import type { SheetBuilder } from './index';
import { BODY_STYLE, FONT, HEADER_STYLE, INFO_STYLE, rect, TITLE_STYLE } from './sheet-styles';

/** 级别 | 位置 | 指标 | 问题 | 建议 */
const COLUMN_WIDTHS = [8, 18, 26, 56, 48] as const;
const WIDTH = COLUMN_WIDTHS.length;
const TITLE_ROW = 1;
const SUMMARY_ROW = 2;
const HINT_ROW = 3;
const HEADER_ROW = 4;
const FIRST_ISSUE_ROW = 5;

/** The colours Excel users know from its own "bad / neutral / good" cell styles. */
const SEVERITY_COLOURS: Readonly<Record<Severity, { readonly fill: string; readonly fontColor: string }>> = {
  error: { fill: '#FFC7CE', fontColor: '#9C0006' },
  warning: { fill: '#FFEB9C', fontColor: '#9C5700' },
  info: { fill: '#DDEBF7', fontColor: '#1F4E79' },
};

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

/** Red while errors remain, amber for warnings only, green when clean: readable from the tab bar. */
function tabColour(counts: Readonly<Record<Severity, number>>): string {
  if (counts.error > 0) return '#C00000';
  if (counts.warning > 0) return '#BF8F00';
  return '#548235';
}

function text(value: string): PlannedValue {
  return { kind: 'text', text: value };
}

/** A link only to a cell that exists in the workbook; anything else would be a dead link, so it stays text. */
function position(cell: CellRef | null, snapshot: WorkbookSnapshot): PlannedValue {
  if (cell === null) return text(t('sheet.checks.whole-table'));
  const address = refToString(cell);
  const exists = snapshot.sheets.some((sheet) => sheet.name === cell.sheet) && Number.isInteger(cell.row) && cell.row >= 1 && Number.isInteger(cell.col) && cell.col >= 1;
  return exists ? { kind: 'link', text: address, target: cell } : text(address);
}

/** Lines a wrapped cell needs at 10 pt: a CJK character fills one width unit, Latin and digits half. */
function linesNeeded(value: string, columnWidth: number): number {
  let width = 0;
  for (const ch of value) width += /[\u0000-\u00ff]/.test(ch) ? 0.5 : 1;
  return Math.max(1, Math.ceil(width / (columnWidth / 2)));
}

interface IssueRow {
  readonly cells: PlannedValue[];
  readonly height: number;
}

function issueRow(issue: Issue, snapshot: WorkbookSnapshot): IssueRow {
  const problem = issueMessage(issue);
  const fix = issueSuggestion(issue);
  const indicator = issue.indicatorName ?? '';
  const lines = Math.max(linesNeeded(problem, COLUMN_WIDTHS[3]), linesNeeded(fix, COLUMN_WIDTHS[4]), linesNeeded(indicator, COLUMN_WIDTHS[2]));
  return {
    cells: [text(t(`severity.${issue.severity}`)), position(issue.cell, snapshot), text(indicator), text(problem), text(fix)],
    height: Math.min(EXCEL_LIMITS.rowHeight.value, lines * 14 + 4),
  };
}

function countBySeverity(issues: readonly Issue[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const issue of issues) counts[issue.severity] += 1;
  return counts;
}

/**
 * The 校验结果 sheet: every issue, errors first then by position, each linking to the cell to fix, under a
 * summary line. Planned even when no indicator table was found: then it lists why.
 */
export const checksSheet: SheetBuilder = (input, context) => {
  const issues = [...input.issues].sort(compareIssues);
  const counts = countBySeverity(issues);
  const header = [
    t('sheet.checks.header.severity'),
    t('sheet.checks.header.position'),
    t('sheet.checks.header.indicator'),
    t('sheet.checks.header.problem'),
    t('sheet.checks.header.fix'),
  ].map(text);
  const rows: PlannedValue[][] = [
    [text(t('sheet.checks.title', 'zh-CN', { workbook: input.snapshot.name }))],
    [text(t('sheet.checks.summary', 'zh-CN', { total: issues.length, errors: counts.error, warnings: counts.warning, infos: counts.info }))],
    [text(t('sheet.checks.hint'))],
    header,
  ];
  const rowHeights: { row: number; height: number }[] = [{ row: TITLE_ROW, height: 30 }, { row: HINT_ROW, height: 18 }, { row: HEADER_ROW, height: 20 }];
  const merges = [rect(TITLE_ROW, 1, TITLE_ROW, WIDTH), rect(SUMMARY_ROW, 1, SUMMARY_ROW, WIDTH), rect(HINT_ROW, 1, HINT_ROW, WIDTH)];
  for (const issue of issues) {
    const row = issueRow(issue, input.snapshot);
    rows.push(row.cells);
    rowHeights.push({ row: rows.length, height: row.height });
  }
  if (issues.length === 0) {
    rows.push([text(t(input.table === null ? 'sheet.checks.no-table' : 'sheet.checks.none'))]);
    merges.push(rect(FIRST_ISSUE_ROW, 1, FIRST_ISSUE_ROW, WIDTH));
  }
  const lastRow = rows.length;
  const body = rect(FIRST_ISSUE_ROW, 1, lastRow, WIDTH);
  const severityColumn = rect(FIRST_ISSUE_ROW, 1, lastRow, 1);
  const styles: StyledRange[] = [
    { rect: rect(TITLE_ROW, 1, TITLE_ROW, WIDTH), style: TITLE_STYLE },
    { rect: rect(SUMMARY_ROW, 1, SUMMARY_ROW, WIDTH), style: { ...INFO_STYLE, bold: true, fontSize: 11, fontColor: counts.error > 0 ? '#9C0006' : '#375623' } },
    { rect: rect(HINT_ROW, 1, HINT_ROW, WIDTH), style: { ...INFO_STYLE, wrap: true } },
    { rect: rect(HEADER_ROW, 1, HEADER_ROW, WIDTH), style: HEADER_STYLE },
    { rect: body, style: { ...BODY_STYLE, fontName: FONT, wrap: true, vertical: 'top' } },
    { rect: severityColumn, style: { horizontal: 'center', bold: true } },
    { rect: rect(FIRST_ISSUE_ROW, 2, lastRow, 2), style: { fontColor: '#0563C1' } },
  ];
  const conditionalFormats: ConditionalFormat[] = SEVERITIES.map((severity) => ({
    kind: 'text-equals',
    rect: severityColumn,
    text: t(`severity.${severity}`),
    ...SEVERITY_COLOURS[severity],
  }));
  const plan: SheetPlan = {
    name: context.names.checks,
    role: 'checks',
    tabColor: tabColour(counts),
    rows,
    columnWidths: [...COLUMN_WIDTHS],
    hiddenColumns: [],
    rowHeights,
    styles,
    merges,
    conditionalFormats,
    freeze: { rows: HEADER_ROW, cols: 0 },
    print: { orientation: 'landscape', fitToWidth: true, repeatRows: { first: HEADER_ROW, last: HEADER_ROW } },
    protection: { editable: [] },
    notes: [],
  };
  return plan;
};
