import type { ReportBlock } from '../../src/core/model';
import { runsText } from '../../src/core/model';
import { narrate } from '../../src/core/narrate';
import { TableBuilder } from './table-builder';

/**
 * A 备注 that only says the task is done (已超额完成, 已达标完成) came after the draft's own “超额完成全年目标任务”:
 * “…的133%，超额完成全年目标任务，已超额完成” (real-frozen-11). Said once. Made-up rows; a note that adds a fact stays.
 */
function text(block: ReportBlock): string {
  return (block.kind === 'paragraph' && block.lead ? block.lead.text : '') + runsText(block.runs);
}

describe('备注只说“已完成”的，不在汇报稿的完成结论后再说一遍', () => {
  const builder = new TableBuilder({ year: 2023, fromMonth: 1, toMonth: 10, expectedProgress: 10 / 12, label: '1—10月', source: 'header' }, '某县卫健局')
    .section(1, '一、', '民生实事')
    .quantitative({ name: '适龄妇女免费筛查', unit: '人', target: 2500, actual: 3321, progressText: '已超额完成' })
    .quantitative({ name: '困难群众补贴发放', unit: '人', target: 900, actual: 900, progressText: '已达标完成' })
    .quantitative({ name: '老年人健康体检', unit: '人', target: 4000, actual: 4400, progressText: '已超额完成，其中失能老人上门体检320人' })
    .quantitative({ name: '儿童疫苗接种', unit: '人', target: 3000, actual: 2100, progressText: '已完成' });
  const lines = narrate(builder.table(), builder.results()).blocks.map(text);
  const line = (part: string): string => lines.find((l) => l.includes(part))!;

  it('“超额完成全年目标任务”之后不再写“已超额完成”“已达标完成”', () => {
    expect(line('适龄妇女').match(/超额完成/g)).toHaveLength(1);
    expect(line('困难群众')).not.toContain('已达标完成');
  });

  it('不应变：备注另有内容的照录；未完成时备注照录', () => {
    expect(line('老年人健康体检')).toContain('其中失能老人上门体检320人');
    expect(line('儿童疫苗接种')).toContain('已完成');
  });
});
