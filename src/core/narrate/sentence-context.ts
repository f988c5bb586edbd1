import type { Indicator, IndicatorResult, Period, Run } from '../model';
import type { PhraseVariety } from './phrase-variety';

/** What a sentence about one indicator needs besides the indicator. */
export interface SentenceContext {
  readonly period: Period;
  readonly variety: PhraseVariety;
  /** Null when compute has no row for it (then nothing is claimed about progress). */
  readonly result: IndicatorResult | null;
  /** The paragraph's lead already names the indicator (1.固定资产投资：), so the sentence need not. */
  readonly namedByLead: boolean;
  /** The table is a statistics table (figures, no targets): its opening already says nothing is judged. */
  readonly statisticsTable?: boolean;
  /** This row's figures are quoted though no target holds them (see rowsQuotedWithoutTarget). */
  readonly quotedWithoutTarget?: boolean;
}

/** One indicator's sentence, without its closing stop: the paragraph decides between ；and 。. */
export interface IndicatorSentence {
  readonly indicator: Indicator;
  readonly runs: readonly Run[];
  /** Behind 序时进度 (or otherwise wanting a reason): the paragraph adds the staff's 存在问题 or 【待补充：滞后原因及下一步措施】. */
  readonly lagging: boolean;
}

/** The placeholder a lagging indicator carries; staff replace it with the reason and the next steps. */
export const LAGGING_PLACEHOLDER = '【待补充：滞后原因及下一步措施】';

/** What a lagging indicator still wants once the staff have written its problems (存在问题): the next steps. */
export const NEXT_STEPS_PLACEHOLDER = '【待补充：下一步措施】';
