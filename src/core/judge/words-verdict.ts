import { clauseSignals, type ClauseSignals } from './clause-signals';
import { clausesOf } from './clauses';

/**
 * What the words of a 完成情况 say, clause by clause, in this order of weight:
 * a negated or lagging clause (没有完成，材料未报齐) makes the whole not done; otherwise work still under way
 * anywhere (已建成3个，其余正在施工 · 方案已完成，正在报批) makes it under way; otherwise a finished clause
 * or a clean record makes it done; otherwise work reported without an end (a figure, 了, 按月) is under way;
 * and words that say none of these are `none`: nobody can tell from them.
 */
export type WordsVerdict = 'not-done' | 'under-way' | 'done' | 'none';

export function wordsVerdict(signals: readonly ClauseSignals[]): WordsVerdict {
  if (signals.some((s) => s.negated || s.lagging)) return 'not-done';
  if (signals.some((s) => s.ongoing || s.partial || s.scheduled)) return 'under-way';
  if (signals.some((s) => s.done || s.cleanRecord)) return 'done';
  if (signals.some((s) => s.started || s.activity)) return 'under-way';
  return 'none';
}

export function readWords(text: string): { readonly clauses: readonly string[]; readonly verdict: WordsVerdict } {
  const clauses = clausesOf(text);
  return { clauses, verdict: wordsVerdict(clauses.map(clauseSignals)) };
}
