import type { IndicatorTable, TextField } from '../model';

/**
 * Work-report task lists often close each task's cell with the units it is given to (…压减一般性支出15%以上。
 * 责任单位:市财政局、各区县政府), where the table has no column for them. The clause is the department, not
 * part of the task: the name keeps the words before it and the department is the clause's list, both pointing
 * at the same cell. Only a clause at the very end, after a label naming the units in charge, is read so.
 */
const CLOSING_UNITS = /^([\s\S]*?\S)\s*[（(]?\s*(?:责任单位|牵头单位|责任部门|牵头部门|承办单位|责任科室|牵头科室)\s*[:：]\s*([^:：]{2,200}?)\s*[)）]?\s*[。.]?$/;

/** The task and its units, or null when the cell does not close with such a clause. */
export function departmentInName(name: string): { readonly task: string; readonly units: string } | null {
  const m = CLOSING_UNITS.exec(name.trim());
  if (!m) return null;
  const task = m[1].trim();
  // A clause that is the whole cell names no task.
  if (task.length < 4) return null;
  return { task, units: m[2].trim() };
}

export function withDepartmentsFromNames(table: IndicatorTable): IndicatorTable {
  if (table.columns.department) return table;
  let changed = false;
  const indicators = table.indicators.map((indicator) => {
    if (indicator.department) return indicator;
    const found = departmentInName(indicator.name.value);
    if (!found) return indicator;
    changed = true;
    const at = (value: string): TextField => ({ value, cell: indicator.name.cell });
    return { ...indicator, name: at(found.task), department: at(found.units) };
  });
  return changed ? { ...table, indicators } : table;
}
