/**
 * Makes the bench's input workbooks in bench/out/ (gitignored):
 *   bench/out/sizes/bench-<N>.xlsx   one department-style table of N indicator rows, for each bench size;
 *   bench/out/batch/*.xlsx           50 department workbooks of 30–200 rows, different departments and wording.
 * Everything is drawn from fixed seeds, so every machine measures the same cells.
 * Run alone with `npx tsx bench/make-workbooks.ts [sizes…]`; `npm run bench` calls it first.
 */
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { DEPARTMENTS, type DepartmentProfile } from './workbook/department-profiles';
import { SeededRandom } from './workbook/seeded-random';
import { tableRows, type BenchPeriod } from './workbook/table-rows';
import { SAMPLE_WORDING, writeBenchWorkbook, type BenchWorkbookSpec, type HeaderWording } from './workbook/write-workbook';

export const BENCH_SIZES = [100, 1_000, 5_000, 10_000, 50_000] as const;
export const BATCH_SIZE = 50;
/** The ledger case: a target table of LEDGER_TABLE indicators beside a 台账 sheet of LEDGER_ROWS rows. */
export const LEDGER_TABLE = 300;
export const LEDGER_ROWS = 200_000;
export const OUT_DIR = path.resolve(__dirname, 'out');

const HALF_YEAR: BenchPeriod = { year: 2009, toMonth: 6 };

export interface GeneratedWorkbook {
  readonly file: string;
  readonly indicators: number;
  /** Rows on the indicator sheet, title to notes. */
  readonly rows: number;
  readonly bytes: number;
}

/** The size workbooks: the 2009 发改委 profile, the sample's own header words, the half-year period. */
export function sizeWorkbookSpec(indicators: number): BenchWorkbookSpec {
  const profile = DEPARTMENTS[0];
  return {
    unitName: profile.unitName,
    period: HALF_YEAR,
    wording: SAMPLE_WORDING,
    lines: tableRows({ indicators, seed: 20090701 + indicators, profile, period: HALF_YEAR }),
  };
}

const WORDINGS: readonly HeaderWording[] = [
  SAMPLE_WORDING,
  { name: '工作任务', target: '年度目标', actual: '完成数', lastYear: '去年同期', department: '责任科室', deadline: '完成时限' },
  { name: '考核指标', target: '目标值', actual: '累计完成', lastYear: '上年同期', department: '牵头科室', deadline: '时间节点' },
];

const PERIODS: readonly BenchPeriod[] = [HALF_YEAR, HALF_YEAR, { year: 2009, toMonth: 9 }, { year: 2010, toMonth: 6 }];

/** The i-th workbook of the batch: a department, a size between 30 and 200 rows, its own header words and period. */
export function batchWorkbookSpec(index: number): { spec: BenchWorkbookSpec; indicators: number; profile: DepartmentProfile } {
  const random = new SeededRandom(7_000 + index);
  const profile = DEPARTMENTS[index % DEPARTMENTS.length];
  const indicators = random.int(30, 200);
  const period = random.pick(PERIODS);
  const spec: BenchWorkbookSpec = {
    unitName: profile.unitName,
    period,
    wording: random.pick(WORDINGS),
    lines: tableRows({ indicators, seed: 90_000 + index, profile, period }),
  };
  return { spec, indicators, profile };
}

/** A fingerprint of the generator's own code: workbooks are remade when it changes, reused when not. */
async function generatorFingerprint(): Promise<string> {
  const hash = createHash('sha256');
  const files = [__filename, ...(await fs.readdir(path.join(__dirname, 'workbook'))).sort().map((name) => path.join(__dirname, 'workbook', name))];
  for (const file of files) hash.update(await fs.readFile(file));
  return hash.digest('hex').slice(0, 16);
}

interface Manifest {
  readonly fingerprint: string;
  readonly workbooks: Record<string, GeneratedWorkbook>;
}

async function readManifest(file: string): Promise<Manifest | null> {
  try {
    return JSON.parse(await fs.readFile(file, 'utf8')) as Manifest;
  } catch {
    return null;
  }
}

async function upToDate(known: GeneratedWorkbook | undefined): Promise<boolean> {
  if (!known) return false;
  const stat = await fs.stat(known.file).catch(() => null);
  return stat !== null && stat.size === known.bytes;
}

async function writeOne(file: string, spec: BenchWorkbookSpec, indicators: number): Promise<GeneratedWorkbook> {
  await fs.mkdir(path.dirname(file), { recursive: true });
  const rows = await writeBenchWorkbook(file, spec);
  const { size } = await fs.stat(file);
  return { file, indicators, rows, bytes: size };
}

/** Makes (or reuses, when the generator has not changed) the workbooks for the given sizes. */
export async function makeSizeWorkbooks(sizes: readonly number[], outDir = OUT_DIR, log: (line: string) => void = () => {}): Promise<GeneratedWorkbook[]> {
  const manifestFile = path.join(outDir, 'sizes', 'manifest.json');
  const fingerprint = await generatorFingerprint();
  const old = await readManifest(manifestFile);
  const known = old?.fingerprint === fingerprint ? { ...old.workbooks } : {};
  const made: GeneratedWorkbook[] = [];
  for (const indicators of sizes) {
    const key = String(indicators);
    const previous = known[key];
    if (previous && (await upToDate(previous))) {
      made.push(previous);
      continue;
    }
    const started = performance.now();
    const file = path.join(outDir, 'sizes', `bench-${indicators}.xlsx`);
    const workbook = await writeOne(file, sizeWorkbookSpec(indicators), indicators);
    log(`已生成 generated ${path.relative(process.cwd(), file)}（${workbook.rows} 行 rows，${(workbook.bytes / 1024).toFixed(0)} KB，${(performance.now() - started).toFixed(0)} ms）`);
    known[key] = workbook;
    made.push(workbook);
  }
  await fs.writeFile(manifestFile, JSON.stringify({ fingerprint, workbooks: known }, null, 2));
  return made;
}

export function ledgerWorkbookSpec(): BenchWorkbookSpec {
  return { ...sizeWorkbookSpec(LEDGER_TABLE), ledgerRows: LEDGER_ROWS };
}

/** Makes (or reuses) bench/out/ledger/bench-ledger.xlsx: the 300-row table and the 200,000-row ledger. */
export async function makeLedgerWorkbook(outDir = OUT_DIR, log: (line: string) => void = () => {}): Promise<GeneratedWorkbook> {
  const manifestFile = path.join(outDir, 'ledger', 'manifest.json');
  const fingerprint = await generatorFingerprint();
  const old = await readManifest(manifestFile);
  const previous = old?.fingerprint === fingerprint ? old.workbooks.ledger : undefined;
  if (previous && (await upToDate(previous))) return previous;
  const started = performance.now();
  const file = path.join(outDir, 'ledger', 'bench-ledger.xlsx');
  const workbook = await writeOne(file, ledgerWorkbookSpec(), LEDGER_TABLE);
  log(`已生成 generated ${path.relative(process.cwd(), file)}（${LEDGER_TABLE} 行指标 + ${LEDGER_ROWS.toLocaleString('en-US')} 行台账 ledger rows，${(workbook.bytes / 1024 / 1024).toFixed(1)} MB，${(performance.now() - started).toFixed(0)} ms）`);
  await fs.writeFile(manifestFile, JSON.stringify({ fingerprint, workbooks: { ledger: workbook } }, null, 2));
  return workbook;
}

/** Makes (or reuses) the 50-workbook batch folder; returns the folder and its workbooks. */
export async function makeBatchFolder(outDir = OUT_DIR, log: (line: string) => void = () => {}): Promise<{ folder: string; workbooks: GeneratedWorkbook[] }> {
  const folder = path.join(outDir, 'batch');
  const manifestFile = path.join(outDir, 'batch-manifest.json');
  const fingerprint = await generatorFingerprint();
  const old = await readManifest(manifestFile);
  if (old?.fingerprint === fingerprint) {
    const workbooks = Object.values(old.workbooks);
    if (workbooks.length === BATCH_SIZE && (await Promise.all(workbooks.map(upToDate))).every(Boolean)) return { folder, workbooks };
  }
  await fs.rm(folder, { recursive: true, force: true });
  const workbooks: Record<string, GeneratedWorkbook> = {};
  for (let index = 0; index < BATCH_SIZE; index++) {
    const { spec, indicators, profile } = batchWorkbookSpec(index);
    const name = `${String(index + 1).padStart(2, '0')}-${profile.unitName}-${spec.period.year}年1—${spec.period.toMonth}月-目标任务分解表.xlsx`;
    workbooks[name] = await writeOne(path.join(folder, name), spec, indicators);
  }
  await fs.writeFile(manifestFile, JSON.stringify({ fingerprint, workbooks }, null, 2));
  log(`已生成 generated ${path.relative(process.cwd(), folder)}/（${BATCH_SIZE} 个工作簿 workbooks）`);
  return { folder, workbooks: Object.values(workbooks) };
}

if (require.main === module) {
  const sizes = process.argv.slice(2).map(Number).filter((n) => Number.isInteger(n) && n > 0);
  (async () => {
    await makeSizeWorkbooks(sizes.length > 0 ? sizes : BENCH_SIZES, OUT_DIR, console.log);
    if (sizes.length === 0) await makeBatchFolder(OUT_DIR, console.log);
  })().catch((error: unknown) => {
    console.error('生成基准工作簿失败 (could not make the bench workbooks):', error);
    process.exitCode = 1;
  });
}
