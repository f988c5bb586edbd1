/**
 * read: the streaming .xlsx read alone (no engine, no write) as a child process, its wall time and peak
 * memory, beside an exceljs read of the same file. The report's figures include the writer; these do not.
 */
import * as path from 'node:path';
import { build } from 'esbuild';
import { REPO, runNodeChild, type ChildRun } from '../child-process';
import type { GeneratedWorkbook } from '../make-workbooks';
import { timing, type Timing } from '../statistics';
import { succeeded } from './report';

const FLOOR = path.join(__dirname, '..', 'children', 'exceljs-floor.cjs');

export interface ReadFigure {
  readonly label: string;
  readonly bytes: number;
  readonly rows: number;
  readonly cells: number;
  readonly readMs: Timing;
  readonly peakRssMb: Timing;
  readonly exceljsReadMs: Timing;
  readonly exceljsPeakRssMb: Timing;
}

/** Bundles the read child from the current source (as the CLI is bundled), once per bench run. */
export async function buildReadChild(outDir: string): Promise<string> {
  const outfile = path.join(outDir, 'read-snapshot.cjs');
  await build({
    entryPoints: [path.join(REPO, 'bench', 'children', 'read-snapshot.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    packages: 'external',
    logLevel: 'warning',
  });
  return outfile;
}

function floorReadMs(run: ChildRun): number {
  const times = JSON.parse(run.stdout) as { untimedMs: number };
  return run.wallMs - times.untimedMs;
}

export async function measureRead(child: string, workbook: GeneratedWorkbook, label: string, runs: number): Promise<ReadFigure> {
  const readRuns: ChildRun[] = [];
  const exceljsRuns: ChildRun[] = [];
  for (let run = 0; run < runs; run++) {
    readRuns.push(succeeded(await runNodeChild([child, workbook.file]), 'huibao read'));
    exceljsRuns.push(succeeded(await runNodeChild([FLOOR, 'read', workbook.file]), 'exceljs read'));
  }
  const counts = JSON.parse(readRuns[0].stdout) as { rows: number; cells: number };
  return {
    label,
    bytes: workbook.bytes,
    rows: counts.rows,
    cells: counts.cells,
    readMs: timing(readRuns.map((run) => run.wallMs)),
    peakRssMb: timing(readRuns.map((run) => run.peakRssMb ?? Number.NaN)),
    exceljsReadMs: timing(exceljsRuns.map(floorReadMs)),
    exceljsPeakRssMb: timing(exceljsRuns.map((run) => run.peakRssMb ?? Number.NaN)),
  };
}
