import type { ReportDoc } from '../../src/core/model';
import { runsText } from '../../src/core/model';
import { narrate } from '../../src/core/narrate';
import { halfYear, TableBuilder } from './table-builder';

/**
 * A figure row a person must still confirm (需人工确认: the words count 造林 where the task counts 绿化面积, or a
 * status column contradicts them) is quoted as written, and the draft asks whether it is done. It never adds
 * 完成全年目标的100% or 超额完成: that would claim for the leader what the staff did not say. Rows judged
 * otherwise keep their share (must not change).
 */

function lineOf(doc: ReportDoc, name: string): string {
  for (const block of doc.blocks) {
    const text = (block.kind === 'paragraph' && block.lead ? block.lead.text : '') + runsText(block.runs);
    if (text.includes(name) && !text.startsWith('总之')) return text;
  }
  throw new Error(`no line for ${name}`);
}

describe('需人工确认的定量指标：照录数字，问是否已完成，不写完成比例', () => {
  const builder = new TableBuilder(halfYear(2024), '某县林业局')
    .section(1, '一、', '重点工作')
    .quantitative({ name: '新增绿化面积', unit: '亩', target: 387, actual: 387, progressText: '已完成新增造林387亩。', status: 'unclear' })
    .quantitative({ name: '改造提升游园', unit: '个', target: 10, actual: 12, progressText: '已完成12个游园整治。', status: 'unclear' })
    .quantitative({ name: '义务植树', unit: '万株', target: 40, actual: 24 })
    .quantitative({ name: '森林抚育', unit: '亩', target: 1000, actual: 1200 });
  const doc = narrate(builder.table(), builder.results());

  it('需人工确认的行没有“完成全年目标的…%”“超额完成”，有【待确认：是否已完成】', () => {
    for (const name of ['新增绿化面积', '改造提升游园']) {
      const line = lineOf(doc, name);
      expect(line).not.toMatch(/全年目标(?:任务)?[^，。]*的\d|超额完成|已完成全年/u);
      expect(line).toContain('【待确认：是否已完成】');
    }
    expect(lineOf(doc, '新增绿化面积')).toContain('387亩');
  });

  it('其他行照旧写完成比例与状态', () => {
    expect(lineOf(doc, '义务植树')).toMatch(/60%/u);
    expect(lineOf(doc, '森林抚育')).toMatch(/120%|超额完成/u);
    expect(lineOf(doc, '义务植树')).not.toContain('【待确认');
  });
});
