import { t } from '../i18n';
import { EXCEL_LIMITS } from '../limits';
import type { CellRef, CellStyle, PlannedValue, SheetPlan, StyledRange } from '../model';
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

/**
 * The text column holds about 29 characters of 16pt type (88 units of a 7-pixel digit, Calibri 11's, Excel's
 * default font); a line is reckoned at 27, since no line may start with a stop (、。，）and such are pushed down
 * with the character before them). A row a little too tall leaves a blank line; one too short hides the last
 * line under the next paragraph (test/libreoffice/draft-pdf.test.ts looks for both).
 */
const CHARS_PER_LINE = 27;
/** Excel column widths count the digit "0" of the default font; a 16pt CJK character is about three. */
const TEXT_WIDTH = 88;
const SOURCE_WIDTH = 26;
const MARK_WIDTH = 12;
/**
 * A cell cannot set line spacing: a wrapped line is as tall as its font's single line — 1.45 times the size in
 * Noto Sans CJK (LibreOffice sets 16pt lines 23.2pt apart), less in SimSun. The 公文's 29pt a line belongs to the
 * .docx; here it left a fifth to a third of every paragraph's row blank. 24pt a line, 33 for the 22pt title.
 */
const LINE_HEIGHT = 24;
const TITLE_LINE_HEIGHT = 33;
/**
 * A paragraph taller than this many lines is written as several cells, one below the other, each ending at a
 * sentence. A cell merged down over rows would be one block, but where a page break falls between its rows a
 * printer cuts the line it falls in two (LibreOffice did, once Calibri's metrics were installed). One line of
 * slack under Excel's 409 pt for a font a little wider than reckoned.
 */
const LINES_PER_CELL = Math.floor(EXCEL_LIMITS.rowHeight.value / LINE_HEIGHT) - 1;

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

/** Pieces of a paragraph at its sentence ends (。！？；), each keeping its stop; then at commas; then by length. */
function pieces(text: string, maxWidth: number): string[] {
  const bySentence = text.match(/[^。！？；]*[。！？；]+|[^。！？；]+$/g) ?? [text];
  const out: string[] = [];
  for (const sentence of bySentence) {
    if (displayWidth(sentence) <= maxWidth) {
      out.push(sentence);
      continue;
    }
    for (const clause of sentence.match(/[^，、,]*[，、,]+|[^，、,]+$/g) ?? [sentence]) {
      if (displayWidth(clause) <= maxWidth) {
        out.push(clause);
        continue;
      }
      // A run with no stop at all (a pasted code, a row of one word): cut by characters.
      let part = '';
      for (const char of clause) {
        if (displayWidth(part + char) > maxWidth) {
          out.push(part);
          part = '';
        }
        part += char;
      }
      if (part !== '') out.push(part);
    }
  }
  return out;
}

/** One cell of the sheet: the text it holds and its row's height. */
export interface ParagraphCell {
  readonly text: string;
  readonly height: number;
}

/**
 * The cells a paragraph takes: one, as tall as its lines; or, when it is taller than a cell can be, several,
 * each a run of whole sentences that fits, so no printer or window ever cuts a line. Joined, they are the
 * paragraph (a rerun joins them back: draft-edits.ts).
 */
export function paragraphCells(kind: DraftLineKind, text: string): ParagraphCell[] {
  const lineHeight = kind === 'title' ? TITLE_LINE_HEIGHT : LINE_HEIGHT;
  const lines = printedLines(kind, text);
  if (lines <= LINES_PER_CELL || kind === 'title') return [{ text, height: Math.min(EXCEL_LIMITS.rowHeight.value, lines * lineHeight) }];
  // Whole lines per cell, less one character a line for a word the wrap pushes down.
  const maxWidth = LINES_PER_CELL * (CHARS_PER_LINE - 1);
  const cells: string[] = [];
  let current = '';
  for (const piece of pieces(text, maxWidth)) {
    if (current !== '' && displayWidth(current + piece) > maxWidth) {
      cells.push(current);
      current = '';
    }
    current += piece;
  }
  if (current !== '') cells.push(current);
  return cells.map((cell) => ({ text: cell, height: printedLines(kind, cell) * lineHeight }));
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
  const rows: PlannedValue[][] = [];
  lines.forEach((line, index) => {
    const top = rows.length + 1;
    const cells = paragraphCells(line.kind, line.text);
    const bottom = top + cells.length - 1;
    const style = line.placeholder ? { ...LINE_STYLES[line.kind], fill: PLACEHOLDER_FILL } : LINE_STYLES[line.kind];
    styles.push({ rect: { top, left: DRAFT_TEXT_COL, bottom, right: DRAFT_TEXT_COL }, style });
    cells.forEach((cell, i) => rowHeights.push({ row: top + i, height: cell.height }));
    const first = index === 0 ? [line.cells[0] ?? null, { kind: 'text', text: t('sheet.draft.sources') } as PlannedValue, ...line.cells.slice(2)] : [...line.cells];
    if (cells.length === 1) {
      rows.push(first);
      return;
    }
    rows.push([{ kind: 'text', text: cells[0].text }, ...first.slice(1)]);
    // Continuation cells say so in the hidden column: a rerun reading the sheet back joins them to the paragraph.
    for (const cell of cells.slice(1)) rows.push([{ kind: 'text', text: cell.text }, null, { kind: 'text', text: CONTINUATION_MARK }]);
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
    merges: [],
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
    const text = cellString(kept, row, DRAFT_TEXT_COL);
    // A continuation cell of a long paragraph is part of the paragraph above, not a line of its own (an earlier
    // version merged the paragraph's cell down over empty continuation rows: their text is empty).
    const previous = lines[lines.length - 1];
    if (cellString(kept, row, DRAFT_MARK_COL) === CONTINUATION_MARK && previous !== undefined) {
      const joined = previous.text + text;
      lines[lines.length - 1] = { ...previous, text: joined, placeholder: joined.includes('【待补充'), cells: [joined === '' ? null : { kind: 'text', text: joined }, ...previous.cells.slice(1)] };
      continue;
    }
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
