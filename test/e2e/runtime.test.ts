import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import type { WorkbookSnapshot } from '../../src/core/model';
import { readXlsxSnapshot } from '../../src/node/xlsx-read';
import { SAMPLE_WORKBOOK } from '../emulator/from-xlsx';
import { largeWorkbook } from '../excel/large-workbook';
import {
  CHROMIUM,
  CHROMIUM_ARGS,
  DIST,
  e2eAvailability,
  emulatorBundle,
  ensureProductionBuild,
  openEmulatedPane,
  OUTPUT,
  PANE_VIEWPORT,
  screenshotPath,
  type OpenedPane,
  type PaneOptions,
} from './e2e-tools';
import { serveDirectory, type StaticServer } from './static-server';

/**
 * The runtime and the Word file in a real browser, with the build deployed under a sub-path (…/addin/) as the
 * README's intranet example serves it: the engine's Web Worker, the ribbon's notice, the download per platform
 * (link on the web, the browser page on Windows desktop and Mac), and one dialog at a time.
 */
const availability = e2eAvailability();
const suite = availability === 'run' ? describe : describe.skip;

const PREFIX = '/addin';

let server: StaticServer;
let context: BrowserContext;
let profile: string;
let bundle: string;
let sample: WorkbookSnapshot;
const figures: Record<string, unknown> = {};

interface RecordedOffice {
  recorded: {
    actions: Map<string, (event: { completed(): void }) => void>;
    dialogs: { url: string; closed: boolean }[];
    browserWindows: string[];
  };
}

async function openPane(snapshot: WorkbookSnapshot, options: PaneOptions = {}, init?: () => void, pageName = 'taskpane.html'): Promise<OpenedPane> {
  const opened = await openEmulatedPane(context, `${server.origin}${PREFIX}/${pageName}`, bundle, snapshot, options, init);
  await opened.page.getByTestId('generate').waitFor();
  return opened;
}

async function generate(page: Page): Promise<void> {
  await page.getByTestId('generate').click();
  await page.getByTestId('result-message').waitFor({ timeout: 120000 });
}

function pressRibbon(page: Page): Promise<void> {
  return page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const office = (window as unknown as { Office: RecordedOffice }).Office;
        office.recorded.actions.get('generateReport')?.({ completed: resolve });
      }),
  );
}

function recorded(page: Page): Promise<{ dialogs: { url: string; closed: boolean }[]; browserWindows: string[] }> {
  return page.evaluate(() => {
    const { dialogs, browserWindows } = (window as unknown as { Office: RecordedOffice }).Office.recorded;
    return { dialogs: dialogs.map((dialog) => ({ url: dialog.url, closed: dialog.closed })), browserWindows: [...browserWindows] };
  });
}

function outside(requests: readonly string[]): string[] {
  return requests.filter((url) => !url.startsWith(`${server.origin}${PREFIX}/`) && !url.startsWith('blob:') && !url.startsWith('data:'));
}

suite('端到端：部署在子路径（…/addin/）下的运行时与 Word 文件', () => {
  beforeAll(async () => {
    ensureProductionBuild();
    bundle = await emulatorBundle();
    sample = await readXlsxSnapshot(SAMPLE_WORKBOOK);
    server = await serveDirectory(DIST, PREFIX);
    profile = mkdtempSync(path.join(tmpdir(), 'huibao-chromium-'));
    context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true, acceptDownloads: true });
  }, 900000);

  afterAll(async () => {
    await context?.close();
    await server?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
    writeFileSync(path.join(OUTPUT, 'runtime-figures.json'), `${JSON.stringify(figures, null, 2)}\n`);
  });

  it('子路径下：引擎在 Worker 中运行，生成 5 张表；功能区通知与下载都留在 /addin/ 之下', async () => {
    const { page, requests, errors } = await openPane(sample);
    await generate(page);
    await expect(page.getByTestId('result-message').innerText()).resolves.toMatch(/已生成 5 张工作表/);
    await expect(page.getByTestId('engine-thread').getAttribute('data-thread')).resolves.toBe('worker');
    expect(page.workers().map((worker) => new URL(worker.url()).pathname)).toEqual([expect.stringMatching(/^\/addin\/engine-worker\.[0-9a-f]{8}\.js$/)]);
    await expect(page.getByTestId('about').innerText()).resolves.toMatch(/本站自带 @microsoft\/office-js 1\.1\.110/);

    await pressRibbon(page);
    const notice = new URL((await recorded(page)).dialogs[0].url);
    expect(`${notice.origin}${notice.pathname}`).toBe(`${server.origin}${PREFIX}/notice.html`);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-docx').click()]);
    expect(download.suggestedFilename()).toBe('2009-灌南县发改委-目标任务分解表-汇报.docx');
    await page.screenshot({ path: screenshotPath('20-addin-subpath'), fullPage: true });
    expect(errors).toEqual([]);
    expect(outside(requests)).toEqual([]);
    await page.close();
  });

  it('通知对话框开着时按“下载 Word 文件”：照常下载并说明，不卡住；再按功能区则以新通知替换旧通知', async () => {
    // Excel on the web: the pane's own download link (Windows desktop opens the system browser instead).
    const { page } = await openPane(sample, { platform: 'OfficeOnline' });
    await generate(page);
    await pressRibbon(page);
    expect((await recorded(page)).dialogs.map((dialog) => dialog.closed)).toEqual([false]);
    const started = Date.now();
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 15000 }), page.getByTestId('download-docx').click()]);
    figures.downloadWithNoticeOpenMs = Date.now() - started;
    await expect(page.getByTestId('draft-message').innerText()).resolves.toBe('已开始下载“2009-灌南县发改委-目标任务分解表-汇报.docx”。');
    await expect(page.getByTestId('docx-link').getAttribute('download')).resolves.toBe('2009-灌南县发改委-目标任务分解表-汇报.docx');
    const saved = path.join(OUTPUT, 'notice-open-download.docx');
    await download.saveAs(saved);
    expect(readFileSync(saved).subarray(0, 2).toString('latin1')).toBe('PK');
    // The dialog still open is ours: a second ribbon press replaces it instead of failing with 12007.
    await pressRibbon(page);
    expect((await recorded(page)).dialogs.map((dialog) => dialog.closed)).toEqual([true, false]);
    expect(await page.getByTestId('runtime-notice').count()).toBe(0);
    await page.screenshot({ path: screenshotPath('21-notice-open-download'), fullPage: true });
    await page.close();
  });

  it('别的对话框占着窗口时按功能区：不静默失败，任务窗格说明原因', async () => {
    const { page } = await openPane(sample, { platform: 'PC' });
    await page.evaluate(() => {
      const office = (window as unknown as { Office: { context: { ui: { displayDialogAsync(url: string, options: object, callback: () => void): void } } } }).Office;
      office.context.ui.displayDialogAsync('https://example.invalid/other.html', {}, () => undefined);
    });
    await pressRibbon(page);
    await expect(page.getByTestId('runtime-notice').innerText()).resolves.toMatch(/^结果通知未能弹出：另一个对话框（其他加载项或本助手先前打开的窗口）仍开着，Excel 一次只能开一个对话框。/);
    await expect(page.getByTestId('result-message').innerText()).resolves.toMatch(/已生成 5 张工作表/);
    await page.close();
  });

  it('Mac：在浏览器中打开本站的 download.html，汇报稿在 # 之后，页面在浏览器里生成 .docx', async () => {
    const { page, requests } = await openPane(sample, { platform: 'Mac' });
    await generate(page);
    await page.getByTestId('download-docx').click();
    await page.getByTestId('draft-message').filter({ hasText: '已在浏览器中打开' }).waitFor();
    const { browserWindows } = await recorded(page);
    expect(browserWindows).toHaveLength(1);
    const link = new URL(browserWindows[0]);
    expect(`${link.origin}${link.pathname}`).toBe(`${server.origin}${PREFIX}/download.html`);
    expect(link.hash.startsWith('#r1.')).toBe(true);
    figures.macLinkLength = browserWindows[0].length;
    expect(outside(requests)).toEqual([]);
    await page.close();

    // The system browser: no office.js there, only our page and its scripts.
    const browser = await context.newPage();
    const pageRequests: string[] = [];
    browser.on('request', (request) => pageRequests.push(request.url()));
    const [download] = await Promise.all([browser.waitForEvent('download'), browser.goto(browserWindows[0])]);
    expect(download.suggestedFilename()).toBe('2009-灌南县发改委-目标任务分解表-汇报.docx');
    const saved = path.join(OUTPUT, 'mac-browser-window.docx');
    await download.saveAs(saved);
    const bytes = readFileSync(saved);
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    expect(bytes.length).toBeGreaterThan(5000);
    await browser.locator('#download[data-state="ready"]').waitFor();
    // The draft left the address bar once read, and was never sent to the server (fragments are not).
    expect(new URL(browser.url()).hash).toBe('');
    expect(pageRequests.filter((url) => url.includes('#') || url.includes('r1.'))).toEqual([]);
    expect(outside(pageRequests)).toEqual([]);
    await browser.screenshot({ path: screenshotPath('22-mac-download-page') });

    // A cut-off link says so instead of failing silently.
    await browser.goto(`${server.origin}${PREFIX}/download.html?lang=zh-CN#r1.abc`);
    await browser.locator('#download[data-state="bad-link"]').waitFor();
    await expect(browser.locator('#download').innerText()).resolves.toMatch(/这个链接不完整/);
    await browser.close();
  });

  it('Worker 让窗格保持响应：20,000 行时引擎运行的几秒里计时器照常走、各步进度逐一显示；关掉 Worker 则进度一步跳完（同一工作簿对照）', async () => {
    // Large enough that the engine runs well over half a second even on a quiet machine (8,000 rows took 0.44 s).
    const big = largeWorkbook(20000);
    const watch = async (withWorker: boolean) => {
      const { page } = await openPane(big, {}, withWorker ? undefined : () => {
        delete (window as unknown as { Worker?: unknown }).Worker;
      });
      // A 20 ms timer, and every change the progress list shows, with its time.
      await page.evaluate(() => {
        const scope = window as unknown as { __ticks: number[]; __seen: [number, string][] };
        scope.__ticks = [];
        scope.__seen = [];
        setInterval(() => scope.__ticks.push(performance.now()), 20);
        new MutationObserver((changes) => {
          for (const change of changes) {
            const item = change.target as HTMLElement;
            scope.__seen.push([performance.now(), `${item.getAttribute('data-step')}:${item.getAttribute('data-status')}`]);
          }
        }).observe(document.body, { subtree: true, attributes: true, attributeFilter: ['data-status'] });
      });
      await page.getByTestId('generate').click();
      await page.getByTestId('result-message').waitFor({ timeout: 300000 });
      const thread = await page.getByTestId('engine-thread').getAttribute('data-thread');
      const { ticks, seen } = await page.evaluate(() => {
        const scope = window as unknown as { __ticks: number[]; __seen: [number, string][] };
        return { ticks: scope.__ticks, seen: scope.__seen };
      });
      await page.close();
      const at = (state: string) => seen.find(([, what]) => what === state)?.[0] ?? NaN;
      // The engine's span as the pane saw it: recognize starting → narrate done (layout runs on in the worker).
      const [from, to] = [at('recognize:running'), at('narrate:done')];
      const during = ticks.filter((tick) => tick >= from && tick <= to);
      let pause = 0;
      for (let i = 1; i < during.length; i++) pause = Math.max(pause, during[i] - during[i - 1]);
      return { thread, engineSpanMs: Math.round(to - from), ticksDuringEngine: during.length, longestPauseMs: Math.round(pause), steps: seen.map(([, what]) => what) };
    };
    const worker = await watch(true);
    const inThread = await watch(false);
    figures.responsiveness20000Rows = { worker, inThread };
    expect(worker.thread).toBe('worker');
    expect(worker.engineSpanMs).toBeGreaterThan(500);
    expect(worker.longestPauseMs).toBeLessThan(Math.min(500, worker.engineSpanMs / 2));
    expect(worker.ticksDuringEngine).toBeGreaterThan(worker.engineSpanMs / 20 / 2);
    expect(worker.steps).toEqual(expect.arrayContaining(['validate:running', 'compute:running', 'narrate:running']));
    // The same run in the pane's own thread: the pane cannot paint until the engine is done, so the steps in
    // between are never shown.
    expect(inThread.thread).toBe('in-thread');
    expect(inThread.steps).not.toContain('validate:running');
  }, 600000);

  it('兼容版（manifest-basic.xml 的窗格页）：在 ExcelApi 1.8 的 Excel 里生成，说明略去了什么；不关联功能区动作', async () => {
    const { page, errors } = await openPane(sample, { platform: 'PC', excelApi: '1.8' }, undefined, 'taskpane-basic.html');
    await generate(page);
    await expect(page.getByTestId('result-message').innerText()).resolves.toMatch(/已生成 5 张工作表[\s\S]*以下内容因 Excel 版本较旧、或加载的 office.js 没有相应功能而略去：[\s\S]*合并单元格/);
    const actions = await page.evaluate(() => (window as unknown as { Office: RecordedOffice }).Office.recorded.actions.size);
    expect(actions).toBe(0);
    await expect(page.getByTestId('engine-thread').getAttribute('data-thread')).resolves.toBe('worker');
    await page.screenshot({ path: screenshotPath('23-basic-manifest-pane'), fullPage: true });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('旧网页控件（这里演 16.4 之前的 Safari：没有正则后行断言，也没有 matchAll）：按功能检测出来，窗格用中英文说明无法运行，指向命令行', async () => {
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
    try {
      // No user agent is faked: the check tests features, so the webview is played by taking features away.
      const legacy = await browser.newContext();
      await legacy.addInitScript(() => {
        const Native = RegExp;
        function Played(pattern: string | RegExp, flags?: string): RegExp {
          if (String(pattern).includes('(?<')) throw new SyntaxError('Invalid regular expression: invalid group specifier name');
          return new Native(pattern, flags);
        }
        Played.prototype = Native.prototype;
        (window as unknown as { RegExp: unknown }).RegExp = Played;
        delete (String.prototype as { matchAll?: unknown }).matchAll;
      });
      const page = await legacy.newPage();
      await page.setViewportSize(PANE_VIEWPORT);
      await page.route('**/office-js/office.js', (route) => route.fulfill({ status: 200, contentType: 'text/javascript; charset=utf-8', body: bundle }));
      await page.goto(`${server.origin}${PREFIX}/taskpane-basic.html`);
      await page.locator('#root[data-state="legacy-webview"]').waitFor();
      await expect(page.locator('#root').innerText()).resolves.toMatch(/网页控件太旧[\s\S]*huibao report[\s\S]*too old/);
      await expect(page.locator('#root').getAttribute('data-missing')).resolves.toBe('regular-expression lookbehind; String.prototype.matchAll');
      // The bundle (which such a webview cannot even parse) leaves the explanation alone.
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(await page.getByTestId('generate').count()).toBe(0);
      await page.screenshot({ path: screenshotPath('24-legacy-webview') });
    } finally {
      await browser.close();
    }
  });
});
