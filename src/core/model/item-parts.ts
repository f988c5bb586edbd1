/**
 * Items with numbered parts (一、示范区建立 with 1、 2、 3、 under it, 三级指标 of a finance form): a part's path ends in
 * its item's name, and its score and weight are already the item's. Sums of scores or weights count the item once.
 */
interface Placed {
  readonly path: readonly string[];
  readonly name: { readonly value: string };
}

/**
 * Rows whose path ends in another row's name under the same groups (一、示范区建立 › 1、水稻侧深施肥 under 产出指标 ›
 * 数量指标): the parts of that item, not items of their own.
 */
export function partsOfItems<T extends Placed>(indicators: readonly T[]): Set<T> {
  const items = new Set(indicators.map((i) => [...i.path, i.name.value].join('\u0000')));
  return new Set(indicators.filter((i) => i.path.length > 0 && items.has(i.path.join('\u0000'))));
}
