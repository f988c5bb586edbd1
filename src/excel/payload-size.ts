import { EXCEL_LIMITS } from '../core/limits';

/**
 * Excel on the web refuses a request or a response above 5 MB (RequestPayloadSizeLimitExceeded), and any
 * Excel refuses to read more than 5,000,000 cells in one range (RangeExceedsLimit).
 *
 * What a request costs is measured, not guessed: test/excel/request-size.test.ts runs the shipped office.js's
 * own request builder (OfficeExtension.ClientRequestContext with a recording executor) on every kind of write
 * step and holds the figures below to what it serialises. A step's cost is its data as UTF-8 JSON plus, for
 * each range it addresses and each call it queues, the object path and action Office.js adds around it.
 */
export const EXCEL_PAYLOAD_LIMIT = EXCEL_LIMITS.payloadBytes.value;

/** Cells Excel will return from one range read. */
export const EXCEL_READ_CELL_LIMIT = EXCEL_LIMITS.cellsPerRead.value;

/**
 * A range addressed by getRange("AB12345:AC23456"): its object path and instantiate action. Measured with
 * office.js 1.1.110: about 180 bytes with short object ids; 220 fell short for freezeAt's range argument
 * once ids have seven digits, 300 does not.
 */
export const RANGE_BYTES = 300;

/** One property set or method call (measured 96–103 bytes), or one child object opened on the way (format, font, a border: 123 bytes). */
export const CALL_BYTES = 160;

/**
 * office.js 1.1.110 writes any array of more than 1,500 cells in row chunks (setRangePropertiesInBulk, on
 * ExcelApi 1.3 and later): one _ValidateArraySize call, then per chunk two GetRow paths, a GetBoundingRect
 * path and its own set action. Measured: about 620 bytes a chunk while object ids are short (a 3,001-row
 * column of formats costs 1,960 bytes more than its data and one range), more once ids reach the seven
 * digits of a 50,000-row run, where 700 bytes fell short by ~0.1 %.
 */
export const BULK_CHUNK_CELLS = 1500;
export const CHUNK_BYTES = 800;

function rowsPerChunk(width: number): number {
  return Math.max(1, Math.round(BULK_CHUNK_CELLS / width));
}

/** A whole-range array write (formulas, number formats): its data, its range, its call and office.js's chunking. */
export function matrixWriteBytes(rows: number, width: number, dataBytes: number): number {
  const base = dataBytes + RANGE_BYTES + CALL_BYTES;
  if (rows * width <= BULK_CHUNK_CELLS) return base;
  return base + CALL_BYTES + Math.ceil(rows / rowsPerChunk(width)) * CHUNK_BYTES;
}

/** The chunking's cost spread over rows, for sizing blocks row by row before the block is known. */
export function chunkBytesPerRow(width: number): number {
  return Math.ceil(CHUNK_BYTES / rowsPerChunk(width));
}

/** What one sync may carry: 95 % of the limit; the estimates already cover each step (request-size.test.ts), the rest is for the request envelope. */
export const SYNC_BUDGET_BYTES = Math.floor(EXCEL_PAYLOAD_LIMIT * 0.95);

const encoder = new TextEncoder();

export function utf8Length(text: string): number {
  // Cheap path for ASCII-only text, exact count otherwise.
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) return encoder.encode(text).length;
  return text.length;
}

export function jsonBytes(value: unknown): number {
  return utf8Length(JSON.stringify(value) ?? 'null');
}
