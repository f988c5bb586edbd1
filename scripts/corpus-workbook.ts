/**
 * Turns a hand-written corpus spec (test/fixtures/corpus/specs/workbook-spec.ts) into .xlsx bytes and its
 * expectation. Shared by scripts/make-corpus.ts (the synthetic corpus) and scripts/make-real-corpus.ts (tables
 * governments published), so both corpora are written, and rewritten byte for byte, the same way.
 */
import ExcelJS from 'exceljs';
import { MARKER_PREFIX } from '../src/core/layout/generated-sheets';
import type { CorpusEntry, ExpectedIndicator, ExpectedTable } from '../test/recognize/corpus-expectation';
import type { IndicatorLine, Line, RawCell, SectionLine, SheetSpec, WorkbookSpec } from '../test/fixtures/corpus/specs/workbook-spec';

const zipDefaults = require('jszip/lib/defaults') as { date: Date | null };

/** Fixed so rewriting a corpus changes no file that did not change. */
const WRITTEN_AT = new Date(Date.UTC(2024, 6, 1, 8, 0, 0));

function isIndicator(line: Line): line is IndicatorLine {
  return !Array.isArray(line) && 'expect' in line;
}

function isSection(line: Line): line is SectionLine {
  return !Array.isArray(line) && 'section' in line;
}

function cellsOf(line: Line): readonly RawCell[] {
  return Array.isArray(line) ? line : (line as IndicatorLine | SectionLine).cells;
}

function toExcel(value: RawCell): ExcelJS.CellValue {
  if (value === null) return null;
  if (value instanceof Date) return value;
  if (typeof value === 'object' && 'formula' in value) {
    return { formula: value.formula, result: value.result as ExcelJS.CellFormulaValue['result'] };
  }
  if (typeof value === 'object' && 'error' in value) return { error: value.error as ExcelJS.CellErrorValue['error'] };
  return value;
}

function eachCell(range: string, visit: (row: number, col: number) => void): void {
  const [from, to] = range.split(':');
  const a = /^([A-Z]+)(\d+)$/.exec(from);
  const b = /^([A-Z]+)(\d+)$/.exec(to ?? from);
  if (!a || !b) throw new Error(`bad range ${range}`);
  const col = (letters: string): number => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  for (let row = Number(a[2]); row <= Number(b[2]); row++) {
    for (let c = col(a[1]); c <= col(b[1]); c++) visit(row, c);
  }
}

function writeSheet(workbook: ExcelJS.Workbook, spec: SheetSpec): void {
  const sheet = workbook.addWorksheet(spec.name, { state: spec.hidden ? 'hidden' : 'visible' });
  spec.lines.forEach((line, i) => {
    cellsOf(line).forEach((value, c) => {
      if (value === null) return;
      sheet.getCell(i + 1, c + 1).value = toExcel(value);
    });
  });
  for (const [range, format] of Object.entries(spec.formats ?? {})) eachCell(range, (r, c) => (sheet.getCell(r, c).numFmt = format));
  for (const range of spec.bold ?? []) eachCell(range, (r, c) => (sheet.getCell(r, c).font = { bold: true }));
  for (const range of spec.merges ?? []) sheet.mergeCells(range);
  if (spec.generatedRole) {
    const width = Math.max(1, ...spec.lines.map((line) => cellsOf(line).length));
    sheet.getCell(1, width + 1).value = MARKER_PREFIX + spec.generatedRole;
    sheet.getColumn(width + 1).hidden = true;
  }
  const width = Math.max(0, ...spec.lines.map((line) => cellsOf(line).length));
  for (let c = 1; c <= width; c++) sheet.getColumn(c).width = 16;
}

/** The expected table: indicator rows numbered as written, paths from the section lines above them. */
function expectedTable(spec: Extract<WorkbookSpec, { sheets: unknown }>, head: Omit<ExpectedTable, 'indicators' | 'sheet' | 'sections'>): ExpectedTable {
  const sheet = spec.sheets.find((s) => s.isTable);
  if (!sheet) throw new Error(`${spec.file}: no sheet marked isTable`);
  const indicators: ExpectedIndicator[] = [];
  const sections: { row: number; title: string; level: number }[] = [];
  const stack: string[] = [];
  sheet.lines.forEach((line, i) => {
    const row = i + 1;
    if (isSection(line)) {
      stack.length = line.section.level - 1;
      stack.push(line.section.title);
      sections.push({ row, title: line.section.title, level: line.section.level });
    } else if (isIndicator(line)) {
      // An indicator line may name its own path (一级/二级指标 columns) or its row (a cross-table's 全市 row).
      for (const expect of [line.expect, ...(line.more ?? [])]) indicators.push({ row, path: [...stack], ...expect });
    }
  });
  return { sheet: sheet.name, ...head, sections, indicators };
}

async function workbookBytes(spec: Extract<WorkbookSpec, { sheets: unknown }>): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = spec.department;
  workbook.created = WRITTEN_AT;
  workbook.modified = WRITTEN_AT;
  for (const sheet of spec.sheets) writeSheet(workbook, sheet);
  // jszip stamps every entry with the time of writing unless its default date is set (as scripts/make-sample.ts does).
  const previous = zipDefaults.date;
  zipDefaults.date = WRITTEN_AT;
  try {
    return Buffer.from(await workbook.xlsx.writeBuffer());
  } finally {
    zipDefaults.date = previous;
  }
}

/** The workbook's bytes and the corpus entry written beside it as .expected.json. */
export async function buildFixture(spec: WorkbookSpec): Promise<{ bytes: Uint8Array; entry: CorpusEntry }> {
  if ('bytes' in spec) {
    return { bytes: spec.bytes, entry: { file: spec.file, department: spec.department, covers: spec.covers, expect: spec.expect } };
  }
  const bytes = await workbookBytes(spec);
  const expect = spec.expect.kind === 'table'
    ? { kind: 'table' as const, table: expectedTable(spec, spec.expect.table), ...(spec.expect.issues ? { issues: spec.expect.issues } : {}) }
    : spec.expect;
  return { bytes, entry: { file: spec.file, department: spec.department, covers: spec.covers, expect } };
}

/** The .expected.json text, exactly as committed. */
export function entryJson(entry: CorpusEntry): string {
  return `${JSON.stringify(entry, null, 2)}\n`;
}
