import type { Approximation, Indicator, Issue } from '../../model';
import { formatNumber, shownText } from '../message-values';
import { columnLabel, indicatorIssue, numberFieldOf, valueOf, type NumericField, type Rule } from '../rule-context';

/** A bound on a target (不低于90) is an exact target; on a result (300余人) it is an approximation. */
function isApproximate(field: NumericField, approx: Approximation): boolean {
  switch (approx) {
    case 'exact':
      return false;
    case 'over':
    case 'about':
    case 'nearly':
      return true;
    case 'atLeast':
    case 'atMost':
      return field === 'actual' || field === 'lastYear';
    default: {
      const unreachable: never = approx;
      return unreachable;
    }
  }
}

/** The figures each field is computed against: an approximate one makes those results approximate. */
function usedInCalculation(indicator: Indicator, field: NumericField): boolean {
  const actual = valueOf(indicator.actual) !== null;
  switch (field) {
    case 'actual':
      return valueOf(indicator.target) !== null || valueOf(indicator.lastYear) !== null || valueOf(indicator.periodTarget) !== null;
    case 'target':
    case 'lastYear':
    case 'periodTarget':
      return actual;
    default:
      return false;
  }
}

const CALCULATED: readonly NumericField[] = ['target', 'periodTarget', 'actual', 'lastYear'];

/** 300余人 is "over 300": a completion rate or growth computed from 300 is an estimate, and the report says so. */
export const approximationRule: Rule = {
  name: 'approximation',
  check({ table }) {
    const issues: Issue[] = [];
    for (const indicator of table.indicators) {
      for (const field of CALCULATED) {
        const number = numberFieldOf(indicator, field);
        if (!number || valueOf(number) === null || !isApproximate(field, number.approx)) continue;
        if (!usedInCalculation(indicator, field)) continue;
        issues.push(
          indicatorIssue('approximate-value', indicator, number.cell, {
            column: columnLabel(table, field),
            text: shownText(number.text || formatNumber(number.value), 20),
            value: formatNumber(number.value),
          }),
        );
      }
    }
    return issues;
  },
};
