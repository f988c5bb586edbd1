/**
 * Writes the finance-form and cross-table workbooks of test/fixtures/layouts/specs.ts as .xlsx beside it,
 * so the CLI and the LibreOffice tests read real files. Run with `npx tsx scripts/make-layout-fixtures.ts`;
 * the files are committed so tests need no build step.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { LAYOUT_FIXTURES } from '../test/fixtures/layouts/specs';
import type { SheetSpec } from '../test/recognize/build-snapshot';

const zipDefaults = require('jszip/lib/defaults') as { date: Date | null };

const OUT = path.join(__dirname, '..', 'test', 'fixtures', 'layouts');
/** Fixed so rewriting the fixtures changes no file that did not change. */
const WRITTEN_AT = new Date(Date.UTC(2024, 9, 8, 8, 0, 0));

function address(ref: string): { row: number; col: number } {
  const m = /^([A-Z]+)(\d+)$/.exec(ref);
  if (!m) throw new Error(`bad address ${ref}`);
  return { row: Number(m[2]), col: [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) };
}

function writeSheet(workbook: ExcelJS.Workbook, spec: SheetSpec): void {
  const sheet = workbook.addWorksheet(spec.name);
  spec.rows.forEach((line, r) =>
    line.forEach((value, c) => {
      if (value === null || (typeof value === 'object' && 'error' in value)) return;
      sheet.getCell(r + 1, c + 1).value = value;
    }),
  );
  for (const [ref, format] of Object.entries(spec.formats ?? {})) {
    const { row, col } = address(ref);
    sheet.getCell(row, col).numFmt = format;
  }
  for (const m of spec.merges ?? []) sheet.mergeCells(m.top, m.left, m.bottom, m.right);
  const width = Math.max(0, ...spec.rows.map((line) => line.length));
  for (let c = 1; c <= width; c++) sheet.getColumn(c).width = 14;
}

async function main(): Promise<void> {
  const previous = zipDefaults.date;
  zipDefaults.date = WRITTEN_AT;
  try {
    for (const fixture of LAYOUT_FIXTURES) {
      const workbook = new ExcelJS.Workbook();
      workbook.created = WRITTEN_AT;
      workbook.modified = WRITTEN_AT;
      for (const sheet of fixture.sheets) writeSheet(workbook, sheet);
      await fs.writeFile(path.join(OUT, fixture.file), Buffer.from(await workbook.xlsx.writeBuffer()));
      console.log(`写出 ${fixture.file}`);
    }
  } finally {
    zipDefaults.date = previous;
  }
}

void main();
