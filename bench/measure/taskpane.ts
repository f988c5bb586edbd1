/**
 * task pane: the gzipped size of the production bundle (`npm run build` → dist/), and the time from opening
 * the pane in headless Chromium to the 生成汇报 button being enabled, with a fresh browser profile each run.
 * The pane is served from dist/ over a local HTTP server, as the add-in's own host serves it.
 */
import { execFileSync } from 'node:child_process';
import { createReadStream, existsSync, promises as fs } from 'node:fs';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { gzipSync } from 'node:zlib';
import { readXlsxSnapshot } from '../../src/node/xlsx-read';
import { shippedSurfaceInline } from '../../test/emulator/shipped-surface-inline';
import { REPO } from '../child-process';
import { NotReady } from '../not-ready';
import { timing, type Timing } from '../statistics';

const DIST = path.join(REPO, 'dist');
const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
const READY_TIMEOUT_MS = 30_000;

export interface BundleFile {
  readonly file: string;
  readonly rawBytes: number;
  readonly gzipBytes: number;
}

export interface TaskpaneFigure {
  /** What taskpane.html loads from dist/ (scripts, styles, the page itself). */
  readonly files: readonly BundleFile[];
  /** Loaded on demand, not at opening. */
  readonly lazy: readonly BundleFile[];
  readonly gzipKb: number;
  readonly rawKb: number;
  readonly buildMs: number;
  readonly ready: { readonly ok: true; readonly figure: Timing } | { readonly ok: false; readonly reason: string };
}

function buildProduction(): number {
  const manifest = JSON.parse(require('node:fs').readFileSync(path.join(REPO, 'package.json'), 'utf8')) as { scripts?: Record<string, string> };
  if (!manifest.scripts?.build || !existsSync(path.join(REPO, 'webpack.config.js'))) {
    throw new NotReady('任务窗格构建 npm run build / webpack.config.js 尚未就绪 not built yet');
  }
  const started = performance.now();
  try {
    execFileSync('npm', ['run', 'build'], { cwd: REPO, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NODE_ENV: 'production' } });
  } catch (error) {
    const output = `${(error as { stdout?: Buffer }).stdout?.toString('utf8') ?? ''}${(error as { stderr?: Buffer }).stderr?.toString('utf8') ?? ''}`;
    const line = output.split('\n').find((text) => /error/i.test(text)) ?? output.split('\n')[0];
    throw new NotReady(`npm run build 失败 failed：${line.trim().slice(0, 160)}`);
  }
  return performance.now() - started;
}

/** Microsoft's office.js, served from dist/ but not ours to size: Excel loads it before the pane. */
const OFFICE_JS = /^office-js\//;

/** The local files taskpane.html loads at opening: its own bytes, and every script and stylesheet it names but office.js. */
async function paneFiles(): Promise<string[]> {
  const page = path.join(DIST, 'taskpane.html');
  if (!existsSync(page)) throw new NotReady('dist/taskpane.html 尚未就绪 not built yet');
  const html = await fs.readFile(page, 'utf8');
  const referenced = [...html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*\shref)="([^"]+)"/g)]
    .map((match) => match[1])
    .filter((url) => !/^(https?:)?\/\//.test(url) && !OFFICE_JS.test(url))
    .map((url) => path.join(DIST, decodeURI(url.split(/[?#]/)[0])))
    .filter((file) => existsSync(file) && /\.(js|css)$/.test(file));
  return [page, ...new Set(referenced)];
}

/** Scripts in dist/ the pane loads only when asked (the .docx writer …): listed, not counted in the opening. */
async function lazyChunks(opening: readonly string[]): Promise<BundleFile[]> {
  const names = (await fs.readdir(DIST)).filter((name) => name.endsWith('.js'));
  const lazy = names.map((name) => path.join(DIST, name)).filter((file) => !opening.includes(file));
  return Promise.all(lazy.map(sized));
}

async function sized(file: string): Promise<BundleFile> {
  const bytes = await fs.readFile(file);
  return { file: path.relative(REPO, file), rawBytes: bytes.length, gzipBytes: gzipSync(bytes).length };
}

/** The emulator standing in for office.js, bundled for the browser with the workbook compiled in. */
async function emulatedOfficeScript(workbook: string): Promise<string> {
  const { build } = await import('esbuild');
  const snapshot = await readXlsxSnapshot(workbook);
  const result = await build({
    entryPoints: [path.join(__dirname, '..', 'taskpane', 'emulated-office.ts')],
    bundle: true,
    write: false,
    platform: 'browser',
    format: 'iife',
    target: 'chrome120',
    define: { BENCH_SNAPSHOT: JSON.stringify(snapshot) },
    logLevel: 'silent',
    plugins: [shippedSurfaceInline],
  });
  return result.outputFiles[0].text;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** dist/ over HTTP on a free local port: the pane loads as it would from the add-in's server. */
async function serveDist(): Promise<{ url: string; close: () => Promise<void> }> {
  const server = http.createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const file = path.join(DIST, pathname);
    if (!file.startsWith(DIST) || !existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

/** One opening: a new browser with an empty profile, from navigation to the button being enabled. */
async function openOnce(url: string, officeScript: string): Promise<number> {
  const { chromium } = await import('playwright-core');
  const profile = await fs.mkdtemp(path.join(os.tmpdir(), 'huibao-bench-chromium-'));
  const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: CHROMIUM_FLAGS });
  try {
    await context.route(/\/office-js\/office\.js$/, (route) => route.fulfill({ body: officeScript, contentType: 'text/javascript; charset=utf-8' }));
    const page = context.pages()[0] ?? (await context.newPage());
    const started = performance.now();
    await page.goto(url, { waitUntil: 'commit' });
    await page.locator('button', { hasText: '生成汇报' }).first().and(page.locator('button:enabled')).waitFor({ state: 'visible', timeout: READY_TIMEOUT_MS });
    return performance.now() - started;
  } finally {
    await context.close();
    await fs.rm(profile, { recursive: true, force: true });
  }
}

async function measureReady(runs: number, workbook: string): Promise<Timing> {
  if (!existsSync(CHROMIUM)) throw new NotReady(`${CHROMIUM} 未安装 not installed（apt-get install chromium）`);
  const officeScript = await emulatedOfficeScript(workbook);
  const server = await serveDist();
  try {
    const times: number[] = [];
    for (let run = 0; run < runs; run++) times.push(await openOnce(`${server.url}/taskpane.html`, officeScript));
    return timing(times);
  } finally {
    await server.close();
  }
}

/** `workbook`: what the emulated Excel holds while the pane opens. */
export async function measureTaskpane(runs: number, workbook: string, log: (line: string) => void): Promise<TaskpaneFigure> {
  const buildMs = buildProduction();
  log(`  npm run build ${(buildMs / 1000).toFixed(1)} s`);
  const opening = await paneFiles();
  const files = await Promise.all(opening.map(sized));
  const lazy = await lazyChunks(opening);
  const ready = await measureReady(runs, workbook).then(
    (figure) => ({ ok: true as const, figure }),
    (error: unknown) => ({ ok: false as const, reason: error instanceof NotReady ? error.reason : `出错 error：${error instanceof Error ? error.message.split('\n')[0] : String(error)}` }),
  );
  return {
    files,
    lazy,
    gzipKb: files.reduce((sum, file) => sum + file.gzipBytes, 0) / 1024,
    rawKb: files.reduce((sum, file) => sum + file.rawBytes, 0) / 1024,
    buildMs,
    ready,
  };
}
