/**
 * Totals only (content-bearing checks right, tables wholly right, silent errors, questions per table) for a few
 * corpus folders, summed: no per-table line, no misses. For a helper who keeps folders as a held-out check of a
 * calibration while tuning on the others.
 *
 *   npx tsx bench/held-out-totals.ts real-frozen-8 real-frozen-9 real-frozen-10
 */
import * as path from 'node:path';
import type { Check } from '../test/recognize/corpus-expectation';
import { loadEntries, runTable } from './corpus-run';
import { scoreCorpus, scoreLines } from './recognition-score';

const FIXTURES = path.join(__dirname, '..', 'test', 'fixtures');
const NEVER = /^real-frozen-1[1-9]$/;

async function main(): Promise<void> {
  const dirs = process.argv.slice(2);
  if (dirs.length === 0 || dirs.some((dir) => NEVER.test(dir))) throw new Error('name the folders to total (never the fifth round’s frozen sets)');
  const tables: (readonly Check[])[] = [];
  const questions: number[] = [];
  for (const dir of dirs) {
    for (const entry of await loadEntries(path.join(FIXTURES, dir))) {
      const run = await runTable(path.join(FIXTURES, dir), entry);
      tables.push(run.checks);
      questions.push(run.recognition?.questions.length ?? 0);
    }
  }
  for (const line of scoreLines(`${dirs.join('+')}：`, scoreCorpus(tables))) console.log(line);
  const sorted = [...questions].sort((a, b) => a - b);
  console.log(`每表提问：中位数 ${sorted[Math.floor(sorted.length / 2)]}，最多 ${sorted[sorted.length - 1]}，合计 ${sorted.reduce((a, b) => a + b, 0)}（${sorted.length} 张表）`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
