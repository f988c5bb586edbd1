/** What machine a figure was measured on, so results from two machines are never compared unawares. */
import { execFileSync } from 'node:child_process';
import * as os from 'node:os';

export interface MachineInfo {
  readonly cpu: string;
  readonly cores: number;
  readonly memoryGb: number;
  readonly platform: string;
  readonly node: string;
  readonly exceljs: string;
  /** The commit measured, and whether the work tree had changes on top of it. */
  readonly commit: string | null;
  readonly dirty: boolean;
  /** 1-minute load average when the run began: other work on the machine slows every figure, ratios less so. */
  readonly loadAverage: number;
}

function git(args: readonly string[]): string | null {
  try {
    return execFileSync('git', args, { cwd: __dirname, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return null;
  }
}

export function machineInfo(): MachineInfo {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model.trim() ?? 'unknown',
    cores: cpus.length,
    memoryGb: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
    platform: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    exceljs: (require('exceljs/package.json') as { version: string }).version,
    commit: git(['rev-parse', '--short', 'HEAD']),
    dirty: (git(['status', '--porcelain', '--untracked-files=no']) ?? '') !== '',
    loadAverage: Math.round(os.loadavg()[0] * 100) / 100,
  };
}
