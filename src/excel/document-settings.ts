import type { WorkbookSettings } from '../core/model';
import { cleanSettings } from '../core/model';

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

/** Reads what was saved, dropping anything malformed rather than trusting it. */
export function loadSettings(store: DocumentSettingsStore): WorkbookSettings {
  return cleanSettings(store.get(SETTINGS_KEY));
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
