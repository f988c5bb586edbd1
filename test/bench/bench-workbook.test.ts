/**
 * The bench input must stay honest: a generated table is the department layout it claims to be, and the
 * engine reads exactly the indicators the generator wrote. No timings here — those live in `npm run bench`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { sizeWorkbookSpec, batchWorkbookSpec } from '../../bench/make-workbooks';
import { chineseNumeral } from '../../src/core/narrate/outline-numbering';
import { indicatorCount, tableRows } from '../../bench/workbook/table-rows';
import { DEPARTMENTS } from '../../bench/workbook/department-profiles';
import { INDICATOR_SHEET, writeBenchWorkbook } from '../../bench/workbook/write-workbook';
import { runPipeline } from '../../src/core/pipeline';
import { readXlsxSnapshot } from '../../src/node/xlsx-read';

describe('基准工作簿 bench workbook generator', () => {
  it('大写序号按中文读法书写', () => {
    expect([1, 10, 11, 20, 21, 100, 105, 110, 1000, 2024].map(chineseNumeral)).toEqual([
      '一', '十', '十一', '二十', '二十一', '一百', '一百零五', '一百一十', '一千', '二千零二十四',
    ]);
  });

  it.each([30, 100, 1_000, 5_000])('生成恰好 %i 行指标，并按 一、/（一）/1、/（1） 分节', (indicators) => {
    const lines = tableRows({ indicators, seed: 7, profile: DEPARTMENTS[0], period: { year: 2009, toMonth: 6 } });
    expect(indicatorCount(lines)).toBe(indicators);
    const levels = new Set(lines.flatMap((line) => (line.kind === 'section' ? [line.level] : [])));
    expect([...levels].sort()).toEqual([1, 2, 3]);
    expect(lines[0]).toMatchObject({ kind: 'section', outline: '一、', title: '勤政目标' });
    for (const line of lines) {
      if (line.kind === 'indicator') expect(line.outline).toMatch(/^（\d+）$/);
    }
  });

  it('同一种子生成同样的表，换种子则不同', () => {
    const spec = (seed: number) => tableRows({ indicators: 200, seed, profile: DEPARTMENTS[1], period: { year: 2009, toMonth: 6 } });
    expect(spec(3)).toEqual(spec(3));
    expect(spec(3)).not.toEqual(spec(4));
  });

  it('小表的分值合计为100分', () => {
    const lines = sizeWorkbookSpec(100).lines;
    const total = lines.reduce((sum, line) => sum + (line.kind === 'indicator' ? line.weight : 0), 0);
    expect(total).toBeCloseTo(100, 6);
  });

  it('批量的50个工作簿来自不同部门、规模在30到200行之间', () => {
    const specs = Array.from({ length: 50 }, (_, index) => batchWorkbookSpec(index));
    expect(new Set(specs.map((item) => item.profile.unitName)).size).toBe(DEPARTMENTS.length);
    for (const item of specs) {
      expect(item.indicators).toBeGreaterThanOrEqual(30);
      expect(item.indicators).toBeLessThanOrEqual(200);
      expect(indicatorCount(item.spec.lines)).toBe(item.indicators);
    }
  });

  it('写出的工作簿有标题、填报单位、两行合并表头、数字写成文本的单元格和合计行', async () => {
    const folder = mkdtempSync(path.join(os.tmpdir(), 'huibao-bench-test-'));
    try {
      const file = path.join(folder, 'bench-100.xlsx');
      await writeBenchWorkbook(file, sizeWorkbookSpec(100));
      const snapshot = await readXlsxSnapshot(file);
      const sheet = snapshot.sheets[0];
      expect(sheet.name).toBe(INDICATOR_SHEET);
      expect(sheet.values[0][0]).toBe('灌南县发展和改革委员会2009年度绩效目标任务分解表');
      expect(String(sheet.values[1][0])).toMatch(/^填报单位：灌南县发展和改革委员会/);
      expect(sheet.values[2].slice(0, 6)).toEqual(['序号', '考核指标（工作任务）', '单位', '目标任务', null, '1—6月完成情况']);
      expect(sheet.values[3].slice(3, 8)).toEqual(['全年目标', '序时目标', '完成值', '上年同期', '完成情况说明']);
      expect(sheet.merges).toEqual(expect.arrayContaining([{ top: 3, left: 4, bottom: 3, right: 5 }, { top: 3, left: 1, bottom: 4, right: 1 }]));
      const actuals = sheet.values.slice(4).map((row) => row[5]);
      expect(actuals.some((value) => typeof value === 'string' && /^\d+(\.\d+)?[^\d]+$/.test(value) && value !== '已完成')).toBe(true);
      const totalRow = sheet.values.findIndex((row) => row[0] === '合　　计');
      expect(sheet.formulas[totalRow][10]).toBe(`=SUM(K5:K${totalRow})`);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});

describe('引擎读基准工作簿 the engine reads the bench workbook', () => {
  it('识别出生成器写下的全部100项指标', async () => {
    const folder = mkdtempSync(path.join(os.tmpdir(), 'huibao-bench-test-'));
    try {
      const spec = sizeWorkbookSpec(100);
      const file = path.join(folder, 'bench-100.xlsx');
      await writeBenchWorkbook(file, spec);
      const outcome = runPipeline(await readXlsxSnapshot(file), { generatedAt: '2009-07-01T08:00:00.000Z' });
      const table = outcome.recognition.table;
      expect(table).not.toBeNull();
      expect(table!.sheet).toBe(INDICATOR_SHEET);
      expect(table!.headerRows).toEqual([3, 4]);
      expect(table!.unitName).toBe('灌南县发展和改革委员会');
      expect(table!.period).toMatchObject({ year: 2009, fromMonth: 1, toMonth: 6 });
      const written = spec.lines.flatMap((line) => (line.kind === 'indicator' ? [line.name] : []));
      expect(table!.indicators.map((indicator) => indicator.name.value)).toEqual(written);
      expect(table!.sections.length).toBe(spec.lines.length - written.length);
      expect(outcome.report).not.toBeNull();
      expect(outcome.plan.sheets.length).toBeGreaterThan(0);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
