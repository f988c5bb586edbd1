import { isCellError } from '../../src/core/model';
import { columnLetter, columnNumber } from '../../src/core/model';
import { EmulatedOfficeError } from './office-error';
import { EmulatedClientObject, EmulatedClientResult, type EmulatedRequestContext, type LoadSpec, loadNames, payloadBytes } from './request-context';
import { typedEntry } from './typed-entry';
import { EXCEL_LIMITS, lineFeeds, nestingDepth } from '../../src/core/limits';
import {
  cellOf,
  type CellState,
  type CellStyleState,
  MAX_COLUMNS,
  MAX_ROWS,
  type RectState,
  type SheetState,
  touchCell,
} from './workbook-state';

/**
 * Excel.Range and its format objects. A range is located lazily — on first use inside a sync — and then
 * stays bound to that sheet and rectangle, as Excel's object paths do.
 */

export interface Located {
  readonly sheet: SheetState;
  readonly rect: RectState;
}

export type SheetResolver = () => SheetState;

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d+)$/;
const WHOLE_COLUMNS = /^\$?([A-Za-z]{1,3}):\$?([A-Za-z]{1,3})$/;
const WHOLE_ROWS = /^\$?(\d+):\$?(\d+)$/;

/** "B2", "B2:D4", "C:C", "3:5" → 0-based rectangle; anything else is an InvalidArgument, as in Excel. */
export function parseAddress(address: string): RectState {
  const local = address.includes('!') ? address.slice(address.lastIndexOf('!') + 1) : address;
  const columns = WHOLE_COLUMNS.exec(local);
  if (columns) {
    const [a, b] = [columnNumber(columns[1]) - 1, columnNumber(columns[2]) - 1];
    return { top: 0, bottom: MAX_ROWS - 1, left: Math.min(a, b), right: Math.max(a, b) };
  }
  const rows = WHOLE_ROWS.exec(local);
  if (rows) {
    const [a, b] = [Number(rows[1]) - 1, Number(rows[2]) - 1];
    return { top: Math.min(a, b), bottom: Math.max(a, b), left: 0, right: MAX_COLUMNS - 1 };
  }
  const [first, second] = local.split(':');
  const start = first ? CELL.exec(first) : null;
  const end = second === undefined ? start : CELL.exec(second);
  if (!start || !end) throw new EmulatedOfficeError('InvalidArgument', `The argument is invalid or missing or has an incorrect format. (address "${address}")`);
  const [r1, c1, r2, c2] = [Number(start[2]) - 1, columnNumber(start[1]) - 1, Number(end[2]) - 1, columnNumber(end[1]) - 1];
  if (r1 < 0 || r2 < 0 || r1 >= MAX_ROWS || r2 >= MAX_ROWS || c1 >= MAX_COLUMNS || c2 >= MAX_COLUMNS) {
    throw new EmulatedOfficeError('InvalidArgument', `Address out of the grid: ${address}`);
  }
  return { top: Math.min(r1, r2), left: Math.min(c1, c2), bottom: Math.max(r1, r2), right: Math.max(c1, c2) };
}

export function quoteSheet(name: string): string {
  return /^[\p{L}\p{N}_]+$/u.test(name) && !/^\d/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

export function rectToA1(rect: RectState): string {
  const start = `${columnLetter(rect.left + 1)}${rect.top + 1}`;
  const end = `${columnLetter(rect.right + 1)}${rect.bottom + 1}`;
  return start === end ? start : `${start}:${end}`;
}

function rowsOf(rect: RectState): number {
  return rect.bottom - rect.top + 1;
}

function colsOf(rect: RectState): number {
  return rect.right - rect.left + 1;
}

function forEachCell(rect: RectState, visit: (row: number, col: number) => void): void {
  for (let row = rect.top; row <= rect.bottom; row++) for (let col = rect.left; col <= rect.right; col++) visit(row, col);
}

/** Writes to locked cells of a protected sheet are refused, as Excel refuses them. */
export function assertWritable(located: Located, what: string): void {
  if (!located.sheet.protected) return;
  let locked = false;
  forEachCell(located.rect, (row, col) => {
    if (cellOf(located.sheet, row, col)?.locked ?? true) locked = true;
  });
  if (locked) {
    throw new EmulatedOfficeError('AccessDenied', `The cell or chart you're trying to change is on a protected sheet. (${what} ${located.sheet.name}!${rectToA1(located.rect)})`);
  }
}

function assertShape(rect: RectState, matrix: unknown, what: string): asserts matrix is unknown[][] {
  const ok =
    Array.isArray(matrix) &&
    matrix.length === rowsOf(rect) &&
    matrix.every((line) => Array.isArray(line) && line.length === colsOf(rect));
  if (!ok) {
    throw new EmulatedOfficeError(
      'InvalidArgument',
      `The number of rows or columns in the input array doesn't match the size or dimensions of the range. (${what} ${rectToA1(rect)})`,
    );
  }
}

/**
 * Excel's cell limits (src/core/limits): at most 32,767 characters and 253 line feeds in a cell, 8,192
 * characters and 64 nesting levels in a formula. Excel refuses the whole write; Microsoft documents the
 * limits but not the error code, and InvalidArgument is what Excel answers for an argument it cannot take.
 */
function assertWithinCellLimits(located: Located, matrix: unknown[][], what: string): void {
  matrix.forEach((line, r) =>
    line.forEach((entry, c) => {
      if (typeof entry !== 'string') return;
      const where = `${what} ${located.sheet.name}!${rectToA1({ top: located.rect.top + r, left: located.rect.left + c, bottom: located.rect.top + r, right: located.rect.left + c })}`;
      const refuse = (why: string) => {
        throw new EmulatedOfficeError('InvalidArgument', `The argument is invalid or missing or has an incorrect format. (${why}: ${where})`);
      };
      if (entry.startsWith('=')) {
        if (entry.length > EXCEL_LIMITS.formulaCharacters.value) refuse(`formula of ${entry.length} characters`);
        if (nestingDepth(entry) > EXCEL_LIMITS.nestingLevels.value) refuse('formula nested deeper than 64 levels');
      } else {
        if (entry.length > EXCEL_LIMITS.cellCharacters.value) refuse(`text of ${entry.length} characters`);
        if (lineFeeds(entry) > EXCEL_LIMITS.lineFeedsPerCell.value) refuse('more than 253 line feeds');
      }
    }),
  );
}

function displayValue(cell: CellState | undefined): string | number | boolean {
  if (!cell || cell.value === null) return '';
  if (isCellError(cell.value)) return cell.value.error;
  return cell.value;
}

function valueType(cell: CellState | undefined): string {
  if (!cell || (cell.value === null && cell.formula === null)) return 'Empty';
  const value = cell.value;
  if (value === null) return 'Empty';
  if (isCellError(value)) return 'Error';
  if (typeof value === 'number') return 'Double';
  if (typeof value === 'boolean') return 'Boolean';
  return 'String';
}

/** Applies a style change to every cell of a rectangle; cells that shared a style keep sharing the new one. */
export function restyle(located: Located, patch: (style: CellStyleState) => CellStyleState): void {
  const changed = new Map<CellStyleState, CellStyleState>();
  forEachCell(located.rect, (row, col) => {
    const cell = touchCell(located.sheet, row, col);
    let next = changed.get(cell.style);
    if (!next) {
      next = patch(cell.style);
      changed.set(cell.style, next);
    }
    cell.style = next;
  });
}

/**
 * The widest column: 255 characters of the default font (Excel specifications and limits), which Microsoft
 * gives as 1,726.5 points ("The maximum column width in Excel is 255 characters or 1726.5 points",
 * Excel Rendering Limitations, SQL Server Reporting Services documentation).
 */
export const MAX_COLUMN_WIDTH_POINTS = 1726.5;

/** Excel reads at most 5,000,000 cells of one range in one request. */
export const READ_CELL_LIMIT = 5_000_000;

function assertReadable(rect: RectState): void {
  if (rowsOf(rect) * colsOf(rect) > READ_CELL_LIMIT) {
    throw new EmulatedOfficeError('RangeExceedsLimit', `The cell count in the range has exceeded the maximum supported number. (${rectToA1(rect)})`);
  }
}

export class EmulatedRange extends EmulatedClientObject {
  private located: Located | null = null;

  constructor(
    context: EmulatedRequestContext,
    private readonly locate: () => Located,
  ) {
    super(context);
  }

  /** Resolves the range once, at its first use in a batch. */
  where(): Located {
    if (!this.located) this.located = this.locate();
    return this.located;
  }

  protected override snapshotProperty(name: string): unknown {
    const { sheet, rect } = this.where();
    const grid = <T>(read: (cell: CellState | undefined) => T): T[][] => {
      assertReadable(rect);
      const lines: T[][] = [];
      for (let row = rect.top; row <= rect.bottom; row++) {
        const line: T[] = [];
        for (let col = rect.left; col <= rect.right; col++) line.push(read(cellOf(sheet, row, col)));
        lines.push(line);
      }
      return lines;
    };
    switch (name) {
      case 'values':
        return grid(displayValue);
      case 'formulas':
        return grid((cell) => cell?.formula ?? displayValue(cell));
      case 'numberFormat':
        return grid((cell) => cell?.numberFormat ?? 'General');
      case 'valueTypes':
        return grid(valueType);
      case 'address':
        return `${quoteSheet(sheet.name)}!${rectToA1(rect)}`;
      case 'rowIndex':
        return rect.top;
      case 'columnIndex':
        return rect.left;
      case 'rowCount':
        return rowsOf(rect);
      case 'columnCount':
        return colsOf(rect);
      case 'columnHidden':
        return [...Array(colsOf(rect)).keys()].every((i) => sheet.hiddenColumns.has(rect.left + i));
      default:
        throw new EmulatedOfficeError('InvalidArgument', `Range property "${name}" is not emulated.`);
    }
  }

  load(propertyNames?: LoadSpec): this {
    this.queueLoad(loadNames(propertyNames));
    return this;
  }

  get values(): unknown[][] {
    return this.readLoaded('values');
  }
  set values(matrix: unknown[][]) {
    this.writeCells('values', matrix);
  }

  get formulas(): unknown[][] {
    return this.readLoaded('formulas');
  }
  set formulas(matrix: unknown[][]) {
    this.writeCells('formulas', matrix);
  }

  get numberFormat(): unknown[][] {
    return this.readLoaded('numberFormat');
  }
  set numberFormat(matrix: unknown[][]) {
    this.queueCall('numberFormat', matrix, () => {
      const located = this.where();
      assertShape(located.rect, matrix, 'numberFormat');
      assertWritable(located, 'numberFormat');
      forEachCell(located.rect, (row, col) => {
        touchCell(located.sheet, row, col).numberFormat = String(matrix[row - located.rect.top][col - located.rect.left]);
      });
    });
  }

  get valueTypes(): string[][] {
    return this.readLoaded('valueTypes');
  }
  get address(): string {
    return this.readLoaded('address');
  }
  get rowIndex(): number {
    return this.readLoaded('rowIndex');
  }
  get columnIndex(): number {
    return this.readLoaded('columnIndex');
  }
  get rowCount(): number {
    return this.readLoaded('rowCount');
  }
  get columnCount(): number {
    return this.readLoaded('columnCount');
  }

  get columnHidden(): boolean {
    return this.readLoaded('columnHidden');
  }
  set columnHidden(hidden: boolean) {
    this.queueCall('columnHidden', hidden, () => {
      const { sheet, rect } = this.where();
      for (let col = rect.left; col <= rect.right; col++) {
        if (hidden) sheet.hiddenColumns.add(col);
        else sheet.hiddenColumns.delete(col);
      }
    });
  }

  set hyperlink(link: { documentReference?: string; address?: string; screenTip?: string; textToDisplay?: string }) {
    this.queueCall('hyperlink', link, () => {
      const located = this.where();
      for (const part of [link.address, link.documentReference]) {
        if (part !== undefined && part.length > EXCEL_LIMITS.formulaTextConstant.value) {
          throw new EmulatedOfficeError('InvalidArgument', `The argument is invalid or missing or has an incorrect format. (hyperlink address of ${part.length} characters)`);
        }
      }
      assertWritable(located, 'hyperlink');
      forEachCell(located.rect, (row, col) => {
        const cell = touchCell(located.sheet, row, col);
        cell.hyperlink = { ...link };
        if (link.textToDisplay !== undefined) {
          cell.value = link.textToDisplay;
          cell.formula = null;
        }
      });
    });
  }

  private writeCells(member: 'values' | 'formulas', matrix: unknown[][]): void {
    this.queueCall(member, matrix, () => {
      const located = this.where();
      assertShape(located.rect, matrix, member);
      assertWithinCellLimits(located, matrix, member);
      assertWritable(located, member);
      forEachCell(located.rect, (row, col) => {
        const entry = matrix[row - located.rect.top][col - located.rect.left];
        // Office.js leaves a cell alone where the array holds null.
        if (entry === null) return;
        const typed = typedEntry(entry);
        const cell = touchCell(located.sheet, row, col);
        cell.value = typed.value;
        cell.formula = typed.formula;
        cell.quotePrefix = typed.quotePrefix;
        if (typed.impliedFormat && cell.numberFormat === 'General') cell.numberFormat = typed.impliedFormat;
      });
    });
  }

  merge(across?: boolean): void {
    this.queueCall('merge', { across: across ?? false }, () => {
      const located = this.where();
      assertWritable(located, 'merge');
      const { sheet, rect } = located;
      const overlaps = sheet.merges.some((m) => m.top <= rect.bottom && rect.top <= m.bottom && m.left <= rect.right && rect.left <= m.right);
      if (overlaps) throw new EmulatedOfficeError('InvalidOperation', `Cannot merge ${rectToA1(rect)}: it overlaps a merged area.`);
      // Excel keeps the top-left value of a merged area and clears the rest.
      forEachCell(rect, (row, col) => {
        if (row === rect.top && col === rect.left) return;
        const cell = cellOf(sheet, row, col);
        if (cell) {
          cell.value = null;
          cell.formula = null;
        }
      });
      sheet.merges.push(rect);
    });
  }

  select(): void {
    this.queueCall('select', undefined, () => {
      const { sheet, rect } = this.where();
      this.context.state.activeSheetId = sheet.id;
      this.context.state.selection = { sheetId: sheet.id, rect };
    });
  }

  get format(): EmulatedRangeFormat {
    return new EmulatedRangeFormat(this.context, this);
  }

  get conditionalFormats(): EmulatedConditionalFormatCollection {
    return new EmulatedConditionalFormatCollection(this.context, this);
  }

  get dataValidation(): EmulatedDataValidation {
    return new EmulatedDataValidation(this.context, this);
  }

  getMergedAreasOrNullObject(): EmulatedRangeAreas {
    return new EmulatedRangeAreas(this.context, () => {
      const { sheet, rect } = this.where();
      const areas = sheet.merges.filter((m) => m.top >= rect.top && m.bottom <= rect.bottom && m.left >= rect.left && m.right <= rect.right).map((m) => ({ sheet, rect: m }));
      // "If the merged areas count in this range is more than 512, then this method will fail to return the
      // result" (the API reference). The error code is not documented: the host must not rely on one.
      if (areas.length > EXCEL_LIMITS.mergedAreasPerRead.value) {
        throw new EmulatedOfficeError('GeneralException', `There was an internal error while processing the request. (${areas.length} merged areas in ${rectToA1(rect)})`);
      }
      return areas;
    });
  }

  getCellProperties(options: { format?: { font?: { bold?: boolean } } }): EmulatedClientResult<{ format: { font: { bold: boolean } } }[][]> {
    const result = new EmulatedClientResult<{ format: { font: { bold: boolean } } }[][]>();
    this.context.enqueue('Range.getCellProperties', options, () => {
      const { sheet, rect } = this.where();
      assertReadable(rect);
      const value: { format: { font: { bold: boolean } } }[][] = [];
      for (let row = rect.top; row <= rect.bottom; row++) {
        const line: { format: { font: { bold: boolean } } }[] = [];
        for (let col = rect.left; col <= rect.right; col++) line.push({ format: { font: { bold: cellOf(sheet, row, col)?.style.bold === true } } });
        value.push(line);
      }
      return { bytes: payloadBytes(value), commit: () => result.fill(value) };
    });
    return result;
  }
}

export class EmulatedRangeAreas extends EmulatedClientObject {
  constructor(
    context: EmulatedRequestContext,
    private readonly areas: () => Located[],
  ) {
    super(context);
  }

  protected override exists(): boolean {
    return this.areas().length > 0;
  }

  protected override snapshotProperty(name: string): unknown {
    if (name !== 'address') throw new EmulatedOfficeError('InvalidArgument', `RangeAreas property "${name}" is not emulated.`);
    return this.areas()
      .map(({ sheet, rect }) => `${quoteSheet(sheet.name)}!${rectToA1(rect)}`)
      .join(',');
  }

  load(propertyNames?: LoadSpec): this {
    this.queueLoad(loadNames(propertyNames));
    return this;
  }

  get address(): string {
    return this.readLoaded('address');
  }
}

/** A proxy whose setters only write (Excel's format objects, as the host uses them). */
abstract class EmulatedWriteOnly extends EmulatedClientObject {
  protected override snapshotProperty(name: string): unknown {
    throw new EmulatedOfficeError('InvalidArgument', `Loading ${this.className()}.${name} is not emulated.`);
  }
}

/** A part of a range's format (format, font, fill, border): each setter queues one restyle of the range's cells. */
abstract class EmulatedRangeStylePart extends EmulatedWriteOnly {
  constructor(
    context: EmulatedRequestContext,
    protected readonly range: EmulatedRange,
    private readonly part: string,
  ) {
    super(context);
  }

  protected queueRestyle(member: string, value: unknown, patch: (style: CellStyleState) => CellStyleState): void {
    this.queueCall(member, value, () => {
      const located = this.range.where();
      assertWritable(located, `${this.part}.${member}`);
      restyle(located, patch);
    });
  }
}

export class EmulatedRangeFormat extends EmulatedRangeStylePart {
  constructor(context: EmulatedRequestContext, range: EmulatedRange) {
    super(context, range, 'format');
  }


  get font(): EmulatedRangeFont {
    return new EmulatedRangeFont(this.context, this.range);
  }
  get fill(): EmulatedRangeFill {
    return new EmulatedRangeFill(this.context, this.range);
  }
  get borders(): EmulatedRangeBorderCollection {
    return new EmulatedRangeBorderCollection(this.context, this.range);
  }
  get protection(): EmulatedFormatProtection {
    return new EmulatedFormatProtection(this.context, this.range);
  }
  set horizontalAlignment(value: string) {
    this.queueRestyle('horizontalAlignment', value, (s) => ({ ...s, horizontal: value }));
  }
  set verticalAlignment(value: string) {
    this.queueRestyle('verticalAlignment', value, (s) => ({ ...s, vertical: value }));
  }
  set wrapText(value: boolean) {
    this.queueRestyle('wrapText', value, (s) => ({ ...s, wrap: value }));
  }
  set indentLevel(value: number) {
    if (value < 0 || value > 250) throw new EmulatedOfficeError('InvalidArgument', `indentLevel ${value} out of range`);
    this.queueRestyle('indentLevel', value, (s) => ({ ...s, indent: value }));
  }
  set columnWidth(points: number) {
    this.queueCall('columnWidth', points, () => {
      if (!(points >= 0 && points <= MAX_COLUMN_WIDTH_POINTS)) throw new EmulatedOfficeError('InvalidArgument', `The argument is invalid or missing or has an incorrect format. (columnWidth ${points})`);
      const { sheet, rect } = this.range.where();
      for (let col = rect.left; col <= rect.right; col++) sheet.columnWidths.set(col, points);
    });
  }
  set rowHeight(points: number) {
    this.queueCall('rowHeight', points, () => {
      // Excel's rows are at most 409 points high (Excel specifications and limits).
      if (!(points >= 0 && points <= EXCEL_LIMITS.rowHeight.value)) throw new EmulatedOfficeError('InvalidArgument', `The argument is invalid or missing or has an incorrect format. (rowHeight ${points})`);
      const { sheet, rect } = this.range.where();
      if (rect.bottom - rect.top > 100000) return;
      for (let row = rect.top; row <= rect.bottom; row++) sheet.rowHeights.set(row, points);
    });
  }
}

export class EmulatedRangeFont extends EmulatedRangeStylePart {
  constructor(context: EmulatedRequestContext, range: EmulatedRange) {
    super(context, range, 'font');
  }


  set name(value: string) {
    this.queueRestyle('name', value, (s) => ({ ...s, fontName: value }));
  }
  set size(value: number) {
    this.queueRestyle('size', value, (s) => ({ ...s, fontSize: value }));
  }
  set bold(value: boolean) {
    this.queueRestyle('bold', value, (s) => ({ ...s, bold: value }));
  }
  set italic(value: boolean) {
    this.queueRestyle('italic', value, (s) => ({ ...s, italic: value }));
  }
  set color(value: string) {
    this.queueRestyle('color', value, (s) => ({ ...s, fontColor: value }));
  }
}

export class EmulatedRangeFill extends EmulatedRangeStylePart {
  constructor(context: EmulatedRequestContext, range: EmulatedRange) {
    super(context, range, 'fill');
  }

  set color(value: string) {
    this.queueRestyle('color', value, (s) => ({ ...s, fill: value }));
  }
}

const EDGES = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideVertical', 'InsideHorizontal', 'DiagonalDown', 'DiagonalUp'];

export class EmulatedRangeBorderCollection extends EmulatedWriteOnly {
  constructor(
    context: EmulatedRequestContext,
    private readonly range: EmulatedRange,
  ) {
    super(context);
  }

  getItem(index: string): EmulatedRangeBorder {
    if (!EDGES.includes(index)) throw new EmulatedOfficeError('InvalidArgument', `Unknown border ${index}`);
    return new EmulatedRangeBorder(this.context, this.range, index);
  }
}

export class EmulatedRangeBorder extends EmulatedRangeStylePart {
  constructor(
    context: EmulatedRequestContext,
    range: EmulatedRange,
    private readonly edge: string,
  ) {
    super(context, range, 'border');
  }

  private border(member: string, value: string): void {
    this.queueRestyle(member, value, (s) => ({ ...s, borders: { ...(s.borders ?? {}), [`${this.edge}.${member}`]: value } }));
  }

  set style(value: string) {
    this.border('style', value);
  }
  set weight(value: string) {
    this.border('weight', value);
  }
  set color(value: string) {
    this.border('color', value);
  }
}

export class EmulatedFormatProtection extends EmulatedWriteOnly {
  constructor(
    context: EmulatedRequestContext,
    private readonly range: EmulatedRange,
  ) {
    super(context);
  }

  set locked(value: boolean) {
    this.queueCall('locked', value, () => {
      const located = this.range.where();
      if (located.sheet.protected) throw new EmulatedOfficeError('AccessDenied', 'Cannot change cell protection on a protected sheet.');
      forEachCell(located.rect, (row, col) => {
        touchCell(located.sheet, row, col).locked = value;
      });
    });
  }
}

export class EmulatedConditionalFormatCollection extends EmulatedWriteOnly {
  constructor(
    context: EmulatedRequestContext,
    private readonly range: EmulatedRange,
  ) {
    super(context);
  }

  add(type: string): EmulatedConditionalFormat {
    const format = new EmulatedConditionalFormat(this.context);
    this.queueCall('add', type, () => {
      const located = this.range.where();
      assertWritable(located, 'conditionalFormats.add');
      if (type !== 'Custom' && type !== 'DataBar') throw new EmulatedOfficeError('InvalidArgument', `Conditional format type ${type} is not emulated.`);
      format.bind({ type, rect: located.rect });
      located.sheet.conditionalFormats.push(format.state());
    });
    return format;
  }
}

type CfState = import('./workbook-state').ConditionalFormatState;

/** A conditional format and its nested rule/format objects; each setter fills the record made by add(). */
export class EmulatedConditionalFormat extends EmulatedWriteOnly {
  private record: CfState | null = null;

  bind(record: CfState): void {
    this.record = record;
  }

  state(): CfState {
    if (!this.record) throw new EmulatedOfficeError('GeneralException', 'Conditional format used before it was added.');
    return this.record;
  }

  private queueSet(member: string, value: string, update: (record: CfState) => void): void {
    this.queueCall(member, value, () => update(this.state()));
  }

  get custom() {
    const set = (member: string, value: string, update: (record: CfState) => void) => this.queueSet(member, value, update);
    return {
      rule: {
        set formula(value: string) {
          set('custom.rule.formula', value, (r) => (r.formula = value));
        },
      },
      format: {
        fill: {
          set color(value: string) {
            set('custom.format.fill.color', value, (r) => (r.fill = value));
          },
        },
        font: {
          set color(value: string) {
            set('custom.format.font.color', value, (r) => (r.fontColor = value));
          },
        },
      },
    };
  }

  get dataBar() {
    const set = (member: string, value: string, update: (record: CfState) => void) => this.queueSet(member, value, update);
    return {
      positiveFormat: {
        set fillColor(value: string) {
          set('dataBar.positiveFormat.fillColor', value, (r) => (r.barColor = value));
        },
      },
    };
  }
}

/** Excel's limit on a list validation's source when it is written out, not a range reference. */
const LIST_SOURCE_LIMIT = 255;

/**
 * Range.dataValidation, for the one rule the host sets: a list. As in Excel, a protected sheet's locked cells
 * refuse it, a source longer than 255 characters is refused, and a rule set again on the same cells replaces
 * the earlier one. A prompt on cells with no rule is kept as Excel keeps an input message on 任何值.
 */
export class EmulatedDataValidation extends EmulatedWriteOnly {
  constructor(
    context: EmulatedRequestContext,
    private readonly range: EmulatedRange,
  ) {
    super(context);
  }

  set rule(rule: { list?: { inCellDropDown?: boolean; source?: string } }) {
    this.queueCall('rule', rule, () => {
      const located = this.range.where();
      assertWritable(located, 'dataValidation.rule');
      const list = rule.list;
      if (!list || typeof list.source !== 'string' || list.source === '') throw new EmulatedOfficeError('InvalidArgument', 'Only a list data validation with a source is emulated.');
      if (list.source.length > LIST_SOURCE_LIMIT) throw new EmulatedOfficeError('InvalidArgument', `The list source is longer than ${LIST_SOURCE_LIMIT} characters.`);
      const sheet = located.sheet;
      const same = sheet.dataValidations.findIndex((v) => sameRect(v.rect, located.rect));
      const state = { rect: located.rect, source: list.source, inCellDropDown: list.inCellDropDown ?? true };
      if (same >= 0) sheet.dataValidations.splice(same, 1, { ...state, prompt: sheet.dataValidations[same].prompt });
      else sheet.dataValidations.push(state);
    });
  }

  set prompt(prompt: { message: string; showPrompt: boolean; title?: string }) {
    this.queueCall('prompt', prompt, () => {
      const located = this.range.where();
      assertWritable(located, 'dataValidation.prompt');
      const found = located.sheet.dataValidations.find((v) => sameRect(v.rect, located.rect));
      if (found) found.prompt = { ...prompt };
      else located.sheet.dataValidations.push({ rect: located.rect, source: '', inCellDropDown: false, prompt: { ...prompt } });
    });
  }
}

function sameRect(a: RectState, b: RectState): boolean {
  return a.top === b.top && a.left === b.left && a.bottom === b.bottom && a.right === b.right;
}
