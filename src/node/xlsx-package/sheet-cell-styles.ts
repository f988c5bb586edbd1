import type { CellStyle, Rect, SheetPlan } from '../../core/model';
import { mergeStyles, type StyleBook } from './style-book';

/** The part that unlocks a cell the protection leaves editable, beside the indices of plan.styles. */
const UNLOCKED = -1;

/**
 * Cell format ids per cell as the plan's ranges lay them (later ranges win), with the protection's
 * editable ranges unlocked. Cells covered by the same sequence of ranges share one numbered state, reached
 * from the one before by a map lookup, so a 50,000-row sheet costs one small integer per styled cell.
 */
export class SheetCellStyles {
  /** row → state per column (index = column); 0 = unstyled. */
  private readonly cells = new Map<number, number[]>();
  private readonly formatOfState: number[] = [0];

  constructor(plan: SheetPlan, book: StyleBook) {
    const steps: Map<number, number>[] = [new Map()];
    const partsOf: number[][] = [[]];
    const advance = (state: number, part: number): number => {
      let next = steps[state].get(part);
      if (next === undefined) {
        next = partsOf.length;
        partsOf.push([...partsOf[state], part]);
        steps.push(new Map());
        steps[state].set(part, next);
      }
      return next;
    };
    const mark = (rect: Rect, part: number) => {
      for (let row = rect.top; row <= rect.bottom; row++) {
        let line = this.cells.get(row);
        if (!line) this.cells.set(row, (line = []));
        for (let col = rect.left; col <= rect.right; col++) line[col] = advance(line[col] ?? 0, part);
      }
    };
    // Ranges with the same style are one part, so rows styled alike by ranges of their own share a state.
    const partOfStyle = new Map<string, number>();
    const styleOfPart: CellStyle[] = [];
    plan.styles.forEach(({ rect, style }) => {
      const key = JSON.stringify(style);
      let part = partOfStyle.get(key);
      if (part === undefined) {
        part = styleOfPart.push(style) - 1;
        partOfStyle.set(key, part);
      }
      mark(rect, part);
    });
    for (const rect of plan.protection?.editable ?? []) mark(rect, UNLOCKED);
    // Only states some cell ends in get a cell format; the steps on the way to them do not.
    const used = new Set<number>();
    for (const line of this.cells.values()) for (const state of line) if (state) used.add(state);
    for (const state of used) {
      const parts = partsOf[state];
      const styles: CellStyle[] = parts.filter((part) => part !== UNLOCKED).map((part) => styleOfPart[part]);
      this.formatOfState[state] = book.cellFormat(mergeStyles(styles), parts.includes(UNLOCKED));
    }
  }

  /** Highest row that carries a style. */
  get lastRow(): number {
    let last = 0;
    for (const row of this.cells.keys()) if (row > last) last = row;
    return last;
  }

  /** States of one row, indexed by column; read with formatOf. */
  row(row: number): readonly number[] | undefined {
    return this.cells.get(row);
  }

  formatOf(state: number | undefined): number {
    return state ? this.formatOfState[state] : 0;
  }
}
