import type { MergeArea } from '../core/model';
import { parseAreas, rectAddress } from './range-address';
import type { Capabilities } from './requirement-sets';
import type { Batch } from './sync-batch';

/**
 * Merged areas, read only where the engine needs them and in pieces Excel can answer.
 *
 * Range.getMergedAreasOrNullObject "will fail to return the result" above 512 merged areas (API reference;
 * src/core/limits), with no documented error code, and a failed call fails its whole sync. So a sheet's
 * merges are first asked for whole; when that fails, the rows are halved and each half asked again, down to
 * single rows. A merged area that crosses the line between two halves belongs to neither half if Excel
 * answers only areas inside the range, so each split also reads a window straddling the line: areas up to
 * half the window's height across the line are found there. Areas found twice are kept once.
 */

export interface MergeTarget {
  readonly sheet: Excel.Worksheet;
  /** 1-based, inclusive: the part of the sheet that holds anything. */
  readonly rect: { readonly top: number; readonly left: number; readonly bottom: number; readonly right: number };
}

/** Rows of the window read across each split line. */
const STRADDLE_ROWS = 128;

type Rect = MergeTarget['rect'];

function key(area: MergeArea): string {
  return `${area.top}:${area.left}:${area.bottom}:${area.right}`;
}

async function tryRead(batch: Batch, capabilities: Capabilities, sheet: Excel.Worksheet, rect: Rect): Promise<MergeArea[] | null> {
  if (!capabilities.has('merged-areas-read')) return [];
  const areas = sheet.getRange(rectAddress(rect)).getMergedAreasOrNullObject();
  areas.load('address');
  try {
    await batch.sync();
  } catch {
    return null;
  }
  return areas.isNullObject ? [] : parseAreas(areas.address);
}

async function readSplit(batch: Batch, capabilities: Capabilities, sheet: Excel.Worksheet, rect: Rect, found: Map<string, MergeArea>): Promise<void> {
  const areas = await tryRead(batch, capabilities, sheet, rect);
  if (areas) {
    for (const area of areas) found.set(key(area), area);
    return;
  }
  const rows = rect.bottom - rect.top + 1;
  if (rows === 1) {
    // 513 merged areas in one row: halve the columns instead.
    if (rect.right === rect.left) return;
    const middle = Math.floor((rect.left + rect.right) / 2);
    await readSplit(batch, capabilities, sheet, { ...rect, right: middle }, found);
    await readSplit(batch, capabilities, sheet, { ...rect, left: middle + 1 }, found);
    return;
  }
  const middle = Math.floor((rect.top + rect.bottom) / 2);
  await readSplit(batch, capabilities, sheet, { ...rect, bottom: middle }, found);
  await readSplit(batch, capabilities, sheet, { ...rect, top: middle + 1 }, found);
  // The window across the line, smaller than the range itself so the splitting ends.
  const half = Math.max(1, Math.min(STRADDLE_ROWS, Math.floor(rows / 2)) >> 1);
  const window = { ...rect, top: Math.max(rect.top, middle + 1 - half), bottom: Math.min(rect.bottom, middle + half) };
  if (window.bottom - window.top + 1 < rows) await readSplit(batch, capabilities, sheet, window, found);
}

/**
 * The merged areas of each target: all in one round trip when Excel can answer that, else sheet by sheet,
 * split as above. Returns areas in the order of the targets.
 */
export async function readMergedAreas(batch: Batch, capabilities: Capabilities, targets: readonly MergeTarget[]): Promise<MergeArea[][]> {
  if (targets.length === 0 || !capabilities.has('merged-areas-read')) return targets.map(() => []);
  const queued = targets.map(({ sheet, rect }) => {
    const areas = sheet.getRange(rectAddress(rect)).getMergedAreasOrNullObject();
    areas.load('address');
    return areas;
  });
  try {
    await batch.sync();
    return queued.map((areas) => (areas.isNullObject ? [] : parseAreas(areas.address)));
  } catch {
    // One sheet over the limit fails them all: ask sheet by sheet, splitting where needed.
  }
  const result: MergeArea[][] = [];
  for (const { sheet, rect } of targets) {
    const found = new Map<string, MergeArea>();
    await readSplit(batch, capabilities, sheet, rect, found);
    result.push([...found.values()].sort((a, b) => a.top - b.top || a.left - b.left));
  }
  return result;
}
