import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { buildCli, huibao } from './run-huibao';

/** The questions recognition asks when it is unsure, as the command line prints them, and how they are answered. */

let work: string;
beforeAll(async () => {
  await buildCli();
  work = await fs.mkdtemp(path.join(os.tmpdir(), 'huibao-questions-'));
});
afterAll(async () => {
  await fs.rm(work, { recursive: true, force: true });
});

async function book(name: string, rows: readonly (readonly (string | number | null)[])[]): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Sheet1');
  for (const row of rows) sheet.addRow([...row]);
  const file = path.join(work, name);
  await workbook.xlsx.writeFile(file);
  return file;
}

describe('命令行：拿不准的列和行，问用户，并说怎么回答', () => {
  it('analyze 打印每个问题和回答用的 --map 写法；回答之后不再问', async () => {
    const file = await book('计划.xlsx', [
      ['序号', '指标名称', '计划', '完成值'],
      [1, '新增就业', 5000, 4100],
      [2, '技能培训', 3000, 3100],
    ]);
    const asked = await huibao('analyze', file);
    expect(asked.code).toBe(0);
    expect(asked.stdout).toMatch(/需确认/);
    expect(asked.stdout).toContain('C 列');
    expect(asked.stdout).toContain('--map target=C');
    const answered = await huibao('analyze', file, '--map', 'target=C');
    expect(answered.code).toBe(0);
    expect(answered.stdout).not.toContain('--map target=C');
  });

  it('analyze --json 给出每一列和每一行的把握度，以及问题', async () => {
    const file = await book('计划2.xlsx', [
      ['序号', '指标名称', '计划', '完成值'],
      [1, '新增就业', 5000, 4100],
      [2, '技能培训', 3000, 3100],
    ]);
    const result = await huibao('analyze', file, '--json');
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout) as {
      columnRoles: { letter: string; field: string | null; confidence: number }[];
      indicators: { confidence: number }[];
      questions: { kind: string; letter?: string; candidates: string[] }[];
    };
    expect(json.columnRoles.map((c) => c.letter)).toEqual(['A', 'B', 'C', 'D']);
    expect(json.indicators.every((i) => i.confidence > 0 && i.confidence <= 1)).toBe(true);
    expect(json.questions.some((q) => q.kind === 'column' && q.letter === 'C' && q.candidates[0] === 'target')).toBe(true);
  });

  it('没有表头的任务清单也读出，并打印要确认的列', async () => {
    const file = await book('清单.xlsx', [
      ['XX镇2025年重点工作任务清单'],
      ['一、经济发展'],
      ['推进工业园区标准厂房建设，年内竣工投用', '经发办', '张伟', '2025年12月'],
      ['完成招商引资签约项目5个', '招商办', '李明', '2025年11月'],
      ['二、民生保障'],
      ['完成农村危房改造30户', '村建办', '王芳', '2025年9月'],
    ]);
    const result = await huibao('analyze', file);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/--map name=A/);
  });
});
