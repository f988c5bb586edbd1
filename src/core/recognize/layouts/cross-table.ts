import type { ColumnMapping, Indicator, Issue, NumberField, RegionFigures, SheetSnapshot } from '../../model';
import { cellAt, columnCount, columnLetter, numberFormatAt, rowCount, UNSTATED_FIELDS } from '../../model';
import { cellWords } from '../cell-text';
import { CONFIDENCE_THRESHOLD } from '../column-map';
import { indicatorDirection } from '../kind-direction';
import type { MergeIndex } from '../merged-cells';
import { RECOGNIZE_CODES, recognitionIssue } from '../recognition-issues';
import { readTitleLines, unitFromWorkbookName } from '../table-title';
import { isKnownUnit } from '../unit-convert';
import { placeFigure, placeRate, readRaw } from '../value-parse';
import { END_ROW, findShape, isRateMeasure, namesUnits, PLAN_WORDS, PROGRESS_WORDS, REGION_HEAD, subRole, TOTAL_REGION, withoutOutline, type Group, type Shape } from './cross-table-header';
import { isRegionHeader, placeEvidence } from './cross-table-axis';
import { crossTablePeriod, notesUnder } from './cross-table-notes';
import { readTransposedCrossTable } from './cross-table-transposed';
import { writtenText } from './cross-table-written';
import { refAt, rowBoxes, type Box } from './sheet-grid';
import type { SpecialLayout, SpecialLayoutInput } from './special-layout';

/**
 * The 地区×指标 cross-table: regions down the side (县区, 乡镇, 街道), indicators across the top, each a
 * merged header over 目标任务 / 进度 (or 完成数) / 完成比例, and a 全市 / 全县 / 合计 row. Each indicator
 * header becomes one indicator whose figures are the 合计 row's, with the regions as its breakdown. Regions
 * are never indicators. A sheet may hold several such blocks one under another (民生工程完成情况表); each is
 * read. A column that is not read is named in an issue; a cross-table whose sub-columns cannot be told apart
 * is refused with a message that says so.
 */

interface RegionRow {
  readonly row: number;
  readonly name: string;
  readonly total: boolean;
}

interface Block {
  readonly shape: Shape;
  readonly regions: readonly RegionRow[];
  /** The row after the block's last region row. */
  readonly end: number;
  /**
   * How the whole area's line was found: by its words (全市, 合计), as the sum of the others, as lying between the
   * others' rates, or not at all.
   */
  readonly whole?: 'words' | 'sum' | 'between' | 'none';
}

/** How much finding the whole by each kind of evidence is worth. */
const WHOLE_WEIGHT = { words: 1, sum: 0.95, between: 0.8, none: 0.7 } as const;

/**
 * How sure it is that a block's labels are places: from 0.6 when none ends as a place does to 1 when all do, a header
 * naming the kind of place vouching for bare names.
 */
function placesConfidence(block: Block): number {
  const places = block.regions.filter((r) => !r.total);
  const named = places.filter((r) => placeEvidence(r.name.replace(/\s+/g, '')) === 'place').length / Math.max(1, places.length);
  const headed = isRegionHeader(block.shape.region.key) || REGION_HEAD.test(block.shape.region.key);
  return Math.round((0.6 + 0.4 * (headed ? Math.max(named, 0.9) : named)) * 100) / 100;
}

/** How sure the reading of a block's indicators is: its places are places, times how its whole was found. */
function blockConfidence(block: Block): number {
  const whole = block.whole ?? (block.regions.some((r) => r.total) ? 'words' : 'none');
  return Math.round(placesConfidence(block) * WHOLE_WEIGHT[whole] * 100) / 100;
}

/** 新增城镇就业（万人）, 城镇登记失业率低于(%): the unit in brackets at the end of a header. */
function headerUnit(text: string): { name: string; unit: string | null } {
  const written = text.trim();
  const m = /^([\s\S]*?)\s*[（(]([^（）()]{1,8})[)）]\s*$/.exec(written);
  if (m) {
    // 资金拨付情况(万元、%): the figures' unit first, the rates' after it.
    const units = m[2].replace(/\s+/g, '').split(/[、，,/]/).filter((u) => u !== '');
    const unit = units.find((u) => isKnownUnit(u) || /^[\u4e00-\u9fff]{1,3}$/.test(u)) ?? units.find((u) => /^[%％]$/.test(u));
    if (unit !== undefined && units.every((u) => isKnownUnit(u) || /^[\u4e00-\u9fff]{1,3}$/.test(u) || /^[%％]$/.test(u))) return { name: m[1], unit: unit === '％' ? '%' : unit };
  }
  return { name: written, unit: null };
}

/** 城镇登记失业率低于(%): a bound written after the name; the figures under it are a ceiling (or a floor). */
function boundOf(name: string): { name: string; approx: 'atMost' | 'atLeast' | null } {
  const m = /^(.+?)(低于|不高于|不超过|控制在|小于|高于|不低于|不少于|大于|以上|以下|以内)$/.exec(name);
  if (!m) return { name, approx: null };
  return { name: m[1], approx: /低于|不高于|不超过|控制在|小于|以下|以内/.test(m[2]) ? 'atMost' : 'atLeast' };
}

function regionRows(sheet: SheetSnapshot, merges: MergeIndex, shape: Shape, width: number): { regions: RegionRow[]; end: number } {
  const regions: RegionRow[] = [];
  const first = shape.subRow + 1;
  let row = first;
  for (; row <= rowCount(sheet); row++) {
    // 全省 merged across 序号 and 市州 (A19:B19) is written in the merge's first cell.
    const area = merges.areaAt(row, shape.region.col);
    const at = area && area.top === row && area.left < shape.region.col ? area.left : shape.region.col;
    const written = writtenText(sheet, row, at);
    const text = written.replace(/\s+/g, '');
    if (text === '') {
      if (rowBoxes(sheet, merges, row, width).some((b) => END_ROW.test(b.key))) break;
      continue;
    }
    // The next block's header (地区 again), or the notes under the table.
    if (END_ROW.test(text) || REGION_HEAD.test(text)) break;
    if (/^\d+$/.test(text) && row === first) continue;
    // The name as written (成 都, 眉山天府\n新区): quoted as the sheet has it, matched without its spaces.
    regions.push({ row, name: written, total: TOTAL_REGION.test(text) });
  }
  return { regions, end: row };
}

function figureAt(sheet: SheetSnapshot, row: number, box: Box | undefined, unit: string | null): NumberField | null {
  if (!box) return null;
  const read = readRaw(cellAt(sheet, row, box.col), numberFormatAt(sheet, row, box.col), refAt(sheet, row, box.col));
  if (read.kind !== 'figure') return null;
  const placed = placeFigure(read.figure, unit, false);
  return placed.outcome === 'incompatible' ? null : placed.field;
}

function rateAt(sheet: SheetSnapshot, row: number, box: Box | undefined, group?: Group): NumberField | null {
  if (!box) return null;
  const read = readRaw(cellAt(sheet, row, box.col), numberFormatAt(sheet, row, box.col), refAt(sheet, row, box.col));
  if (read.kind !== 'figure') return null;
  const plainNumber = !read.figure.percentFormat && read.figure.unit !== '%' && !/[%％]/.test(box.key);
  // A plain 1.879 beside 1879 of 1000 is a fraction (187.9%), not 1.879 points: the row's own figures say which.
  const plan = group?.roles.target ? cellAt(sheet, row, group.roles.target.col) : null;
  const done = group?.roles.actual ? cellAt(sheet, row, group.roles.actual.col) : null;
  const quotient = typeof plan === 'number' && typeof done === 'number' && plan !== 0 ? done / plan : null;
  const fraction = plainNumber && quotient !== null && Math.abs(quotient - read.figure.shown) <= 0.0051 && Math.abs(quotient * 100 - read.figure.shown) > 0.51;
  const points = !read.figure.percentFormat && !fraction && (read.figure.unit === '%' || /[%％]/.test(box.key) || read.figure.shown > 1.5);
  return placeRate(read.figure, points);
}

/** A period before an indicator group's name (1-7月全市重点项目完成情况): the period is the table's, not the name's. */
const PERIOD_BEFORE_NAME = /^(?:(?:19|20)\d{2}年度?)?(?:\d{1,2}\s*[-—–~至]\s*\d{1,2}\s*月份?|[一二三四1-4]季度|上半年|前三季度)(?=[\u4e00-\u9fff]{4})/;

/**
 * The indicator's name as written. A group's head loses its unit in brackets, its outline number, a bound after it
 * and a period before it; a one-measure column's header is the name whole (比上年同期(%)), as it labels the figure.
 */
function nameOf(sheet: SheetSnapshot, group: Group): { name: string; bound: 'atMost' | 'atLeast' | null } {
  const named = group.name ?? group.head;
  const written = writtenText(sheet, named.row, named.col);
  // The same measure in two years is named without the year or the unit (医疗收入).
  if (group.measure && group.lastYear) return { name: headerUnit(written).name.replace(YEAR_BEFORE, ''), bound: null };
  if (group.measure) return { name: written, bound: null };
  const { name, approx } = boundOf(headerUnit(group.name ? withoutOutline(written) : written.replace(KEY_MARK, '')).name);
  return { name: name.replace(PERIOD_BEFORE_NAME, ''), bound: approx };
}

/** A one-measure column's unit: in its header, else % where its cells are written so, else the table's, else % for a growth. */
function measureUnit(sheet: SheetSnapshot, block: Block, group: Group, tableUnit: string | null): string | null {
  // The leaf's own unit, else the one its head states for all its leaves (规划指标(万亩)).
  const stated = headerUnit(group.head.text).unit ?? (group.path.length > 0 ? headerUnit(group.path[group.path.length - 1].text).unit : null);
  if (stated !== null) return stated;
  const rows = block.regions.map((r) => r.row);
  const percents = rows.filter((row) => /^\s*-?\d+(?:\.\d+)?\s*[%％]\s*$/.test(cellWords(cellAt(sheet, row, group.head.col)))).length;
  if (percents * 2 > rows.length) return '%';
  return tableUnit ?? (isRateMeasure(sheet, rows, group.head) ? '%' : null);
}

/** A growth as a fraction: 5.6 under 增长(%) or written 5.6% is 0.056; one under a % format is what the cell holds. */
function growthAt(sheet: SheetSnapshot, row: number, box: Box | undefined): NumberField | null {
  if (!box) return null;
  const read = readRaw(cellAt(sheet, row, box.col), numberFormatAt(sheet, row, box.col), refAt(sheet, row, box.col));
  return read.kind === 'figure' ? placeRate(read.figure, !read.figure.percentFormat) : null;
}

/**
 * A rate beside a year's target and a period's (年度投资计划 · 一季度目标任务 · 一季度完成投资 · 完成一季度目标任务占比) that is,
 * row by row, what was done over the period's target: the share of the period's target done, not of the year's. Read as
 * the year's completion it would claim 109% of a year whose plan is a fifth done.
 */
export function rateOfPeriodTarget(sheet: SheetSnapshot, rows: readonly number[], group: Group): boolean {
  const { rate, periodTarget, actual } = group.roles;
  if (!rate || !periodTarget || !actual) return false;
  let compared = 0;
  let agree = 0;
  for (const row of rows) {
    const done = cellAt(sheet, row, actual.col);
    const planned = cellAt(sheet, row, periodTarget.col);
    const share = rateAt(sheet, row, rate, group);
    if (typeof done !== 'number' || typeof planned !== 'number' || planned === 0 || share === null) continue;
    compared++;
    if (Math.abs(done / planned - share.value) <= 0.001 + 0.0005 * Math.abs(share.value)) agree++;
  }
  return compared >= 2 && agree >= 0.8 * compared;
}

function indicatorOf(sheet: SheetSnapshot, block: Block, group: Group, row: number, tableUnit: string | null): Indicator {
  // A rate of the period's target (see above) is no statement of the year's completion: left unread, named on the table.
  const ownRate = rateOfPeriodTarget(sheet, block.regions.map((r) => r.row), group) ? undefined : group.roles.rate;
  const { unit: groupUnit } = headerUnit(group.head.text);
  const named = group.name ?? group.head;
  const { name, bound } = nameOf(sheet, group);
  const bounded = (field: NumberField | null): NumberField | null => (field && bound && field.approx === 'exact' ? { ...field, approx: bound } : field);
  const subUnit = group.roles.target ? headerUnit(group.roles.target.text).unit : group.roles.actual ? headerUnit(group.roles.actual.text).unit : null;
  // A unit line above the table (单位:亿元) counts the figures of every indicator whose header names none.
  const unit = group.measure ? measureUnit(sheet, block, group, tableUnit) : (groupUnit ?? subUnit ?? tableUnit);
  const totalRow = block.regions.find((r) => r.total) ?? null;
  const breakdown: RegionFigures[] = block.regions
    .filter((r) => !r.total)
    .map((r) => ({
      region: { value: r.name, cell: refAt(sheet, r.row, block.shape.region.col) },
      target: bounded(figureAt(sheet, r.row, group.roles.target, unit)),
      actual: figureAt(sheet, r.row, group.roles.actual, unit),
      rate: rateAt(sheet, r.row, ownRate, group),
      cells: group.subs.map((sub) => refAt(sheet, r.row, sub.col)),
    }));
  const target = totalRow ? bounded(figureAt(sheet, totalRow.row, group.roles.target, unit)) : null;
  return {
    ...UNSTATED_FIELDS,
    row,
    sheet: sheet.name,
    outline: '',
    id: '',
    path: group.path.map((box) => box.text.replace(/\s+/g, '')),
    name: { value: name, cell: refAt(sheet, named.row, named.col) },
    kind: 'quantitative',
    // 城镇登记失业率低于（%）: a ceiling, lower is better.
    direction: indicatorDirection('quantitative', name.replace(/\s+/g, ''), bound, null),
    unit,
    target,
    periodTarget: totalRow ? figureAt(sheet, totalRow.row, group.roles.periodTarget, unit) : null,
    actual: totalRow ? figureAt(sheet, totalRow.row, group.roles.actual, unit) : null,
    lastYear: totalRow && group.lastYear ? figureAt(sheet, totalRow.row, group.lastYear, unit) : null,
    statedCompletion: totalRow ? rateAt(sheet, totalRow.row, ownRate, group) : null,
    statedGrowth: totalRow ? growthAt(sheet, totalRow.row, group.roles.growth) : null,
    department: group.department ? { value: group.department.text, cell: refAt(sheet, group.department.row, group.department.col) } : null,
    breakdown,
    ...(group.intake ? { targetOfPeriod: true } : {}),
  };
}

function boxLabel(box: Box): string {
  return `${columnLetter(box.col)}列“${box.text}”`;
}

/**
 * A block without a 全市/合计 row may still have one under the enclosing area's own name (凉山州 above its
 * counties): the first or last region row whose figures are at least the sum of the other rows' in every read
 * column (a published extract may leave some places out), and whose kind of place (州, 市, 县 …) no other row
 * shares.
 */
function withNamedTotal(sheet: SheetSnapshot, block: Block): Block {
  if (block.regions.some((r) => r.total)) return { ...block, whole: 'words' };
  if (block.regions.length < 3) return { ...block, whole: 'none' };
  const grouped = block.shape.groups.filter((g) => g.readable).flatMap((g) => [g.roles.target, g.roles.actual]).filter((b): b is Box => b !== undefined);
  const regionRows = block.regions.map((r) => r.row);
  const measures = block.shape.measures.map((m) => m.leaf);
  const rateMeasures = measures.filter((m) => isRateMeasure(sheet, regionRows, m));
  // Amounts add up to the whole; rates and growths do not, but the whole's lies between its parts'.
  const columns = [...grouped, ...measures.filter((m) => !rateMeasures.includes(m))];
  if (columns.length === 0 && rateMeasures.length === 0) return block;
  const value = (row: number, col: number): number | null => {
    const v = cellAt(sheet, row, col);
    if (typeof v === 'string') {
      const percent = /^\s*(-?\d+(?:\.\d+)?)\s*[%％]\s*$/.exec(v);
      return percent ? Number(percent[1]) : null;
    }
    return typeof v === 'number' && Number.isFinite(v) ? v : null;
  };
  const isSum = (candidate: RegionRow): boolean =>
    rateMeasures.every((box) => isBetween(candidate, box)) &&
    columns.every((box) => {
      const whole = value(candidate.row, box.col);
      if (whole === null) return false;
      const others = block.regions.filter((r) => r !== candidate);
      const sum = others.reduce((acc, r) => acc + (value(r.row, box.col) ?? 0), 0);
      return whole - sum >= -1e-6 * Math.max(1, Math.abs(whole));
    });
  // The sum to the last digit shown, in every read column: the whole, whatever kind of place it names (达州市 over
  // its districts, counties and 万源市, a county-level city).
  const isExactSum = (candidate: RegionRow): boolean =>
    columns.length > 0 &&
    columns.every((box) => {
      const whole = value(candidate.row, box.col);
      if (whole === null) return false;
      const others = block.regions.filter((r) => r !== candidate);
      const sum = others.reduce((acc, r) => acc + (value(r.row, box.col) ?? 0), 0);
      const decimals = Math.max(...block.regions.map((r) => decimalsOf(value(r.row, box.col))));
      return Math.abs(whole - sum) <= 0.5 * others.length * 10 ** -decimals + 1e-9 * Math.max(1, Math.abs(whole));
    });
  const isBetween = (candidate: RegionRow, box: Box): boolean => {
    const whole = value(candidate.row, box.col);
    const parts = block.regions.filter((r) => r !== candidate).map((r) => value(r.row, box.col)).filter((v): v is number => v !== null);
    return whole !== null && parts.length >= 2 && whole >= Math.min(...parts) && whole <= Math.max(...parts);
  };
  const kind = (r: RegionRow): string => r.name.slice(-1);
  const alone = (candidate: RegionRow): boolean => block.regions.every((r) => r === candidate || kind(r) !== kind(candidate));
  const ends = [block.regions[0], block.regions[block.regions.length - 1]];
  // Units handling a task (承办单位) are no kinds of place: one that took in more than the rest together is a unit,
  // not their whole, unless it is their sum to the last digit.
  const units = namesUnits(block.shape.region.key);
  const summed = (units ? undefined : ends.find((r) => alone(r) && isSum(r))) ?? ends.find((r) => isExactSum(r));
  if (!summed) return { ...block, whole: 'none' };
  const whole = columns.length > 0 ? 'sum' : 'between';
  return { ...block, whole, regions: block.regions.map((r) => (r === summed ? { ...r, total: true } : r)) };
}

/** A rate cell in points: 84.97% → 84.97; a bare 0.8497 → 84.97; a bare 84.97 → 84.97. */
function pointsAt(sheet: SheetSnapshot, row: number, col: number): { points: number; decimals: number } | null {
  const value = cellAt(sheet, row, col);
  const written = typeof value === 'string' ? /^\s*(-?\d+(?:\.(\d+))?)\s*[%％]\s*$/.exec(value) : null;
  if (written) return { points: Number(written[1]), decimals: written[2]?.length ?? 0 };
  if (typeof value !== 'number' || !Number.isFinite(value)) return null;
  return Math.abs(value) <= 1 ? { points: value * 100, decimals: Math.max(0, decimalsOf(value) - 2) } : { points: value, decimals: decimalsOf(value) };
}

/**
 * A column of rates that is, on every place's row (two at least), an amount column's figure over the whole line's, to
 * the rate's shown digits (15390 of 18113 = 84.97%): the places' shares of the whole, not a rate of their own work.
 */
function shareOfWhole(sheet: SheetSnapshot, block: Block, leaf: Box, amounts: readonly Box[]): boolean {
  const whole = block.regions.find((r) => r.total);
  if (!whole || amounts.length === 0) return false;
  return amounts.some((amount) => {
    const all = cellAt(sheet, whole.row, amount.col);
    if (typeof all !== 'number' || all <= 0) return false;
    let checked = 0;
    for (const region of block.regions) {
      if (region.total) continue;
      const part = cellAt(sheet, region.row, amount.col);
      const share = pointsAt(sheet, region.row, leaf.col);
      if (typeof part !== 'number' || share === null) continue;
      checked++;
      if (Math.abs((part / all) * 100 - share.points) > 0.5 * 10 ** -share.decimals + 1e-6) return false;
    }
    return checked >= 2;
  });
}

/** Decimals a figure is written with (19.35 → 2); 0 for a whole number or none. */
function decimalsOf(value: number | null): number {
  if (value === null || Number.isInteger(value)) return 0;
  const text = String(value);
  const dot = text.indexOf('.');
  return dot < 0 ? 0 : Math.min(6, text.length - dot - 1);
}

/**
 * Columns of figures with no indicator head over them cross places with indicators only where the labels are
 * places — named as such by their header (县(市)、新区) or ending as places do — and a line gives their whole.
 * Without a whole they are a list of places, each its own row (湘西州 投资完成情况汇总表); labels that are not
 * places (新建项目, 工业, 第一产业) beside a 合计 are a breakdown table's rows.
 */
function crossesPlaces(block: Block): boolean {
  if (!block.regions.some((r) => r.total)) return false;
  // Units handling a task (转派工单 by 责任单位) with the line of their whole: the task split over them.
  if (block.shape.units === true) return true;
  if (isRegionHeader(block.shape.region.key) || REGION_HEAD.test(block.shape.region.key)) return true;
  const places = block.regions.filter((r) => !r.total);
  const named = places.filter((r) => placeEvidence(r.name.replace(/\s+/g, '')) === 'place').length;
  return named >= 0.6 * places.length;
}

/** Every block of the sheet, top down. */
function readBlocks(sheet: SheetSnapshot, merges: MergeIndex, width: number): Block[] {
  const blocks: Block[] = [];
  for (let from = 1; from <= rowCount(sheet); ) {
    const shape = findShape(sheet, merges, width, from);
    if (!shape) break;
    const { regions, end } = regionRows(sheet, merges, shape, width);
    const block = regions.filter((r) => !r.total).length >= 2 ? withNamedTotal(sheet, { shape, regions, end }) : null;
    if (block && (block.shape.groups.length > 0 || crossesPlaces(block))) blocks.push(block);
    from = Math.max(end, shape.subRow + 1);
  }
  return blocks;
}

function refusal(sheet: SheetSnapshot, block: Block): SpecialLayout {
  const places = block.regions.filter((r) => !r.total);
  const groups = block.shape.groups;
  return {
    kind: 'refused',
    layout: 'cross-table',
    issues: [
      recognitionIssue('error', RECOGNIZE_CODES.crossTableUnreadable, refAt(sheet, groups[0].head.row, groups[0].head.col), {
        sheet: sheet.name,
        regions: places.length,
        examples: places.slice(0, 3).map((r) => r.name).join('、'),
        indicators: groups.map((g) => g.head.text).slice(0, 5).join('、'),
        headers: [...new Set(groups.flatMap((g) => g.subs.map((s) => s.text)))].slice(0, 6).join('、'),
      }),
    ],
  };
}

/** A row under the header that names who is in charge of each indicator (责任单位), not a place. */
const DEPARTMENT_ROW = /^(?:责任|牵头|主管|承办|实施)(?:单位|部门)$/;
/** 省定项目 marks before a name (★组织开展…): a mark, not part of the name. */
const KEY_MARK = /^[★☆▲△*＊]+\s*/;

/** A year, a period or a measure (2023年, 1-6月, 增减, 同比): a leaf that says which figure, not which task. */
const MEASURE_LEAF = /^(?:\d{2,4}年.*|\d{1,2}[-—–~至]\d{1,2}月.*|增减.*|同比.*|增长.*|增幅.*|合计|小计|总计|数量|金额|人数|个数)$/;

/**
 * A head over tasks each named in its own leaf (组织技能培训 › 劳务品牌培训(人) · 家政从业人员培训(人)): the head
 * carries no unit of its own, and every leaf names a task — words of four characters or more, not a year or a
 * measure, nor a sub-header that says what a figure is (目标, 完成). 地区生产总值（亿元）› 2023年 · 2024年 is not one.
 */
function headsNamedLeaves(group: Group): boolean {
  if (/[（(][^（）()]{1,8}[)）]$/.test(group.head.key)) return false;
  return group.subs.length >= 2 && group.subs.every((sub) => {
    const words = sub.key.replace(/[（(][^（）()]*[)）]$/, '').replace(KEY_MARK, '');
    return subRole(sub.key) === null && !MEASURE_LEAF.test(words) && (words.match(/[\u4e00-\u9fff]/g) ?? []).length >= 4;
  });
}

/**
 * A plan cross-table (责任分工表): under a category, each indicator is one column of figures headed by its own
 * name, and neither the title nor any header speaks of progress — the figures are the year's targets and nothing
 * has been reported yet. Each leaf becomes an indicator of its own; a 责任单位 row between the header and the
 * places names each one's department. Null when the sheet is not such a table.
 */
function planBlocks(sheet: SheetSnapshot, merges: MergeIndex, blocks: readonly Block[], width: number): Block[] | null {
  const title = readTitleLines(sheet, blocks[0].shape.top, width).text;
  const words = [title, ...blocks.flatMap((b) => b.shape.groups.flatMap((g) => [g.head.text, ...g.subs.map((s) => s.text), ...g.path.map((p) => p.text)]))];
  if (words.some((w) => PROGRESS_WORDS.test(w.replace(/\s+/g, '')))) return null;
  const planned = blocks.map((block) => {
    const owners = block.regions.find((r) => DEPARTMENT_ROW.test(r.name.replace(/\s+/g, '')));
    const ownerOf = (col: number): Box | null => {
      if (!owners) return null;
      const area = merges.areaAt(owners.row, col);
      const at = area ? area.left : col;
      const text = cellWords(cellAt(sheet, owners.row, at)).replace(/\s+/g, ' ').trim();
      return text === '' ? null : { row: owners.row, col: at, right: area?.right ?? at, bottom: owners.row, text, key: text.replace(/\s+/g, '') };
    };
    const groups = block.shape.groups.flatMap((group) =>
      group.readable || !headsNamedLeaves(group)
        ? [group]
        : group.subs.map((sub) => ({
            head: { ...sub, text: sub.text.replace(KEY_MARK, '') },
            subs: [sub],
            roles: { target: sub },
            readable: true,
            path: [...group.path, group.head],
            department: ownerOf(sub.col),
          })),
    );
    // A 责任单位 row right under the sub-headers is part of the header.
    const subRow = owners && owners.row === block.shape.subRow + 1 ? owners.row : block.shape.subRow;
    return { ...block, shape: { ...block.shape, groups, subRow }, regions: block.regions.filter((r) => r !== owners) };
  });
  return planned.some((block) => block.shape.groups.some((g) => g.readable)) ? planned : null;
}

/** A plan's target written in words in the total row (完成年度目标任务) where no figure is. */
function withTextTarget(sheet: SheetSnapshot, block: Block, group: Group, indicator: Indicator): Indicator {
  const total = block.regions.find((r) => r.total);
  const cell = group.roles.target;
  if (indicator.target !== null || !total || !cell) return indicator;
  const written = cellAt(sheet, total.row, cell.col);
  if (typeof written !== 'string' || written.trim() === '') return indicator;
  return { ...indicator, kind: 'qualitative', unit: null, targetText: { value: written, cell: refAt(sheet, total.row, cell.col) } };
}

/**
 * Each one-measure column of a block as an indicator of its own: what was done (a growth, an amount) unless its
 * header or the title speaks only of plans. Sure only as far as the places and their whole are: a whole found by
 * its words (全省) more than one found by where its figures lie.
 */
function measureGroups(sheet: SheetSnapshot, merges: MergeIndex, width: number, block: Block, words: string): Group[] {
  return pairedYears(sheet, block, oneMeasureGroups(sheet, merges, width, block, words));
}

/** A year written before a measure's words (2018年医疗收入, 2023年度财政收入). */
const YEAR_BEFORE = /^(?:19|20)\d{2}\s*年度?\s*/;

function yearOf(key: string): number | null {
  const m = /^((?:19|20)\d{2})\s*年/.exec(key);
  return m ? Number(m[1]) : null;
}

/**
 * The same measure in two years side by side (2017年 医疗收入（万元） | 2018年医疗收入（万元）): one indicator, the later
 * year what was done and the earlier last year's figure — not two indicators, the earlier read as a figure done. A
 * growth column beside the one pair (增长率（%）), with no other amount, is that indicator's growth.
 */
function pairedYears(sheet: SheetSnapshot, block: Block, groups: Group[]): Group[] {
  const done = groups.filter((g) => g.roles.actual !== undefined && yearOf(g.head.key) !== null);
  const byWords = new Map<string, Group[]>();
  for (const g of done) {
    const words = g.head.key.replace(YEAR_BEFORE, '').replace(/\s+/g, '');
    if ((words.match(/[\u4e00-\u9fff]/g) ?? []).length < 2) continue;
    byWords.set(words, [...(byWords.get(words) ?? []), g]);
  }
  const pairs = [...byWords.values()].filter((two) => two.length === 2 && yearOf(two[0].head.key) !== yearOf(two[1].head.key));
  if (pairs.length === 0) return groups;
  const rows = block.regions.map((r) => r.row);
  const growths = groups.filter((g) => GROWTH_HEAD.test(g.head.key) && isRateMeasure(sheet, rows, g.head));
  const paired = new Set(pairs.flat());
  const amounts = groups.filter((g) => !paired.has(g) && !growths.includes(g) && !isRateMeasure(sheet, rows, g.head));
  const growth = pairs.length === 1 && growths.length === 1 && amounts.length === 0 ? growths[0] : null;
  const merged = pairs.map((two) => {
    const [earlier, later] = [...two].sort((a, b) => (yearOf(a.head.key) ?? 0) - (yearOf(b.head.key) ?? 0));
    return { ...later, subs: [earlier.head, later.head, ...(growth ? [growth.head] : [])], roles: { ...later.roles, ...(growth ? { growth: growth.head } : {}) }, lastYear: earlier.head };
  });
  return [...groups.filter((g) => !paired.has(g) && g !== growth), ...merged];
}

/** A change on last year in a column's header (增长率（%）, 比上年增长, 同比增速). */
const GROWTH_HEAD = /增长|增速|增幅|比上年|同比/;

function oneMeasureGroups(sheet: SheetSnapshot, merges: MergeIndex, width: number, block: Block, words: string): Group[] {
  const plan = PLAN_WORDS.test(words) && !PROGRESS_WORDS.test(words);
  return block.shape.measures.map(({ leaf, name }) => {
    // A wider head that plans over the leaf (到2025年规划指标(万亩) › 累计建成高标准农田面积 · 累计改造提升…) groups it — its
    // path and its unit — and makes its leaves targets: 累计 under it is the total planned by then, not a figure done.
    const over = name ? null : spanningHead(sheet, merges, width, block, leaf);
    const planned = over !== null && PLAN_HEAD.test(over.key) && !PROGRESS_WORDS.test(over.key);
    // Only a head that plans groups its leaves; one that names their measure (增长速度 › 比上年同月(%)) does not.
    const head = planned ? over : null;
    return {
      head: leaf,
      ...(name ? { name } : {}),
      subs: [leaf],
      roles: subRole(leaf.key) === 'target' || plan || planned ? { target: leaf } : { actual: leaf },
      readable: true,
      path: head ? [head] : [],
      department: null,
      measure: true,
    };
  });
}

/** A head that sets what is to be reached (规划指标, 目标任务, 计划). */
const PLAN_HEAD = /规划|目标|计划|任务/;

/** The lowest header box above a leaf that spans it and more columns: the head it is grouped under. */
function spanningHead(sheet: SheetSnapshot, merges: MergeIndex, width: number, block: Block, leaf: Box): Box | null {
  for (let row = leaf.row - 1; row >= block.shape.top; row--) {
    const head = rowBoxes(sheet, merges, row, width).find((box) => box.bottom < leaf.row && box.col <= leaf.col && box.right >= leaf.right && box.right - box.col > leaf.right - leaf.col);
    if (head) return head;
  }
  return null;
}

/** Reads the sheet as a cross-table, refuses it when its shape is one but its columns cannot be read, or null. */
export function readCrossTable(input: SpecialLayoutInput): SpecialLayout | null {
  const { sheet, merges } = input;
  const width = columnCount(sheet);
  const shaped = readBlocks(sheet, merges, width);
  // No places down the side: perhaps across the top, with the indicators down the side.
  if (shaped.length === 0) return readTransposedCrossTable(input);
  const anyReadable = shaped.some((block) => block.shape.groups.some((g) => g.readable));
  const plan = anyReadable ? null : planBlocks(sheet, merges, shaped, width);
  const blocks = plan ?? shaped;
  const titleLines = readTitleLines(sheet, blocks[0].shape.top, width);
  const shares = new Set<Box>();
  const readable = blocks.flatMap((block) => {
    const measured = plan ? [] : measureGroups(sheet, merges, width, block, titleLines.text.replace(/\s+/g, ''));
    // 占比, 比重 beside an amount: each place's share of the whole line's amount — how the whole is made up, no task.
    const rows = block.regions.map((r) => r.row);
    const amounts = measured.filter((g) => !isRateMeasure(sheet, rows, g.head)).map((g) => g.head);
    for (const g of measured) if (isRateMeasure(sheet, rows, g.head) && shareOfWhole(sheet, block, g.head, amounts)) shares.add(g.head);
    return [...block.shape.groups.filter((g) => g.readable), ...measured.filter((g) => !shares.has(g.head))]
      .sort((a, b) => a.head.col - b.head.col)
      .map((group) => ({ block, group }));
  });
  // Places with no line for their whole, under heads that say neither target nor done (分阶段任务 › 春种 · 夏种 | 合计):
  // as for one measure down a column of places, each place is its own row — read as rows, and asked about there.
  if (readable.length === 0 && blocks.every((block) => !block.regions.some((r) => r.total))) return null;
  // Nothing but shares of the whole (占比 alone): no indicator head to say what the table is refused for.
  if (readable.length === 0 && blocks[0].shape.groups.length === 0) return null;
  if (readable.length === 0) return refusal(sheet, blocks[0]);
  const lastRow = rowCount(sheet);
  // The indicators are columns, not rows: each gets a key past the sheet's last row, in header order.
  const indicators = readable.map(({ block, group }, i) => {
    const read = { ...indicatorOf(sheet, block, group, lastRow + 1 + i, titleLines.tableUnit), confidence: blockConfidence(block) };
    return plan ? withTextTarget(sheet, block, group, read) : read;
  });
  const issues: Issue[] = [];
  // Columns of targets alone (新增就业目标(人) · 培训任务(人次)): a plan, nothing reported yet.
  const targetsOnly = readable.every(({ group }) => group.measure && group.roles.target !== undefined);
  if (plan || targetsOnly) issues.push(recognitionIssue('info', RECOGNIZE_CODES.planOnly, null, { sheet: sheet.name, count: indicators.length }));
  const unused = blocks.flatMap((block) => [
    ...block.shape.loose,
    ...block.shape.measures.map((m) => m.leaf).filter((leaf) => shares.has(leaf)),
    ...block.shape.groups.filter((g) => !g.readable).map((g) => g.head),
    ...block.shape.groups.filter((g) => g.readable).flatMap((g) => g.subs.filter((s) => !Object.values(g.roles).includes(s))),
  ]);
  if (unused.length > 0) {
    issues.push(
      recognitionIssue('warning', RECOGNIZE_CODES.unusedColumns, refAt(sheet, unused[0].row, unused[0].col), {
        layout: '“地区×指标”交叉表',
        count: unused.length,
        columns: unused.map(boxLabel).join('、'),
      }),
    );
  }
  const first = blocks[0];
  const totals = blocks.map((block) => block.regions.find((r) => r.total) ?? null);
  if (totals.some((total) => total === null)) issues.push(recognitionIssue('warning', RECOGNIZE_CODES.crossTableNoTotal, refAt(sheet, first.shape.subRow + 1, first.shape.region.col)));
  issues.push(
    recognitionIssue('info', RECOGNIZE_CODES.crossTable, refAt(sheet, first.shape.top, first.shape.region.col), {
      sheet: sheet.name,
      indicators: indicators.length,
      names: indicators.map((ind) => ind.name.value).join('、'),
      regions: first.regions.filter((r) => !r.total).length,
      total: totals.find((total) => total !== null)?.name ?? '—',
    }),
  );

  const lastBlock = blocks[blocks.length - 1];
  const lastRegion = lastBlock.regions[lastBlock.regions.length - 1];
  const notes = notesUnder(sheet, lastRegion?.row ?? lastBlock.shape.subRow);
  const found = crossTablePeriod({
    asOf: input.asOf,
    title: [titleLines.text, ...readable.flatMap(({ group }) => [group.head.text, ...group.subs.map((s) => s.text)])].join(' '),
    notes,
    labels: indicators.map((i) => i.name.value),
    sheetName: sheet.name,
    workbookName: input.workbookName,
  });
  if (found.assumed) issues.push(recognitionIssue('warning', RECOGNIZE_CODES.periodMissing, null, { year: found.period.year }));
  if (input.asOf !== undefined && found.period.source !== 'as-of') issues.push(recognitionIssue('warning', RECOGNIZE_CODES.badAsOf, null, { asOf: input.asOf }));
  const region = first.shape.region;
  const axisConfidence = Math.min(...blocks.map(placesConfidence));
  const regionMapping: ColumnMapping = { col: region.col, letter: columnLetter(region.col), header: region.text, confidence: axisConfidence, source: REGION_HEAD.test(region.key) ? 'synonym' : 'values' };
  // Places told only by where their figures lie, or by bare names: asked about, not taken silently.
  if (axisConfidence < CONFIDENCE_THRESHOLD) {
    issues.push(
      recognitionIssue('warning', RECOGNIZE_CODES.lowConfidence, refAt(sheet, first.shape.subRow, region.col), {
        field: 'category',
        column: regionMapping.letter,
        header: region.text,
        confidence: Math.round(axisConfidence * 100),
      }),
    );
  }
  // 序号 left of the places numbers them: the id column.
  const numbering = Array.from({ length: first.shape.subRow - first.shape.top + 1 }, (_, i) => first.shape.top + i)
    .flatMap((row) => rowBoxes(sheet, input.merges, row, width))
    .find((box) => box.right < region.col && /^(?:序号|编号)$/.test(box.key));
  const idMapping: ColumnMapping | null = numbering ? { col: numbering.col, letter: columnLetter(numbering.col), header: numbering.text, confidence: 1, source: 'synonym' } : null;
  const periodShare = readable.find(({ block, group }) => group.roles.rate && rateOfPeriodTarget(sheet, block.regions.map((r) => r.row), group))?.group.roles.rate;
  const rank = rankColumn(sheet, first, Array.from({ length: first.shape.subRow - first.shape.top + 1 }, (_, i) => first.shape.top + i)
    .flatMap((row) => rowBoxes(sheet, input.merges, row, width)));
  return {
    kind: 'table',
    table: {
      sheet: sheet.name,
      layoutClass: 'cross-table',
      title: titleLines.title,
      unitName: titleLines.unitName ?? unitFromWorkbookName(input.workbookName),
      headerRows: Array.from({ length: first.shape.subRow - first.shape.top + 1 }, (_, i) => first.shape.top + i),
      columns: idMapping ? { category: regionMapping, id: idMapping } : { category: regionMapping },
      period: found.period,
      sections: [],
      indicators,
      statedWeightTotal: null,
      notes,
      ...(rank ? { rankColumn: rank } : {}),
      ...(periodShare ? { periodCompletionColumn: { col: periodShare.col, letter: columnLetter(periodShare.col), header: periodShare.text, confidence: 0.8, source: 'values' as const } } : {}),
    },
    issues,
  };
}

/** A header that names the places' order (名次, 排名, 增速排位, 位次). */
const RANK_HEAD = /(名次|排名|排位|位次|排序)$/;

/**
 * The places ranked (名次 | 区(县) | 完成额; 增速(%) | 增速排位): named so no column goes unread, never a figure of the
 * indicators. Told by its header and its values together: whole numbers from 1, none repeated, on the places' rows.
 */
function rankColumn(sheet: SheetSnapshot, block: Block, headerBoxes: readonly Box[]): ColumnMapping | null {
  const places = block.regions.filter((r) => !r.total);
  for (const box of headerBoxes) {
    if (box.col === block.shape.region.col || !RANK_HEAD.test(box.key)) continue;
    const ranks = places.map((r) => cellAt(sheet, r.row, box.col)).filter((v): v is number => typeof v === 'number');
    const distinct = new Set(ranks);
    const ordinal = ranks.every((v) => Number.isInteger(v) && v >= 1 && v <= places.length) && distinct.size === ranks.length;
    if (ranks.length >= Math.max(3, 0.8 * places.length) && ordinal) {
      return { col: box.col, letter: columnLetter(box.col), header: box.text, confidence: 0.8, source: 'keyword' };
    }
  }
  return null;
}
