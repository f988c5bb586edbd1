import type { CellStyle, Rect, StyledRange } from '../model';

/**
 * The sheet builders style row by row (the name cells of each indicator, its figures, its status), so a
 * 50,000-row 指标测算 plans ~87,000 ranges, and the Office.js host sends each as a range with its own
 * calls. Ranges with the same style over the same columns on consecutive rows become one tall range here,
 * when that changes no cell: plan.styles apply in order and later ranges win, so a range may move up to
 * the range it joins only if nothing applied in between touches its cells with a property it sets.
 */

interface Group {
  /** Position of the group's first range in the original order: where the group is applied. */
  readonly first: number;
  readonly style: CellStyle;
  top: number;
  bottom: number;
  readonly left: number;
  readonly right: number;
}

interface Applied {
  readonly index: number;
  readonly rect: Rect;
  readonly properties: readonly (keyof CellStyle)[];
}

function definedProperties(style: CellStyle): (keyof CellStyle)[] {
  return (Object.keys(style) as (keyof CellStyle)[]).filter((property) => style[property] !== undefined);
}

/** Styles written by the same builder list their properties in the same order, so their JSON tells them apart. */
function styleKey(style: CellStyle): string {
  return JSON.stringify(style);
}

/** Ranges taller than this (a column's body) are few and kept in one list; shorter ones are indexed by row. */
const TALL_ROWS = 64;

/** The ranges applied so far, found by the rows they cover. */
class AppliedRanges {
  private readonly byRow = new Map<number, Applied[]>();
  private readonly tall: Applied[] = [];

  add(applied: Applied): void {
    const { rect } = applied;
    if (rect.bottom - rect.top >= TALL_ROWS) {
      this.tall.push(applied);
      return;
    }
    for (let row = rect.top; row <= rect.bottom; row++) {
      let line = this.byRow.get(row);
      if (!line) this.byRow.set(row, (line = []));
      line.push(applied);
    }
  }

  /** Whether a range applied after position `after` touches `rect` with a property of `properties`. */
  touchedSince(rect: Rect, after: number, properties: readonly (keyof CellStyle)[]): boolean {
    const touches = (applied: Applied) =>
      applied.index > after &&
      applied.rect.top <= rect.bottom &&
      applied.rect.bottom >= rect.top &&
      applied.rect.left <= rect.right &&
      applied.rect.right >= rect.left &&
      applied.properties.some((property) => properties.includes(property));
    if (this.tall.some(touches)) return true;
    for (let row = rect.top; row <= rect.bottom; row++) if (this.byRow.get(row)?.some(touches)) return true;
    return false;
  }
}

export function coalesceStyles(styles: readonly StyledRange[]): StyledRange[] {
  const groups: Group[] = [];
  /** Groups that may grow downward, by style, columns and bottom row. */
  const growing = new Map<string, Group>();
  const applied = new AppliedRanges();
  styles.forEach(({ rect, style }, index) => {
    const key = styleKey(style);
    const properties = definedProperties(style);
    const above = growing.get(`${key}|${rect.left}|${rect.right}|${rect.top - 1}`);
    if (above && !applied.touchedSince(rect, above.first, properties)) {
      growing.delete(`${key}|${above.left}|${above.right}|${above.bottom}`);
      above.bottom = rect.bottom;
      growing.set(`${key}|${above.left}|${above.right}|${above.bottom}`, above);
    } else {
      const group: Group = { first: index, style, top: rect.top, bottom: rect.bottom, left: rect.left, right: rect.right };
      groups.push(group);
      growing.set(`${key}|${rect.left}|${rect.right}|${rect.bottom}`, group);
    }
    applied.add({ index, rect, properties });
  });
  return groups.map((group) => ({ rect: { top: group.top, left: group.left, bottom: group.bottom, right: group.right }, style: group.style }));
}
