import type { LayoutClass, WorkbookSettings } from '../core/model';
import { LAYOUT_CLASSES } from '../core/model';

/**
 * The user's choices for this workbook (sheet, column corrections, as-of date) live in the document's own
 * settings, so they travel with the file and never sit in the browser.
 */
export const SETTINGS_KEY = 'huibao.settings';

/** The slice of Office.Settings we use; the emulator's settings match it. */
export interface DocumentSettingsStore {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  remove(name: string): void;
  saveAsync(callback?: (result: Office.AsyncResult<void>) => void): void;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Reads what was saved, dropping anything malformed rather than trusting it. */
export function loadSettings(store: DocumentSettingsStore): WorkbookSettings {
  const raw = store.get(SETTINGS_KEY);
  if (typeof raw !== 'object' || raw === null) return {};
  const record = raw as Record<string, unknown>;
  const settings: { sheet?: string; asOf?: string; columnMap?: Record<string, string>; layoutClass?: LayoutClass } = {};
  if (typeof record.sheet === 'string' && record.sheet !== '') settings.sheet = record.sheet;
  if (typeof record.asOf === 'string' && ISO_DATE.test(record.asOf)) settings.asOf = record.asOf;
  if (typeof record.columnMap === 'object' && record.columnMap !== null) {
    const map: Record<string, string> = {};
    for (const [field, letter] of Object.entries(record.columnMap as Record<string, unknown>)) {
      if (typeof letter === 'string' && /^[A-Z]{1,3}$/.test(letter)) map[field] = letter;
    }
    if (Object.keys(map).length > 0) settings.columnMap = map;
  }
  const layout = LAYOUT_CLASSES.find((name) => name === record.layoutClass);
  if (layout) settings.layoutClass = layout;
  return settings;
}

export function saveSettings(store: DocumentSettingsStore, settings: WorkbookSettings): Promise<void> {
  const clean: Record<string, unknown> = {};
  if (settings.sheet) clean.sheet = settings.sheet;
  if (settings.asOf) clean.asOf = settings.asOf;
  if (settings.columnMap && Object.keys(settings.columnMap).length > 0) clean.columnMap = settings.columnMap;
  if (settings.layoutClass) clean.layoutClass = settings.layoutClass;
  if (Object.keys(clean).length === 0) store.remove(SETTINGS_KEY);
  else store.set(SETTINGS_KEY, clean);
  return new Promise((resolve, reject) => {
    store.saveAsync((result) => {
      if (String(result.status) === 'failed') reject(new Error(result.error?.message ?? 'settings not saved'));
      else resolve();
    });
  });
}
