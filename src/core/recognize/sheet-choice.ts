import type { FieldKey, SheetSnapshot, WorkbookSnapshot } from '../model';
import { cellAt, columnCount, rowCount } from '../model';
import { generatedRole } from '../layout/generated-sheets';
import { cellWords } from './cell-text';
import { detectHeader, type HeaderBand } from './header-detect';
import { buildMergeIndex, type MergeIndex } from './merged-cells';
import { findMonthSpan, findYear } from './period';
import { profileColumn, type ColumnProfile } from './column-profile';
import { valueBand } from './value-band';
import { isDetailColumn, isFigureColumn, isLabelColumn, isNamesColumn, isNameColumnByValues } from './column-shape';
import { isTentativeTable } from './tentative-table';

/**
 * Which sheet holds the indicator table. Workbooks carry cover pages, 填表说明, last year's table
 * beside this year's, and sheets an earlier run generated (never chosen). Among real tables the one of
 * the latest period wins (2025 over 2024, 1—9月 over 1—6月); visible sheets before hidden ones.
 */
export interface SheetAssessment {
  readonly sheet: SheetSnapshot;
  readonly merges: MergeIndex;
  readonly band: HeaderBand | null;
  /** 0..1: how much the sheet looks like an indicator table. */
  readonly score: number;
  readonly isTable: boolean;
  /**
   * Not a table by its header words, but a column of names with figures or words beside them (tentative-table.ts):
   * read when no sheet is a table, every role it is given without strong evidence asked about.
   */
  readonly tentative: boolean;
  readonly year: number | null;
  readonly toMonth: number | null;
}

const FIGURE_FIELDS: readonly FieldKey[] = ['target', 'actual', 'periodTarget', 'progressText', 'completionRate', 'weight', 'lastYear'];
const ROWS_COUNTED = 200;

function filledRowsBelow(sheet: SheetSnapshot, from: number, width: number): number {
  let filled = 0;
  const last = Math.min(rowCount(sheet), from + ROWS_COUNTED - 1);
  for (let row = from; row <= last; row++) {
    for (let col = 1; col <= width; col++) {
      if (cellWords(cellAt(sheet, row, col)) !== '') {
        filled++;
        break;
      }
    }
  }
  return filled;
}

function textAbove(sheet: SheetSnapshot, headerTop: number, width: number): string {
  const parts: string[] = [];
  for (let row = 1; row < headerTop; row++) {
    for (let col = 1; col <= width; col++) {
      const text = cellWords(cellAt(sheet, row, col));
      if (text !== '') parts.push(text);
    }
  }
  return parts.join(' ');
}

/** Every column of a sheet, profiled from `fromRow` down. */
function profileColumns(sheet: SheetSnapshot, fromRow: number, width: number): Map<number, ColumnProfile> {
  const profiles = new Map<number, ColumnProfile>();
  for (let col = 1; col <= width; col++) profiles.set(col, profileColumn(sheet, col, fromRow));
  return profiles;
}

/** Below any sheet with a header the engine knows: a table read from its values is chosen only when there is none. */
const VALUES_SCORE = 0.3;

/**
 * A sheet without a header the vocabulary knows, read from its values (value-band.ts): a table when a column of
 * names has, to its right, a column that says who, by when or how much, on two rows or more. The band is kept
 * either way, so that columns the user names (--map) are read from where the rows begin.
 */
function assessByValues(sheet: SheetSnapshot, merges: MergeIndex): SheetAssessment {
  const band = valueBand(sheet, merges);
  if (!band) return { sheet, merges, band: null, score: 0, isTable: false, tentative: false, year: null, toMonth: null };
  const width = columnCount(sheet);
  const profiled = profileColumns(sheet, band.dataStart, width);
  const profiles = [...profiled];
  const names = profiles.find(([, p]) => isNamesColumn(p));
  const detail = names !== undefined && profiles.some(([col, p]) => col > names[0] && isDetailColumn(p));
  // A statistical table under a header of its own words (a blank corner over the stub, 9月 | 1-9月累计 | 增长%):
  // a column of labels with two columns of figures to its right, under a header row the values band found.
  const headed = band.bottom >= band.top;
  const stub = headed && profiles.some(([col, p]) => isLabelColumn(p) && profiles.filter(([c, q]) => c > col && isFigureColumn(q)).length >= 2);
  const rows = filledRowsBelow(sheet, band.dataStart, width);
  const isTable = (detail || stub) && rows >= 2;
  const context = `${sheet.name} ${textAbove(sheet, band.dataStart, width)}`;
  return {
    sheet,
    merges,
    band,
    score: isTable ? VALUES_SCORE : 0,
    isTable,
    tentative: !isTable && rows >= 1 && isTentativeTable(sheet, band, profiled),
    year: findYear(context),
    toMonth: findMonthSpan(context)?.toMonth ?? null,
  };
}

/** Columns under header words that name no field whose values make them a column of names (isNameColumnByValues). */
function namesByValues(band: HeaderBand, profiles: ReadonlyMap<number, ColumnProfile>): number[] {
  const found: number[] = [];
  for (const [col, p] of profiles) {
    const reading = band.columns.get(col);
    if (reading && reading.guesses.some((g) => g.confidence >= 0.6)) continue;
    if (isNameColumnByValues(col, p, profiles)) found.push(col);
  }
  return found;
}

export function assessSheet(sheet: SheetSnapshot): SheetAssessment {
  const merges = buildMergeIndex(sheet);
  const band = detectHeader(sheet, merges);
  if (!band) return assessByValues(sheet, merges);
  const width = columnCount(sheet);
  const named = band.fieldsNamed;
  const figures = FIGURE_FIELDS.filter((f) => named.has(f)).length;
  const rows = filledRowsBelow(sheet, band.dataStart, width);
  // A name column and, in another column, something to report on it.
  const nameCols = band.fieldColumns.get('name') ?? new Set<number>();
  const figureCols = new Set<number>();
  for (const field of FIGURE_FIELDS) for (const col of band.fieldColumns.get(field) ?? []) figureCols.add(col);
  // A name column headed by a word the vocabulary does not know (民生实事, 办实事项目), or by no word at all (the
  // blank corner over a statistical table's stub), is still one when its values are.
  // Profiled once, when either asks: the names by values, and whether the sheet is a tentative table.
  let profiled: Map<number, ColumnProfile> | undefined;
  const profiles = () => (profiled ??= profileColumns(sheet, band.dataStart, width));
  const unnamedNames = nameCols.size === 0 ? namesByValues(band, profiles()) : [];
  const apart = [...nameCols, ...unnamedNames].some((n) => [...figureCols].some((f) => f !== n));
  // A task list that only assigns work (重点工作目标任务分解表: 任务 · 牵头单位) is one to report on, too,
  // when its name column is named by a name word and another column names who does it.
  // A plan names who does it or by when: a 牵头单位, a 责任人 or a 完成时限 beside the names.
  const whoOrWhen = (['department', 'owner', 'leader', 'deadline'] as const).flatMap((field) => [...(band.fieldColumns.get(field) ?? [])]);
  const assigned = [...nameCols, ...unnamedNames].some((n) => whoOrWhen.some((d) => d > n));
  const isTable = ((apart && figures >= 1) || assigned) && rows >= 1;
  const raw = named.size + (named.has('name') ? 2 : 0) + (named.has('target') ? 2 : 0) + (named.has('actual') ? 2 : 0) + Math.min(rows, 100) / 20;
  const context = `${sheet.name} ${textAbove(sheet, band.top, width)} ${[...band.columns.values()].map((h) => h.text).join(' ')}`;
  return {
    sheet,
    merges,
    band,
    score: isTable ? Math.round((raw / (raw + 6)) * 100) / 100 : Math.round((raw / (raw + 30)) * 100) / 100,
    isTable,
    tentative: !isTable && rows >= 1 && isTentativeTable(sheet, band, profiles()),
    year: findYear(context),
    toMonth: findMonthSpan(context)?.toMonth ?? null,
  };
}

/** Best first: tables before tentative tables before other sheets, visible before hidden, latest period, then the better table. */
function compareAssessments(a: SheetAssessment, b: SheetAssessment): number {
  if (a.isTable !== b.isTable) return a.isTable ? -1 : 1;
  if (a.tentative !== b.tentative) return a.tentative ? -1 : 1;
  if (a.sheet.visible !== b.sheet.visible) return a.sheet.visible ? -1 : 1;
  const close = Math.abs(a.score - b.score) <= 0.25;
  if (close && a.year !== null && b.year !== null && a.year !== b.year) return b.year - a.year;
  if (close && a.year === b.year && a.toMonth !== null && b.toMonth !== null && a.toMonth !== b.toMonth) return b.toMonth - a.toMonth;
  if (a.score !== b.score) return b.score - a.score;
  return a.sheet.position - b.sheet.position;
}

/** Every sheet a person made, assessed and ordered best first. Generated sheets are left out. */
export function rankSheets(snapshot: WorkbookSnapshot): SheetAssessment[] {
  return snapshot.sheets
    .filter((sheet) => generatedRole(sheet) === null)
    .map(assessSheet)
    .sort(compareAssessments);
}
