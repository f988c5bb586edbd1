import { pickLocale, type Locale } from '../core/i18n';
import type { DocumentSettingsStore } from '../excel/document-settings';
import { loadSettings } from '../excel/document-settings';
import { ExcelHost } from '../excel/excel-host';
import { type EngineRun, inThreadEngine } from '../excel/generate-report';
import { detectCapabilities, type LoadedLibrary, loadedLibraryOf } from '../excel/requirement-sets';
import type { ExcelRun } from '../excel/sync-batch';
import { type NameStorage, pageStorage } from './confirmer-name';
import { DialogGuard } from './dialog-guard';
import { PaneStore } from './pane-store';
import { ReportRunner } from './report-runner';
import type { WorkbookHost } from './workbook-host';

/**
 * Everything the pane and the ribbon share in one runtime, built once from the Office globals by the runtime's
 * entry (src/runtime). Only the entries touch `Office` and `Excel`; the rest takes what it needs as arguments,
 * which is what lets the tests put the emulator in Excel's place.
 */

/** The slice of the Office global we use (the real one and the emulator's stub both fit). */
export interface OfficeGlobal {
  readonly context: {
    readonly displayLanguage: string;
    readonly platform: Office.PlatformType | string | null;
    readonly document: { readonly settings: DocumentSettingsStore };
    readonly requirements: { isSetSupported(name: string, minVersion?: string): boolean };
    readonly ui: DialogUi & { openBrowserWindow?(url: string): void };
    readonly diagnostics?: { readonly version?: string; readonly platform?: string };
  };
  /** Missing where the runtime is not shared (the basic manifest on older Office). */
  readonly actions?: { associate(actionId: string, action: (event: RibbonEvent) => void): void };
  readonly addin?: { showAsTaskpane(): Promise<void> };
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

/** Where the engine runs, and whether that is a background thread (see src/runtime/worker-engine.ts). */
export type EngineThread =
  | { readonly kind: 'worker' }
  | { readonly kind: 'in-thread'; readonly reason: 'no-worker-support' | 'no-worker-script' | 'worker-failed' };

export interface RuntimeEngine {
  readonly run: EngineRun;
  readonly thread: EngineThread;
}

/** Which office.js the page loaded, as the build wrote it into the page. */
export type OfficeJsSource = { readonly kind: 'self-hosted'; readonly version: string } | { readonly kind: 'cdn'; readonly url: string } | { readonly kind: 'unknown' };

export interface RuntimeOptions {
  readonly engine?: RuntimeEngine;
  /** The page this runtime was served from: dialogs and download.html sit beside it. */
  readonly pageUrl?: string;
  readonly officeJs?: OfficeJsSource;
  /**
   * Whether the office.js in this window defines a member: features are used only where the host supports
   * them AND the loaded library has them. Tests pass the emulator's answer; by default, the page's `Excel`.
   */
  readonly loaded?: LoadedLibrary;
  /** Where the pane keeps the 确认人 name on this machine; by default the page's localStorage (confirmer-name.ts). */
  readonly names?: NameStorage | null;
}

export interface AddinRuntime {
  readonly host: WorkbookHost;
  readonly settings: DocumentSettingsStore;
  readonly locale: Locale;
  readonly store: PaneStore;
  readonly runner: ReportRunner;
  readonly platform: string;
  readonly office: OfficeGlobal;
  readonly engine: RuntimeEngine;
  readonly dialogs: DialogGuard;
  readonly pageUrl: string;
  readonly officeJs: OfficeJsSource;
  /** This machine's storage for the 确认人 name; null where the browser blocks it. */
  readonly names: NameStorage | null;
}

const IN_THREAD: RuntimeEngine = { run: inThreadEngine, thread: { kind: 'in-thread', reason: 'no-worker-support' } };

export function createRuntime(office: OfficeGlobal, run: ExcelRun, options: RuntimeOptions = {}): AddinRuntime {
  const settings = office.context.document.settings;
  const loaded = options.loaded ?? loadedLibraryOf(typeof Excel === 'undefined' ? undefined : Excel);
  const host = new ExcelHost(run, detectCapabilities((name, version) => office.context.requirements.isSetSupported(name, version), loaded));
  const store = new PaneStore(loadSettings(settings));
  const engine = options.engine ?? IN_THREAD;
  return {
    host,
    settings,
    locale: pickLocale(office.context.displayLanguage),
    store,
    runner: new ReportRunner({ host, settings, store, engine: engine.run }),
    platform: String(office.context.platform ?? ''),
    office,
    engine,
    dialogs: new DialogGuard(office.context.ui),
    pageUrl: options.pageUrl ?? 'https://localhost:3000/taskpane.html',
    officeJs: options.officeJs ?? { kind: 'unknown' },
    names: options.names === undefined ? pageStorage() : options.names,
  };
}
