/**
 * Office.js host: round trips (context.sync) and payload bytes for reading the workbook into a snapshot and
 * for applying the engine's plan, per bench size, against Excel on the web's 5 MB payload limit.
 * The read runs on the Excel emulator (test/emulator), which answers it. The apply runs through the shipped
 * office.js's own request builder with a recording executor (test/excel/office-js-recorder.ts), so its bytes
 * are the request bodies office.js really builds, not an estimate.
 */
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import type { OutputPlan, WorkbookSnapshot } from '../../src/core/model';
import { runPipeline } from '../../src/core/pipeline';
import { readXlsxSnapshot } from '../../src/node/xlsx-read';
import { REPO } from '../child-process';
import type { GeneratedWorkbook } from '../make-workbooks';
import { NotReady, notReadyReason } from '../not-ready';

export interface SyncTally {
  /** Round trips, a refused (too big) one included. */
  readonly syncs: number;
  /** Request + response bytes of the round trips Excel accepted. */
  readonly bytes: number;
  /** The biggest single round trip. */
  readonly largestBytes: number;
  readonly refused: number;
}

export interface OfficeHostSize {
  readonly indicators: number;
  readonly read: SyncTally;
  readonly readUnderLimit: boolean;
  /** Round trips the target allows for this payload. */
  readonly readAllowed: number;
  readonly apply: { readonly ok: true; readonly tally: SyncTally; readonly underLimit: boolean; readonly allowed: number } | { readonly ok: false; readonly reason: string };
}

export interface OfficeHostFigure {
  readonly limitBytes: number;
  /** Where the apply bytes come from. */
  readonly applySource: string;
  /** How the allowed round trips above the limit are counted. */
  readonly rule: string;
  readonly sizes: readonly OfficeHostSize[];
}

interface SyncRecord {
  readonly requestBytes: number;
  readonly responseBytes: number;
  readonly failed: string | null;
}

interface Emulator {
  readonly run: unknown;
  readonly stats: { readonly syncs: SyncRecord[] };
  isSetSupported(name: string, version?: string): boolean;
  resetStats(): void;
}

const RULE = 'under the limit: read 1, apply ≤ 3; above: ⌈payload ÷ limit⌉ + 2';

function tally(records: readonly SyncRecord[]): SyncTally {
  const accepted = records.filter((record) => record.failed === null).map((record) => record.requestBytes + record.responseBytes);
  return {
    syncs: records.length,
    bytes: accepted.reduce((sum, bytes) => sum + bytes, 0),
    largestBytes: Math.max(0, ...accepted),
    refused: records.length - accepted.length,
  };
}

function allowed(bytes: number, limit: number, underLimit: number): number {
  return bytes <= limit ? underLimit : Math.ceil(bytes / limit) + 2;
}

/** The emulator and the Office.js host are loaded only when they exist, so the bench runs before they land. */
async function loadHost() {
  const emulatorFile = path.join(REPO, 'test', 'emulator', 'excel-emulator.ts');
  const hostFile = path.join(REPO, 'src', 'excel', 'excel-host.ts');
  if (!existsSync(emulatorFile)) throw new NotReady('Excel 模拟器 test/emulator 尚未就绪 not built yet');
  if (!existsSync(hostFile)) throw new NotReady('Office.js 宿主 src/excel 尚未就绪 not built yet');
  const emulatorModule = await import('../../test/emulator/excel-emulator');
  const requestModule = await import('../../test/emulator/request-context');
  const hostModule = await import('../../src/excel/excel-host');
  const capabilityModule = await import('../../src/excel/requirement-sets');
  const applyModule = await import('../../src/excel/plan-apply');
  const batchModule = await import('../../src/excel/sync-batch');
  const recorderModule = await import('../../test/excel/office-js-recorder');
  const surfaceModule = await import('../../test/emulator/shipped-surface');
  /** Applies a plan through office.js's request builder; the recorder refuses what Excel on the web would. */
  const applyRecorded = async (plan: OutputPlan, snapshot: WorkbookSnapshot): Promise<SyncRecord[]> => {
    const recorder = recorderModule.officeJsRecorder(surfaceModule.shippedSurface().newestExcelApi);
    const capabilities = capabilityModule.detectCapabilities(recorder.isSetSupported, capabilityModule.loadedLibraryOf(recorder.Excel));
    await applyModule.applyPlan(batchModule.countedBatch(recorder.newContext(), { syncs: 0 }), plan, snapshot, capabilities);
    return recorder.requests.map((request) => ({ requestBytes: request.bytes, responseBytes: 0, failed: request.refused ? 'RequestPayloadSizeLimitExceeded' : null }));
  };
  return {
    applyRecorded,
    applySource: surfaceModule.shippedSurface().source,
    limit: requestModule.PAYLOAD_LIMIT_BYTES,
    emulate: (snapshot: WorkbookSnapshot) => emulatorModule.ExcelEmulator.fromSnapshot(snapshot) as unknown as Emulator & InstanceType<typeof emulatorModule.ExcelEmulator>,
    host: (emulator: InstanceType<typeof emulatorModule.ExcelEmulator>) =>
      new hostModule.ExcelHost(emulator.run, emulator.capabilities()),
  };
}

export async function measureOfficeHost(workbooks: readonly GeneratedWorkbook[], log: (line: string) => void): Promise<OfficeHostFigure> {
  const office = await loadHost();
  const sizes: OfficeHostSize[] = [];
  for (const workbook of workbooks) {
    log(`  Office.js ${workbook.indicators.toLocaleString('en-US')} …`);
    const emulator = office.emulate(await readXlsxSnapshot(workbook.file));
    const host = office.host(emulator);
    emulator.resetStats();
    const { snapshot } = await host.read();
    const read = tally(emulator.stats.syncs);
    const readUnderLimit = read.bytes <= office.limit;
    let apply: OfficeHostSize['apply'];
    try {
      const { plan } = runPipeline(snapshot, { generatedAt: '2009-07-01T08:00:00.000Z' });
      const applied = tally(await office.applyRecorded(plan, snapshot));
      apply = { ok: true, tally: applied, underLimit: applied.bytes <= office.limit, allowed: allowed(applied.bytes, office.limit, 3) };
    } catch (error) {
      const reason = notReadyReason(error);
      if (reason === null) throw error;
      apply = { ok: false, reason };
    }
    sizes.push({ indicators: workbook.indicators, read, readUnderLimit, readAllowed: allowed(read.bytes, office.limit, 1), apply });
  }
  return { limitBytes: office.limit, applySource: `${office.applySource}, excel-web-16.00 request builder`, rule: RULE, sizes };
}
