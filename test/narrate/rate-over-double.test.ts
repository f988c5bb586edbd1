import { compute } from '../../src/core/compute';
import { runsText } from '../../src/core/model';
import { narrate } from '../../src/core/narrate';
import { halfYear, TableBuilder } from './table-builder';

/**
 * A completion rate over 200% is more often a target in other units or a cumulative actual than a triumph (seen on
 * real-corpus/15 眉山市 下岗失业人员再就业 1089 of 400 = 272.25%, real-frozen-5/04 黄浦区 引进内资 214.11%). The
 * draft states the figure the staff gave, but never a rate over twice the target without asking a person to check.
 * Made-up table in other words.
 */
function sentenceOf(target: number, actual: number, name = '农村劳动力转移培训'): string {
  const table = new TableBuilder(halfYear(2024), '某县人力资源和社会保障局')
    .section(1, '一、', '就业工作')
    .quantitative({ name, unit: '人', target, actual })
    .table();
  const doc = narrate(table, compute(table, []));
  return doc.blocks.map((block) => (block.kind === 'paragraph' && block.lead ? block.lead.text : '') + runsText(block.runs)).find((text) => text.includes(name)) ?? '';
}

describe('完成率超过200%：写出的同时注明待核实', () => {
  it('目标300人、完成930人（310%）：句中有310%，并有【待核实】', () => {
    const text = sentenceOf(300, 930);
    expect(text).toContain('310%');
    expect(text).toMatch(/310%[^。]*【待核实/);
  });

  it('完成率恰为200%以下（190%）：不加待核实', () => {
    const text = sentenceOf(300, 570);
    expect(text).toContain('190%');
    expect(text).not.toContain('待核实');
  });
});
