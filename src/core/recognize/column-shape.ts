import type { ColumnProfile } from './column-profile';

/**
 * What a column's values make it, whatever its header says: a column of names, the labels of a statistical
 * table's stub, a column of figures, or a column that says something about each name (who, by when, how much).
 */

/** A column of names as a table without known header words has one: long texts, not bodies, people or dates. */
export function isNamesColumn(p: ColumnProfile): boolean {
  return p.filled > 0 && p.text >= 0.6 && p.longText >= 0.5 && p.organisation < 0.5 && p.person < 0.5 && p.date < 0.5;
}

/**
 * The stub of a statistical table (指标 | 本月 | 累计 | 增长%): short labels (第一产业, 利润总额(亿元)) with figures beside
 * them on the same rows. Labels, not figures, bodies, people, dates or units.
 */
export function isLabelColumn(p: ColumnProfile): boolean {
  return p.filled >= 3 && p.text >= 0.8 && p.organisation < 0.5 && p.person < 0.5 && p.date < 0.5 && p.unit < 0.5;
}

/** A column of figures: at least most of its cells are numbers (a cell of —— or a blank among them is no matter). */
export function isFigureColumn(p: ColumnProfile): boolean {
  return p.filled >= 3 && p.numeric >= 0.6;
}

/** Something said about each name in a column to its right: who (a body, a person), by when, or how much. */
export function isDetailColumn(p: ColumnProfile): boolean {
  return p.filled > 0 && (p.organisation >= 0.5 || p.person >= 0.5 || p.date >= 0.5 || p.percent >= 0.5 || (p.numeric >= 0.6 && p.outline < 0.6));
}

/**
 * A column its values make one of names, whatever its header: long texts (isNamesColumn), or short labels as a
 * statistical table's stub, with two columns of figures or more to their right — a list of things with one count
 * each (物品 | 数量) is an inventory, not indicators; one column is enough (`figuresNeeded` 1) under lines that say what it counts (单位：吨). `profiles`: the sheet's columns, for the figures to the right.
 */
export function isNameColumnByValues(col: number, p: ColumnProfile, profiles: ReadonlyMap<number, ColumnProfile>, figuresNeeded = 2): boolean {
  if (isNamesColumn(p)) return true;
  return isLabelColumn(p) && [...profiles].filter(([c, q]) => c > col && isFigureColumn(q)).length >= figuresNeeded;
}
