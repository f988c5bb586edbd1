/**
 * How a judgement is held against a hand label: the four labels of the judgement sets stand for the verdicts
 * a report can print (已完成 / 滞后 / 推进中 / 需人工确认). Shared by the judgement-set tests and
 * `npm run bench:judgement`, so both score the same way.
 */
import { judgeWords, type Judgement, type Verdict } from '../../src/core/judge';
import type { JudgementLabel } from '../fixtures/judgement/set';

/** The label a verdict stands for: on-track counts as in progress, 无数据/未填报 as not decidable. */
export function labelOf(verdict: Verdict): JudgementLabel {
  switch (verdict) {
    case 'exceeded':
    case 'completed':
      return 'done';
    case 'behind':
      return 'not-done';
    case 'on-track':
    case 'in-progress':
      return 'in-progress';
    case 'unclear':
    case 'no-data':
    case 'not-reported':
      return 'unclear';
    default: {
      const unreachable: never = verdict;
      return unreachable;
    }
  }
}

/** What a labelled text carries besides its words. */
export interface LabelledText {
  readonly text: string;
  readonly label: JudgementLabel;
  /** The row's 目标任务 (or its target figure), as the product would read it from the table. */
  readonly target?: string | null;
  readonly deadline?: string | null;
  readonly asOf: string;
  /** The row's task (目标任务 / 项目名称) where its table gives one: the product passes the indicator's name as taskName. */
  readonly taskName?: string | null;
}

/** 序时进度 on the report date: the months gone ÷ 12, as the product reckons it for a monthly report. */
export function expectedProgressOn(asOf: string): number {
  return Number(asOf.slice(5, 7)) / 12;
}

export function judgeLabelled(item: LabelledText): Judgement {
  return judgeWords(item.text, { targetText: item.target ?? null, deadline: item.deadline ?? null, asOf: item.asOf, expectedProgress: expectedProgressOn(item.asOf), taskName: item.taskName ?? null });
}

export interface Score {
  readonly total: number;
  readonly agreed: number;
  /** Items labelled not-done / in-progress / unclear that the module called done (false 已完成). */
  readonly falseDone: number;
  /** Items labelled not-done, in-progress or unclear: the unfinished or undecidable ones. */
  readonly notDone: number;
  readonly misses: readonly { readonly item: LabelledText; readonly got: JudgementLabel; readonly judgement: Judgement }[];
}

export function score(items: readonly LabelledText[]): Score {
  const outcomes = items.map((item) => {
    const judgement = judgeLabelled(item);
    return { item, judgement, got: labelOf(judgement.verdict) };
  });
  const misses = outcomes.filter(({ item, got }) => got !== item.label);
  return {
    total: items.length,
    agreed: items.length - misses.length,
    falseDone: outcomes.filter(({ item, got }) => got === 'done' && item.label !== 'done').length,
    notDone: items.filter((item) => item.label !== 'done').length,
    misses,
  };
}
