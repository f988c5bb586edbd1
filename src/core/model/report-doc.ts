import type { CellRef } from './cell-ref';

/** A figure in the narrative: its text as printed and where it came from. */
export interface NumberRun {
  readonly kind: 'number';
  /** As printed, unit included: "39.9亿元", "31.08%", "300余人". */
  readonly text: string;
  readonly value: number;
  readonly unit: string | null;
  /** Cells the figure was read or computed from (a rate cites both actual and target). */
  readonly sources: readonly CellRef[];
}

export interface TextRun {
  readonly kind: 'text';
  readonly text: string;
}

/** A place staff must fill in: 【待补充：滞后原因及下一步措施】. */
export interface PlaceholderRun {
  readonly kind: 'placeholder';
  readonly text: string;
}

export type Run = TextRun | NumberRun | PlaceholderRun;

/** 公文 levels: 1 一、 · 2 （一） · 3 1. · 4 （1） */
export type HeadingLevel = 1 | 2 | 3 | 4;

export type ReportBlock =
  | { readonly kind: 'heading'; readonly level: HeadingLevel; readonly runs: readonly Run[] }
  /** A body paragraph; `lead` is an inline heading that starts it ("1、计划管理：") set in the level's font. */
  | { readonly kind: 'paragraph'; readonly lead?: { readonly level: HeadingLevel; readonly text: string }; readonly runs: readonly Run[] };

export interface ReportDoc {
  /** 2009年上半年绩效指标完成情况汇报 */
  readonly title: string;
  /** 灌南县发展和改革委员会 */
  readonly unitLine: string;
  /** 2009年7月1日 */
  readonly dateLine: string;
  readonly blocks: readonly ReportBlock[];
}

export function runsText(runs: readonly Run[]): string {
  return runs.map((run) => run.text).join('');
}
