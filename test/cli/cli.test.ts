import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { readXlsxSnapshot } from '../../src/node/xlsx-read';
import { buildCli, huibao, ROOT } from './run-huibao';

const SAMPLE = path.join(ROOT, 'assets', 'samples', '2009-灌南县发改委-目标任务分解表.xlsx');

let work: string;

beforeAll(async () => {
  await buildCli();
  work = await fs.mkdtemp(path.join(os.tmpdir(), 'huibao-cli-'));
});

describe('huibao analyze', () => {
  it('在样例上返回契约规定的全部字段，每个指标都在', async () => {
    const result = await huibao('analyze', SAMPLE, '--json');
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout);
    expect(json.sheet).toBe('目标分解表');
    expect(json.headerRows).toEqual([3, 4]);
    expect(json.period).toMatchObject({ year: 2009, fromMonth: 1, toMonth: 6, expectedProgress: 0.5 });
    for (const field of ['name', 'unit', 'target', 'actual', 'lastYear', 'department', 'owner', 'weight', 'deadline', 'progressText']) {
      expect(json.columns[field]).toMatch(/^[A-Z]+$/);
    }
    const snapshot = await readXlsxSnapshot(SAMPLE);
    const sheet = snapshot.sheets.find((s) => s.name === '目标分解表')!;
    const nameCol = json.columns.name.charCodeAt(0) - 64;
    for (const indicator of json.indicators) {
      expect(Object.keys(indicator)).toEqual(expect.arrayContaining(['row', 'id', 'path', 'name', 'kind', 'direction', 'unit', 'target', 'actual', 'lastYear', 'department', 'owner', 'weight', 'deadline', 'progressText', 'completionRate', 'growthRate', 'status']));
      expect(sheet.values[indicator.row - 1][nameCol - 1]).toBe(indicator.name);
    }
    const investment = json.indicators.find((i: { name: string }) => i.name.includes('固定资产投资'));
    expect(investment).toMatchObject({ unit: '亿元', actual: 39.9, kind: 'quantitative', direction: 'higher' });
    expect(investment.growthRate).toBeCloseTo(0.3108, 4);
    expect(json.indicators.length).toBeGreaterThanOrEqual(30);
    expect(json.indicators.map((i: { path: string[] }) => i.path[0]).filter((v: string, i: number, all: string[]) => all.indexOf(v) === i)).toEqual(['勤政目标', '优政目标', '廉政目标']);
  });

  it('不是 xlsx 的文件：退出码 2，stderr 给中文说明，没有异常堆栈', async () => {
    const file = path.join(work, '通讯录.xlsx');
    await fs.writeFile(file, '姓名,电话\n');
    const result = await huibao('analyze', file, '--json');
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/不是可读取的 \.xlsx 工作簿/);
    expect(result.stderr).not.toMatch(/at .*\.js:\d+/);
  });

  it('没有指标表的工作簿：退出码 2，JSON 的 sheet 为 null，不编造指标', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('通讯录');
    sheet.addRows([['姓名', '科室', '电话'], ['张三', '综合科', '83212345'], ['李四', '计划科', '83212346']]);
    const file = path.join(work, '通讯录2.xlsx');
    await workbook.xlsx.writeFile(file);
    const result = await huibao('analyze', file, '--json');
    expect(result.code).toBe(2);
    const json = JSON.parse(result.stdout);
    expect(json.sheet).toBeNull();
    expect(json.indicators).toEqual([]);
    expect(json.issues.some((issue: { severity: string; message: string }) => issue.severity === 'error' && /[\u4e00-\u9fff]/.test(issue.message))).toBe(true);
    expect(result.stderr).toMatch(/没有找到指标表/);
  });

  it('参数有误时给出中文提示，退出码 2', async () => {
    const result = await huibao('analyze', SAMPLE, '--as-of', '2009-13-45');
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/--as-of/);
  });
});

describe('huibao report', () => {
  it('写出 .xlsx 与 .docx；原有工作表的每个值、每个公式都和原来一样', async () => {
    const out = path.join(work, 'out');
    const result = await huibao('report', SAMPLE, '--out', out);
    expect(result.code).toBe(0);
    const xlsx = path.join(out, '2009-灌南县发改委-目标任务分解表-汇报.xlsx');
    const docx = path.join(out, '2009-灌南县发改委-目标任务分解表-汇报.docx');
    expect(result.stdout).toContain(xlsx);
    expect((await fs.stat(docx)).size).toBeGreaterThan(2000);

    const before = await readXlsxSnapshot(SAMPLE);
    const after = await readXlsxSnapshot(xlsx);
    for (const original of before.sheets) {
      const written = after.sheets.find((s) => s.name === original.name)!;
      expect(written.values).toEqual(original.values);
      expect(written.formulas).toEqual(original.formulas);
      expect(written.merges).toEqual(expect.arrayContaining(original.merges));
    }
    expect(after.sheets.length).toBeGreaterThan(before.sheets.length);
  });
});
