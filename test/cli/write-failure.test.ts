import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { buildCli, huibao, ROOT } from './run-huibao';

/**
 * When the report cannot be written — the last one still open in Excel or WPS, a folder of that name, --out
 * naming a file — the user is told what to do in Chinese, with exit code 2; it is not an 内部错误 with an
 * English errno, and nothing half-written is left behind.
 */
const SAMPLE = path.join(ROOT, 'assets', 'samples', '2009-灌南县发改委-目标任务分解表.xlsx');

let work: string;

beforeAll(async () => {
  await buildCli();
  work = await fs.mkdtemp(path.join(os.tmpdir(), 'huibao-write-'));
}, 120_000);

afterAll(async () => {
  await fs.rm(work, { recursive: true, force: true });
});

describe('huibao report 写不出文件', () => {
  it('输出位置已有同名文件夹：说明原因和怎么办，退出码 2，不留临时文件', async () => {
    const out = path.join(work, '已占用');
    await fs.mkdir(path.join(out, '2009-灌南县发改委-目标任务分解表-汇报.xlsx'), { recursive: true });
    const result = await huibao('report', SAMPLE, '--out', out);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/无法写入“.*-汇报\.xlsx”：已有同名的文件夹/u);
    expect(result.stderr).not.toMatch(/内部错误|EISDIR/u);
    expect((await fs.readdir(out)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  }, 120_000);

  it('--out 指向一个文件：说明那不是文件夹，退出码 2', async () => {
    const notFolder = path.join(work, '说明.txt');
    await fs.writeFile(notFolder, '这是文件');
    const result = await huibao('report', SAMPLE, '--out', path.join(notFolder, '汇报'));
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/不是文件夹/u);
    expect(result.stderr).not.toMatch(/内部错误|ENOTDIR|EEXIST/u);
    expect(await fs.readFile(notFolder, 'utf8')).toBe('这是文件');
  }, 120_000);
});
