import type { SheetSnapshot } from '../../model';
import { cellAt, columnCount, rowCount } from '../../model';
import { cellWords } from '../cell-text';
import { resolvePeriod, type PeriodFound } from '../period-source';

/** A note under a table starts so (注:1、…, 说明：…, 备注); the numbered lines after it (2、…) are notes too. */
const NOTE_START = /^(?:注|备注|说明|附注|资料来源|数据来源)/;
const NOTE_MORE = /^(?:\d{1,2}|[一二三四五六七八九十])\s*[、.．]/;

/** The 注 lines under a table that ends on `lastRow`, each as written. */
export function notesUnder(sheet: SheetSnapshot, lastRow: number): string[] {
  const notes: string[] = [];
  for (let row = lastRow + 1; row <= rowCount(sheet); row++) {
    const line = lineText(sheet, row);
    if (line === '') continue;
    if (NOTE_START.test(line) || (notes.length > 0 && NOTE_MORE.test(line))) notes.push(line);
    else if (notes.length > 0) break;
  }
  return notes;
}

function lineText(sheet: SheetSnapshot, row: number): string {
  const texts: string[] = [];
  for (let col = 1; col <= columnCount(sheet); col++) {
    const text = cellWords(cellAt(sheet, row, col));
    if (text !== '') texts.push(text);
  }
  return texts.join(' ');
}

export interface PeriodWords {
  readonly asOf?: string;
  /** The title lines and the header words. */
  readonly title: string;
  readonly notes: readonly string[];
  /** The indicators' names: a note's clause about one of them (利税总额增长速度为1-3月数据) states its months, not the table's. */
  readonly labels: readonly string[];
  readonly sheetName: string;
  readonly workbookName: string;
}

/**
 * The period the table's words state. A table published without a title may state it only in a note under it
 * (11月当月增速…, 1-11月累计增速…): the notes are read only when the title, the header, the sheet's and the
 * workbook's names state none.
 */
export function crossTablePeriod(words: PeriodWords): PeriodFound {
  const sources = { asOf: words.asOf, headers: [], sheetName: words.sheetName, workbookName: words.workbookName, fallbackYear: new Date().getFullYear(), fallbackIsClock: true };
  const found = resolvePeriod({ ...sources, title: words.title });
  if (!found.assumed || words.notes.length === 0) return found;
  const clauses = words.notes.flatMap((note) => note.split(/[;；。,，]/)).filter((clause) => !namesOneOf(clause, words.labels));
  if (clauses.length === 0) return found;
  const noted = resolvePeriod({ ...sources, title: [words.title, ...clauses].join(' ') });
  return noted.assumed ? found : noted;
}

/** Whether a clause names an indicator: it shares four characters in a row with one of their names. */
function namesOneOf(clause: string, labels: readonly string[]): boolean {
  const words = clause.replace(/\s+/g, '');
  return labels.some((label) => {
    const key = label.replace(/[^\u4e00-\u9fff]/g, '');
    for (let i = 0; i + 4 <= key.length; i++) if (words.includes(key.slice(i, i + 4))) return true;
    return false;
  });
}
