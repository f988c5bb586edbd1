import type { ColumnMapping, FieldKey, Indicator, Issue, NumberField, RegionFigures, SectionRow, SheetSnapshot, TextField } from '../../model';
import { cellAt, columnCount, columnLetter, numberFormatAt, rowCount, UNSTATED_FIELDS } from '../../model';
import { cellWords } from '../cell-text';
import { CONFIDENCE_THRESHOLD } from '../column-map';
import { indicatorDirection } from '../kind-direction';
import type { MergeIndex } from '../merged-cells';
import { RECOGNIZE_CODES, recognitionIssue } from '../recognition-issues';
import { readTitleLines, unitFromWorkbookName } from '../table-title';
import { isKnownUnit } from '../unit-convert';
import { placeFigure, placeRate, readRaw, type RawFigure } from '../value-parse';
import { isRegionHeader, isTotalLine, placeEvidence, readAxis, type AxisReading } from './cross-table-axis';
import { END_ROW, PLAN_WORDS, PROGRESS_WORDS, subRole, withoutOutline } from './cross-table-header';
import { crossTablePeriod, notesUnder } from './cross-table-notes';
import { writtenText } from './cross-table-written';
import { labelKey, refAt, rowBoxes, type Box } from './sheet-grid';
import type { SpecialLayout, SpecialLayoutInput } from './special-layout';

/**
 * The cross-table turned the other way: indicators down the side (序号 | 指标名称 | 单位), places across the top
 * (苏州市 | 张家港 | 常熟 | … | 高新区), each cell that place's figure for that indicator — as 分解汇总表 hand each
 * district its share of the year's targets. The places are told from their names (cross-table-axis.ts); the column of
 * the whole area (全市, 合计, or the city the title names) gives each indicator its own figure, the others its
 * breakdown. Indicators keep their sheet rows.
 */

const SCAN_ROWS = 30;
/** At least this many places across: two columns of figures are a breakdown table's, not a cross-table. */
const MIN_PLACES = 3;
const ID_HEAD = /^(?:序号|编号)$/;
const UNIT_HEAD = /^(?:计量)?单位$/;
const NAME_HEAD = /指标|名称|项目|内容|任务|事项/;
/** 一、 二、 (一) before a heading row's words. */
const OUTLINE_HEAD = /^(?:[一二三四五六七八九十]+\s*[、.．]|[（(]\s*[一二三四五六七八九十]+\s*[)）])/;
/** A unit column that says the figures are growth (增幅(%), 增长%, 比上年增长): the indicator's own figure is a growth rate. */
const GROWTH_UNIT = /增幅|增长|增速|增减|比上年|同比/;
/** 与上年持平: no growth, as a target. */
const LEVEL_WITH_LAST_YEAR = /持平/;

interface Across {
  readonly row: number;
  readonly top: number;
  /** The place columns, left to right, with the label each is known by. */
  readonly places: readonly Box[];
  readonly axis: AxisReading;
  readonly id: Box | null;
  readonly name: Box;
  readonly unit: Box | null;
  /**
   * Each place's columns when every place heads sub-columns that say what they hold (城关镇 › 目标 · 完成 · 完成率);
   * null when each place is one column.
   */
  readonly parts: ReadonlyMap<Box, PlaceParts> | null;
}

/** The columns under one place, by what they hold. */
type PlaceParts = Partial<Record<'target' | 'actual' | 'rate', number>>;

/**
 * The sub-columns under places that each span several columns, read by their words (目标 · 完成 · 完成率); null
 * unless every place has at least two and each says what it holds.
 */
function placeParts(sheet: SheetSnapshot, merges: MergeIndex, row: number, places: readonly Box[], width: number): Map<Box, PlaceParts> | null {
  if (places.some((p) => p.right === p.col || p.bottom !== row)) return null;
  const below = rowBoxes(sheet, merges, row + 1, width);
  const parts = new Map<Box, PlaceParts>();
  for (const place of places) {
    const subs = below.filter((b) => b.col >= place.col && b.right <= place.right);
    const roles: PlaceParts = {};
    for (const sub of subs) {
      const role = subRole(sub.key);
      const key = role === 'periodTarget' ? 'target' : role;
      if (key !== 'target' && key !== 'actual' && key !== 'rate') return null;
      if (roles[key] !== undefined) return null;
      roles[key] = sub.col;
    }
    if (subs.length < 2) return null;
    parts.set(place, roles);
  }
  return parts;
}

/** Boxes whose last row is `row`, from that row and the one above (a label merged down two rows counts). */
function lowestBoxes(sheet: SheetSnapshot, merges: MergeIndex, row: number, width: number): Box[] {
  const above = row > 1 ? rowBoxes(sheet, merges, row - 1, width).filter((b) => b.bottom === row) : [];
  return [...above, ...rowBoxes(sheet, merges, row, width)].sort((a, b) => a.col - b.col);
}

/** The run of place labels at the right end of a header line. */
function placeRun(boxes: readonly Box[]): Box[] {
  const run: Box[] = [];
  for (let i = boxes.length - 1; i >= 0; i--) {
    const key = boxes[i].key;
    if (!isTotalLine(key) && placeEvidence(key) === 'none') break;
    run.unshift(boxes[i]);
  }
  return run;
}

/** Of the header boxes left of the places, the column of names: its header says so, or it holds the most words. */
function nameColumn(sheet: SheetSnapshot, left: readonly Box[], from: number): Box | null {
  const open = left.filter((b) => !ID_HEAD.test(b.key) && !UNIT_HEAD.test(b.key));
  const headed = open.find((b) => NAME_HEAD.test(b.key));
  if (headed) return headed;
  let best: Box | null = null;
  let most = 0;
  for (const box of open) {
    let words = 0;
    for (let row = from; row <= Math.min(rowCount(sheet), from + 30); row++) if (/[\u4e00-\u9fff]{2,}/.test(cellWords(cellAt(sheet, row, box.col)))) words++;
    if (words > most) {
      best = box;
      most = words;
    }
  }
  return best;
}

function findAcross(sheet: SheetSnapshot, merges: MergeIndex, width: number): Across | null {
  for (let row = 1; row <= Math.min(rowCount(sheet), SCAN_ROWS); row++) {
    const found = acrossSpanning(sheet, merges, row, width) ?? acrossAt(sheet, merges, row, width, lowestBoxes(sheet, merges, row, width), null);
    if (found) return found;
  }
  return null;
}

/** Places that each head sub-columns (城关镇 › 目标 · 完成): the places' row, with the labels left of them merged down. */
function acrossSpanning(sheet: SheetSnapshot, merges: MergeIndex, row: number, width: number): Across | null {
  if (row >= rowCount(sheet)) return null;
  const boxes = rowBoxes(sheet, merges, row, width);
  const places = placeRun(boxes);
  if (places.length < MIN_PLACES || places.length === boxes.length) return null;
  const parts = placeParts(sheet, merges, row, places, width);
  return parts ? acrossAt(sheet, merges, row + 1, width, boxes, parts) : null;
}

function acrossAt(sheet: SheetSnapshot, merges: MergeIndex, row: number, width: number, boxes: readonly Box[], parts: ReadonlyMap<Box, PlaceParts> | null): Across | null {
  const places = parts ? [...parts.keys()] : placeRun(boxes);
  // A place over several columns heads sub-columns: read so (acrossSpanning) or not at all.
  if (places.length < MIN_PLACES || places.length === boxes.length || (!parts && places.some((p) => p.right > p.col))) return null;
  const top = Math.min(...boxes.map((b) => b.row), ...aboveThePlaces(sheet, merges, places[0].row, places, width));
  const axis = readAxis(places.map((p) => p.key), readTitleLines(sheet, top, width).text);
  // Bare names (张家港, 常熟) count only beside the whole area's column, and only among names that end as places
  // do (园区, 高新区): 国有 · 集体 · 民营 · 合计 are kinds of owner, not places. Most labels must read as places.
  const named = places.filter((p) => placeEvidence(p.key) === 'place').length;
  if (axis.places < MIN_PLACES || axis.places < 0.8 * places.length || named < 2) return null;
  const left = boxes.filter((b) => b.col < places[0].col);
  if (left.some((b) => isRegionHeader(b.key))) return null;
  const name = nameColumn(sheet, left, row + 1);
  if (!name) return null;
  const id = left.find((b) => ID_HEAD.test(b.key)) ?? null;
  const unit = left.find((b) => UNIT_HEAD.test(b.key)) ?? null;
  return { row, top, places, axis, id, name, unit, parts };
}

/** The row above the places when a banner over them (分地区, 各市（区）) belongs to the header. */
function aboveThePlaces(sheet: SheetSnapshot, merges: MergeIndex, row: number, places: readonly Box[], width: number): number[] {
  if (row <= 1) return [];
  const banner = rowBoxes(sheet, merges, row - 1, width).find((b) => b.bottom === row - 1 && b.right > b.col && b.col >= places[0].col - 1 && b.right <= places[places.length - 1].right);
  return banner ? [row - 1] : [];
}

/** The unit a row's 单位 cell gives, and whether it says the figures are growth (增幅(%)). */
function rowUnit(text: string): { unit: string | null; growth: boolean } {
  const key = labelKey(text);
  const growth = GROWTH_UNIT.test(key);
  const inBrackets = /[（(]([^（）()]{1,8})[)）]/.exec(key)?.[1] ?? null;
  const written = inBrackets ?? key.replace(GROWTH_UNIT, '');
  const unit = /^[%％]$/.test(written) || /[%％]$/.test(key) ? '%' : isKnownUnit(written) ? written : growth ? '%' : null;
  return { unit, growth };
}

interface Figures {
  readonly own: NumberField | null;
  readonly growth: NumberField | null;
  readonly text: TextField | null;
}

/** 持平 written as a growth of nothing, approximately. */
function levelGrowth(text: string, cell: NumberField['cell']): NumberField {
  return { value: 0, cell, approx: 'about', text, decimals: 0, derived: true };
}

/** The whole area's cell: a level in the row's unit, or a growth (its unit says so, or its words do: 增长5%, 持平). */
function ownFigures(sheet: SheetSnapshot, row: number, col: number, unit: string | null, growth: boolean): Figures {
  const cell = refAt(sheet, row, col);
  const read = readRaw(cellAt(sheet, row, col), numberFormatAt(sheet, row, col), cell);
  if (read.kind === 'words') {
    if (LEVEL_WITH_LAST_YEAR.test(read.text)) return { own: null, growth: levelGrowth(read.text, cell), text: null };
    return { own: null, growth: null, text: { value: read.text, cell } };
  }
  if (read.kind !== 'figure') return { own: null, growth: null, text: null };
  if (growth) return { own: null, growth: placeRate(read.figure, true), text: null };
  if (grownBy(read.figure, unit)) return { own: null, growth: placeRate(read.figure, false), text: null };
  const placed = placeFigure(read.figure, unit, false);
  return { own: placed.outcome === 'incompatible' ? null : placed.field, growth: null, text: null };
}

/** 同口径增长5% under 亿元: a percentage in words where a level is meant is the growth. */
function grownBy(figure: RawFigure, unit: string | null): boolean {
  return figure.unit === '%' && unit !== '%' && figure.inSentence && /增长|增加|提高|下降|减少/.test(figure.text);
}

function regionFigure(sheet: SheetSnapshot, row: number, col: number, unit: string | null): NumberField | null {
  const read = readRaw(cellAt(sheet, row, col), numberFormatAt(sheet, row, col), refAt(sheet, row, col));
  if (read.kind !== 'figure' || grownBy(read.figure, unit)) return null;
  const placed = placeFigure(read.figure, unit, false);
  return placed.outcome === 'incompatible' ? null : placed.field;
}

interface Plan {
  readonly across: Across;
  /** How sure the reading is: the places' axis, and how the whole was found. */
  readonly confidence: number;
  readonly total: Box | null;
  readonly regions: readonly Box[];
  /** The figures are targets handed down (预期, 分解, 目标) rather than what was done. */
  readonly targets: boolean;
  /** 单位：万元 above the table: the unit of rows that name none. */
  readonly tableUnit: string | null;
}

function dataRows(sheet: SheetSnapshot, across: Across): number[] {
  const rows: number[] = [];
  for (let row = across.row + 1; row <= rowCount(sheet); row++) {
    const first = cellWords(cellAt(sheet, row, 1)).replace(/\s+/g, '');
    const name = cellWords(cellAt(sheet, row, across.name.col)).replace(/\s+/g, '');
    if (END_ROW.test(first) || END_ROW.test(name)) break;
    if (name === '') continue;
    const filled = across.places.filter((p) => cellWords(cellAt(sheet, row, p.col)) !== '').length;
    if (filled * 2 >= across.places.length) rows.push(row);
  }
  return rows;
}

/** 一、经济发展 on a row of its own, every place cell empty: a heading over the indicators under it. */
function sectionRows(sheet: SheetSnapshot, across: Across, rows: readonly number[]): SectionRow[] {
  const sections: SectionRow[] = [];
  const last = rows[rows.length - 1] ?? across.row;
  for (let row = across.row + 1; row < last; row++) {
    if (rows.includes(row) || across.places.some((p) => cellWords(cellAt(sheet, row, p.col)) !== '')) continue;
    const label = [across.id?.col, across.name.col].filter((c): c is number => c !== undefined).map((col) => writtenText(sheet, row, col)).find((t) => t !== '');
    if (label === undefined || !OUTLINE_HEAD.test(label)) continue;
    const title = withoutOutline(label);
    sections.push({ row, outline: label.slice(0, label.length - title.length).trim(), title, level: 1, path: [] });
  }
  return sections;
}

/** Rows whose place cells hold figures (bare or in words) in at least half the places: what makes it a cross of figures. */
function figureRows(sheet: SheetSnapshot, across: Across, rows: readonly number[]): number {
  return rows.filter((row) => {
    const figures = across.places.filter((p) => readRaw(cellAt(sheet, row, p.col), numberFormatAt(sheet, row, p.col), refAt(sheet, row, p.col)).kind === 'figure').length;
    return figures * 2 >= across.places.length;
  }).length;
}

/** A stated share as a fraction: 95% or 95 is 0.95; one under a % format is what the cell holds. */
function shareAt(sheet: SheetSnapshot, row: number, col: number | undefined): NumberField | null {
  if (col === undefined) return null;
  const read = readRaw(cellAt(sheet, row, col), numberFormatAt(sheet, row, col), refAt(sheet, row, col));
  if (read.kind !== 'figure') return null;
  return placeRate(read.figure, !read.figure.percentFormat && (read.figure.unit === '%' || Math.abs(read.figure.shown) > 1.5));
}

function figureIn(sheet: SheetSnapshot, row: number, col: number | undefined, unit: string | null): NumberField | null {
  return col === undefined ? null : regionFigure(sheet, row, col, unit);
}

/** A row of a table whose places each head 目标 · 完成 · 完成率: every figure by its sub-column's words. */
function partsIndicator(sheet: SheetSnapshot, plan: Plan, row: number, parts: ReadonlyMap<Box, PlaceParts>, base: Indicator): Indicator {
  const own = plan.total ? parts.get(plan.total) : undefined;
  const breakdown: RegionFigures[] = plan.regions.map((place) => {
    const cols = parts.get(place) ?? {};
    return {
      region: { value: writtenText(sheet, place.row, place.col), cell: refAt(sheet, place.row, place.col) },
      target: figureIn(sheet, row, cols.target, base.unit),
      actual: figureIn(sheet, row, cols.actual, base.unit),
      rate: shareAt(sheet, row, cols.rate),
      cells: Object.values(cols).map((col) => refAt(sheet, row, col)),
    };
  });
  const target = own ? figureIn(sheet, row, own.target, base.unit) : null;
  const actual = own ? figureIn(sheet, row, own.actual, base.unit) : null;
  const figured = breakdown.filter((r) => r.target !== null || r.actual !== null).length;
  return {
    ...base,
    kind: target !== null || actual !== null || figured > 0 ? 'quantitative' : 'qualitative',
    target,
    actual,
    targetText: null,
    actualText: null,
    targetGrowth: null,
    statedGrowth: null,
    statedCompletion: own ? shareAt(sheet, row, own.rate) : null,
    breakdown,
    confidence: Math.round(plan.confidence * (0.5 + 0.5 * (figured / Math.max(1, breakdown.length))) * 100) / 100,
  };
}

function indicatorAt(sheet: SheetSnapshot, plan: Plan, row: number): Indicator {
  const base = oneFigureIndicator(sheet, plan, row);
  return plan.across.parts ? partsIndicator(sheet, plan, row, plan.across.parts, base) : base;
}

function oneFigureIndicator(sheet: SheetSnapshot, plan: Plan, row: number): Indicator {
  const { across } = plan;
  // The row's 单位 cell; without a unit column, the unit in brackets after the name (新增就业(人)), else the table's.
  const unitText = across.unit ? cellWords(cellAt(sheet, row, across.unit.col)) : (/[（(]([^（）()]{1,8})[)）]\s*$/.exec(cellWords(cellAt(sheet, row, across.name.col)))?.[1] ?? '');
  const read = rowUnit(unitText);
  const { growth } = read;
  const unit = read.unit ?? (across.unit ? null : plan.tableUnit);
  const own = plan.total ? ownFigures(sheet, row, plan.total.col, unit, growth) : { own: null, growth: null, text: null };
  const breakdown: RegionFigures[] = plan.regions.map((place) => {
    const figure = regionFigure(sheet, row, place.col, unit);
    return {
      region: { value: writtenText(sheet, place.row, place.col), cell: refAt(sheet, place.row, place.col) },
      target: plan.targets ? figure : null,
      actual: plan.targets ? null : figure,
      rate: null,
      cells: [refAt(sheet, row, place.col)],
    };
  });
  const name = writtenText(sheet, row, across.name.col);
  const quantitative = own.own !== null || own.growth !== null || breakdown.some((r) => r.target !== null || r.actual !== null);
  const kind = quantitative ? 'quantitative' : 'qualitative';
  const id = across.id ? cellWords(cellAt(sheet, row, across.id.col)) : '';
  const figured = breakdown.filter((r) => r.target !== null || r.actual !== null).length;
  return {
    ...UNSTATED_FIELDS,
    row,
    sheet: sheet.name,
    outline: id,
    id,
    path: [],
    name: { value: name, cell: refAt(sheet, row, across.name.col) },
    kind,
    direction: indicatorDirection(kind, name.replace(/\s+/g, ''), own.own?.approx ?? own.growth?.approx ?? null, own.text?.value ?? null),
    unit,
    target: plan.targets ? own.own : null,
    actual: plan.targets ? null : own.own,
    targetText: plan.targets ? own.text : null,
    actualText: plan.targets ? null : own.text,
    ...(plan.targets ? { targetGrowth: own.growth } : { statedGrowth: own.growth }),
    breakdown,
    // As sure as the places are places, and as the row is a row of figures across them.
    confidence: Math.round(plan.confidence * (0.5 + 0.5 * (figured / Math.max(1, breakdown.length))) * 100) / 100,
  };
}

function mapping(box: Box, confidence: number, header = box.text): ColumnMapping {
  return { col: box.col, letter: columnLetter(box.col), header, confidence, source: 'values' };
}

/** The whole area's columns: its one column, or its 目标 · 完成 · 完成率 under it. */
function figureColumns(total: Box, parts: ReadonlyMap<Box, PlaceParts> | null, figureKey: FieldKey, confidence: number): Partial<Record<FieldKey, ColumnMapping>> {
  const own = parts?.get(total);
  if (!own) return { [figureKey]: mapping(total, confidence) };
  const at = (col: number | undefined): ColumnMapping | undefined =>
    col === undefined ? undefined : { col, letter: columnLetter(col), header: total.text, confidence, source: 'values' };
  const columns: Partial<Record<FieldKey, ColumnMapping>> = {};
  const target = at(own.target);
  const actual = at(own.actual);
  const rate = at(own.rate);
  if (target) columns.target = target;
  if (actual) columns.actual = actual;
  if (rate) columns.completionRate = rate;
  return columns;
}

/**
 * The whole area's column when no word names it (临江市 last, after its districts): the first or last place whose
 * figure is at least the sum of the others' on every row where it has one (two rows at least), and whose kind of
 * place (市, 县, 区 …) no other place shares.
 */
function summedPlace(sheet: SheetSnapshot, across: Across, rows: readonly number[]): Box | null {
  const value = (row: number, col: number): number | null => {
    const v = cellAt(sheet, row, col);
    return typeof v === 'number' && Number.isFinite(v) ? v : null;
  };
  const kind = (box: Box): string => box.key.slice(-1);
  const ends = [across.places[0], across.places[across.places.length - 1]];
  return ends.find((end) => {
    if (across.places.some((p) => p !== end && kind(p) === kind(end))) return false;
    let checked = 0;
    for (const row of rows) {
      const whole = value(row, end.col);
      if (whole === null) continue;
      const sum = across.places.filter((p) => p !== end).reduce((acc, p) => acc + (value(row, p.col) ?? 0), 0);
      if (whole - sum < -1e-6 * Math.max(1, Math.abs(whole))) return false;
      checked++;
    }
    return checked >= 2;
  }) ?? null;
}

/** Reads the sheet as indicators down × places across, or null when its header does not cross indicators with places. */
export function readTransposedCrossTable(input: SpecialLayoutInput): SpecialLayout | null {
  const { sheet, merges } = input;
  const width = columnCount(sheet);
  const across = findAcross(sheet, merges, width);
  if (!across) return null;
  const rows = dataRows(sheet, across);
  if (rows.length === 0 || figureRows(sheet, across, rows) * 2 < rows.length) return null;
  const titleLines = readTitleLines(sheet, across.top, width);
  const headerWords = [titleLines.text, across.name.text].join(' ');
  const summed = across.axis.total >= 0 || across.parts ? null : summedPlace(sheet, across, rows);
  const total = across.axis.total >= 0 ? across.places[across.axis.total] : summed;
  const confidence = summed ? Math.round(across.axis.placesConfidence * 0.95 * 100) / 100 : across.axis.confidence;
  const plan: Plan = {
    across,
    confidence,
    total,
    regions: across.places.filter((p) => p !== total),
    targets: PLAN_WORDS.test(headerWords) && !PROGRESS_WORDS.test(headerWords),
    tableUnit: titleLines.tableUnit,
  };
  const sections = sectionRows(sheet, across, rows);
  const indicators = rows.map((row) => {
    const read = indicatorAt(sheet, plan, row);
    const over = sections.filter((s) => s.row < row).pop();
    return over ? { ...read, path: [over.title] } : read;
  });
  const figureKey: FieldKey = plan.targets ? 'target' : 'actual';
  const columns: Partial<Record<FieldKey, ColumnMapping>> = {
    name: mapping(across.name, confidence),
    ...(across.id ? { id: mapping(across.id, 1) } : {}),
    ...(across.unit ? { unit: mapping(across.unit, 1) } : {}),
    ...(total ? figureColumns(total, across.parts, figureKey, confidence) : {}),
  };
  const notes = notesUnder(sheet, rows[rows.length - 1]);
  const found = crossTablePeriod({ asOf: input.asOf, title: headerWords, notes, labels: indicators.map((i) => i.name.value), sheetName: sheet.name, workbookName: input.workbookName });
  const issues: Issue[] = [
    recognitionIssue('info', RECOGNIZE_CODES.crossTable, refAt(sheet, across.row, across.places[0].col), {
      sheet: sheet.name,
      indicators: indicators.length,
      names: indicators.map((i) => i.name.value).join('、'),
      regions: plan.regions.length,
      total: total?.text ?? '—',
    }),
  ];
  if (!total) issues.push(recognitionIssue('warning', RECOGNIZE_CODES.crossTableNoTotal, refAt(sheet, across.row, across.places[0].col)));
  // Places told mostly by bare names: asked about, not taken silently.
  if (across.axis.placesConfidence < CONFIDENCE_THRESHOLD) {
    issues.push(
      recognitionIssue('warning', RECOGNIZE_CODES.lowConfidence, refAt(sheet, across.row, across.places[0].col), {
        field: 'category',
        column: `${columnLetter(across.places[0].col)}–${columnLetter(across.places[across.places.length - 1].col)}`,
        header: across.places.map((p) => p.text).join('、'),
        confidence: Math.round(across.axis.placesConfidence * 100),
      }),
    );
  }
  if (found.assumed) issues.push(recognitionIssue('warning', RECOGNIZE_CODES.periodMissing, null, { year: found.period.year }));
  if (input.asOf !== undefined && found.period.source !== 'as-of') issues.push(recognitionIssue('warning', RECOGNIZE_CODES.badAsOf, null, { asOf: input.asOf }));
  return {
    kind: 'table',
    table: {
      sheet: sheet.name,
      layoutClass: 'cross-table',
      title: titleLines.title,
      unitName: titleLines.unitName ?? unitFromWorkbookName(input.workbookName),
      headerRows: Array.from({ length: across.row - across.top + 1 }, (_, i) => across.top + i),
      columns,
      period: found.period,
      sections,
      indicators,
      statedWeightTotal: null,
      notes,
    },
    issues,
  };
}
