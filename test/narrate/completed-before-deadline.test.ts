import { runsText } from '../../src/core/model';
import { runPipeline } from '../../src/core/pipeline';
import { workbookOf } from '../recognize/build-snapshot';

/**
 * 提前完成 says a task was done before it was due. A task whose 完成时限 has already come by the end of the
 * period (时限6月底, reported for 1—6月) was done on time, not early; one due at the year's end and done by June was.
 */
const _ = null;
const workbook = workbookOf('某局2025年目标任务分解表', [
  {
    name: '分解表',
    rows: [
      ['某局2025年目标任务分解表', _, _, _, _, _],
      ['序号', '指标名称', '单位', '全年目标', '1—6月完成', '完成时限'],
      [1, '组织专题培训', '期', 4, 4, '2025-06-30'],
      [2, '完成档案整理', '卷', 200, 200, '2025-12-31'],
      [3, '开展安全检查', '次', 6, 6, '2025-03-31'],
    ],
  },
]);

const { report } = runPipeline(workbook, { generatedAt: '2025-07-02T04:00:00.000Z' });
const lines = (report?.blocks ?? []).map((block) => `${block.kind === 'paragraph' && block.lead ? block.lead.text : ''}${runsText(block.runs)}`);
const lineAbout = (name: string): string => lines.find((line) => line.includes(name)) ?? '';

describe('“提前完成”只用于时限未到就完成的', () => {
  it.each([['组织专题培训'], ['开展安全检查']])('%s：时限已到，写“已完成全年目标任务”，不写“提前”', (name) => {
    const line = lineAbout(name);
    expect(line).toContain('已完成全年目标任务');
    expect(line).not.toContain('提前');
  });

  it('时限在年底、6月已完成：可以说提前或已完成，但一定说完成', () => {
    expect(lineAbout('完成档案整理')).toMatch(/(提前|已)完成全年目标任务/u);
  });
});
