import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import type { OutputPlan, SheetPlan } from '../../src/core/model';
import { runPipeline } from '../../src/core/pipeline';
import { readXlsxSnapshot } from '../../src/node/xlsx-read';
import { applyPlanToXlsx } from '../../src/node/xlsx-write';
import { describeWithSoffice, recalculate } from './soffice';

const SAMPLE = path.resolve(__dirname, '../../assets/samples/2009-灌南县发改委-目标任务分解表.xlsx');
const GENERATED_AT = '2009-07-01T04:00:00.000Z';
const CONFIRMED = '呼应沿海开发，做好规划对接';
const OTHER = '制定年度计划';

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

function rowOf(sheet: SheetPlan, text: string): number {
  const col = columnOf(sheet, '指标名称');
  const row = sheet.rows.findIndex((line) => {
    const cell = line[col - 1];
    return (cell?.kind === 'text' || cell?.kind === 'link') && cell.text === text;
  });
  if (row < 0) throw new Error(`no ${text}`);
  return row + 1;
}

function shown(cell: ExcelJS.Cell): unknown {
  return cell.type === ExcelJS.ValueType.Formula ? cell.result : cell.value;
}

describeWithSoffice('LibreOffice 打开重跑后的报告：手填的确认人、确认时间原样是文字，确认状态照样计数', (soffice) => {
  const dir = mkdtempSync(path.join(tmpdir(), 'huibao-confirmer-lo-'));
  let measures: ExcelJS.Worksheet;
  let plan: SheetPlan;

  beforeAll(async () => {
    const written = path.join(dir, 'written');
    mkdirSync(written, { recursive: true });
    const first = runPipeline(await readXlsxSnapshot(SAMPLE), { generatedAt: GENERATED_AT });
    const report = path.join(written, 'typed-in.xlsx');
    await applyPlanToXlsx(SAMPLE, first.plan, report);
    // A leader types into 指标测算 (ExcelJS stands in for Excel): a status with a name and a time, and a name that looks like a formula.
    const firstPlan = sheetOf(first.plan, 'measures');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(report);
    const typed = workbook.getWorksheet(firstPlan.name)!;
    typed.getCell(rowOf(firstPlan, CONFIRMED), columnOf(firstPlan, '确认状态')).value = '已完成';
    typed.getCell(rowOf(firstPlan, CONFIRMED), columnOf(firstPlan, '确认人')).value = '王五';
    typed.getCell(rowOf(firstPlan, CONFIRMED), columnOf(firstPlan, '确认时间')).value = '2026-12-08 08:40';
    typed.getCell(rowOf(firstPlan, OTHER), columnOf(firstPlan, '确认人')).value = '=SUM(1,2)';
    await workbook.xlsx.writeFile(report);

    const second = runPipeline(await readXlsxSnapshot(report), { generatedAt: GENERATED_AT });
    const rerun = path.join(written, 'rerun.xlsx');
    await applyPlanToXlsx(report, second.plan, rerun);
    const [opened] = recalculate(soffice, [rerun], path.join(dir, 'recalculated'));
    const back = new ExcelJS.Workbook();
    await back.xlsx.readFile(opened);
    plan = sheetOf(second.plan, 'measures');
    measures = back.getWorksheet(plan.name)!;
  }, 300_000);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('确认人、确认时间在原指标行上，是文字；“=SUM(1,2)”没有被算成 3；计数状态按确认状态重算为“已完成”', () => {
    const row = rowOf(plan, CONFIRMED);
    expect(shown(measures.getCell(row, columnOf(plan, '确认状态')))).toBe('已完成');
    expect(shown(measures.getCell(row, columnOf(plan, '确认人')))).toBe('王五');
    expect(shown(measures.getCell(row, columnOf(plan, '确认时间')))).toBe('2026-12-08 08:40');
    expect(shown(measures.getCell(row, columnOf(plan, '计数状态')))).toBe('已完成');
    const other = measures.getCell(rowOf(plan, OTHER), columnOf(plan, '确认人'));
    expect(other.type).toBe(ExcelJS.ValueType.String);
    expect(other.value).toBe('=SUM(1,2)');
  });
});
