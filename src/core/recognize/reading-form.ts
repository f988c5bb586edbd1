import type { CellValue, SheetSnapshot } from '../model';
import { canSimplify, toSimplified } from '../text/simplifier';
import { toHalfWidth, unifyPunctuation } from './text-normalize';

/**
 * Text as recognition reads it, apart from text as the department wrote it. Sites store tables in
 * traditional characters (項目 · 進度 · 責任單位), people break header words over two lines (完成\n比例) or pad
 * them (2025年 计划投资), and input methods give variant brackets and quotes. Recognition reads one form; what
 * is quoted (names, progress words, units in charge) is always the original cell (see quoted-text.ts).
 */

const CJK = '\\u3400-\\u9fff\\uf900-\\ufaff';
/** Whitespace, line breaks included, between two ideographs: a word broken over lines or padded, never a separator. */
const INSIDE_WORD = new RegExp(`(?<=[${CJK}])\\s+(?=[${CJK}])`, 'g');

/**
 * The pinyin a mirror page glosses characters with (區(qū), 任務(wù), 鎮(zhèn)), which splits the words recognition reads
 * (鄉(xiāng)鎮(zhèn) is 乡镇). Only right after an ideograph and only with a tone (a marked vowel or a tone digit), so a gloss in
 * letters (GDP), (PM2.5), (a) is never taken for one.
 */
const TONE_VOWEL = 'āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ';
const PINYIN_GLOSS = new RegExp(`(?<=[${CJK}])[(（](?:[a-zü]*[${TONE_VOWEL}][a-zü]*|[a-zü]{1,6}[1-5])[)）]`, 'gu');

/** Text without the pinyin glosses a mirror page put after its characters. */
export function withoutPinyin(text: string): string {
  return text.replace(PINYIN_GLOSS, '');
}

/** Any traditional character (or variant) OpenCC would change. */
export function hasTraditional(text: string): boolean {
  return canSimplify() && /[\u3400-\u9fff\uf900-\ufaff]/.test(text) && toSimplified(text) !== text;
}

/** The one form recognition reads: simplified, half-width, punctuation unified, words not broken by whitespace. */
export function readingForm(text: string): string {
  const unglossed = withoutPinyin(text);
  const simplified = /[\u3400-\u9fff\uf900-\ufaff]/.test(unglossed) ? toSimplified(unglossed) : unglossed;
  return unifyPunctuation(toHalfWidth(simplified)).replace(INSIDE_WORD, '');
}

/** Rows whose text decides whether a sheet is written in traditional characters: its title, header and first rows. */
const SAMPLE_ROWS = 40;
/** A name or two in traditional characters (a 臺 in a place name) does not make the sheet traditional. */
const MIN_TRADITIONAL_CELLS = 2;

function sheetIsTraditional(sheet: SheetSnapshot): boolean {
  let found = 0;
  for (const line of sheet.values.slice(0, SAMPLE_ROWS)) {
    for (const value of line) {
      if (typeof value === 'string' && hasTraditional(value) && ++found >= MIN_TRADITIONAL_CELLS) return true;
    }
  }
  return false;
}

/** Headers, names and units are no longer than this. */
const SHORT_CELL = 30;

/** A sheet and the form recognition reads it in, with the original kept for quoting. */
export interface ReadingSheet {
  readonly sheet: SheetSnapshot;
  /** The sheet as written; the same object as `sheet` when nothing needed converting. */
  readonly original: SheetSnapshot;
}

/**
 * The sheet in reading form when it is written in traditional characters; otherwise the sheet itself, untouched
 * (full-width forms and dashes are already read where they matter, and a copy of a 50,000-row sheet costs).
 */
export function readingSheet(sheet: SheetSnapshot): ReadingSheet {
  if (!sheetIsTraditional(sheet)) return { sheet, original: sheet };
  // Short cells (headers, names, units) are read whole; long ones keep their line breaks, which part sentences.
  const convert = (value: CellValue): CellValue => (typeof value !== 'string' ? value : value.length <= SHORT_CELL ? readingForm(value) : toSimplified(withoutPinyin(value)));
  return {
    sheet: { ...sheet, name: sheet.name, values: sheet.values.map((line) => line.map(convert)) },
    original: sheet,
  };
}
