import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import type { SheetSpec } from '../recognize/build-snapshot';
import { figuresInSentences, progressOnly, threeLevelIndicators } from '../recognize/published-layouts';
import { buildCli, huibao, ROOT } from './run-huibao';

/** The spec as a real .xlsx, as a department would save it: values and merges, nothing tidied. */
async function writeXlsx(spec: SheetSpec, file: string): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(spec.name);
  spec.rows.forEach((row, r) => row.forEach((value, c) => {
    if (value !== null && typeof value !== 'object') sheet.getCell(r + 1, c + 1).value = value;
  }));
  for (const m of spec.merges ?? []) sheet.mergeCells(m.top, m.left, m.bottom, m.right);
  const target = path.join(work, file);
  await workbook.xlsx.writeFile(target);
  return target;
}

let work: string;

beforeAll(async () => {
  await buildCli();
  work = await fs.mkdtemp(path.join(os.tmpdir(), 'huibao-layouts-'));
}, 120_000);

afterAll(async () => {
  await fs.rm(work, { recursive: true, force: true });
});

describe('huibao analyze 读各种版式的 .xlsx', () => {
  it('进度表：不再拒收，版式写在摘要和 JSON 里', async () => {
    const file = await writeXlsx(progressOnly(), '民生实事推进情况.xlsx');
    const text = await huibao('analyze', file);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('版式：进度表（只有进度列）（progress-only');
    const json = JSON.parse((await huibao('analyze', file, '--json')).stdout);
    expect(json.layoutClass).toBe('progress-only');
    expect(json.indicators.map((i: { statedCompletion: number }) => i.statedCompletion)).toEqual([0.95, 0.95, 0.75, 1]);
    expect(json.indicators.map((i: { completionRate: number }) => i.completionRate)).toEqual([0.95, 0.95, 0.75, 1]);
    expect(json.indicators.map((i: { owner: string }) => i.owner)).toEqual(['李明', '赵刚', '孙伟', '周红']);
  }, 60_000);

  it('文字表述表：目标与完成数、增幅连同来源单元格一起给出', async () => {
    const file = await writeXlsx(figuresInSentences(), '政府工作报告任务.xlsx');
    const json = JSON.parse((await huibao('analyze', file, '--json')).stdout);
    expect(json.layoutClass).toBe('sentence');
    const revenue = json.indicators.find((i: { name: string }) => i.name === '财政收入');
    expect(revenue).toMatchObject({ target: 25, actual: 6.1, unit: '亿元', targetGrowth: 0.08, statedGrowth: 0.055, status: 'behind' });
    expect(revenue.cells).toMatchObject({ target: '重点工作!C3', targetGrowth: '重点工作!C3', actual: '重点工作!D3', statedGrowth: '重点工作!D3' });
  }, 60_000);

  it('多级表：名称取三级；--layout breakdown 更正后记住，下次不带参数也按它读', async () => {
    const file = await writeXlsx(threeLevelIndicators(), '乡村振兴绩效.xlsx');
    const first = JSON.parse((await huibao('analyze', file, '--json')).stdout);
    expect(first.layoutClass).toBe('multi-level');
    expect(first.indicators[0]).toMatchObject({ name: '新建村级综合服务站', path: ['产出指标', '数量指标'] });
    const corrected = JSON.parse((await huibao('analyze', file, '--json', '--layout', 'breakdown')).stdout);
    expect(corrected.layoutClass).toBe('breakdown');
    const remembered = JSON.parse(await fs.readFile(path.join(work, '乡村振兴绩效.huibao.json'), 'utf8'));
    expect(remembered.layoutClass).toBe('breakdown');
    const again = JSON.parse((await huibao('analyze', file, '--json')).stdout);
    expect(again.layoutClass).toBe('breakdown');
    const bad = await huibao('analyze', file, '--layout', 'pivot');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--layout 只能是');
  }, 90_000);

  it('拒收时说出看到的表头；单给 --map 就能读这张唯一的表', async () => {
    const file = await writeXlsx({ name: '花名册', rows: [['地区', '户数', '人口'], ['东城', 1200, 3500], ['西城', 900, 2600]] }, '花名册.xlsx');
    const refused = await huibao('analyze', file);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('“花名册”，其中看到的表头：“地区”、“户数”、“人口”');
    const rescued = await huibao('analyze', file, '--json', '--map', 'name=A,target=B,actual=C');
    expect(rescued.code).toBe(0);
    expect(JSON.parse(rescued.stdout).indicators.map((i: { name: string }) => i.name)).toEqual(['东城', '西城']);
  }, 60_000);
});
