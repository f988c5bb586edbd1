import type { CellValue, MergeArea, WorkbookSnapshot } from '../../src/core/model';
import { sheetNameProblem } from '../../src/core/limits';
import { EmulatedOfficeError } from './office-error';

/**
 * The emulated workbook's state: what Excel would hold. Proxies read and change it only inside
 * context.sync(), the way Excel applies a queued batch.
 */

export interface CellStyleState {
  readonly fontName?: string;
  readonly fontSize?: number;
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly fontColor?: string;
  readonly fill?: string;
  readonly horizontal?: string;
  readonly vertical?: string;
  readonly wrap?: boolean;
  readonly indent?: number;
  readonly borders?: Readonly<Record<string, string>>;
}

export interface CellState {
  value: CellValue;
  formula: string | null;
  /** Typed with a leading apostrophe: Excel keeps it as text. */
  quotePrefix: boolean;
  numberFormat: string;
  style: CellStyleState;
  locked: boolean;
  hyperlink?: { documentReference?: string; address?: string; screenTip?: string; textToDisplay?: string };
}

export interface RectState {
  /** 0-based, inclusive. */
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

export interface ConditionalFormatState {
  readonly type: string;
  readonly rect: RectState;
  formula?: string;
  fill?: string;
  fontColor?: string;
  barColor?: string;
}

/** A list data validation (Range.dataValidation.rule = { list }), with its input prompt when one was set. */
export interface DataValidationState {
  readonly rect: RectState;
  readonly source: string;
  readonly inCellDropDown: boolean;
  prompt?: { readonly message: string; readonly showPrompt: boolean; readonly title?: string };
}

export interface ChartState {
  readonly type: string;
  readonly source: RectState;
  readonly seriesBy: string;
  title?: string;
  position?: { start: string; end: string };
}

export interface SheetState {
  /** Stable identity, as Excel's worksheet id. */
  readonly id: number;
  name: string;
  visibility: 'Visible' | 'Hidden' | 'VeryHidden';
  tabColor: string;
  /** Sparse rows of cells, 0-based. */
  readonly rows: Map<number, Map<number, CellState>>;
  merges: RectState[];
  readonly columnWidths: Map<number, number>;
  readonly hiddenColumns: Set<number>;
  readonly rowHeights: Map<number, number>;
  readonly conditionalFormats: ConditionalFormatState[];
  readonly dataValidations: DataValidationState[];
  readonly charts: ChartState[];
  freeze: { rows: number; cols: number } | null;
  pageLayout: { orientation?: string; zoom?: Record<string, number>; printTitleRows?: string };
  readonly notes: { row: number; col: number; text: string }[];
  protected: boolean;
  protectionOptions?: Record<string, unknown>;
}

export interface WorkbookState {
  name: string;
  readonly sheets: SheetState[];
  activeSheetId: number | null;
  selection: { sheetId: number; rect: RectState } | null;
  nextSheetId: number;
  /** How often calculation was suspended for a batch. */
  calculationSuspensions: number;
  /** Custom document properties (docProps/custom.xml) by key, string values as the file holds them. */
  readonly customProperties: Map<string, string>;
}

export const MAX_ROWS = 1048576;
export const MAX_COLUMNS = 16384;
export const DEFAULT_STYLE: CellStyleState = Object.freeze({});

export function newSheet(workbook: WorkbookState, name: string): SheetState {
  const sheet: SheetState = {
    id: workbook.nextSheetId++,
    name,
    visibility: 'Visible',
    tabColor: '',
    rows: new Map(),
    merges: [],
    columnWidths: new Map(),
    hiddenColumns: new Set(),
    rowHeights: new Map(),
    conditionalFormats: [],
    dataValidations: [],
    charts: [],
    freeze: null,
    pageLayout: {},
    notes: [],
    protected: false,
  };
  return sheet;
}

export function emptyWorkbook(name: string): WorkbookState {
  return { name, sheets: [], activeSheetId: null, selection: null, nextSheetId: 1, calculationSuspensions: 0, customProperties: new Map() };
}

export function cellOf(sheet: SheetState, row: number, col: number): CellState | undefined {
  return sheet.rows.get(row)?.get(col);
}

/** The cell, created empty when absent (for writing). */
export function touchCell(sheet: SheetState, row: number, col: number): CellState {
  let line = sheet.rows.get(row);
  if (!line) {
    line = new Map();
    sheet.rows.set(row, line);
  }
  let cell = line.get(col);
  if (!cell) {
    cell = { value: null, formula: null, quotePrefix: false, numberFormat: 'General', style: DEFAULT_STYLE, locked: true };
    line.set(col, cell);
  }
  return cell;
}

/**
 * Excel's rules for sheet names (src/core/limits): 1–31 characters, none of : \ / ? * [ ], no apostrophe at
 * either end, not the name Excel keeps for itself (History; 历史记录 in a Chinese Excel), unique ignoring case.
 */
export function checkSheetName(workbook: WorkbookState, name: string, except?: SheetState): void {
  if (sheetNameProblem(name) !== null) {
    throw new EmulatedOfficeError('InvalidArgument', `The argument is invalid or missing or has an incorrect format. (sheet name "${name}")`);
  }
  const clash = workbook.sheets.find((sheet) => sheet !== except && sheet.name.toLowerCase() === name.toLowerCase());
  if (clash) throw new EmulatedOfficeError('ItemAlreadyExists', `A sheet named "${name}" already exists.`);
}

export function sheetByName(workbook: WorkbookState, name: string): SheetState | undefined {
  return workbook.sheets.find((sheet) => sheet.name.toLowerCase() === name.toLowerCase());
}

/**
 * Bounding box of cells holding a value or a formula (Excel's used range with valuesOnly), or, without
 * valuesOnly, of every cell that holds anything, a format included.
 */
export function usedRect(sheet: SheetState, valuesOnly = true): RectState | null {
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  for (const [row, line] of sheet.rows) {
    for (const [col, cell] of line) {
      const formatted = cell.style !== DEFAULT_STYLE || cell.numberFormat !== 'General' || !cell.locked || cell.hyperlink !== undefined;
      if (cell.value === null && cell.formula === null && (valuesOnly || !formatted)) continue;
      if (row < top) top = row;
      if (row > bottom) bottom = row;
      if (col < left) left = col;
      if (col > right) right = col;
    }
  }
  return bottom < 0 ? null : { top, left, bottom, right };
}

/** Fills a workbook from a snapshot (what the .xlsx host read), so any test workbook can be opened "in Excel". */
export function workbookFromSnapshot(snapshot: WorkbookSnapshot, fileName = `${snapshot.name}.xlsx`): WorkbookState {
  const workbook = emptyWorkbook(fileName);
  const ordered = [...snapshot.sheets].sort((a, b) => a.position - b.position);
  for (const source of ordered) {
    const sheet = newSheet(workbook, source.name);
    sheet.visibility = source.visible ? 'Visible' : 'Hidden';
    source.values.forEach((line, r) =>
      line.forEach((value, c) => {
        const formula = source.formulas[r]?.[c] ?? null;
        const numberFormat = source.numberFormats[r]?.[c] ?? 'General';
        const bold = source.bold?.[r]?.[c] ?? false;
        if (value === null && formula === null && numberFormat === 'General' && !bold) return;
        const cell = touchCell(sheet, r, c);
        cell.value = value;
        cell.formula = formula;
        cell.numberFormat = numberFormat;
        if (bold) cell.style = { bold: true };
      }),
    );
    sheet.merges = source.merges.map((merge: MergeArea) => ({ top: merge.top - 1, left: merge.left - 1, bottom: merge.bottom - 1, right: merge.right - 1 }));
    workbook.sheets.push(sheet);
  }
  workbook.activeSheetId = workbook.sheets.find((sheet) => sheet.visibility === 'Visible')?.id ?? null;
  return workbook;
}
