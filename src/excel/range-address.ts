import type { MergeArea } from '../core/model';
import { columnLetter, columnNumber } from '../core/model';

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

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d+)$/;

function parseCell(ref: string): { row: number; col: number } | null {
  const match = CELL.exec(ref);
  if (!match) return null;
  return { row: Number(match[2]), col: columnNumber(match[1]) };
}

/** "Sheet1!B2:D3" → 1-based inclusive rectangle; null when it is not a plain A1 block. */
export function parseArea(area: string): MergeArea | null {
  const bang = area.lastIndexOf('!');
  const local = bang >= 0 ? area.slice(bang + 1) : area;
  const [first, second] = local.split(':');
  const start = first ? parseCell(first) : null;
  const end = second ? parseCell(second) : start;
  if (!start || !end) return null;
  return {
    top: Math.min(start.row, end.row),
    left: Math.min(start.col, end.col),
    bottom: Math.max(start.row, end.row),
    right: Math.max(start.col, end.col),
  };
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
