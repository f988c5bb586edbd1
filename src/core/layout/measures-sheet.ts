import { t } from '../i18n';
import type { CellNote, ConditionalFormat, PlannedValue, Rect, SheetPlan, StyledRange } from '../model';
import { cellAddress } from '../model';
import type { SheetBuilder } from './index';
import { measureCol, measureHeader, measureWidths, MEASURE_COLUMNS, type MeasureColumn } from './measures-columns';
import { heightFor, linesIn } from './row-height';
import { MeasureRowBuilder } from './measures-cells';
import { measuresLayout, type MeasuresLayout } from './measures-rows';
import { errorMessagesByRow } from './row-errors';
import { carryComments, readReviewComments, type ReviewComment } from './review-comments';
import { carryConfirmations, carryUnreadable, confirmableLabels, readConfirmations, readUnreadableConfirmations, type Confirmation, type UnreadableConfirmation } from './confirmed-statuses';
import { carryConfirmers, readConfirmers, type ConfirmerEntry } from './confirmers';
import { judgementEvidence } from './judgement-evidence';
import {
  BODY_STYLE,
  decimalFormat,
  generatedAtText,
  GROWTH_PERCENT,
  HEADER_STYLE,
  HEADING_STYLE,
  INFO_STYLE,
  PERCENT,
  percentText,
  rect,
  REVIEW_STYLE,
  SCORE,
  SECTION_STYLE,
  SIGNED_PERCENT,
  sourceLine,
  STATUS_COLOURS,
  statusColourRules,
  statusLabel,
  TAB_COLOURS,
  TITLE_STYLE,
} from './sheet-styles';

const LAST_VISIBLE = measureCol('review');
/** Excel's Text number format: what is typed into the cell stays text. */
const TEXT_FORMAT = '@';
const WIDTH = MEASURE_COLUMNS.length;

function place(row: PlannedValue[], cells: Partial<Record<MeasureColumn, PlannedValue>>): void {
  for (const column of MEASURE_COLUMNS) {
    const value = cells[column];
    if (value !== undefined) row[measureCol(column) - 1] = value;
  }
}

function emptyRow(): PlannedValue[] {
  return new Array<PlannedValue>(WIDTH).fill(null);
}

/** Number formats per column, the figures' own decimals per row. */
function bodyStyles(layout: MeasuresLayout): StyledRange[] {
  const { firstRow, lastRow } = layout;
  const column = (name: MeasureColumn, style: StyledRange['style']): StyledRange => ({ rect: rect(firstRow, measureCol(name), lastRow, measureCol(name)), style });
  const styles: StyledRange[] = [
    { rect: rect(firstRow, 1, lastRow, LAST_VISIBLE), style: BODY_STYLE },
    column('name', { wrap: true }),
    column('section', { wrap: true }),
    column('note', { wrap: true, fontSize: 9, fontColor: '#595959' }),
    column('completion', { numberFormat: PERCENT, horizontal: 'right' }),
    column('benchmark', { numberFormat: PERCENT, horizontal: 'right' }),
    column('gap', { numberFormat: SIGNED_PERCENT, horizontal: 'right' }),
    column('growth', { numberFormat: GROWTH_PERCENT, horizontal: 'right' }),
    column('status', { horizontal: 'center' }),
    column('weight', { numberFormat: '0.##', horizontal: 'right' }),
    column('score', { numberFormat: SCORE, horizontal: 'right' }),
    column('id', { horizontal: 'center' }),
    column('unit', { horizontal: 'center' }),
    column('review', REVIEW_STYLE),
    column('evidence', { wrap: true, fontSize: 9 }),
    column('confirmed', { ...REVIEW_STYLE, horizontal: 'center', vertical: 'middle' }),
    // Text, so a name or a time typed by hand stays as typed (Excel would turn 2026-12-8 into a date serial).
    column('confirmedBy', { ...REVIEW_STYLE, horizontal: 'center', vertical: 'middle', numberFormat: TEXT_FORMAT }),
    column('confirmedAt', { ...REVIEW_STYLE, horizontal: 'center', vertical: 'middle', numberFormat: TEXT_FORMAT }),
    column('department', { wrap: true }),
  ];
  layout.lines.forEach((line, i) => {
    const row = firstRow + i;
    if (line.kind === 'section') {
      styles.push({ rect: rect(row, 1, row, LAST_VISIBLE), style: SECTION_STYLE });
      styles.push({ rect: rect(row, measureCol('name'), row, measureCol('name')), style: { indent: Math.max(0, line.section.level - 1) } });
      return;
    }
    if (line.indicator.kind === 'qualitative') {
      // Words in the figure columns: left-aligned and wrapped, not spilling into their neighbours.
      styles.push({ rect: rect(row, measureCol('target'), row, measureCol('lastYear')), style: { horizontal: 'left', wrap: true } });
      styles.push({ rect: rect(row, measureCol('actual'), row, measureCol('actual')), style: { horizontal: 'center' } });
      return;
    }
    const { target, periodTarget, actual, lastYear } = line.indicator;
    const decimals = Math.max(0, ...[target, periodTarget, actual, lastYear].map((field) => field?.decimals ?? 0));
    styles.push({ rect: rect(row, measureCol('target'), row, measureCol('lastYear')), style: { numberFormat: decimalFormat(decimals), horizontal: 'right' } });
  });
  return styles;
}

const WRAPPED: readonly MeasureColumn[] = ['section', 'name', 'target', 'actual', 'department', 'note', 'evidence', 'review'];

/** The height a row needs for its wrapped cells (a merged qualitative target is two columns wide). */
function rowHeight(row: readonly PlannedValue[], merged: boolean): number | null {
  const widths = measureWidths();
  let lines = 1;
  for (const column of WRAPPED) {
    const value = row[measureCol(column) - 1];
    const content = value?.kind === 'text' || value?.kind === 'link' ? value.text : '';
    if (!content) continue;
    let width = widths[measureCol(column) - 1];
    if (column === 'target' && merged) width += widths[measureCol('periodTarget') - 1];
    lines = Math.max(lines, linesIn(content, width, column === 'note' || column === 'evidence' ? 9 : 10));
  }
  return lines > 1 ? heightFor(lines) : null;
}

function conditionalFormats(layout: MeasuresLayout): ConditionalFormat[] {
  const { firstRow, lastRow } = layout;
  const statusRect = rect(firstRow, measureCol('status'), lastRow, measureCol('status'));
  const gapRect = rect(firstRow, measureCol('gap'), lastRow, measureCol('gap'));
  const gapCell = cellAddress(firstRow, measureCol('gap'));
  const pending = STATUS_COLOURS.pending;
  return [
    ...statusColourRules(statusRect),
    // A confirmed status in the colour of its status, so what a person decided reads like what the engine did.
    ...statusColourRules(rect(firstRow, measureCol('confirmed'), lastRow, measureCol('confirmed'))),
    // Behind 序时进度 in red at a glance, in the gap column too.
    { kind: 'formula', rect: gapRect, formula: `=AND(ISNUMBER(${gapCell}),${gapCell}<0)`, fill: '#FFFFFF', fontColor: '#C00000' },
    { kind: 'text-equals', rect: rect(firstRow, measureCol('target'), lastRow, measureCol('growth')), text: statusLabel('pending'), ...pending },
    { kind: 'text-equals', rect: rect(firstRow, measureCol('score'), lastRow, measureCol('score')), text: statusLabel('pending'), ...pending },
  ];
}

/** One kept-aside row: a comment and/or a confirmation whose indicator is gone, under the key it had. */
interface KeptAside {
  readonly key: ReviewComment['key'];
  readonly keyText: string;
  readonly comment: string | null;
  /** The 确认状态 as the sheet writes it: a status's label, or words that are no status, as typed. */
  readonly confirmed: string | null;
  /** 确认人 and 确认时间, as typed. */
  readonly by: string | null;
  readonly at: string | null;
}

/** Comments, 确认状态 and 确认人/确认时间 of the same old row share one line; a confirmation without a comment gets its own. */
function keptAside(
  comments: readonly ReviewComment[],
  confirmations: readonly Confirmation[],
  unreadable: readonly UnreadableConfirmation[],
  confirmers: readonly ConfirmerEntry[],
): KeptAside[] {
  const rows: KeptAside[] = comments.map((comment) => ({ key: comment.key, keyText: comment.keyText, comment: comment.text, confirmed: null, by: null, at: null }));
  const typed = [...confirmations.map((c) => ({ key: c.key, keyText: c.keyText, words: statusLabel(c.status) })), ...unreadable.map((u) => ({ key: u.key, keyText: u.keyText, words: u.written }))];
  for (const confirmation of typed) {
    const same = rows.findIndex((row) => row.keyText === confirmation.keyText && row.confirmed === null);
    if (same >= 0) rows[same] = { ...rows[same], confirmed: confirmation.words };
    else rows.push({ key: confirmation.key, keyText: confirmation.keyText, comment: null, confirmed: confirmation.words, by: null, at: null });
  }
  for (const confirmer of confirmers) {
    const same = rows.findIndex((row) => row.keyText === confirmer.keyText && row.by === null && row.at === null);
    const who = { by: confirmer.by || null, at: confirmer.at || null };
    if (same >= 0) rows[same] = { ...rows[same], ...who };
    else rows.push({ key: confirmer.key, keyText: confirmer.keyText, comment: null, confirmed: null, ...who });
  }
  return rows;
}

/** Comments and confirmations whose indicator is gone, kept under the table with their old keys so the next run finds them again. */
function unmatchedBlock(kept: readonly KeptAside[], startRow: number): { rows: PlannedValue[][]; styles: StyledRange[] } {
  if (kept.length === 0) return { rows: [], styles: [] };
  const heading = emptyRow();
  heading[0] = { kind: 'text', text: t('sheet.measures.unmatched') };
  const rows = [emptyRow(), heading];
  for (const entry of kept) {
    const row = emptyRow();
    const cells: Partial<Record<MeasureColumn, PlannedValue>> = {
      id: entry.key?.id ? { kind: 'text', text: entry.key.id } : null,
      name: entry.key ? { kind: 'text', text: entry.key.name } : null,
      note: entry.key ? { kind: 'text', text: t('sheet.measures.unmatched.was', 'zh-CN', { sheet: entry.key.sheet, row: entry.key.row }) } : null,
      confirmed: entry.confirmed ? { kind: 'text', text: entry.confirmed } : null,
      confirmedBy: entry.by ? { kind: 'text', text: entry.by } : null,
      confirmedAt: entry.at ? { kind: 'text', text: entry.at } : null,
      review: entry.comment ? { kind: 'text', text: entry.comment } : null,
      key: entry.keyText ? { kind: 'text', text: entry.keyText } : null,
    };
    place(row, cells);
    rows.push(row);
  }
  const first = startRow + 2;
  const last = startRow + rows.length - 1;
  return {
    rows,
    styles: [
      { rect: rect(startRow + 1, 1, startRow + 1, LAST_VISIBLE), style: HEADING_STYLE },
      { rect: rect(first, 1, last, LAST_VISIBLE), style: BODY_STYLE },
      { rect: rect(first, measureCol('confirmed'), last, measureCol('review')), style: REVIEW_STYLE },
    ],
  };
}

/**
 * 指标测算: one row per indicator in the workbook's order, figures as formulas on the source cells,
 * status and score as formulas over them, and a 审阅意见 column leaders may type into (kept on rerun).
 */
export const measuresSheet: SheetBuilder = (input, context) => {
  const { table, results } = input;
  if (!table || !results) return null;
  const layout = measuresLayout(table, results);
  const carried = carryComments(readReviewComments(input.snapshot), table.indicators);
  const unreadable = carryUnreadable(readUnreadableConfirmations(input.snapshot), table.indicators);
  const confirmers = carryConfirmers(readConfirmers(input.snapshot), table.indicators);
  const errors = errorMessagesByRow(input.issues);
  const rule = results.scoreRule;
  const { year, label } = results.period;

  const title = emptyRow();
  title[0] = { kind: 'text', text: t('sheet.measures.title', 'zh-CN', { year, period: label }) };
  const info = emptyRow();
  info[0] = {
    kind: 'text',
    text: t('sheet.measures.info', 'zh-CN', {
      source: sourceLine(table, input.snapshot),
      year,
      period: label,
      progress: percentText(results.period.expectedProgress),
      generatedAt: generatedAtText(input.generatedAt),
    }),
  };
  const header = MEASURE_COLUMNS.map((column): PlannedValue => ({ kind: 'text', text: measureHeader(column) }));
  const rows: PlannedValue[][] = [title, info, header];
  const notes: CellNote[] = [];
  const merges: Rect[] = [];
  const heights: { row: number; height: number }[] = [];

  layout.lines.forEach((line, i) => {
    const row = emptyRow();
    if (line.kind === 'section') {
      row[measureCol('id') - 1] = line.section.outline ? { kind: 'text', text: line.section.outline } : null;
      row[measureCol('name') - 1] = { kind: 'text', text: line.section.title };
    } else {
      const evidence = judgementEvidence(line.indicator, line.result);
      const built = new MeasureRowBuilder(line.indicator, line.result, layout.firstRow + i, rule, errors.get(line.indicator.row) ?? [], evidence).build(
        carried.byRow.get(line.indicator.row),
        unreadable.byRow.get(line.indicator.row)?.written,
        confirmers.byRow.get(line.indicator.row),
      );
      place(row, built.cells);
      notes.push(...built.cellNotes);
      merges.push(...built.merges);
      const height = rowHeight(row, built.merges.length > 0);
      if (height !== null) heights.push({ row: layout.firstRow + i, height });
    }
    rows.push(row);
  });
  if (layout.lines.length === 0) rows.push(emptyRow());

  const confirmations = carryConfirmations(readConfirmations(input.snapshot), table.indicators);
  const extra = unmatchedBlock(keptAside(carried.unmatched, confirmations.unmatched, unreadable.unmatched, confirmers.unmatched), layout.lastRow);
  rows.push(...extra.rows);
  const lastRow = rows.length;
  // Room below the table for rows a person adds, as 审阅意见 has; the drop-down covers the same cells.
  const editableLast = Math.max(lastRow, layout.lastRow) + 50;
  const confirmedRect = rect(layout.firstRow, measureCol('confirmed'), editableLast, measureCol('confirmed'));
  // 确认状态, 确认人, 确认时间 and 审阅意见 side by side: the person's columns, open on the protected sheet.
  const personRect = rect(layout.firstRow, measureCol('confirmed'), editableLast, measureCol('review'));

  const plan: SheetPlan = {
    name: context.names.measures,
    role: 'measures',
    tabColor: TAB_COLOURS.measures,
    rows,
    columnWidths: measureWidths(),
    hiddenColumns: [measureCol('counted'), measureCol('key')],
    rowHeights: [
      { row: 1, height: 30 },
      { row: layout.headerRow, height: 30 },
      ...heights,
    ],
    styles: [
      { rect: rect(1, 1, 1, LAST_VISIBLE), style: TITLE_STYLE },
      { rect: rect(2, 1, 2, LAST_VISIBLE), style: INFO_STYLE },
      { rect: rect(layout.headerRow, 1, layout.headerRow, LAST_VISIBLE), style: HEADER_STYLE },
      { rect: rect(layout.headerRow, measureCol('confirmed'), layout.headerRow, measureCol('review')), style: { fill: '#BF8F00' } },
      ...bodyStyles(layout),
      ...extra.styles,
    ],
    merges: [rect(1, 1, 1, LAST_VISIBLE), rect(2, 1, 2, LAST_VISIBLE), ...merges],
    conditionalFormats: conditionalFormats(layout),
    freeze: { rows: layout.headerRow, cols: measureCol('name') },
    print: { orientation: 'landscape', fitToWidth: true, repeatRows: { first: layout.headerRow, last: layout.headerRow } },
    protection: { editable: [personRect] },
    dropDowns: [{ rect: confirmedRect, values: confirmableLabels(), prompt: { title: measureHeader('confirmed'), message: t('sheet.measures.confirm-hint') } }],
    notes,
  };
  return plan;
};
