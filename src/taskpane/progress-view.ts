import { t, type Locale, type MessageKey } from '../core/i18n';
import { JOB_STEPS, type JobStep } from '../excel/generate-report';
import type { PaneState, StepStatus } from './pane-store';

/** The progress list: 读取 → 识别 → 校验 → 测算 → 撰写 → 写入, each with its state and time. */
export interface ProgressRow {
  readonly step: JobStep;
  readonly label: string;
  readonly status: StepStatus;
  readonly statusLabel: string;
  readonly timeLabel: string;
}

const STEP_KEY: Readonly<Record<JobStep, MessageKey>> = {
  read: 'step.read',
  recognize: 'step.recognize',
  validate: 'step.validate',
  compute: 'step.compute',
  narrate: 'step.narrate',
  write: 'step.write',
};

const STATUS_KEY: Readonly<Record<StepStatus, MessageKey>> = {
  waiting: 'ui.progress.waiting',
  running: 'ui.progress.running',
  done: 'ui.progress.done',
};

export function durationLabel(ms: number, locale: Locale): string {
  if (ms < 1000) return t('ui.progress.ms', locale, { ms: Math.max(0, Math.round(ms)) });
  return t('ui.progress.seconds', locale, { seconds: (ms / 1000).toFixed(2) });
}

export function progressRows(state: PaneState, locale: Locale): ProgressRow[] {
  return JOB_STEPS.map((step) => {
    const { status, ms } = state.steps[step];
    return {
      step,
      label: t(STEP_KEY[step], locale),
      status,
      statusLabel: t(STATUS_KEY[status], locale),
      timeLabel: ms === null ? '' : durationLabel(ms, locale),
    };
  });
}
