import ExcelJS from 'exceljs';
import type { CellStyle, ConditionalFormat, OutputPlan, PlannedValue, Rect, SheetPlan } from '../core/model';
import { cellAddress, refToFormula, refToString } from '../core/model';
import type { XlsxSource } from './xlsx-read';

/**
 * The .xlsx host's write: the department's workbook is loaded, earlier generated sheets are dropped,
 * the plan's sheets are added after the department's own, and the result goes to a NEW file.
 * The input file is never written.
 */
export async function applyPlanToXlsx(inputPath: string, plan: OutputPlan, outPath: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(inputPath);
  await applyPlanToWorkbook(workbook, plan);
  await workbook.xlsx.writeFile(outPath);
}

/**
 * The same write, from the package openXlsx kept (the department's file, or an .xls converted to .xlsx),
 * so the input file is read once per report.
 */
export async function writeXlsxReport(source: XlsxSource, plan: OutputPlan, outPath: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(source.bytes.buffer, source.bytes.byteOffset, source.bytes.byteLength) as unknown as ExcelJS.Buffer);
  await applyPlanToWorkbook(workbook, plan);
  await workbook.xlsx.writeFile(outPath);
}

export async function applyPlanToWorkbook(workbook: ExcelJS.Workbook, plan: OutputPlan): Promise<void> {
  for (const name of plan.removeSheets) {
    const old = workbook.getWorksheet(name);
    if (old) workbook.removeWorksheet(old.id);
  }
  for (const sheetPlan of plan.sheets) await writeSheet(workbook, sheetPlan);
  if (plan.activate) {
    const index = workbook.worksheets.findIndex((sheet) => sheet.name === plan.activate);
    if (index >= 0) workbook.views = [{ x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab: index, visibility: 'visible' }];
  }
}

function argb(hex: string): string {
  return `FF${hex.replace('#', '').toUpperCase()}`;
}

/** A link inside the workbook as a HYPERLINK formula: it opens the same way in Excel, WPS and LibreOffice. */
function hyperlinkFormula(text: string, target: Parameters<typeof refToFormula>[0]): string {
  const location = `#${refToFormula(target)}`.replace(/"/g, '""');
  return `HYPERLINK("${location}","${text.replace(/"/g, '""')}")`;
}

function cellValue(value: PlannedValue): ExcelJS.CellValue {
  if (value === null) return null;
  switch (value.kind) {
    case 'text':
      // exceljs writes strings as strings: "=…" stays text, never becomes a formula.
      return value.text;
    case 'number':
      return Number.isFinite(value.value) ? value.value : null;
    case 'formula': {
      const formula = value.formula.replace(/^=/, '');
      const cached = value.cached;
      return cached === null || (typeof cached === 'number' && !Number.isFinite(cached))
        ? ({ formula } as ExcelJS.CellFormulaValue)
        : ({ formula, result: cached } as ExcelJS.CellFormulaValue);
    }
    case 'link':
      return { formula: hyperlinkFormula(value.text, value.target), result: value.text || refToString(value.target) } as ExcelJS.CellFormulaValue;
    default: {
      const unreachable: never = value;
      return unreachable;
    }
  }
}

/** One cell's style as exceljs holds it; built once per distinct combination and shared by every cell that has it. */
type ExcelStyle = Partial<ExcelJS.Style>;

function applyStyle(cell: ExcelStyle, style: CellStyle): void {
  if (style.fontName || style.fontSize || style.bold !== undefined || style.italic !== undefined || style.fontColor) {
    cell.font = {
      ...cell.font,
      ...(style.fontName ? { name: style.fontName } : {}),
      ...(style.fontSize ? { size: style.fontSize } : {}),
      ...(style.bold !== undefined ? { bold: style.bold } : {}),
      ...(style.italic !== undefined ? { italic: style.italic } : {}),
      ...(style.fontColor ? { color: { argb: argb(style.fontColor) } } : {}),
    };
  }
  if (style.fill) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(style.fill) } };
  if (style.numberFormat) cell.numFmt = style.numberFormat;
  if (style.horizontal || style.vertical || style.wrap !== undefined || style.indent !== undefined) {
    cell.alignment = {
      ...cell.alignment,
      ...(style.horizontal ? { horizontal: style.horizontal } : {}),
      ...(style.vertical ? { vertical: style.vertical } : {}),
      ...(style.wrap !== undefined ? { wrapText: style.wrap } : {}),
      ...(style.indent !== undefined ? { indent: style.indent } : {}),
    };
  }
  if (style.border) {
    const thin: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FFBFBFBF' } };
    cell.border = { top: thin, left: thin, bottom: thin, right: thin };
  }
}

function rectRef(rect: Rect): string {
  return `${cellAddress(rect.top, rect.left)}:${cellAddress(rect.bottom, rect.right)}`;
}

function conditionalFormat(format: ConditionalFormat, priority: number): ExcelJS.ConditionalFormattingOptions {
  const ref = rectRef(format.rect);
  switch (format.kind) {
    case 'text-equals': {
      const topLeft = cellAddress(format.rect.top, format.rect.left);
      const text = format.text.replace(/"/g, '""');
      return {
        ref,
        rules: [
          {
            type: 'expression',
            priority,
            formulae: [`${topLeft}="${text}"`],
            style: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: argb(format.fill) } }, font: { color: { argb: argb(format.fontColor) } } },
          },
        ],
      };
    }
    case 'formula':
      return {
        ref,
        rules: [
          {
            type: 'expression',
            priority,
            formulae: [format.formula.replace(/^=/, '')],
            style: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: argb(format.fill) } }, font: { color: { argb: argb(format.fontColor) } } },
          },
        ],
      };
    case 'data-bar':
      return {
        ref,
        rules: [
          {
            type: 'dataBar',
            priority,
            gradient: false,
            cfvo: [{ type: 'num', value: 0 }, { type: 'max' }],
            color: { argb: argb(format.color) },
          } as unknown as ExcelJS.DataBarRuleType,
        ],
      };
    default: {
      const unreachable: never = format;
      return unreachable;
    }
  }
}

async function writeSheet(workbook: ExcelJS.Workbook, plan: SheetPlan): Promise<void> {
  const sheet = workbook.addWorksheet(plan.name, {
    properties: plan.tabColor ? { tabColor: { argb: argb(plan.tabColor) } } : {},
  });
  plan.rows.forEach((line, r) => {
    const row = sheet.getRow(r + 1);
    line.forEach((value, c) => {
      if (value !== null) row.getCell(c + 1).value = cellValue(value);
    });
  });
  plan.columnWidths.forEach((width, c) => {
    sheet.getColumn(c + 1).width = width;
  });
  for (const col of plan.hiddenColumns) sheet.getColumn(col).hidden = true;
  for (const { row, height } of plan.rowHeights) sheet.getRow(row).height = height;
  applySharedStyles(sheet, plan);
  mergeDisjoint(sheet, plan.merges);
  plan.conditionalFormats.forEach((format, i) => sheet.addConditionalFormatting(conditionalFormat(format, i + 1)));
  if (plan.freeze) sheet.views = [{ state: 'frozen', xSplit: plan.freeze.cols, ySplit: plan.freeze.rows }];
  if (plan.print) {
    sheet.pageSetup = {
      paperSize: 9, // A4
      orientation: plan.print.orientation,
      fitToPage: plan.print.fitToWidth,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
      margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
      ...(plan.print.repeatRows ? { printTitlesRow: `${plan.print.repeatRows.first}:${plan.print.repeatRows.last}` } : {}),
    };
  }
  for (const note of plan.notes) sheet.getCell(note.row, note.col).note = note.text;
  if (plan.protection) {
    // No password: protection guards leaders against slips, not against people.
    await sheet.protect('', { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true, formatRows: true, autoFilter: true, sort: true });
  }
}

/** The part that unlocks a cell the protection leaves editable, beside the indices of plan.styles. */
const UNLOCKED = -1;

/**
 * Styles per cell as the plan's ranges lay them (later ranges win), with the protection's editable ranges
 * unlocked. Cells covered by the same ranges share one style object: exceljs writes a shared object's style
 * once, where a style built per cell costs a lookup per cell, which on a 50,000-row sheet is most of the write.
 * Each distinct sequence of ranges is a numbered state, reached from the one before by a map lookup.
 */
function applySharedStyles(sheet: ExcelJS.Worksheet, plan: SheetPlan): void {
  const steps: Map<number, number>[] = [new Map()];
  const partsOf: number[][] = [[]];
  const advance = (state: number, part: number): number => {
    let next = steps[state].get(part);
    if (next === undefined) {
      next = partsOf.length;
      partsOf.push([...partsOf[state], part]);
      steps.push(new Map());
      steps[state].set(part, next);
    }
    return next;
  };
  const cells = new Map<number, number[]>();
  const mark = (rect: Rect, part: number) => {
    for (let row = rect.top; row <= rect.bottom; row++) {
      let line = cells.get(row);
      if (!line) cells.set(row, (line = []));
      for (let col = rect.left; col <= rect.right; col++) line[col] = advance(line[col] ?? 0, part);
    }
  };
  plan.styles.forEach(({ rect }, index) => mark(rect, index));
  for (const rect of plan.protection?.editable ?? []) mark(rect, UNLOCKED);

  const shared: ExcelStyle[] = [];
  const styleOf = (state: number): ExcelStyle => {
    let style = shared[state];
    if (!style) {
      style = {};
      for (const part of partsOf[state]) {
        if (part === UNLOCKED) style.protection = { locked: false };
        else applyStyle(style, plan.styles[part].style);
      }
      shared[state] = style;
    }
    return style;
  };
  for (const [rowNumber, line] of cells) {
    const row = sheet.getRow(rowNumber);
    line.forEach((state, col) => {
      if (state > 0) row.getCell(col).style = styleOf(state);
    });
  }
}

/**
 * exceljs checks each new merge against every earlier one: on a 50,000-row sheet that is minutes.
 * The plan's merges are checked for overlap here in one pass over their cells, with the same refusal,
 * and exceljs then merges each one against an empty list, which is exactly its own merge otherwise.
 */
function mergeDisjoint(sheet: ExcelJS.Worksheet, merges: readonly Rect[]): void {
  const covered = new Set<number>();
  for (const rect of merges) {
    for (let row = rect.top; row <= rect.bottom; row++) {
      for (let col = rect.left; col <= rect.right; col++) {
        const key = row * 16_384 + col;
        if (covered.has(key)) throw new Error(`Cannot merge already merged cells (${rectRef(rect)})`);
        covered.add(key);
      }
    }
  }
  const internal = sheet as unknown as { _merges: Record<string, unknown> };
  const all = internal._merges;
  try {
    for (const rect of merges) {
      internal._merges = {};
      sheet.mergeCells(rect.top, rect.left, rect.bottom, rect.right);
      Object.assign(all, internal._merges);
    }
  } finally {
    internal._merges = all;
  }
}
