import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { regionRate, regionStanding, regionBenchmark } from '../../src/core/compute/region-standing';
import { layout } from '../../src/core/layout';
import { DEFAULT_SHEET_NAMES } from '../../src/core/layout/generated-sheets';
import type { Indicator, PlannedValue, SheetPlan } from '../../src/core/model';
import { refToFormula } from '../../src/core/model';
import { runPipeline, type PipelineOutcome } from '../../src/core/pipeline';
import { readXlsxSnapshot } from '../../src/node/xlsx-read';
import { planAsSnapshot } from './plan-as-snapshot';
import { shown } from './plan-reading';

const ROOT = path.resolve(__dirname, '../..');
const REAL = path.join(ROOT, 'test/fixtures/real-corpus');
const SAMPLE = path.join(ROOT, 'assets/samples/2009-灌南县发改委-目标任务分解表.xlsx');
const GENERATED_AT = '2019-12-31T04:00:00.000Z';

interface ExpectedRegion {
  readonly name: string | { readonly value: string };
  readonly target?: number | { readonly v: number };
  readonly actual?: number | { readonly v: number };
}
interface ExpectedIndicator {
  readonly name: string;
  readonly regions?: readonly ExpectedRegion[];
}

/**
 * The real cross-tables this sheet was built on, as their hand-written expectations say (not as recognition reads
 * them). The corpus grows with tables nobody here has tuned on; whether those are read right is what
 * `npm run bench:recognition` measures, so a sheet test that needed every one read right would test the corpus.
 */
const SHEET_CHECKED = /^(15|16)-/;
const CROSS_TABLES = readdirSync(REAL)
  .filter((name) => name.endsWith('.expected.json') && SHEET_CHECKED.test(name))
  .map((name) => ({ name, expected: JSON.parse(readFileSync(path.join(REAL, name), 'utf8')) }))
  .filter(({ expected }) => expected.expect?.table?.layoutClass === 'cross-table')
  .map(({ name, expected }) => ({ file: name.replace(/\.expected\.json$/, '.xlsx'), indicators: expected.expect.table.indicators as ExpectedIndicator[] }));

const figureOf = (figure: number | { readonly v: number }): number => (typeof figure === 'number' ? figure : figure.v);
const nameOf = (region: ExpectedRegion): string => (typeof region.name === 'string' ? region.name : region.name.value);

async function run(file: string): Promise<PipelineOutcome> {
  return runPipeline(await readXlsxSnapshot(file), { generatedAt: GENERATED_AT });
}

function regionsSheet(outcome: PipelineOutcome): SheetPlan {
  const sheet = outcome.plan.sheets.find((s) => s.role === 'regions');
  if (!sheet) throw new Error('no 分地区 sheet');
  return sheet;
}

/** A block on 分地区: its heading row, then the header row, the regions and the 合计 row. */
interface Block {
  readonly heading: string;
  readonly regionRows: readonly (readonly PlannedValue[])[];
  readonly total: readonly PlannedValue[];
}

function blocks(sheet: SheetPlan): Block[] {
  const found: Block[] = [];
  sheet.rows.forEach((line, i) => {
    if (shown(line[0] ?? null) !== '地区') return;
    const regionRows: (readonly PlannedValue[])[] = [];
    let r = i + 1;
    for (; r < sheet.rows.length && shown(sheet.rows[r][0] ?? null) !== '合计'; r++) regionRows.push(sheet.rows[r]);
    found.push({ heading: String(shown(sheet.rows[i - 1][0] ?? null)), regionRows, total: sheet.rows[r] });
  });
  return found;
}

function formulaOf(value: PlannedValue | undefined): { formula: string; cached: unknown } | null {
  return value?.kind === 'formula' ? { formula: value.formula, cached: value.cached } : null;
}

describe('分地区：交叉表每个指标一块，每个地区一行，数是指向原表单元格的公式', () => {
  it('语料中有交叉表', () => {
    expect(CROSS_TABLES.length).toBeGreaterThanOrEqual(2);
  });

  it.each(CROSS_TABLES.map((c) => c.file))('%s：地区名照原表，公式指向原表单元格，缓存值是引擎的数', async (file) => {
    const outcome = await run(path.join(REAL, file));
    const table = outcome.recognition.table!;
    const sheet = regionsSheet(outcome);
    expect(sheet.name).toBe('分地区');
    const indicators = table.indicators.filter((i) => (i.breakdown ?? []).length > 0);
    const found = blocks(sheet);
    expect(found).toHaveLength(indicators.length);
    const expected = CROSS_TABLES.find((c) => c.file === file)!.indicators;

    indicators.forEach((indicator: Indicator, k) => {
      const block = found[k];
      expect(block.heading).toContain(indicator.name.value);
      const breakdown = indicator.breakdown ?? [];
      expect(block.regionRows).toHaveLength(breakdown.length);
      // Every region of the source's region column, in order; those with figures carry the names as published
      // (the hand-written expectation lists only those), the others say 未填报.
      expect(block.regionRows.map((line) => shown(line[0] ?? null))).toEqual(breakdown.map((r) => r.region.value));
      // The expectation names 城镇登记失业率 where recognition keeps the header's 低于 in the name.
      const published = expected.find((e) => indicator.name.value.startsWith(e.name))?.regions ?? [];
      expect(published.length).toBeGreaterThan(0);
      const reported = block.regionRows.filter((line) => shown(line[4]) !== '未填报');
      expect(reported.map((line) => shown(line[0] ?? null))).toEqual(published.map(nameOf));
      const benchmark = regionBenchmark(indicator, outcome.results!);

      breakdown.forEach((region, i) => {
        const line = block.regionRows[i];
        expect(line[0]).toEqual({ kind: 'link', text: region.region.value, target: region.region.cell });
        for (const [col, field] of [
          [1, region.target],
          [2, region.actual],
        ] as const) {
          if (!field) {
            expect(line[col]).toBeNull();
            continue;
          }
          expect(shown(line[col])).toBe(field.value);
          if (!field.derived) expect(formulaOf(line[col])?.formula).toBe(`=${refToFormula(field.cell)}`);
        }
        const exp = published.find((e) => nameOf(e) === region.region.value);
        if (exp?.target !== undefined) expect(shown(line[1])).toBe(figureOf(exp.target));
        if (exp?.actual !== undefined) expect(shown(line[2])).toBe(figureOf(exp.actual));
        const rate = regionRate(region);
        if (indicator.direction === 'higher' && rate) {
          expect(line[3]?.kind).toBe('formula');
          expect(shown(line[3])).toBeCloseTo(rate.rate, 12);
        }
        // Status words agree with the draft's one definition of lagging.
        const standing = regionStanding(indicator, region, benchmark);
        const status = shown(line[4]);
        if (standing === 'lags' || standing === 'over-limit') expect(status).toBe('滞后');
        else if (standing === 'unreported') expect(status).toBe('未填报');
        else if (standing === 'on-pace' || standing === 'within-limit') expect(['超额完成', '已完成', '达到序时进度']).toContain(status);
      });

      // 合计 points at the indicator's own cells (the source's 合计 row).
      if (indicator.target && !indicator.target.derived) expect(formulaOf(block.total[1])).toEqual({ formula: `=${refToFormula(indicator.target.cell)}`, cached: indicator.target.value });
      if (indicator.actual && !indicator.actual.derived) expect(formulaOf(block.total[2])).toEqual({ formula: `=${refToFormula(indicator.actual.cell)}`, cached: indicator.actual.value });
      const result = outcome.results!.indicators.find((r) => r.row === indicator.row)!;
      if (result.completionRate !== null) expect(formulaOf(block.total[3])).toEqual({ formula: expect.stringMatching(/^=指标测算!J\d+$/), cached: result.completionRate });
    });
    // Workbook text never becomes a formula: no region name is inside any formula on the sheet.
    const names = indicators.flatMap((i) => (i.breakdown ?? []).map((r) => r.region.value));
    const formulas = sheet.rows.flatMap((line) => line.flatMap((value) => (value?.kind === 'formula' ? [value.formula] : [])));
    expect(formulas.length).toBeGreaterThan(names.length);
    for (const formula of formulas) for (const name of names) expect(formula).not.toContain(name);
  });

  it('眉山市就业促进：东坡区、青神县的几格对照原表', async () => {
    const outcome = await run(path.join(REAL, '15-眉山市-2019年十大民生工程完成情况表（就业促进）.xlsx'));
    const [jobs, , , unemployment, laidOff] = blocks(regionsSheet(outcome));
    expect(jobs.heading).toBe('1. 城镇新增就业（单位：人）');
    const dongpo = jobs.regionRows.find((line) => shown(line[0] ?? null) === '东坡区')!;
    expect(formulaOf(dongpo[1])).toEqual({ formula: '=Sheet1!B10', cached: 8000 });
    expect(formulaOf(dongpo[2])).toEqual({ formula: '=Sheet1!C10', cached: 22921 });
    // 完成比例(%) holds 286.5: the stated cell ÷ 100.
    expect(formulaOf(dongpo[3])).toEqual({ formula: '=Sheet1!D10/100', cached: 2.865 });
    expect(shown(dongpo[4])).toBe('超额完成');
    expect(shown(jobs.regionRows[0][4])).toBe('未填报'); // 市本级 has no figure under 城镇新增就业
    expect(formulaOf(jobs.total[1])).toEqual({ formula: '=Sheet1!B7', cached: 27800 });
    // A ceiling (失业率低于4.3%): judged by the region's figure against its limit.
    expect(unemployment.heading).toContain('城镇登记失业率');
    const qingshen = unemployment.regionRows.find((line) => shown(line[0] ?? null) === '青神县')!;
    expect(formulaOf(qingshen[1])).toEqual({ formula: '=Sheet1!K15', cached: 4.3 });
    expect(formulaOf(qingshen[2])).toEqual({ formula: '=Sheet1!L15', cached: 3.5 });
    expect(qingshen[3]).toBeNull();
    expect(formulaOf(qingshen[4])?.cached).toBe('超额完成');
    // 下岗失业人员再就业: 市本级 60 → 577.
    const city = laidOff.regionRows[0];
    expect(shown(city[0])).toBe('市本级');
    expect(formulaOf(city[1])).toEqual({ formula: '=Sheet1!N8', cached: 60 });
    expect(formulaOf(city[2])).toEqual({ formula: '=Sheet1!O8', cached: 577 });
  });

  it('一个地区落后于序时进度时标为滞后，与汇报稿点名的地区一致', async () => {
    const outcome = await run(path.join(REAL, '16-凉山州-2016年彝家新寨建设工程月报进度表.xlsx'));
    const sheet = regionsSheet(outcome);
    const lagging = blocks(sheet).flatMap((b) => b.regionRows.filter((line) => shown(line[4]) === '滞后').map((line) => String(shown(line[0]))));
    expect(lagging.length).toBeGreaterThan(0);
    const draft = JSON.stringify(outcome.report);
    for (const name of new Set(lagging)) expect(draft).toContain(name);
    // Status is a formula over the row's 完成比例, so a corrected source recolours it.
    const behind = blocks(sheet)
      .flatMap((b) => b.regionRows)
      .find((line) => shown(line[4]) === '滞后')!;
    expect(formulaOf(behind[4])?.formula).toMatch(/^=IF\(D\d+</);
    expect(sheet.conditionalFormats.some((f) => f.kind === 'text-equals' && f.text === '滞后')).toBe(true);
  });

  it('非交叉表（灌南县发改委样例）不生成分地区', async () => {
    const outcome = await run(SAMPLE);
    expect(outcome.recognition.table?.layoutClass).not.toBe('cross-table');
    expect(outcome.plan.sheets.map((s) => s.role)).not.toContain('regions');
    expect(outcome.plan.sheets.map((s) => s.name)).not.toContain('分地区');
  });

  it('分地区排在汇总之后；重跑替换旧的分地区，个人建的“分地区”表不动', async () => {
    const file = path.join(REAL, '15-眉山市-2019年十大民生工程完成情况表（就业促进）.xlsx');
    const snapshot = await readXlsxSnapshot(file);
    const first = runPipeline(snapshot, { generatedAt: GENERATED_AT });
    const roles = first.plan.sheets.map((s) => s.role);
    expect(roles.indexOf('regions')).toBe(roles.indexOf('summary') + 1);

    // The first run's output read back, plus a person's own sheet named 分地区.
    const own = { ...snapshot.sheets[0], name: DEFAULT_SHEET_NAMES.regions, position: snapshot.sheets.length, values: [['我自己的分地区统计']] };
    const generated = first.plan.sheets.map((plan, i) => planAsSnapshot(plan, snapshot.sheets.length + 1 + i));
    const renamed = { ...generated.find((s) => s.name === '分地区')! };
    const rerunInput = { ...snapshot, sheets: [...snapshot.sheets, own, ...generated.filter((s) => s !== generated.find((g) => g.name === '分地区')), { ...renamed, name: '分地区（旧）' }] };
    const second = layout({ snapshot: rerunInput, ...inputsOf(first), generatedAt: GENERATED_AT });
    // The earlier generated sheet (found by its marker, whatever its name) is removed; the person's sheet is not.
    expect(second.removeSheets).toContain('分地区（旧）');
    expect(second.removeSheets).not.toContain('分地区');
    const regions = second.sheets.filter((s) => s.role === 'regions');
    expect(regions).toHaveLength(1);
    expect(regions[0].name).toBe('分地区（2）');
  });
});

function inputsOf(outcome: PipelineOutcome) {
  return { table: outcome.recognition.table, issues: outcome.issues, results: outcome.results, report: outcome.report };
}
