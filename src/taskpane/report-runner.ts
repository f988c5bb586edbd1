import type { WorkbookSettings } from '../core/model';
import { loadSettings, saveSettings, type DocumentSettingsStore } from '../excel/document-settings';
import { type EngineRun, generateReport, type JobResult, type ReportHost } from '../excel/generate-report';
import type { PaneStore } from './pane-store';

/**
 * The one code path behind both 生成汇报 buttons (ribbon and pane): settings from the document, the job,
 * progress into the store. A second press while a run is going joins that run instead of starting another.
 */
export interface RunnerDeps {
  readonly host: ReportHost;
  readonly settings: DocumentSettingsStore;
  readonly store: PaneStore;
  /** Where the engine runs (a Web Worker in the browser); in this thread when not given. */
  readonly engine?: EngineRun;
  /** Fixed in tests for reproducible sheets. */
  readonly generatedAt?: () => string;
}

export class ReportRunner {
  private running: Promise<JobResult> | null = null;

  constructor(private readonly deps: RunnerDeps) {}

  run(): Promise<JobResult> {
    if (!this.running) this.running = this.start().finally(() => (this.running = null));
    return this.running;
  }

  private async start(): Promise<JobResult> {
    const { host, store } = this.deps;
    const settings = loadSettings(this.deps.settings);
    store.dispatch({ type: 'settings-changed', settings });
    store.dispatch({ type: 'run-started' });
    const started = performance.now();
    const result = await generateReport(host, {
      settings,
      ...(this.deps.engine ? { engine: this.deps.engine } : {}),
      ...(this.deps.generatedAt ? { generatedAt: this.deps.generatedAt() } : {}),
      progress: {
        onStart: (step) => store.dispatch({ type: 'step-started', step }),
        onDone: (step, ms) => store.dispatch({ type: 'step-done', step, ms }),
      },
    });
    // The read put the answers kept in the workbook (by the CLI or the page) beneath the pane's: show what was used.
    if (result.kind !== 'failed' && result.snapshot.settings) store.dispatch({ type: 'settings-changed', settings: result.snapshot.settings });
    store.dispatch({ type: 'run-finished', result, totalMs: performance.now() - started });
    return result;
  }

  /**
   * Saves a changed choice (sheet, column, as-of date) into the workbook and the pane: the document
   * settings, and the custom properties the CLI and the page read.
   */
  async changeSettings(settings: WorkbookSettings): Promise<void> {
    await saveSettings(this.deps.settings, settings);
    // The document settings already hold the answer; a failed copy into the custom properties must not undo it.
    await this.deps.host.writeAnswers?.(loadSettings(this.deps.settings)).catch(() => undefined);
    this.deps.store.dispatch({ type: 'settings-changed', settings: loadSettings(this.deps.settings) });
  }
}
