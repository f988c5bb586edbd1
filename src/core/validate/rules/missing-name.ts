import type { FieldKey, IndicatorTable, Issue } from '../../model';
import { contentAt, isBlank, shownContentAt } from '../cell-content';
import { columnOf, indicatorIssue, sheetRef, tableIssue, type Rule } from '../rule-context';
import { shownText } from '../message-values';

const FIGURE_FIELDS: readonly FieldKey[] = ['target', 'periodTarget', 'actual', 'lastYear'];

/** Rows recognition set apart as something other than an indicator. */
function knownRows(table: IndicatorTable): Set<number> {
  const rows = new Set<number>();
  for (const indicator of table.indicators) rows.add(indicator.row);
  for (const section of table.sections) rows.add(section.row);
  for (const row of table.headerRows) rows.add(row);
  if (table.statedWeightTotal) rows.add(table.statedWeightTotal.cell.row);
  return rows;
}

/**
 * An indicator without a name, or a row inside the table that carries figures but no name: a figure nobody
 * can attribute must not reach the report.
 */
export const missingNameRule: Rule = {
  name: 'missing-name',
  check({ table, sheet }) {
    const issues: Issue[] = [];
    for (const indicator of table.indicators) {
      if (shownText(String(indicator.name.value ?? '')) === '') {
        issues.push(indicatorIssue('missing-name', indicator, indicator.name.cell));
      }
    }
    const nameColumn = columnOf(table, 'name');
    if (!sheet || !nameColumn || table.indicators.length === 0) return issues;
    const skip = knownRows(table);
    const first = Math.max(0, ...table.headerRows) + 1;
    const last = Math.max(...table.indicators.map((indicator) => indicator.row));
    const figureColumns = FIGURE_FIELDS.map((field) => columnOf(table, field)).filter((mapping) => mapping !== null);
    for (let row = first; row <= last; row++) {
      if (skip.has(row) || !isBlank(shownContentAt(sheet, row, nameColumn.col))) continue;
      const hasFigure = figureColumns.some((mapping) => contentAt(sheet, row, mapping.col).kind === 'number');
      if (hasFigure) issues.push(tableIssue('missing-name', sheetRef(table, row, nameColumn.col), {}, row));
    }
    return issues;
  },
};
