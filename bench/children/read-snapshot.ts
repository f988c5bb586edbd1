// The read alone, without the engine: what `huibao` spends and holds to turn a workbook into its snapshot.
// Bundled to bench/out/read-snapshot.cjs by bench/measure/read.ts and run like `node bin/huibao.js`, so it
// pays the same start-up as the exceljs child it is compared with.
//   node read-snapshot.cjs INPUT   → prints {"readMs":…,"sheets":…,"rows":…,"cells":…}
import { readXlsxSnapshot } from '../../src/node/xlsx-read';

async function main(): Promise<void> {
  const started = performance.now();
  const snapshot = await readXlsxSnapshot(process.argv[2]);
  const readMs = performance.now() - started;
  let rows = 0;
  let cells = 0;
  for (const sheet of snapshot.sheets) {
    rows += sheet.values.length;
    for (const line of sheet.values) for (const value of line) if (value !== null) cells++;
  }
  process.stdout.write(JSON.stringify({ readMs, sheets: snapshot.sheets.length, rows, cells }));
}

main().catch((error: unknown) => {
  process.stderr.write(String(error instanceof Error ? error.stack : error));
  process.exitCode = 1;
});
