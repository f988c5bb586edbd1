/**
 * Writes the recognition corpus: test/fixtures/corpus/NN-<部门>-<内容>.xlsx, each with its
 * .expected.json beside it, from the hand-written specs in test/fixtures/corpus/specs/. Run with
 * `npx tsx scripts/make-corpus.ts`; the files are committed so tests need no build step.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { MARKER_PREFIX } from '../src/core/layout/generated-sheets';
import type { CorpusEntry, ExpectedIndicator, ExpectedTable } from '../test/recognize/corpus-expectation';
import { CORPUS } from '../test/fixtures/corpus/specs';
import type { IndicatorLine, Line, RawCell, SectionLine, SheetSpec, WorkbookSpec } from '../test/fixtures/corpus/specs/workbook-spec';

const zipDefaults = require('jszip/lib/defaults') as { date: Date | null };

const OUT = path.join(__dirname, '..', 'test', 'fixtures', 'corpus');
/** Fixed so rewriting the corpus changes no file that did not change. */
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
      indicators.push({ row, path: [...stack], ...line.expect });
    }
  });
  return { sheet: sheet.name, ...head, sections, indicators };
}

async function writeFixture(spec: WorkbookSpec): Promise<CorpusEntry> {
  const file = path.join(OUT, spec.file);
  if ('bytes' in spec) {
    await fs.writeFile(file, spec.bytes);
    return { file: spec.file, department: spec.department, covers: spec.covers, expect: spec.expect };
  }
  const workbook = new ExcelJS.Workbook();
  workbook.creator = spec.department;
  workbook.created = WRITTEN_AT;
  workbook.modified = WRITTEN_AT;
  for (const sheet of spec.sheets) writeSheet(workbook, sheet);
  // jszip stamps every entry with the time of writing unless its default date is set (as scripts/make-sample.ts does).
  const previous = zipDefaults.date;
  zipDefaults.date = WRITTEN_AT;
  try {
    await fs.writeFile(file, Buffer.from(await workbook.xlsx.writeBuffer()));
  } finally {
    zipDefaults.date = previous;
  }
  const expect = spec.expect.kind === 'table'
    ? { kind: 'table' as const, table: expectedTable(spec, spec.expect.table), ...(spec.expect.issues ? { issues: spec.expect.issues } : {}) }
    : spec.expect;
  return { file: spec.file, department: spec.department, covers: spec.covers, expect };
}

/** Which workbook covers which case: the list the issue asks for, written from the specs themselves. */
function readme(corpus: readonly WorkbookSpec[]): string {
  const lines = [
    '# 识别语料（recognition corpus）',
    '',
    '由 `npx tsx scripts/make-corpus.ts` 根据 `specs/` 中手写的说明生成，请勿手工修改 .xlsx 或 .expected.json。',
    '每个工作簿旁的 `.expected.json` 写明应识别出的工作表、表头行、列对应、时段和每个指标的每一项（手写，不由识别程序产生）。',
    '`npm run bench:recognition` 逐个比对并给出字段与数值的识别正确率；`test/recognize/corpus.test.ts` 要求全部正确。',
    '',
    '| 文件 | 部门 | 覆盖的情形 |',
    '| --- | --- | --- |',
    ...corpus.map((spec) => `| ${spec.file} | ${spec.department} | ${spec.covers.join('；')} |`),
    '',
  ];
  return lines.join('\n');
}

async function main(): Promise<void> {
  await fs.mkdir(OUT, { recursive: true });
  for (const name of await fs.readdir(OUT)) {
    if (/\.(xlsx|expected\.json)$/.test(name)) await fs.unlink(path.join(OUT, name));
  }
  const names = new Set<string>();
  for (const spec of CORPUS) {
    if (names.has(spec.file)) throw new Error(`duplicate fixture ${spec.file}`);
    names.add(spec.file);
    const entry = await writeFixture(spec);
    await fs.writeFile(path.join(OUT, spec.file.replace(/\.xlsx$/, '.expected.json')), `${JSON.stringify(entry, null, 2)}\n`);
  }
  await fs.writeFile(path.join(OUT, 'README.md'), readme(CORPUS));
  console.log(`语料：已写入 ${CORPUS.length} 个工作簿到 ${path.relative(process.cwd(), OUT)}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
