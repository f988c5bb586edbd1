import { compute, type ComputeOptions } from './compute';
import { layout } from './layout';
import { confirmedStatuses, unreadableConfirmationIssues, withoutConfirmed } from './layout/confirmed-statuses';
import { draftEditIssues } from './layout/draft-edits';
import { resolveSheetNames } from './layout/generated-sheets';
import type { Issue, OutputPlan, ReportDoc, Results, Status, WorkbookSnapshot } from './model';
import { compareIssues } from './model';
import { narrate, type NarrateOptions } from './narrate';
import { recognize, type Recognition, type RecognizeOptions } from './recognize';
import { validate } from './validate';

/** The engine's steps between a host's read and its write, in the order the task pane shows them. */
export type EngineStep = 'recognize' | 'validate' | 'compute' | 'narrate' | 'layout';

export interface PipelineOptions extends RecognizeOptions, ComputeOptions, NarrateOptions {
  /** ISO timestamp printed on the generated sheets; a parameter so runs are reproducible in tests. */
  readonly generatedAt?: string;
  /** Told when each step ends, with its duration in ms (the task pane's progress display). */
  readonly onStep?: (step: EngineStep, ms: number) => void;
}

export interface PipelineOutcome {
  readonly recognition: Recognition;
  /** Recognition and validation issues together, sorted by severity then position. */
  readonly issues: readonly Issue[];
  readonly results: Results | null;
  readonly report: ReportDoc | null;
  readonly plan: OutputPlan;
}

function timed<T>(step: EngineStep, options: PipelineOptions, work: () => T): T {
  const started = performance.now();
  const result = work();
  options.onStep?.(step, performance.now() - started);
  return result;
}

/** Snapshot in, plan out: everything between a host's one read and its write. Pure. */
export function runPipeline(snapshot: WorkbookSnapshot, options: PipelineOptions = {}): PipelineOutcome {
  const recognition = timed('recognize', options, () => recognize(snapshot, options));
  const table = recognition.table;
  const found = timed('validate', options, () => (table ? validate(table, snapshot) : []));
  // A 汇报稿 staff edited since the last run is kept as a backup sheet; the info issue says where.
  // A status a person confirmed on an earlier 指标测算 is final: counted, drafted, and no longer asked about.
  const confirmed = table ? confirmedStatuses(snapshot, table.indicators) : new Map<number, Status>();
  const asked = withoutConfirmed([...recognition.issues, ...found, ...draftEditIssues(snapshot)], confirmed).sort(compareIssues);
  const results = table ? timed('compute', options, () => compute(table, asked, { ...options, confirmed })) : null;
  // A 确认状态 typed as no status (已完成。) is not counted; 校验结果 and the task pane say so, at the cell it
  // stands in on the 指标测算 this run writes (its row there is known once the results are).
  const unreadable = table && results ? unreadableConfirmationIssues(snapshot, table, results, resolveSheetNames(snapshot).measures) : [];
  const issues = [...asked, ...unreadable].sort(compareIssues);
  const report = table && results ? timed('narrate', options, () => narrate(table, results, options)) : null;
  const plan = timed('layout', options, () =>
    layout({ snapshot, table, issues, results, report, generatedAt: options.generatedAt ?? new Date().toISOString() }),
  );
  return { recognition, issues, results, report, plan };
}
