import type { CellRef, Indicator, Issue } from '../../model';
import { parseNumberText } from '../../recognize/number-text';
import { contentAt } from '../cell-content';
import { shownText } from '../message-values';
import { columnLabel, columnOf, indicatorIssue, numberFieldOf, sheetRef, type NumericField, type Rule, type RuleContext } from '../rule-context';
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

interface WrittenUnit {
  readonly unit: string;
  readonly cell: CellRef;
}

/**
 * The unit a figure was written with: from the number recognition placed, or, where recognition refused
 * the figure because its unit does not fit (36万元 in a 个 column stays text), from the cell's own text.
 */
function writtenUnit(context: RuleContext, indicator: Indicator, field: NumericField): WrittenUnit | null {
  const number = numberFieldOf(indicator, field);
  if (number) return typeof number.unitInCell === 'string' ? { unit: number.unitInCell, cell: number.cell } : null;
  const mapping = columnOf(context.table, field);
  if (!mapping || !context.sheet) return null;
  const content = contentAt(context.sheet, indicator.row, mapping.col);
  if (content.kind !== 'text') return null;
  const parsed = parseNumberText(content.text);
  return parsed.kind === 'number' && parsed.unit ? { unit: parsed.unit, cell: sheetRef(context.table, indicator.row, mapping.col) } : null;
}

/** A figure whose written unit cannot be converted to the indicator's: reported as unit-mismatch, not as not-a-number. */
export function hasUnconvertibleUnit(context: RuleContext, indicator: Indicator, field: NumericField): boolean {
  const reference = referenceUnit(context, indicator);
  const written = reference && writtenUnit(context, indicator, field);
  return Boolean(reference && written && !convertible(reference.unit, written.unit));
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
        const written = writtenUnit(context, indicator, field);
        if (!written || convertible(reference.unit, written.unit)) continue;
        const unit = written.unit;
        issues.push(
          indicatorIssue('unit-mismatch', indicator, written.cell, {
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
