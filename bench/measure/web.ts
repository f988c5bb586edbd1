/**
 * web: 网页版 in headless Chromium from file://, time from choosing the file to both downloads ready (the
 * page's own clock, from the file input's change event to the two Blob URLs), beside `huibao report` on the
 * same file (a child process, start-up included), and the page's peak memory: the renderer process's
 * VmHWM, which holds the page and its engine Worker (a dedicated Worker lives in its page's renderer).
 */
import { promises as fs, existsSync, readFileSync, readdirSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS, ensureProductionBuild } from '../../test/e2e/e2e-tools';
import { REPO, runNodeChild } from '../child-process';
import type { GeneratedWorkbook } from '../make-workbooks';
import { NotReady } from '../not-ready';
import { timing, type Timing } from '../statistics';
import { succeeded } from './report';

const PAGE = path.join(REPO, 'dist', 'web', 'index.html');
const READY_TIMEOUT_MS = 300_000;

export interface WebFigure {
  readonly indicators: number;
  /** Choosing the file → both downloads ready, in the page. */
  readonly pageMs: Timing;
  /** `huibao report` on the same file, whole child process. */
  readonly cliMs: Timing;
  readonly ratio: number;
  /** The page's renderer process (page + engine Worker), peak resident MB. */
  readonly pagePeakMb: Timing;
  readonly cliPeakRssMb: Timing;
  readonly thread: string;
}

/** The renderer processes under a browser process, by their command line. */
function rendererPids(browserPid: number): number[] {
  const childrenOf = new Map<number, number[]>();
  const commandOf = new Map<number, string>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      childrenOf.set(parent, [...(childrenOf.get(parent) ?? []), Number(name)]);
      commandOf.set(Number(name), readFileSync(`/proc/${name}/cmdline`, 'utf8'));
    } catch {
      // The process ended while we looked.
    }
  }
  const found: number[] = [];
  const visit = (pid: number) => {
    for (const child of childrenOf.get(pid) ?? []) {
      if ((commandOf.get(child) ?? '').includes('--type=renderer')) found.push(child);
      visit(child);
    }
  };
  visit(browserPid);
  return found;
}

function peakMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? Number.NaN);
  return kb / 1024;
}

/** One run in a fresh browser, so the renderer's high-water mark is this run's alone. */
async function pageOnce(file: string): Promise<{ ms: number; peakMb: number; thread: string }> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
  try {
    const context = await browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    await page.goto(pathToFileURL(PAGE).href);
    // A person takes longer than this to pick a file: the Worker has parsed its script by then.
    await page.waitForSelector('[data-testid=web-page][data-engine=ready]', { timeout: 60_000 });
    const renderers = new Set(rendererPids((browser as unknown as { process(): { pid: number } }).process?.()?.pid ?? 0));
    await page.setInputFiles('input[type=file]', file);
    await page.waitForSelector('[data-testid=downloads][data-ready-ms]:not([data-ready-ms=""])', { timeout: READY_TIMEOUT_MS });
    const ms = Number(await page.getAttribute('[data-testid=downloads]', 'data-ready-ms'));
    const thread = (await page.getAttribute('[data-testid=engine-thread]', 'data-thread')) ?? '';
    for (const pid of rendererPids((browser as unknown as { process(): { pid: number } }).process?.()?.pid ?? 0)) renderers.add(pid);
    const peaks = [...renderers].map((pid) => {
      try {
        return peakMb(pid);
      } catch {
        return 0;
      }
    });
    return { ms, peakMb: Math.max(0, ...peaks), thread };
  } finally {
    await browser.close();
  }
}

export async function measureWeb(workbook: GeneratedWorkbook, runs: number, outRoot: string): Promise<WebFigure> {
  if (!existsSync(CHROMIUM)) throw new NotReady(`${CHROMIUM} 未安装 not installed（apt-get install chromium）`);
  ensureProductionBuild();
  if (!existsSync(PAGE)) throw new NotReady('dist/web/index.html 尚未构建 not built（npm run build）');
  if (os.platform() !== 'linux') throw new NotReady('页面内存峰值读 /proc，仅 Linux the page peak reads /proc (Linux only)');
  const outDir = path.join(outRoot, 'web', String(workbook.indicators));
  await fs.rm(outDir, { recursive: true, force: true });
  const page: { ms: number; peakMb: number; thread: string }[] = [];
  const cli: { ms: number; peakMb: number }[] = [];
  for (let run = 0; run < runs; run++) {
    page.push(await pageOnce(workbook.file));
    const child = succeeded(await runNodeChild(['bin/huibao.js', 'report', workbook.file, '--out', outDir]), 'huibao report');
    cli.push({ ms: child.wallMs, peakMb: child.peakRssMb ?? Number.NaN });
  }
  const pageMs = timing(page.map((one) => one.ms));
  const cliMs = timing(cli.map((one) => one.ms));
  return {
    indicators: workbook.indicators,
    pageMs,
    cliMs,
    ratio: pageMs.median / cliMs.median,
    pagePeakMb: timing(page.map((one) => one.peakMb)),
    cliPeakRssMb: timing(cli.map((one) => one.peakMb)),
    thread: [...new Set(page.map((one) => one.thread))].join('/'),
  };
}
