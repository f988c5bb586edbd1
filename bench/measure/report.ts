/**
 * report: `huibao report` end to end as a child process (start-up, read, engine, write .xlsx and .docx),
 * beside a child that only has exceljs read the input and write a workbook of the report's size.
 * Also the peak memory of the report child, and `huibao analyze` beside an exceljs read.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { lastWords, runNodeChild, type ChildRun } from '../child-process';
import type { GeneratedWorkbook } from '../make-workbooks';
import { NotReady, notReadyReason } from '../not-ready';
import { timing, type Timing } from '../statistics';

const CLI = 'bin/huibao.js';
const FLOOR = path.join(__dirname, '..', 'children', 'exceljs-floor.cjs');

export interface ReportFigure {
  readonly indicators: number;
  readonly reportMs: Timing;
  /** exceljs read of the input + write of a workbook the size of the report's output. */
  readonly floorMs: Timing;
  readonly ratio: number;
  readonly peakRssMb: Timing;
  readonly floorPeakRssMb: Timing;
  readonly outputBytes: number;
}

export interface AnalyzeFigure {
  readonly indicators: number;
  readonly analyzeMs: Timing;
  readonly exceljsReadMs: Timing;
  readonly ratio: number;
  readonly peakRssMb: Timing;
}

interface FloorTimes {
  readonly readMs: number;
  readonly writeMs: number;
  readonly untimedMs: number;
}

/** A child that failed because a stage is not built yet says so; any other failure is reported as such. */
export function succeeded(run: ChildRun, what: string): ChildRun {
  if (run.code === 0) return run;
  const stage = notReadyReason(new Error(run.stderr));
  if (stage) throw new NotReady(stage);
  throw new Error(`${what} 失败 failed：${lastWords(run)}`);
}

/** The floor child's own account, less the load that only served to give the output its size. */
function floorMs(run: ChildRun): number {
  const times = JSON.parse(run.stdout) as FloorTimes;
  return run.wallMs - times.untimedMs;
}

async function reportOutput(outDir: string): Promise<string> {
  const names = (await fs.readdir(outDir)).filter((name) => name.endsWith('.xlsx') && !name.startsWith('.'));
  if (names.length !== 1) throw new Error(`huibao report 未写出一个 .xlsx wrote no single .xlsx（${outDir}）`);
  return path.join(outDir, names[0]);
}

/** label names the output folder: the size by default, 'ledger' for the ledger case. */
export async function measureReport(workbook: GeneratedWorkbook, runs: number, outRoot: string, label = String(workbook.indicators)): Promise<ReportFigure> {
  const outDir = path.join(outRoot, 'report', label);
  const floorOut = path.join(outRoot, 'report', `floor-${label}.xlsx`);
  await fs.rm(outDir, { recursive: true, force: true });
  const reportRuns: ChildRun[] = [];
  const floorRuns: ChildRun[] = [];
  for (let run = 0; run < runs; run++) {
    reportRuns.push(succeeded(await runNodeChild([CLI, 'report', workbook.file, '--out', outDir]), 'huibao report'));
    const output = await reportOutput(outDir);
    floorRuns.push(succeeded(await runNodeChild([FLOOR, 'copy', workbook.file, output, floorOut]), 'exceljs floor'));
  }
  const output = await reportOutput(outDir);
  const reportMs = timing(reportRuns.map((run) => run.wallMs));
  const floor = timing(floorRuns.map(floorMs));
  return {
    indicators: workbook.indicators,
    reportMs,
    floorMs: floor,
    ratio: reportMs.median / floor.median,
    peakRssMb: timing(reportRuns.map((run) => run.peakRssMb ?? Number.NaN)),
    floorPeakRssMb: timing(floorRuns.map((run) => run.peakRssMb ?? Number.NaN)),
    outputBytes: (await fs.stat(output)).size,
  };
}

export async function measureAnalyze(workbook: GeneratedWorkbook, runs: number): Promise<AnalyzeFigure> {
  const analyzeRuns: ChildRun[] = [];
  const readRuns: ChildRun[] = [];
  for (let run = 0; run < runs; run++) {
    analyzeRuns.push(succeeded(await runNodeChild([CLI, 'analyze', workbook.file, '--json'], { discardStdout: true }), 'huibao analyze'));
    readRuns.push(succeeded(await runNodeChild([FLOOR, 'read', workbook.file]), 'exceljs floor'));
  }
  const analyzeMs = timing(analyzeRuns.map((run) => run.wallMs));
  const exceljsReadMs = timing(readRuns.map(floorMs));
  return {
    indicators: workbook.indicators,
    analyzeMs,
    exceljsReadMs,
    ratio: analyzeMs.median / exceljsReadMs.median,
    peakRssMb: timing(analyzeRuns.map((run) => run.peakRssMb ?? Number.NaN)),
  };
}
