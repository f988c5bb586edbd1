import { sameWords } from './clauses';
import { dueDateIn, hasEnded, hasPassed, plannedDateIn } from './due-date';
import { matchedFigures, statedShareOfYear } from './text-figures';
import type { Judgement } from './verdict';
import { readWords } from './words-verdict';

/** What a judgement of words needs besides the words. */
export interface WordsContext {
  /** The row's 目标任务 as written (上半年开展8场), if any. */
  readonly targetText?: string | null;
  /** 完成时限, YYYY-MM-DD. */
  readonly deadline?: string | null;
  /** The report date, YYYY-MM-DD. */
  readonly asOf: string | null;
  /** 序时进度 as a fraction (0.5 at mid-year); null when unknown. */
  readonly expectedProgress: number | null;
}

function yearOf(asOf: string | null): number | null {
  return asOf === null ? null : Number(asOf.slice(0, 4));
}

/** Done by now? The target's own date (上半年, 6月底前) or the deadline, whichever comes first. */
function targetHasCome(context: WordsContext, year: number | null): boolean {
  if (hasPassed(context.deadline, context.asOf)) return true;
  const targetDate = year !== null && context.targetText ? dueDateIn(context.targetText, year) : null;
  return hasEnded(targetDate, context.asOf);
}

/** A rate the words give (their figures against the target's, or 占全年任务的60%), held against the calendar. */
function figuresJudgement(rate: number, due: boolean, context: WordsContext): Judgement {
  if (rate > 1) return { verdict: 'exceeded', basis: 'figures-in-words' };
  if (rate === 1) return { verdict: 'completed', basis: 'figures-in-words' };
  if (due) return { verdict: 'behind', basis: 'deadline' };
  if (context.expectedProgress === null) return { verdict: 'in-progress', basis: 'figures-in-words' };
  return { verdict: rate >= context.expectedProgress ? 'on-track' : 'behind', basis: 'figures-in-words' };
}

/**
 * The judgement of one 完成情况 text. The staff's own 未/没有/滞后 always stands; figures in the words come
 * next (a count against the target's count says more than 已完成 does); then the words. Work under way
 * whose deadline, target date or own planned date has passed is 滞后. Words that say nothing decidable are
 * 需人工确认 (unclear), never 已完成.
 */
export function judgeWords(text: string, context: WordsContext): Judgement {
  const { clauses, verdict } = readWords(text);
  if (verdict === 'not-done') return { verdict: 'behind', basis: 'words' };
  const year = yearOf(context.asOf);
  const due = targetHasCome(context, year);
  // The target copied into the 完成情况 (力争新增2家 under 力争新增2家) reports nothing: its figures are the
  // target's own, never a result, so only its words are read.
  const restated = context.targetText != null && sameWords(text, context.targetText);
  const figures = context.targetText && !restated ? matchedFigures(text, context.targetText) : null;
  const rate = restated ? null : figures !== null ? figures.actual / figures.target : statedShareOfYear(text);
  if (rate !== null && Number.isFinite(rate)) return figuresJudgement(rate, due, context);
  switch (verdict) {
    case 'done':
      return { verdict: 'completed', basis: 'words' };
    case 'under-way': {
      const planned = year !== null ? plannedDateIn(clauses, year) : null;
      const late = due || hasPassed(planned, context.asOf);
      return late ? { verdict: 'behind', basis: 'deadline' } : { verdict: 'in-progress', basis: 'words' };
    }
    case 'none':
      return { verdict: 'unclear', basis: 'nothing' };
    default: {
      const unreachable: never = verdict;
      return unreachable;
    }
  }
}
