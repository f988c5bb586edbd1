import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import type { WorkbookSettings } from '../core/model';
import { LAYOUT_CLASSES } from '../core/model';

/**
 * The command-line host remembers what a user confirmed for a workbook (sheet, column corrections, as-of
 * date) in a small JSON file beside it, "<name>.huibao.json": the workbook itself is never written.
 * (Inside Excel the add-in keeps the same settings in the document's own settings.)
 */
export function settingsPath(workbookPath: string): string {
  const base = path.basename(workbookPath).replace(/\.xlsx$/i, '').replace(/-汇报$/, '');
  return path.join(path.dirname(workbookPath), `${base}.huibao.json`);
}

export async function readSettings(workbookPath: string): Promise<WorkbookSettings | undefined> {
  try {
    const parsed: unknown = JSON.parse(await fs.readFile(settingsPath(workbookPath), 'utf8'));
    return isSettings(parsed) ? parsed : undefined;
  } catch {
    return undefined;
  }
}

export async function saveSettings(workbookPath: string, settings: WorkbookSettings): Promise<void> {
  await fs.writeFile(settingsPath(workbookPath), `${JSON.stringify(settings, null, 2)}\n`, 'utf8');
}

function isSettings(value: unknown): value is WorkbookSettings {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const record = value as Record<string, unknown>;
  const stringOrAbsent = (key: string) => record[key] === undefined || typeof record[key] === 'string';
  const map = record.columnMap;
  const mapOk =
    map === undefined ||
    (typeof map === 'object' && map !== null && Object.values(map as Record<string, unknown>).every((v) => typeof v === 'string'));
  const layoutOk = record.layoutClass === undefined || (LAYOUT_CLASSES as readonly unknown[]).includes(record.layoutClass);
  return stringOrAbsent('sheet') && stringOrAbsent('asOf') && mapOk && layoutOk;
}
