/**
 * The silent errors of the tuning sets (real corpus and the opened frozen sets), one line each, with what the reading
 * rested on: the column's role, header, how it was mapped (synonym, keyword, values) and how sure, the layout read,
 * and the row's confidence — so they can be grouped by the evidence that made the engine sure. Also the number of
 * questions recognition asks per table (median, max). Never reads the sixth round's frozen sets (real-frozen-18, -19, -20).
 *
 *   npx tsx bench/silent-errors.ts            every silent error, then the question counts
 *   npx tsx bench/silent-errors.ts --counts   the question counts only
 *   … --per-table                             also each table's questions
 *   … --without-fourth                        leave out the fourth round's sets (real-frozen-8, -9, -10), e.g. to keep
 *                                             them as a held-out check (bench/held-out-totals.ts prints their totals only)
 */
import * as path from 'node:path';
import type { FieldKey } from '../src/core/model';
import { CHECK_FIELD } from '../test/recognize/corpus-expectation';
import { loadEntries, runTable } from './corpus-run';

const TUNING = ['real-corpus', 'real-frozen', 'real-frozen-2', 'real-frozen-3', 'real-frozen-4', 'real-frozen-5', 'real-frozen-6', 'real-frozen-7', 'real-frozen-8', 'real-frozen-9', 'real-frozen-10', 'real-frozen-11', 'real-frozen-12', 'real-frozen-13', 'real-frozen-14', 'real-frozen-15', 'real-frozen-16', 'real-frozen-17'];
const FIXTURES = path.join(__dirname, '..', 'test', 'fixtures');

function fieldOf(what: string): FieldKey | null {
  const kind = what.replace(/^row \d+ /, '').replace(/^region \S+ /, '');
  if (kind.startsWith('column ')) return kind.slice(7) as FieldKey;
  return CHECK_FIELD[kind] ?? null;
}

async function main(): Promise<void> {
  const countsOnly = process.argv.includes('--counts');
  const questions: number[] = [];
  const askedRows: number[] = [];
  let silent = 0;
  const fourth = new Set(['real-frozen-8', 'real-frozen-9', 'real-frozen-10']);
  const dirs = process.argv.includes('--without-fourth') ? TUNING.filter((dir) => !fourth.has(dir)) : TUNING;
  for (const dir of dirs) {
    for (const entry of await loadEntries(path.join(FIXTURES, dir))) {
      const { recognition, checks } = await runTable(path.join(FIXTURES, dir), entry);
      questions.push(recognition?.questions.length ?? 0);
      if (process.argv.includes('--per-table')) console.log(`Q\t${dir}/${entry.file}\t${recognition?.questions.length ?? 0}\t${(recognition?.questions ?? []).map((q) => (q.kind === 'column' ? `${q.letter}:${q.read}` : q.kind === 'row' ? `r${q.row}:${q.field}` : `layout`)).join(' ')}`);
      const rows = new Set((recognition?.questions ?? []).flatMap((q) => (q.kind === 'row' ? [q.row] : [])));
      askedRows.push(rows.size);
      const table = recognition?.table;
      for (const check of checks.filter((c) => !c.ok && c.sure)) {
        silent++;
        if (countsOnly) continue;
        const field = fieldOf(check.what);
        const m = field && table ? table.columns[field] : undefined;
        const rowNo = /^row (\d+)/.exec(check.what)?.[1];
        const indicator = rowNo ? table?.indicators.find((i) => i.row === Number(rowNo)) : undefined;
        const column = m ? `${field}=${m.letter}「${m.header.slice(0, 20)}」${m.source} ${m.confidence.toFixed(2)}` : `${field ?? '—'}（无列）`;
        console.log([`${dir}/${entry.file.replace(/\.xlsx$/, '')}`, table?.layoutClass ?? '—', check.what, check.detail.slice(0, 120), column, indicator ? `行把握 ${indicator.confidence ?? '—'}` : ''].join('\t'));
      }
    }
  }
  const sorted = [...questions].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)];
  const total = questions.reduce((a, b) => a + b, 0);
  console.log(`\n无提示的错 ${silent} 项；每表提问：中位数 ${median}，最多 ${sorted[sorted.length - 1]}，平均 ${(total / questions.length).toFixed(2)}，合计 ${total}（${questions.length} 张表）；其中逐行提问合计 ${askedRows.reduce((a, b) => a + b, 0)}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
