import type { Status } from '../model';

/** What the judgement can say of an indicator; 待核实 (pending) is not a judgement but a row error, decided in compute. */
export type Verdict = Exclude<Status, 'pending'>;

/** How a verdict was reached, so a note or a message can say why. */
export type VerdictBasis =
  /** The figures in the row's cells. */
  | 'figures'
  /** Figures found in the words (仅完成4场 against 上半年开展8场, 占全年任务的60%). */
  | 'figures-in-words'
  /** The words alone (已印发, 正在报批, 未落实到位). */
  | 'words'
  /** The work was not finished by its deadline, its target's date, or the date the staff set themselves. */
  | 'deadline'
  /** The 完成值 column says done and the 完成情况说明 says it is not: a person must decide. */
  | 'contradiction'
  /** Nothing to go on. */
  | 'nothing';

export interface Judgement {
  readonly verdict: Verdict;
  readonly basis: VerdictBasis;
  /**
   * 判断依据, in Chinese: the staff's own words that decided the verdict, quoted (“其余正在整改”), or the figures
   * compared (完成16个／目标20个＝80%，低于序时进度100%). A leader reads it beside the status, so it never says
   * more than the cell does. Empty only when basis is 'nothing'.
   */
  readonly evidence: string;
}
