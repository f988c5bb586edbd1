/**
 * The score of chosen real-corpus tables, one line each: content-bearing checks read right, whether the whole table
 * was read right, the layout class read, and the silent errors — the same checks `npm run bench:recognition`
 * counts, per table. Used to record a batch's first run (test/fixtures/real-corpus/README.md, 第一次运行的分数).
 *
 *   npx tsx bench/real-table-scores.ts '^(49|5\d|6[0-2])-'     the tables whose file name matches the pattern
 */
import * as path from 'node:path';
import { loadEntries, runTable } from './corpus-run';
import { percent, scoreCorpus } from './recognition-score';

const REAL_DIR = path.join(__dirname, '..', 'test', 'fixtures', 'real-corpus');

async function main(): Promise<void> {
  const pattern = new RegExp(process.argv[2] ?? '.');
  const tables = [];
  for (const entry of await loadEntries(REAL_DIR, pattern)) {
    const { recognition, checks } = await runTable(REAL_DIR, entry);
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
