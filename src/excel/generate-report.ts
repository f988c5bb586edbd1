import type { FieldKey, OutputPlan, WorkbookSettings, WorkbookSnapshot } from '../core/model';
import type { EngineStep, PipelineOptions, PipelineOutcome } from '../core/pipeline';
import { classifyHostError, type HostErrorKind } from './office-errors';
import type { ApplyOutcome } from './plan-apply';
import type { ReadOutcome } from './snapshot-read';
import type { SyncCounts } from './sync-batch';

/**
 * The whole job behind 生成汇报, shared by the ribbon button and the task pane: read → the engine → write.
 * Nothing is written when no indicator table is found. If the workbook changed between our read and our
 * write (someone typing in a shared workbook), the write is rolled back and the job reads again, once.
 */

/** The steps the pane shows: 读取 → 识别 → 校验 → 测算 → 撰写 → 写入. Layout counts as part of 写入. */
export type JobStep = 'read' | 'recognize' | 'validate' | 'compute' | 'narrate' | 'write';
export const JOB_STEPS: readonly JobStep[] = ['read', 'recognize', 'validate', 'compute', 'narrate', 'write'];

export interface JobProgress {
  /** A step began. */
  readonly onStart?: (step: JobStep) => void;
  /** A step ended, after `ms` milliseconds. */
  readonly onDone?: (step: JobStep, ms: number) => void;
}

export type JobResult =
  | {
      readonly kind: 'written';
      readonly snapshot: WorkbookSnapshot;
      readonly outcome: PipelineOutcome;
      readonly applied: ApplyOutcome;
      readonly syncs: number;
      readonly chunkedRead: boolean;
    }
  | { readonly kind: 'no-table'; readonly snapshot: WorkbookSnapshot; readonly outcome: PipelineOutcome; readonly syncs: number }
  | { readonly kind: 'failed'; readonly error: unknown; readonly errorKind: HostErrorKind | 'engine'; readonly syncs: number };

/** What the job needs of a host: one read, one apply, and its round-trip count. ExcelHost is one. */
export interface ReportHost {
  readonly counts: SyncCounts;
  read(settings?: WorkbookSettings): Promise<ReadOutcome>;
  apply(plan: OutputPlan, snapshot: WorkbookSnapshot): Promise<ApplyOutcome>;
  /** Keeps the answers in the workbook's custom properties, where the CLI and the page read them. */
  writeAnswers?(settings: WorkbookSettings): Promise<void>;
}

/** The pipeline's options that survive a structured clone (no callbacks): what a worker can be sent. */
export type EngineOptions = Omit<PipelineOptions, 'onStep'>;

/**
 * Runs the pure engine somewhere: in this thread, or in a Web Worker so Excel's runtime stays responsive
 * (desktop Office restarts an add-in that does not answer for about five seconds).
 */
export type EngineRun = (snapshot: WorkbookSnapshot, options: EngineOptions, onStep: (step: EngineStep, ms: number) => void) => Promise<PipelineOutcome>;

// The engine is loaded only when it runs in this thread (no worker): the pane's first screen does not carry it.
export const inThreadEngine: EngineRun = async (snapshot, options, onStep) => {
  const { runPipeline } = await import(/* webpackChunkName: "engine" */ '../core/pipeline');
  return runPipeline(snapshot, { ...options, onStep });
};

export interface JobOptions {
  readonly settings?: WorkbookSettings;
  /** Where the engine runs; in this thread unless the caller brings a worker. */
  readonly engine?: EngineRun;
  readonly progress?: JobProgress;
  /** Fixed in tests so generated sheets are reproducible. */
  readonly generatedAt?: string;
  /** YYYY-MM-DD printed on the report's date line. */
  readonly reportDate?: string;
}

function engineStepToJobStep(step: EngineStep): JobStep {
  switch (step) {
    case 'recognize':
    case 'validate':
    case 'compute':
    case 'narrate':
      return step;
    case 'layout':
      return 'write';
    default: {
      const unreachable: never = step;
      return unreachable;
    }
  }
}

async function runEngine(snapshot: WorkbookSnapshot, options: JobOptions): Promise<{ outcome: PipelineOutcome; layoutMs: number }> {
  // The read puts the answers kept in the workbook beneath the pane's own (snapshot.settings).
  const settings = snapshot.settings ?? options.settings ?? {};
  const progress = options.progress;
  let layoutMs = 0;
  progress?.onStart?.('recognize');
  const engineOptions: EngineOptions = {
    ...(settings.sheet ? { sheet: settings.sheet } : {}),
    ...(settings.asOf ? { asOf: settings.asOf } : {}),
    ...(settings.columnMap ? { columnMap: settings.columnMap as Partial<Record<FieldKey, string>> } : {}),
    ...(settings.layoutClass ? { layoutClass: settings.layoutClass } : {}),
    ...(options.generatedAt ? { generatedAt: options.generatedAt } : {}),
    ...(options.reportDate ? { reportDate: options.reportDate } : {}),
  };
  const outcome = await (options.engine ?? inThreadEngine)(snapshot, engineOptions, (step, ms) => {
    const jobStep = engineStepToJobStep(step);
    if (jobStep === 'write') {
      layoutMs = ms;
      return;
    }
    progress?.onDone?.(jobStep, ms);
    const next = JOB_STEPS[JOB_STEPS.indexOf(jobStep) + 1];
    if (next && next !== 'write') progress?.onStart?.(next);
  });
  return { outcome, layoutMs };
}

async function attempt(host: ReportHost, options: JobOptions): Promise<JobResult> {
  const progress = options.progress;
  const syncsBefore = host.counts.syncs;
  progress?.onStart?.('read');
  let started = performance.now();
  const { snapshot, chunked } = await host.read(options.settings);
  progress?.onDone?.('read', performance.now() - started);

  let engine: { outcome: PipelineOutcome; layoutMs: number };
  try {
    engine = await runEngine(snapshot, options);
  } catch (error) {
    return { kind: 'failed', error, errorKind: 'engine', syncs: host.counts.syncs - syncsBefore };
  }
  const { outcome, layoutMs } = engine;
  if (outcome.recognition.table === null) {
    return { kind: 'no-table', snapshot, outcome, syncs: host.counts.syncs - syncsBefore };
  }

  progress?.onStart?.('write');
  started = performance.now();
  const applied = await host.apply(outcome.plan, snapshot);
  progress?.onDone?.('write', performance.now() - started + layoutMs);
  return { kind: 'written', snapshot, outcome, applied, syncs: host.counts.syncs - syncsBefore, chunkedRead: chunked };
}

export async function generateReport(host: ReportHost, options: JobOptions = {}): Promise<JobResult> {
  const syncsBefore = host.counts.syncs;
  for (let tries = 1; ; tries++) {
    try {
      const result = await attempt(host, options);
      return result.kind === 'failed' ? result : { ...result, syncs: host.counts.syncs - syncsBefore };
    } catch (error) {
      const errorKind = classifyHostError(error);
      if (errorKind === 'edited-meanwhile' && tries < 2) continue;
      return { kind: 'failed', error, errorKind, syncs: host.counts.syncs - syncsBefore };
    }
  }
}
