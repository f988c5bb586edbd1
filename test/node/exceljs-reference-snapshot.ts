/**
 * The reader huibao used before the streaming one (issue 14): exceljs's document model turned into a
 * snapshot. Kept only as the reference the new reader is compared with, on every workbook the tests have.
 */
import ExcelJS from 'exceljs';
import type { CellValue, MergeArea, SheetSnapshot, WorkbookSnapshot } from '../../src/core/model';

const EPOCH_1900 = Date.UTC(1899, 11, 30);
const EPOCH_1904 = Date.UTC(1904, 0, 1);
const DAY_MS = 86_400_000;

export async function exceljsSnapshot(buffer: Buffer, name: string): Promise<WorkbookSnapshot> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ExcelJS.Buffer);
  return snapshotFromExcelJs(workbook, name);
}

function snapshotFromExcelJs(workbook: ExcelJS.Workbook, name: string): WorkbookSnapshot {
  const epoch = workbook.properties?.date1904 ? EPOCH_1904 : EPOCH_1900;
  const sheets = workbook.worksheets.map((worksheet, position) => sheetSnapshot(worksheet, position, epoch));
  return { name, sheets };
}

interface MergeRange {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** exceljs keeps merges on a private field; its public model only offers them as strings. */
function mergesOf(worksheet: ExcelJS.Worksheet): MergeArea[] {
  const merges = (worksheet as unknown as { _merges: Record<string, MergeRange> })._merges ?? {};
  return Object.values(merges).map(({ top, left, bottom, right }) => ({ top, left, bottom, right }));
}

function sheetSnapshot(worksheet: ExcelJS.Worksheet, position: number, epoch: number): SheetSnapshot {
  const values: CellValue[][] = [];
  const formulas: (string | null)[][] = [];
  const numberFormats: string[][] = [];
  const bold: boolean[][] = [];
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const valueLine: CellValue[] = [];
    const formulaLine: (string | null)[] = [];
    const formatLine: string[] = [];
    const boldLine: boolean[] = [];
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      // Merged cells other than the master repeat the master's value in exceljs; Excel reads them as empty.
      if (cell.isMerged && cell.master !== cell) return;
      const read = readCell(cell, epoch);
      valueLine[colNumber - 1] = read.value;
      formulaLine[colNumber - 1] = read.formula;
      formatLine[colNumber - 1] = cell.numFmt || 'General';
      boldLine[colNumber - 1] = cell.font?.bold === true;
    });
    values[rowNumber - 1] = fillHoles(valueLine, null);
    formulas[rowNumber - 1] = fillHoles(formulaLine, null);
    numberFormats[rowNumber - 1] = fillHoles(formatLine, 'General');
    bold[rowNumber - 1] = fillHoles(boldLine, false);
  });
  return {
    name: worksheet.name,
    visible: worksheet.state === undefined || worksheet.state === 'visible',
    position,
    values: fillRows(values),
    formulas: fillRows(formulas),
    numberFormats: fillRows(numberFormats),
    merges: mergesOf(worksheet),
    bold: fillRows(bold),
  };
}

function fillHoles<T>(line: T[], empty: T): T[] {
  const out = new Array<T>(line.length);
  for (let i = 0; i < line.length; i++) out[i] = i in line ? line[i] : empty;
  return out;
}

function fillRows<T>(rows: T[][]): T[][] {
  const out = new Array<T[]>(rows.length);
  for (let i = 0; i < rows.length; i++) out[i] = rows[i] ?? [];
  return out;
}

interface ReadCell {
  readonly value: CellValue;
  readonly formula: string | null;
}

function toSerial(date: Date, epoch: number): number {
  return (date.getTime() - epoch) / DAY_MS;
}

function plainValue(value: unknown, epoch: number): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return value;
  if (value instanceof Date) return toSerial(value, epoch);
  if (typeof value === 'object') {
    const object = value as Record<string, unknown>;
    if (typeof object.error === 'string') return { error: object.error };
    if (Array.isArray(object.richText)) {
      return object.richText.map((part: { text?: unknown }) => (typeof part.text === 'string' ? part.text : '')).join('');
    }
    if ('text' in object && 'hyperlink' in object) return plainValue(object.text, epoch);
  }
  return String(value);
}

function readCell(cell: ExcelJS.Cell, epoch: number): ReadCell {
  if (cell.type === ExcelJS.ValueType.Formula) {
    // cell.formula translates shared formulas to this cell's own references.
    return { value: plainValue(cell.result, epoch), formula: `=${cell.formula}` };
  }
  return { value: plainValue(cell.value, epoch), formula: null };
}
