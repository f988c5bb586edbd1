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

/** Parsed workbooks a plan was already written into: adding the plan twice would double the sheets. */
const usedSources = new WeakSet<ExcelJS.Workbook>();

/**
 * The same write, into the workbook openXlsx parsed for the snapshot, so the file is parsed once per
 * report. A source can carry one plan; given again, the file is read afresh.
 */
export async function writeXlsxReport(source: XlsxSource, plan: OutputPlan, outPath: string): Promise<void> {
  if (usedSources.has(source.workbook)) {
    await applyPlanToXlsx(source.path, plan, outPath);
    return;
  }
  usedSources.add(source.workbook);
  await applyPlanToWorkbook(source.workbook, plan);
  await source.workbook.xlsx.writeFile(outPath);
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
    line.forEach((value, c) => {
      if (value !== null) sheet.getCell(r + 1, c + 1).value = cellValue(value);
    });
  });
  plan.columnWidths.forEach((width, c) => {
    sheet.getColumn(c + 1).width = width;
  });
  for (const col of plan.hiddenColumns) sheet.getColumn(col).hidden = true;
  for (const { row, height } of plan.rowHeights) sheet.getRow(row).height = height;
  applySharedStyles(sheet, plan);
  for (const rect of plan.merges) sheet.mergeCells(rect.top, rect.left, rect.bottom, rect.right);
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

/** The key of an unlocked (editable) cell's style: the plan's ranges that cover it, then "u". */
const UNLOCKED = 'u';

/**
 * Styles per cell as the plan's ranges lay them (later ranges win), with the protection's editable ranges
 * unlocked. Cells covered by the same ranges share one style object: exceljs writes a shared object's style
 * once, where a style built per cell costs a lookup per cell, which on a 50,000-row sheet is most of the write.
 */
function applySharedStyles(sheet: ExcelJS.Worksheet, plan: SheetPlan): void {
  const keys = new Map<number, Map<number, string>>();
  const mark = (rect: Rect, part: string) => {
    for (let row = rect.top; row <= rect.bottom; row++) {
      let line = keys.get(row);
      if (!line) keys.set(row, (line = new Map()));
      for (let col = rect.left; col <= rect.right; col++) {
        const key = line.get(col);
        line.set(col, key === undefined ? part : `${key},${part}`);
      }
    }
  };
  plan.styles.forEach(({ rect }, index) => mark(rect, String(index)));
  for (const rect of plan.protection?.editable ?? []) mark(rect, UNLOCKED);

  const shared = new Map<string, ExcelStyle>();
  const styleFor = (key: string): ExcelStyle => {
    let style = shared.get(key);
    if (!style) {
      style = {};
      for (const part of key.split(',')) {
        if (part === UNLOCKED) style.protection = { locked: false };
        else applyStyle(style, plan.styles[Number(part)].style);
      }
      shared.set(key, style);
    }
    return style;
  };
  for (const [row, line] of keys) {
    for (const [col, key] of line) sheet.getCell(row, col).style = styleFor(key);
  }
}
