import type { CellValue, MergeArea, SheetSnapshot } from '../../core/model';
import { parseArea } from '../../core/model';
import { PLAIN_STYLE, type CellStyle } from './cell-styles';
import { showsCalendarDate } from './number-formats';
import { shiftFormula } from './shared-formula';
import { TextRunCollector } from './text-runs';
import { readXmlPart } from './xml-part';
import type { ZipPackage } from '../zip/zip-package';

/** What every sheet of a workbook reads against. */
export interface SheetContext {
  readonly strings: readonly string[];
  readonly styles: readonly CellStyle[];
  readonly date1904: boolean;
}

/** Days from 1900-01-00 (Excel's 1900 system) to 1904-01-01. */
const DAYS_1900_TO_1904 = 1462;
const EPOCH_1900_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

/** A cell being read: its tags arrive one by one and the cell is settled when </c> comes. */
interface OpenCell {
  row: number;
  column: number;
  type: string;
  style: CellStyle;
  valueText: string | null;
  formulaText: string | null;
  /** <f t="shared" si=…> */
  sharedIndex: string | null;
  sharedMaster: boolean;
  /** An <f> element was there (a shared formula's other cells have an empty one). */
  hasFormulaElement: boolean;
  formulaType: string | null;
  hasInline: boolean;
}

interface SharedMaster {
  readonly formula: string;
  readonly row: number;
  readonly column: number;
}

/** An ISO 8601 date (t="d", written by openpyxl and some exports) as a 1900-system serial. */
function isoToSerial(text: string): number | null {
  const parsed = Date.parse(/[zZ]|[+-]\d\d:?\d\d$/.test(text) || !text.includes('T') ? text : `${text}Z`);
  return Number.isNaN(parsed) ? null : (parsed - EPOCH_1900_MS) / DAY_MS;
}

/** Excel's own spelling of booleans is 1/0; a few writers use true/false. */
function parseBoolean(text: string): boolean {
  const trimmed = text.trim().toLowerCase();
  return !(trimmed === '0' || trimmed === 'false' || trimmed === '');
}

/**
 * Grids of one sheet grown row by row; rows and lines keep no holes so the engine walks packed arrays.
 * A finished row's formulas, formats and bold lines are shared with every earlier row that has the same
 * ones (frozen, so nothing can change one row through another): a 200,000-row ledger mostly repeats one
 * pattern, and only its values need memory of their own.
 */
class SheetGrid {
  readonly values: CellValue[][] = [];
  readonly formulas: (string | null)[][] = [];
  readonly numberFormats: string[][] = [];
  readonly bold: boolean[][] = [];
  private readonly sharedLines = new Map<string, readonly unknown[]>();

  put(row: number, column: number, value: CellValue, formula: string | null, style: CellStyle): void {
    const r = row - 1;
    const c = column - 1;
    while (this.values.length <= r) {
      this.values.push([]);
      this.formulas.push([]);
      this.numberFormats.push([]);
      this.bold.push([]);
    }
    // A cell for a row already sealed (rows out of order): that row gets lines of its own again.
    if (Object.isFrozen(this.formulas[r])) this.unshare(r);
    const values = this.values[r];
    const formulas = this.formulas[r];
    const formats = this.numberFormats[r];
    const bold = this.bold[r];
    while (values.length < c) {
      values.push(null);
      formulas.push(null);
      formats.push(PLAIN_STYLE.numberFormat);
      bold.push(false);
    }
    values[c] = value;
    formulas[c] = formula;
    formats[c] = style.numberFormat;
    bold[c] = style.bold;
  }

  /** Shares row r's formulas, formats and bold lines with identical earlier ones. */
  sealRow(r: number): void {
    if (r >= this.values.length) return;
    const formulas = this.formulas[r];
    // Lines with formulas differ row by row; keying them would only double their text.
    if (formulas.every((formula) => formula === null)) this.formulas[r] = this.shared('f', formulas);
    this.numberFormats[r] = this.shared('n', this.numberFormats[r]);
    this.bold[r] = this.shared('b', this.bold[r]);
  }

  private shared<T>(kind: string, line: T[]): T[] {
    const key = `${kind}${line.length}\u0001${line.join('\u0001')}`;
    const known = this.sharedLines.get(key);
    if (known) return known as T[];
    this.sharedLines.set(key, Object.freeze(line));
    return line;
  }

  /** Copies before writing: the lines may be shared with other rows. */
  private unshare(r: number): void {
    this.formulas[r] = [...this.formulas[r]];
    this.numberFormats[r] = [...this.numberFormats[r]];
    this.bold[r] = [...this.bold[r]];
  }

  /** Cells under a merge other than its top-left read as empty, as in Excel; lines then end at their last cell. */
  clearUnderMerges(merges: readonly MergeArea[]): void {
    for (const merge of merges) {
      for (let row = merge.top; row <= merge.bottom && row <= this.values.length; row++) {
        const r = row - 1;
        this.unshare(r);
        const values = this.values[r];
        for (let column = merge.left; column <= merge.right && column <= values.length; column++) {
          if (row === merge.top && column === merge.left) continue;
          const c = column - 1;
          values[c] = null;
          this.formulas[r][c] = null;
          this.numberFormats[r][c] = PLAIN_STYLE.numberFormat;
          this.bold[r][c] = false;
        }
        this.trimLine(r);
      }
    }
  }

  private trimLine(r: number): void {
    const values = this.values[r];
    const formulas = this.formulas[r];
    let length = values.length;
    while (length > 0 && values[length - 1] === null && formulas[length - 1] === null) length--;
    values.length = length;
    formulas.length = length;
    this.numberFormats[r].length = length;
    this.bold[r].length = length;
  }
}

// Every cell's r attribute goes through here: a char loop, not parseCellAddress's regex (core/model), on purpose.
function parseReference(reference: string): { row: number; column: number } | null {
  let i = 0;
  let column = 0;
  while (i < reference.length) {
    const code = reference.charCodeAt(i) | 0x20;
    if (code < 97 || code > 122) break;
    column = column * 26 + (code - 96);
    i++;
  }
  const row = Number(reference.slice(i).replace(/\$/g, ''));
  return column > 0 && Number.isInteger(row) && row > 0 ? { row, column } : null;
}

/**
 * Streams one worksheet part into its snapshot: values (a formula's cached result), formulas (shared ones
 * written out per cell), number formats, bold and merges. Nothing but the grids is kept.
 */
export function readSheetCells(zip: ZipPackage, part: string, name: string, visible: boolean, position: number, context: SheetContext): SheetSnapshot {
  const grid = new SheetGrid();
  const merges = new Map<string, MergeArea>();
  const sharedMasters = new Map<string, SharedMaster>();
  const inline = new TextRunCollector();
  let currentRow = 0;
  let lastColumn = 0;
  let cell: OpenCell | null = null;
  let collecting: 'v' | 'f' | 'is' | null = null;

  const numberValue = (text: string, style: CellStyle): number => {
    const number = parseFloat(text);
    return context.date1904 && showsCalendarDate(style.numberFormat) ? number + DAYS_1900_TO_1904 : number;
  };

  const cachedValue = (open: OpenCell): CellValue => {
    if (open.type === 'inlineStr' && open.valueText === null) return open.hasInline ? inline.result() : null;
    const text = open.valueText;
    if (text === null || text === '') return null;
    switch (open.type) {
      case 's':
        return context.strings[parseInt(text, 10)] ?? '';
      case 'str':
      case 'inlineStr':
        return text;
      case 'b':
        return parseBoolean(text);
      case 'e':
        return { error: text };
      case 'd':
        return isoToSerial(text) ?? text;
      default:
        return numberValue(text, open.style);
    }
  };

  const formulaOf = (open: OpenCell): string | null => {
    const own = open.formulaText !== null && open.formulaText !== '' ? open.formulaText : null;
    if (open.sharedIndex !== null) {
      if (own !== null) {
        if (open.sharedMaster) sharedMasters.set(open.sharedIndex, { formula: own, row: open.row, column: open.column });
        return own;
      }
      const master = sharedMasters.get(open.sharedIndex);
      return master ? shiftFormula(master.formula, open.row - master.row, open.column - master.column) : null;
    }
    // A data table's cells (t="dataTable") carry results only; there is no formula text to show.
    return open.formulaType === 'dataTable' ? null : own;
  };

  const settle = (open: OpenCell): void => {
    const formula = open.hasFormulaElement ? formulaOf(open) : null;
    const value = cachedValue(open);
    if (value === null && formula === null) return;
    grid.put(open.row, open.column, value, formula === null ? null : `=${formula}`, open.style);
  };

  readXmlPart(zip, part, {
    open(tag, attributes) {
      if (cell !== null) {
        switch (tag) {
          case 'v':
            collecting = 'v';
            cell.valueText ??= '';
            return;
          case 'f':
            collecting = 'f';
            cell.hasFormulaElement = true;
            cell.formulaText ??= '';
            cell.formulaType = attributes.t ?? null;
            if (attributes.t === 'shared' && attributes.si !== undefined) {
              cell.sharedIndex = attributes.si;
              cell.sharedMaster = attributes.ref !== undefined;
            }
            return;
          case 'is':
            collecting = 'is';
            cell.hasInline = true;
            inline.reset();
            return;
          default:
            if (collecting === 'is') inline.open(tag);
            return;
        }
      }
      switch (tag) {
        case 'row': {
          const number = attributes.r === undefined ? NaN : parseInt(attributes.r, 10);
          currentRow = Number.isInteger(number) && number > 0 ? number : currentRow + 1;
          lastColumn = 0;
          return;
        }
        case 'c': {
          const at = attributes.r === undefined ? null : parseReference(attributes.r);
          const row = at?.row ?? Math.max(currentRow, 1);
          const column = at?.column ?? lastColumn + 1;
          lastColumn = column;
          const styleIndex = attributes.s === undefined ? 0 : parseInt(attributes.s, 10);
          cell = {
            row,
            column,
            type: attributes.t ?? 'n',
            style: context.styles[styleIndex] ?? PLAIN_STYLE,
            valueText: null,
            formulaText: null,
            sharedIndex: null,
            sharedMaster: false,
            hasFormulaElement: false,
            formulaType: null,
            hasInline: false,
          };
          return;
        }
        case 'mergeCell': {
          const merge = attributes.ref === undefined ? null : parseArea(attributes.ref);
          if (merge) merges.set(`${merge.top}:${merge.left}`, merge);
          return;
        }
        default:
          return;
      }
    },
    close(tag) {
      if (tag === 'row') grid.sealRow(currentRow - 1);
      if (cell === null) return;
      if (tag === 'c') {
        settle(cell);
        cell = null;
        collecting = null;
      } else if (tag === 'v' || tag === 'f' || tag === 'is') collecting = null;
      else if (collecting === 'is') inline.close(tag);
    },
    text(text) {
      if (cell === null || collecting === null) return;
      if (collecting === 'v') cell.valueText += text;
      else if (collecting === 'f') cell.formulaText += text;
      else inline.text(text);
    },
  });

  const mergeList = [...merges.values()];
  grid.clearUnderMerges(mergeList);
  return {
    name,
    visible,
    position,
    values: grid.values,
    formulas: grid.formulas,
    numberFormats: grid.numberFormats,
    merges: mergeList,
    bold: grid.bold,
  };
}
