import type { Issue } from '../../model';
import { formatNumber } from '../message-values';
import { columnOf, sheetRef, tableIssue, valueOf, type Rule } from '../rule-context';

function close(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(b));
}

/**
 * 分值 that do not add up: to the 合计 the sheet states, or, when it states none, to 100. Scores are shares
 * of the total, so a wrong total misstates every score.
 */
export const weightsRule: Rule = {
  name: 'weights',
  check({ table }) {
    const weights = table.indicators.map((indicator) => valueOf(indicator.weight)).filter((value) => value !== null);
    if (weights.length === 0) return [];
    const sum = weights.reduce((total, weight) => total + weight, 0);
    const stated = valueOf(table.statedWeightTotal);
    const issues: Issue[] = [];
    if (stated !== null && table.statedWeightTotal) {
      if (!close(sum, stated)) {
        issues.push(
          tableIssue('weight-total-mismatch', table.statedWeightTotal.cell, {
            sum: formatNumber(sum),
            stated: formatNumber(stated),
            diff: formatNumber(Math.abs(sum - stated)),
          }),
        );
      }
    } else if (!close(sum, 100)) {
      const column = columnOf(table, 'weight');
      const headerRow = table.headerRows.length > 0 ? Math.max(...table.headerRows) : null;
      const cell = column && headerRow !== null ? sheetRef(table, headerRow, column.col) : null;
      issues.push(tableIssue('weight-not-100', cell, { sum: formatNumber(sum), count: weights.length }));
    }
    return issues;
  },
};
