import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import type { WorkbookSnapshot } from '../../src/core/model';
import { readXlsxSnapshot } from '../../src/node/xlsx-read';
import { EMULATOR_PROFILES, profileVersion } from '../emulator/excel-emulator';
import { SAMPLE_WORKBOOK } from '../emulator/from-xlsx';
import type { WrittenFeatures } from './browser-emulator';
import {
  CHROMIUM,
  CHROMIUM_ARGS,
  DIST,
  e2eAvailability,
  emulatorBundle,
  ensureProductionBuild,
  openEmulatedPane,
  OUTPUT,
  recordedPage,
  screenshotPath,
  type OpenedPane,
  type PaneOptions,
} from './e2e-tools';
import { serveDirectory, type StaticServer } from './static-server';

/**
 * The add-in in a real browser: Debian's Chromium opens the production build's task pane, served from
 * localhost, with the Excel emulator where office.js would be. Screenshots go to test-output/e2e/.
 */
const availability = e2eAvailability();
const suite = availability === 'run' ? describe : describe.skip;


interface Cell {
  readonly row: number;
  readonly col: number;
  readonly value: unknown;
  readonly formula: string | null;
}

let server: StaticServer;
let context: BrowserContext;
let profile: string;
let bundle: string;
let sample: WorkbookSnapshot;
const figures: Record<string, unknown> = {};

const NO_TABLE: WorkbookSnapshot = {
  name: '会议记录',
  sheets: [{ name: '记录', visible: true, position: 0, values: [['2009年6月办公会会议纪要'], ['时间：2009年6月30日'], ['参加人员：全体委领导']], formulas: [], numberFormats: [], merges: [] }],
};

/** The production pane at the site's root, Excel answering 250 ms late unless the test says otherwise. */
function openPane(snapshot: WorkbookSnapshot, options: PaneOptions = {}): Promise<OpenedPane> {
  return openEmulatedPane(context, `${server.origin}/taskpane.html`, bundle, snapshot, { latencyMs: 250, ...options });
}

async function cells(page: Page, sheet: string): Promise<Cell[]> {
  return page.evaluate((name) => (window as unknown as { __huibaoCells(n: string): Cell[] }).__huibaoCells(name), sheet);
}

async function sheetNames(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __huibaoExcel: { sheetNames(): string[] } }).__huibaoExcel.sheetNames());
}

async function generate(page: Page): Promise<void> {
  await page.getByTestId('generate').click();
  await page.getByTestId('result-message').waitFor({ timeout: 60000 });
}

/** Waits until the page reaches a state (a click's effect arrives one round trip later). */
async function eventually<T>(read: () => Promise<T>, reached: (value: T) => boolean): Promise<T> {
  let value = await read();
  for (let tries = 0; tries < 100 && !reached(value); tries++) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    value = await read();
  }
  return value;
}

function activeSheet(page: Page): Promise<string | undefined> {
  return page.evaluate(() => {
    const state = (window as unknown as { __huibaoExcel: { state: { activeSheetId: number; sheets: { id: number; name: string }[] } } }).__huibaoExcel.state;
    return state.sheets.find((sheet) => sheet.id === state.activeSheetId)?.name;
  });
}

function syncCount(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as { __huibaoExcel: { syncCount(): number } }).__huibaoExcel.syncCount());
}

function selection(page: Page): Promise<unknown> {
  return page.evaluate(() => (window as unknown as { __huibaoExcel: { state: { selection: unknown } } }).__huibaoExcel.state.selection);
}

function onlyLocal(requests: readonly string[]): string[] {
  return requests.filter((url) => !url.startsWith(`${server.origin}/`) && !url.startsWith('blob:') && !url.startsWith('data:'));
}

suite('端到端：真实浏览器中的任务窗格（模拟 Excel）', () => {
  beforeAll(async () => {
    ensureProductionBuild();
    bundle = await emulatorBundle();
    sample = await readXlsxSnapshot(SAMPLE_WORKBOOK);
    server = await serveDirectory(DIST);
    profile = mkdtempSync(path.join(tmpdir(), 'huibao-chromium-'));
    context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true, acceptDownloads: true });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
  }, 900000);

  afterAll(async () => {
    await context?.close();
    await server?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
    writeFileSync(path.join(OUTPUT, 'figures.json'), `${JSON.stringify(figures, null, 2)}\n`);
  });

  it('生产包：首屏脚本 gzip 后不超过 250 KB，不含 exceljs，不从 CDN 加载 office.js', () => {
    const html = readFileSync(path.join(DIST, 'taskpane.html'), 'utf8');
    const scripts = [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((match) => match[1]);
    expect(scripts[0]).toBe('office-js/office.js');
    const own = scripts.filter((src) => !src.startsWith('office-js/'));
    const gzipped = own.reduce((sum, src) => sum + gzipSync(readFileSync(path.join(DIST, src)), { level: 9 }).length, 0);
    const all = readdirSync(DIST).filter((name) => name.endsWith('.js'));
    const total = all.filter((name) => !name.startsWith('notice') && !name.startsWith('download')).reduce((sum, name) => sum + gzipSync(readFileSync(path.join(DIST, name)), { level: 9 }).length, 0);
    figures.bundleGzipBytes = gzipped;
    figures.bundleWithDocxChunkGzipBytes = total;
    expect(gzipped).toBeLessThanOrEqual(250 * 1024);
    for (const name of all) {
      const code = readFileSync(path.join(DIST, name), 'utf8');
      expect([name, /appsforoffice\.microsoft\.com|cdn\.jsdelivr|unpkg\.com/.test(code)]).toEqual([name, false]);
      // exceljs would bring its zip streams and "xl/worksheets" paths; the pane talks to Excel through Office.js.
      expect([name, code.includes('xl/worksheets/sheet') || code.includes('ExcelJS')]).toEqual([name, false]);
    }
  });

  it('在 Excel 之外打开 taskpane.html：显示中文说明，不崩溃，不请求本站以外的地址', async () => {
    const { page, requests, errors } = await recordedPage(context);
    await page.goto(`${server.origin}/taskpane.html`);
    await page.locator('#root[data-state="outside-office"]').waitFor({ timeout: 30000 });
    await expect(page.locator('#root').innerText()).resolves.toMatch(/请在 Excel 中打开“绩效汇报助手”/);
    await page.screenshot({ path: screenshotPath('00-outside-office'), fullPage: true });
    expect(errors).toEqual([]);
    expect(onlyLocal(requests)).toEqual([]);
    await page.close();
  });

  it('中文界面：生成汇报前、生成中、生成后；生成的工作表内容正确；没有请求离开本机', async () => {
    const started = Date.now();
    const { page, requests, errors } = await openPane(sample);
    const button = page.getByTestId('generate');
    await button.waitFor();
    await expect(button.isEnabled()).resolves.toBe(true);
    figures.timeToUsableButtonMs = await page.evaluate(() => Math.round(performance.now()));
    figures.timeToUsableButtonWallMs = Date.now() - started;
    await expect(button.innerText()).resolves.toBe('生成汇报');
    // Keyboard first: Tab reaches the primary button first.
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).resolves.toBe('generate');
    await page.screenshot({ path: screenshotPath('01-zh-before'), fullPage: true });

    await page.keyboard.press('Enter');
    await page.locator('[data-testid="progress"] li[data-status="running"]').first().waitFor();
    await expect(button.innerText()).resolves.toBe('正在生成…');
    await page.screenshot({ path: screenshotPath('02-zh-during'), fullPage: true });
    await page.getByTestId('result-message').waitFor({ timeout: 60000 });
    await page.screenshot({ path: screenshotPath('03-zh-after'), fullPage: true });

    await expect(page.getByTestId('result-message').innerText()).resolves.toMatch(/已生成 5 张工作表/);
    const steps = await page.locator('[data-testid="progress"] li').evaluateAll((items) => items.map((item) => [item.getAttribute('data-step'), item.getAttribute('data-status')]));
    expect(steps).toEqual([
      ['read', 'done'],
      ['recognize', 'done'],
      ['validate', 'done'],
      ['compute', 'done'],
      ['narrate', 'done'],
      ['write', 'done'],
    ]);
    const syncs = await page.evaluate(() => (window as unknown as { __huibaoExcel: { syncCount(): number } }).__huibaoExcel.syncCount());
    figures.sampleRoundTripsInBrowser = syncs;
    expect(syncs).toBeLessThanOrEqual(4);

    // The sheets in "Excel": the department's own first, then the generated ones, with real content.
    const names = await sheetNames(page);
    expect(names.slice(-5)).toEqual(['总览', '指标测算', '汇总', '汇报稿', '校验结果']);
    const draft = await cells(page, '汇报稿');
    expect(draft.some((cell) => typeof cell.value === 'string' && cell.value.includes('一、勤政目标完成情况'))).toBe(true);
    expect(draft.some((cell) => typeof cell.value === 'string' && cell.value.includes('39.9亿元'))).toBe(true);
    const measures = await cells(page, '指标测算');
    expect(measures.some((cell) => cell.value === '审阅意见')).toBe(true);
    expect(measures.some((cell) => cell.formula?.startsWith('=目标分解表!'))).toBe(true);
    const checks = await cells(page, '校验结果');
    expect(checks.some((cell) => cell.value === '目标分解表!F31')).toBe(true);

    // Results: counts by status, links to each generated sheet.
    await expect(page.getByTestId('sheet-links').locator('button').allInnerTexts()).resolves.toEqual(['总览', '指标测算', '汇总', '汇报稿', '校验结果']);
    await page.getByTestId('sheet-links').locator('button', { hasText: '汇总' }).click();
    expect(await eventually(() => activeSheet(page), (name) => name === '汇总')).toBe('汇总');

    expect(errors).toEqual([]);
    expect(onlyLocal(requests)).toEqual([]);
    await page.close();
  });

  /** What each Excel gets: everything its ExcelApi version and our office.js allow, and a list of the rest. */
  const EXPECTED_BY_PROFILE: Record<(typeof EMULATOR_PROFILES)[number], { written: Partial<WrittenFeatures>; skippedSays: RegExp[] }> = {
    '1.1': {
      written: { merges: 0, protected: false, conditionalFormats: 0, frozen: false, printSet: false, notes: 0, columnWidths: 0, hyperlinks: 0 },
      skippedSays: [/合并单元格/, /工作表保护/, /条件格式/, /冻结窗格/, /打印设置/, /列宽/, /单元格批注/],
    },
    '1.8': { written: { protected: true, frozen: true, printSet: false, notes: 0 }, skippedSays: [/打印设置/, /单元格批注/] },
    '1.14': { written: { protected: true, frozen: true, printSet: true, notes: 0 }, skippedSays: [/单元格批注/] },
    '1.17': { written: { protected: true, frozen: true, printSet: true, notes: 0 }, skippedSays: [/单元格批注/] },
    shipped: { written: { protected: true, frozen: true, printSet: true, notes: 0 }, skippedSays: [/单元格批注/] },
  };

  it.each(EMULATOR_PROFILES.map((profile) => [profileVersion(profile), profile] as const))('模拟 ExcelApi %s 的 Excel：样例照样生成，写入它所能写的，并说明略去了什么', async (_version, profile) => {
    const { page, errors } = await openPane(sample, { latencyMs: 0, excelApi: profileVersion(profile) });
    await generate(page);
    const message = await page.getByTestId('result-message').innerText();
    expect(message).toMatch(/已生成 5 张工作表/);
    const names = await sheetNames(page);
    expect(names.slice(-5)).toEqual(['总览', '指标测算', '汇总', '汇报稿', '校验结果']);
    const draft = await cells(page, '汇报稿');
    expect(draft.some((cell) => typeof cell.value === 'string' && cell.value.includes('39.9亿元'))).toBe(true);
    const measures = await cells(page, '指标测算');
    expect(measures.some((cell) => cell.formula?.startsWith('=目标分解表!'))).toBe(true);
    const written = await page.evaluate((sheet) => (window as unknown as { __huibaoWritten(name: string): WrittenFeatures }).__huibaoWritten(sheet), '指标测算');
    const expected = EXPECTED_BY_PROFILE[profile];
    expect(written).toMatchObject(expected.written);
    if (profile !== '1.1') expect(written.merges + written.conditionalFormats).toBeGreaterThan(0);
    for (const says of expected.skippedSays) expect([profile, message]).toEqual([profile, expect.stringMatching(says)]);
    figures[`profile-${profileVersion(profile)}`] = { written, syncs: await syncCount(page) };
    await page.screenshot({ path: screenshotPath(`10-profile-${profileVersion(profile)}`), fullPage: true });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('问题列表按严重程度分组；点击一条即在 Excel 中选中它的单元格', async () => {
    const { page } = await openPane(sample, { latencyMs: 0 });
    await generate(page);
    const groups = await page.locator('[data-testid="issues"] [data-severity]').evaluateAll((items) => items.map((item) => item.getAttribute('data-severity')));
    const order = ['error', 'warning', 'info'];
    expect(groups.length).toBeGreaterThan(0);
    expect([...groups].sort((a, b) => order.indexOf(a ?? '') - order.indexOf(b ?? ''))).toEqual(groups);
    const names: Record<string, string> = { error: '错误', warning: '警告', info: '提示' };
    await expect(page.locator(`[data-severity="${groups[0]}"] h3`).innerText()).resolves.toMatch(new RegExp(`^${names[groups[0] ?? '']}（\\d+）$`));
    // Click the first issue that has a cell, and Excel selects that cell.
    const target = page.locator('[data-testid="issues"] button[data-cell]').first();
    const address = (await target.getAttribute('data-cell')) ?? '';
    const [, sheet, letters, row] = /^(.+)!([A-Z]+)(\d+)$/.exec(address) ?? [];
    await target.click();
    const col = [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
    expect(await eventually(() => selection(page), (value) => value !== null)).toMatchObject({ rect: { top: Number(row) - 1, left: col - 1, bottom: Number(row) - 1, right: col - 1 } });
    expect(await activeSheet(page)).toBe(sheet);
    await page.locator('[data-testid="issues"]').screenshot({ path: screenshotPath('04-zh-issues') });
    await page.close();
  });

  it('Word 汇报稿：网页版下载为 .docx；也可复制为带格式文字', async () => {
    const { page, requests } = await openPane(sample, { latencyMs: 0 });
    await generate(page);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-docx').click()]);
    await page.getByTestId('draft-message').filter({ hasText: '已开始下载' }).waitFor();
    expect(download.suggestedFilename()).toBe('2009-灌南县发改委-目标任务分解表-汇报.docx');
    const saved = path.join(OUTPUT, download.suggestedFilename());
    await download.saveAs(saved);
    const bytes = readFileSync(saved);
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    expect(bytes.length).toBeGreaterThan(5000);
    await page.getByTestId('copy-draft').click();
    // The copy is asynchronous: wait for its message to replace the download's.
    await page.getByTestId('draft-message').filter({ hasText: '已复制' }).waitFor();
    await expect(page.getByTestId('draft-message').innerText()).resolves.toBe('已复制，可直接粘贴到 Word 中。');
    const copied = await page.evaluate(async () => {
      const items = await navigator.clipboard.read();
      return Promise.all(items.map(async (item) => (item.types.includes('text/html') ? (await item.getType('text/html')).text() : '')));
    });
    expect(copied.join('')).toContain('2009年上半年绩效指标完成情况汇报');
    expect(onlyLocal(requests)).toEqual([]);
    await page.close();
  });

  it('英文界面：同样的流程，文字是英文', async () => {
    const { page, requests } = await openPane(sample, { displayLanguage: 'en-US' });
    const button = page.getByTestId('generate');
    await button.waitFor();
    await expect(button.innerText()).resolves.toBe('Generate report');
    await page.screenshot({ path: screenshotPath('05-en-before'), fullPage: true });
    await button.click();
    await page.locator('[data-testid="progress"] li[data-status="running"]').first().waitFor();
    await expect(button.innerText()).resolves.toBe('Generating…');
    await page.screenshot({ path: screenshotPath('06-en-during'), fullPage: true });
    await page.getByTestId('result-message').waitFor({ timeout: 60000 });
    await page.screenshot({ path: screenshotPath('07-en-after'), fullPage: true });
    await expect(page.getByTestId('result-message').innerText()).resolves.toMatch(/5 sheets generated/);
    await expect(page.locator('#issues-title').innerText()).resolves.toBe('Validation issues');
    await expect(page.locator('[data-testid="progress"] li').first().innerText()).resolves.toMatch(/^Read/);
    expect(onlyLocal(requests)).toEqual([]);
    await page.close();
  });

  it('没有指标表的工作簿：说清楚找不到，工作簿一个字不改', async () => {
    const { page } = await openPane(NO_TABLE, { latencyMs: 0 });
    const before = await sheetNames(page);
    const beforeCells = await cells(page, '记录');
    await generate(page);
    await expect(page.getByTestId('result-message').innerText()).resolves.toMatch(/没有找到指标表，工作簿未作任何改动/);
    expect(await sheetNames(page)).toEqual(before);
    expect(await cells(page, '记录')).toEqual(beforeCells);
    await page.screenshot({ path: screenshotPath('08-zh-no-table'), fullPage: true });
    await page.close();
  });

  it('第二次生成保留领导写在“指标测算”里的审阅意见', async () => {
    const { page } = await openPane(sample, { latencyMs: 0 });
    await generate(page);
    const measures = await cells(page, '指标测算');
    const header = measures.find((cell) => cell.value === '审阅意见');
    const indicator = measures.find((cell) => cell.value === '制定年度计划');
    if (!header || !indicator) throw new Error('指标测算 has no 审阅意见 header or 制定年度计划 row');
    await page.evaluate(({ row, col }) => (window as unknown as { __huibaoSetCell(s: string, r: number, c: number, v: string): void }).__huibaoSetCell('指标测算', row, col, '请补充人大审议的日期'), {
      row: indicator.row,
      col: header.col,
    });
    const syncsBefore = await syncCount(page);
    await page.getByTestId('generate').click();
    // A whole second run is four more round trips; then the button is free again.
    await eventually(async () => (await syncCount(page)) - syncsBefore, (more) => more >= 4);
    await eventually(() => page.getByTestId('generate').isEnabled(), (enabled) => enabled);
    const again = await cells(page, '指标测算');
    const row = again.find((cell) => cell.value === '制定年度计划')?.row;
    expect(again.find((cell) => cell.row === row && cell.col === header.col)?.value).toBe('请补充人大审议的日期');
    expect((await sheetNames(page)).filter((name) => name === '指标测算')).toHaveLength(1);
    await page.close();
  });

  it('需人工确认的指标在窗格里选一个状态即确认：填一次确认人，一次往返写入确认状态、确认人、确认时间，重新生成后仍在，并按它计数', async () => {
    // The sample with one indicator's words made undecidable (a praise, not a result), as staff often write.
    const UNDECIDED = '呼应沿海开发，做好规划对接';
    const values = sample.sheets.map((sheet) => sheet.values.map((line) => [...line]));
    const sheetIndex = values.findIndex((grid) => grid.some((line) => line.includes(UNDECIDED)));
    const line = values[sheetIndex].find((row) => row.includes(UNDECIDED));
    const progress = line ? line.indexOf('推进中') : -1;
    if (!line || progress < 0) throw new Error(`the sample has no 推进中 beside ${UNDECIDED}`);
    line[progress] = '经验在人民网上发表交流，得到领导一致好评';
    const undecided: WorkbookSnapshot = { ...sample, sheets: sample.sheets.map((sheet, i) => ({ ...sheet, values: values[i] })) };

    const { page } = await openPane(undecided, { latencyMs: 0 });
    await generate(page);
    // The sample has other 需人工确认 items of its own (a 完成值 its 说明 counts short): this one is found by its name.
    const item = page.getByTestId('confirm').locator('li', { hasText: UNDECIDED });
    const choice = item.getByTestId('confirm-status');
    expect(await choice.count()).toBe(1);
    const unclearBefore = await page.locator('[data-status="unclear"]').textContent();
    // Excel gives the add-in nobody's name: the pane asks once (empty on a machine that never answered).
    const confirmer = page.getByTestId('confirmer');
    expect(await confirmer.inputValue()).toBe('');
    await confirmer.fill('张三');
    const syncsBefore = await syncCount(page);
    await choice.selectOption('completed');
    await item.getByTestId('confirmed').waitFor();
    const confirmedText = await item.getByTestId('confirmed').textContent();
    expect(confirmedText).toMatch(/^已由张三确认为“已完成”（\d{4}-\d{2}-\d{2} \d{2}:\d{2}）$/);
    expect((await syncCount(page)) - syncsBefore).toBe(1);
    const measures = await cells(page, '指标测算');
    const header = measures.find((cell) => cell.value === '确认状态');
    const row = measures.find((cell) => cell.value === UNDECIDED)?.row;
    const at = (grid: Cell[], r: number | undefined, col: number | undefined) => grid.find((cell) => cell.row === r && cell.col === col);
    expect(at(measures, row, header?.col)?.value).toBe('已完成');
    expect(at(measures, row, (header?.col ?? 0) + 1)).toMatchObject({ value: '张三', formula: null });
    const when = at(measures, row, (header?.col ?? 0) + 2)?.value;
    expect(when).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
    expect(confirmedText).toContain(String(when));

    const rerunFrom = await syncCount(page);
    await page.getByTestId('generate').click();
    await eventually(async () => (await syncCount(page)) - rerunFrom, (more) => more >= 4);
    await eventually(() => page.getByTestId('generate').isEnabled(), (enabled) => enabled);
    const again = await cells(page, '指标测算');
    const rowAgain = again.find((cell) => cell.value === UNDECIDED)?.row;
    expect(again.find((cell) => cell.row === rowAgain && cell.col === header?.col)?.value).toBe('已完成');
    expect(at(again, rowAgain, (header?.col ?? 0) + 1)?.value).toBe('张三');
    expect(at(again, rowAgain, (header?.col ?? 0) + 2)?.value).toBe(when);
    // Still listed (the engine still cannot tell), shown as confirmed by whom and when; counted as done, no longer as 需人工确认.
    expect(await item.getByTestId('confirmed').textContent()).toBe(confirmedText);
    const unclearAfter = (await page.locator('[data-status="unclear"]').count()) === 0 ? null : await page.locator('[data-status="unclear"]').textContent();
    const countIn = (text: string | null): number => Number(/(\d+)/.exec(text ?? '')?.[1] ?? 0);
    expect(countIn(unclearAfter)).toBe(countIn(unclearBefore) - 1);
    await page.screenshot({ path: screenshotPath('11-zh-confirmed-status'), fullPage: true });
    await page.close();

    // The name was asked once: the pane opened again on this machine has it filled in.
    const reopened = (await openPane(undecided, { latencyMs: 0 })).page;
    await generate(reopened);
    expect(await reopened.getByTestId('confirmer').inputValue()).toBe('张三');
    await reopened.close();
  });

  it('功能区的“生成汇报”在同一运行时里跑完整个流程，弹出通知，任务窗格同步显示结果', async () => {
    const { page } = await openPane(sample, { latencyMs: 0 });
    await page.getByTestId('generate').waitFor();
    const dialogUrl = await page.evaluate(
      () =>
        new Promise<string>((resolve) => {
          const office = (window as unknown as { Office: { recorded: { actions: Map<string, (event: { completed(): void }) => void>; dialogs: { url: string }[] } } }).Office;
          office.recorded.actions.get('generateReport')?.({ completed: () => resolve(office.recorded.dialogs[0]?.url ?? '') });
        }),
    );
    const notice = new URL(dialogUrl);
    expect(notice.origin).toBe(server.origin);
    expect(notice.searchParams.get('text')).toMatch(/^已生成汇报：总览、指标测算、汇总、汇报稿、校验结果。/);
    await expect(page.getByTestId('result-message').innerText()).resolves.toMatch(/已生成 5 张工作表/);

    // The notice dialog itself, as Office would open it.
    const dialog = await context.newPage();
    await dialog.setViewportSize({ width: 420, height: 260 });
    const requests: string[] = [];
    dialog.on('request', (request) => requests.push(request.url()));
    await dialog.route('**/office-js/office.js', (route) => route.fulfill({ status: 200, contentType: 'text/javascript; charset=utf-8', body: '' }));
    await dialog.goto(dialogUrl);
    await expect(dialog.locator('#notice p').first().innerText()).resolves.toBe(notice.searchParams.get('text'));
    await expect(dialog.locator('#notice button').allInnerTexts()).resolves.toEqual(['打开助手查看详情', '关闭']);
    await dialog.screenshot({ path: screenshotPath('09-zh-ribbon-notice') });
    expect(onlyLocal(requests)).toEqual([]);
    await dialog.close();
    await page.close();
  });

  it('窄窗格（320 px）不出现横向滚动条', async () => {
    const { page } = await openPane(sample, { latencyMs: 0 });
    await generate(page);
    const widths = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
    expect(widths.scroll).toBeLessThanOrEqual(widths.client);
    await page.close();
  });
});
