import type { Indicator, Run } from '../model';
import { staffTextRuns, tidyStaffText } from './staff-text';

/** Clause breaks as recognition splits the words (sentence-figures): the change is told in one clause. */
const CLAUSE = /[，,；;。、]/;

/**
 * The clause in which the staff stated the change in percentage points (同比提高0.8个百分点, 下降0.3个百分点),
 * tidied, as they wrote it: the draft quotes these words and works no growth rate out of them. Null when the
 * words hold no such clause (they always do when recognition read the change from them).
 */
export function statedPointsWords(indicator: Indicator): string | null {
  const stated = indicator.statedChangePoints;
  if (!stated) return null;
  // The clause with this very figure in points: another (增速高于全省1.2个百分点) is a comparison, not the change.
  const digits = Math.abs(stated.value).toFixed(Math.max(0, Math.min(stated.decimals, 6)));
  const figure = new RegExp(`(?<![\\d.])${digits.replace('.', '\\.')}\\s*(?:个)?百分点`);
  const clauses = tidyStaffText(stated.text).split(CLAUSE);
  return clauses.find((clause) => figure.test(clause))?.trim() || null;
}

/**
 * "，同比提高0.8个百分点" with the figure pointing at the cell the words are in; nothing when the words
 * already said (the staff's account quoted whole) say it.
 */
export function statedPointsRuns(indicator: Indicator, said: string): Run[] {
  const words = statedPointsWords(indicator);
  if (words === null || said.includes(words)) return [];
  return [{ kind: 'text', text: '，' }, ...staffTextRuns(words, [indicator.statedChangePoints!.cell])];
}
