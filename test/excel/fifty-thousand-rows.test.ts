import { mkdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { ExcelHost } from '../../src/excel/excel-host';
import { generateReport } from '../../src/excel/generate-report';
import { ExcelEmulator } from '../emulator/excel-emulator';
import { PAYLOAD_LIMIT_BYTES } from '../emulator/request-context';
import { emulatorFromXlsx, SAMPLE_WORKBOOK } from '../emulator/from-xlsx';
import { cellOf } from '../emulator/workbook-state';
import { largeWorkbook } from './large-workbook';

/**
 * The whole 生成汇报 on a 50,000-indicator workbook in "Excel": neither the read nor the write fits in one
 * request, so both go in payload-sized pieces. The figures (round trips, bytes) land in test-output/ for the note.
 */
const OUT = path.join(__dirname, '..', '..', 'test-output', 'excel');

function figures(excel: ExcelEmulator) {
  const syncs = excel.stats.syncs;
  return {
    roundTrips: syncs.length,
    refused: syncs.filter((sync) => sync.failed !== null).map((sync) => sync.failed),
    requestBytes: syncs.reduce((sum, sync) => sum + sync.requestBytes, 0),
    responseBytes: syncs.reduce((sum, sync) => sum + sync.responseBytes, 0),
    largestRequest: Math.max(...syncs.map((sync) => sync.requestBytes)),
    largestAcceptedResponse: Math.max(...syncs.filter((sync) => sync.failed === null).map((sync) => sync.responseBytes)),
    largestActionsInOneSync: Math.max(...syncs.map((sync) => sync.actions)),
  };
}

describe('50,000 行的工作簿：读与写都按 5 MB 限额分块完成', () => {
  it('样例工作簿：4 次往返，字节数记入 test-output', async () => {
    const excel = await emulatorFromXlsx(SAMPLE_WORKBOOK);
    const result = await generateReport(new ExcelHost(excel.run, excel.capabilities()));
    expect(result.kind).toBe('written');
    const sample = figures(excel);
    expect(sample.roundTrips).toBeLessThanOrEqual(4);
    expect(sample.refused).toEqual([]);
    mkdirSync(OUT, { recursive: true });
    writeFileSync(path.join(OUT, 'sample-figures.json'), `${JSON.stringify(sample, null, 2)}\n`);
  });

  it('50,000 个指标：生成全部工作表，每次往返都在限额内，从不逐格、逐行往返', async () => {
    const rows = 50000;
    const excel = ExcelEmulator.fromSnapshot(largeWorkbook(rows));
    const result = await generateReport(new ExcelHost(excel.run, excel.capabilities()));
    if (result.kind !== 'written') throw new Error(`expected written, got ${result.kind}: ${String((result as { error?: unknown }).error)}`);
    expect(result.outcome.recognition.table?.indicators.length).toBe(rows);
    expect(result.chunkedRead).toBe(true);
    const big = figures(excel);
    // The one refusal is the optimistic single-sync read; everything after it fits.
    expect(big.refused).toEqual(['ResponsePayloadSizeLimitExceeded']);
    expect(big.largestRequest).toBeLessThanOrEqual(PAYLOAD_LIMIT_BYTES);
    expect(big.largestAcceptedResponse).toBeLessThanOrEqual(PAYLOAD_LIMIT_BYTES);
    expect(big.requestBytes).toBeGreaterThan(PAYLOAD_LIMIT_BYTES * 4);
    expect(big.roundTrips).toBeLessThan(rows / 500);
    const measures = excel.sheet('指标测算');
    let lastIndicator = -1;
    for (const [row, line] of measures.rows) for (const cell of line.values()) if (cell.value === `第${rows}项重点工作推进数`) lastIndicator = row;
    expect(lastIndicator).toBeGreaterThan(rows);
    expect(cellOf(excel.sheet('目标分解表'), rows + 4, 1)?.value).toBe(`第${rows}项重点工作推进数`);
    mkdirSync(OUT, { recursive: true });
    writeFileSync(path.join(OUT, 'fifty-thousand-figures.json'), `${JSON.stringify({ rows, ...big }, null, 2)}\n`);
  }, 600000);
});
