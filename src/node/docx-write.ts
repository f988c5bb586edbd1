import { promises as fs } from 'node:fs';
import type { ReportDoc } from '../core/model';
import { reportDocxBytes } from '../docx/report-docx';

/** The report's .docx as a Node Buffer. */
export async function reportDocxBuffer(report: ReportDoc): Promise<Buffer> {
  return Buffer.from(await reportDocxBytes(report));
}

/** Writes the report's .docx to `outPath` (the caller chooses the name and makes it atomic if it wants). */
export async function writeReportDocx(report: ReportDoc, outPath: string): Promise<void> {
  await fs.writeFile(outPath, await reportDocxBuffer(report));
}
