/**
 * The score of chosen real tables, one line each: content-bearing checks read right, whether the whole table
 * was read right, the layout class read, and the silent errors — the same checks `npm run bench:recognition`
 * counts, per table. Used to record a batch's first run (test/fixtures/real-corpus/README.md, 第一次运行的分数),
 * and to follow one kind of table across the tuning folders.
 *
 *   npx tsx bench/real-table-scores.ts '^(49|5\d|6[0-2])-'     the real corpus's tables whose file name matches
 *   npx tsx bench/real-table-scores.ts --dirs real-frozen-8,real-frozen-9 .     the same in other tuning folders
 *   npx tsx bench/real-table-scores.ts --tuning --class finance-form .          every tuning folder, one expected layout class
 * (`--tuning` is the real corpus and the opened frozen batches real-frozen … real-frozen-13, never a batch still frozen.)
 */
import * as path from 'node:path';
import { loadEntries, runTable } from './corpus-run';
import { percent, scoreCorpus } from './recognition-score';

const FIXTURES = path.join(__dirname, '..', 'test', 'fixtures');
const TUNING = ['real-corpus', 'real-frozen', ...[2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13].map((n) => `real-frozen-${n}`)];
const STILL_FROZEN = /^real-frozen-1[4-9]$/;

function option(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : undefined;
}

async function main(): Promise<void> {
  const dirs = process.argv.includes('--tuning') ? TUNING : (option('--dirs')?.split(',') ?? ['real-corpus']);
  if (dirs.some((dir) => STILL_FROZEN.test(dir))) throw new Error('a frozen batch is scored only by `npm run bench:recognition -- --frozen`');
  const layoutClass = option('--class');
  const flags = new Set(['--dirs', '--class', option('--dirs'), option('--class'), '--tuning']);
  const pattern = new RegExp(process.argv.slice(2).find((arg) => !flags.has(arg)) ?? '.');
  const tables = [];
  for (const dir of dirs) {
    for (const entry of await loadEntries(path.join(FIXTURES, dir), pattern)) {
      const wanted = entry.expect.kind === 'table' ? (entry.expect.table.layoutClass ?? '') : '';
      if (layoutClass !== undefined && wanted !== layoutClass) continue;
      const { recognition, checks } = await runTable(path.join(FIXTURES, dir), entry);
      const score = scoreCorpus([checks]);
      const layout = recognition?.table?.layoutClass ?? '—';
      console.log([
        `${dir}/${entry.file.replace(/\.xlsx$/, '')}`,
        `${score.content.right}/${score.content.total}（${percent(score.content.right, score.content.total)}）`,
        score.wholly.right === 1 ? '整张读对' : '未整张读对',
        wanted === '' || wanted === layout ? layout : `${layout}（应为 ${wanted}）`,
        `无提示的错 ${score.silent}`,
      ].join('\t'));
      tables.push(checks);
    }
  }
  const total = scoreCorpus(tables);
  console.log(`合计：含内容的检查读对 ${total.content.right}/${total.content.total} = ${percent(total.content.right, total.content.total)}；整张读对 ${total.wholly.right}/${total.wholly.total}；无提示的错 ${total.silent}/${total.checks}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
