import type { MergeArea } from '../core/model';
import { columnLetter, parseArea } from '../core/model';

/**
 * A1 addresses as Office.js gives and takes them. RangeAreas.address lists blocks separated by commas,
 * each with its sheet ("Sheet1!A1:B2, 'My, Sheet'!C3:D4"); sheet names may hold commas inside quotes.
 */
export function splitAreas(address: string): string[] {
  const parts: string[] = [];
  let current = '';
  let quoted = false;
  for (const ch of address) {
    if (ch === "'") quoted = !quoted;
    if (ch === ',' && !quoted) {
      parts.push(current.trim());
      current = '';
    } else current += ch;
  }
  if (current.trim() !== '') parts.push(current.trim());
  return parts;
}

export function parseAreas(address: string): MergeArea[] {
  const areas: MergeArea[] = [];
  for (const part of splitAreas(address)) {
    const area = parseArea(part);
    if (area) areas.push(area);
  }
  return areas;
}

/** 1-based inclusive rectangle → "B2:D3" (or "B2" for one cell). */
export function rectAddress(rect: { top: number; left: number; bottom: number; right: number }): string {
  const start = `${columnLetter(rect.left)}${rect.top}`;
  if (rect.top === rect.bottom && rect.left === rect.right) return start;
  return `${start}:${columnLetter(rect.right)}${rect.bottom}`;
}
