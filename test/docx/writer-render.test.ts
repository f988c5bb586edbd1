import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { runPipeline } from '../../src/core/pipeline';
import { reportDocxBuffer } from '../../src/node/docx-write';
import { readXlsxSnapshot } from '../../src/node/xlsx-read';
import { describeWithSoffice } from '../libreoffice/soffice';
import { docxToPdf, hasPoppler, pdfPagePng, pdfPages, pdfPageSize, pdfPageText } from './writer-render';

/**
 * LibreOffice opens the sample's .docx and prints it: A4, 28 characters a line, at most 22 lines a page,
 * page numbers "— n —". Page 1 is kept as a PNG under test-output/ to look at beside the seed report.
 */
const SAMPLE = path.join(__dirname, '..', '..', 'assets', 'samples', '2009-灌南县发改委-目标任务分解表.xlsx');
const PNG_DIR = path.join(__dirname, '..', '..', 'test-output', 'docx');

/** Characters a printed line holds: CJK one each, digits and Latin half. */
function lineWidth(line: string): number {
  let width = 0;
  // pdftotext spreads a justified line with spaces; they are not characters of the text.
  for (const ch of line.replace(/\s/g, '')) width += /[\u0000-\u00ff]/.test(ch) ? 0.5 : 1;
  return width;
}

describeWithSoffice('LibreOffice 把汇报稿 .docx 印成 PDF', (soffice) => {
  if (!hasPoppler()) {
    if (process.env.HUIBAO_REQUIRE_TOOLS === '1') it('needs poppler-utils', () => { throw new Error('pdftotext/pdftoppm missing: apt-get install -y poppler-utils'); });
    else {
      console.warn('\n⚠⚠⚠ SKIPPED: the PDF checks need poppler-utils (pdftotext, pdftoppm). Install: apt-get install -y poppler-utils\n');
      it.skip('needs poppler-utils', () => undefined);
    }
    return;
  }
  let dir: string;
  let pdf: string;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'huibao-docx-'));
    const outcome = runPipeline(await readXlsxSnapshot(SAMPLE), { generatedAt: '2009-07-01T08:00:00.000Z' });
    const docx = path.join(dir, '2009-灌南县发改委-汇报.docx');
    writeFileSync(docx, await reportDocxBuffer(outcome.report!));
    pdf = docxToPdf(soffice, docx, dir);
  });

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('A4 纸，数页', () => {
    const size = pdfPageSize(pdf);
    expect(Math.round(size.width)).toBe(595);
    expect(Math.round(size.height)).toBe(842);
    expect(pdfPages(pdf)).toBeGreaterThanOrEqual(4);
  });

  it('第1页：标题、署名、日期、开头段', () => {
    const page = pdfPageText(pdf, 1);
    expect(page.replace(/\s+/g, '')).toContain('2009年上半年绩效指标完成情况汇报');
    expect(page).toContain('灌南县发展和改革委员会');
    expect(page.replace(/\s+/g, '')).toContain('半年以来');
  });

  it('正文每行不超过28字，满行接近28字；每页正文不超过22行', () => {
    const page = pdfPageText(pdf, 2);
    const lines = page.split('\n').filter((line) => line.trim() !== '' && !/^—\s*\d+\s*—$/.test(line.trim()));
    const widths = lines.map(lineWidth);
    expect(Math.max(...widths)).toBeLessThanOrEqual(28.5);
    expect(widths.filter((w) => w >= 26).length).toBeGreaterThan(lines.length / 2);
    expect(lines.length).toBeLessThanOrEqual(22);
    expect(lines.length).toBeGreaterThanOrEqual(19);
  });

  it('页码“— n —”：单页在右，双页在左', () => {
    const number = (page: number) => pdfPageText(pdf, page).split('\n').find((line) => /—\s*\d+\s*—/.test(line)) ?? '';
    const odd = number(1);
    const even = number(2);
    expect(odd.replace(/\s/g, '')).toBe('—1—');
    expect(even.replace(/\s/g, '')).toBe('—2—');
    // Right-aligned on odd pages: far more space before the number than on even pages.
    expect(odd.search(/\S/)).toBeGreaterThan(even.search(/\S/) + 20);
  });

  it('第1页存为 PNG，供与种子汇报对照', () => {
    mkdirSync(PNG_DIR, { recursive: true });
    const png = pdfPagePng(pdf, 1, 80, path.join(PNG_DIR, 'sample-page-1'));
    expect(png.endsWith('.png')).toBe(true);
  });
});
