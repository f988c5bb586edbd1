import type { WebEngineReply, WebEngineRequest } from './web-messages';
import { webJob } from './web-job';

/** The slice of a worker's global scope we use. */
interface WorkerScope {
  onmessage: ((event: MessageEvent<WebEngineRequest>) => void) | null;
  postMessage(message: WebEngineReply): void;
}

/**
 * The page's script run as the engine's Worker: it answers runs until the page closes. (The same script,
 * because a page opened from file:// may not start a Worker from a script URL: it starts one from a blob
 * of its own text instead, see web-engine.ts.)
 */
export function serveEngine(scope: WorkerScope): void {
  scope.onmessage = (event) => {
    const { id, request } = event.data;
    webJob(request, (step, ms) => scope.postMessage({ type: 'step', id, step, ms })).then(
      (result) => scope.postMessage({ type: 'done', id, result }),
      (error: unknown) => {
        const failure = error instanceof Error ? error : new Error(String(error));
        scope.postMessage({ type: 'failed', id, name: failure.name, message: failure.message, stack: failure.stack ?? '' });
      },
    );
  };
  scope.postMessage({ type: 'ready', id: 0 });
}
