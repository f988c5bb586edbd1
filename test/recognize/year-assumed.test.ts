import { analysisJson } from '../../src/core/contract/analysis-json';
import { runPipeline } from '../../src/core/pipeline';
import { recognize } from '../../src/core/recognize';
import { draftLines } from '../../src/core/layout/draft-lines';
import { workbookOf, type SheetSpec } from './build-snapshot';

/**
 * A table that gives its months but no year anywhere — not in the title, a header, the sheet's or the file's name, nor
 * in a deadline — was read as the year of this machine's clock, said nowhere, and its draft reported 2026年 as the
 * staff's year (q5 found five published tables so, e.g. one titled only 1—11月份). The year is now marked assumed:
 * a warning names it, and the draft writes it 【待核实】. Made-up sheets.
 */
const header = ['序号', '指标名称', '单位', '全年目标', '1—6月完成', '完成情况说明'];
const rows = [
  [1, '新增城镇就业', '人', 1200, 700, '稳步推进'],
  [2, '农村公路改造', '公里', 80, 45, '按计划施工'],
];

function sheet(title: string, deadline?: string): SheetSpec {
  const withDeadline = deadline === undefined ? [header, ...rows] : [[...header, '完成时限'], ...rows.map((row) => [...row, deadline])];
  return { name: 'Sheet1', rows: [[title], ...withDeadline] };
}

const codes = (spec: SheetSpec, book = '目标表') => recognize(workbookOf(book, [spec])).issues.map((issue) => issue.code);

describe('表里哪儿都没写年份：按本机年份计算，但要说出来，汇报稿里标【待核实】', () => {
  it('标题、表头、表名、文件名、时限都没有年份：年份是推定的，有一条警告', () => {
    const recognition = recognize(workbookOf('目标表', [sheet('重点工作目标任务完成情况表')]));
    expect(recognition.table?.period.yearAssumed).toBe(true);
    expect(recognition.table?.period.toMonth).toBe(6);
    expect(recognition.issues.map((issue) => issue.code)).toContain('recognize-year-missing');
  });

  it('analyze --json 的 period 带 yearAssumed', () => {
    const outcome = runPipeline(workbookOf('目标表', [sheet('重点工作目标任务完成情况表')]), { generatedAt: '2026-07-01T00:00:00.000Z' });
    expect(analysisJson(outcome).period?.yearAssumed).toBe(true);
  });

  it('汇报稿的标题与开头段把年份写成【待核实】', () => {
    const { report } = runPipeline(workbookOf('目标表', [sheet('重点工作目标任务完成情况表')]), { generatedAt: '2026-07-01T00:00:00.000Z' });
    const lines = draftLines(report!).map((line) => line.text);
    expect(lines[0]).toMatch(/^【待核实】\d{4}年上半年/);
    expect(lines.some((line) => /【待核实】\d{4}年共确定绩效指标/.test(line))).toBe(true);
  });

  it.each([
    ['标题写了年份', sheet('2023年重点工作目标任务完成情况表'), '目标表'],
    ['文件名写了年份', sheet('重点工作目标任务完成情况表'), '2022年目标表'],
    ['完成时限写了年份', sheet('重点工作目标任务完成情况表', '2021年12月底'), '目标表'],
  ])('%s：年份不是推定的，不警告', (_what, spec, book) => {
    const recognition = recognize(workbookOf(book, [spec]));
    expect(recognition.table?.period.yearAssumed).toBeUndefined();
    expect(codes(spec, book)).not.toContain('recognize-year-missing');
  });
});
