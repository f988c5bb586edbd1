import type { SheetSnapshot } from '../model';
import { cellAt, rowCount } from '../model';
import { cellWords } from './cell-text';
import type { ColumnProfile } from './column-profile';
import { isNameColumnByValues } from './column-shape';
import { columnsNaming, type HeaderBand } from './header-detect';
import { goalSentencesColumn } from './goal-names';
import { isNotAField } from './header-vocabulary';
import { findMonthSpan, findYear } from './period';
import { readTitleLines } from './table-title';

/** A header word that names a field with at least this confidence says what its column is. */
const SURE_WORD = 0.6;

/**
 * A sheet that is no indicator table by its header words (no figure column the vocabulary names, no 责任单位 or
 * 时限 beside the names), yet plainly a list of things with something said about each: a column of names and, on
 * the same rows to its right, a column of figures or of words. Issue 18: such a sheet is read rather than refused
 * — tentatively: ranked below every sheet that is a table by its header words, and every role it is given without
 * strong evidence is asked about.
 *
 * The column of names is found by the strongest evidence there is, in this order: a header that names it (指标,
 * 项目名称, 二级指标); values that are names under a header that names nothing (long texts, or short labels with
 * figures beside them); the last of the columns a header calls categories (行业类别 › 三次产业 | 行业: the most
 * specific level is the name); or the one column of sentences left of who does the work and how it went, under a
 * header that names a goal (预期目标: 地区生产总值增长6%以上 is the row's name and its goal at once).
 */

/**
 * Whether the lines above the header say what the figures below count: the unit of all of them (单位：吨) or the
 * period they cover (2020年, 1—9月). A statistic states both; a list of things with a count each (物品 | 数量) neither.
 */
export function statesWhatItCounts(sheet: SheetSnapshot, band: HeaderBand, width: number): boolean {
  const lines = readTitleLines(sheet, band.top, width);
  return lines.tableUnit !== null || findYear(lines.text) !== null || findMonthSpan(lines.text) !== null;
}

/**
 * The column of names by the strongest evidence there is (see above); null when no column can be one. `counted`:
 * the lines above say what the figures count (statesWhatItCounts), so one column of figures beside short labels is
 * a statistic (产品名称 | 产量 under 单位：吨), not an inventory.
 */
export function tentativeNameColumn(band: HeaderBand, profiles: ReadonlyMap<number, ColumnProfile>, counted = false): number | null {
  const words = (col: number) => (profiles.get(col)?.text ?? 0) >= 0.5;
  const named = columnsNaming(band, 'name').filter(words);
  if (named.length > 0) return named[0];
  for (const [col, p] of [...profiles].sort((a, b) => a[0] - b[0])) {
    const reading = band.columns.get(col);
    // A header that names a field, or says its column is none (电话, 备注), has spoken.
    if (reading && (reading.guesses.some((g) => g.confidence >= SURE_WORD) || isNotAField(reading.text))) continue;
    // Short labels are names only as a statistical table's stub, with two columns of figures or more beside them, or
    // one under lines that say what it counts: a list of things with one count each (物品 | 数量) is an inventory.
    if (isNameColumnByValues(col, p, profiles, counted ? 1 : 2)) return col;
  }
  const categories = columnsNaming(band, 'category').filter(words);
  if (categories.length > 0) return categories[categories.length - 1];
  return goalSentencesColumn(band, profiles);
}

/** Rows from `from` on (300 at most) on which the names column holds something. */
function namedRows(sheet: SheetSnapshot, names: number, from: number): number[] {
  const rows: number[] = [];
  const last = Math.min(rowCount(sheet), from + 300);
  for (let row = from; row <= last; row++) if (cellWords(cellAt(sheet, row, names)) !== '') rows.push(row);
  return rows;
}

/**
 * Whether a sheet is a table to read tentatively: a column of names and, right of it, a column of figures or words
 * filled on at least half of the rows that have a name — not a 计量单位, or a column its header says is none of the
 * fields (备注, 电话, 得分). `profiles`: every column of the sheet, profiled from the band's first data row.
 */
export function isTentativeTable(sheet: SheetSnapshot, band: HeaderBand, profiles: ReadonlyMap<number, ColumnProfile>): boolean {
  const names = tentativeNameColumn(band, profiles, statesWhatItCounts(sheet, band, profiles.size));
  if (names === null) return false;
  // The rows with a name are the same whichever column beside them is tried: found once.
  const named = namedRows(sheet, names, band.dataStart);
  if (named.length === 0) return false;
  for (const [col, p] of profiles) {
    if (col <= names || p.filled === 0 || p.unit >= 0.5) continue;
    const reading = band.columns.get(col);
    if (reading && isNotAField(reading.text)) continue;
    const shared = named.filter((row) => cellWords(cellAt(sheet, row, col)) !== '').length;
    if (shared >= Math.max(1, Math.ceil(named.length / 2))) return true;
  }
  return false;
}
