import type { Indicator, Issue } from '../../model';
import { contentAt } from '../cell-content';
import { shownText } from '../message-values';
import { columnLabel, columnOf, indicatorIssue, numberFieldOf, sheetRef, valueOf, type NumericField, type Rule } from '../rule-context';

const FIGURES: readonly NumericField[] = ['target', 'periodTarget', 'actual', 'lastYear', 'growth', 'completionRate'];

/** A qualitative indicator may state its target and result in words; 分值 is a number for every indicator. */
function numericFieldsOf(indicator: Indicator): readonly NumericField[] {
  return indicator.kind === 'quantitative' ? [...FIGURES, 'weight'] : ['weight'];
}

/** Words or TRUE/FALSE in a column that must hold a number, which recognition could not read as one. */
export const notANumberRule: Rule = {
  name: 'not-a-number',
  check({ table, sheet }) {
    if (!sheet) return [];
    const issues: Issue[] = [];
    for (const indicator of table.indicators) {
      for (const field of numericFieldsOf(indicator)) {
        const mapping = columnOf(table, field);
        if (!mapping || valueOf(numberFieldOf(indicator, field)) !== null) continue;
        const content = contentAt(sheet, indicator.row, mapping.col);
        if (content.kind !== 'text' && content.kind !== 'boolean') continue;
        const text = content.kind === 'text' ? shownText(content.text) : String(content.value).toUpperCase();
        issues.push(
          indicatorIssue('not-a-number', indicator, sheetRef(table, indicator.row, mapping.col), {
            column: columnLabel(table, field),
            text,
          }),
        );
      }
    }
    return issues;
  },
};
