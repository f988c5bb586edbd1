import { DEFAULT_SHEET_NAMES, generatedRole } from '../core/layout/generated-sheets';
import { newerSettings, type CellValue, type MergeArea, type SheetSnapshot, type WorkbookSettings, type WorkbookSnapshot } from '../core/model';
import { readMergedAreas, type MergeTarget } from './merged-areas-read';
import { HostError, isPayloadTooLarge, isRangeTooLarge } from './office-errors';
import { EXCEL_READ_CELL_LIMIT, jsonBytes, SYNC_BUDGET_BYTES } from './payload-size';
import { parseAreas, rectAddress } from './range-address';
import type { Capabilities } from './requirement-sets';
import type { Batch } from './sync-batch';
import { queueAnswersRead } from './workbook-answers';

/**
 * Reads the workbook into a WorkbookSnapshot: the sheet list and the active sheet's used range (values,
 * formulas, number formats, value types, merged areas, bold) in one round trip, then every other sheet's in
 * one more (none for a workbook of one sheet). Only when Excel refuses an answer as too big (5 MB on the
 * web, or more than 5,000,000 cells in one range) does it fall back to row blocks sized by payload and by
 * cell count.
 * Grids are padded to start at A1, as the snapshot promises.
 *
 * Merged areas are read only for the department's own sheets: a sheet an earlier run generated is replaced
 * whole and its merges (25,000 on a 50,000-row 指标测算) would only fail the read, since Excel answers at
 * most 512 merged areas per call. Which sheets are ours is known for certain only from their marker cell,
 * after the read; so the read asks, alongside the cells, for the merges of every sheet whose name is not one
 * we give, and a second step (merged-areas-read.ts) fetches what is still missing and drops what was not
 * needed. A batch that fails with merges in it is sent again without them.
 */

interface SheetHeader {
  readonly sheet: Excel.Worksheet;
  readonly name: string;
  readonly visible: boolean;
  readonly position: number;
}

interface UsedBlock {
  /** 0-based position of the used range's top-left cell. */
  readonly rowIndex: number;
  readonly columnIndex: number;
  readonly rowCount: number;
  readonly columnCount: number;
}

/** One block of rows as Office.js returns it. */
interface RowBlock {
  readonly values: unknown[][];
  readonly formulas: unknown[][];
  readonly numberFormat: unknown[][];
  readonly valueTypes: string[][];
  readonly bold: boolean[][] | null;
}

const RANGE_PROPERTIES = ['values', 'formulas', 'numberFormat', 'valueTypes', 'rowIndex', 'columnIndex', 'rowCount', 'columnCount'];
const BOLD_ONLY: Excel.CellPropertiesLoadOptions = { format: { font: { bold: true } } };

function boldGrid(result: OfficeExtension.ClientResult<Excel.CellProperties[][]> | null): boolean[][] | null {
  if (!result) return null;
  return result.value.map((line) => line.map((cell) => cell.format?.font?.bold === true));
}

function cellValue(raw: unknown, type: string | undefined): CellValue {
  if (type === 'Error') return { error: String(raw) };
  if (type === 'Empty' || raw === '' || raw === null || raw === undefined) return null;
  if (typeof raw === 'number' || typeof raw === 'string' || typeof raw === 'boolean') return raw;
  return null;
}

/**
 * Range.formulas repeats the constant for cells without a formula; a text cell holding "=x" (typed with an
 * apostrophe) shows the same text as its value, which no real formula can.
 */
function cellFormula(raw: unknown, value: unknown): string | null {
  return typeof raw === 'string' && raw.startsWith('=') && raw !== value ? raw : null;
}

interface GridBuilder {
  values: CellValue[][];
  formulas: (string | null)[][];
  numberFormats: string[][];
  bold: boolean[][] | null;
}

function emptyGrid(used: UsedBlock, withBold: boolean): GridBuilder {
  const height = used.rowIndex + used.rowCount;
  const width = used.columnIndex + used.columnCount;
  // Rows above the used range are padded whole; rows inside get their left padding, then the block's cells.
  const make = <T>(fill: T): T[][] =>
    Array.from({ length: height }, (_, row) => new Array<T>(row < used.rowIndex ? width : used.columnIndex).fill(fill));
  return { values: make<CellValue>(null), formulas: make<string | null>(null), numberFormats: make('General'), bold: withBold ? make(false) : null };
}

function addBlock(grid: GridBuilder, used: UsedBlock, firstRow: number, block: RowBlock): void {
  block.values.forEach((line, r) => {
    const row = used.rowIndex + firstRow + r;
    const types = block.valueTypes[r] ?? [];
    const formulas = block.formulas[r] ?? [];
    const formats = block.numberFormat[r] ?? [];
    const bold = block.bold?.[r] ?? [];
    line.forEach((raw, c) => {
      grid.values[row].push(cellValue(raw, types[c]));
      grid.formulas[row].push(cellFormula(formulas[c], raw));
      grid.numberFormats[row].push(typeof formats[c] === 'string' ? (formats[c] as string) : 'General');
      grid.bold?.[row].push(bold[c] === true);
    });
  });
}

function isBlank(grid: GridBuilder): boolean {
  return grid.values.every((line) => line.every((value) => value === null)) && grid.formulas.every((line) => line.every((f) => f === null));
}

function toSnapshot(header: SheetHeader, grid: GridBuilder, merges: MergeArea[]): SheetSnapshot {
  // A blank sheet's used range is A1 with nothing in it: say so with empty grids.
  const blank = isBlank(grid);
  return {
    name: header.name,
    visible: header.visible,
    position: header.position,
    values: blank ? [] : grid.values,
    formulas: blank ? [] : grid.formulas,
    numberFormats: blank ? [] : grid.numberFormats,
    merges,
    ...(grid.bold && !blank ? { bold: grid.bold } : {}),
  };
}

/** The name shown when this Excel cannot tell us the file's (Workbook.name needs ExcelApi 1.7). */
export const UNNAMED_WORKBOOK = '工作簿';

async function readHeaders(batch: Batch, capabilities: Capabilities): Promise<{ workbookName: string; headers: SheetHeader[]; kept: WorkbookSettings | undefined }> {
  const workbook = batch.context.workbook;
  const named = capabilities.has('workbook-name');
  if (named) workbook.load('name');
  const sheets = workbook.worksheets;
  sheets.load('items/name,items/visibility,items/position');
  const answers = queueAnswersRead(batch, capabilities);
  await batch.sync();
  const headers = sheets.items
    .map((sheet) => ({ sheet, name: sheet.name, visible: sheet.visibility === 'Visible', position: sheet.position }))
    .sort((a, b) => a.position - b.position);
  const workbookName = named ? workbook.name.replace(/\.(xlsx|xlsm|xls|xlsb|csv)$/i, '') : UNNAMED_WORKBOOK;
  return { workbookName, headers, kept: answers() };
}

/** A used range queued for one read: its cells, its merged areas and its bold, as this Excel can give them. */
interface QueuedRead {
  readonly range: Excel.Range;
  readonly merged: Excel.RangeAreas | null;
  readonly bold: OfficeExtension.ClientResult<Excel.CellProperties[][]> | null;
}

/**
 * The used range of values. valuesOnly is ExcelApi 1.2; on 1.1 the plain used range (formatted cells too)
 * is read, and the cells beyond the values come back empty.
 */
function usedRange(sheet: Excel.Worksheet, capabilities: Capabilities): Excel.Range {
  return capabilities.usedRangeValuesOnly ? sheet.getUsedRange(true) : sheet.getUsedRange();
}

/** Our own sheet names, as resolveSheetNames gives them (汇总, 汇总（2）…), and the backups a write renames. */
const OUR_NAMES = new Set(Object.values(DEFAULT_SHEET_NAMES));

export function looksGenerated(name: string): boolean {
  return name.startsWith('~huibao-old-') || OUR_NAMES.has(name.replace(/（\d+）$/, ''));
}

function queueWholeSheet(sheet: Excel.Worksheet, capabilities: Capabilities, withMerges: boolean): QueuedRead {
  const range = usedRange(sheet, capabilities);
  range.load(RANGE_PROPERTIES);
  const merged = withMerges && capabilities.has('merged-areas-read') ? range.getMergedAreasOrNullObject() : null;
  merged?.load('address');
  const bold = capabilities.has('bold-read') ? range.getCellProperties(BOLD_ONLY) : null;
  return { range, merged, bold };
}

function mergesOf(merged: Excel.RangeAreas | null): MergeArea[] {
  if (!merged || merged.isNullObject) return [];
  return parseAreas(merged.address);
}

function usedOf(range: Excel.Range): UsedBlock {
  return { rowIndex: range.rowIndex, columnIndex: range.columnIndex, rowCount: range.rowCount, columnCount: range.columnCount };
}

/** A sheet as read, and whether its merged areas were read with it. */
interface ReadSheet {
  readonly header: SheetHeader;
  readonly sheet: SheetSnapshot;
  readonly mergesRead: boolean;
}

/** A whole used range, once its read has come back. */
function sheetOf(header: SheetHeader, read: QueuedRead): ReadSheet {
  return { header, sheet: gridOf(header, read), mergesRead: read.merged !== null };
}

function gridOf(header: SheetHeader, { range, merged, bold }: QueuedRead): SheetSnapshot {
  const used = usedOf(range);
  const grid = emptyGrid(used, bold !== null);
  addBlock(grid, used, 0, {
    values: range.values,
    formulas: range.formulas,
    numberFormat: range.numberFormat,
    valueTypes: range.valueTypes as string[][],
    bold: boldGrid(bold),
  });
  return toSnapshot(header, grid, mergesOf(merged));
}

/** The fast path: every sheet in one round trip, with the merges of the sheets that look like the department's. */
async function readAllAtOnce(batch: Batch, headers: SheetHeader[], capabilities: Capabilities, withMerges: boolean): Promise<ReadSheet[]> {
  if (headers.length === 0) return [];
  const queued = headers.map((header) => ({ header, read: queueWholeSheet(header.sheet, capabilities, withMerges && !looksGenerated(header.name)) }));
  await batch.sync();
  return queued.map(({ header, read }) => sheetOf(header, read));
}

/**
 * The first round trip: the sheet list, and the active sheet read whole beside it. A department's
 * workbook is often one sheet, which is then read in this one trip; the other sheets follow in one more.
 */
async function readHeadersAndActive(batch: Batch, capabilities: Capabilities): Promise<{ workbookName: string; headers: SheetHeader[]; kept: WorkbookSettings | undefined; active: ReadSheet | null }> {
  const activeSheet = batch.context.workbook.worksheets.getActiveWorksheet();
  activeSheet.load('name');
  // Its name is not known yet: its merges are asked for, and a refusal falls back to the plain read below.
  const read = queueWholeSheet(activeSheet, capabilities, true);
  const { workbookName, headers, kept } = await readHeaders(batch, capabilities);
  const header = headers.find((candidate) => candidate.name === activeSheet.name);
  return { workbookName, headers, kept, active: header ? sheetOf(header, read) : null };
}

/** A first guess of the bytes per cell (values, formulas, formats, types, bold); corrected after the first block. */
const FIRST_GUESS_BYTES_PER_CELL = 160;

/**
 * The fallback for large sheets: the used range's size and merges first, then blocks of rows sized so each
 * answer stays under the budget. One sync per block is the point here — the payload limit forbids fewer —
 * and a block that is still refused is halved and read again.
 */
async function readInBlocks(batch: Batch, headers: SheetHeader[], capabilities: Capabilities): Promise<ReadSheet[]> {
  const sized = headers.map((header) => {
    const range = usedRange(header.sheet, capabilities);
    range.load(['rowIndex', 'columnIndex', 'rowCount', 'columnCount']);
    return { header, range };
  });
  await batch.sync();

  const result: ReadSheet[] = [];
  let bytesPerCell = FIRST_GUESS_BYTES_PER_CELL;
  for (const { header, range } of sized) {
    const used = usedOf(range);
    const withBold = capabilities.has('bold-read');
    const grid = emptyGrid(used, withBold);
    let done = 0;
    while (done < used.rowCount) {
      const byBytes = Math.floor(SYNC_BUDGET_BYTES / (bytesPerCell * used.columnCount));
      const byCells = Math.floor(EXCEL_READ_CELL_LIMIT / used.columnCount);
      const rows = Math.max(1, Math.min(used.rowCount - done, byBytes, byCells));
      const top = used.rowIndex + done + 1;
      const left = used.columnIndex + 1;
      const part = header.sheet.getRange(rectAddress({ top, left, bottom: top + rows - 1, right: left + used.columnCount - 1 }));
      part.load(['values', 'formulas', 'numberFormat', 'valueTypes']);
      const bold = withBold ? part.getCellProperties(BOLD_ONLY) : null;
      try {
        await batch.sync();
      } catch (error) {
        if (!(isPayloadTooLarge(error) || isRangeTooLarge(error)) || rows === 1) throw error;
        bytesPerCell *= 2;
        continue;
      }
      const block: RowBlock = {
        values: part.values,
        formulas: part.formulas,
        numberFormat: part.numberFormat,
        valueTypes: part.valueTypes as string[][],
        bold: boldGrid(bold),
      };
      // Measure what really came back and size the next block by it, with a margin for rows that run longer.
      const measured = (jsonBytes(block.values) + jsonBytes(block.formulas) + jsonBytes(block.numberFormat) + jsonBytes(block.valueTypes) + (block.bold ? jsonBytes(bold?.value) : 0)) / (rows * used.columnCount);
      bytesPerCell = Math.max(8, measured * 1.5);
      addBlock(grid, used, done, block);
      done += rows;
    }
    result.push({ header, sheet: toSnapshot(header, grid, []), mergesRead: false });
  }
  return result;
}

function usedRect(sheet: SheetSnapshot): MergeTarget['rect'] | null {
  let right = 0;
  for (const line of sheet.values) if (line.length > right) right = line.length;
  return sheet.values.length === 0 || right === 0 ? null : { top: 1, left: 1, bottom: sheet.values.length, right };
}

/**
 * The merges the engine needs and nothing else: a generated sheet's are dropped; a sheet of the
 * department's whose merges were not read with its cells gets them now, in one more round trip.
 */
async function completeMerges(batch: Batch, capabilities: Capabilities, read: readonly ReadSheet[]): Promise<SheetSnapshot[]> {
  const sheets = read.map(({ sheet, mergesRead }) => (mergesRead && generatedRole(sheet) !== null ? { ...sheet, merges: [] } : sheet));
  if (!capabilities.has('merged-areas-read')) return sheets;
  const wanted: { index: number; target: MergeTarget }[] = [];
  read.forEach(({ header, sheet, mergesRead }, index) => {
    if (mergesRead || generatedRole(sheet) !== null) return;
    const rect = usedRect(sheet);
    if (rect) wanted.push({ index, target: { sheet: header.sheet, rect } });
  });
  const merges = await readMergedAreas(batch, capabilities, wanted.map((w) => w.target));
  wanted.forEach(({ index }, i) => (sheets[index] = { ...sheets[index], merges: merges[i] }));
  return sheets;
}

export interface ReadOutcome {
  readonly snapshot: WorkbookSnapshot;
  /** True when the workbook was too big for one answer and was read in row blocks. */
  readonly chunked: boolean;
}

export async function readSnapshot(batch: Batch, capabilities: Capabilities, settings?: WorkbookSettings): Promise<ReadOutcome> {
  // A loaded office.js without what even ExcelApi 1.1 has cannot run at all: say so before touching anything.
  if (capabilities.broken.length > 0) throw new HostError('not-supported', `the loaded office.js lacks ${capabilities.broken.join(', ')}`);
  // The answers kept in the workbook (custom properties, read with the sheet list) go beneath the pane's own.
  let kept: WorkbookSettings | undefined;
  const finish = async (workbookName: string, read: ReadSheet[], chunked: boolean): Promise<ReadOutcome> => {
    const sheets = await completeMerges(batch, capabilities, read);
    const merged = kept ? newerSettings(kept, settings) : settings;
    return { snapshot: { name: workbookName, sheets: sheets.sort((a, b) => a.position - b.position), ...(merged ? { settings: merged } : {}) }, chunked };
  };
  let first: Awaited<ReturnType<typeof readHeadersAndActive>>;
  try {
    first = await readHeadersAndActive(batch, capabilities);
    kept = first.kept;
  } catch (error) {
    // Nothing of a refused batch comes back. The active sheet alone was too big: list the sheets, then read in blocks.
    // Any other refusal (a chart sheet active, say) leaves the plain two-step read, which reports real errors itself.
    const tooBig = isPayloadTooLarge(error) || isRangeTooLarge(error);
    const listed = await readHeaders(batch, capabilities);
    kept = listed.kept;
    const { workbookName, headers } = listed;
    if (tooBig) return finish(workbookName, await readInBlocks(batch, headers, capabilities), true);
    return readRest(batch, capabilities, workbookName, headers, null, finish);
  }
  return readRest(batch, capabilities, first.workbookName, first.headers, first.active, finish);
}

/** Every sheet but the one already read, in one more round trip, or in row blocks when that answer would be too big. */
async function readRest(
  batch: Batch,
  capabilities: Capabilities,
  workbookName: string,
  headers: SheetHeader[],
  active: ReadSheet | null,
  finish: (workbookName: string, read: ReadSheet[], chunked: boolean) => Promise<ReadOutcome>,
): Promise<ReadOutcome> {
  const rest = headers.filter((header) => header.name !== active?.header.name);
  const done = active ? [active] : [];
  let withMerges = capabilities.has('merged-areas-read');
  for (;;) {
    try {
      return await finish(workbookName, [...done, ...(await readAllAtOnce(batch, rest, capabilities, withMerges))], false);
    } catch (error) {
      if (isPayloadTooLarge(error) || isRangeTooLarge(error)) return finish(workbookName, [...done, ...(await readInBlocks(batch, rest, capabilities))], true);
      // A sheet with more than 512 merged areas fails the whole batch: read the cells alone, the merges after.
      if (!withMerges) throw error;
      withMerges = false;
    }
  }
}
