import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import type { OutputPlan, SheetPlan } from '../../src/core/model';
import { runPipeline, type PipelineOutcome } from '../../src/core/pipeline';
import { summaryCol, summaryLayout } from '../../src/core/layout/summary-sheet';
import { readXlsxSnapshot } from '../../src/node/xlsx-read';
import { applyPlanToXlsx } from '../../src/node/xlsx-write';
import { compareFormulaValues, type FormulaCheck } from './formula-values';
import { describeWithSoffice, recalculate } from './soffice';

const SAMPLE = path.resolve(__dirname, '../../assets/samples/2009-灌南县发改委-目标任务分解表.xlsx');
const GENERATED_AT = '2009-07-01T04:00:00.000Z';
const CONFIRMED = '呼应沿海开发，做好规划对接';

function sheetOf(plan: OutputPlan, role: SheetPlan['role']): SheetPlan {
  const found = plan.sheets.find((sheet) => sheet.role === role);
  if (!found) throw new Error(`no ${role} sheet`);
  return found;
}

function columnOf(sheet: SheetPlan, header: string): number {
  const col = sheet.rows[2].findIndex((cell) => cell?.kind === 'text' && cell.text === header) + 1;
  if (col === 0) throw new Error(`no ${header}`);
  return col;
}

function rowOf(sheet: SheetPlan, col: number, text: string): number {
  const row = sheet.rows.findIndex((line) => {
    const cell = line[col - 1];
    return (cell?.kind === 'text' || cell?.kind === 'link') && cell.text === text;
  });
  if (row < 0) throw new Error(`no ${text}`);
  return row + 1;
}

function result(cell: ExcelJS.Cell): unknown {
  return cell.type === ExcelJS.ValueType.Formula ? cell.result : cell.value;
}

/** 汇总's 合计 row (by 目标类别) and 总览's headline, as LibreOffice recalculated them. */
async function recalculatedTotals(file: string, outcome: PipelineOutcome): Promise<{ completed: unknown; inProgress: unknown; headline: unknown; counted: unknown }> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const plan = outcome.plan;
  const summary = workbook.getWorksheet(sheetOf(plan, 'summary').name);
  const totalRow = summaryLayout(outcome.results!).byGroup.totalRow;
  const overviewPlan = sheetOf(plan, 'overview');
  const labels = overviewPlan.rows.findIndex((line) => line.some((cell) => cell?.kind === 'text' && cell.text === '指标数'));
  const completedAt = overviewPlan.rows[labels].findIndex((cell) => cell?.kind === 'text' && cell.text === '已完成');
  const measuresPlan = sheetOf(plan, 'measures');
  const measures = workbook.getWorksheet(measuresPlan.name);
  const row = rowOf(measuresPlan, columnOf(measuresPlan, '指标名称'), CONFIRMED);
  return {
    completed: result(summary!.getCell(totalRow, summaryCol('completed'))),
    inProgress: result(summary!.getCell(totalRow, summaryCol('inProgress'))),
    headline: result(workbook.getWorksheet(overviewPlan.name)!.getCell(labels + 2, completedAt + 1)),
    counted: result(measures!.getCell(row, columnOf(measuresPlan, '计数状态'))),
  };
}

describeWithSoffice('LibreOffice 重算：确认状态一填，汇总和总览的公式就按它计数；重跑后引擎的数与重算一致', (soffice) => {
  const dir = mkdtempSync(path.join(tmpdir(), 'huibao-confirm-recalc-'));
  let first: PipelineOutcome;
  let second: PipelineOutcome;
  let typedIn: { completed: unknown; inProgress: unknown; headline: unknown; counted: unknown };
  let rerunCheck: FormulaCheck;

  beforeAll(async () => {
    const written = path.join(dir, 'written');
    mkdirSync(written, { recursive: true });
    // First run, then a person types 已完成 into 确认状态 (ExcelJS stands in for Excel; no rerun yet).
    first = runPipeline(await readXlsxSnapshot(SAMPLE), { generatedAt: GENERATED_AT });
    const report = path.join(written, 'typed-in.xlsx');
    await applyPlanToXlsx(SAMPLE, first.plan, report);
    const measuresPlan = sheetOf(first.plan, 'measures');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(report);
    const measures = workbook.getWorksheet(measuresPlan.name)!;
    measures.getCell(rowOf(measuresPlan, columnOf(measuresPlan, '指标名称'), CONFIRMED), columnOf(measuresPlan, '确认状态')).value = '已完成';
    await workbook.xlsx.writeFile(report);

    // The next run on that report reads the confirmation back and writes its own figures as cached values.
    second = runPipeline(await readXlsxSnapshot(report), { generatedAt: GENERATED_AT });
    const rerun = path.join(written, 'rerun.xlsx');
    await applyPlanToXlsx(report, second.plan, rerun);

    const [typedOut, rerunOut] = recalculate(soffice, [report, rerun], path.join(dir, 'recalculated'));
    typedIn = await recalculatedTotals(typedOut, first);
    rerunCheck = await compareFormulaValues(second.plan, rerunOut);
  }, 300_000);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('只填了确认状态、没有重跑：重算后计数状态是“已完成”，汇总已完成多一项、推进中少一项，总览随之变化', () => {
    const before = first.results!.totals;
    expect(typedIn).toEqual({ completed: before.completed + 1, inProgress: (before.inProgress ?? 0) - 1, headline: before.completed + 1, counted: '已完成' });
  });

  it('重跑后：引擎按确认状态算出的每个公式的值，与 LibreOffice 重算的值一致', () => {
    expect(second.results!.totals.completed).toBe(first.results!.totals.completed + 1);
    expect(rerunCheck.mismatches).toEqual([]);
    expect(rerunCheck.checked).toBeGreaterThan(100);
  });
});
