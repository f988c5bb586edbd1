import { runsText, type ReportDoc } from '../../src/core/model';
import { narrate } from '../../src/core/narrate';
import { runPipeline } from '../../src/core/pipeline';
import { workbookOf } from '../recognize/build-snapshot';

/**
 * A plan with nothing reported yet: each line says what was set, then that the 完成情况 is missing — never the
 * placeholder first. A short target the cell wrapped (提前完成⏎全年任务) is one phrase and reads whole; a target
 * with its own stops keeps them.
 */
const _ = null;
const workbook = workbookOf('某局2025年重点工作任务分解表', [
  {
    name: '任务分解',
    rows: [
      ['某局2025年重点工作任务分解表', _, _, _],
      ['序号', '重点工作', '目标要求', '牵头单位'],
      [1, '建成全县档案数字化平台', '提前完成\n全年任务', '档案馆'],
      [2, '开展档案安全专项检查', '制定检查方案，\n组织全县检查', '业务股'],
      [3, '完成馆藏档案数字化', '年底前\n全部完成', '信息股'],
    ],
  },
]);

const { recognition, results } = runPipeline(workbook, { generatedAt: '2025-03-10T04:00:00.000Z' });
if (!recognition.table || !results) throw new Error('the plan table was not read');
// Some readers (the cross-table's) hand the target over with the cell's line break still in it.
const table = {
  ...recognition.table,
  indicators: recognition.table.indicators.map((indicator) =>
    indicator.targetText ? { ...indicator, targetText: { ...indicator.targetText, value: indicator.targetText.value.replace(/\s+/g, '\n') } } : indicator,
  ),
};
const report: ReportDoc = narrate(table, results);

function lineAbout(name: string): string {
  const line = report.blocks.map((block) => `${block.kind === 'paragraph' && block.lead ? block.lead.text : ''}${runsText(block.runs)}`).find((text) => text.includes(name));
  if (line === undefined) throw new Error(`no line about ${name}`);
  return line;
}

describe('尚未填报的计划表：先写目标，再说完成情况未填报', () => {
  it('单元格折行的短目标读作一句：全年目标为提前完成全年任务，完成情况尚未填报【待补充】', () => {
    expect(lineAbout('档案数字化平台')).toContain('全年目标为提前完成全年任务，完成情况尚未填报【待补充：完成情况】');
  });

  it('另一种折行：年底前全部完成，不被拆成“年底前；全部完成”', () => {
    const line = lineAbout('馆藏档案数字化');
    expect(line).toContain('全年目标为年底前全部完成');
    expect(line).not.toContain('年底前；');
  });

  it('目标里自带标点的保留原样，不并成一串', () => {
    expect(lineAbout('安全专项检查')).toContain('制定检查方案，组织全县检查');
  });
});
