import ExcelJS from 'exceljs';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runCheck } from '../../src/cli/check';
import { BROKEN_ROWS, CLEAN_ROWS, writeFixture } from './fixtures/rule-workbooks';

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'huibao-check-'));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

async function run(file: string, options: Parameters<typeof runCheck>[1] = {}): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCheck(file, options, { out: (text) => out.push(text), err: (text) => err.push(text) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('huibao check 文件.xlsx', () => {
  it('有错误时逐条列出级别、位置、指标、问题和建议，退出码 1', async () => {
    const file = path.join(dir, 'broken.xlsx');
    await writeFixture(file, { rows: BROKEN_ROWS, statedTotal: 100 });
    const { code, out, err } = await run(file);
    expect(code).toBe(1);
    expect(err).toBe('');
    const lines = out.split('\n');
    expect(lines[0]).toBe(`校验结果：${file}（工作表：目标分解表）`);
    expect(lines[1]).toBe('共 23 条：7 错误，15 警告，1 提示');
    expect(lines[3]).toMatch(/^级别\s+位置\s+指标\s+问题$/);
    expect(lines[4]).toMatch(/^错误\s+目标分解表!D7\s+督查项目\s+“督查项目”填了完成值 119，但没有目标值/);
    expect(lines[5]).toMatch(/^\s+建议：在 目标分解表!D7 填写目标值。$/);
    expect(out).toContain('有 7 处错误，改正后请再运行 huibao check 复查。');
  });

  it('各列按终端显示宽度对齐（汉字占两格）', async () => {
    const file = path.join(dir, 'broken-aligned.xlsx');
    await writeFixture(file, { rows: BROKEN_ROWS, statedTotal: 100 });
    const { out } = await run(file);
    const width = (text: string) => [...text].reduce((sum, ch) => sum + (/[\u0000-\u00ff]/.test(ch) ? 1 : 2), 0);
    const problemStarts = out
      .split('\n')
      .filter((line) => /^(错误|警告|提示)  /.test(line))
      .map((line) => width(line.slice(0, line.search(/[“定目各序]/))));
    expect(new Set(problemStarts).size).toBe(1);
  });

  it('只有警告和提示时退出码 0', async () => {
    const file = path.join(dir, 'warnings.xlsx');
    await writeFixture(file, { rows: [...CLEAN_ROWS, BROKEN_ROWS[3]], statedTotal: 104 });
    const { code, out } = await run(file);
    expect(out).toContain('共 1 条：0 错误，1 警告，0 提示');
    expect(out).toContain('没有错误，可以提交');
    expect(code).toBe(0);
  });

  it('没有问题时说可以提交，退出码 0', async () => {
    const file = path.join(dir, 'clean.xlsx');
    await writeFixture(file, { rows: CLEAN_ROWS, statedTotal: 100 });
    const { code, out } = await run(file);
    expect(out).toContain('共 0 条：0 错误，0 警告，0 提示');
    expect(out).toContain('未发现问题，可以提交。');
    expect(code).toBe(0);
  });

  it('--as-of 改变截止日期的判断', async () => {
    const file = path.join(dir, 'as-of.xlsx');
    await writeFixture(file, { rows: [...CLEAN_ROWS, BROKEN_ROWS[17]], statedTotal: 104 });
    expect((await run(file)).out).toContain('已过（截至 2009-06-30）');
    expect((await run(file, { asOf: '2009-05-15' })).out).not.toContain('已过');
  });

  it('文件不存在、不是 .xlsx 时用中文说明原因，退出码 2', async () => {
    const missing = await run(path.join(dir, '没有这个文件.xlsx'));
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('找不到文件');
    const text = path.join(dir, '目标.xlsx');
    await fs.writeFile(text, '这不是工作簿');
    const notXlsx = await run(text);
    expect(notXlsx.code).toBe(2);
    expect(notXlsx.err).toContain('不是可读取的 .xlsx 工作簿');
  });

  it('工作簿里没有指标表时退出码 2，并列出识别的问题', async () => {
    const file = path.join(dir, 'contacts.xlsx');
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('通讯录');
    sheet.addRows([['姓名', '电话'], ['王海燕', '0518-1234567']]);
    await workbook.xlsx.writeFile(file);
    const { code, err, out } = await run(file);
    expect(code).toBe(2);
    expect(err).toContain('没有找到指标表');
    expect(out).toContain('错误');
  });
});
