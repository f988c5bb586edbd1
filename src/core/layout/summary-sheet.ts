import { t } from '../i18n';
import type { ConditionalFormat, PlannedValue, Results, Rollup, SheetPlan, Status, StyledRange } from '../model';
import { cellAddress, columnLetter, quoteSheetName } from '../model';
import type { SheetBuilder } from './index';
import { measureCol, type MeasureColumn } from './measures-columns';
import { measuresLayout, type MeasuresLayout } from './measures-rows';
import {
  BODY_STYLE,
  COUNT,
  HEADER_STYLE,
  HEADING_STYLE,
  INFO_STYLE,
  PERCENT,
  percentText,
  rect,
  SCORE,
  STATUS_COLOURS,
  statusLabel,
  TAB_COLOURS,
  TITLE_STYLE,
  TOTAL_STYLE,
} from './sheet-styles';
import { heightFor, linesIn } from './row-height';

/** The 汇总 columns, left to right. 总览 reads its headline figures and chart data from them. */
export const SUMMARY_COLUMNS = ['key', 'total', 'completed', 'exceeded', 'onTrack', 'behind', 'inProgress', 'noData', 'pending', 'unclear', 'available', 'earned', 'rate'] as const;
export type SummaryColumn = (typeof SUMMARY_COLUMNS)[number];

export function summaryCol(column: SummaryColumn): number {
  return SUMMARY_COLUMNS.indexOf(column) + 1;
}

/** Which statuses each count column adds up (one COUNTIFS per status). */
const COUNTED: Readonly<Partial<Record<SummaryColumn, readonly Status[]>>> = {
  completed: ['exceeded', 'completed'],
  exceeded: ['exceeded'],
  onTrack: ['on-track'],
  behind: ['behind'],
  inProgress: ['in-progress'],
  noData: ['no-data', 'not-reported'],
  pending: ['pending'],
  unclear: ['unclear'],
};

interface Block {
  readonly headingRow: number;
  readonly headerRow: number;
  /** Key → its row. */
  readonly rows: ReadonlyMap<string, number>;
  readonly firstRow: number;
  readonly totalRow: number;
}

export interface SummaryLayout {
  readonly byGroup: Block;
  readonly byDepartment: Block;
}

function block(headingRow: number, rollups: readonly Rollup[]): Block {
  const firstRow = headingRow + 2;
  const rows = new Map(rollups.map((rollup, i) => [rollup.key, firstRow + i]));
  return { headingRow, headerRow: headingRow + 1, rows, firstRow, totalRow: firstRow + rollups.length };
}

export function summaryLayout(results: Results): SummaryLayout {
  const byGroup = block(4, results.byGroup);
  return { byGroup, byDepartment: block(byGroup.totalRow + 2, results.byDepartment) };
}

/** Criteria COUNTIFS would misread: wildcards, a leading comparison, or more than Excel takes in a criterion. */
function unsafeCriterion(key: string): boolean {
  return /[*?~]/.test(key) || /^[<>=]/.test(key) || key.length > 200;
}

class SummaryFormulas {
  private readonly sheet: string;

  constructor(
    measuresName: string,
    private readonly measures: MeasuresLayout,
  ) {
    this.sheet = quoteSheetName(measuresName);
  }

  range(column: MeasureColumn): string {
    const letter = columnLetter(measureCol(column));
    return `${this.sheet}!$${letter}$${this.measures.firstRow}:$${letter}$${this.measures.lastRow}`;
  }

  /** COUNTIFS over 指标测算 by the label cell; SUMPRODUCT where a label would be read as a pattern. */
  count(by: MeasureColumn, labelCell: string, key: string, statuses: readonly Status[] | null): string {
    const byRange = this.range(by);
    // 计数状态: the confirmed status where a person gave one, the engine's otherwise (measures-cells.ts).
    const statusRange = this.range('counted');
    if (statuses === null) return unsafeCriterion(key) ? `SUMPRODUCT(--(${byRange}=${labelCell}))` : `COUNTIFS(${byRange},${labelCell})`;
    return statuses
      .map((status) => {
        const label = `"${statusLabel(status)}"`;
        return unsafeCriterion(key)
          ? `SUMPRODUCT((${byRange}=${labelCell})*(${statusRange}=${label}))`
          : `COUNTIFS(${byRange},${labelCell},${statusRange},${label})`;
      })
      .join('+');
  }

  sum(by: MeasureColumn, labelCell: string, key: string, what: MeasureColumn): string {
    const byRange = this.range(by);
    const values = this.range(what);
    // As separate arguments, SUMPRODUCT counts text (待核实) as 0, the way SUMIFS skips it.
    return unsafeCriterion(key) ? `SUMPRODUCT(--(${byRange}=${labelCell}),${values})` : `SUMIFS(${values},${byRange},${labelCell})`;
  }
}

const ROLLUP_FIELD: Readonly<Record<Exclude<SummaryColumn, 'key' | 'rate'>, (rollup: Rollup) => number>> = {
  total: (r) => r.total,
  completed: (r) => r.completed,
  exceeded: (r) => r.exceeded ?? 0,
  onTrack: (r) => r.onTrack,
  behind: (r) => r.behind,
  inProgress: (r) => r.inProgress ?? 0,
  noData: (r) => r.noData,
  pending: (r) => r.pending ?? 0,
  unclear: (r) => r.unclear ?? 0,
  available: (r) => r.scoreAvailable,
  earned: (r) => r.scoreEarned,
};

/** What 实得分 and 得分率 show where nothing in the row has been reported yet. */
export const UNREPORTED_SCORE = '—';

/** Nothing reported: every indicator of the row counted 无数据/未填报 (a plan, a target form). */
export function nothingReported(rollup: Rollup): boolean {
  return rollup.total > 0 && rollup.noData === rollup.total;
}

/**
 * A row where nothing has been reported earns no score and has no 得分率: 实得分 0.00 · 得分率 0.00% reads as
 * "scored nothing" (real-frozen-11/112, a 目标表 with 分值 and no 完成值), so they show — until something is
 * reported; the test is a formula, so a 确认状态 or a filled-in source flows through.
 */
function unlessUnreported(row: number, body: string): string {
  const total = cellAddress(row, summaryCol('total'));
  const noData = cellAddress(row, summaryCol('noData'));
  return `IF(AND(${total}>0,${total}=${noData}),"${UNREPORTED_SCORE}",${body})`;
}

/** 得分率 = 实得分 ÷ 应得分, blank when nothing is at stake, — when nothing is reported. */
function rateCell(row: number, rollup: Rollup): PlannedValue {
  const available = cellAddress(row, summaryCol('available'));
  const earned = cellAddress(row, summaryCol('earned'));
  return {
    kind: 'formula',
    formula: `=${unlessUnreported(row, `IF(${available}>0,${earned}/${available},"")`)}`,
    cached: nothingReported(rollup) ? UNREPORTED_SCORE : rollup.scoreAvailable > 0 ? rollup.scoreEarned / rollup.scoreAvailable : '',
  };
}

/** 实得分, or — where nothing is reported. */
function earnedCell(row: number, body: string, rollup: Rollup): PlannedValue {
  return { kind: 'formula', formula: `=${unlessUnreported(row, body)}`, cached: nothingReported(rollup) ? UNREPORTED_SCORE : rollup.scoreEarned };
}

function rollupRow(row: number, rollup: Rollup, by: MeasureColumn, formulas: SummaryFormulas): PlannedValue[] {
  const label = cellAddress(row, summaryCol('key'));
  const cells: PlannedValue[] = [{ kind: 'text', text: rollup.key }];
  for (const column of SUMMARY_COLUMNS.slice(1, -1) as Exclude<SummaryColumn, 'key' | 'rate'>[]) {
    const body =
      column === 'available'
        ? formulas.sum(by, label, rollup.key, 'weight')
        : column === 'earned'
          ? formulas.sum(by, label, rollup.key, 'score')
          : formulas.count(by, label, rollup.key, column === 'total' ? null : (COUNTED[column] ?? []));
    cells.push(column === 'earned' ? earnedCell(row, body, rollup) : { kind: 'formula', formula: `=${body}`, cached: ROLLUP_FIELD[column](rollup) });
  }
  cells.push(rateCell(row, rollup));
  return cells;
}

function totalRow(row: number, first: number, totals: Rollup): PlannedValue[] {
  const cells: PlannedValue[] = [{ kind: 'text', text: t('sheet.summary.total') }];
  for (const column of SUMMARY_COLUMNS.slice(1, -1) as Exclude<SummaryColumn, 'key' | 'rate'>[]) {
    const letter = columnLetter(summaryCol(column));
    const body = row > first ? `SUM(${letter}${first}:${letter}${row - 1})` : '0';
    cells.push(column === 'earned' ? earnedCell(row, body, totals) : { kind: 'formula', formula: `=${body}`, cached: ROLLUP_FIELD[column](totals) });
  }
  cells.push(rateCell(row, totals));
  return cells;
}

function blockStyles(b: Block): StyledRange[] {
  const last = SUMMARY_COLUMNS.length;
  const body = rect(b.firstRow, 1, b.totalRow, last);
  return [
    { rect: rect(b.headingRow, 1, b.headingRow, last), style: HEADING_STYLE },
    { rect: rect(b.headerRow, 1, b.headerRow, last), style: HEADER_STYLE },
    { rect: body, style: BODY_STYLE },
    { rect: rect(b.firstRow, summaryCol('total'), b.totalRow, summaryCol('unclear')), style: { numberFormat: COUNT, horizontal: 'center' } },
    { rect: rect(b.firstRow, summaryCol('available'), b.totalRow, summaryCol('earned')), style: { numberFormat: SCORE } },
    { rect: rect(b.firstRow, summaryCol('rate'), b.totalRow, summaryCol('rate')), style: { numberFormat: PERCENT } },
    { rect: rect(b.firstRow, 1, b.totalRow, 1), style: { wrap: true } },
    { rect: rect(b.totalRow, 1, b.totalRow, last), style: TOTAL_STYLE },
  ];
}

/** Counts above zero that need a leader's eye, in the status colours 指标测算 uses. */
function blockAlerts(b: Block): ConditionalFormat[] {
  const alert = (column: SummaryColumn, status: Status): ConditionalFormat => {
    const top = cellAddress(b.firstRow, summaryCol(column));
    return { kind: 'formula', rect: rect(b.firstRow, summaryCol(column), b.totalRow, summaryCol(column)), formula: `=${top}>0`, ...STATUS_COLOURS[status] };
  };
  const alerts = [alert('behind', 'behind'), alert('pending', 'pending'), alert('noData', 'no-data'), alert('unclear', 'unclear')];
  if (b.totalRow <= b.firstRow) return alerts;
  return [...alerts, { kind: 'data-bar', rect: rect(b.firstRow, summaryCol('rate'), b.totalRow - 1, summaryCol('rate')), color: '#9DC3E6' }];
}

/** Group and 科室 names wider than the first column wrap onto more lines. */
function keyHeights(rows: readonly PlannedValue[][]): { row: number; height: number }[] {
  return rows.flatMap((line, i) => {
    const first = line[0];
    const lines = i >= 3 && first?.kind === 'text' ? linesIn(first.text, KEY_WIDTH) : 1;
    return lines > 1 ? [{ row: i + 1, height: heightFor(lines) }] : [];
  });
}

const KEY_WIDTH = 22;

/** 汇总: per group and per 责任科室, counts by status and scores, as COUNTIFS/SUMIFS over 指标测算 so edits flow through. */
export const summarySheet: SheetBuilder = (input, context) => {
  const { table, results } = input;
  if (!table || !results) return null;
  const measures = measuresLayout(table, results);
  const layout = summaryLayout(results);
  const formulas = new SummaryFormulas(context.names.measures, measures);
  const { year, label } = results.period;
  const width = SUMMARY_COLUMNS.length;

  const rows: PlannedValue[][] = [];
  const put = (row: number, cells: PlannedValue[]): void => {
    while (rows.length < row) rows.push([]);
    rows[row - 1] = cells;
  };
  put(1, [{ kind: 'text', text: t('sheet.summary.title', 'zh-CN', { year, period: label }) }]);
  put(2, [
    {
      kind: 'text',
      text: t('sheet.summary.info', 'zh-CN', { year, period: label, progress: percentText(results.period.expectedProgress), measures: context.names.measures }),
    },
  ]);
  const header = (first: string): PlannedValue[] => [
    { kind: 'text', text: first },
    ...SUMMARY_COLUMNS.slice(1).map((column): PlannedValue => ({ kind: 'text', text: t(`sheet.summary.col.${column}`) })),
  ];
  const blocks: [Block, readonly Rollup[], MeasureColumn, string, string][] = [
    [layout.byGroup, results.byGroup, 'group', t('sheet.summary.byGroup'), t('sheet.summary.col.group')],
    [layout.byDepartment, results.byDepartment, 'department', t('sheet.summary.byDepartment'), t('sheet.summary.col.department')],
  ];
  for (const [b, rollups, by, heading, first] of blocks) {
    put(b.headingRow, [{ kind: 'text', text: heading }]);
    put(b.headerRow, header(first));
    rollups.forEach((rollup) => put(b.rows.get(rollup.key) ?? 0, rollupRow(b.rows.get(rollup.key) ?? 0, rollup, by, formulas)));
    put(b.totalRow, totalRow(b.totalRow, b.firstRow, results.totals));
  }

  const plan: SheetPlan = {
    name: context.names.summary,
    role: 'summary',
    tabColor: TAB_COLOURS.summary,
    rows,
    columnWidths: [KEY_WIDTH, 8, 8, 8, 10, 8, 8, 10, 8, 9, 9, 9],
    hiddenColumns: [],
    rowHeights: [
      ...keyHeights(rows),
      { row: 1, height: 30 },
      { row: layout.byGroup.headerRow, height: 30 },
      { row: layout.byDepartment.headerRow, height: 30 },
    ],
    styles: [
      { rect: rect(1, 1, 1, width), style: TITLE_STYLE },
      { rect: rect(2, 1, 2, width), style: { ...INFO_STYLE, wrap: true } },
      ...blockStyles(layout.byGroup),
      ...blockStyles(layout.byDepartment),
    ],
    merges: [rect(1, 1, 1, width), rect(2, 1, 2, width)],
    conditionalFormats: [...blockAlerts(layout.byGroup), ...blockAlerts(layout.byDepartment)],
    freeze: { rows: 2, cols: 1 },
    print: { orientation: 'landscape', fitToWidth: true },
    protection: { editable: [] },
    notes: [],
  };
  return plan;
};
