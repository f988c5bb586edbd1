import type { ConditionalFormat, DropDown, PlannedValue, Rect, SheetPlan } from '../../core/model';
import { cellAddress, columnLetter, refToFormula, refToString } from '../../core/model';
import { cellText, plainAttribute, plainText } from './cell-text';
import type { SheetCellStyles } from './sheet-cell-styles';

/** What the package writer settled for one generated sheet before its XML is written. */
export interface PreparedSheet {
  readonly plan: SheetPlan;
  readonly styles: SheetCellStyles;
  /** Differential format per conditional format (null for data bars, which need none). */
  readonly dxfIds: readonly (number | null)[];
  /** Relationship ids in the sheet's own rels. */
  readonly drawingRelId: string | null;
  readonly commentsVmlRelId: string | null;
  readonly selected: boolean;
}

const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
/** Rows per piece of text handed to the zip writer. */
const ROWS_PER_PIECE = 200;

function argb(hex: string): string {
  return `FF${hex.replace('#', '').toUpperCase()}`;
}

export function rectRef(rect: Rect): string {
  const first = cellAddress(rect.top, rect.left);
  return rect.top === rect.bottom && rect.left === rect.right ? first : `${first}:${cellAddress(rect.bottom, rect.right)}`;
}

/** A link inside the workbook as a HYPERLINK formula: it opens the same way in Excel, WPS and LibreOffice. */
function hyperlinkFormula(text: string, target: Parameters<typeof refToFormula>[0]): string {
  const location = `#${refToFormula(target)}`.replace(/"/g, '""');
  return `HYPERLINK("${location}","${text.replace(/"/g, '""')}")`;
}

function cachedValue(cached: number | string | boolean | null): { type: string; value: string } | null {
  if (cached === null) return null;
  if (typeof cached === 'number') return Number.isFinite(cached) ? { type: '', value: String(cached) } : null;
  if (typeof cached === 'boolean') return { type: ' t="b"', value: cached ? '1' : '0' };
  return { type: ' t="str"', value: cellText(cached) };
}

function formulaCell(ref: string, style: string, formula: string, cached: number | string | boolean | null): string {
  const result = cachedValue(cached);
  const f = `<f>${plainText(formula.replace(/^=/, ''))}</f>`;
  return result ? `<c r="${ref}"${style}${result.type}>${f}<v>${result.value}</v></c>` : `<c r="${ref}"${style}>${f}</c>`;
}

/**
 * One cell. Text is an inline string, never a formula, whatever it begins with; inline strings also leave
 * the department's shared-string table untouched.
 */
function cellXml(ref: string, format: number, value: PlannedValue): string {
  const style = format ? ` s="${format}"` : '';
  if (value === null) return `<c r="${ref}"${style}/>`;
  switch (value.kind) {
    case 'text':
      return `<c r="${ref}"${style} t="inlineStr"><is><t xml:space="preserve">${cellText(value.text)}</t></is></c>`;
    case 'number':
      return Number.isFinite(value.value) ? `<c r="${ref}"${style}><v>${value.value}</v></c>` : `<c r="${ref}"${style}/>`;
    case 'formula':
      return formulaCell(ref, style, value.formula, value.cached);
    case 'link':
      return formulaCell(ref, style, hyperlinkFormula(value.text, value.target), value.text || refToString(value.target));
    default: {
      const unreachable: never = value;
      return unreachable;
    }
  }
}

function sheetWidth(plan: SheetPlan): number {
  let width = plan.columnWidths.length;
  for (const row of plan.rows) if (row.length > width) width = row.length;
  for (const col of plan.hiddenColumns) if (col > width) width = col;
  return Math.max(width, 1);
}

function sheetProperties(plan: SheetPlan): string {
  const tab = plan.tabColor ? `<tabColor rgb="${argb(plan.tabColor)}"/>` : '';
  const fit = plan.print?.fitToWidth ? '<pageSetUpPr fitToPage="1"/>' : '';
  return tab || fit ? `<sheetPr>${tab}${fit}</sheetPr>` : '';
}

function sheetView(plan: SheetPlan, selected: boolean): string {
  const freeze = plan.freeze;
  const tabSelected = selected ? ' tabSelected="1"' : '';
  if (!freeze || (freeze.rows <= 0 && freeze.cols <= 0)) return `<sheetViews><sheetView${tabSelected} workbookViewId="0"/></sheetViews>`;
  const pane = freeze.rows > 0 && freeze.cols > 0 ? 'bottomRight' : freeze.rows > 0 ? 'bottomLeft' : 'topRight';
  const split = `${freeze.cols > 0 ? ` xSplit="${freeze.cols}"` : ''}${freeze.rows > 0 ? ` ySplit="${freeze.rows}"` : ''}`;
  const topLeft = cellAddress(freeze.rows + 1, freeze.cols + 1);
  return `<sheetViews><sheetView${tabSelected} workbookViewId="0"><pane${split} topLeftCell="${topLeft}" activePane="${pane}" state="frozen"/><selection pane="${pane}" activeCell="${topLeft}" sqref="${topLeft}"/></sheetView></sheetViews>`;
}

/** Widths per column, hidden columns folded in; neighbouring columns alike become one <col>. */
function columns(plan: SheetPlan): string {
  const hidden = new Set(plan.hiddenColumns);
  const last = Math.max(plan.columnWidths.length, ...plan.hiddenColumns, 0);
  const runs: { min: number; max: number; width: number | undefined; hidden: boolean }[] = [];
  for (let col = 1; col <= last; col++) {
    const given = plan.columnWidths[col - 1];
    const width = given !== undefined && given > 0 ? given : undefined;
    const isHidden = hidden.has(col);
    if (width === undefined && !isHidden) continue;
    const previous = runs[runs.length - 1];
    if (previous && previous.max === col - 1 && previous.width === width && previous.hidden === isHidden) previous.max = col;
    else runs.push({ min: col, max: col, width, hidden: isHidden });
  }
  if (runs.length === 0) return '';
  const cols = runs.map(
    (run) => `<col min="${run.min}" max="${run.max}" width="${run.width ?? 9.140625}"${run.width !== undefined ? ' customWidth="1"' : ''}${run.hidden ? ' hidden="1"' : ''}/>`,
  );
  return `<cols>${cols.join('')}</cols>`;
}

function* sheetRows(plan: SheetPlan, styles: SheetCellStyles): Generator<string> {
  const heights = new Map<number, number>();
  for (const { row, height } of plan.rowHeights) heights.set(row, height);
  let lastRow = Math.max(plan.rows.length, styles.lastRow);
  for (const row of heights.keys()) if (row > lastRow) lastRow = row;
  let piece: string[] = [];
  for (let row = 1; row <= lastRow; row++) {
    const values = plan.rows[row - 1] ?? [];
    const states = styles.row(row) ?? [];
    const width = Math.max(values.length, states.length - 1);
    const cells: string[] = [];
    for (let col = 1; col <= width; col++) {
      const value = values[col - 1] ?? null;
      const format = styles.formatOf(states[col]);
      if (value !== null || format !== 0) cells.push(cellXml(`${columnLetter(col)}${row}`, format, value));
    }
    const height = heights.get(row);
    if (cells.length === 0 && height === undefined) continue;
    const ht = height !== undefined ? ` ht="${height}" customHeight="1"` : '';
    piece.push(cells.length === 0 ? `<row r="${row}"${ht}/>` : `<row r="${row}"${ht}>${cells.join('')}</row>`);
    if (piece.length >= ROWS_PER_PIECE) {
      yield piece.join('');
      piece = [];
    }
  }
  if (piece.length > 0) yield piece.join('');
}

/** Merges must not overlap (Excel would repair the file): checked before anything is written, in one pass over their cells. */
export function assertDisjointMerges(merges: readonly Rect[]): void {
  const covered = new Set<number>();
  for (const rect of merges) {
    for (let row = rect.top; row <= rect.bottom; row++) {
      for (let col = rect.left; col <= rect.right; col++) {
        const key = row * 16_384 + col;
        if (covered.has(key)) throw new Error(`Cannot merge already merged cells (${rectRef(rect)})`);
        covered.add(key);
      }
    }
  }
}

function mergeCells(merges: readonly Rect[]): string {
  if (merges.length === 0) return '';
  return `<mergeCells count="${merges.length}">${merges.map((rect) => `<mergeCell ref="${rectRef(rect)}"/>`).join('')}</mergeCells>`;
}

function conditionalFormat(format: ConditionalFormat, priority: number, dxfId: number | null): string {
  const ref = rectRef(format.rect);
  switch (format.kind) {
    case 'text-equals': {
      const topLeft = cellAddress(format.rect.top, format.rect.left);
      const formula = `${topLeft}="${format.text.replace(/"/g, '""')}"`;
      return `<conditionalFormatting sqref="${ref}"><cfRule type="expression" dxfId="${dxfId}" priority="${priority}"><formula>${plainText(formula)}</formula></cfRule></conditionalFormatting>`;
    }
    case 'formula':
      return `<conditionalFormatting sqref="${ref}"><cfRule type="expression" dxfId="${dxfId}" priority="${priority}"><formula>${plainText(format.formula.replace(/^=/, ''))}</formula></cfRule></conditionalFormatting>`;
    case 'data-bar':
      return `<conditionalFormatting sqref="${ref}"><cfRule type="dataBar" priority="${priority}"><dataBar><cfvo type="num" val="0"/><cfvo type="max"/><color rgb="${argb(format.color)}"/></dataBar></cfRule></conditionalFormatting>`;
    default: {
      const unreachable: never = format;
      return unreachable;
    }
  }
}

/**
 * A list data validation: the choices as one quoted, comma-separated literal (Excel's own form for a short
 * fixed list; the statuses hold no comma). Blank stays allowed: an empty 确认状态 means not confirmed.
 */
function dropDown(list: DropDown): string {
  const prompt = list.prompt ? ` showInputMessage="1" promptTitle="${plainAttribute(list.prompt.title)}" prompt="${plainAttribute(list.prompt.message)}"` : '';
  const choices = `"${list.values.join(',').replace(/"/g, '""')}"`;
  return `<dataValidation type="list" allowBlank="1" showErrorMessage="1"${prompt} sqref="${rectRef(list.rect)}"><formula1>${plainText(choices)}</formula1></dataValidation>`;
}

function dataValidations(lists: readonly DropDown[]): string {
  if (lists.length === 0) return '';
  return `<dataValidations count="${lists.length}">${lists.map(dropDown).join('')}</dataValidations>`;
}

function printSetup(plan: SheetPlan): string {
  const print = plan.print;
  const margins = '<pageMargins left="0.5" right="0.5" top="0.6" bottom="0.6" header="0.3" footer="0.3"/>';
  if (!print) return margins;
  const fit = print.fitToWidth ? ' fitToWidth="1" fitToHeight="0"' : '';
  return `<printOptions horizontalCentered="1"/>${margins}<pageSetup paperSize="9" orientation="${print.orientation}"${fit}/>`;
}

/**
 * The worksheet part of a generated sheet, piece by piece in the order CT_Worksheet requires, so the
 * zip writer deflates it as it is produced and a 50,000-row sheet is never one string.
 */
export function* worksheetXml(sheet: PreparedSheet): Generator<string> {
  const { plan, styles } = sheet;
  const lastRow = Math.max(plan.rows.length, styles.lastRow, 1);
  yield `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">`;
  yield sheetProperties(plan);
  yield `<dimension ref="A1:${columnLetter(sheetWidth(plan))}${lastRow}"/>`;
  yield sheetView(plan, sheet.selected);
  yield '<sheetFormatPr defaultRowHeight="15"/>';
  yield columns(plan);
  yield '<sheetData>';
  yield* sheetRows(plan, styles);
  yield '</sheetData>';
  // No password: protection guards leaders against slips, not against people.
  if (plan.protection) yield '<sheetProtection sheet="1" objects="1" scenarios="1" formatColumns="0" formatRows="0" sort="0" autoFilter="0"/>';
  yield mergeCells(plan.merges);
  yield plan.conditionalFormats.map((format, i) => conditionalFormat(format, i + 1, sheet.dxfIds[i] ?? null)).join('');
  yield dataValidations(plan.dropDowns ?? []);
  yield printSetup(plan);
  if (sheet.drawingRelId) yield `<drawing r:id="${sheet.drawingRelId}"/>`;
  if (sheet.commentsVmlRelId) yield `<legacyDrawing r:id="${sheet.commentsVmlRelId}"/>`;
  yield '</worksheet>';
}

