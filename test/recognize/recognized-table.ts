import type { Indicator, IndicatorTable } from '../../src/core/model';
import { recognize } from '../../src/core/recognize';
import { workbookOf, type SheetSpec } from './build-snapshot';

/** The table recognition reads from one made-up sheet in a workbook named `book` (the name may carry a title or period). */
export function tableOfSheet(book: string, spec: SheetSpec): IndicatorTable {
  const recognition = recognize(workbookOf(book, [spec]));
  if (!recognition.table) throw new Error(`no table: ${recognition.issues.map((i) => i.code).join(', ')}`);
  return recognition.table;
}

/** The indicator of that name, or a failure listing the names read. */
export function byName(table: IndicatorTable, name: string): Indicator {
  const found = table.indicators.find((i) => i.name.value === name);
  if (!found) throw new Error(`no ${name} in ${table.indicators.map((i) => i.name.value).join('、')}`);
  return found;
}
