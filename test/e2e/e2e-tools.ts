import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { build } from 'esbuild';
import type { BrowserContext, Page } from 'playwright-core';
import type { WorkbookSnapshot } from '../../src/core/model';
import { shippedSurfaceInline } from '../emulator/shipped-surface-inline';

/**
 * What the browser tests need before they start: Chromium (Debian's), a fresh production build,
 * and the emulator bundled for the page.
 */
export const ROOT = path.join(__dirname, '..', '..');
export const DIST = path.join(ROOT, 'dist');
export const OUTPUT = path.join(ROOT, 'test-output', 'e2e');
/** A task pane's size in desktop Excel. */
export const PANE_VIEWPORT = { width: 320, height: 900 };
export const CHROMIUM = process.env.HUIBAO_CHROMIUM ?? '/usr/bin/chromium';
/** Headless, sandbox off for root in CI, and nothing in the background that could reach the network. */
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

export function chromiumPresent(): boolean {
  return existsSync(CHROMIUM);
}

/** Chromium is compulsory in CI (HUIBAO_REQUIRE_TOOLS=1); elsewhere its absence is said loudly, not hidden. */
export function e2eAvailability(): 'run' | 'skip' {
  if (chromiumPresent()) return 'run';
  if (process.env.HUIBAO_REQUIRE_TOOLS === '1') {
    throw new Error(`HUIBAO_REQUIRE_TOOLS=1 but Chromium is missing at ${CHROMIUM}: apt-get install -y chromium`);
  }
  const banner = '!'.repeat(78);
  console.warn(
    `\n${banner}\n!!  浏览器端到端测试已跳过：找不到 Chromium（${CHROMIUM}）。\n!!  E2E TESTS SKIPPED: Chromium not found at ${CHROMIUM}.\n!!  Install it with: apt-get install -y chromium   (CI sets HUIBAO_REQUIRE_TOOLS=1 and fails instead)\n${banner}\n`,
  );
  return 'skip';
}

function newestIn(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestIn(full) : statSync(full).mtimeMs);
  }
  return newest;
}

/** Builds dist/ with webpack unless it is newer than every source it is made from. */
export function ensureProductionBuild(): void {
  const marker = path.join(DIST, 'taskpane.html');
  const sources = Math.max(
    newestIn(path.join(ROOT, 'src')),
    newestIn(path.join(ROOT, 'assets', 'icons')),
    statSync(path.join(ROOT, 'manifest.xml')).mtimeMs,
    statSync(path.join(ROOT, 'webpack.config.js')).mtimeMs,
  );
  if (existsSync(marker) && statSync(marker).mtimeMs >= sources) return;
  execFileSync(process.execPath, [path.join(ROOT, 'node_modules', 'webpack', 'bin', 'webpack.js'), '--mode', 'production'], {
    cwd: ROOT,
    stdio: 'pipe',
    env: { ...process.env, HUIBAO_ADDIN_URL: 'https://localhost:3000' },
  });
}

/** The emulator as one script for the page, standing in for office.js. */
export async function emulatorBundle(): Promise<string> {
  const result = await build({
    entryPoints: [path.join(__dirname, 'browser-emulator.ts')],
    bundle: true,
    write: false,
    platform: 'browser',
    format: 'iife',
    target: 'es2020',
    keepNames: true,
    logLevel: 'silent',
    plugins: [shippedSurfaceInline],
  });
  return result.outputFiles[0].text;
}

export function screenshotPath(name: string): string {
  mkdirSync(OUTPUT, { recursive: true });
  return path.join(OUTPUT, `${name}.png`);
}

export interface OpenedPane {
  readonly page: Page;
  /** Every URL the page asked for (the no-network checks read it). */
  readonly requests: string[];
  readonly errors: string[];
}

export interface PaneOptions {
  readonly displayLanguage?: string;
  readonly latencyMs?: number;
  readonly platform?: string;
  readonly excelApi?: string;
}

/** A page at the pane's size whose requests and page errors are recorded, for the checks that nothing leaves the machine and nothing throws. */
export async function recordedPage(context: BrowserContext): Promise<{ page: Page; requests: string[]; errors: string[] }> {
  const page = await context.newPage();
  await page.setViewportSize(PANE_VIEWPORT);
  const requests: string[] = [];
  const errors: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('pageerror', (error) => errors.push(error.message));
  return { page, requests, errors };
}

/**
 * Opens a pane page of the production build with the Excel emulator in office.js's place, the workbook
 * given, and the browser's requests and page errors recorded. `init` runs before the page's own scripts.
 */
export async function openEmulatedPane(
  context: BrowserContext,
  pageUrl: string,
  bundle: string,
  snapshot: WorkbookSnapshot,
  options: PaneOptions,
  init?: () => void,
): Promise<OpenedPane> {
  const { page, requests, errors } = await recordedPage(context);
  const config = { snapshot, fileName: `${snapshot.name}.xlsx`, options: { displayLanguage: 'zh-CN', latencyMs: 0, platform: 'OfficeOnline', ...options } };
  await page.addInitScript((value) => {
    (window as unknown as { __huibaoE2E: unknown }).__huibaoE2E = value;
  }, config);
  if (init) await page.addInitScript(init);
  await page.route('**/office-js/office.js', (route) => route.fulfill({ status: 200, contentType: 'text/javascript; charset=utf-8', body: bundle }));
  await page.goto(pageUrl);
  return { page, requests, errors };
}
