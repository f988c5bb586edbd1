import { execFile } from 'node:child_process';
import * as path from 'node:path';
import { promisify } from 'node:util';
import { buildCli, ROOT } from './run-huibao';

/**
 * `huibao check 文件.xlsx | head` is how people skim a long list of issues: when the reader closes the pipe the
 * command stops quietly instead of dying with an English EPIPE stack on the screen.
 */
const run = promisify(execFile);
const SAMPLE = path.join(ROOT, 'assets', 'samples', '2009-灌南县发改委-目标任务分解表.xlsx');
const BIN = path.join(ROOT, 'bin', 'huibao.js');

beforeAll(async () => {
  await buildCli();
}, 120_000);

describe('输出管道提前关闭', () => {
  it.each([['check'], ['analyze']])('huibao %s … | head -1：只有第一行，没有 EPIPE 堆栈', async (command) => {
    const { stdout, stderr } = await run('sh', ['-c', `"${process.execPath}" "${BIN}" ${command} "${SAMPLE}" | head -1`], { cwd: ROOT });
    expect(stdout.split('\n').filter((line) => line !== '')).toHaveLength(1);
    expect(stderr).not.toMatch(/EPIPE|Unhandled 'error' event|at .*:\d+:\d+/u);
  }, 120_000);
});
