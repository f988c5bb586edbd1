/** What a host would read back from a sheet it wrote from a plan: each cell's shown value. */
import type { CellValue, SheetPlan, SheetSnapshot } from '../../src/core/model';
import { shown } from './plan-reading';

export function planAsSnapshot(plan: SheetPlan, position: number, edit?: (values: CellValue[][]) => void): SheetSnapshot {
  const values: CellValue[][] = plan.rows.map((line) => line.map((value) => shown(value)));
  edit?.(values);
  return { name: plan.name, visible: true, position, values, formulas: values.map((line) => line.map(() => null)), numberFormats: [], merges: [] };
}
