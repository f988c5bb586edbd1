/**
 * The fidelity fixtures (test/fixtures/fidelity, made by scripts/make-fidelity-fixtures.py and
 * scripts/make-fidelity-exceljs.ts): one department workbook as openpyxl, LibreOffice, Excel and exceljs
 * write it. The plan written into them comes from department.json through the engine, not from reading
 * the files, so these tests pin the writer whatever the reader can or cannot read.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import type { CellValue, OutputPlan, WorkbookSnapshot } from '../../src/core/model';
import { runPipeline } from '../../src/core/pipeline';

export const FIDELITY_DIR = path.resolve(__dirname, '../fixtures/fidelity');
export const FIDELITY_FIXTURES = ['openpyxl', 'libreoffice', 'excel-style', 'exceljs'] as const;
export type FidelityFixture = (typeof FIDELITY_FIXTURES)[number];
/** The parts a report may change; every other part of the input must come out byte for byte. */
export const LISTING_PARTS = ['[Content_Types].xml', 'xl/workbook.xml', 'xl/_rels/workbook.xml.rels', 'docProps/app.xml', 'xl/styles.xml'];

interface Department {
  readonly sheet: string;
  readonly grid: CellValue[][];
  readonly ledger: string;
  readonly ledgerGrid: CellValue[][];
}

export function department(): Department {
  return JSON.parse(readFileSync(path.join(FIDELITY_DIR, 'department.json'), 'utf8')) as Department;
}

function sheetOf(name: string, grid: CellValue[][], position: number): WorkbookSnapshot['sheets'][number] {
  const width = Math.max(...grid.map((line) => line.length));
  const values = grid.map((line) => Array.from({ length: width }, (_, c) => line[c] ?? null));
  return {
    name,
    visible: true,
    position,
    values,
    formulas: values.map((line) => line.map(() => null)),
    numberFormats: values.map((line) => line.map(() => 'General')),
    merges: position === 0 ? [{ top: 1, left: 1, bottom: 1, right: 10 }] : [],
  };
}

export function departmentSnapshot(): WorkbookSnapshot {
  const { sheet, grid, ledger, ledgerGrid } = department();
  return { name: '灌南县发改委-目标任务分解表', sheets: [sheetOf(sheet, grid, 0), sheetOf(ledger, ledgerGrid, 1)] };
}

export function departmentPlan(): OutputPlan {
  return runPipeline(departmentSnapshot(), { generatedAt: '2009-07-01T04:00:00.000Z' }).plan;
}

export function fixturePath(fixture: FidelityFixture): string {
  return path.join(FIDELITY_DIR, `${fixture}.xlsx`);
}

/** Part name → content; directory entries left out. */
export function partsOf(file: string): Map<string, Uint8Array> {
  const parts = new Map<string, Uint8Array>();
  for (const [name, data] of Object.entries(unzipSync(readFileSync(file)))) if (!name.endsWith('/')) parts.set(name, data);
  return parts;
}

/** The Excel-style fixture as a macro workbook (宏.xlsm in dir): macro-enabled content type and a VBA part. */
export function macroWorkbook(dir: string): string {
  const files = unzipSync(readFileSync(fixturePath('excel-style')));
  files['[Content_Types].xml'] = strToU8(
    strFromU8(files['[Content_Types].xml'])
      .replace('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml', 'application/vnd.ms-excel.sheet.macroEnabled.main+xml')
      .replace('</Types>', '<Override PartName="/xl/vbaProject.bin" ContentType="application/vnd.ms-office.vbaProject"/></Types>'),
  );
  files['xl/vbaProject.bin'] = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 1, 2, 3, 4, 5, 6, 7, 8]);
  files['xl/_rels/workbook.xml.rels'] = strToU8(
    strFromU8(files['xl/_rels/workbook.xml.rels']).replace(
      '</Relationships>',
      '<Relationship Id="rId99" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/></Relationships>',
    ),
  );
  const file = path.join(dir, '宏.xlsm');
  writeFileSync(file, zipSync(files));
  return file;
}
