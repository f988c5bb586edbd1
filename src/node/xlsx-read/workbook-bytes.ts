import { settingsFromProperties, type WorkbookSettings, type WorkbookSnapshot } from '../../core/model';
import { readCustomProperties } from '../xlsx-package/custom-properties';
import { entryContent } from '../zip/entry-data';
import { ZipFormatError } from '../zip/central-directory';
import { ZipPackage } from '../zip/zip-package';
import { readCellStyles } from './cell-styles';
import { readLegacyBold, withLegacyBold } from './legacy-bold';
import { legacyToXlsxPackage, LegacyReadError } from './legacy-workbook';
import { readSharedStrings } from './shared-strings';
import { readSheetCells } from './sheet-cells';
import { readWorkbookParts } from './workbook-parts';
import { XmlFormatError } from './xml-part';

/**
 * Reading a workbook from its bytes alone: what the CLI does after reading the file, and what the web page
 * does with the file the user chose. Nothing here needs Node (no fs, no Buffer), so the same reader runs
 * in the page's Worker.
 */

/** Why a file could not be read; the CLI and the page turn each into a Chinese message. */
export type XlsxReadFailure = 'missing' | 'encrypted' | 'legacy-xls' | 'not-xlsx' | 'corrupt';

export class XlsxReadError extends Error {
  constructor(
    readonly failure: XlsxReadFailure,
    readonly file: string,
    /** What the reader tripped on, in its own words (for a legacy file: SheetJS's message). */
    readonly detail: string,
    /** The sheet whose part is damaged, when it is one sheet: the user can then mend or remove just that sheet. */
    readonly sheet: string | null = null,
  ) {
    super(`${failure}: ${detail}`);
  }
}

/**
 * The package a report is built on, kept from the read so the file is read once. It is what the package
 * writer takes ({ path, bytes }: the report is built on `bytes`):
 * - 'xlsx': the department's own file, byte for byte;
 * - 'legacy': an .xls / .et converted to an .xlsx package (see legacy-workbook.ts); the report is a new .xlsx.
 */
export interface XlsxSource {
  /** The file's path (CLI) or the chosen file's name (page). */
  readonly path: string;
  readonly origin: 'xlsx' | 'legacy';
  /** A complete .xlsx (zip) package. */
  readonly bytes: Uint8Array;
}

const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];
const LEGACY_EXTENSION = /\.(xls|et)$/i;
export const WORKBOOK_EXTENSION = /\.(xlsx|xlsm|xls|et)$/i;
/** "EncryptionInfo" as UTF-16LE, the stream an encrypted .xlsx's OLE container holds. */
const ENCRYPTION_INFO = Array.from('EncryptionInfo').flatMap((char) => [char.charCodeAt(0), 0]);

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return signature.every((byte, index) => bytes[index] === byte);
}

function contains(bytes: Uint8Array, needle: readonly number[]): boolean {
  const first = needle[0];
  for (let at = bytes.indexOf(first); at >= 0 && at <= bytes.length - needle.length; at = bytes.indexOf(first, at + 1)) {
    if (needle.every((byte, index) => bytes[at + index] === byte)) return true;
  }
  return false;
}

/** The workbook's name from a file name or path: without folders and extension ("2009-…-目标任务分解表"). */
export function workbookNameOf(fileName: string): string {
  return fileName.replace(/^.*[\\/]/, '').replace(WORKBOOK_EXTENSION, '');
}

/** An HTML or XML 2003 table that an old system saved under an .xls name starts with "<". */
function looksLikeMarkup(bytes: Uint8Array): boolean {
  const start = new TextDecoder('utf-8').decode(bytes.subarray(0, 512)).replace(/^\uFEFF/, '').trimStart();
  return start.startsWith('<');
}

export function packageOf(bytes: Uint8Array, filePath: string): XlsxSource {
  if (startsWith(bytes, ZIP_SIGNATURE)) return { path: filePath, origin: 'xlsx', bytes };
  const ole = startsWith(bytes, OLE_SIGNATURE);
  // An .xlsx with an open password is an OLE container holding the encrypted package.
  if (ole && contains(bytes, ENCRYPTION_INFO)) throw new XlsxReadError('encrypted', filePath, 'OLE container with EncryptionInfo');
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
    const sheets = parts.sheets.map((sheet, position) => {
      try {
        return readSheetCells(zip, sheet.part, sheet.name, sheet.visible, position, context);
      } catch (error) {
        if (error instanceof ZipFormatError || error instanceof XmlFormatError) throw new XlsxReadError('corrupt', filePath, error.message, sheet.name);
        throw error;
      }
    });
    const settings = parts.customProperties ? keptSettings(zip, parts.customProperties) : undefined;
    return { name, sheets, ...(settings ? { settings } : {}) };
  } catch (error) {
    if (error instanceof ZipFormatError || error instanceof XmlFormatError) throw new XlsxReadError('corrupt', filePath, error.message);
    throw error;
  }
}

/** The answers an earlier report kept in the package (see core/model/settings-property.ts); unreadable ones are ignored. */
function keptSettings(zip: ZipPackage, part: string): WorkbookSettings | undefined {
  const entry = zip.entry(part);
  if (!entry) return undefined;
  try {
    return settingsFromProperties(readCustomProperties(new TextDecoder('utf-8').decode(entryContent(zip.file, entry))));
  } catch {
    return undefined;
  }
}

/** A workbook's bytes read once: the snapshot for the engine, and the package the report is written from. */
export function openWorkbookBytes(bytes: Uint8Array, filePath: string): { readonly snapshot: WorkbookSnapshot; readonly source: XlsxSource } {
  const source = packageOf(bytes, filePath);
  const snapshot = snapshotOfPackage(source.bytes, workbookNameOf(filePath), filePath);
  return { snapshot: source.origin === 'legacy' ? withLegacyBold(snapshot, readLegacyBold(bytes)) : snapshot, source };
}
