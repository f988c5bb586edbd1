import { promises as fs } from 'node:fs';
import type { WorkbookSnapshot } from '../core/model';
import { openWorkbookBytes, XlsxReadError, type XlsxSource } from './xlsx-read/workbook-bytes';
// Every Node run of the engine reads its workbook here: traditional characters are read from then on.
import './traditional-chinese';

export { snapshotOfPackage, XlsxReadError, type XlsxReadFailure, type XlsxSource } from './xlsx-read/workbook-bytes';

export async function readXlsxSnapshot(filePath: string): Promise<WorkbookSnapshot> {
  return (await openXlsx(filePath)).snapshot;
}

/** Reads the file once: the snapshot for the engine, and the package the report is written from (see workbook-bytes.ts). */
export async function openXlsx(filePath: string): Promise<{ readonly snapshot: WorkbookSnapshot; readonly source: XlsxSource }> {
  let bytes: Uint8Array;
  try {
    bytes = await fs.readFile(filePath);
  } catch (error) {
    throw new XlsxReadError('missing', filePath, String(error));
  }
  return openWorkbookBytes(bytes, filePath);
}
