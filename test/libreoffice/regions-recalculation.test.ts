import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import type { OutputPlan } from '../../src/core/model';
import { runPipeline } from '../../src/core/pipeline';
import { readXlsxSnapshot } from '../../src/node/xlsx-read';
import { applyPlanToXlsx } from '../../src/node/xlsx-write';
import { compareFormulaValues, spoiledOnce, type FormulaCheck } from './formula-values';
import { describeWithSoffice, recalculate } from './soffice';

const ROOT = path.resolve(__dirname, '../..');
const GENERATED_AT = '2019-12-31T04:00:00.000Z';
/** The published cross-tables (real corpus) and the made-up ones (layouts). */
const CROSS_TABLES = [
  ...['15-眉山市-2019年十大民生工程完成情况表（就业促进）.xlsx', '16-凉山州-2016年彝家新寨建设工程月报进度表.xlsx'].map((name) => path.join(ROOT, 'test/fixtures/real-corpus', name)),
  ...readdirSync(path.join(ROOT, 'test/fixtures/layouts'))
    .filter((name) => /^地区指标交叉表.*\.xlsx$/.test(name) && !name.includes('无法读取'))
    .map((name) => path.join(ROOT, 'test/fixtures/layouts', name)),
];

/** The plan with only its 分地区 sheet, so the counts below are that sheet's. */
function regionsOnly(plan: OutputPlan): OutputPlan {
  return { ...plan, sheets: plan.sheets.filter((sheet) => sheet.role === 'regions') };
}

describeWithSoffice('LibreOffice 重算分地区：每个公式的值都等于引擎自己的数', (soffice) => {
  const dir = mkdtempSync(path.join(tmpdir(), 'huibao-regions-recalc-'));
  const checks = new Map<string, FormulaCheck>();
  let spoiledCheck: FormulaCheck | null = null;

  beforeAll(async () => {
    const written = path.join(dir, 'written');
    mkdirSync(written, { recursive: true });
    const cases: { label: string; plan: OutputPlan; output: string }[] = [];
    for (const file of CROSS_TABLES) {
      const { plan } = runPipeline(await readXlsxSnapshot(file), { generatedAt: GENERATED_AT });
      const label = path.basename(file, '.xlsx');
      const output = path.join(written, `${label}.xlsx`);
      await applyPlanToXlsx(file, plan, output);
      cases.push({ label, plan, output });
    }
    const outputs = recalculate(soffice, cases.map((c) => c.output), path.join(dir, 'recalculated'));
    for (const [i, item] of cases.entries()) checks.set(item.label, await compareFormulaValues(regionsOnly(item.plan), outputs[i]));
    spoiledCheck = await compareFormulaValues(spoiledOnce(regionsOnly(cases[0].plan), 'regions'), outputs[0]);
  }, 300_000);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('交叉表不少于四张', () => {
    expect(CROSS_TABLES.length).toBeGreaterThanOrEqual(4);
  });

  it.each(CROSS_TABLES.map((file) => path.basename(file, '.xlsx')))('%s', (label) => {
    const check = checks.get(label);
    expect(check?.mismatches).toEqual([]);
    // Figures, rates, statuses and the region links were all recalculated, not a handful.
    expect(check?.checked).toBeGreaterThan(20);
  });

  it('故意写错分地区的一个缓存值，重算能发现', () => {
    expect(spoiledCheck?.mismatches).toHaveLength(1);
    expect(spoiledCheck?.mismatches[0].where).toMatch(/^分地区!/);
  });
});
