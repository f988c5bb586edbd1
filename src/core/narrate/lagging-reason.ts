import type { Indicator } from '../model';
import { saysNone } from '../model';
import type { RunBuilder } from './run-builder';
import { LAGGING_PLACEHOLDER, NEXT_STEPS_PLACEHOLDER } from './sentence-context';
import { staffText, staffTextRuns, type StaffText } from './staff-text';

/** Beyond a plain 无 (saysNone): a 存在问题 cell that says there is none yet or only holds a dash gives no reason. */
const NO_PROBLEM = /^(?:暂无|无问题|暂无问题|[-—－/／\\]+)$/;

/** The staff's own label before their words (存在问题：…) would be said twice. */
const OWN_LABEL = /^(存在的?问题|滞后原因|问题及原因|困难和问题|主要问题)\s*[:：]\s*/;

/**
 * What follows a lagging indicator's sentence: the problems the staff wrote (存在问题), sourced to their
 * cell, and a placeholder for what only people can add; without such words, the placeholder asks for both.
 */
export function appendLaggingReason(builder: RunBuilder, indicator: Indicator): void {
  const problems = staffProblems(indicator);
  if (problems === null) {
    builder.text('，').placeholder(LAGGING_PLACEHOLDER);
    return;
  }
  builder.text('，存在问题：').append(staffTextRuns(problems.text, [problems.cell])).text('，').placeholder(NEXT_STEPS_PLACEHOLDER);
}

/** The problems the staff wrote for the indicator, tidied; null when the cell names none. */
export function staffProblems(indicator: Indicator): StaffText | null {
  const problems = staffText(indicator.problems);
  const words = problems?.text.replace(OWN_LABEL, '') ?? '';
  return problems === null || words === '' || saysNone(words) || NO_PROBLEM.test(words) ? null : { text: words, cell: problems.cell };
}
