import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { readXlsxSnapshot } from '../../src/node/xlsx-read';
import { buildCli, huibao, ROOT } from './run-huibao';

const LAYOUTS = path.join(ROOT, 'test', 'fixtures', 'layouts');

interface IndicatorOut {
  readonly name: string;
  readonly target: number | null;
  readonly actual: number | null;
  readonly weight: number | null;
  readonly score: number | null;
  readonly statedScore?: number;
  readonly computedScore?: number | null;
  readonly completionRate: number | null;
  readonly breakdown?: readonly { region: string; target: number | null; actual: number | null; rate: number | null; cells: string[] }[];
}

let work: string;
beforeAll(async () => {
  await buildCli();
  work = await fs.mkdtemp(path.join(os.tmpdir(), 'huibao-layouts-'));
});
afterAll(async () => {
  await fs.rm(work, { recursive: true, force: true });
});

describe('命令行：财政部绩效自评表', () => {
  const file = path.join(LAYOUTS, '项目支出绩效自评表-农村公路养护.xlsx');

  it('analyze --json 给出 layoutClass、执行率和表中自评得分', async () => {
    const result = await huibao('analyze', file, '--json');
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout) as { layoutClass: string; indicators: IndicatorOut[]; issues: { code: string }[] };
    expect(json.layoutClass).toBe('finance-form');
    expect(json.indicators).toHaveLength(8);
    const budget = json.indicators.find((i) => i.name === '预算执行率')!;
    expect(budget).toMatchObject({ target: 520, actual: 468, weight: 10, score: 9, statedScore: 9, computedScore: 9, completionRate: 0.9 });
    const mileage = json.indicators.find((i) => i.name === '农村公路养护里程')!;
    expect(mileage).toMatchObject({ score: 19, statedScore: 19, computedScore: 19.6667 });
    expect(json.issues.map((i) => i.code)).not.toContain('weight-not-100');
  });

  it('report 写出各生成表，指标测算的得分指向源表的自评得分', async () => {
    const out = path.join(work, 'finance');
    const result = await huibao('report', file, '--out', out);
    expect(result.code).toBe(0);
    const written = await readXlsxSnapshot(path.join(out, '项目支出绩效自评表-农村公路养护-汇报.xlsx'));
    const names = written.sheets.map((s) => s.name);
    for (const sheet of ['总览', '指标测算', '汇总', '汇报稿', '校验结果']) expect(names).toContain(sheet);
    const measures = written.sheets.find((s) => s.name === '指标测算')!;
    const formulas = measures.formulas.flat().filter((f): f is string => f !== null);
    expect(formulas).toEqual(expect.arrayContaining(['=项目支出绩效自评表!J6', '=项目支出绩效自评表!H13', '=项目支出绩效自评表!H20']));
    const draft = written.sheets.find((s) => s.name === '汇报稿')!.values.flat().filter((v): v is string => typeof v === 'string').join('\n');
    expect(draft).toContain('预算执行率90%');
    expect(draft).toContain('单位自评总分96分（满分100分）');
    expect(draft).toContain('汛期水毁路段延后修复，已列入2024年养护计划，下一步加快水毁修复进度');
  });
});

describe('命令行：地区×指标交叉表', () => {
  it('analyze --json 给出 cross-table 与分地区明细', async () => {
    const result = await huibao('analyze', path.join(LAYOUTS, '地区指标交叉表-就业民生实事.xlsx'), '--json');
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout) as { layoutClass: string; indicators: IndicatorOut[] };
    expect(json.layoutClass).toBe('cross-table');
    expect(json.indicators.map((i) => i.name)).toEqual(['城镇新增就业', '农村劳动力转移就业', '职业技能培训']);
    const jobs = json.indicators[0];
    expect(jobs).toMatchObject({ target: 18000, actual: 13810 });
    expect(jobs.breakdown).toHaveLength(6);
    expect(jobs.breakdown![3]).toEqual({ region: '北塘县', target: 2800, actual: 1820, rate: 0.65, cells: ['分县区进度!C8', '分县区进度!D8', '分县区进度!E8'] });
  });

  it('读不了的交叉表：退出码 2，stderr 说出版式和办法', async () => {
    const result = await huibao('analyze', path.join(LAYOUTS, '地区指标交叉表-无法读取.xlsx'));
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('是“地区×指标”交叉表');
    expect(result.stderr).toContain('请在每项指标下写明“目标任务”“完成数（或进度）”“完成比例”');
    // Not advice only: the other layout that reads it, as one flag.
    expect(result.stderr).toContain('--layout breakdown（目标任务分解表（每行一个指标））：读出 3 项');
  });
});
