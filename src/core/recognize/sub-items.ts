import type { Outline } from './outline';

/**
 * An item with sub-items written as rows: 1、老旧小区改造 (with its own figures) then （1）东城片区,
 * （2）西城片区. A row numbered one level deeper than the item above it is that item's sub-item: its path
 * holds the item's name and its id the item's number. Headings (一、 （一）) are sections, not items.
 */
export interface ParentItem {
  readonly outline: Outline;
  readonly name: string;
}

/** How deep a numbering style sits under 1、: （1） and 1) one level, ① two; 1.2.3 by its dots. */
function depth(outline: Outline): number | null {
  switch (outline.style) {
    case 'num':
      return 1;
    case 'num-paren':
    case 'num-half-paren':
      return 2;
    case 'circled':
      return 3;
    case 'dotted':
      return outline.key.split('.').length;
    // 一、 and （一） number headings; on a row that is itself an item (its own figures: 一、社会消费品零售总额 with
    // its total), they number the items whose parts follow as 1、 2、.
    case 'cn':
      return -1;
    case 'cn-paren':
      return 0;
    default: {
      const unreachable: never = outline.style;
      return unreachable;
    }
  }
}

/** Whether a row numbered `own` is a sub-item of `parent`. */
export function isSubItem(parent: ParentItem | null, own: Outline | null): boolean {
  if (parent === null || own === null) return false;
  const parentDepth = depth(parent.outline);
  const ownDepth = depth(own);
  return parentDepth !== null && ownDepth !== null && ownDepth > parentDepth;
}

/** How deep a numbering style sits in a list of items, headings included: 一、 over （一） over 1、 over （1） over ①. */
function itemDepth(outline: Outline): number {
  switch (outline.style) {
    case 'cn':
      return 0;
    case 'cn-paren':
      return 1;
    case 'num':
      return 2;
    case 'num-paren':
    case 'num-half-paren':
      return 3;
    case 'circled':
      return 4;
    case 'dotted':
      return 1 + outline.key.split('.').length;
    default: {
      const unreachable: never = outline.style;
      return unreachable;
    }
  }
}

/**
 * Items of one group, each with its outline (or none), in their order: for each, the index of the item it is a
 * sub-item of, or null. An item numbered deeper than the last item above it numbered shallower (1、 under 一、) is
 * its sub-item, as long as no unnumbered item came between; 一、 and its 1、 2、 3、 in a finance form's 三级指标
 * column are an item and its parts, whose scores the item already holds.
 */
export function numberedParents(outlines: readonly (Outline | null)[]): (number | null)[] {
  const parents: (number | null)[] = [];
  const open: { at: number; depth: number }[] = [];
  outlines.forEach((outline, at) => {
    if (outline === null) {
      open.length = 0;
      parents.push(null);
      return;
    }
    const depth = itemDepth(outline);
    while (open.length > 0 && open[open.length - 1].depth >= depth) open.pop();
    parents.push(open.length > 0 ? open[open.length - 1].at : null);
    open.push({ at, depth });
  });
  return parents;
}
