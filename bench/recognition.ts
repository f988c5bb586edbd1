/**
 * `npm run bench:recognition`: reads every workbook of the recognition corpus (test/fixtures/corpus)
 * through the .xlsx host, recognises it, and compares the result with the expectation written by hand
 * beside it. Prints a per-file table, every miss, the share of fields (sheet, header rows, column
 * mapping, period) and values (each indicator's figures and words) recognised right, which fixture
 * covers which case, and how long recognition takes on 5,000 and 50,000 indicator rows.
 *
 *   npm run bench:recognition              everything
 *   npm run bench:recognition -- --no-timing   the corpus only
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from '../src/core/model';
import { recognize, type Recognition } from '../src/core/recognize';
import { readXlsxSnapshot, XlsxReadError } from '../src/node/xlsx-read';
import { compareRecognition, type Check, type CorpusEntry } from '../test/recognize/corpus-expectation';

const CORPUS_DIR = path.join(__dirname, '..', 'test', 'fixtures', 'corpus');

interface FileResult {
  readonly entry: CorpusEntry;
  readonly checks: readonly Check[];
  readonly sheet: string;
  readonly ms: number;
}

async function runFile(entry: CorpusEntry): Promise<FileResult> {
  let recognition: Recognition | null = null;
  let failure: string | null = null;
  const started = performance.now();
  try {
    const snapshot = await readXlsxSnapshot(path.join(CORPUS_DIR, entry.file));
    recognition = recognize(snapshot);
  } catch (error) {
    failure = error instanceof XlsxReadError ? error.failure : `error: ${String(error)}`;
  }
  const ms = performance.now() - started;
  const sheet = failure ? `（读不出：${failure}）` : (recognition?.table?.sheet ?? '（无指标表）');
  return { entry, checks: compareRecognition(entry, recognition, failure), sheet, ms };
}

function width(text: string): number {
  let w = 0;
  for (const ch of text) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1;
  return w;
}

function pad(text: string, size: number): string {
  return text + ' '.repeat(Math.max(0, size - width(text)));
}

function share(ok: number, total: number): string {
  return total === 0 ? '—' : `${((ok / total) * 100).toFixed(1)}%`;
}

function printTable(results: readonly FileResult[]): void {
  const rows = results.map((r) => {
    const fields = r.checks.filter((c) => c.kind === 'field');
    const values = r.checks.filter((c) => c.kind === 'value');
    const allOk = r.checks.every((c) => c.ok);
    return [
      r.entry.file.replace(/\.xlsx$/, ''),
      r.sheet,
      `${fields.filter((c) => c.ok).length}/${fields.length}`,
      `${values.filter((c) => c.ok).length}/${values.length}`,
      `${r.ms.toFixed(0)} ms`,
      allOk ? '全对' : '有误',
    ];
  });
  const head = ['文件', '识别的工作表', '字段', '数值', '用时', '结果'];
  const sizes = head.map((h, i) => Math.max(width(h), ...rows.map((row) => width(row[i]))));
  const line = (cells: readonly string[]): string => cells.map((cell, i) => pad(cell, sizes[i])).join('  ');
  console.log(line(head));
  console.log(sizes.map((s) => '-'.repeat(s)).join('  '));
  for (const row of rows) console.log(line(row));
}

/** A department table of `rows` indicators, sections every 40 rows, values typed in every way the corpus has. */
function largeSnapshot(rows: number): WorkbookSnapshot {
  const values: CellValue[][] = [
    ['XX县2024年1—6月目标任务完成情况（基准测试）'],
    ['序号', '指标名称', '单位', '全年目标', '1—6月完成', '上年同期', '增幅', '责任科室', '责任人', '分值', '完成时限', '完成情况说明'],
  ];
  const formats: string[][] = [[], []];
  let section = 0;
  for (let i = 0; i < rows; i++) {
    if (i % 40 === 0) {
      section++;
      values.push([`${section}、`, `第${section}组工作`]);
      formats.push([]);
    }
    const forms: CellValue[] = [120 + (i % 97), `${80 + (i % 13)}亿元`, '≥95%', '300余人', '约1.2万人', '年底前完成'];
    const actuals: CellValue[] = [60 + (i % 50), `${40 + (i % 9)}亿元`, '96.2%', '310人', { error: '#N/A' }, '推进中'];
    const units = ['个', '亿元', '%', '人', '人', null];
    const k = i % forms.length;
    values.push([i + 1, `指标${i + 1}`, units[k], forms[k], actuals[k], 50 + (i % 40), 0.05 + (i % 7) / 100, `科室${i % 12}`, `责任人${i % 30}`, 2, '2024年12月底', `第${i + 1}项进展说明`]);
    formats.push(['General', 'General', 'General', 'General', 'General', 'General', '0.00%']);
  }
  const sheet: SheetSnapshot = {
    name: '目标分解表',
    visible: true,
    position: 0,
    values,
    formulas: values.map((row) => row.map(() => null)),
    numberFormats: formats,
    merges: [{ top: 1, left: 1, bottom: 1, right: 12 }],
  };
  return { name: '基准', sheets: [sheet] };
}

function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function timeRecognition(rows: number, runs: number): { ms: number; indicators: number } {
  const snapshot = largeSnapshot(rows);
  const samples: number[] = [];
  let indicators = 0;
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    const result = recognize(snapshot);
    samples.push(performance.now() - started);
    indicators = result.table?.indicators.length ?? 0;
  }
  return { ms: median(samples), indicators };
}

async function main(): Promise<void> {
  const names = (await fs.readdir(CORPUS_DIR)).filter((name) => name.endsWith('.expected.json')).sort();
  const entries: CorpusEntry[] = [];
  for (const name of names) entries.push(JSON.parse(await fs.readFile(path.join(CORPUS_DIR, name), 'utf8')) as CorpusEntry);
  const results: FileResult[] = [];
  for (const entry of entries) results.push(await runFile(entry));

  console.log(`识别语料：${entries.length} 个工作簿（test/fixtures/corpus）\n`);
  printTable(results);
  const misses = results.flatMap((r) => r.checks.filter((c) => !c.ok).map((c) => `  ${r.entry.file}  ${c.what}：${c.detail}`));
  if (misses.length > 0) {
    console.log(`\n未识别对的 ${misses.length} 项：`);
    for (const miss of misses) console.log(miss);
  }
  const all = results.flatMap((r) => r.checks);
  const fields = all.filter((c) => c.kind === 'field');
  const values = all.filter((c) => c.kind === 'value');
  console.log(`\n字段（工作表、表头行、列对应、时段、待确认列）：${fields.filter((c) => c.ok).length}/${fields.length} = ${share(fields.filter((c) => c.ok).length, fields.length)}`);
  console.log(`数值（每个指标的各项数字与文字）：${values.filter((c) => c.ok).length}/${values.length} = ${share(values.filter((c) => c.ok).length, values.length)}`);
  console.log(`合计：${share(all.filter((c) => c.ok).length, all.length)}`);

  console.log('\n各工作簿覆盖的情形：');
  for (const entry of entries) console.log(`  ${entry.file}（${entry.department}）：${entry.covers.join('；')}`);

  if (!process.argv.includes('--no-timing')) {
    console.log('\n识别用时（内存中的快照，不含读文件；取 3 次中位数）：');
    for (const rows of [5_000, 50_000]) {
      const { ms, indicators } = timeRecognition(rows, 3);
      console.log(`  ${rows.toLocaleString('en-US')} 行指标：${ms.toFixed(0)} ms，读出 ${indicators.toLocaleString('en-US')} 个指标（${Math.round((rows / ms) * 1000).toLocaleString('en-US')} 行/秒）`);
    }
  }
  if (misses.length > 0) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
