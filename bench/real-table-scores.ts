/**
 * The score of chosen real-corpus tables, one line each: content-bearing checks read right, whether the whole table
 * was read right, the layout class read, and the silent errors — the same checks `npm run bench:recognition`
 * counts, per table. Used to record a batch's first run (test/fixtures/real-corpus/README.md, 第一次运行的分数).
 *
 *   npx tsx bench/real-table-scores.ts '^(49|5\d|6[0-2])-'     the tables whose file name matches the pattern
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { recognize, type Recognition } from '../src/core/recognize';
import { readXlsxSnapshot, XlsxReadError } from '../src/node/xlsx-read';
import { compareRecognition, type CorpusEntry } from '../test/recognize/corpus-expectation';
import { percent, scoreCorpus } from './recognition-score';

const REAL_DIR = path.join(__dirname, '..', 'test', 'fixtures', 'real-corpus');

async function main(): Promise<void> {
  const pattern = new RegExp(process.argv[2] ?? '.');
  const names = (await fs.readdir(REAL_DIR)).filter((name) => name.endsWith('.expected.json') && pattern.test(name)).sort();
  const tables = [];
  for (const name of names) {
    const entry = JSON.parse(await fs.readFile(path.join(REAL_DIR, name), 'utf8')) as CorpusEntry;
    let recognition: Recognition | null = null;
    let failure: string | null = null;
    try {
      recognition = recognize(await readXlsxSnapshot(path.join(REAL_DIR, entry.file)));
    } catch (error) {
      failure = error instanceof XlsxReadError ? error.failure : `error: ${String(error)}`;
    }
    const checks = compareRecognition(entry, recognition, failure);
    const score = scoreCorpus([checks]);
    const layout = recognition?.table?.layoutClass ?? '—';
    const wanted = entry.expect.kind === 'table' ? (entry.expect.table.layoutClass ?? '') : '';
    console.log([
      entry.file.replace(/\.xlsx$/, ''),
      `${score.content.right}/${score.content.total}（${percent(score.content.right, score.content.total)}）`,
      score.wholly.right === 1 ? '整张读对' : '未整张读对',
      wanted === '' || wanted === layout ? layout : `${layout}（应为 ${wanted}）`,
      `无提示的错 ${score.silent}`,
    ].join('\t'));
    tables.push(checks);
  }
  const total = scoreCorpus(tables);
  console.log(`合计：含内容的检查读对 ${total.content.right}/${total.content.total} = ${percent(total.content.right, total.content.total)}；整张读对 ${total.wholly.right}/${total.wholly.total}；无提示的错 ${total.silent}/${total.checks}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
