import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { compute, type ComputeOptions } from '../../src/core/compute';
import { layout } from '../../src/core/layout';
import type { Issue, OutputPlan, WorkbookSnapshot } from '../../src/core/model';
import { runPipeline } from '../../src/core/pipeline';
import { readXlsxSnapshot, XlsxReadError } from '../../src/node/xlsx-read';
import { applyPlanToXlsx } from '../../src/node/xlsx-write';
import { buildTable, guannanLines, type Line } from '../compute/measure-table';
import { compareFormulaValues, spoiledOnce, type FormulaCheck } from './formula-values';
import { describeWithSoffice, recalculate } from './soffice';
import { staleSourceCells } from './stale-source';
import { writeSourceWorkbook } from './source-workbook';

const ROOT = path.resolve(__dirname, '../..');
const SAMPLE = path.join(ROOT, 'assets/samples/2009-灌南县发改委-目标任务分解表.xlsx');
const CORPUS = path.join(ROOT, 'test/fixtures/corpus');
/** 财政部绩效自评表 / 目标表 and 地区×指标 cross-tables (test/fixtures/layouts/specs.ts). */
const LAYOUTS = path.join(ROOT, 'test/fixtures/layouts');
const GENERATED_AT = '2009-07-01T04:00:00.000Z';

/** Every kind of formula the sheets write: 逆向 with a limit of 0, 序时目标 only, stated growth, words read as numbers, a 待核实 row, a wildcard in a 科室 name. */
function everyBranch(): Line[] {
  return [
    ...guannanLines(),
    { section: '其他', outline: '四' },
    { id: '1', name: '安全生产事故', unit: '起', target: 0, actual: 0, direction: 'lower', department: '规划科*', weight: 2 },
    { id: '2', name: '能耗下降', unit: '吨', target: 100, actual: 130, direction: 'lower', department: '规划科*', weight: '2分' },
    { id: '3', name: '阶段性任务', unit: '项', periodTarget: 8, actual: 6, kind: 'quantitative', department: '<综合科>', weight: 3 },
    { id: '4', name: '外资到位', unit: '万美元', target: 500, actual: 260, growth: 0.12, department: '综合科', weight: 3 },
    { id: '5', name: '数据有误的指标', unit: '个', target: 10, actual: 4, lastYear: 2, department: '综合科', weight: 4 },
    { id: '6', name: '约数目标', unit: '人', target: '约1000', actual: 640, lastYear: '600余', department: '综合科', weight: 1 },
  ];
}

interface Case {
  readonly label: string;
  readonly input: string;
  readonly plan: OutputPlan;
  /** The source as read, for a pipeline case: to tell a stale workbook from a wrong formula. */
  readonly snapshot?: WorkbookSnapshot;
  output?: string;
  recalculated?: string;
}

async function fixtureCase(dir: string, label: string, sheet: string, options: ComputeOptions): Promise<Case> {
  const built = buildTable(everyBranch(), { sheet });
  const pendingRow = built.rowOf('数据有误的指标');
  const issues: Issue[] = [{ severity: 'error', code: 'actual-not-number', cell: { sheet, row: pendingRow, col: 6 }, indicatorRow: pendingRow, params: {} }];
  const results = compute(built.table, issues, options);
  const plan = layout({ snapshot: built.snapshot, table: built.table, issues, results, report: null, generatedAt: GENERATED_AT });
  const input = path.join(dir, `${label}.xlsx`);
  await writeSourceWorkbook(input, sheet, built.grid);
  return { label, input, plan };
}

/** null for a corpus file that is unusable on purpose (encrypted, .xls, corrupt): the CLI refuses it, nothing is written. */
async function pipelineCase(file: string): Promise<Case | null> {
  let snapshot;
  try {
    snapshot = await readXlsxSnapshot(file);
  } catch (error) {
    if (error instanceof XlsxReadError) return null;
    throw error;
  }
  const { plan } = runPipeline(snapshot, { generatedAt: GENERATED_AT });
  return { label: path.basename(file, '.xlsx'), input: file, plan, snapshot };
}

describeWithSoffice('LibreOffice 重算后，每个公式的值都等于引擎自己的数', (soffice) => {
  const dir = mkdtempSync(path.join(tmpdir(), 'huibao-recalc-'));
  const cases: Case[] = [];
  const checks = new Map<string, FormulaCheck>();
  const unreadable: string[] = [];
  const stale = new Map<string, { cells: string[]; check: FormulaCheck }>();
  const corpus = existsSync(CORPUS) ? readdirSync(CORPUS).filter((name) => /\.xlsx$/i.test(name)).sort() : [];
  const layouts = readdirSync(LAYOUTS).filter((name) => /\.xlsx$/i.test(name)).sort();

  beforeAll(async () => {
    cases.push(await fixtureCase(dir, 'fixture-proportional', '2009 目标分解', {}));
    cases.push(await fixtureCase(dir, 'fixture-all-or-nothing', '目标分解表', { scoreRule: { kind: 'all-or-nothing' } }));
    cases.push({ ...cases[0], label: 'fixture-spoiled', plan: spoiledOnce(cases[0].plan, 'measures') });
    const sample = await pipelineCase(SAMPLE);
    if (sample) cases.push(sample);
    for (const name of corpus) {
      const item = await pipelineCase(path.join(CORPUS, name));
      if (item) cases.push(item);
      else unreadable.push(name);
    }
    for (const name of layouts) {
      const item = await pipelineCase(path.join(LAYOUTS, name));
      if (item) cases.push(item);
    }
    const written = path.join(dir, 'written');
    const recalculated = path.join(dir, 'recalculated');
    for (const item of cases) {
      item.output = path.join(written, `${item.label}.xlsx`);
      await import('node:fs/promises').then((fs) => fs.mkdir(written, { recursive: true }));
      await applyPlanToXlsx(item.input, item.plan, item.output);
    }
    const outputs = recalculate(soffice, cases.map((item) => item.output!), recalculated);
    for (const [i, item] of cases.entries()) {
      const check = await compareFormulaValues(item.plan, outputs[i]);
      checks.set(item.label, check);
      if (check.mismatches.length === 0 || !item.snapshot) continue;
      // A workbook whose own formulas do not reproduce their saved values: the engine, run on the
      // recalculated source, must then agree with every formula instead.
      const fresh = await readXlsxSnapshot(outputs[i]);
      const cells = staleSourceCells(item.snapshot, fresh);
      if (cells.length === 0) continue;
      const rerun = runPipeline(fresh, { generatedAt: GENERATED_AT }).plan;
      stale.set(item.label, { cells, check: await compareFormulaValues(rerun, outputs[i]) });
    }
  });

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each(['fixture-proportional', 'fixture-all-or-nothing'])('测试表（%s）：所有公式分支', (label) => {
    const check = checks.get(label);
    expect(check?.mismatches).toEqual([]);
    expect(check?.checked).toBeGreaterThan(150);
  });

  it('故意写错一个缓存值，重算能发现（证明确实重算了）', () => {
    const check = checks.get('fixture-spoiled');
    expect(check?.mismatches).toHaveLength(1);
  });

  it('样例工作簿（灌南县发改委 2009）', () => {
    const check = checks.get('2009-灌南县发改委-目标任务分解表');
    expect(check?.mismatches).toEqual([]);
    expect(check?.checked).toBeGreaterThan(100);
  });

  it('财政部绩效自评表、目标表与地区×指标交叉表：得分指向表中自评得分，重算一致', () => {
    expect(layouts.length).toBeGreaterThanOrEqual(5);
    for (const name of layouts) {
      const label = path.basename(name, '.xlsx');
      expect({ label, mismatches: checks.get(label)?.mismatches }).toEqual({ label, mismatches: [] });
    }
    // The self-evaluation forms' score formulas point at the forms' own 得分 cells and were recalculated.
    expect(checks.get('项目支出绩效自评表-农村公路养护')?.checked).toBeGreaterThan(30);
  });

  it('识别语料库的每个工作簿', () => {
    if (corpus.length === 0) console.warn(`⚠ test/fixtures/corpus has no .xlsx yet: only the sample and the test tables were recalculated.`);
    const usable = corpus.filter((name) => !unreadable.includes(name));
    expect(usable.length).toBeGreaterThan(corpus.length / 2);
    for (const name of usable) {
      const label = path.basename(name, '.xlsx');
      const staleSource = stale.get(label);
      if (staleSource) {
        console.warn(`⚠ ${name}: its own formulas do not give their saved values when recalculated:\n  ${staleSource.cells.join('\n  ')}\n  compared against the engine run on the recalculated source instead.`);
        expect({ label, mismatches: staleSource.check.mismatches }).toEqual({ label, mismatches: [] });
      } else {
        expect({ label, mismatches: checks.get(label)?.mismatches }).toEqual({ label, mismatches: [] });
      }
    }
  });
});
