import { promises as fs } from 'node:fs';
import type { Document } from 'docx';
import type { ReportDoc } from '../core/model';
import { reportDocumentBytes, reportDocxBytes } from '../docx/report-docx';
import { buildReportDocument } from '../docx/report-document';

/** The report's .docx as a Node Buffer. */
export async function reportDocxBuffer(report: ReportDoc): Promise<Buffer> {
  return Buffer.from(await reportDocxBytes(report));
}

/** Writes the report's .docx to `outPath` (the caller chooses the name and makes it atomic if it wants). */
export async function writeReportDocx(report: ReportDoc, outPath: string): Promise<void> {
  await fs.writeFile(outPath, await reportDocxBuffer(report));
}

/** Writes a document built by buildReportDocument, for a caller that has let the ReportDoc go. */
export async function writeReportDocument(document: Document, outPath: string): Promise<void> {
  await fs.writeFile(outPath, await reportDocumentBytes(document));
}

/** The report's document, for writeReportDocument once the ReportDoc may go. */
export function reportDocument(report: ReportDoc): Document {
  return buildReportDocument(report);
}
