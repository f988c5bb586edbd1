import type { CellStyle, ConditionalFormat, PlannedValue, Rect, SheetPlan } from '../core/model';
import { columnLetter, refToFormula } from '../core/model';
import { formulaEntry, type FormulaEntry } from './cell-encoding';
import { CALL_BYTES, chunkBytesPerRow, jsonBytes, matrixWriteBytes, RANGE_BYTES, SYNC_BUDGET_BYTES, utf8Length } from './payload-size';
import { rectAddress } from './range-address';
import type { Capabilities, HostFeature } from './requirement-sets';

/**
 * Turns one SheetPlan into write steps: small closures that queue Office.js calls on the new sheet,
 * each with the bytes it adds to the request. plan-apply.ts packs the steps into as few syncs as the
 * payload limit allows. Values go in as 2-D arrays in row blocks, never cell by cell.
 */
export interface WriteStep {
  readonly bytes: number;
  readonly queue: (sheet: Excel.Worksheet) => void;
  /** Two halves of this step, for when Excel refuses its request as too large; null when it cannot split. */
  readonly split?: () => [WriteStep, WriteStep] | null;
}

/**
 * A range by 0-based row and column indexes, through getRange: getRangeByIndexes needs ExcelApi 1.7,
 * an A1 address works everywhere.
 */
export function rangeAt(sheet: Excel.Worksheet, row: number, col: number, rows: number, cols: number): Excel.Range {
  return sheet.getRange(rectAddress({ top: row + 1, left: col + 1, bottom: row + rows, right: col + cols }));
}

/** Column width in Excel's characters → points (8.43 characters = 48 pt in the default font). */
export function charsToPoints(chars: number): number {
  return Math.round((chars * 5.25 + 3.75) * 100) / 100;
}

function sheetWidth(plan: SheetPlan): number {
  let width = plan.columnWidths.length;
  for (const row of plan.rows) if (row.length > width) width = row.length;
  return Math.max(width, 1);
}

function rowEntries(row: readonly PlannedValue[], width: number): FormulaEntry[] {
  const entries: FormulaEntry[] = new Array<FormulaEntry>(width).fill('');
  row.forEach((value, c) => {
    entries[c] = formulaEntry(value);
  });
  return entries;
}

/** One Range.formulas write of whole rows; it halves by rows when a request is refused. */
function formulaBlock(top: number, matrix: FormulaEntry[][], width: number, matrixBytes: number): WriteStep {
  return {
    bytes: matrixWriteBytes(matrix.length, width, matrixBytes),
    queue: (sheet) => {
      rangeAt(sheet, top, 0, matrix.length, width).formulas = matrix;
    },
    split: () => {
      if (matrix.length < 2) return null;
      const half = Math.ceil(matrix.length / 2);
      const upper = matrix.slice(0, half);
      const lower = matrix.slice(half);
      return [formulaBlock(top, upper, width, jsonBytes(upper)), formulaBlock(top + half, lower, width, jsonBytes(lower))];
    },
  };
}

/** Row blocks as big as the budget allows; a 50,000-row sheet becomes a handful of blocks. */
export function valueSteps(plan: SheetPlan, budget = SYNC_BUDGET_BYTES): WriteStep[] {
  const width = sheetWidth(plan);
  const steps: WriteStep[] = [];
  let block: FormulaEntry[][] = [];
  let blockBytes = 0;
  let firstRow = 0;
  const flush = () => {
    if (block.length === 0) return;
    steps.push(formulaBlock(firstRow, block, width, blockBytes));
    firstRow += block.length;
    block = [];
    blockBytes = 0;
  };
  // Room for the range, the call, the bulk check and each row's share of office.js's chunk paths.
  const fixed = RANGE_BYTES + CALL_BYTES * 2 + chunkBytesPerRow(width);
  const share = chunkBytesPerRow(width);
  let shares = 0;
  plan.rows.forEach((row) => {
    const entries = rowEntries(row, width);
    const bytes = jsonBytes(entries) + 1;
    if (blockBytes + shares + bytes + share > budget - fixed) {
      flush();
      shares = 0;
    }
    block.push(entries);
    blockBytes += bytes;
    shares += share;
  });
  flush();
  return steps;
}

function horizontal(value: NonNullable<CellStyle['horizontal']>): 'Left' | 'Center' | 'Right' | 'Justify' {
  switch (value) {
    case 'left':
      return 'Left';
    case 'center':
      return 'Center';
    case 'right':
      return 'Right';
    case 'justify':
      return 'Justify';
    default: {
      const unreachable: never = value;
      return unreachable;
    }
  }
}

function vertical(value: NonNullable<CellStyle['vertical']>): 'Top' | 'Center' | 'Bottom' {
  switch (value) {
    case 'top':
      return 'Top';
    case 'middle':
      return 'Center';
    case 'bottom':
      return 'Bottom';
    default: {
      const unreachable: never = value;
      return unreachable;
    }
  }
}

function queueBorders(range: Excel.Range, rect: Rect): void {
  // Office.js takes its enums as strings too, so no global Excel object is needed at run time.
  const edges: ('EdgeTop' | 'EdgeBottom' | 'EdgeLeft' | 'EdgeRight' | 'InsideVertical' | 'InsideHorizontal')[] = [
    'EdgeTop',
    'EdgeBottom',
    'EdgeLeft',
    'EdgeRight',
  ];
  // Inside borders only where the range has an inside, which Excel would otherwise refuse.
  if (rect.right > rect.left) edges.push('InsideVertical');
  if (rect.bottom > rect.top) edges.push('InsideHorizontal');
  for (const edge of edges) {
    const border = range.format.borders.getItem(edge);
    border.style = 'Continuous';
    border.weight = 'Thin';
    border.color = '#808080';
  }
}

function queueStyle(range: Excel.Range, rect: Rect, style: CellStyle, capabilities: Capabilities): void {
  const format = range.format;
  if (style.fontName !== undefined) format.font.name = style.fontName;
  if (style.fontSize !== undefined) format.font.size = style.fontSize;
  if (style.bold !== undefined) format.font.bold = style.bold;
  if (style.italic !== undefined) format.font.italic = style.italic;
  if (style.fontColor !== undefined) format.font.color = style.fontColor;
  if (style.fill !== undefined) format.fill.color = style.fill;
  if (style.horizontal !== undefined) format.horizontalAlignment = horizontal(style.horizontal);
  if (style.vertical !== undefined) format.verticalAlignment = vertical(style.vertical);
  if (style.wrap !== undefined) format.wrapText = style.wrap;
  if (style.indent !== undefined && capabilities.has('indent')) format.indentLevel = Math.min(250, Math.max(0, style.indent));
  if (style.border) queueBorders(range, rect);
}

/** Number formats must match the range's shape, so a tall range is cut into bands that each fit the budget. */
function numberFormatSteps(rect: Rect, format: string, budget: number): WriteStep[] {
  const width = rect.right - rect.left + 1;
  const rowBytes = (utf8Length(JSON.stringify(format)) + 1) * width + 2;
  const rowsPerBand = Math.max(1, Math.floor((budget - RANGE_BYTES - CALL_BYTES * 2 - chunkBytesPerRow(width)) / (rowBytes + chunkBytesPerRow(width))));
  const steps: WriteStep[] = [];
  for (let top = rect.top; top <= rect.bottom; top += rowsPerBand) {
    steps.push(numberFormatBand({ top, left: rect.left, bottom: Math.min(rect.bottom, top + rowsPerBand - 1), right: rect.right }, format, rowBytes));
  }
  return steps;
}

function numberFormatBand(band: Rect, format: string, rowBytes: number): WriteStep {
  const width = band.right - band.left + 1;
  const height = band.bottom - band.top + 1;
  return {
    bytes: matrixWriteBytes(height, width, rowBytes * height),
    queue: (sheet) => {
      sheet.getRange(rectAddress(band)).numberFormat = Array.from({ length: height }, () => new Array<string>(width).fill(format));
    },
    split: () => {
      if (height < 2) return null;
      const middle = band.top + Math.ceil(height / 2) - 1;
      return [numberFormatBand({ ...band, bottom: middle }, format, rowBytes), numberFormatBand({ ...band, top: middle + 1 }, format, rowBytes)];
    },
  };
}

/**
 * How many Office.js calls queueStyle makes for a style, counting the objects it opens (format, font, fill,
 * each border) as calls too: each is an object path and an action in the request.
 */
function styleCalls(style: CellStyle, rect: Rect, capabilities: Capabilities): number {
  const fontKeys = (['fontName', 'fontSize', 'bold', 'italic', 'fontColor'] as const).filter((key) => style[key] !== undefined).length;
  const formatKeys = (['horizontal', 'vertical', 'wrap'] as const).filter((key) => style[key] !== undefined).length;
  const indent = style.indent !== undefined && capabilities.has('indent') ? 1 : 0;
  const fill = style.fill !== undefined ? 2 : 0;
  const edges = style.border ? 4 + (rect.right > rect.left ? 1 : 0) + (rect.bottom > rect.top ? 1 : 0) : 0;
  const properties = fontKeys + formatKeys + indent + fill + edges * 4;
  if (properties === 0) return 0;
  return 1 + (fontKeys > 0 ? 1 : 0) + (style.border ? 1 : 0) + properties;
}

function sameStyle(a: CellStyle, b: CellStyle): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Neighbouring entries with the same style over the same columns on adjacent rows become one range:
 * a layout that styles 50,000 rows one by one costs one call, not 50,000. Only neighbours in the list
 * are joined, so "later ranges win" still holds.
 */
export function coalesceStyles(styles: SheetPlan['styles']): { rect: Rect; style: CellStyle }[] {
  const joined: { rect: Rect; style: CellStyle }[] = [];
  for (const { rect, style } of styles) {
    const last = joined[joined.length - 1];
    if (last && last.rect.left === rect.left && last.rect.right === rect.right && last.rect.bottom + 1 === rect.top && sameStyle(last.style, style)) {
      last.rect = { ...last.rect, bottom: rect.bottom };
    } else joined.push({ rect, style });
  }
  return joined;
}

function styleSteps(plan: SheetPlan, capabilities: Capabilities, budget: number): WriteStep[] {
  const steps: WriteStep[] = [];
  for (const { rect, style } of coalesceStyles(plan.styles)) {
    const calls = styleCalls(style, rect, capabilities);
    if (calls > 0) {
      steps.push({
        bytes: RANGE_BYTES + CALL_BYTES * calls + jsonBytes(style),
        queue: (sheet) => queueStyle(sheet.getRange(rectAddress(rect)), rect, style, capabilities),
      });
    }
    if (style.numberFormat !== undefined) steps.push(...numberFormatSteps(rect, style.numberFormat, budget));
  }
  return steps;
}

/** Marks a feature the plan asks for as skipped when this Excel lacks it; true when it can be used. */
function usable(feature: HostFeature, wanted: boolean, capabilities: Capabilities, skipped: Set<HostFeature>): boolean {
  if (!wanted) return false;
  if (capabilities.has(feature)) return true;
  skipped.add(feature);
  return false;
}

function layoutStep(plan: SheetPlan, capabilities: Capabilities, skipped: Set<HostFeature>): WriteStep[] {
  const tabColor = usable('tab-color', Boolean(plan.tabColor), capabilities, skipped) ? plan.tabColor : undefined;
  const columns = usable('column-layout', plan.columnWidths.length + plan.hiddenColumns.length > 0, capabilities, skipped);
  const widths = columns ? plan.columnWidths : [];
  const hidden = columns ? plan.hiddenColumns : [];
  if (!tabColor && widths.length + hidden.length === 0) return [];
  return [
    {
      bytes: (RANGE_BYTES + CALL_BYTES * 2) * (widths.length + hidden.length) + CALL_BYTES,
      queue: (sheet) => {
        if (tabColor) sheet.tabColor = tabColor;
        widths.forEach((chars, c) => {
          if (chars > 0) rangeAt(sheet, 0, c, 1, 1).format.columnWidth = charsToPoints(chars);
        });
        for (const col of hidden) {
          const letter = columnLetter(col);
          sheet.getRange(`${letter}:${letter}`).columnHidden = true;
        }
      },
    },
  ];
}

/** Runs of consecutive rows with the same height become one call each. */
export function rowHeightRuns(heights: SheetPlan['rowHeights']): { top: number; count: number; height: number }[] {
  const sorted = [...heights].sort((a, b) => a.row - b.row);
  const runs: { top: number; count: number; height: number }[] = [];
  for (const { row, height } of sorted) {
    const last = runs[runs.length - 1];
    if (last && last.height === height && last.top + last.count === row) last.count += 1;
    else if (!last || last.top + last.count <= row) runs.push({ top: row, count: 1, height });
  }
  return runs;
}

function rowHeightSteps(plan: SheetPlan, capabilities: Capabilities, skipped: Set<HostFeature>): WriteStep[] {
  if (!usable('column-layout', plan.rowHeights.length > 0, capabilities, skipped)) return [];
  return rowHeightRuns(plan.rowHeights).map((run) => ({
    bytes: RANGE_BYTES + CALL_BYTES * 2,
    queue: (sheet: Excel.Worksheet) => {
      rangeAt(sheet, run.top - 1, 0, run.count, 1).format.rowHeight = run.height;
    },
  }));
}

/**
 * Calls on many small ranges (merges, unlocked cells) go in steps of at most this many ranges: a 50,000-row
 * sheet has some 25,000 merges, 11 MB of requests, which no single request may carry.
 */
const RANGES_PER_STEP = 1000;

function inSteps<T>(items: readonly T[]): T[][] {
  const steps: T[][] = [];
  for (let i = 0; i < items.length; i += RANGES_PER_STEP) steps.push(items.slice(i, i + RANGES_PER_STEP));
  return steps;
}

function mergeSteps(plan: SheetPlan, capabilities: Capabilities, skipped: Set<HostFeature>): WriteStep[] {
  if (!usable('merge-cells', plan.merges.length > 0, capabilities, skipped)) return [];
  return inSteps(plan.merges).map((merges) => ({
    bytes: (RANGE_BYTES + CALL_BYTES) * merges.length,
    queue: (sheet: Excel.Worksheet) => {
      for (const rect of merges) sheet.getRange(rectAddress(rect)).merge(false);
    },
  }));
}

function linkSteps(plan: SheetPlan, capabilities: Capabilities, skipped: Set<HostFeature>): WriteStep[] {
  const steps: WriteStep[] = [];
  const wanted = plan.rows.some((row) => row.some((value) => value?.kind === 'link'));
  if (!usable('hyperlinks', wanted, capabilities, skipped)) return steps;
  plan.rows.forEach((row, r) =>
    row.forEach((value, c) => {
      if (value?.kind !== 'link') return;
      const hyperlink: Excel.RangeHyperlink = { documentReference: refToFormula(value.target) };
      steps.push({
        bytes: RANGE_BYTES + CALL_BYTES + jsonBytes(hyperlink),
        queue: (sheet) => {
          rangeAt(sheet, r, c, 1, 1).hyperlink = hyperlink;
        },
      });
    }),
  );
  return steps;
}

function quoteFormulaText(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

function queueConditionalFormat(sheet: Excel.Worksheet, rule: ConditionalFormat): void {
  const range = sheet.getRange(rectAddress(rule.rect));
  switch (rule.kind) {
    case 'text-equals': {
      const format = range.conditionalFormats.add('Custom');
      format.custom.rule.formula = `=${columnLetter(rule.rect.left)}${rule.rect.top}=${quoteFormulaText(rule.text)}`;
      format.custom.format.fill.color = rule.fill;
      format.custom.format.font.color = rule.fontColor;
      return;
    }
    case 'formula': {
      const format = range.conditionalFormats.add('Custom');
      format.custom.rule.formula = rule.formula.startsWith('=') ? rule.formula : `=${rule.formula}`;
      format.custom.format.fill.color = rule.fill;
      format.custom.format.font.color = rule.fontColor;
      return;
    }
    case 'data-bar': {
      const format = range.conditionalFormats.add('DataBar');
      format.dataBar.positiveFormat.fillColor = rule.color;
      return;
    }
    default: {
      const unreachable: never = rule;
      return unreachable;
    }
  }
}

function conditionalFormatSteps(plan: SheetPlan, capabilities: Capabilities, skipped: Set<HostFeature>): WriteStep[] {
  if (!usable('conditional-formats', plan.conditionalFormats.length > 0, capabilities, skipped)) return [];
  return plan.conditionalFormats.map((rule) => ({
    bytes: RANGE_BYTES + CALL_BYTES * (rule.kind === 'data-bar' ? 5 : 12) + jsonBytes(rule),
    queue: (sheet: Excel.Worksheet) => queueConditionalFormat(sheet, rule),
  }));
}

function chartSteps(plan: SheetPlan): WriteStep[] {
  const chart = plan.chart;
  if (!chart) return [];
  return [
    {
      bytes: RANGE_BYTES + CALL_BYTES * 6 + jsonBytes(chart),
      queue: (sheet) => {
        const type = chart.kind === 'stacked-bar' ? 'BarStacked' : 'ColumnClustered';
        const added = sheet.charts.add(type, sheet.getRange(rectAddress(chart.data)), 'Columns');
        added.title.text = chart.title;
        added.setPosition(
          rectAddress({ top: chart.anchor.top, left: chart.anchor.left, bottom: chart.anchor.top, right: chart.anchor.left }),
          rectAddress({ top: chart.anchor.bottom, left: chart.anchor.right, bottom: chart.anchor.bottom, right: chart.anchor.right }),
        );
      },
    },
  ];
}

function viewSteps(plan: SheetPlan, capabilities: Capabilities, skipped: Set<HostFeature>): WriteStep[] {
  const steps: WriteStep[] = [];
  const freeze = plan.freeze;
  if (freeze && usable('freeze-panes', freeze.rows > 0 || freeze.cols > 0, capabilities, skipped)) {
    steps.push({
      bytes: RANGE_BYTES + CALL_BYTES * 2,
      queue: (sheet) => {
        if (freeze.rows > 0 && freeze.cols > 0) sheet.freezePanes.freezeAt(rangeAt(sheet, 0, 0, freeze.rows, freeze.cols));
        else if (freeze.rows > 0) sheet.freezePanes.freezeRows(freeze.rows);
        else sheet.freezePanes.freezeColumns(freeze.cols);
      },
    });
  }
  const print = plan.print;
  if (print && usable('page-layout', true, capabilities, skipped)) {
    steps.push({
      bytes: CALL_BYTES * 4 + jsonBytes(print),
      queue: (sheet) => {
        sheet.pageLayout.orientation = print.orientation === 'landscape' ? 'Landscape' : 'Portrait';
        if (print.fitToWidth) sheet.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
        if (print.repeatRows) sheet.pageLayout.setPrintTitleRows(`$${print.repeatRows.first}:$${print.repeatRows.last}`);
      },
    });
  }
  return steps;
}

function noteSteps(plan: SheetPlan, capabilities: Capabilities, skipped: Set<HostFeature>): WriteStep[] {
  if (!usable('notes', plan.notes.length > 0, capabilities, skipped)) return [];
  return plan.notes.map((note) => ({
    bytes: RANGE_BYTES + CALL_BYTES * 2 + utf8Length(JSON.stringify(note.text)),
    queue: (sheet: Excel.Worksheet) => {
      sheet.notes.add(rangeAt(sheet, note.row - 1, note.col - 1, 1, 1), note.text);
    },
  }));
}

/** The 确认状态 drop-down: a list rule with its input prompt, one step per list, before protection locks the sheet. */
function dropDownSteps(plan: SheetPlan, capabilities: Capabilities, skipped: Set<HostFeature>): WriteStep[] {
  const lists = plan.dropDowns ?? [];
  if (!usable('data-validation', lists.length > 0, capabilities, skipped)) return [];
  return lists.map((list) => ({
    bytes: RANGE_BYTES + CALL_BYTES * 4 + jsonBytes(list),
    queue: (sheet: Excel.Worksheet) => {
      const validation = sheet.getRange(rectAddress(list.rect)).dataValidation;
      validation.rule = { list: { inCellDropDown: true, source: list.values.join(',') } };
      if (list.prompt) validation.prompt = { showPrompt: true, message: list.prompt.message, title: list.prompt.title };
    },
  }));
}

/** Last, once everything else is written: unlock the editable ranges (审阅意见), then protect the sheet. */
function protectionSteps(plan: SheetPlan, capabilities: Capabilities, skipped: Set<HostFeature>): WriteStep[] {
  const protection = plan.protection;
  if (!protection || !usable('protection', true, capabilities, skipped)) return [];
  const unlock = inSteps(protection.editable).map((editable) => ({
    bytes: (RANGE_BYTES + CALL_BYTES * 3) * editable.length,
    queue: (sheet: Excel.Worksheet) => {
      for (const rect of editable) sheet.getRange(rectAddress(rect)).format.protection.locked = false;
    },
  }));
  const protect: WriteStep = {
    bytes: CALL_BYTES * 2 + 200,
    queue: (sheet) => {
      sheet.protection.protect({ allowFormatColumns: true, allowFormatRows: true, allowAutoFilter: true, allowSort: true });
    },
  };
  return [...unlock, protect];
}

/**
 * Value blocks and format bands are a quarter of a sync's budget, so they pack tightly around the small
 * steps: a block as big as the whole budget would leave the sync before it half empty.
 */
const BLOCKS_PER_SYNC = 4;

/** Every step for one sheet, in the order Excel needs them (protection last). */
export function sheetSteps(plan: SheetPlan, capabilities: Capabilities, skipped: Set<HostFeature>, budget = SYNC_BUDGET_BYTES): WriteStep[] {
  return [
    ...layoutStep(plan, capabilities, skipped),
    ...rowHeightSteps(plan, capabilities, skipped),
    ...valueSteps(plan, budget / BLOCKS_PER_SYNC),
    ...styleSteps(plan, capabilities, budget / BLOCKS_PER_SYNC),
    ...mergeSteps(plan, capabilities, skipped),
    ...linkSteps(plan, capabilities, skipped),
    ...conditionalFormatSteps(plan, capabilities, skipped),
    ...chartSteps(plan),
    ...viewSteps(plan, capabilities, skipped),
    ...noteSteps(plan, capabilities, skipped),
    ...dropDownSteps(plan, capabilities, skipped),
    ...protectionSteps(plan, capabilities, skipped),
  ];
}
