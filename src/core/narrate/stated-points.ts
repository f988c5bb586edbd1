import type { Indicator, Run } from '../model';
import { staffTextRuns, tidyStaffText } from './staff-text';

/** A clause break in staff words: the change in points is told in one clause (达到48.6%，同比提高0.8个百分点). */
const CLAUSE = /[，,；;。]/;
const POINTS = /\d(?:\.\d+)?\s*(?:个)?百分点/;

/**
 * The clause in which the staff stated the change in percentage points (同比提高0.8个百分点, 下降0.3个百分点),
 * tidied, as they wrote it: the draft quotes these words and works no growth rate out of them. Null when the
 * words hold no such clause (they always do when recognition read the change from them).
 */
export function statedPointsWords(indicator: Indicator): string | null {
  const stated = indicator.statedChangePoints;
  if (!stated) return null;
  const clauses = tidyStaffText(stated.text).split(CLAUSE);
  return clauses.find((clause) => POINTS.test(clause))?.trim() || null;
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
