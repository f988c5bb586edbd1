import { runPipeline } from '../core/pipeline';
import { useSimplifier, type Simplifier } from '../core/text/simplifier';
import type { EngineReply, EngineRequest } from './engine-messages';

// Traditional → simplified for recognition (OpenCC's dictionaries), in the worker's bundle only, built on first use.
let simplify: Simplifier | null = null;
useSimplifier((text) => {
  if (simplify === null) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const opencc = require('opencc-js/t2cn') as { Converter: (options: { from: string; to: string }) => Simplifier };
    simplify = opencc.Converter({ from: 'tw', to: 'cn' });
  }
  return simplify(text);
});

/**
 * The engine's own thread (webpack entry "engine-worker"): snapshot in, steps and the outcome out. The pane's
 * thread keeps painting and answering Excel while recognize → layout runs here.
 */
interface WorkerScope {
  onmessage: ((event: MessageEvent<EngineRequest>) => void) | null;
  postMessage(message: EngineReply): void;
}

const scope = self as unknown as WorkerScope;

scope.onmessage = (event) => {
  const { id, snapshot, options } = event.data;
  try {
    const outcome = runPipeline(snapshot, { ...options, onStep: (step, ms) => scope.postMessage({ type: 'step', id, step, ms }) });
    scope.postMessage({ type: 'done', id, outcome });
  } catch (error) {
    const failure = error instanceof Error ? error : new Error(String(error));
    scope.postMessage({ type: 'failed', id, name: failure.name, message: failure.message, stack: failure.stack ?? '' });
  }
};
