/**
 * Runs a Node child the way a user runs `huibao`, timing it from spawn to exit (start-up included, as the
 * user waits for it) and reading its peak memory from the preload in children/peak-rss.cjs.
 */
import { spawn } from 'node:child_process';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

export const REPO = path.resolve(__dirname, '..');
const PEAK_RSS_PRELOAD = path.join(__dirname, 'children', 'peak-rss.cjs');

export interface ChildRun {
  readonly wallMs: number;
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
  /** Peak resident set size in MB, as the kernel counted it. */
  readonly peakRssMb: number | null;
}

let counter = 0;

/** `node -r peak-rss.cjs <args…>` in the repository folder; stdout is kept unless `discardStdout`. */
export async function runNodeChild(args: readonly string[], options: { discardStdout?: boolean } = {}): Promise<ChildRun> {
  const rssFile = path.join(os.tmpdir(), `huibao-bench-rss-${process.pid}-${counter++}.json`);
  const started = performance.now();
  const child = spawn(process.execPath, ['-r', PEAK_RSS_PRELOAD, ...args], {
    cwd: REPO,
    env: { ...process.env, HUIBAO_BENCH_RSS_FILE: rssFile, HUIBAO_LANG: 'zh-CN' },
    stdio: ['ignore', options.discardStdout ? 'ignore' : 'pipe', 'pipe'],
  });
  const stdout: Buffer[] = [];
  const stderr: Buffer[] = [];
  child.stdout?.on('data', (chunk: Buffer) => stdout.push(chunk));
  child.stderr?.on('data', (chunk: Buffer) => stderr.push(chunk));
  const code = await new Promise<number | null>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', resolve);
  });
  const wallMs = performance.now() - started;
  const peak = await fs
    .readFile(rssFile, 'utf8')
    .then((text) => (JSON.parse(text) as { maxRssKb: number }).maxRssKb / 1024)
    .catch(() => null);
  await fs.rm(rssFile, { force: true });
  return { wallMs, code, stdout: Buffer.concat(stdout).toString('utf8'), stderr: Buffer.concat(stderr).toString('utf8'), peakRssMb: peak };
}

/** The last lines of a child's stderr, for a 未测 reason that says what went wrong. */
export function lastWords(run: ChildRun): string {
  const lines = run.stderr.trim().split('\n').filter((line) => line.trim() !== '');
  return lines.slice(-2).join(' ').slice(0, 200) || `退出码 exit code ${run.code}`;
}
