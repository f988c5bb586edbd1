import type { ColumnMapping, FieldKey, Indicator, Issue } from '../../model';
import { cellAt, rowCount } from '../../model';
import { contentAt, formulaIn } from '../cell-content';
import { shownText } from '../message-values';
import { columnLabel, indicatorIssue, sheetRef, tableIssue, type Rule } from '../rule-context';

/** What usually causes each Excel error, so staff know where to look. */
const CAUSES: Readonly<Record<string, string>> = {
  '#DIV/0!': '除数为 0 或为空（如目标值未填）',
  '#N/A': '查找函数（VLOOKUP 等）没有找到对应值',
  '#REF!': '公式引用的单元格或工作表已被删除',
  '#VALUE!': '参与计算的单元格里有文字',
  '#NAME?': '函数名或名称拼写有误',
  '#NUM!': '数值超出范围或无效',
  '#NULL!': '引用的区域没有交集',
  '#SPILL!': '动态数组的溢出区域被占用',
  '#CALC!': '计算无法完成（如结果为空数组）',
};

function causeOf(error: string): string {
  return CAUSES[error.toUpperCase()] ?? '公式或数据有误';
}

/** Every mapped column once, even when two fields share a column. */
function mappedColumns(columns: Partial<Record<FieldKey, ColumnMapping>>): Array<[FieldKey, ColumnMapping]> {
  const seen = new Set<number>();
  const out: Array<[FieldKey, ColumnMapping]> = [];
  for (const [field, mapping] of Object.entries(columns) as Array<[FieldKey, ColumnMapping | undefined]>) {
    if (!mapping || !Number.isInteger(mapping.col) || mapping.col < 1 || seen.has(mapping.col)) continue;
    seen.add(mapping.col);
    out.push([field, mapping]);
  }
  return out;
}

/**
 * Excel error values (#N/A, #DIV/0! …) and formulas with no computed result, in every column the table
 * reads, on every row below the header. Read from the snapshot itself: recognition leaves such a cell out of
 * the indicator, so the indicator alone cannot tell an error from a blank.
 */
export const cellValuesRule: Rule = {
  name: 'cell-values',
  check({ table, sheet }) {
    if (!sheet) return [];
    const issues: Issue[] = [];
    const byRow = new Map<number, Indicator>(table.indicators.map((indicator) => [indicator.row, indicator]));
    const columns = mappedColumns(table.columns);
    const first = Math.max(0, ...table.headerRows) + 1;
    for (let row = first; row <= rowCount(sheet); row++) {
      const indicator = byRow.get(row);
      for (const [field, mapping] of columns) {
        const content = contentAt(sheet, row, mapping.col);
        const formula = formulaIn(sheet, row, mapping.col);
        // Most cells are fine: the cell and its column's label are only made for a finding.
        if (content.kind !== 'error' && (formula === null || cellAt(sheet, row, mapping.col) !== null)) continue;
        const cell = sheetRef(table, row, mapping.col);
        const column = columnLabel(table, field);
        let found: Issue | null = null;
        if (content.kind === 'error') {
          const params = { column, error: shownText(content.error, 20), cause: causeOf(content.error) };
          found = indicator ? indicatorIssue('excel-error', indicator, cell, params) : tableIssue('excel-error', cell, params, row);
        } else if (formula !== null && cellAt(sheet, row, mapping.col) === null) {
          const params = { column, formula: shownText(formula, 40) };
          found = indicator
            ? indicatorIssue('formula-without-value', indicator, cell, params)
            : tableIssue('formula-without-value', cell, params, row);
        }
        if (found) issues.push(found);
      }
    }
    return issues;
  },
};
