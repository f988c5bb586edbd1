import { pickLocale, type Locale } from '../core/i18n';
import type { DocumentSettingsStore } from '../excel/document-settings';
import { loadSettings } from '../excel/document-settings';
import { ExcelHost } from '../excel/excel-host';
import { detectCapabilities, type LoadedLibrary, loadedLibraryOf } from '../excel/requirement-sets';
import type { ExcelRun } from '../excel/sync-batch';
import { PaneStore } from './pane-store';
import { ReportRunner } from './report-runner';

/**
 * Everything the pane and the ribbon share in the one runtime, built once from the Office globals.
 * Only this file and the entry points touch `Office` and `Excel`; the rest takes what it needs as arguments,
 * which is what lets the e2e tests put the emulator in Excel's place.
 */

/** The slice of the Office global we use (the real one and the emulator's stub both fit). */
export interface OfficeGlobal {
  readonly context: {
    readonly displayLanguage: string;
    readonly platform: Office.PlatformType | string | null;
    readonly document: { readonly settings: DocumentSettingsStore };
    readonly requirements: { isSetSupported(name: string, minVersion?: string): boolean };
    readonly ui: DialogUi;
  };
  readonly actions: { associate(actionId: string, action: (event: RibbonEvent) => void): void };
  readonly addin: { showAsTaskpane(): Promise<void> };
}

export interface RibbonEvent {
  completed(): void;
}

export interface OpenedDialog {
  close(): void;
  messageChild?(message: string): void;
  addEventHandler(eventType: Office.EventType | string, handler: (arg: { message?: string; error?: number }) => void): void;
}

export interface DialogUi {
  displayDialogAsync(url: string, options: Office.DialogOptions, callback: (result: Office.AsyncResult<OpenedDialog>) => void): void;
}

export interface AddinRuntime {
  readonly host: ExcelHost;
  readonly settings: DocumentSettingsStore;
  readonly locale: Locale;
  readonly store: PaneStore;
  readonly runner: ReportRunner;
  readonly platform: string;
  readonly office: OfficeGlobal;
}

/**
 * `loaded` answers whether the office.js in this window defines a member: features are used only where the
 * host supports them AND the loaded library has them. Tests pass the emulator's answer.
 */
export function createRuntime(office: OfficeGlobal, run: ExcelRun, loaded: LoadedLibrary = loadedLibraryOf(typeof Excel === 'undefined' ? undefined : Excel)): AddinRuntime {
  const settings = office.context.document.settings;
  const host = new ExcelHost(run, detectCapabilities((name, version) => office.context.requirements.isSetSupported(name, version), loaded));
  const store = new PaneStore(loadSettings(settings));
  return {
    host,
    settings,
    locale: pickLocale(office.context.displayLanguage),
    store,
    runner: new ReportRunner({ host, settings, store }),
    platform: String(office.context.platform ?? ''),
    office,
  };
}

let shared: AddinRuntime | null = null;

/** The shared runtime's one instance: the ribbon action and the pane get the same store and runner. */
export function sharedRuntime(office: OfficeGlobal, run: ExcelRun): AddinRuntime {
  if (!shared) shared = createRuntime(office, run);
  return shared;
}
