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
    case 'cn':
    case 'cn-paren':
      return null;
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
