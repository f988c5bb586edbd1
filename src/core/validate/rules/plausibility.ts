import type { Indicator, Issue } from '../../model';
import { formatNumber, formatRate, shownText } from '../message-values';
import { columnLabel, indicatorIssue, numberFieldOf, valueOf, type NumericField, type Rule } from '../rule-context';
import { isRateUnit } from '../unit-compatibility';

/** Past three times the target a figure is more likely a slip (万元 typed as 元, a stray digit) than a feat. */
export const IMPLAUSIBLE_COMPLETION = 3;

const AMOUNTS: readonly NumericField[] = ['target', 'periodTarget', 'actual', 'lastYear'];

function shownValue(indicator: Indicator, field: NumericField): string {
  const number = numberFieldOf(indicator, field);
  if (!number) return '';
  return typeof number.text === 'string' && number.text.trim() !== '' ? shownText(number.text, 20) : formatNumber(number.value);
}

function implausibleCompletion(indicator: Indicator): Issue | null {
  const target = valueOf(indicator.target);
  const actual = valueOf(indicator.actual);
  // For 逆向指标 a small actual against a large limit is a good result, not a slip.
  if (indicator.direction !== 'higher' || target === null || actual === null || target <= 0 || actual < 0) return null;
  const rate = actual / target;
  if (!(rate > IMPLAUSIBLE_COMPLETION) || !indicator.actual) return null;
  return indicatorIssue('completion-implausible', indicator, indicator.actual.cell, {
    rate: formatRate(rate),
    actual: shownValue(indicator, 'actual'),
    target: shownValue(indicator, 'target'),
  });
}

/** Amounts, counts and 分值 are never below zero; a rate (增幅 −5%) may be. */
function negativeValues(indicator: Indicator, label: (field: NumericField) => string): Issue[] {
  const issues: Issue[] = [];
  for (const field of [...AMOUNTS, 'weight'] as const) {
    const number = numberFieldOf(indicator, field);
    const value = valueOf(number);
    if (!number || value === null || value >= 0) continue;
    if (field !== 'weight' && (isRateUnit(indicator.unit) || isRateUnit(number.unitInCell))) continue;
    issues.push(indicatorIssue('negative-value', indicator, number.cell, { column: label(field), value: shownValue(indicator, field) }));
  }
  return issues;
}

/** Figures no real department reports: completion far past the target, or amounts below zero. */
export const plausibilityRule: Rule = {
  name: 'plausibility',
  check({ table }) {
    const issues: Issue[] = [];
    for (const indicator of table.indicators) {
      const implausible = implausibleCompletion(indicator);
      if (implausible) issues.push(implausible);
      issues.push(...negativeValues(indicator, (field) => columnLabel(table, field)));
    }
    return issues;
  },
};
