/**
 * Excel on the web refuses a request or a response above 5 MB (RequestPayloadSizeLimitExceeded).
 * We measure what we send and expect back as UTF-8 JSON, the form Office.js puts on the wire, and keep
 * every sync under a budget with room for the request's own envelope (object paths, action ids).
 */
export const EXCEL_PAYLOAD_LIMIT = 5 * 1024 * 1024;

/** What one sync may carry: 80 % of the limit, since our count leaves out Office.js's per-action envelope. */
export const SYNC_BUDGET_BYTES = Math.floor(EXCEL_PAYLOAD_LIMIT * 0.8);

const encoder = new TextEncoder();

export function utf8Length(text: string): number {
  // Cheap path for ASCII-only text, exact count otherwise.
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) return encoder.encode(text).length;
  return text.length;
}

export function jsonBytes(value: unknown): number {
  return utf8Length(JSON.stringify(value) ?? 'null');
}
