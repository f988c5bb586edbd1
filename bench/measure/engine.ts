/**
 * engine: recognise + validate + compute + narrate + layout on a snapshot already read, beside the time
 * exceljs needs to read the same file (the floor any .xlsx tool pays). Both are timed in this process,
 * interleaved run by run, so a busy moment of the machine hits both.
 */
import ExcelJS from 'exceljs';
import { runPipeline, type EngineStep } from '../../src/core/pipeline';
import { readXlsxSnapshot } from '../../src/node/xlsx-read';
import type { GeneratedWorkbook } from '../make-workbooks';
import { median, timing, type Timing } from '../statistics';

export interface EngineFigure {
  readonly indicators: number;
  readonly rows: number;
  readonly bytes: number;
  /** Indicators the engine recognised: equal to `indicators` when the bench input is read as meant. */
  readonly recognized: number;
  readonly issues: number;
  readonly generatedSheets: number;
  readonly engineMs: Timing;
  readonly exceljsReadMs: Timing;
  /** engine ÷ exceljs read, medians. */
  readonly ratio: number;
  /** Median ms per step. */
  readonly steps: Record<EngineStep, number>;
  /** The .xlsx host's whole read (exceljs load + snapshot), once. */
  readonly snapshotReadMs: number;
}

const STEPS: readonly EngineStep[] = ['recognize', 'validate', 'compute', 'narrate', 'layout'];

function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

export async function measureEngine(workbook: GeneratedWorkbook, runs: number): Promise<EngineFigure> {
  let started = performance.now();
  const snapshot = await readXlsxSnapshot(workbook.file);
  const snapshotReadMs = performance.now() - started;

  const stepRuns: Record<EngineStep, number[]> = { recognize: [], validate: [], compute: [], narrate: [], layout: [] };
  const engineRuns: number[] = [];
  const readRuns: number[] = [];
  const generatedAt = '2009-07-01T08:00:00.000Z';
  // One untimed pass warms the engine's code up where it is cheap; on big tables the median absorbs it.
  let outcome = runPipeline(snapshot, { generatedAt });
  for (let run = 0; run < runs; run++) {
    collectGarbage();
    started = performance.now();
    await new ExcelJS.Workbook().xlsx.readFile(workbook.file);
    readRuns.push(performance.now() - started);

    collectGarbage();
    const steps: Partial<Record<EngineStep, number>> = {};
    started = performance.now();
    outcome = runPipeline(snapshot, { generatedAt, onStep: (step, ms) => (steps[step] = ms) });
    engineRuns.push(performance.now() - started);
    for (const step of STEPS) stepRuns[step].push(steps[step] ?? 0);
  }
  const engineMs = timing(engineRuns);
  const exceljsReadMs = timing(readRuns);
  return {
    indicators: workbook.indicators,
    rows: workbook.rows,
    bytes: workbook.bytes,
    recognized: outcome.recognition.table?.indicators.length ?? 0,
    issues: outcome.issues.length,
    generatedSheets: outcome.plan.sheets.length,
    engineMs,
    exceljsReadMs,
    ratio: engineMs.median / exceljsReadMs.median,
    steps: Object.fromEntries(STEPS.map((step) => [step, median(stepRuns[step])])) as Record<EngineStep, number>,
    snapshotReadMs,
  };
}
