import type { Indicator, Issue } from '../../model';
import { shownText } from '../message-values';
import { columnLabel, indicatorIssue, numberFieldOf, type NumericField, type Rule, type RuleContext } from '../rule-context';
import { convertible } from '../unit-compatibility';

const AMOUNTS: readonly NumericField[] = ['target', 'periodTarget', 'actual', 'lastYear'];

interface Reference {
  readonly unit: string;
  readonly column: string;
}

/** The unit the indicator is measured in: its 单位 column, else the unit written with its target. */
function referenceUnit(context: RuleContext, indicator: Indicator): Reference | null {
  if (typeof indicator.unit === 'string' && indicator.unit.trim() !== '') {
    return { unit: indicator.unit, column: columnLabel(context.table, 'unit') };
  }
  const inTarget = indicator.target?.unitInCell;
  if (typeof inTarget === 'string' && inTarget.trim() !== '') return { unit: inTarget, column: columnLabel(context.table, 'target') };
  return null;
}

/** Target, actual, 序时目标 and 上年同期 in units that cannot be converted into one another (万元 against 人). */
export const unitsRule: Rule = {
  name: 'units',
  check(context) {
    const issues: Issue[] = [];
    for (const indicator of context.table.indicators) {
      const reference = referenceUnit(context, indicator);
      if (!reference) continue;
      for (const field of AMOUNTS) {
        const number = numberFieldOf(indicator, field);
        const unit = number?.unitInCell;
        if (!number || typeof unit !== 'string' || convertible(reference.unit, unit)) continue;
        issues.push(
          indicatorIssue('unit-mismatch', indicator, number.cell, {
            columnA: reference.column,
            unitA: shownText(reference.unit, 12),
            columnB: columnLabel(context.table, field),
            unitB: shownText(unit, 12),
          }),
        );
      }
    }
    return issues;
  },
};
