import * as XLSX from 'xlsx';

/** Why SheetJS could not read a legacy file: a password, or content it does not know. */
export class LegacyReadError extends Error {
  constructor(
    readonly encrypted: boolean,
    detail: string,
  ) {
    super(detail);
  }
}

/**
 * An .xls (BIFF 2–8, also the OLE files WPS saves as .et) or an HTML / XML 2003 table saved with an .xls
 * name, turned into an .xlsx package by SheetJS: values, cached results, formulas, number formats, merges and
 * sheet visibility survive; fonts, fills, borders and column widths do not (SheetJS's free reader does not
 * read them; bold, which recognition uses, is read from the records apart, see legacy-bold.ts).
 * The report is then built on this package exactly as on a department's own .xlsx.
 */
export function legacyToXlsxPackage(bytes: Uint8Array): Uint8Array {
  let workbook: XLSX.WorkBook;
  try {
    workbook = XLSX.read(bytes, { type: 'array', cellFormula: true, cellNF: true, cellDates: false, cellHTML: false });
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new LegacyReadError(/password|encrypt/i.test(detail), detail);
  }
  if (workbook.SheetNames.length === 0) throw new LegacyReadError(false, 'no sheets');
  try {
    return new Uint8Array(XLSX.write(workbook, { type: 'array', bookType: 'xlsx', compression: true }) as ArrayBuffer);
  } catch (error) {
    throw new LegacyReadError(false, error instanceof Error ? error.message : String(error));
  }
}
