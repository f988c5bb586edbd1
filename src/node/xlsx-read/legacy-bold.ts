import * as XLSX from 'xlsx';
import type { WorkbookSnapshot } from '../../core/model';

/**
 * Which cells of an .xls are bold, read from its BIFF8 records, since SheetJS's free reader skips fonts and
 * the engine uses bold to spot section labels. By sheet name: 0-based row → 0-based columns that are bold.
 * Empty when the file is not BIFF8 (BIFF5 and older, HTML tables): such cells then read as not bold.
 */
export type BoldCells = Map<string, Map<number, Set<number>>>;

const BOF = 0x0809;
const EOF = 0x000a;
const FONT = 0x0031;
const XF = 0x00e0;
const BOUNDSHEET = 0x0085;
const BOLD_WEIGHT = 700;
const WORKSHEET_KIND = 0x0010;
/** Cell records whose first six bytes are row, column and format index. */
const SINGLE_CELLS = new Set([0x00fd, 0x0203, 0x027e, 0x0006, 0x0205, 0x0204, 0x00d6, 0x0201]);
const MULRK = 0x00bd;
const MULBLANK = 0x00be;

interface BiffRecord {
  readonly type: number;
  readonly data: Uint8Array;
  readonly offset: number;
}

function* records(stream: Uint8Array): Generator<BiffRecord> {
  const view = new DataView(stream.buffer, stream.byteOffset, stream.byteLength);
  for (let at = 0; at + 4 <= stream.length; ) {
    const type = view.getUint16(at, true);
    const length = view.getUint16(at + 2, true);
    yield { type, data: stream.subarray(at + 4, at + 4 + length), offset: at };
    at += 4 + length;
  }
}

const u16 = (data: Uint8Array, at: number) => data[at] | (data[at + 1] << 8);

function workbookStream(bytes: Uint8Array): Uint8Array | null {
  try {
    const container = XLSX.CFB.read(bytes, { type: 'array' });
    const entry = XLSX.CFB.find(container, 'Workbook');
    return entry?.content ? Uint8Array.from(entry.content as ArrayLike<number>) : null;
  } catch {
    return null;
  }
}

/** BOUNDSHEET8's name: a length, a flag (UTF-16 or one byte per character), the characters. */
function sheetName(data: Uint8Array): string {
  const length = data[6];
  const wide = (data[7] & 1) === 1;
  const chars = data.subarray(8, 8 + (wide ? length * 2 : length));
  // TextDecoder rather than Buffer, so the page reads legacy files with the same code; latin1 is one char per byte.
  return wide ? new TextDecoder('utf-16le').decode(chars) : String.fromCharCode(...chars);
}

export function readLegacyBold(bytes: Uint8Array): BoldCells {
  const stream = workbookStream(bytes);
  if (!stream) return new Map();
  const boldFonts: boolean[] = [];
  const boldFormats: boolean[] = [];
  const worksheetNames = new Map<number, string>();
  const sheets: BoldCells = new Map();
  let current: Map<number, Set<number>> | null = null;
  const mark = (row: number, column: number, format: number) => {
    if (!current || !boldFormats[format]) return;
    let columns = current.get(row);
    if (!columns) current.set(row, (columns = new Set()));
    columns.add(column);
  };
  for (const record of records(stream)) {
    const { type, data } = record;
    if (type === FONT) boldFonts.push(u16(data, 6) >= BOLD_WEIGHT);
    // Font index 4 is never written: indexes above it are one further down the list.
    else if (type === XF) {
      const font = u16(data, 0);
      boldFormats.push(boldFonts[font >= 4 ? font - 1 : font] === true);
    } else if (type === BOUNDSHEET && data[5] === 0) worksheetNames.set((data[0] | (data[1] << 8) | (data[2] << 16) | (data[3] << 24)) >>> 0, sheetName(data));
    else if (type === BOF) {
      const name = worksheetNames.get(record.offset);
      current = name !== undefined && u16(data, 2) === WORKSHEET_KIND ? new Map() : null;
      if (current && name !== undefined) sheets.set(name, current);
    } else if (type === EOF) current = null;
    else if (SINGLE_CELLS.has(type)) mark(u16(data, 0), u16(data, 2), u16(data, 4));
    else if (type === MULRK || type === MULBLANK) {
      const step = type === MULRK ? 6 : 2;
      const row = u16(data, 0);
      const first = u16(data, 2);
      for (let at = 4, column = first; at + step <= data.length - 2; at += step, column++) mark(row, column, u16(data, at));
    }
  }
  return sheets;
}

/** Marks the bold cells in a legacy workbook's snapshot: only cells that hold something, as for an .xlsx. */
export function withLegacyBold(snapshot: WorkbookSnapshot, boldCells: BoldCells): WorkbookSnapshot {
  if (boldCells.size === 0) return snapshot;
  const sheets = snapshot.sheets.map((sheet) => {
    const cells = boldCells.get(sheet.name);
    if (!cells || !sheet.bold) return sheet;
    const bold = [...sheet.bold];
    for (const [r, columns] of cells) {
      const values = sheet.values[r];
      if (!values) continue;
      const line = [...bold[r]];
      for (const c of columns) if (c < values.length && (values[c] !== null || sheet.formulas[r][c] !== null)) line[c] = true;
      bold[r] = line;
    }
    return { ...sheet, bold };
  });
  return { ...snapshot, sheets };
}
