import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { buildCli, huibao } from './run-huibao';

/**
 * A change written in percentage points (提升2.1个百分点) through the .xlsx host: analyze --json gives it with its
 * cell, and the written workbook quotes it on 指标测算 as text, never as a formula, with a note naming that cell, and in the
 * 汇报稿 as the staff wrote it, sourced to the same cell. The table is made up.
 */

let work: string;
beforeAll(async () => {
  await buildCli();
  work = await fs.mkdtemp(path.join(os.tmpdir(), 'huibao-points-'));
});
afterAll(async () => {
  await fs.rm(work, { recursive: true, force: true });
});

async function book(): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Sheet1');
  const rows: (string | number)[][] = [
    ['2025年主要指标上半年完成情况'],
    ['序号', '指标', '单位', '目标值', '完成值', '完成情况说明'],
    [1, '常住人口城镇化率', '%', 61, '提升2.1个百分点', ''],
    [2, '研发经费投入强度', '%', 2.8, '达到2.6%，同比提高0.15个百分点', '新增高新技术企业12家'],
    [3, '新增城镇就业', '人', 5000, 3100, '开展招聘会8场'],
  ];
  for (const row of rows) sheet.addRow(row);
  const file = path.join(work, '百分点.xlsx');
  await workbook.xlsx.writeFile(file);
  return file;
}

describe('命令行与 .xlsx：以百分点写的变化', () => {
  it('analyze --json 给出 statedChangePoints（以百分点计）和它所在的单元格', async () => {
    const result = await huibao('analyze', await book(), '--json');
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout) as { indicators: { name: string; statedChangePoints?: number; cells: Record<string, string>; status: string }[] };
    const rise = json.indicators.find((i) => i.name === '常住人口城镇化率')!;
    expect(rise.statedChangePoints).toBeCloseTo(2.1);
    expect(rise.cells.statedChangePoints).toBe('Sheet1!E3');
    // A change is no level: whether 61% was reached only a person can say.
    expect(rise.status).toBe('unclear');
    const share = json.indicators.find((i) => i.name === '研发经费投入强度')!;
    expect(share.statedChangePoints).toBeCloseTo(0.15);
    expect(json.indicators.find((i) => i.name === '新增城镇就业')!.statedChangePoints).toBeUndefined();
  });

  it('指标测算的“同比增幅”写成文字（不是公式），说明与批注指向来源单元格；汇报稿照录原话并注明来源', async () => {
    const out = path.join(work, 'out');
    const result = await huibao('report', await book(), '--out', out);
    expect(result.code).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path.join(out, '百分点-汇报.xlsx'));
    const measures = workbook.getWorksheet('指标测算')!;
    const header = measures.getRow(3).values as unknown[];
    const growthCol = header.indexOf('同比增幅');
    const noteCol = header.indexOf('测算说明');
    const nameCol = header.indexOf('指标名称');
    expect(growthCol).toBeGreaterThan(0);
    const rowOf = (name: string) => {
      for (let r = 4; r <= measures.rowCount; r++) if (measures.getRow(r).getCell(nameCol).text === name) return measures.getRow(r);
      throw new Error(`no row ${name}`);
    };
    const rise = rowOf('常住人口城镇化率');
    const cell = rise.getCell(growthCol);
    // Read from words: text, not a formula of any kind (not even a HYPERLINK).
    expect(cell.formula).toBeUndefined();
    expect(cell.value).toBe('提高2.1个百分点');
    expect(String(rise.getCell(noteCol).value)).toContain('据填报文字“提升2.1个百分点”（Sheet1!E3）');
    expect(JSON.stringify(cell.note)).toContain('Sheet1!E3');
    expect(rowOf('研发经费投入强度').getCell(growthCol).text).toBe('提高0.15个百分点');

    const draft = workbook.getWorksheet('汇报稿')!;
    const lines: { text: string; source: string }[] = [];
    draft.eachRow((row) => lines.push({ text: row.getCell(1).text, source: row.getCell(2).text }));
    const riseLine = lines.find((line) => line.text.includes('常住人口城镇化率'))!;
    expect(riseLine.text).toContain('提升2.1个百分点');
    expect(riseLine.text).not.toMatch(/增长\d|完成全年目标/);
    expect(riseLine.source).toContain('E3');
    const shareLine = lines.find((line) => line.text.includes('研发经费投入强度'))!;
    expect(shareLine.text).toContain('同比提高0.15个百分点');
  });
});
