import { promises as fs } from 'node:fs';
import type { OutputPlan, WorkbookSettings } from '../core/model';
import { filePackageHost } from './xlsx-package/node-package-host';
import { writeReportPackage } from './xlsx-package/package-write';

/**
 * What the writer needs of the department's workbook: its file, and optionally the bytes already read
 * (the reader may hand them over to save a second read, or give an .xlsx package it made from an .xls).
 */
export interface XlsxPackageInput {
  readonly path: string;
  readonly bytes?: Uint8Array;
}

/**
 * The .xlsx host's write: the department's package with the plan's sheets added, earlier generated sheets
 * replaced, everything else copied as stored (see xlsx-package/package-write.ts). The result goes to a NEW
 * file; the input is never written.
 */
export async function applyPlanToXlsx(inputPath: string, plan: OutputPlan, outPath: string): Promise<void> {
  await writeXlsxReport({ path: inputPath }, plan, outPath);
}

/** settings: the user's answers, kept in the report's custom document properties (docProps/custom.xml). */
export async function writeXlsxReport(input: XlsxPackageInput, plan: OutputPlan, outPath: string, settings: WorkbookSettings = {}): Promise<void> {
  const bytes = input.bytes ?? new Uint8Array(await fs.readFile(input.path));
  await writeReportPackage(bytes, plan, filePackageHost(outPath), settings);
}
