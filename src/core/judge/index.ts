export { judgeWords, type WordsContext } from './words-judgement';
export type { Judgement, Verdict, VerdictBasis } from './verdict';
export { referenceDate, hasCome } from './due-date';
