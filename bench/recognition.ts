/**
 * `npm run bench:recognition`: reads every workbook of the three recognition corpora through the .xlsx host,
 * recognises it, and compares the result with the expectation written by hand beside it:
 *   - the synthetic corpus (test/fixtures/corpus), written alongside the engine, which must read all of it;
 *   - the real corpus (test/fixtures/real-corpus), tables governments published, which measures the engine;
 *   - the first six rounds' frozen sets of issue 18 (test/fixtures/real-frozen … real-frozen-17; 156 tables):
 *     each scored at its round's start and end (bench/frozen-scores.md), then opened and used for tuning like the
 *     real corpus, so they are printed per file with their misses and no longer measure unseen tables;
 *   - the sixth round's frozen set (test/fixtures/real-frozen-14, -15, -16), published tables the engine is never tuned on:
 *     only totals are printed — no per-file table, no misses — and only with --frozen, at the start and the end of
 *     the round (figures recorded by hand in bench/frozen-scores.md).
 * For the first two it prints a per-file table (with the layout class read against the one expected) and the
 * misses; for each corpus the headline figures of bench/recognition-score.ts (content-bearing checks right, tables
 * read wholly right, silent errors) and the share of fields (sheet, header rows, column mapping, period, layout
 * class) and values (each indicator's figures and words) recognised right; then how long recognition takes on
 * 5,000 and 50,000 indicator rows. Only a miss in the synthetic corpus makes the exit code non-zero.
 *
 *   npm run bench:recognition                       everything
 *   npm run bench:recognition -- --no-timing        the corpora only
 *   npm run bench:recognition -- --real-misses      list every miss of the real corpus, not only their kinds
 *   npm run bench:recognition -- --frozen           also score the seventh round's frozen set (totals only), at its start and end only
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from '../src/core/model';
import { recognize } from '../src/core/recognize';
import type { Check, CorpusEntry } from '../test/recognize/corpus-expectation';
import { loadEntries, runTable } from './corpus-run';
import { scoreCorpus, scoreLines } from './recognition-score';

const SYNTHETIC_DIR = path.join(__dirname, '..', 'test', 'fixtures', 'corpus');
const REAL_DIR = path.join(__dirname, '..', 'test', 'fixtures', 'real-corpus');
/** The first six rounds' frozen batches: scored at their round's start and end, then opened for tuning. */
const OPENED_DIRS = ['real-frozen', 'real-frozen-2', 'real-frozen-3', 'real-frozen-4', 'real-frozen-5', 'real-frozen-6', 'real-frozen-7', 'real-frozen-8', 'real-frozen-9', 'real-frozen-10', 'real-frozen-11', 'real-frozen-12', 'real-frozen-13', 'real-frozen-14', 'real-frozen-15', 'real-frozen-16', 'real-frozen-17'].map((name) => path.join(__dirname, '..', 'test', 'fixtures', name));
/** The seventh round's frozen batches, each committed once; a batch not yet committed is skipped. */
const FROZEN_DIRS = ['real-frozen-18', 'real-frozen-19', 'real-frozen-20', 'real-frozen-21'].map((name) => path.join(__dirname, '..', 'test', 'fixtures', name));

interface FileResult {
  readonly entry: CorpusEntry;
  readonly checks: readonly Check[];
  readonly sheet: string;
  /** The layout class recognition read, or a dash when it read no table. */
  readonly layout: string;
  readonly ms: number;
}

async function runFile(dir: string, entry: CorpusEntry): Promise<FileResult> {
  const started = performance.now();
  const { recognition, failure, checks } = await runTable(dir, entry);
  const ms = performance.now() - started;
  const sheet = failure ? `（读不出：${failure}）` : (recognition?.table?.sheet ?? '（无指标表）');
  return { entry, checks, sheet, layout: recognition?.table?.layoutClass ?? '—', ms };
}

function expectedLayout(entry: CorpusEntry): string {
  return entry.expect.kind === 'table' ? (entry.expect.table.layoutClass ?? '') : '—';
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

function printTable(results: readonly FileResult[], withLayout: boolean): void {
  const rows = results.map((r) => {
    const fields = r.checks.filter((c) => c.kind === 'field');
    const values = r.checks.filter((c) => c.kind === 'value');
    const allOk = r.checks.every((c) => c.ok);
    const want = expectedLayout(r.entry);
    const layout = want === '' || want === r.layout ? r.layout : `${r.layout}（应为 ${want}）`;
    return [
      r.entry.file.replace(/\.xlsx$/, ''),
      r.sheet,
      ...(withLayout ? [layout] : []),
      `${fields.filter((c) => c.ok).length}/${fields.length}`,
      `${values.filter((c) => c.ok).length}/${values.length}`,
      `${share(fields.filter((c) => c.ok).length + values.filter((c) => c.ok).length, r.checks.length)}`,
      `${r.ms.toFixed(0)} ms`,
      allOk ? '全对' : '有误',
    ];
  });
  const head = ['文件', '识别的工作表', ...(withLayout ? ['读出的版式'] : []), '字段', '数值', '合计', '用时', '结果'];
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

/** The part of a check's name that says what kind of thing was checked ("row 14 target" → "target"). */
function checkKind(check: Check): string {
  return check.what.replace(/^row \d+ /, '').replace(/^region \S+ /, 'region ');
}

function printShares(label: string, results: readonly FileResult[]): void {
  const all = results.flatMap((r) => r.checks);
  const fields = all.filter((c) => c.kind === 'field');
  const values = all.filter((c) => c.kind === 'value');
  const ok = (checks: readonly Check[]): number => checks.filter((c) => c.ok).length;
  console.log('');
  for (const line of scoreLines(label, scoreCorpus(results.map((r) => r.checks)))) console.log(line);
  console.log(`${label}字段（工作表、表头行、列对应、时段、版式…）：${ok(fields)}/${fields.length} = ${share(ok(fields), fields.length)}`);
  console.log(`${label}数值（每个指标的各项数字与文字）：${ok(values)}/${values.length} = ${share(ok(values), values.length)}`);
  console.log(`${label}合计：${ok(all)}/${all.length} = ${share(ok(all), all.length)}`);
  console.log(`${label}全部读对的工作簿：${results.filter((r) => r.checks.every((c) => c.ok)).length}/${results.length}`);
  const tables = results.filter((r) => expectedLayout(r.entry) !== '' && expectedLayout(r.entry) !== '—');
  if (tables.length > 0) {
    const right = tables.filter((r) => r.layout === expectedLayout(r.entry)).length;
    console.log(`${label}版式类别读对：${right}/${tables.length}`);
  }
}

async function exists(dir: string): Promise<boolean> {
  return fs.stat(dir).then(() => true, () => false);
}

function printMisses(results: readonly FileResult[]): void {
  const realMisses = results.flatMap((r) => r.checks.filter((c) => !c.ok).map((c) => ({ file: r.entry.file, check: c })));
  if (process.argv.includes('--real-misses')) {
    console.log(`\n未识别对的 ${realMisses.length} 项：`);
    for (const { file, check } of realMisses) console.log(`  ${file}  ${check.what}：${check.detail}${check.sure ? '  [无提示]' : ''}`);
  } else if (realMisses.length > 0) {
    const byKind = new Map<string, number>();
    for (const { check } of realMisses) byKind.set(checkKind(check), (byKind.get(checkKind(check)) ?? 0) + 1);
    const kinds = [...byKind.entries()].sort((a, b) => b[1] - a[1]);
    console.log(`\n未识别对的 ${realMisses.length} 项，按检查项归类（逐项列出：-- --real-misses）：`);
    console.log(`  ${kinds.map(([kind, n]) => `${kind} ${n}`).join('；')}`);
  }
}

async function runCorpus(dir: string): Promise<{ entries: CorpusEntry[]; results: FileResult[] }> {
  const entries = await loadEntries(dir);
  const results: FileResult[] = [];
  for (const entry of entries) results.push(await runFile(dir, entry));
  return { entries, results };
}

async function main(): Promise<void> {
  const synthetic = await runCorpus(SYNTHETIC_DIR);
  console.log(`一、合成语料：${synthetic.entries.length} 个工作簿（test/fixtures/corpus，与识别程序一起写成，须全部读对）\n`);
  printTable(synthetic.results, false);
  const misses = synthetic.results.flatMap((r) => r.checks.filter((c) => !c.ok).map((c) => `  ${r.entry.file}  ${c.what}：${c.detail}`));
  if (misses.length > 0) {
    console.log(`\n未识别对的 ${misses.length} 项：`);
    for (const miss of misses) console.log(miss);
  }
  printShares('合成语料 ', synthetic.results);
  console.log('\n各工作簿覆盖的情形：');
  for (const entry of synthetic.entries) console.log(`  ${entry.file}（${entry.department}）：${entry.covers.join('；')}`);

  const real = await runCorpus(REAL_DIR);
  const opened: FileResult[] = [];
  for (const dir of OPENED_DIRS) opened.push(...(await runCorpus(dir)).results);
  console.log(`\n二、真实表格语料：${real.entries.length} 张政府公开发布的表（test/fixtures/real-corpus，来源见其 README），另有前六轮冻结集 ${opened.length} 张（test/fixtures/real-frozen … real-frozen-17：各自那一轮首尾评分之后已打开，改作调试用）\n`);
  printTable([...real.results, ...opened], true);
  printMisses([...real.results, ...opened]);
  printShares('真实语料 ', real.results);
  printShares('前六轮冻结集（已打开，调试用） ', opened);
  printShares('调试用真实表合计 ', [...real.results, ...opened]);

  // Totals only, per batch and for the whole set: reading a frozen table's misses would be tuning on it. Scored only
  // when asked (--frozen), at the start and at the end of the work it measures, so a working run cannot peek.
  const frozenDirs = [];
  for (const dir of FROZEN_DIRS) if (await exists(dir)) frozenDirs.push(dir);
  if (process.argv.includes('--frozen') && frozenDirs.length > 0) {
    const batches = [];
    for (const dir of frozenDirs) batches.push({ dir, results: (await runCorpus(dir)).results });
    const count = batches.reduce((n, b) => n + b.results.length, 0);
    console.log(`\n三、第七轮冻结集：${count} 张未用来调识别程序的公开发布表（issue 18；只打印合计，不列逐表结果与错项）`);
    for (const batch of batches) printShares(`冻结集 ${path.basename(batch.dir)} `, batch.results);
    if (batches.length > 1) printShares('第七轮冻结集合计 ', batches.flatMap((b) => b.results));
  } else {
    console.log(`\n三、第七轮冻结集：未评分（${frozenDirs.length === 0 ? '尚未提交' : '只在开始与结束时评：-- --frozen'}）`);
  }

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
