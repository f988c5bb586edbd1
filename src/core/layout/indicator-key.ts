import type { Indicator } from '../model';

/**
 * What identifies an indicator across runs, kept in a hidden column of 指标测算: its sheet, row, outline id
 * and name. Rows shift when a department inserts a line, names get corrected; matching tries the whole key
 * first and then looser parts of it (review-comments.ts).
 */
export interface IndicatorKey {
  readonly sheet: string;
  readonly row: number;
  readonly id: string;
  readonly name: string;
}

export function keyOf(indicator: Indicator): IndicatorKey {
  return { sheet: indicator.sheet, row: indicator.row, id: indicator.id, name: indicator.name.value.trim() };
}

/** JSON, because names hold any character a separator could be. */
export function encodeKey(key: IndicatorKey): string {
  return JSON.stringify([key.sheet, key.row, key.id, key.name]);
}

export function decodeKey(text: string): IndicatorKey | null {
  try {
    const parsed: unknown = JSON.parse(text);
    if (!Array.isArray(parsed) || parsed.length !== 4) return null;
    const [sheet, row, id, name] = parsed as unknown[];
    if (typeof sheet !== 'string' || typeof row !== 'number' || typeof id !== 'string' || typeof name !== 'string') return null;
    return { sheet, row, id, name };
  } catch {
    return null;
  }
}
