import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import type { LayoutClass } from '../../src/core/model';
import { SourcePackage } from '../../src/node/xlsx-package/source-package';
import { compressedBytes } from '../../src/node/zip/entry-data';
import { convertWithSoffice, findSoffice } from '../libreoffice/soffice';
import { CHROMIUM, CHROMIUM_ARGS, DIST, e2eAvailability, ensureProductionBuild, OUTPUT, ROOT } from './e2e-tools';
import { serveDirectory, type StaticServer } from './static-server';

/**
 * 网页版 in Chromium, opened from file:// as staff open it from a USB stick (and once from an intranet server
 * under a sub-path): a workbook chosen, one of the engine's questions answered, both files downloaded and
 * checked (the department's sheets as they were, 总览 with its chart, a .docx LibreOffice opens), and every
 * request the page makes recorded: none may go beyond the page's own file.
 */
const availability = e2eAvailability();
const suite = availability === 'run' ? describe : describe.skip;

const PAGE = path.join(DIST, 'web', 'index.html');
const REAL = path.join(ROOT, 'test', 'fixtures', 'real-corpus');

interface Workbook {
  readonly label: string;
  readonly file: string;
  /** The answer given to the layout question (表格版式): the class a person who knows the table would pick. */
  readonly layout: LayoutClass;
}

const WORKBOOKS: readonly Workbook[] = [
  { label: '示例：灌南县发改委目标任务分解表（分解表）', file: path.join(ROOT, 'assets', 'samples', '2009-灌南县发改委-目标任务分解表.xlsx'), layout: 'breakdown' },
  { label: '真实：贵池区棠溪镇项目支出绩效自评表（财政自评表）', file: path.join(REAL, '01-贵池区棠溪镇-委托业务项目支出绩效自评表.xlsx'), layout: 'finance-form' },
  { label: '真实：岳阳市重点民生实事落实情况（多级指标表）', file: path.join(REAL, '08-岳阳市-12件重点民生实事落实情况.xlsx'), layout: 'multi-level' },
  { label: '真实：招远市民生事项完成情况（语句式）', file: path.join(REAL, '20-招远市-2022年民生事项1-9月完成情况.xlsx'), layout: 'sentence' },
];

/** The page's requests: only the page itself and the blobs it makes (its engine Worker) are allowed. */
function foreignRequests(requests: readonly string[], own: (url: string) => boolean): string[] {
  return requests.filter((url) => !own(url) && !url.startsWith('blob:'));
}

function zipText(pkg: SourcePackage, part: string): string {
  return pkg.text(part) ?? '';
}

/** The sheets a workbook lists, in tab order, each with the part that holds it. */
function sheetsOf(pkg: SourcePackage): { name: string; part: string }[] {
  const workbook = zipText(pkg, 'xl/workbook.xml');
  const rels = pkg.relationships('xl/workbook.xml')?.list ?? [];
  return [...workbook.matchAll(/<sheet\b[^>]*?name="([^"]+)"[^>]*?r:id="([^"]+)"/g)].map((match) => ({
    name: match[1].replace(/&amp;/g, '&'),
    part: rels.find((rel) => rel.id === match[2])?.target ?? '',
  }));
}

/** 总览's chart: its sheet names a drawing, the drawing a chart, and the chart part is there with a series. */
function overviewChart(pkg: SourcePackage): string | null {
  const overview = sheetsOf(pkg).find((sheet) => sheet.name === '总览');
  if (!overview) return null;
  const drawing = pkg.relationships(overview.part)?.list.find((rel) => rel.type.endsWith('/drawing'));
  const chart = drawing ? pkg.relationships(drawing.target)?.list.find((rel) => rel.type.endsWith('/chart')) : undefined;
  const xml = chart ? zipText(pkg, chart.target) : '';
  return /<c:ser>/.test(xml) ? chart?.target ?? null : null;
}

async function chooseAndWait(page: Page, file: string): Promise<void> {
  await page.setInputFiles('input[type=file]', file);
  await page.waitForSelector('[data-testid=download-xlsx]', { timeout: 120_000 });
}

async function download(page: Page, testId: string, dir: string): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.click(`[data-testid=${testId}]`)]);
  const target = path.join(dir, file.suggestedFilename());
  await file.saveAs(target);
  return target;
}

suite('端到端：网页版从 file:// 打开，生成并下载汇报', () => {
  let browser: Browser;
  let context: BrowserContext;
  let dir: string;
  const soffice = findSoffice();
  const figures: Record<string, unknown> = {};

  beforeAll(async () => {
    ensureProductionBuild();
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
    context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1000, height: 1000 } });
    dir = mkdtempSync(path.join(tmpdir(), 'huibao-web-e2e-'));
    if (!soffice) {
      if (process.env.HUIBAO_REQUIRE_TOOLS === '1') throw new Error('HUIBAO_REQUIRE_TOOLS=1 but LibreOffice (soffice) is missing');
      console.warn('\n⚠⚠⚠ 网页版端到端：找不到 LibreOffice，.docx 不在 LibreOffice 中打开检查 / soffice missing: the .docx is not opened in LibreOffice.\n');
    }
  }, 900_000);

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
    mkdirSync(OUTPUT, { recursive: true });
    writeFileSync(path.join(OUTPUT, 'web-figures.json'), `${JSON.stringify(figures, null, 2)}\n`);
  });

  it('页面是一个文件，只有一个选择文件的输入框', async () => {
    const page = await context.newPage();
    await page.goto(pathToFileURL(PAGE).href);
    expect(await page.locator('input[type=file]').count()).toBe(1);
    expect(await page.getAttribute('input[type=file]', 'accept')).toBe('.xlsx,.xlsm,.xls,.et');
    expect(statSync(PAGE).size).toBeGreaterThan(100_000);
    await page.close();
  });

  it('脚本能在 Chromium 85 上运行：没有更新的语法，也不调用 85 之后才有的内置函数', () => {
    const html = readFileSync(PAGE, 'utf8');
    const start = html.indexOf('<script id="huibao-web">');
    expect(start).toBeGreaterThan(0);
    const script = html.slice(start + '<script id="huibao-web">'.length, html.indexOf('</script>', start));
    // acorn comes with webpack; ecmaVersion 2022 admits class fields (Chromium 72) and ??= (Chromium 85).
    const acorn = require('acorn') as { parse(source: string, options: { ecmaVersion: number }): unknown; Parser: unknown };
    const newer: string[] = [];
    const visit = (node: unknown): void => {
      if (typeof node !== 'object' || node === null) return;
      const record = node as Record<string, unknown> & { type?: string };
      if (record.type === 'StaticBlock') newer.push('static block (Chromium 94)');
      if (record.type === 'BinaryExpression' && (record.left as { type?: string }).type === 'PrivateIdentifier') newer.push('#x in (Chromium 91)');
      if (record.type === 'Literal' && (record.regex as { flags?: string } | undefined)?.flags?.includes('d')) newer.push('regex d flag (Chromium 90)');
      for (const value of Object.values(record)) if (Array.isArray(value)) value.forEach(visit); else if (typeof value === 'object') visit(value);
    };
    visit(acorn.parse(script, { ecmaVersion: 2022 }));
    for (const name of ['structuredClone', 'Object.hasOwn', '.findLast(', '.findLastIndex(', '.toSorted(', '.toReversed(', 'Array.fromAsync']) if (script.includes(name)) newer.push(name);
    // Array.prototype.at is Chromium 92; the only .at( in the script is the formula builder's own method.
    if (/(?<!this)\.at\(/.test(script)) newer.push('.at( (Chromium 92)');
    expect(newer).toEqual([]);
  });

  it.each(WORKBOOKS)('$label：回答版式问题，下载工作簿与 Word 稿，原表不变、总览带图表，Word 稿可在 LibreOffice 打开，无外部请求', async ({ file, layout }) => {
    const page = await context.newPage();
    const requests: string[] = [];
    const errors: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    page.on('pageerror', (error) => errors.push(error.message));
    const pageUrl = pathToFileURL(PAGE).href;
    await page.goto(pageUrl);
    const started = Date.now();
    await chooseAndWait(page, file);
    const firstMs = Date.now() - started;
    expect(await page.getAttribute('[data-testid=engine-thread]', 'data-thread')).toBe('worker');

    // The question: which kind of table this is. The answer re-runs the engine and is remembered for this workbook's name.
    await page.selectOption('[data-testid=layout-select]', layout);
    await page.waitForSelector('[data-testid=web-page][data-phase=done] [data-testid=download-xlsx]', { timeout: 120_000 });
    expect(await page.inputValue('[data-testid=layout-select]')).toBe(layout);
    const name = path.basename(file).replace(/\.xlsx$/, '');
    const stored = await page.evaluate((key) => localStorage.getItem(key), `huibao.settings:${name}`);
    expect(JSON.parse(stored ?? '{}')).toEqual({ layoutClass: layout });
    expect(await page.textContent('[data-testid=layout-class]')).toContain('版式');

    const caseDir = mkdtempSync(path.join(dir, 'case-'));
    const xlsx = await download(page, 'download-xlsx', caseDir);
    const docx = await download(page, 'download-docx', caseDir);
    const answers = JSON.parse(readFileSync(await download(page, 'download-settings', caseDir), 'utf8')) as unknown;
    expect(answers).toEqual({ layoutClass: layout });
    expect(path.basename(xlsx)).toBe(`${name}-汇报.xlsx`);
    expect(path.basename(docx)).toBe(`${name}-汇报.docx`);

    // The department's sheets: listed first in their order, each part the very bytes of their file.
    const input = new SourcePackage(new Uint8Array(readFileSync(file)));
    const output = new SourcePackage(new Uint8Array(readFileSync(xlsx)));
    const theirs = sheetsOf(input);
    const written = sheetsOf(output);
    expect(written.slice(0, theirs.length).map((sheet) => sheet.name)).toEqual(theirs.map((sheet) => sheet.name));
    for (const sheet of theirs) {
      const before = input.entry(sheet.part);
      const after = output.entry(sheet.part);
      expect(after?.crc).toBe(before?.crc);
      expect(Buffer.from(compressedBytes(output.file, after!)).equals(Buffer.from(compressedBytes(input.file, before!)))).toBe(true);
    }
    expect(written.map((sheet) => sheet.name)).toContain('总览');
    expect(overviewChart(output)).toMatch(/^xl\/charts\/chart\d+\.xml$/);

    if (soffice) {
      const [pdf] = convertWithSoffice(soffice, [docx], caseDir, 'pdf');
      expect(readFileSync(pdf).subarray(0, 5).toString('latin1')).toBe('%PDF-');
      expect(statSync(pdf).size).toBeGreaterThan(5_000);
    }

    // Reopened later, the same workbook gets the answer back without being asked again.
    await page.reload();
    await chooseAndWait(page, file);
    expect(await page.inputValue('[data-testid=layout-select]')).toBe(layout);

    expect(foreignRequests(requests, (url) => url === pageUrl)).toEqual([]);
    expect(errors).toEqual([]);
    figures[path.basename(file)] = { firstReportMs: firstMs, requests: requests.length, layoutAnswered: layout };
    await page.close();
  }, 600_000);

  it('把旧版 .xls 拖进页面：同一个旧版读取器在 Worker 中读它，照样生成两个下载', async () => {
    const page = await context.newPage();
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    const pageUrl = pathToFileURL(PAGE).href;
    await page.goto(pageUrl);
    const legacy = path.join(ROOT, 'test', 'fixtures', 'reader', 'sample-libreoffice.xls');
    const base64 = readFileSync(legacy).toString('base64');
    const transfer = await page.evaluateHandle((data) => {
      const bytes = Uint8Array.from(atob(data), (char) => char.charCodeAt(0));
      const dropped = new DataTransfer();
      dropped.items.add(new File([bytes], 'sample-libreoffice.xls', { type: 'application/vnd.ms-excel' }));
      return dropped;
    }, base64);
    await page.dispatchEvent('[data-testid=drop-zone]', 'dragover', { dataTransfer: transfer });
    await page.dispatchEvent('[data-testid=drop-zone]', 'drop', { dataTransfer: transfer });
    await page.waitForSelector('[data-testid=download-xlsx]', { timeout: 120_000 });
    expect(await page.getAttribute('[data-testid=engine-thread]', 'data-thread')).toBe('worker');
    const xlsx = await download(page, 'download-xlsx', dir);
    expect(path.basename(xlsx)).toBe('sample-libreoffice-汇报.xlsx');
    expect(sheetsOf(new SourcePackage(new Uint8Array(readFileSync(xlsx)))).map((sheet) => sheet.name)).toContain('总览');
    expect(foreignRequests(requests, (url) => url === pageUrl)).toEqual([]);
    await page.close();
  }, 600_000);

  it('从内网服务器的子路径打开：同样在后台线程中运行，请求只到本页所在的路径', async () => {
    let server: StaticServer | null = null;
    try {
      server = await serveDirectory(path.join(DIST, 'web'), '/intranet/huibao');
      const page = await context.newPage();
      const requests: string[] = [];
      page.on('request', (request) => requests.push(request.url()));
      const pageUrl = `${server.origin}/intranet/huibao/index.html`;
      await page.goto(pageUrl);
      await chooseAndWait(page, WORKBOOKS[0].file);
      expect(await page.getAttribute('[data-testid=engine-thread]', 'data-thread')).toBe('worker');
      const xlsx = await download(page, 'download-xlsx', dir);
      expect(sheetsOf(new SourcePackage(new Uint8Array(readFileSync(xlsx)))).map((sheet) => sheet.name)).toContain('总览');
      expect(foreignRequests(requests, (url) => url === pageUrl)).toEqual([]);
      expect(server.requested).toEqual(['/intranet/huibao/index.html']);
      await page.close();
    } finally {
      await server?.close();
    }
  }, 600_000);
});
