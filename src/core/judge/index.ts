export { judgeWords, type WordsContext } from './words-judgement';
export { judgeIndicator, judgeQualitative, looksDone, type Measures } from './indicator-judgement';
export type { Judgement, Verdict, VerdictBasis } from './verdict';
export { referenceDate, hasPassed } from './due-date';
export { isGrowthTarget, isPartYearGrowth } from './figures-verdict';
