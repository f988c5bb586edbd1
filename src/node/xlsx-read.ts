import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import type { WorkbookSnapshot } from '../core/model';
import { readCellStyles } from './xlsx-read/cell-styles';
import { readLegacyBold, withLegacyBold } from './xlsx-read/legacy-bold';
import { legacyToXlsxPackage, LegacyReadError } from './xlsx-read/legacy-workbook';
import { readSharedStrings } from './xlsx-read/shared-strings';
import { readSheetCells } from './xlsx-read/sheet-cells';
import { readWorkbookParts } from './xlsx-read/workbook-parts';
import { XmlFormatError } from './xlsx-read/xml-part';
import { ZipFormatError } from './zip/central-directory';
import { ZipPackage } from './zip/zip-package';
// Every Node run of the engine reads its workbook here: traditional characters are read from then on.
import './traditional-chinese';

/** Why a file could not be read; the CLI turns each into a Chinese message. */
export type XlsxReadFailure = 'missing' | 'encrypted' | 'legacy-xls' | 'not-xlsx' | 'corrupt';

export class XlsxReadError extends Error {
  constructor(
    readonly failure: XlsxReadFailure,
    readonly file: string,
    /** What the reader tripped on, in its own words (for a legacy file: SheetJS's message). */
    readonly detail: string,
  ) {
    super(`${failure}: ${detail}`);
  }
}

/**
 * The package a report is built on, kept from the read so the file is read once. It is what the package
 * writer takes ({ path, bytes }: writeXlsxReport builds the report on `bytes`):
 * - 'xlsx': the department's own file, byte for byte;
 * - 'legacy': an .xls / .et converted to an .xlsx package (see legacy-workbook.ts); the report is a new .xlsx.
 */
export interface XlsxSource {
  readonly path: string;
  readonly origin: 'xlsx' | 'legacy';
  /** A complete .xlsx (zip) package. */
  readonly bytes: Uint8Array;
}

const OLE_SIGNATURE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const ZIP_SIGNATURE = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const LEGACY_EXTENSION = /\.(xls|et)$/i;
const WORKBOOK_EXTENSION = /\.(xlsx|xlsm|xls|et)$/i;

/** The workbook's name: the file name without its extension ("2009-…-目标任务分解表"). */
function workbookName(filePath: string): string {
  return path.basename(filePath).replace(WORKBOOK_EXTENSION, '');
}

export async function readXlsxSnapshot(filePath: string): Promise<WorkbookSnapshot> {
  return (await openXlsx(filePath)).snapshot;
}

/** Reads the file once: the snapshot for the engine, and the package the report is written from. */
export async function openXlsx(filePath: string): Promise<{ readonly snapshot: WorkbookSnapshot; readonly source: XlsxSource }> {
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(filePath);
  } catch (error) {
    throw new XlsxReadError('missing', filePath, String(error));
  }
  const source = packageOf(bytes, filePath);
  const snapshot = snapshotOfPackage(source.bytes, workbookName(filePath), filePath);
  return { snapshot: source.origin === 'legacy' ? withLegacyBold(snapshot, readLegacyBold(bytes)) : snapshot, source };
}

/** An HTML or XML 2003 table that an old system saved under an .xls name starts with "<". */
function looksLikeMarkup(bytes: Buffer): boolean {
  const start = bytes.subarray(0, 512).toString('utf8').replace(/^\uFEFF/, '').trimStart();
  return start.startsWith('<');
}

function packageOf(bytes: Buffer, filePath: string): XlsxSource {
  if (bytes.subarray(0, 4).equals(ZIP_SIGNATURE)) return { path: filePath, origin: 'xlsx', bytes };
  const ole = bytes.subarray(0, 8).equals(OLE_SIGNATURE);
  // An .xlsx with an open password is an OLE container holding the encrypted package.
  if (ole && bytes.includes(Buffer.from('EncryptionInfo', 'utf16le'))) throw new XlsxReadError('encrypted', filePath, 'OLE container with EncryptionInfo');
  if (!ole && !(LEGACY_EXTENSION.test(filePath) && looksLikeMarkup(bytes))) throw new XlsxReadError('not-xlsx', filePath, 'not a zip package');
  try {
    return { path: filePath, origin: 'legacy', bytes: legacyToXlsxPackage(bytes) };
  } catch (error) {
    if (error instanceof LegacyReadError) throw new XlsxReadError(error.encrypted ? 'encrypted' : 'legacy-xls', filePath, error.message);
    throw error;
  }
}

/** Reads the parts recognition needs, one sheet at a time, straight from the zip. */
export function snapshotOfPackage(bytes: Uint8Array, name: string, filePath = name): WorkbookSnapshot {
  try {
    const zip = new ZipPackage(bytes);
    const parts = readWorkbookParts(zip);
    if (parts === null) throw new XlsxReadError('not-xlsx', filePath, 'the zip package holds no workbook');
    const context = { strings: readSharedStrings(zip, parts.sharedStrings), styles: readCellStyles(zip, parts.styles), date1904: parts.date1904 };
    const sheets = parts.sheets.map((sheet, position) => readSheetCells(zip, sheet.part, sheet.name, sheet.visible, position, context));
    return { name, sheets };
  } catch (error) {
    if (error instanceof ZipFormatError || error instanceof XmlFormatError) throw new XlsxReadError('corrupt', filePath, error.message);
    throw error;
  }
}
