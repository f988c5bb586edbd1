/**
 * Excel on the web refuses a request or a response above 5 MB (RequestPayloadSizeLimitExceeded), and any
 * Excel refuses to read more than 5,000,000 cells in one range (RangeExceedsLimit).
 *
 * What a request costs is measured, not guessed: test/excel/request-size.test.ts runs the shipped office.js's
 * own request builder (OfficeExtension.ClientRequestContext with a recording executor) on every kind of write
 * step and holds the figures below to what it serialises. A step's cost is its data as UTF-8 JSON plus, for
 * each range it addresses and each call it queues, the object path and action Office.js adds around it.
 */
export const EXCEL_PAYLOAD_LIMIT = 5 * 1024 * 1024;

/** Cells Excel will return from one range read. */
export const EXCEL_READ_CELL_LIMIT = 5_000_000;

/**
 * A range addressed by getRange("A1:B2") from a sheet added in the same run: its object path and its
 * instantiate action, with the sheet's own path chain that each request repeats. Measured: 251–274 bytes.
 */
export const RANGE_BYTES = 300;

/** One property set or method call, or one child object (format, font, border) opened on the way. Measured: 96–152 bytes. */
export const CALL_BYTES = 160;

/** What one sync may carry: 90 % of the limit, the rest for the request's fixed envelope and rounding. */
export const SYNC_BUDGET_BYTES = Math.floor(EXCEL_PAYLOAD_LIMIT * 0.9);

const encoder = new TextEncoder();

export function utf8Length(text: string): number {
  // Cheap path for ASCII-only text, exact count otherwise.
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) return encoder.encode(text).length;
  return text.length;
}

export function jsonBytes(value: unknown): number {
  return utf8Length(JSON.stringify(value) ?? 'null');
}
