/**
 * The 汇报稿 as LibreOffice prints it: the sample's report workbook (and a corpus table whose draft has a
 * paragraph of 24 printed lines) written by the .xlsx host as the CLI writes it, printed to PDF and read
 * back word by word with pdftotext -bbox-layout. The words left of the 来源 column, in reading order, must
 * hold each paragraph of the draft whole and in order — nothing cut off at a row's edge or a page break,
 * nothing printed off the paper, no line running on under the 来源 column — so a paragraph written over
 * continuation cells prints as the one paragraph it is. CI installs Carlito (Calibri's metrics, Excel's default
 * font): without it LibreOffice measures columns in DejaVu Sans, a third wider than Excel does, and was kinder
 * than Excel — a merged paragraph's line cut at a page break went unseen until Carlito was installed.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { continuesParagraph } from '../../src/core/layout/draft-edits';
import { draftLines } from '../../src/core/layout/draft-lines';
import type { SheetPlan } from '../../src/core/model';
import { runPipeline } from '../../src/core/pipeline';
import { readXlsxSnapshot } from '../../src/node/xlsx-read';
import { filePackageHost } from '../../src/node/xlsx-package/node-package-host';
import { writeReportPackage } from '../../src/node/xlsx-package/package-write';
import { applyPlanToXlsx } from '../../src/node/xlsx-write';
import { SAMPLE_PATH } from '../../scripts/make-sample';
import { hasPoppler } from '../docx/writer-render';
import { convertWithSoffice, describeWithSoffice } from './soffice';

const FIXTURES = [SAMPLE_PATH, path.join(__dirname, '..', 'fixtures', 'corpus', '32-数据局-异常单元格.xlsx')];

interface Word {
  readonly page: number;
  readonly xMin: number;
  readonly yMin: number;
  readonly xMax: number;
  readonly yMax: number;
  readonly text: string;
}

/** Every word pdftotext finds, with its box and its page's size, in reading order. */
function words(xhtml: string): { words: Word[]; pages: { width: number; height: number }[] } {
  const found: Word[] = [];
  const pages: { width: number; height: number }[] = [];
  const unescape = (text: string) => text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
  for (const page of xhtml.split('<page ').slice(1)) {
    const size = /width="([\d.]+)" height="([\d.]+)"/.exec(page);
    pages.push({ width: Number(size?.[1]), height: Number(size?.[2]) });
    for (const match of page.matchAll(/<word xMin="([\d.-]+)" yMin="([\d.-]+)" xMax="([\d.-]+)" yMax="([\d.-]+)">([^<]*)<\/word>/g)) {
      found.push({ page: pages.length - 1, xMin: Number(match[1]), yMin: Number(match[2]), xMax: Number(match[3]), yMax: Number(match[4]), text: unescape(match[5]) });
    }
  }
  return { words: found, pages };
}

/** A workbook of one empty sheet, which prints nothing. */
async function emptyWorkbook(): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  book.addWorksheet('空白');
  return new Uint8Array(await book.xlsx.writeBuffer());
}

/**
 * Lines of the text column that print over one another: a row too short for its paragraph lets the last line
 * run down under the next row's text, where it is still in the PDF but cannot be read.
 */
function overlappingLines(column: readonly Word[]): string[] {
  const lines: { page: number; yMin: number; yMax: number; text: string }[] = [];
  for (const word of column) {
    const line = lines.find((l) => l.page === word.page && Math.abs(l.yMin - word.yMin) < 1.5);
    if (line) line.text += word.text;
    else lines.push({ page: word.page, yMin: word.yMin, yMax: word.yMax, text: word.text });
  }
  lines.sort((a, b) => a.page - b.page || a.yMin - b.yMin);
  const found: string[] = [];
  for (let i = 1; i < lines.length; i++) {
    const [above, below] = [lines[i - 1], lines[i]];
    if (above.page === below.page && below.yMin < above.yMax - 2) found.push(`“${above.text.slice(0, 20)}” / “${below.text.slice(0, 20)}”`);
  }
  return found;
}

/** Text with every space and line break taken out: pdftotext breaks lines where the page does. */
const squeezed = (text: string) => text.replace(/[\s\u3000]+/g, '');

/**
 * The paragraphs (their first 30 characters) that do not come out whole and in order when LibreOffice prints
 * `draft`, and, thrown as a failure, any word printed off the paper or running on under the 来源 column.
 */
async function missingWhenPrinted(soffice: string, draft: SheetPlan, texts: readonly string[], dir: string, name: string): Promise<string[]> {
  const out = path.join(dir, `${name}.xlsx`);
  await writeReportPackage(await emptyWorkbook(), { removeSheets: [], sheets: [draft], activate: draft.name }, filePackageHost(out));
  const [pdf] = convertWithSoffice(soffice, [out], dir, 'pdf');
  execFileSync('pdftotext', ['-bbox-layout', '-enc', 'UTF-8', pdf, path.join(dir, `${name}.html`)]);
  const { words: all, pages } = words(readFileSync(path.join(dir, `${name}.html`), 'utf8'));
  // The 来源 column starts where the first cell list ("目标分解表!B8…") does; the paragraphs are left of it.
  const sourcesLeft = Math.min(...all.filter((word) => word.text.includes('!')).map((word) => word.xMin));
  if (!Number.isFinite(sourcesLeft)) throw new Error('no 来源 column printed');
  const offPage = all.filter((w) => w.xMin < 0 || w.yMin < 0 || w.xMax > pages[w.page].width || w.yMax > pages[w.page].height);
  if (offPage.length > 0) throw new Error(`printed off the paper: ${offPage.map((w) => w.text).join(' | ')}`);
  const column = all.filter((word) => word.xMin < sourcesLeft - 0.5);
  const runOn = column.filter((word) => word.xMax > sourcesLeft + 0.5);
  if (runOn.length > 0) throw new Error(`runs on under the 来源 column: ${runOn.map((w) => w.text).join(' | ')}`);
  const overprinted = overlappingLines(column);
  if (overprinted.length > 0) throw new Error(`a row too short: its last line printed over the next paragraph: ${overprinted.join(' | ')}`);
  const printed = squeezed(column.map((word) => word.text).join(''));
  let from = 0;
  const missing: string[] = [];
  for (const paragraph of texts.map(squeezed).filter((text) => text !== '')) {
    const at = printed.indexOf(paragraph, from);
    if (at < 0) missing.push(paragraph.slice(0, 30));
    else from = at + paragraph.length;
  }
  return missing;
}

describeWithSoffice('LibreOffice 打印汇报稿：每段完整', (soffice) => {
  const poppler = hasPoppler();
  (poppler ? it : it.skip).each(FIXTURES.map((file) => [path.basename(file), file]))('%s：PDF 中的文字与稿子逐段一致', async (_name, file) => {
    const dir = mkdtempSync(path.join(tmpdir(), 'huibao-draft-pdf-'));
    try {
      const { plan, report } = runPipeline(await readXlsxSnapshot(file), { generatedAt: '2009-07-01T09:00:00.000Z' });
      if (report === null) throw new Error('no report');
      const draft = plan.sheets.find((sheet) => sheet.role === 'draft');
      if (!draft) throw new Error('no 汇报稿');
      // The whole report workbook is written as the CLI writes it (and checked against Excel's limits on the
      // way); the 汇报稿 is then written alone beside an empty sheet, since LibreOffice prints every sheet,
      // hidden ones too, and the paragraphs are to be read from its pages only.
      await applyPlanToXlsx(file, plan, path.join(dir, 'report.xlsx'));
      const paragraphs = draftLines(report).map((line) => line.text);
      expect(await missingWhenPrinted(soffice, draft, paragraphs, dir, 'draft')).toEqual([]);
      // Nothing is merged; the corpus table's 24-line paragraph does flow over continuation cells.
      expect(draft.merges).toEqual([]);
      if (file !== SAMPLE_PATH) expect(draft.rows.some(continuesParagraph)).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 300_000);

  (poppler ? it : it.skip)('对照：同一篇稿子若把长段落压进一行（不合并、行高截在 409 磅以下），这个比较会发现缺字', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'huibao-draft-pdf-'));
    try {
      const { plan, report } = runPipeline(await readXlsxSnapshot(SAMPLE_PATH), { generatedAt: '2009-07-01T09:00:00.000Z' });
      const draft = plan.sheets.find((sheet) => sheet.role === 'draft');
      if (!draft || report === null) throw new Error('no 汇报稿');
      // Each paragraph in one row of at most 100 pt, as a layout that clips would leave it.
      const clipped: SheetPlan = { ...draft, merges: [], rowHeights: draft.rowHeights.map((h) => ({ ...h, height: Math.min(h.height, 100) })) };
      // Caught either way: a line printed over the next paragraph, or characters missing from the page.
      const caught = await missingWhenPrinted(soffice, clipped, draftLines(report).map((line) => line.text), dir, 'clipped').then(
        (missing) => (missing.length > 0 ? `missing: ${missing.length}` : ''),
        (error: unknown) => (String(error).includes('a row too short') ? 'overprinted' : `other: ${String(error)}`),
      );
      expect(caught).toMatch(/^(missing|overprinted)/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 300_000);
});
