import { builtInFormat, customFormatCode } from './number-formats';
import { readXmlPart } from './xml-part';
import type { ZipPackage } from '../zip/zip-package';

/** What the snapshot needs of a cell format (an <xf> of cellXfs): its number format and whether its font is bold. */
export interface CellStyle {
  readonly numberFormat: string;
  readonly bold: boolean;
}

export const PLAIN_STYLE: CellStyle = { numberFormat: 'General', bold: false };

function isOn(value: string | undefined): boolean {
  return value === undefined || !(value === '0' || value.toLowerCase() === 'false');
}

/** The cell formats by index; a workbook without styles.xml (some generators) has only the plain one. */
export function readCellStyles(zip: ZipPackage, part: string | null): CellStyle[] {
  if (part === null) return [PLAIN_STYLE];
  const customFormats = new Map<number, string>();
  const boldFonts: boolean[] = [];
  const formats: { numFmtId: number; fontId: number }[] = [];
  let section = '';
  let inFont = false;
  readXmlPart(zip, part, {
    open(name, attributes) {
      switch (name) {
        case 'numFmts':
        case 'fonts':
        case 'cellXfs':
        case 'cellStyleXfs':
        case 'dxfs':
          section = name;
          return;
        case 'numFmt':
          if (section === 'numFmts') customFormats.set(Number(attributes.numFmtId), customFormatCode(attributes.formatCode ?? 'General'));
          return;
        case 'font':
          if (section === 'fonts') {
            inFont = true;
            boldFonts.push(false);
          }
          return;
        case 'b':
          if (section === 'fonts' && inFont) boldFonts[boldFonts.length - 1] = isOn(attributes.val);
          return;
        case 'xf':
          if (section === 'cellXfs') formats.push({ numFmtId: Number(attributes.numFmtId ?? 0), fontId: Number(attributes.fontId ?? 0) });
          return;
        default:
          return;
      }
    },
    close(name) {
      if (name === 'font') inFont = false;
      else if (name === section) section = '';
    },
    text() {},
  });
  const styles = formats.map(({ numFmtId, fontId }) => ({
    numberFormat: customFormats.get(numFmtId) ?? builtInFormat(numFmtId) ?? 'General',
    bold: boldFonts[fontId] === true,
  }));
  return styles.length > 0 ? styles : [PLAIN_STYLE];
}
