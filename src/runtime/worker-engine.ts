import type { EngineStep, PipelineOutcome } from '../core/pipeline';
import type { WorkbookSnapshot } from '../core/model';
import { type EngineOptions, type EngineRun, inThreadEngine } from '../excel/generate-report';
import type { EngineThread } from '../taskpane/office-runtime';
import type { EngineReply, EngineRequest } from './engine-messages';

/**
 * The engine in a Web Worker, for the pane and the ribbon alike. Where no worker can run (no Worker in this
 * webview, the build named no worker script, or the script failed to load) the engine runs in this thread
 * instead, and `thread` says which and why so the pane can tell the user.
 */
/** The slice of Worker we use; the browser's, or a stand-in in tests. */
export interface EngineWorker {
  onmessage: ((event: MessageEvent<EngineReply>) => void) | null;
  onerror: ((event: Event) => void) | null;
  onmessageerror: ((event: MessageEvent) => void) | null;
  postMessage(message: EngineRequest): void;
  terminate(): void;
}

interface PendingRun {
  readonly snapshot: WorkbookSnapshot;
  readonly options: EngineOptions;
  readonly onStep: (step: EngineStep, ms: number) => void;
  readonly resolve: (outcome: PipelineOutcome) => void;
  readonly reject: (error: Error) => void;
}

export class WorkerEngine {
  private worker: EngineWorker | null = null;
  private current: EngineThread;
  private nextId = 1;
  private readonly pending = new Map<number, PendingRun>();

  constructor(
    private readonly scriptUrl: string | null,
    private readonly makeWorker: ((url: string) => EngineWorker) | null,
  ) {
    if (!makeWorker) this.current = { kind: 'in-thread', reason: 'no-worker-support' };
    else if (!scriptUrl) this.current = { kind: 'in-thread', reason: 'no-worker-script' };
    else this.current = { kind: 'worker' };
  }

  /** For the browser: a module-less classic worker from our own origin, when this webview has Worker at all. */
  static forPage(scriptUrl: string | null): WorkerEngine {
    const available = typeof Worker !== 'undefined';
    return new WorkerEngine(scriptUrl, available ? (url) => new Worker(url) as unknown as EngineWorker : null);
  }

  get thread(): EngineThread {
    return this.current;
  }

  readonly run: EngineRun = (snapshot, options, onStep) => {
    const worker = this.current.kind === 'worker' ? this.ensureWorker() : null;
    if (!worker) return inThreadEngine(snapshot, options, onStep);
    return new Promise<PipelineOutcome>((resolve, reject) => {
      const id = this.nextId++;
      this.pending.set(id, { snapshot, options, onStep, resolve, reject });
      worker.postMessage({ type: 'run', id, snapshot, options });
    });
  };

  private ensureWorker(): EngineWorker | null {
    if (this.worker) return this.worker;
    if (!this.makeWorker || !this.scriptUrl) return null;
    try {
      this.worker = this.makeWorker(this.scriptUrl);
    } catch {
      this.fallBack();
      return null;
    }
    this.worker.onmessage = (event) => this.receive(event.data);
    // A script that fails to load (or a worker that dies) answers with an error event: finish in this thread.
    this.worker.onerror = () => this.fallBack();
    this.worker.onmessageerror = () => this.fallBack();
    return this.worker;
  }

  private receive(reply: EngineReply): void {
    const run = this.pending.get(reply.id);
    if (!run) return;
    switch (reply.type) {
      case 'step':
        run.onStep(reply.step, reply.ms);
        return;
      case 'done':
        this.pending.delete(reply.id);
        run.resolve(reply.outcome);
        return;
      case 'failed': {
        this.pending.delete(reply.id);
        const error = new Error(reply.message);
        error.name = reply.name;
        error.stack = reply.stack;
        run.reject(error);
        return;
      }
      default: {
        const unreachable: never = reply;
        return unreachable;
      }
    }
  }

  /** Stops using the worker for good and runs whatever was waiting on it here. */
  private fallBack(): void {
    this.current = { kind: 'in-thread', reason: 'worker-failed' };
    this.worker?.terminate();
    this.worker = null;
    const waiting = [...this.pending.values()];
    this.pending.clear();
    for (const run of waiting) inThreadEngine(run.snapshot, run.options, run.onStep).then(run.resolve, run.reject);
  }
}
