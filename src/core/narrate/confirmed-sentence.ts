import type { Indicator, IndicatorResult, Status } from '../model';
import type { IndicatorSentence } from './sentence-context';
import { staffText } from './staff-text';

/** A person's 确认状态 in the draft's words; only the statuses 确认状态 offers are said. */
function confirmedWords(status: Status): string | null {
  switch (status) {
    case 'exceeded':
      return '已超额完成全年目标任务';
    case 'completed':
      return '已完成全年目标任务';
    case 'on-track':
      return '达到序时进度';
    case 'behind':
      return '滞后于序时进度';
    case 'in-progress':
      return '正在推进';
    case 'no-data':
    case 'not-reported':
      return '尚无完成结果';
    case 'pending':
    case 'unclear':
      return null;
    default: {
      const unreachable: never = status;
      return unreachable;
    }
  }
}

/**
 * The result a sentence is written from. Figures tell their own truth: a 定量 sentence is built on the engine's
 * status (the rate and 序时进度 as they stand, never 低于序时进度 for a figure that is ahead), and the person's
 * word follows it (withConfirmation). A 定性 sentence quotes the staff and takes the confirmed status, so it no
 * longer asks 【待确认】 once a person has answered.
 */
export function sentenceResult(indicator: Indicator, result: IndicatorResult | null): IndicatorResult | null {
  if (!result || result.judgedStatus === undefined || indicator.kind === 'qualitative') return result;
  return { ...result, status: result.judgedStatus };
}

/**
 * 经确认已完成全年目标任务: what a person confirmed, in the draft's words, where it differs from the engine's status;
 * null when nobody confirmed a different status or the status has no words (需人工确认). Every layout's draft
 * says a confirmation the same way: the bureau report after its sentence, the finance form after its figures.
 */
export function confirmationClause(result: IndicatorResult | null): string | null {
  if (!result || result.judgedStatus === undefined || result.judgedStatus === result.status) return null;
  const words = confirmedWords(result.status);
  return words === null ? null : `经确认${words}`;
}

/** …，经确认已完成全年目标任务: where a person confirmed a status other than the engine's, the draft says so and whose word it is. */
export function withConfirmation(sentence: IndicatorSentence, indicator: Indicator, result: IndicatorResult | null): IndicatorSentence {
  if (!result || result.judgedStatus === undefined || result.judgedStatus === result.status) return sentence;
  // A confirmed 滞后 asks for its reason as the engine's would; a confirmation out of 滞后 asks for none.
  const lagging = result.status === 'behind';
  const words = confirmationClause(result);
  // A 定性 row with no words of its own was already told by its (confirmed) status alone.
  const toldByStatus = indicator.kind === 'qualitative' && staffText(indicator.progressText) === null && staffText(indicator.actualText) === null;
  if (words === null || toldByStatus) return { ...sentence, lagging };
  return { ...sentence, runs: [...sentence.runs, { kind: 'text', text: `，${words}` }], lagging };
}
