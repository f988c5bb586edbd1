import type { WorkbookSettings } from '../core/model';
import { loadSettings } from '../excel/document-settings';

/**
 * The page remembers a user's answers (sheet, layout class, columns, as-of date) per workbook name in the
 * browser's localStorage, the page's counterpart of the CLI's "<name>.huibao.json" and the add-in's
 * document settings, and in the same shape, read back through the add-in's own check so nothing malformed
 * is trusted.
 */
const PREFIX = 'huibao.settings:';

/** The slice of Storage we use (localStorage, or a Map in tests). */
export interface AnswerStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export function recallAnswers(store: AnswerStore | null, workbookName: string): WorkbookSettings {
  const raw = store?.getItem(PREFIX + workbookName);
  if (!raw) return {};
  try {
    const parsed: unknown = JSON.parse(raw);
    return loadSettings({ get: () => parsed, set: () => undefined, remove: () => undefined, saveAsync: () => undefined });
  } catch {
    return {};
  }
}

export function rememberAnswers(store: AnswerStore | null, workbookName: string, settings: WorkbookSettings): void {
  if (!store) return;
  try {
    if (Object.keys(settings).length === 0) store.removeItem(PREFIX + workbookName);
    else store.setItem(PREFIX + workbookName, JSON.stringify(settings));
  } catch {
    // Storage full or forbidden (some browsers forbid it for file:// pages): the answers still hold for this visit.
  }
}

/** localStorage where the browser allows it (it may throw on access for a file:// page). */
export function pageAnswerStore(): AnswerStore | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

/** The answers as the CLI's settings file holds them ("<name>.huibao.json" beside the workbook). */
export function settingsFileText(settings: WorkbookSettings): string {
  return `${JSON.stringify(settings, null, 2)}\n`;
}
