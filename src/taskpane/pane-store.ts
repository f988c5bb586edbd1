import type { Status, WorkbookSettings } from '../core/model';
import { JOB_STEPS, type JobResult, type JobStep } from '../excel/generate-report';

/**
 * What the task pane shows, kept outside React so the ribbon button (same shared runtime) drives the same
 * state: press 生成汇报 on the ribbon with the pane open and the pane follows the run.
 */
export type StepStatus = 'waiting' | 'running' | 'done';

export interface StepState {
  readonly status: StepStatus;
  readonly ms: number | null;
}

export interface PaneState {
  readonly phase: 'idle' | 'running' | 'done';
  readonly steps: Readonly<Record<JobStep, StepState>>;
  readonly result: JobResult | null;
  /** The user's choices for this workbook, as saved in its document settings. */
  readonly settings: WorkbookSettings;
  /** Wall time of the last run, ms. */
  readonly totalMs: number | null;
  /** A word from the runtime outside the run itself (e.g. the ribbon's notice could not open). */
  readonly notice: string | null;
  /** Statuses confirmed in the pane since the last run (indicator source row → what was written), already in the workbook. */
  readonly confirmed: ReadonlyMap<number, PaneConfirmation>;
}

/** A confirmation made in the pane: the status, who (empty when no name was given) and when, as written. */
export interface PaneConfirmation {
  readonly status: Status;
  readonly by: string;
  readonly at: string;
}

function freshSteps(): Record<JobStep, StepState> {
  const steps = {} as Record<JobStep, StepState>;
  for (const step of JOB_STEPS) steps[step] = { status: 'waiting', ms: null };
  return steps;
}

export function initialPaneState(settings: WorkbookSettings = {}): PaneState {
  return { phase: 'idle', steps: freshSteps(), result: null, settings, totalMs: null, notice: null, confirmed: new Map() };
}

export type PaneAction =
  | { readonly type: 'run-started' }
  | { readonly type: 'step-started'; readonly step: JobStep }
  | { readonly type: 'step-done'; readonly step: JobStep; readonly ms: number }
  | { readonly type: 'run-finished'; readonly result: JobResult; readonly totalMs: number }
  | { readonly type: 'settings-changed'; readonly settings: WorkbookSettings }
  | { readonly type: 'notice'; readonly text: string }
  | { readonly type: 'status-confirmed'; readonly row: number; readonly confirmation: PaneConfirmation };

export function paneReducer(state: PaneState, action: PaneAction): PaneState {
  switch (action.type) {
    case 'run-started':
      return { ...state, phase: 'running', steps: freshSteps(), totalMs: null, notice: null };
    case 'step-started':
      return { ...state, steps: { ...state.steps, [action.step]: { status: 'running', ms: null } } };
    case 'step-done':
      return { ...state, steps: { ...state.steps, [action.step]: { status: 'done', ms: action.ms } } };
    case 'run-finished':
      // The new run read every confirmation back from the workbook: its results carry them now.
      return { ...state, phase: 'done', result: action.result, totalMs: action.totalMs, confirmed: new Map() };
    case 'settings-changed':
      return { ...state, settings: action.settings };
    case 'notice':
      return { ...state, notice: action.text };
    case 'status-confirmed':
      return { ...state, confirmed: new Map([...state.confirmed, [action.row, action.confirmation]]) };
    default: {
      const unreachable: never = action;
      return unreachable;
    }
  }
}

/** A tiny store React reads with useSyncExternalStore. */
export class PaneStore {
  private state: PaneState;
  private readonly listeners = new Set<() => void>();

  constructor(settings: WorkbookSettings = {}) {
    this.state = initialPaneState(settings);
  }

  getState = (): PaneState => this.state;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  dispatch(action: PaneAction): void {
    this.state = paneReducer(this.state, action);
    for (const listener of this.listeners) listener();
  }
}
