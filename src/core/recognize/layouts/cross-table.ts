import type { ColumnMapping, Indicator, IndicatorTable, Issue, NumberField, RegionFigures, SheetSnapshot } from '../../model';
import { cellAt, columnCount, numberFormatAt, rowCount } from '../../model';
import { cellWords } from '../cell-text';
import type { MergeIndex } from '../merged-cells';
import { resolvePeriod } from '../period-source';
import { RECOGNIZE_CODES, recognitionIssue } from '../recognition-issues';
import { readTitleLines, unitFromWorkbookName } from '../table-title';
import { isKnownUnit } from '../unit-convert';
import { placeFigure, placeRate, readRaw, type RawRead } from '../value-parse';
import { refAt, rowBoxes, type Box } from './sheet-grid';

/**
 * The 地区×指标 cross-table: regions down the side (县区, 乡镇, 街道), indicators across the top, each a
 * merged header over 目标任务 / 进度 (or 完成数) / 完成比例, and a 全市 / 全县 / 合计 row. Each indicator
 * header becomes one indicator whose figures are the 合计 row's, with the regions as its breakdown. Regions
 * are never indicators. A column that is not read is named in an issue; a cross-table whose sub-columns
 * cannot be told apart is refused with a message that says so.
 */
export type CrossTableRead =
  | { readonly kind: 'table'; readonly table: IndicatorTable; readonly issues: Issue[] }
  | { readonly kind: 'refused'; readonly issues: Issue[] };

export interface CrossTableInput {
  readonly sheet: SheetSnapshot;
  readonly merges: MergeIndex;
  readonly workbookName: string;
  readonly asOf?: string;
}

const SCAN_ROWS = 30;
const REGION_HEAD = /^(?:地区|区域|县区|区县|县市区|市县区?|县（市、区）|县（市、?区）|县（区）|县（市）|市（州）|市州|各县区|各地|地市|责任单位|乡镇|乡镇（街道）|镇（街道）|镇街|街道|镇区|园区|县区名称|地区名称|单位名称)$/;
const REGION_VALUE = /(?:省|市|州|盟|县|区|旗|镇|乡|街道|办事处|开发区|园区|新区|管委会)$/;
const TOTAL_REGION = /^(?:全省|全市|全州|全盟|全县|全区|全旗|全镇|合计|总计|汇总|小计)/;
const NUMBER_HEAD = /^(?:序号|编号|排名|名次)$/;
const END_ROW = /^(?:注|备注|说明|填表说明|填报说明|制表|填表人|审核人)/;

type SubRole = 'target' | 'actual' | 'rate';

function subRole(key: string): SubRole | null {
  if (/比例|比率|完成率|进度率|[%％]|百分比/.test(key)) return 'rate';
  if (/目标|任务|计划|应完成/.test(key)) return 'target';
  if (/进度|完成|实际|累计|实绩|已/.test(key)) return 'actual';
  return null;
}

interface Group {
  readonly head: Box;
  readonly subs: readonly Box[];
  readonly roles: Partial<Record<SubRole, Box>>;
  readonly readable: boolean;
}

interface Shape {
  readonly top: number;
  readonly subRow: number;
  readonly region: Box;
  readonly groups: readonly Group[];
  /** Header boxes that are neither the region column, a 序号 column nor under an indicator header. */
  readonly loose: readonly Box[];
}

function groupsOf(topBoxes: readonly Box[], subBoxes: readonly Box[]): Group[] {
  const groups: Group[] = [];
  for (const head of topBoxes) {
    if (head.right === head.col) continue;
    const subs = subBoxes.filter((b) => b.col >= head.col && b.right <= head.right);
    if (subs.length < 2) continue;
    const roles: Partial<Record<SubRole, Box>> = {};
    for (const sub of subs) {
      const role = subRole(sub.key);
      if (role && !roles[role]) roles[role] = sub;
    }
    const readable = (roles.target !== undefined && (roles.actual !== undefined || roles.rate !== undefined)) || (roles.actual !== undefined && roles.rate !== undefined);
    groups.push({ head, subs, roles, readable });
  }
  return groups;
}

/**
 * How many cells below a column look like region names. Under a 地区 / 乡镇 header any short name counts
 * (城关, 新安); otherwise only names that end like a place (…县, …区, …镇, …街道). Units (万吨) and
 * figures never count: a 单位 column of a breakdown table is not a region column.
 */
function regionCount(sheet: SheetSnapshot, col: number, from: number, headed: boolean): number {
  let regions = 0;
  let filled = 0;
  for (let row = from; row <= Math.min(rowCount(sheet), from + 60); row++) {
    const value = cellAt(sheet, row, col);
    const text = cellWords(value).replace(/\s+/g, '');
    if (text === '' || END_ROW.test(text)) continue;
    filled++;
    const place = REGION_VALUE.test(text) || TOTAL_REGION.test(text);
    const shortName = typeof value === 'string' && text.length <= 8 && /^[\u4e00-\u9fff（）()·]+$/.test(text) && !isKnownUnit(text);
    if (text.length <= 12 && (place || (headed && shortName))) regions++;
  }
  return filled > 0 && regions / filled >= 0.6 ? regions : 0;
}

/** The cross-table's header: a row of merged indicator headers over a row of sub-headers, and a region column. */
function findShape(sheet: SheetSnapshot, merges: MergeIndex, width: number): Shape | null {
  const last = Math.min(rowCount(sheet), SCAN_ROWS);
  for (let top = 1; top < last; top++) {
    const topBoxes = rowBoxes(sheet, merges, top, width);
    if (topBoxes.length < 2) continue;
    const subRow = top + 1;
    const subBoxes = rowBoxes(sheet, merges, subRow, width);
    const groups = groupsOf(topBoxes, subBoxes);
    if (groups.length === 0) continue;
    const firstGroup = Math.min(...groups.map((g) => g.head.col));
    const leftBoxes = topBoxes.filter((b) => b.col < firstGroup && !NUMBER_HEAD.test(b.key));
    const region = leftBoxes.find((b) => regionCount(sheet, b.col, subRow + 1, REGION_HEAD.test(b.key)) >= 2);
    if (!region) continue;
    const inGroups = (col: number): boolean => groups.some((g) => col >= g.head.col && col <= g.head.right);
    const loose = [...topBoxes.filter((b) => b !== region && !NUMBER_HEAD.test(b.key) && !inGroups(b.col) && b.col > region.col), ...subBoxes.filter((b) => !inGroups(b.col) && b.row !== top && b.col > region.col)];
    return { top, subRow, region, groups, loose };
  }
  return null;
}

/** 新增城镇就业（万人）: the unit in brackets at the end of a header. */
function headerUnit(text: string): { name: string; unit: string | null } {
  const m = /^(.*?)[（(]([^（）()]{1,6})[)）]\s*$/.exec(text);
  if (m && (isKnownUnit(m[2]) || /^[\u4e00-\u9fff]{1,3}$/.test(m[2])) && !/[%％]/.test(m[2])) return { name: m[1].trim(), unit: m[2] };
  return { name: text.trim(), unit: null };
}

interface RegionRow {
  readonly row: number;
  readonly name: string;
  readonly total: boolean;
}

function regionRows(sheet: SheetSnapshot, merges: MergeIndex, shape: Shape, width: number): RegionRow[] {
  const rows: RegionRow[] = [];
  const first = shape.subRow + 1;
  for (let row = first; row <= rowCount(sheet); row++) {
    const text = cellWords(cellAt(sheet, row, shape.region.col));
    if (text === '') {
      if (rowBoxes(sheet, merges, row, width).some((b) => END_ROW.test(b.key))) break;
      continue;
    }
    if (END_ROW.test(text.replace(/\s+/g, ''))) break;
    if (/^\d+$/.test(text) && row === first) continue;
    rows.push({ row, name: text, total: TOTAL_REGION.test(text.replace(/\s+/g, '')) });
  }
  return rows;
}

function figureAt(sheet: SheetSnapshot, row: number, box: Box | undefined, unit: string | null): NumberField | null {
  if (!box) return null;
  const read: RawRead = readRaw(cellAt(sheet, row, box.col), numberFormatAt(sheet, row, box.col), refAt(sheet, row, box.col));
  if (read.kind !== 'figure') return null;
  const placed = placeFigure(read.figure, unit, false);
  return placed.outcome === 'incompatible' ? null : placed.field;
}

function rateAt(sheet: SheetSnapshot, row: number, box: Box | undefined): NumberField | null {
  if (!box) return null;
  const read = readRaw(cellAt(sheet, row, box.col), numberFormatAt(sheet, row, box.col), refAt(sheet, row, box.col));
  if (read.kind !== 'figure') return null;
  const points = !read.figure.percentFormat && (read.figure.unit === '%' || /[%％]/.test(box.key) || read.figure.shown > 1.5);
  return placeRate(read.figure, points);
}

function indicatorOf(sheet: SheetSnapshot, group: Group, regionCol: number, regions: readonly RegionRow[], totalRow: RegionRow | null, row: number): Indicator {
  const { name, unit: groupUnit } = headerUnit(group.head.text);
  const subUnit = group.roles.target ? headerUnit(group.roles.target.text).unit : group.roles.actual ? headerUnit(group.roles.actual.text).unit : null;
  const unit = groupUnit ?? subUnit;
  const breakdown: RegionFigures[] = regions
    .filter((r) => !r.total)
    .map((r) => ({
      region: { value: r.name, cell: refAt(sheet, r.row, regionCol) },
      target: figureAt(sheet, r.row, group.roles.target, unit),
      actual: figureAt(sheet, r.row, group.roles.actual, unit),
      rate: rateAt(sheet, r.row, group.roles.rate),
      cells: group.subs.map((sub) => refAt(sheet, r.row, sub.col)),
    }));
  const target = totalRow ? figureAt(sheet, totalRow.row, group.roles.target, unit) : null;
  const actual = totalRow ? figureAt(sheet, totalRow.row, group.roles.actual, unit) : null;
  return {
    row,
    sheet: sheet.name,
    outline: '',
    id: '',
    path: [],
    name: { value: name, cell: refAt(sheet, group.head.row, group.head.col) },
    kind: 'quantitative',
    direction: 'higher',
    unit,
    target,
    targetText: null,
    periodTarget: null,
    actual,
    actualText: null,
    lastYear: null,
    statedGrowth: null,
    statedCompletion: totalRow ? rateAt(sheet, totalRow.row, group.roles.rate) : null,
    department: null,
    owner: null,
    weight: null,
    deadline: null,
    progressText: null,
    breakdown,
  };
}

function columnLetter(col: number): string {
  let letters = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

function boxLabel(box: Box): string {
  return `${columnLetter(box.col)}列“${box.text}”`;
}

/** Reads the sheet as a cross-table, refuses it when its shape is one but its columns cannot be read, or null. */
export function readCrossTable(input: CrossTableInput): CrossTableRead | null {
  const { sheet, merges } = input;
  const width = columnCount(sheet);
  const shape = findShape(sheet, merges, width);
  if (!shape) return null;
  const regions = regionRows(sheet, merges, shape, width);
  const places = regions.filter((r) => !r.total);
  if (places.length < 2) return null;
  const readable = shape.groups.filter((g) => g.readable);
  if (readable.length === 0) {
    return {
      kind: 'refused',
      issues: [
        recognitionIssue('error', RECOGNIZE_CODES.crossTableUnreadable, refAt(sheet, shape.top, shape.groups[0].head.col), {
          sheet: sheet.name,
          regions: places.length,
          examples: places.slice(0, 3).map((r) => r.name).join('、'),
          indicators: shape.groups.map((g) => g.head.text).slice(0, 5).join('、'),
          headers: [...new Set(shape.groups.flatMap((g) => g.subs.map((s) => s.text)))].slice(0, 6).join('、'),
        }),
      ],
    };
  }
  const totalRow = regions.find((r) => r.total) ?? null;
  const lastRow = rowCount(sheet);
  // The indicators are columns, not rows: each gets a key past the sheet's last row, in header order.
  const indicators = readable.map((group, i) => indicatorOf(sheet, group, shape.region.col, regions, totalRow, lastRow + 1 + i));
  const issues: Issue[] = [];
  const unused = [
    ...shape.loose,
    ...shape.groups.filter((g) => !g.readable).map((g) => g.head),
    ...readable.flatMap((g) => g.subs.filter((s) => !Object.values(g.roles).includes(s))),
  ];
  if (unused.length > 0) {
    issues.push(
      recognitionIssue('warning', RECOGNIZE_CODES.crossTableUnusedColumns, refAt(sheet, unused[0].row, unused[0].col), {
        count: unused.length,
        columns: unused.map(boxLabel).join('、'),
      }),
    );
  }
  if (!totalRow) issues.push(recognitionIssue('warning', RECOGNIZE_CODES.crossTableNoTotal, refAt(sheet, shape.subRow + 1, shape.region.col)));
  issues.push(
    recognitionIssue('info', RECOGNIZE_CODES.crossTable, refAt(sheet, shape.top, shape.region.col), {
      sheet: sheet.name,
      indicators: indicators.length,
      names: indicators.map((ind) => ind.name.value).join('、'),
      regions: places.length,
      total: totalRow?.name ?? '—',
    }),
  );

  const titleLines = readTitleLines(sheet, shape.top, width);
  const found = resolvePeriod({
    asOf: input.asOf,
    headers: [],
    title: [titleLines.text, ...readable.flatMap((g) => [g.head.text, ...g.subs.map((s) => s.text)])].join(' '),
    sheetName: sheet.name,
    workbookName: input.workbookName,
    fallbackYear: new Date().getFullYear(),
  });
  if (found.assumed) issues.push(recognitionIssue('warning', RECOGNIZE_CODES.periodMissing, null, { year: found.period.year }));
  if (input.asOf !== undefined && found.period.source !== 'as-of') issues.push(recognitionIssue('warning', RECOGNIZE_CODES.badAsOf, null, { asOf: input.asOf }));
  const regionMapping: ColumnMapping = { col: shape.region.col, letter: columnLetter(shape.region.col), header: shape.region.text, confidence: 1, source: 'synonym' };
  return {
    kind: 'table',
    table: {
      sheet: sheet.name,
      layoutClass: 'cross-table',
      title: titleLines.title,
      unitName: titleLines.unitName ?? unitFromWorkbookName(input.workbookName),
      headerRows: [shape.top, shape.subRow],
      columns: { category: regionMapping },
      period: found.period,
      sections: [],
      indicators,
      statedWeightTotal: null,
      notes: [],
    },
    issues,
  };
}
