/**
 * `npm run bench`: makes the bench workbooks, measures the engine, the report, the analysis, the batch,
 * the Office.js host on the emulator and the task pane, each beside its baseline in the same run, then
 * prints the table and writes bench/results.json. A part not built yet is listed as 未测 with the reason.
 *
 *   npm run bench                      everything (a few minutes on 2 cores)
 *   npm run bench -- --quick           three runs per figure everywhere
 *   npm run bench -- --sizes 100,1000  only these sizes (targets at 50,000 then show as 未测)
 *   npm run bench -- --only engine,report   only these parts (engine read ledger report analyze batch office taskpane web)
 *     read: the .xlsx read alone (no engine) on each size and on the ledger workbook, beside an exceljs read;
 *     ledger: `huibao report` on a 300-row table beside a 200,000-row ledger sheet (台账).
 *     web: 网页版 in Chromium from file://, choosing the file → both downloads ready, beside `huibao report`.
 *   npm run bench -- --no-save        print only; leave bench/results.json as it is
 */
import { execFileSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { REPO } from './child-process';
import { machineInfo, type MachineInfo } from './machine';
import { BENCH_SIZES, LEDGER_ROWS, LEDGER_TABLE, makeBatchFolder, makeLedgerWorkbook, makeSizeWorkbooks, OUT_DIR, type GeneratedWorkbook } from './make-workbooks';
import { measureBatch, type BatchFigure } from './measure/batch';
import { measureEngine, type EngineFigure } from './measure/engine';
import { measureOfficeHost, type OfficeHostFigure } from './measure/office-host';
import { buildReadChild, measureRead, type ReadFigure } from './measure/read';
import { measureAnalyze, measureReport, type AnalyzeFigure, type ReportFigure } from './measure/report';
import { measureTaskpane, type TaskpaneFigure } from './measure/taskpane';
import { measureWeb, type WebFigure } from './measure/web';
import { NotReady, notMeasured, notReadyReason } from './not-ready';
import { markdownTable, textTable, type TableRow, type Verdict } from './results-table';
import { runsFor } from './statistics';
import { LARGEST, LINEARITY_BASE, TARGETS } from './targets';

const PARTS = ['engine', 'read', 'ledger', 'report', 'analyze', 'batch', 'office', 'taskpane', 'web'] as const;
type Part = (typeof PARTS)[number];

interface Options {
  readonly sizes: readonly number[];
  readonly quick: boolean;
  readonly parts: ReadonlySet<Part>;
  readonly save: boolean;
}

function parseOptions(argv: readonly string[]): Options {
  const value = (name: string): string | undefined => {
    const index = argv.indexOf(name);
    return index >= 0 ? argv[index + 1] : argv.find((arg) => arg.startsWith(`${name}=`))?.slice(name.length + 1);
  };
  const sizes = value('--sizes')?.split(',').map(Number).filter((n) => Number.isInteger(n) && n > 0);
  const only = value('--only')?.split(',').filter((part): part is Part => (PARTS as readonly string[]).includes(part));
  return {
    sizes: sizes && sizes.length > 0 ? sizes : BENCH_SIZES,
    quick: argv.includes('--quick'),
    parts: new Set(only && only.length > 0 ? only : PARTS),
    save: !argv.includes('--no-save'),
  };
}

/** What failed, as a 未测 reason: a part not built yet says so; anything else is reported as an error. */
function reasonOf(error: unknown): string {
  return notReadyReason(error) ?? `出错 error：${error instanceof Error ? error.message.split('\n')[0] : String(error)}`;
}

type Outcome<T> =
  | { readonly ok: true; readonly figure: T }
  /** notReady: a piece not built yet, as opposed to a failure of one that is. */
  | { readonly ok: false; readonly reason: string; readonly notReady: boolean };

async function attempt<T>(work: () => Promise<T>): Promise<Outcome<T>> {
  try {
    return { ok: true, figure: await work() };
  } catch (error) {
    return { ok: false, reason: reasonOf(error), notReady: notReadyReason(error) !== null };
  }
}

const ms = (value: number) => (value >= 10_000 ? `${(value / 1000).toFixed(1)} s` : `${value.toFixed(value < 10 ? 2 : 0)} ms`);
const times = (value: number) => `${value.toFixed(value < 1 ? 3 : 2)}×`;
const count = (n: number) => n.toLocaleString('en-US');
const atMost = (value: number, limit: number): Verdict => (value <= limit ? 'pass' : 'fail');

function log(line: string): void {
  process.stderr.write(`${line}\n`);
}

/** Rebuilds build/huibao.cjs from the current source, so the report measured is the code in the tree. */
function buildCli(): void {
  try {
    execFileSync(process.execPath, ['scripts/build-cli.mjs'], { cwd: REPO, stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    const stderr = (error as { stderr?: Buffer }).stderr?.toString('utf8') ?? '';
    const first = stderr.split('\n').find((line) => line.includes('ERROR')) ?? stderr.split('\n')[0];
    throw new NotReady(`命令行 CLI 构建失败 build failed：${first.trim().slice(0, 160)}`);
  }
}

interface Results {
  readonly engine: Outcome<EngineFigure>[];
  readonly read: { readonly label: string; readonly outcome: Outcome<ReadFigure> }[];
  readonly ledger: Outcome<ReportFigure> | null;
  readonly report: Outcome<ReportFigure>[];
  readonly analyze: Outcome<AnalyzeFigure> | null;
  readonly batch: Outcome<BatchFigure> | null;
  readonly office: Outcome<OfficeHostFigure> | null;
  readonly taskpane: Outcome<TaskpaneFigure> | null;
  readonly web: Outcome<WebFigure>[];
}

async function measureAll(options: Options, workbooks: readonly GeneratedWorkbook[]): Promise<Results> {
  const engine: Outcome<EngineFigure>[] = [];
  if (options.parts.has('engine')) {
    for (const workbook of workbooks) {
      log(`引擎 engine ${count(workbook.indicators)} …`);
      const outcome = await attempt(() => measureEngine(workbook, runsFor(workbook.indicators, options.quick)));
      engine.push(outcome);
      // A stage that is not built fails the same way at every size: do not read the big files for nothing.
      if (!outcome.ok && outcome.notReady) break;
    }
  }
  const read: { label: string; outcome: Outcome<ReadFigure> }[] = [];
  const ledgerWorkbook = options.parts.has('read') || options.parts.has('ledger') ? await attempt(() => makeLedgerWorkbook(OUT_DIR, log)) : null;
  if (options.parts.has('read')) {
    const child = await attempt(() => buildReadChild(OUT_DIR));
    const cases: [GeneratedWorkbook | null, string, string][] = workbooks.map((workbook) => [workbook, count(workbook.indicators), '']);
    cases.push([ledgerWorkbook?.ok ? ledgerWorkbook.figure : null, ledgerLabel, ledgerWorkbook && !ledgerWorkbook.ok ? ledgerWorkbook.reason : '']);
    for (const [workbook, label, failed] of cases) {
      log(`读取 read ${label} …`);
      if (!child.ok) read.push({ label, outcome: child });
      else if (!workbook) read.push({ label, outcome: { ok: false, reason: failed, notReady: false } });
      else read.push({ label, outcome: await attempt(() => measureRead(child.figure, workbook, label, options.quick ? 1 : 3)) });
    }
  }
  const needsCli = options.parts.has('report') || options.parts.has('ledger') || options.parts.has('analyze') || options.parts.has('batch') || options.parts.has('web');
  const cli: Outcome<void> = needsCli ? await attempt(async () => buildCli()) : { ok: true, figure: undefined };
  const viaCli = <T>(work: () => Promise<T>): Promise<Outcome<T>> => (cli.ok ? attempt(work) : Promise.resolve(cli));

  const report: Outcome<ReportFigure>[] = [];
  if (options.parts.has('report')) {
    for (const workbook of workbooks) {
      log(`汇报 report ${count(workbook.indicators)} …`);
      const outcome = await viaCli(() => measureReport(workbook, workbook.indicators >= 5_000 || options.quick ? 3 : 5, OUT_DIR));
      report.push(outcome);
      if (!outcome.ok) break;
    }
  }
  let ledger: Outcome<ReportFigure> | null = null;
  if (options.parts.has('ledger') && ledgerWorkbook) {
    log(`汇报 report ${ledgerLabel} …`);
    ledger = ledgerWorkbook.ok ? await viaCli(() => measureReport(ledgerWorkbook.figure, options.quick ? 1 : 3, OUT_DIR, 'ledger')) : ledgerWorkbook;
  }
  const largest = workbooks.find((workbook) => workbook.indicators === LARGEST);
  let analyze: Outcome<AnalyzeFigure> | null = null;
  if (options.parts.has('analyze')) {
    log('分析 analyze 50,000 …');
    analyze = largest ? await viaCli(() => measureAnalyze(largest, 3)) : { ok: false, reason: '本次未测 50,000 行 not in --sizes', notReady: false };
  }
  let batch: Outcome<BatchFigure> | null = null;
  if (options.parts.has('batch')) {
    log('批量 batch …');
    batch = await viaCli(async () => {
      const { folder, workbooks: batchBooks } = await makeBatchFolder(OUT_DIR, log);
      return measureBatch(folder, batchBooks, 3, OUT_DIR);
    });
  }
  let office: Outcome<OfficeHostFigure> | null = null;
  if (options.parts.has('office')) {
    log('Office.js 宿主 host …');
    office = await attempt(() => measureOfficeHost(workbooks, log));
  }
  let taskpane: Outcome<TaskpaneFigure> | null = null;
  if (options.parts.has('taskpane')) {
    log('任务窗格 task pane …');
    const opened = workbooks[0]?.file ?? path.join(REPO, 'assets', 'samples', '2009-灌南县发改委-目标任务分解表.xlsx');
    taskpane = await attempt(() => measureTaskpane(options.quick ? 3 : 5, opened, log));
  }
  const web: Outcome<WebFigure>[] = [];
  if (options.parts.has('web')) {
    for (const workbook of workbooks) {
      log(`网页版 web ${count(workbook.indicators)} …`);
      const outcome = await viaCli(() => measureWeb(workbook, options.quick ? 3 : 5, OUT_DIR));
      web.push(outcome);
      if (!outcome.ok && outcome.notReady) break;
    }
  }
  return { engine, read, ledger, report, analyze, batch, office, taskpane, web };
}

const ledgerLabel = `${count(LEDGER_TABLE)} + 台账 ledger ${count(LEDGER_ROWS)}`;

function readOnlyRows(results: Results): TableRow[] {
  const measure = '读取 read（不含引擎 engine-free）';
  return results.read.map(({ label, outcome }) => {
    if (!outcome.ok) return missing(measure, label, '—', outcome.reason);
    const figure = outcome.figure;
    return {
      measure,
      size: figure.label,
      measured: `${ms(figure.readMs.median)}，${figure.peakRssMb.median.toFixed(0)} MB`,
      baseline: `exceljs 读取 read ${ms(figure.exceljsReadMs.median)}，${figure.exceljsPeakRssMb.median.toFixed(0)} MB`,
      ratio: times(figure.readMs.median / figure.exceljsReadMs.median),
      target: '—',
      verdict: 'info',
    };
  });
}

function ledgerRows(results: Results): TableRow[] {
  const outcome = results.ledger;
  if (!outcome) return [];
  const target = `< ${TARGETS.ledgerPeakRssMb} MB`;
  if (!outcome.ok) return [missing('台账 ledger（huibao report）', ledgerLabel, target, outcome.reason)];
  const figure = outcome.figure;
  return [
    {
      measure: '台账 ledger（huibao report）时间 time',
      size: ledgerLabel,
      measured: ms(figure.reportMs.median),
      baseline: `exceljs 读+写 read+write ${ms(figure.floorMs.median)}`,
      ratio: times(figure.ratio),
      target: '—',
      verdict: 'info',
    },
    {
      measure: '台账 ledger 内存峰值 peak RSS',
      size: ledgerLabel,
      measured: `${figure.peakRssMb.median.toFixed(0)} MB`,
      baseline: `exceljs 读+写 ${figure.floorPeakRssMb.median.toFixed(0)} MB`,
      ratio: times(figure.peakRssMb.median / figure.floorPeakRssMb.median),
      target,
      verdict: figure.peakRssMb.median < TARGETS.ledgerPeakRssMb ? 'pass' : 'fail',
    },
  ];
}

function missing(measure: string, size: string, target: string, reason: string): TableRow {
  return { measure, size, measured: notMeasured(reason), baseline: '—', ratio: '—', target, verdict: 'not-measured' };
}

function engineRows(results: Results, options: Options): TableRow[] {
  const rows: TableRow[] = [];
  const measure = '引擎 engine（识别→排版）';
  const figures: EngineFigure[] = [];
  results.engine.forEach((outcome, index) => {
    const size = count(options.sizes[index]);
    if (!outcome.ok) {
      rows.push(missing(measure, size, options.sizes[index] === LARGEST ? `≤ ${TARGETS.engineRatioAt50k}× 读取 read` : '—', outcome.reason));
      return;
    }
    const figure = outcome.figure;
    figures.push(figure);
    const isLargest = figure.indicators === LARGEST;
    rows.push({
      measure,
      size,
      measured: ms(figure.engineMs.median),
      baseline: `exceljs 读取 read ${ms(figure.exceljsReadMs.median)}`,
      ratio: times(figure.ratio),
      target: isLargest ? `≤ ${TARGETS.engineRatioAt50k}×` : '—',
      verdict: isLargest ? atMost(figure.ratio, TARGETS.engineRatioAt50k) : 'info',
    });
  });
  if (results.engine.length > 0 && results.engine.length < options.sizes.length && !results.engine[results.engine.length - 1].ok) {
    const last = results.engine[results.engine.length - 1];
    for (const size of options.sizes.slice(results.engine.length)) rows.push(missing(measure, count(size), '—', last.ok ? '' : last.reason));
  }
  const base = figures.find((figure) => figure.indicators === LINEARITY_BASE);
  const top = figures.find((figure) => figure.indicators === LARGEST);
  if (base && top) {
    const growth = top.engineMs.median / base.engineMs.median;
    rows.push({
      measure: '引擎线性 engine linearity',
      size: '50,000 ÷ 5,000',
      measured: `${ms(top.engineMs.median)} ÷ ${ms(base.engineMs.median)}`,
      baseline: '线性 linear = 10×',
      ratio: times(growth),
      target: `≤ ${TARGETS.engineLinearity}×`,
      verdict: atMost(growth, TARGETS.engineLinearity),
    });
  } else if (options.parts.has('engine')) {
    rows.push(missing('引擎线性 engine linearity', '50,000 ÷ 5,000', `≤ ${TARGETS.engineLinearity}×`, figures.length === 0 ? '引擎未测 engine not measured' : '需要 5,000 与 50,000 两档 needs both sizes'));
  }
  if (figures.length > 0) {
    const honest = figures.every((figure) => figure.recognized === figure.indicators);
    rows.push({
      measure: '识别指标数 recognised',
      size: figures.map((figure) => count(figure.indicators)).join(' / '),
      measured: figures.map((figure) => count(figure.recognized)).join(' / '),
      baseline: '生成行数 generated',
      ratio: '—',
      target: '= 生成数 all',
      verdict: honest ? 'pass' : 'fail',
    });
  }
  return rows;
}

function reportRows(results: Results, options: Options): TableRow[] {
  if (!options.parts.has('report')) return [];
  const rows: TableRow[] = [];
  const memoryRows: TableRow[] = [];
  options.sizes.forEach((size, index) => {
    const outcome = results.report[index] ?? results.report[results.report.length - 1];
    const isLargest = size === LARGEST;
    const memoryTarget = isLargest ? `< ${TARGETS.peakRssMbAt50k} MB` : '—';
    if (!outcome || !outcome.ok) {
      const reason = outcome && !outcome.ok ? outcome.reason : '未测 not run';
      rows.push(missing('汇报 report（端到端 end to end）', count(size), `≤ ${TARGETS.reportRatio}×`, reason));
      memoryRows.push(missing('内存峰值 peak RSS（report）', count(size), memoryTarget, reason));
      return;
    }
    const figure = outcome.figure;
    rows.push({
      measure: '汇报 report（端到端 end to end）',
      size: count(size),
      measured: ms(figure.reportMs.median),
      baseline: `exceljs 读+写 read+write ${ms(figure.floorMs.median)}`,
      ratio: times(figure.ratio),
      target: `≤ ${TARGETS.reportRatio}×`,
      verdict: atMost(figure.ratio, TARGETS.reportRatio),
    });
    memoryRows.push({
      measure: '内存峰值 peak RSS（report）',
      size: count(size),
      measured: `${figure.peakRssMb.median.toFixed(0)} MB`,
      baseline: `exceljs 读+写 ${figure.floorPeakRssMb.median.toFixed(0)} MB`,
      ratio: times(figure.peakRssMb.median / figure.floorPeakRssMb.median),
      target: memoryTarget,
      verdict: isLargest ? (figure.peakRssMb.median < TARGETS.peakRssMbAt50k ? 'pass' : 'fail') : 'info',
    });
  });
  return [...rows, ...memoryRows];
}

function analyzeRows(results: Results): TableRow[] {
  const outcome = results.analyze;
  if (!outcome) return [];
  if (!outcome.ok) return [missing('分析 analyze（huibao analyze --json）', '50,000', '—', outcome.reason)];
  const figure = outcome.figure;
  return [
    {
      measure: '分析 analyze（huibao analyze --json）',
      size: count(figure.indicators),
      measured: `${ms(figure.analyzeMs.median)}，${figure.peakRssMb.median.toFixed(0)} MB`,
      baseline: `exceljs 读取 read ${ms(figure.exceljsReadMs.median)}`,
      ratio: times(figure.ratio),
      target: '—',
      verdict: 'info',
    },
  ];
}

function batchRows(results: Results): TableRow[] {
  const outcome = results.batch;
  if (!outcome) return [];
  if (!outcome.ok) return [missing('批量 batch（50 个部门 departments）', '50 × 30–200', '—', outcome.reason)];
  const figure = outcome.figure;
  return [
    {
      measure: '批量 batch（50 个部门 departments）',
      size: `${figure.reported}/${figure.workbooks} × 30–200`,
      measured: `${figure.workbooksPerSecond.toFixed(2)} 个/秒 wb/s（${ms(figure.batchMs.median)}）`,
      baseline: `exceljs 读+写 ${ms(figure.floorMs.median)}`,
      ratio: times(figure.ratio),
      target: '—',
      verdict: figure.reported === figure.workbooks ? 'info' : 'fail',
    },
  ];
}

function officeRows(results: Results): TableRow[] {
  const outcome = results.office;
  if (!outcome) return [];
  const readMeasure = 'Office.js 读取 read（模拟器 emulator）';
  const applyMeasure = 'Office.js 写入 apply（office.js 请求实测 real requests）';
  const targetRead = `${TARGETS.officeReadSyncs} 次 trip`;
  const targetApply = `≤ ${TARGETS.officeApplySyncs} 次 trips`;
  if (!outcome.ok) return [missing(readMeasure, '全部 all', targetRead, outcome.reason), missing(applyMeasure, '全部 all', targetApply, outcome.reason)];
  const limit = outcome.figure.limitBytes;
  const kb = (bytes: number) => (bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${(bytes / 1024).toFixed(0)} KB`);
  const trips = (syncs: number, refused: number) => `${syncs} 次 trips${refused > 0 ? `（${refused} 次超限被拒 refused）` : ''}`;
  const readRows: TableRow[] = [];
  const applyRows: TableRow[] = [];
  for (const size of outcome.figure.sizes) {
    readRows.push({
      measure: readMeasure,
      size: count(size.indicators),
      measured: `${trips(size.read.syncs, size.read.refused)}，${kb(size.read.bytes)}`,
      baseline: `上限 limit ${kb(limit)}`,
      ratio: times(size.read.bytes / limit),
      target: size.readUnderLimit ? targetRead : `⌈负载÷上限⌉+2 = ${size.readAllowed}`,
      verdict: size.read.syncs <= size.readAllowed ? 'pass' : 'fail',
    });
    if (!size.apply.ok) {
      applyRows.push(missing(applyMeasure, count(size.indicators), targetApply, size.apply.reason));
      continue;
    }
    const apply = size.apply;
    applyRows.push({
      measure: applyMeasure,
      size: count(size.indicators),
      measured: `${trips(apply.tally.syncs, apply.tally.refused)}，${kb(apply.tally.bytes)}`,
      baseline: `上限 limit ${kb(limit)}`,
      ratio: times(apply.tally.bytes / limit),
      target: apply.underLimit ? targetApply : `⌈负载÷上限⌉+2 = ${apply.allowed}`,
      verdict: apply.tally.syncs <= apply.allowed ? 'pass' : 'fail',
    });
  }
  return [...readRows, ...applyRows];
}

function taskpaneRows(results: Results): TableRow[] {
  const outcome = results.taskpane;
  if (!outcome) return [];
  const sizeTarget = `≤ ${TARGETS.taskpaneGzipKb} KB`;
  const readyTarget = `≤ ${(TARGETS.taskpaneReadyMs / 1000).toFixed(1)} s`;
  if (!outcome.ok) {
    return [missing('任务窗格包 pane bundle（gzip）', 'dist/', sizeTarget, outcome.reason), missing('窗格可用 pane ready（生成汇报 enabled）', 'Chromium', readyTarget, outcome.reason)];
  }
  const figure = outcome.figure;
  const rows: TableRow[] = [
    {
      measure: '任务窗格包 pane bundle（gzip）',
      size: `${figure.files.length} 个文件 files`,
      measured: `${figure.gzipKb.toFixed(1)} KB`,
      baseline: `未压缩 raw ${figure.rawKb.toFixed(0)} KB；按需 lazy ${(figure.lazy.reduce((sum, file) => sum + file.gzipBytes, 0) / 1024).toFixed(0)} KB gz`,
      ratio: '—',
      target: sizeTarget,
      verdict: figure.gzipKb <= TARGETS.taskpaneGzipKb ? 'pass' : 'fail',
    },
  ];
  if (figure.ready.ok) {
    rows.push({
      measure: '窗格可用 pane ready（生成汇报 enabled）',
      size: 'Chromium',
      measured: ms(figure.ready.figure.median),
      baseline: '—',
      ratio: '—',
      target: readyTarget,
      verdict: figure.ready.figure.median <= TARGETS.taskpaneReadyMs ? 'pass' : 'fail',
    });
  } else rows.push(missing('窗格可用 pane ready（生成汇报 enabled）', 'Chromium', readyTarget, figure.ready.reason));
  return rows;
}

function webRows(results: Results, options: Options): TableRow[] {
  if (!options.parts.has('web')) return [];
  const target = `≤ ${TARGETS.webRatio}× CLI`;
  const rows: TableRow[] = [];
  const memoryRows: TableRow[] = [];
  options.sizes.forEach((size, index) => {
    const outcome = results.web[index] ?? results.web[results.web.length - 1];
    if (!outcome || !outcome.ok) {
      const reason = outcome && !outcome.ok ? outcome.reason : '未测 not run';
      rows.push(missing('网页版 web（选文件→两个下载就绪 file → downloads ready）', count(size), target, reason));
      memoryRows.push(missing('网页版内存峰值 web page peak（渲染进程 renderer）', count(size), '—', reason));
      return;
    }
    const figure = outcome.figure;
    rows.push({
      measure: '网页版 web（选文件→两个下载就绪 file → downloads ready）',
      size: count(size),
      measured: `${ms(figure.pageMs.median)}（${figure.thread}）`,
      baseline: `huibao report ${ms(figure.cliMs.median)}`,
      ratio: times(figure.ratio),
      target,
      verdict: atMost(figure.ratio, TARGETS.webRatio),
    });
    memoryRows.push({
      measure: '网页版内存峰值 web page peak（渲染进程 renderer）',
      size: count(size),
      measured: `${figure.pagePeakMb.median.toFixed(0)} MB`,
      baseline: `huibao report ${figure.cliPeakRssMb.median.toFixed(0)} MB`,
      ratio: times(figure.pagePeakMb.median / figure.cliPeakRssMb.median),
      target: '—',
      verdict: 'info',
    });
  });
  return [...rows, ...memoryRows];
}

function stepTable(results: Results): string | null {
  const figures = results.engine.filter((outcome): outcome is { ok: true; figure: EngineFigure } => outcome.ok).map((outcome) => outcome.figure);
  if (figures.length === 0) return null;
  const steps = ['recognize', 'validate', 'compute', 'narrate', 'layout'] as const;
  const head = ['规模 Size', '识别 recognize', '校验 validate', '测算 compute', '成文 narrate', '排版 layout', '宿主读取 host read'];
  const lines = figures.map((figure) => [count(figure.indicators), ...steps.map((step) => ms(figure.steps[step])), ms(figure.snapshotReadMs)]);
  const widths = head.map((_, col) => Math.max(...[head, ...lines].map((line) => line[col].length + (col === 0 ? 0 : 2))));
  return [head, ...lines].map((line) => line.map((cell, col) => cell.padEnd(widths[col])).join('  ')).join('\n');
}

interface SavedResults {
  readonly date: string;
  /** How long the whole bench took. */
  readonly minutes: number;
  readonly machine: MachineInfo;
  readonly options: { readonly sizes: readonly number[]; readonly quick: boolean; readonly parts: readonly Part[] };
  readonly targets: typeof TARGETS;
  readonly workbooks: readonly GeneratedWorkbook[];
  readonly results: Results;
  readonly table: readonly TableRow[];
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const machine = machineInfo();
  log(`基准测试 bench：${machine.cpu} × ${machine.cores}，${machine.memoryGb} GB，Node ${machine.node}，负载 load ${machine.loadAverage}`);
  const started = performance.now();
  const workbooks = await makeSizeWorkbooks(options.sizes, OUT_DIR, log);
  const results = await measureAll(options, workbooks);
  const table = [...engineRows(results, options), ...readOnlyRows(results), ...reportRows(results, options), ...ledgerRows(results), ...analyzeRows(results), ...batchRows(results), ...officeRows(results), ...taskpaneRows(results), ...webRows(results, options)];
  process.stdout.write(`\n${textTable(table)}\n`);
  const steps = stepTable(results);
  if (steps) process.stdout.write(`\n引擎各步中位数 engine steps, median:\n${steps}\n`);
  const minutes = (performance.now() - started) / 60_000;
  log(`用时 took ${minutes.toFixed(1)} min`);
  const saved: SavedResults = {
    date: new Date().toISOString(),
    minutes: Math.round(minutes * 10) / 10,
    machine,
    options: { sizes: options.sizes, quick: options.quick, parts: [...options.parts] },
    targets: TARGETS,
    workbooks: workbooks.map((workbook) => ({ ...workbook, file: path.relative(REPO, workbook.file) })),
    results,
    table,
  };
  await fs.mkdir(OUT_DIR, { recursive: true });
  await fs.writeFile(path.join(OUT_DIR, 'table.md'), `${markdownTable(table)}\n`);
  if (options.save) {
    await fs.writeFile(path.join(__dirname, 'results.json'), `${JSON.stringify(saved, null, 2)}\n`);
    log(`\n已写入 wrote bench/results.json 与 and bench/out/table.md`);
  }
}

main().catch((error: unknown) => {
  console.error('基准测试失败 bench failed:', error);
  process.exitCode = 1;
});
