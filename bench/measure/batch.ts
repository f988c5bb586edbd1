/**
 * batch: `huibao report FOLDER` over 50 department workbooks, as workbooks per second, beside one exceljs
 * child that reads each input and writes a workbook the size of each report (the floor of the same work).
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { runNodeChild } from '../child-process';
import { succeeded } from './report';
import type { GeneratedWorkbook } from '../make-workbooks';
import { timing, type Timing } from '../statistics';

const FLOOR = path.join(__dirname, '..', 'children', 'exceljs-floor.cjs');

export interface BatchFigure {
  readonly workbooks: number;
  /** Reports written (a failed workbook is reported by the CLI and counted out here). */
  readonly reported: number;
  readonly batchMs: Timing;
  readonly workbooksPerSecond: number;
  readonly floorMs: Timing;
  readonly ratio: number;
  readonly peakRssMb: Timing;
  /** The CLI's own lines about workbooks it could not report, if any. */
  readonly failures: readonly string[];
}

export async function measureBatch(folder: string, workbooks: readonly GeneratedWorkbook[], runs: number, outRoot: string): Promise<BatchFigure> {
  const outDir = path.join(outRoot, 'batch-report');
  const floorDir = path.join(outRoot, 'batch-floor');
  await fs.mkdir(floorDir, { recursive: true });
  const batchRuns = [];
  const floorRuns: number[] = [];
  let reported = 0;
  let failures: string[] = [];
  for (let run = 0; run < runs; run++) {
    await fs.rm(outDir, { recursive: true, force: true });
    const batch = await runNodeChild(['bin/huibao.js', 'report', folder, '--out', outDir]);
    // Exit 1 means some workbooks failed and the rest were done: measured, and the failures listed.
    if (batch.code !== 1) succeeded(batch, 'huibao report 文件夹 folder');
    batchRuns.push(batch);
    const outputs = (await fs.readdir(outDir).catch(() => [] as string[])).filter((name) => name.endsWith('-汇报.xlsx'));
    reported = outputs.length;
    failures = batch.stderr.split('\n').filter((line) => line.includes('.xlsx：'));
    const list = outputs.map((name) => ({
      input: path.join(folder, name.replace(/-汇报\.xlsx$/, '.xlsx')),
      shape: path.join(outDir, name),
      output: path.join(floorDir, name),
    }));
    const listFile = path.join(floorDir, 'list.json');
    await fs.writeFile(listFile, JSON.stringify(list));
    const floor = await runNodeChild([FLOOR, 'batch', listFile]);
    succeeded(floor, 'exceljs floor');
    floorRuns.push(floor.wallMs - (JSON.parse(floor.stdout) as { untimedMs: number }).untimedMs);
  }
  const batchMs = timing(batchRuns.map((run) => run.wallMs));
  const floorMs = timing(floorRuns);
  return {
    workbooks: workbooks.length,
    reported,
    batchMs,
    workbooksPerSecond: reported / (batchMs.median / 1000),
    floorMs,
    ratio: batchMs.median / floorMs.median,
    peakRssMb: timing(batchRuns.map((run) => run.peakRssMb ?? Number.NaN)),
    failures,
  };
}
