import { t } from '../i18n';
import { EXCEL_LIMITS } from '../limits';
import type { CellRef, CellStyle, PlannedValue, Rect, SheetPlan, StyledRange } from '../model';
import { cellAddress, cellAt, isCellError } from '../model';
import { CONTINUATION_MARK, DRAFT_MARK_COL, DRAFT_SOURCE_COL, DRAFT_TEXT_COL, keptDrafts, paragraphMark, type KeptDraft } from './draft-edits';
import { draftLines, guessLineKind, type DraftLine, type DraftLineKind } from './draft-lines';
import type { SheetBuilder } from './index';

/**
 * The 汇报稿 sheet: the Word-ready range. One paragraph per row in one wide wrapped column, set as GB/T 9704
 * sets a 公文 (title 方正小标宋简体 22pt centred, body 仿宋_GB2312 16pt, 一、 黑体, （一） 楷体_GB2312, about
 * 28pt a line), so selecting A1:A… and pasting into Word gives the paragraphs in their fonts. Beside each
 * paragraph, a narrow column names the cells its figures came from; a hidden column holds each paragraph's
 * fingerprint, so a rerun notices staff's edits and keeps the edited draft (draft-edits.ts).
 */

/** 28 characters of 16pt type, as on the printed page. */
const CHARS_PER_LINE = 28;
/** Excel column widths count the digit "0" of the default font; a 16pt CJK character is about three. */
const TEXT_WIDTH = 88;
const SOURCE_WIDTH = 26;
const MARK_WIDTH = 12;
/** One line of the printed page (225mm ÷ 22). */
const LINE_HEIGHT = 29;
const TITLE_LINE_HEIGHT = 38;

const PLACEHOLDER_FILL = '#FFF2CC';

const LINE_STYLES: Readonly<Record<DraftLineKind, CellStyle>> = {
  title: { fontName: '方正小标宋简体', fontSize: 22, horizontal: 'center', vertical: 'middle', wrap: true },
  signature: { fontName: '楷体_GB2312', fontSize: 16, horizontal: 'center', vertical: 'middle', wrap: true },
  heading1: { fontName: '黑体', fontSize: 16, horizontal: 'left', vertical: 'top', wrap: true },
  heading2: { fontName: '楷体_GB2312', fontSize: 16, horizontal: 'left', vertical: 'top', wrap: true },
  heading3: { fontName: '仿宋_GB2312', fontSize: 16, horizontal: 'left', vertical: 'top', wrap: true },
  heading4: { fontName: '仿宋_GB2312', fontSize: 16, horizontal: 'left', vertical: 'top', wrap: true },
  body: { fontName: '仿宋_GB2312', fontSize: 16, horizontal: 'justify', vertical: 'top', wrap: true },
};

const SOURCE_STYLE: CellStyle = { fontName: '微软雅黑', fontSize: 9, fontColor: '#7F7F7F', vertical: 'top', wrap: true };
const SOURCE_HEADER_STYLE: CellStyle = { fontName: '微软雅黑', fontSize: 9, bold: true, fontColor: '#595959', vertical: 'middle', wrap: true };

/** Width in characters of the page: a CJK character is one, digits and Latin half. */
function displayWidth(text: string): number {
  // A char-code loop rather than a regex per character: every paragraph of a long report passes here.
  let width = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code <= 0xff) {
      width += 0.5;
      continue;
    }
    // A surrogate pair is one character: one unit, as any other outside Latin-1.
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
    }
    width += 1;
  }
  return width;
}

function printedLines(kind: DraftLineKind, text: string): number {
  return Math.max(1, Math.ceil(displayWidth(text) / (kind === 'title' ? CHARS_PER_LINE * (16 / 22) : CHARS_PER_LINE)));
}

/**
 * The rows a paragraph takes. Excel refuses a row taller than 409 pt, so a paragraph longer than 14 printed
 * lines (406 pt) flows over continuation rows, each a whole number of lines high; the paragraph's cell is
 * merged down over them, so it stays one cell — one block on screen and on paper, one paragraph when the
 * range is pasted into Word — and is never clipped.
 */
export function paragraphRowHeights(kind: DraftLineKind, text: string): number[] {
  const lineHeight = kind === 'title' ? TITLE_LINE_HEIGHT : LINE_HEIGHT;
  const perRow = Math.floor(EXCEL_LIMITS.rowHeight.value / lineHeight);
  let left = printedLines(kind, text);
  const heights: number[] = [];
  while (left > 0) {
    const lines = Math.min(perRow, left);
    heights.push(lines * lineHeight);
    left -= lines;
  }
  return heights;
}

/** 目标分解表!C7、E7、G7 — rows of one column run together as C6:C40; sheets apart by ；. */
export function sourcesText(sources: readonly CellRef[]): string {
  const bySheet = new Map<string, CellRef[]>();
  for (const ref of sources) {
    const list = bySheet.get(ref.sheet);
    if (list) list.push(ref);
    else bySheet.set(ref.sheet, [ref]);
  }
  const text = [...bySheet.entries()].map(([sheet, refs]) => `${sheet}!${addressList(refs)}`).join('；');
  return text.length <= MAX_SOURCES_TEXT ? text : shortened(text);
}

/**
 * A cell holds 32,767 characters and a link's text 255: a paragraph that counts thousands of indicators
 * names its first cells and how many there are in all.
 */
const MAX_SOURCES_TEXT = 240;

function shortened(text: string): string {
  const parts = text.split(/[、；]/);
  let kept = '';
  for (const part of parts) {
    const next = kept === '' ? part : `${kept}、${part}`;
    if (next.length > MAX_SOURCES_TEXT - 12) break;
    kept = next;
  }
  return `${kept}等${parts.length}处`;
}

function addressList(refs: readonly CellRef[]): string {
  const byCol = new Map<number, number[]>();
  for (const ref of refs) {
    const rows = byCol.get(ref.col);
    if (rows) rows.push(ref.row);
    else byCol.set(ref.col, [ref.row]);
  }
  const parts: { row: number; text: string }[] = [];
  for (const [col, rows] of byCol) {
    const sorted = [...new Set(rows)].sort((a, b) => a - b);
    let start = 0;
    for (let i = 1; i <= sorted.length; i++) {
      if (i < sorted.length && sorted[i] === sorted[i - 1] + 1) continue;
      const first = sorted[start];
      const last = sorted[i - 1];
      // Three rows or more read better as a range; two stay apart.
      if (last - first >= 2) parts.push({ row: first, text: `${cellAddress(first, col)}:${cellAddress(last, col)}` });
      else for (let r = first; r <= last; r++) parts.push({ row: r, text: cellAddress(r, col) });
      start = i;
    }
  }
  return parts
    .sort((a, b) => a.row - b.row)
    .map((part) => part.text)
    .join('、');
}

function sourceCell(sources: readonly CellRef[]): PlannedValue {
  if (sources.length === 0) return null;
  // A click on the first cell takes a leader to the figure's source; the text lists them all.
  return { kind: 'link', text: sourcesText(sources), target: sources[0] };
}

interface SheetLine {
  readonly kind: DraftLineKind;
  readonly text: string;
  readonly placeholder: boolean;
  readonly cells: PlannedValue[];
}

function sheetPlan(name: string, role: 'draft' | 'draft-backup', lines: readonly SheetLine[], note: string): SheetPlan {
  const styles: StyledRange[] = [];
  const rowHeights: { row: number; height: number }[] = [];
  const merges: Rect[] = [];
  const rows: PlannedValue[][] = [];
  lines.forEach((line, index) => {
    const top = rows.length + 1;
    const heights = paragraphRowHeights(line.kind, line.text);
    const bottom = top + heights.length - 1;
    const style = line.placeholder ? { ...LINE_STYLES[line.kind], fill: PLACEHOLDER_FILL } : LINE_STYLES[line.kind];
    styles.push({ rect: { top, left: DRAFT_TEXT_COL, bottom, right: DRAFT_TEXT_COL }, style });
    heights.forEach((height, i) => rowHeights.push({ row: top + i, height }));
    const cells = index === 0 ? [line.cells[0] ?? null, { kind: 'text', text: t('sheet.draft.sources') } as PlannedValue, ...line.cells.slice(2)] : [...line.cells];
    rows.push(cells);
    if (bottom > top) {
      merges.push({ top, left: DRAFT_TEXT_COL, bottom, right: DRAFT_TEXT_COL }, { top, left: DRAFT_SOURCE_COL, bottom, right: DRAFT_SOURCE_COL });
      // Continuation rows say so in the hidden column: a rerun reading the sheet back skips them.
      for (let row = top + 1; row <= bottom; row++) rows.push([null, null, { kind: 'text', text: CONTINUATION_MARK }]);
    }
  });
  if (rows.length > 1) styles.push({ rect: { top: 2, left: DRAFT_SOURCE_COL, bottom: rows.length, right: DRAFT_SOURCE_COL }, style: SOURCE_STYLE });
  styles.push({ rect: { top: 1, left: DRAFT_SOURCE_COL, bottom: 1, right: DRAFT_SOURCE_COL }, style: SOURCE_HEADER_STYLE });
  return {
    name,
    role,
    tabColor: role === 'draft' ? '#C00000' : '#7F7F7F',
    rows,
    columnWidths: [TEXT_WIDTH, SOURCE_WIDTH, MARK_WIDTH],
    hiddenColumns: [DRAFT_MARK_COL],
    rowHeights,
    styles,
    merges,
    conditionalFormats: [],
    print: { orientation: 'portrait', fitToWidth: true },
    notes: [{ row: 1, col: DRAFT_SOURCE_COL, text: note }],
  };
}

function generatedLines(lines: readonly DraftLine[]): SheetLine[] {
  return lines.map((line, index) => ({
    kind: line.kind,
    text: line.text,
    placeholder: line.placeholder,
    cells: [{ kind: 'text', text: line.text }, sourceCell(line.sources), { kind: 'text', text: paragraphMark(index, lines.length, line.text) }],
  }));
}

function cellString(kept: KeptDraft, row: number, col: number): string {
  const value = cellAt(kept.source, row, col);
  if (value === null) return '';
  return isCellError(value) ? value.error : String(value);
}

/** An earlier draft, as staff left it, written back as plain text. */
function keptLines(kept: KeptDraft): SheetLine[] {
  let last = kept.source.values.length;
  while (last > 0 && cellString(kept, last, DRAFT_TEXT_COL) === '' && cellString(kept, last, DRAFT_SOURCE_COL) === '') last--;
  const lines: SheetLine[] = [];
  for (let row = 1; row <= last; row++) {
    // A continuation row of a long paragraph is part of the paragraph above, not a line of its own.
    if (cellString(kept, row, DRAFT_MARK_COL) === CONTINUATION_MARK) continue;
    const text = cellString(kept, row, DRAFT_TEXT_COL);
    const source = row === 1 ? '' : cellString(kept, row, DRAFT_SOURCE_COL);
    lines.push({
      kind: guessLineKind(text, row),
      text,
      placeholder: text.includes('【待补充'),
      cells: [text === '' ? null : { kind: 'text', text }, source === '' ? null : { kind: 'text', text: source }],
    });
  }
  return lines.length === 0 ? [{ kind: 'title', text: '', placeholder: false, cells: [null] }] : lines;
}

export const draftSheet: SheetBuilder = (input, context) => {
  const plans: SheetPlan[] = [];
  if (input.report !== null) {
    const note = t('sheet.draft.note', 'zh-CN', { backup: context.names['draft-backup'] });
    plans.push(sheetPlan(context.names.draft, 'draft', generatedLines(draftLines(input.report)), note));
  }
  for (const kept of keptDrafts(input.snapshot, context.names)) plans.push(sheetPlan(kept.name, 'draft-backup', keptLines(kept), t('sheet.draft-backup.note')));
  return plans.length === 0 ? null : plans;
};
