import { compute } from '../../src/core/compute';
import type { ReportBlock } from '../../src/core/model';
import { runsText } from '../../src/core/model';
import { narrate } from '../../src/core/narrate';
import { recognize } from '../../src/core/recognize';
import { validate } from '../../src/core/validate';
import { workbookOf } from '../recognize/build-snapshot';
import { halfYear, TableBuilder } from './table-builder';

/**
 * A row whose actual the sheet holds but that nothing could judge (国家发改委 real-frozen-12/127: 降低目标 -5 against 降低率
 * -6.04, status 无数据) was drafted “全年目标-5%，完成情况尚未填报”, and the whole table as a plan “20项均尚未填报完成情况，
 * 本稿只列出各项任务”. The staff did report: the draft quotes the figure and asks, and never says 尚未填报 of it.
 * Made-up rows; rows with nothing in them are still 尚未填报.
 */
function text(block: ReportBlock): string {
  return (block.kind === 'paragraph' && block.lead ? block.lead.text : '') + runsText(block.runs);
}

describe('有完成数但未能评价的行，不说“尚未填报”', () => {
  const workbook = workbookOf('节能', [{
    name: 'Sheet1',
    rows: [
      ['附表：2009年各县区单位产值能耗降低目标完成情况', '', ''],
      ['县 区', '2009年单位产值能耗 降低目标(%)', '2009年单位产值能耗 降低率(%)'],
      ['东 城', -4.5, -5.1],
      ['西 城', -4, -3.2],
      ['南 湖', -3.8, -3.8],
    ],
  }]);
  const table = recognize(workbook).table!;
  const results = compute(table, validate(table, workbook));
  const lines = narrate(table, results).blocks.map(text);
  const all = lines.join('\n');

  it('前提：这几行判断不了（无数据），但表里有完成数', () => {
    expect(results.indicators.every((r) => r.status === 'no-data')).toBe(true);
    expect(table.indicators.every((i) => i.actual !== null)).toBe(true);
  });

  it('逐项照录完成数并请人确认；开头、结尾不说“尚未填报”“只列出各项任务”', () => {
    expect(lines.find((l) => l.includes('东城'))).toContain('实际完成-5.1%【待确认：是否已完成】');
    expect(all).not.toContain('尚未填报');
    expect(all).not.toContain('只列出各项任务');
    expect(lines[lines.length - 1]).toContain('填有完成数据，但未能评价完成情况');
  });
});

describe('真的没有填的仍说尚未填报', () => {
  it('计划表仍写“均尚未填报完成情况”（不应变）；混有空行时空行仍写“尚未填报”，有数的一行照录', () => {
    const plan = new TableBuilder(halfYear(2024), '某县发改局').section(1, '一、', '重点工作').quantitative({ name: '新开工项目', unit: '个', target: 30 }).quantitative({ name: '新增入库企业', unit: '家', target: 12 });
    const planText = narrate(plan.table(), plan.results()).blocks.map(text).join('\n');
    expect(planText).toContain('2项均尚未填报完成情况，本稿只列出各项任务');

    const mixed = new TableBuilder(halfYear(2024), '某县发改局').section(1, '一、', '重点工作').quantitative({ name: '新开工项目', unit: '个', target: 30 }).quantitative({ name: '新增入库企业', unit: '家', target: 12, actual: 5, status: 'no-data' });
    const mixedLines = narrate(mixed.table(), mixed.results()).blocks.map(text);
    expect(mixedLines.find((l) => l.includes('新开工项目：'))).toContain('完成情况尚未填报');
    expect(mixedLines.find((l) => l.includes('新增入库企业：'))).toContain('实际完成5家');
    expect(mixedLines[0]).toContain('尚未填报或未能评价完成情况');
  });
});
