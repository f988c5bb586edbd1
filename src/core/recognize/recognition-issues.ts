import type { CellRef, Issue, Severity } from '../model';

/**
 * Error values in figure cells and units that cannot be converted are validation's to report
 * (excel-error, unit-mismatch): recognition leaves such a figure out and says nothing twice.
 *
 * Stable codes of the problems recognition reports; messages are `issue.<code>` in the i18n tables.
 * Hosts and tests key on these, so they never change once shipped.
 */
export const RECOGNIZE_CODES = {
  /** No sheet holds an indicator table (address list, empty workbook, cover pages only). */
  noTable: 'no-table',
  /** --sheet names a sheet the workbook does not have. */
  sheetMissing: 'recognize-sheet-missing',
  /** --sheet names a sheet an earlier run generated. */
  sheetGenerated: 'recognize-sheet-generated',
  /** Several sheets hold indicator tables; says which one was used. */
  sheetChosen: 'recognize-sheet-chosen',
  /** A column was mapped with low confidence: confirm it. */
  lowConfidence: 'recognize-low-confidence',
  /** No column for a field the report needs (目标值, 完成值). */
  columnMissing: 'recognize-column-missing',
  /** A mapping given by the user or remembered names no column, or no such field. */
  badColumnMap: 'recognize-bad-column-map',
  /** --as-of is not a date (YYYY-MM-DD): the sheet's own period is used. */
  badAsOf: 'recognize-bad-as-of',
  /** No period in header, title or sheet name: the whole year is assumed. */
  periodMissing: 'recognize-period-missing',
  /** No header, title, sheet or file name and no deadline names a year: this machine's current year is used. */
  yearMissing: 'recognize-year-missing',
  /** Figures on a row without an indicator name. */
  rowWithoutName: 'recognize-row-without-name',
  /** Which layout class was read, when it is not the plain breakdown table: a 财政部 绩效自评表 / 目标表. */
  financeForm: 'recognize-finance-form',
  /** A finance form's 年度资金总额 row is empty or 0 while a part row (其中：财政拨款) is filled: 执行率 uses the part row. */
  budgetTotalEmpty: 'recognize-budget-total-empty',
  /** Template rows (指标2：, ……, /) were skipped, never read as indicators. */
  placeholderRows: 'recognize-placeholder-rows',
  /** A 地区×指标 cross-table was read: indicators across, regions down. */
  crossTable: 'recognize-cross-table',
  /** Header columns of a cross-table or a finance form that were not read (no column is dropped without a word). */
  unusedColumns: 'recognize-unused-columns',
  /** A cross-table without a 全市 / 合计 row: the indicators have no figures of their own. */
  crossTableNoTotal: 'recognize-cross-table-no-total',
  /** A plan: names with who does them and by when, and no column of anything done yet. */
  planOnly: 'recognize-plan-only',
  /** A sheet shaped as a 地区×指标 cross-table whose columns could not be read: refused, with what to do. */
  crossTableUnreadable: 'recognize-cross-table-unreadable',
  /**
   * No sheet is a table by its header words; the best one was read because a column of names has figures or words
   * beside it. Every role without strong evidence is asked about.
   */
  tentativeTable: 'recognize-tentative-table',
  /** A row is filed under a group whose words read as a sentence (…建设。): likely a task taken for a group title. */
  groupSentence: 'recognize-group-sentence',
} as const;

export type RecognizeCode = (typeof RECOGNIZE_CODES)[keyof typeof RECOGNIZE_CODES];

export function recognitionIssue(
  severity: Severity,
  code: RecognizeCode,
  cell: CellRef | null,
  params: Readonly<Record<string, string | number>> = {},
  indicator?: { readonly row: number; readonly name: string },
): Issue {
  return {
    severity,
    code,
    cell,
    params,
    ...(indicator ? { indicatorRow: indicator.row, indicatorName: indicator.name } : {}),
  };
}
