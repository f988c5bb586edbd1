import type { EngineStep, PipelineOutcome } from '../core/pipeline';
import type { WorkbookSnapshot } from '../core/model';
import type { EngineOptions } from '../excel/generate-report';

/**
 * What the pane's thread and the engine's worker say to each other. Everything here is plain data, so it
 * crosses postMessage by structured clone: snapshot and options in, steps and the outcome out.
 */
export interface EngineRequest {
  readonly type: 'run';
  readonly id: number;
  readonly snapshot: WorkbookSnapshot;
  readonly options: EngineOptions;
}

export type EngineReply =
  | { readonly type: 'step'; readonly id: number; readonly step: EngineStep; readonly ms: number }
  | { readonly type: 'done'; readonly id: number; readonly outcome: PipelineOutcome }
  | { readonly type: 'failed'; readonly id: number; readonly name: string; readonly message: string; readonly stack: string };
