import type { Indicator, Issue } from '../../model';
import { formatNumber, formatRate, shownText } from '../message-values';
import { quotientTolerance, ratesAgree, roundingOf } from '../rate-agreement';
import { indicatorIssue, valueOf, type Rule } from '../rule-context';

function mismatch(indicator: Indicator): Issue | null {
  const { statedCompletion, actual, target } = indicator;
  const stated = valueOf(statedCompletion);
  const a = valueOf(actual);
  const t = valueOf(target);
  if (!statedCompletion || !actual || !target || stated === null || a === null || t === null || t === 0) return null;
  const computed = a / t;
  const tolerance = quotientTolerance(a, roundingOf(actual), t, roundingOf(target));
  if (ratesAgree(stated, roundingOf(statedCompletion), computed, tolerance)) return null;
  // A 逆向指标's sheet may rate completion as target ÷ actual; that is a convention, not a slip.
  if (indicator.direction === 'lower' && a !== 0 && ratesAgree(stated, roundingOf(statedCompletion), t / a, quotientTolerance(t, roundingOf(target), a, roundingOf(actual)))) {
    return null;
  }
  return indicatorIssue('stated-completion-mismatch', indicator, statedCompletion.cell, {
    stated: shownText(statedCompletion.text || formatRate(stated), 20),
    computed: formatRate(computed),
    actual: shownText(actual.text || formatNumber(a), 20),
    target: shownText(target.text || formatNumber(t), 20),
  });
}

/** A 完成率 column the sheet computes itself that does not match 完成值 ÷ 目标值: one of the three is wrong. */
export const statedCompletionRule: Rule = {
  name: 'stated-completion',
  check({ table }) {
    const issues: Issue[] = [];
    for (const indicator of table.indicators) {
      const found = mismatch(indicator);
      if (found) issues.push(found);
    }
    return issues;
  },
};
