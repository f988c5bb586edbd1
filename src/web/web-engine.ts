import type { EngineStep } from '../core/pipeline';
import type { EngineThread } from '../taskpane/office-runtime';
import type { WebEngineReply, WebEngineRequest, WebResult } from './web-messages';
import type { WebReportRequest } from './web-report';
import { webJob } from './web-job';

/** The id of the page's one inline <script>: its text is what the engine's blob Worker runs (webpack.config.js inlines it). */
export const PAGE_SCRIPT_ID = 'huibao-web';

/** The slice of Worker we use; the browser's, or a stand-in in tests. */
export interface PageWorker {
  onmessage: ((event: MessageEvent<WebEngineReply>) => void) | null;
  onerror: ((event: Event) => void) | null;
  onmessageerror: ((event: MessageEvent) => void) | null;
  postMessage(message: WebEngineRequest, transfer: Transferable[]): void;
  terminate(): void;
}

interface PendingRun {
  readonly request: WebReportRequest;
  readonly onStep: (step: EngineStep, ms: number) => void;
  readonly resolve: (result: WebResult) => void;
  readonly reject: (error: Error) => void;
}

/**
 * The engine for the page: in a Worker made from a blob of the page's own script (a page opened from
 * file:// may not load a Worker from a script URL, and a blob works from file:// and from any server
 * alike), or in the page's thread when the browser has no Worker, the page has no script text to give it,
 * or the Worker fails to start; `thread` says which and why, with the same reasons as the task pane.
 */
export class WebEngine {
  private worker: PageWorker | null = null;
  private current: EngineThread;
  private nextId = 1;
  private readonly pending = new Map<number, PendingRun>();

  constructor(private readonly makeWorker: (() => PageWorker) | null, hasScript: boolean) {
    if (!makeWorker) this.current = { kind: 'in-thread', reason: 'no-worker-support' };
    else if (!hasScript) this.current = { kind: 'in-thread', reason: 'no-worker-script' };
    else this.current = { kind: 'worker' };
  }

  /** For the page: a blob Worker from the inline script's text, when this browser has Worker, Blob and object URLs. */
  static forPage(): WebEngine {
    const source = document.getElementById(PAGE_SCRIPT_ID)?.textContent ?? '';
    const capable = typeof Worker !== 'undefined' && typeof Blob !== 'undefined' && typeof URL !== 'undefined' && typeof URL.createObjectURL === 'function';
    const make = () => {
      // Griffel (Fluent's styling, in the same script) looks for `global` where there is no `window`: a worker has only `self`.
      const url = URL.createObjectURL(new Blob(['self.global = self;\n', source], { type: 'text/javascript' }));
      return new Worker(url, { name: 'huibao-engine' }) as unknown as PageWorker;
    };
    return new WebEngine(capable ? make : null, source.length > 0);
  }

  get thread(): EngineThread {
    return this.current;
  }

  /** Starts the Worker now, so its script is parsed while the user is still choosing a file; `onReady` when it waits for work. */
  warm(onReady: () => void): void {
    this.readyListener = onReady;
    if (this.current.kind === 'worker') this.ensureWorker();
    else onReady();
  }

  private readyListener: (() => void) | null = null;

  run(request: WebReportRequest, onStep: (step: EngineStep, ms: number) => void): Promise<WebResult> {
    const worker = this.current.kind === 'worker' ? this.ensureWorker() : null;
    if (!worker) return webJob(request, onStep);
    return new Promise<WebResult>((resolve, reject) => {
      const id = this.nextId++;
      this.pending.set(id, { request, onStep, resolve, reject });
      worker.postMessage({ type: 'run', id, request }, []);
    });
  }

  private ensureWorker(): PageWorker | null {
    if (this.worker) return this.worker;
    if (!this.makeWorker) return null;
    try {
      this.worker = this.makeWorker();
    } catch {
      this.fallBack();
      return null;
    }
    this.worker.onmessage = (event) => this.receive(event.data);
    // A worker that cannot start (or dies) answers with an error event: finish in this thread.
    this.worker.onerror = () => this.fallBack();
    this.worker.onmessageerror = () => this.fallBack();
    return this.worker;
  }

  private receive(reply: WebEngineReply): void {
    if (reply.type === 'ready') {
      this.readyListener?.();
      return;
    }
    const run = this.pending.get(reply.id);
    if (!run) return;
    switch (reply.type) {
      case 'step':
        run.onStep(reply.step, reply.ms);
        return;
      case 'done':
        this.pending.delete(reply.id);
        run.resolve(reply.result);
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
    this.readyListener?.();
    this.worker?.terminate();
    this.worker = null;
    const waiting = [...this.pending.values()];
    this.pending.clear();
    for (const run of waiting) webJob(run.request, run.onStep).then(run.resolve, run.reject);
  }
}
