import type { ColumnMapping, FieldKey, SheetSnapshot } from '../model';
import { FIELD_KEYS, cellAt, columnLetter, rowCount } from '../model';
import { cellWords } from './cell-text';
import type { ColumnProfile } from './column-profile';
import type { HeaderBand } from './header-detect';
import type { MergeIndex } from './merged-cells';
import { parseOutline, type OutlineStyle } from './outline';

/**
 * An indicator's name split over columns: 一级/二级/三级指标, a category and an indicator under one merged
 * 项目, an item merged down over its sub-items. The most specific column is the indicator's name; the columns
 * above it (merged or repeated down the rows) are its path. Without this every row would be named after
 * its higher level (数量指标, 经济发展, the parent project).
 */
export interface NameLevels {
  readonly columns: Partial<Record<FieldKey, ColumnMapping>>;
  /** Path columns from the top level down; empty when the name is one column. */
  readonly levels: readonly ColumnMapping[];
}

export interface NameLevelInput {
  readonly sheet: SheetSnapshot;
  readonly merges: MergeIndex;
  readonly band: HeaderBand;
  readonly profiles: ReadonlyMap<number, ColumnProfile>;
  readonly columns: Partial<Record<FieldKey, ColumnMapping>>;
}

/** Enough rows to see whether a column groups the one to its right. */
const SAMPLE_ROWS = 300;

function isTextColumn(profile: ColumnProfile | undefined): boolean {
  return profile !== undefined && profile.filled > 0 && profile.text >= 0.5 && profile.numeric < 0.3;
}

/** A column of outline numbers alone (一 二 三, （一）, 1.1): it numbers the rows, it names nothing. */
function isNumberingColumn(profile: ColumnProfile | undefined): boolean {
  return profile !== undefined && profile.filled > 0 && profile.outline >= 0.8 && profile.longText < 0.2;
}

/**
 * One header merged over two columns, the numbers in the first and the words in the second (衡量指標 over 一 |
 * 推展會展活動): the name is the words; the numbers are its 序号.
 */
function numberedName(input: NameLevelInput): Partial<Record<FieldKey, ColumnMapping>> {
  const { columns } = input;
  const name = columns.name;
  if (!name || name.source === 'user' || name.source === 'remembered') return columns;
  const words = name.col + 1;
  if (!isNumberingColumn(input.profiles.get(name.col)) || !sameGroupHeader(input, name.col, words)) return columns;
  const profile = input.profiles.get(words);
  if (!isTextColumn(profile) || (profile?.longText ?? 0) < 0.5 || fieldAt(columns, words) !== null) return columns;
  const header = input.band.columns.get(words)?.text ?? name.header;
  return {
    ...columns,
    id: { ...name, source: 'values' },
    name: { col: words, letter: columnLetter(words), header, confidence: name.confidence, source: 'values' },
  };
}

function fieldAt(columns: Partial<Record<FieldKey, ColumnMapping>>, col: number): FieldKey | null {
  return FIELD_KEYS.find((field) => columns[field]?.col === col) ?? null;
}

/**
 * Merged down so that it groups the rows beside it: fewer than two labels in three rows are its own (a 项目名称 merged
 * over each project's tasks). One project of several written over two rows (老城厢复兴发展 over two tasks, the others
 * one row each) still names each row.
 */
function groupsRows(input: NameLevelInput, col: number): boolean {
  if (!mergedDown(input, col)) return false;
  const { sheet, merges, band } = input;
  const last = Math.min(rowCount(sheet), band.dataStart + SAMPLE_ROWS - 1);
  let labels = 0;
  let rows = 0;
  for (let row = band.dataStart; row <= last; row++) {
    const area = merges.areaAt(row, col);
    const top = area ? area.top : row;
    if (cellWords(cellAt(sheet, top, area ? area.left : col)) === '') continue;
    rows++;
    if (top === row) labels++;
  }
  return labels < OWN_LABELS * rows;
}

/** Two labels in three: below that a merged column groups the rows beside it rather than naming each one. */
const OWN_LABELS = 2 / 3;

/** The same merged header cell stands over both columns (项目 over 类别 and 指标). */
function sameGroupHeader(input: NameLevelInput, a: number, b: number): boolean {
  for (let row = input.band.top; row <= input.band.bottom; row++) {
    const area = input.merges.areaAt(row, a);
    if (area && area.left <= b && b <= area.right && area.top <= row && row <= area.bottom) return true;
  }
  return false;
}

/** A column merged down over two rows or more somewhere among the data rows: it groups the rows beside it. */
function mergedDown(input: NameLevelInput, col: number): boolean {
  const { sheet, merges, band } = input;
  const last = Math.min(rowCount(sheet), band.dataStart + SAMPLE_ROWS - 1);
  for (let row = band.dataStart; row <= last; row++) {
    const area = merges.areaAt(row, col);
    if (area && area.top === row && area.left === col && area.right === col && area.bottom > area.top) return true;
  }
  return false;
}

/**
 * Whether a column next to the name column may be one of its levels: a text column whose header names a name or
 * a category, that shares the name's merged header, or — left of the names, read as no field — that is merged
 * down over the rows it groups. To the right of a name column that is itself
 * merged down, a column of words each row has its own of is the more specific name, even under a target's
 * header (年度目标任务 › 新增技能人才4000人: the task and its target in one).
 */
function mayBeLevel(input: NameLevelInput, col: number, nameCol: number): boolean {
  if (!isTextColumn(input.profiles.get(col)) || isNumberingColumn(input.profiles.get(col))) return false;
  const field = fieldAt(input.columns, col);
  if (field === 'target' && col > nameCol) return (groupsRows(input, nameCol) || numberedItems(input, col)) && (input.profiles.get(col)?.text ?? 0) >= 0.8;
  if (field === 'target' && col < nameCol) return wordsGroupingNames(input, col);
  if (field !== null && field !== 'category' && field !== 'name') return false;
  if (field !== null) return true;
  const reading = input.band.columns.get(col);
  const named = reading?.guesses.some((g) => (g.field === 'name' || g.field === 'category') && g.confidence >= 0.4) ?? false;
  // Left of the names, a column that no field was read from and that groups the rows beside it: merged down
  // over them (县区, 片区, or words the vocabulary reads as a role another column holds: 策略绩效目标 beside the
  // 年度目标值), or short words written again on every row instead of merged (*医疗卫生 on three rows).
  return named || sameGroupHeader(input, col, nameCol) || (col < nameCol && (mergedDown(input, col) || repeatedDown(input, col)));
}

/**
 * Left of the names, a column read as the target only from its values under a word of two readings (指标 over
 * 公共文化服务 | 文化产业): short words with no figure, merged or written again down the rows, group the tasks beside
 * them — a target is a figure or a requirement of the row's own, not a heading shared by several rows.
 */
function wordsGroupingNames(input: NameLevelInput, col: number): boolean {
  const mapping = input.columns.target;
  const profile = input.profiles.get(col);
  if (mapping?.col !== col || mapping.source !== 'values' || !profile) return false;
  if (profile.numeric > 0 || profile.longText > 0.2) return false;
  return mergedDown(input, col) || repeatedDown(input, col);
}

/** Sub-item numbers: what a heading's own items are numbered with under it ((1) ① 1)), never the heading itself. */
const SUB_ITEM_STYLES: ReadonlySet<OutlineStyle> = new Set(['num-paren', 'num-half-paren', 'circled']);

/**
 * Every filled cell of the column begins with a sub-item number ((1)地区生产总值增长6%左右。): the statements are items
 * under the label beside them, even where one item is all a label has (no merge to show the grouping).
 */
function numberedItems(input: NameLevelInput, col: number): boolean {
  const { sheet, merges, band } = input;
  const last = Math.min(rowCount(sheet), band.dataStart + SAMPLE_ROWS - 1);
  let numbered = 0;
  for (let row = band.dataStart; row <= last; row++) {
    const area = merges.areaAt(row, col);
    if (area && area.top !== row) continue;
    const text = cellWords(cellAt(sheet, row, col));
    if (text === '') continue;
    const outline = parseOutline(text);
    if (!outline || !SUB_ITEM_STYLES.has(outline.style)) return false;
    numbered++;
  }
  return numbered > 0;
}

/** Short words written again on the next row, at least twice, with no merge: a grouping written out in full. */
function repeatedDown(input: NameLevelInput, col: number): boolean {
  const { sheet, merges, band } = input;
  if ((input.profiles.get(col)?.longText ?? 1) > 0.5) return false;
  const last = Math.min(rowCount(sheet), band.dataStart + SAMPLE_ROWS - 1);
  let repeats = 0;
  for (let row = band.dataStart + 1; row <= last && repeats < 2; row++) {
    if (merges.areaAt(row, col) || merges.areaAt(row - 1, col)) continue;
    const text = cellWords(cellAt(sheet, row, col));
    if (text !== '' && text.length <= 12 && text === cellWords(cellAt(sheet, row - 1, col))) repeats++;
  }
  return repeats >= 2;
}

/** A 序号 column between two levels (考核项目 | 序号 | 考核指标 | 考核内容) numbers the rows; the run goes on past it. */
function isIdColumn(input: NameLevelInput, col: number): boolean {
  return fieldAt(input.columns, col) === 'id';
}

/**
 * A column no header word gives a role (起止年限 between 项目名称 and 子项目): it says something about each row and
 * names nothing, so a merged name column's run of levels goes on past it.
 */
function isAside(input: NameLevelInput, col: number): boolean {
  return fieldAt(input.columns, col) === null && (input.band.columns.get(col)?.guesses.length ?? 0) === 0;
}

/** The contiguous run of level-like columns around the name column, left to right (past a 序号 column). */
function levelRun(input: NameLevelInput, nameCol: number): number[] {
  const run = [nameCol];
  for (let col = nameCol - 1; col >= 1; col--) {
    if (isIdColumn(input, col) && col - 1 >= 1 && mayBeLevel(input, col - 1, nameCol)) continue;
    if (!mayBeLevel(input, col, nameCol)) break;
    run.unshift(col);
  }
  for (let col = nameCol + 1; input.band.columns.has(col); col++) {
    if (isIdColumn(input, col) && input.band.columns.has(col + 1) && mayBeLevel(input, col + 1, nameCol)) continue;
    if (isAside(input, col) && mergedDown(input, nameCol) && input.band.columns.has(col + 1) && mayBeLevel(input, col + 1, nameCol)) continue;
    if (!mayBeLevel(input, col, nameCol)) break;
    run.push(col);
  }
  return run;
}

/**
 * How many times a column starts a new value down the data rows: a merged or repeated column starts fewer
 * times than the column it groups. A name merged across the level columns on its row (a one-level item among
 * items with sub-items) starts a value in each column it spans.
 */
function starts(input: NameLevelInput, col: number): number {
  const { sheet, merges, band } = input;
  const last = Math.min(rowCount(sheet), band.dataStart + SAMPLE_ROWS - 1);
  let count = 0;
  let previous = '';
  for (let row = band.dataStart; row <= last; row++) {
    const area = merges.areaAt(row, col);
    if (area && area.top !== row) continue;
    const text = cellWords(cellAt(sheet, row, area ? area.left : col));
    if (text === '' || text === previous) continue;
    previous = text;
    count++;
  }
  return count;
}

/**
 * Right of a names column that groups the rows (項目 merged over each project's tasks), past the columns of who does
 * them, a column under a name's words with a statement of its own on each row (建設內容: 實施宏圖路…提升改造工程。): the
 * tasks are the names, the merged column their group. Null when there is none.
 */
function statementsRightOfGroups(input: NameLevelInput, nameCol: number): number | null {
  if (!groupsRows(input, nameCol)) return null;
  const own = starts(input, nameCol);
  for (const [col, reading] of input.band.columns) {
    if (col <= nameCol || fieldAt(input.columns, col) !== null) continue;
    if (!reading.guesses.some((g) => g.field === 'name' && g.confidence >= 0.6)) continue;
    const profile = input.profiles.get(col);
    if (!isTextColumn(profile) || (profile?.longText ?? 0) < 0.5 || starts(input, col) <= own || groupsRows(input, col)) continue;
    return col;
  }
  return null;
}

export function nameLevels(given: NameLevelInput): NameLevels {
  const input = { ...given, columns: numberedName(given) };
  const { columns } = input;
  const name = columns.name;
  if (!name || name.source === 'user' || name.source === 'remembered') return { columns, levels: [] };
  const run = levelRun(input, name.col);
  const apart = run.length < 2 ? statementsRightOfGroups(input, name.col) : null;
  if (apart !== null) {
    const group: ColumnMapping = { ...name, confidence: Math.min(name.confidence, 0.8), source: 'values' };
    const header = input.band.columns.get(apart)?.text ?? '';
    return { columns: { ...columns, category: group, name: { col: apart, letter: columnLetter(apart), header, confidence: 0.7, source: 'values' } }, levels: [group] };
  }
  if (run.length < 2) return { columns, levels: [] };
  const counts = run.map((col) => starts(input, col));
  const numbered = run.map((col) => col > name.col && numberedItems(input, col));
  // The most specific column: every column left of it starts fewer values than the one to its right.
  let pick = 0;
  for (let i = run.length - 1; i > 0; i--) {
    let grouped = true;
    for (let j = 0; j < i && grouped; j++) grouped = counts[j] > 0 && (counts[j] < counts[j + 1] || (numbered[j + 1] && counts[j] <= counts[j + 1]));
    if (grouped) {
      pick = i;
      break;
    }
  }
  if (pick === 0) return { columns, levels: [] };
  const nameCol = run[pick];
  const header = (col: number): string => input.band.columns.get(col)?.text ?? '';
  const levelMapping = (col: number): ColumnMapping => ({ col, letter: columnLetter(col), header: header(col), confidence: 0.8, source: 'values' });
  const levelCols = run.slice(0, pick);
  // A category column further left (类别 | 序号 | 指标 …) stays the top of the path.
  const category = columns.category;
  if (category && !levelCols.includes(category.col) && category.col < levelCols[0]) levelCols.unshift(category.col);
  const next: Partial<Record<FieldKey, ColumnMapping>> = {};
  for (const field of FIELD_KEYS) {
    const m = columns[field];
    if (m && m.col !== nameCol && !levelCols.includes(m.col) && field !== 'name') next[field] = m;
  }
  next.name = { col: nameCol, letter: columnLetter(nameCol), header: header(nameCol), confidence: Math.max(name.confidence, 0.8), source: 'values' };
  const levels = levelCols.map((col) => (columns.category?.col === col ? columns.category : levelMapping(col)));
  next.category = levels[0];
  return { columns: next, levels };
}
