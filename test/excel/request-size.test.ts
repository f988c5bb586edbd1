import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { sizeWorkbookSpec } from '../../bench/make-workbooks';
import { writeBenchWorkbook } from '../../bench/workbook/write-workbook';
import { runPipeline } from '../../src/core/pipeline';
import type { OutputPlan, WorkbookSnapshot } from '../../src/core/model';
import { readXlsxSnapshot } from '../../src/node/xlsx-read';
import { EXCEL_PAYLOAD_LIMIT, SYNC_BUDGET_BYTES } from '../../src/excel/payload-size';
import { applyPlan } from '../../src/excel/plan-apply';
import { detectCapabilities, type HostFeature, loadedLibraryOf } from '../../src/excel/requirement-sets';
import { sheetSteps } from '../../src/excel/sheet-write';
import { countedBatch } from '../../src/excel/sync-batch';
import { SAMPLE_WORKBOOK } from '../emulator/from-xlsx';
import { shippedSurface } from '../emulator/shipped-surface';
import { largeWorkbook } from './large-workbook';
import { officeJsRecorder, type OfficeJsRecorder } from './office-js-recorder';

/**
 * Request sizes as the shipped office.js builds them (office-js-recorder.ts), not as we guess them: every
 * write step's estimate must cover what the library really serialises, and whole plans — the sample and
 * 50,000 indicators — must go out in requests Excel on the web accepts (5 MB). Figures go to test-output/excel.
 */
const OUT = path.join(__dirname, '..', '..', 'test-output', 'excel');
const FIXED = { generatedAt: '2009-07-01T08:00:00.000Z' };

function capabilitiesOf(recorder: OfficeJsRecorder) {
  return detectCapabilities(recorder.isSetSupported, loadedLibraryOf(recorder.Excel));
}

async function applyThroughRecorder(recorder: OfficeJsRecorder, plan: OutputPlan, snapshot: WorkbookSnapshot) {
  return applyPlan(countedBatch(recorder.newContext(), { syncs: 0 }), plan, snapshot, capabilitiesOf(recorder));
}

/** The bench's department-style workbook of `indicators` rows, written and read back as the CLI would. */
async function benchSnapshot(indicators: number): Promise<WorkbookSnapshot> {
  const dir = mkdtempSync(path.join(tmpdir(), 'huibao-request-size-'));
  try {
    const file = path.join(dir, `bench-${indicators}.xlsx`);
    await writeBenchWorkbook(file, sizeWorkbookSpec(indicators));
    return await readXlsxSnapshot(file);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function writeFigures(name: string, figures: unknown): void {
  mkdirSync(OUT, { recursive: true });
  writeFileSync(path.join(OUT, name), `${JSON.stringify(figures, null, 2)}\n`);
}

describe('请求大小：用所带 office.js 自己的请求构造器实测，而不是估算', () => {
  it('所带 office.js 在 Node 里加载：它自己的类原型里没有 NoteCollection，加载库检查因此略去批注', () => {
    const recorder = officeJsRecorder(shippedSurface().newestExcelApi);
    const capabilities = capabilitiesOf(recorder);
    expect(capabilities.broken).toEqual([]);
    expect(capabilities.skipped).toEqual(['notes']);
    expect(capabilities.reasons.get('notes')).toBe('library-lacks');
    expect(typeof recorder.Excel.Worksheet).toBe('function');
  });

  it('样例与 2,000 行计划的每个写入步骤：估计的字节数不少于它给 office.js 请求增加的字节数，大块不超过 1.5 倍（编号已长到 7 位，与 50,000 行时一样）', async () => {
    const sample = runPipeline(await readXlsxSnapshot(SAMPLE_WORKBOOK), FIXED).plan;
    const large = runPipeline(largeWorkbook(2000), FIXED).plan;
    const recorder = officeJsRecorder(shippedSurface().newestExcelApi);
    const capabilities = capabilitiesOf(recorder);
    const context = recorder.newContext();
    // Object ids grow through a run; by the end of a 50,000-row write they have seven digits, and every
    // object path and action repeats them. Push them there first.
    const filler = context.workbook.worksheets.add('编号填充');
    for (let round = 0; round < 60; round++) {
      for (let i = 0; i < 5000; i++) filler.getRange('A1').format.font.bold = true;
      await context.sync();
    }
    const ratios: { sheet: string; estimate: number; real: number }[] = [];
    for (const sheet of [...sample.sheets, ...large.sheets]) {
      const target = context.workbook.worksheets.add(sheet.name);
      await context.sync();
      for (const step of sheetSteps(sheet, capabilities, new Set<HostFeature>())) {
        // What the step adds to a request: the same probe call sent alone, then with the step.
        target.tabColor = '#000000';
        await context.sync();
        const alone = recorder.requests[recorder.requests.length - 1].bytes;
        target.tabColor = '#000000';
        step.queue(target);
        await context.sync();
        ratios.push({ sheet: sheet.name, estimate: step.bytes, real: recorder.requests[recorder.requests.length - 1].bytes - alone });
      }
    }
    expect(recorder.requests.some((request) => request.refused)).toBe(false);
    const under = ratios.filter((entry) => entry.estimate < entry.real);
    // Over-counting a few hundred bytes is harmless; over-counting a big block wastes round trips.
    const wild = ratios.filter((entry) => entry.real > 10_000 && entry.estimate > entry.real * 1.5);
    expect(ratios.length).toBeGreaterThan(50);
    expect(under).toEqual([]);
    expect(wild).toEqual([]);
    const sorted = ratios.map((entry) => entry.estimate / entry.real).sort((a, b) => a - b);
    writeFigures('request-size-steps.json', {
      steps: ratios.length,
      minRatio: Number(sorted[0].toFixed(3)),
      medianRatio: Number(sorted[Math.floor(sorted.length / 2)].toFixed(3)),
      maxRatio: Number(sorted[sorted.length - 1].toFixed(3)),
    });
  });

  it('50,000 行计划（基准测试的科室版式：分节、合并表头、带单位的文字数字）经 office.js 记录执行器写出：没有一个请求超过 5 MB，也没有一个被拒', async () => {
    const rows = 50000;
    const snapshot = await benchSnapshot(rows);
    const { plan } = runPipeline(snapshot, FIXED);
    const recorder = officeJsRecorder(shippedSurface().newestExcelApi);
    const outcome = await applyThroughRecorder(recorder, plan, snapshot);
    const requests = recorder.requests;
    const largest = Math.max(...requests.map((request) => request.bytes));
    const total = requests.reduce((sum, request) => sum + request.bytes, 0);
    expect(requests.filter((request) => request.refused)).toEqual([]);
    expect(outcome.splits).toBe(0);
    expect(largest).toBeLessThanOrEqual(EXCEL_PAYLOAD_LIMIT);
    // Big enough that it cannot go in one request, and not cut into crumbs either.
    expect(total).toBeGreaterThan(EXCEL_PAYLOAD_LIMIT * 4);
    expect(requests.length).toBeLessThanOrEqual(Math.ceil(total / (EXCEL_PAYLOAD_LIMIT * 0.5)) + 2);
    expect(outcome.written).toEqual(plan.sheets.map((sheet) => sheet.name));
    writeFigures('request-size-50000.json', {
      rows,
      requests: requests.length,
      totalBytes: total,
      largestBytes: largest,
      budgetBytes: SYNC_BUDGET_BYTES,
      limitBytes: EXCEL_PAYLOAD_LIMIT,
      skipped: outcome.skipped,
    });
  }, 600000);

  it('Excel 以 RequestPayloadSizeLimitExceeded 拒绝一次写入：拆成两半重发，直到都被接受，一行不少', async () => {
    const rows = 5000;
    const snapshot = largeWorkbook(rows);
    const { plan } = runPipeline(snapshot, FIXED);
    // A host with a 1 MB limit refuses the 4.5 MB requests we plan; nothing in a refused request runs.
    const recorder = officeJsRecorder(shippedSurface().newestExcelApi, 1024 * 1024);
    const outcome = await applyThroughRecorder(recorder, plan, snapshot);
    const accepted = recorder.requests.filter((request) => !request.refused);
    expect(outcome.splits).toBeGreaterThan(0);
    expect(recorder.requests.filter((request) => request.refused).length).toBe(outcome.splits);
    expect(Math.max(...accepted.map((request) => request.bytes))).toBeLessThanOrEqual(1024 * 1024);
    const planned = plan.sheets.reduce((sum, sheet) => sum + sheet.rows.length, 0);
    expect(accepted.reduce((sum, request) => sum + request.formulaRows, 0)).toBe(planned);
  }, 600000);
});
