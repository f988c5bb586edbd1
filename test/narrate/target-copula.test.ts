import type { ReportBlock } from '../../src/core/model';
import { runsText } from '../../src/core/model';
import { narrate } from '../../src/core/narrate';
import { halfYear, TableBuilder } from './table-builder';

/**
 * A target in words that opens with a preposition read “全年目标为与全省保持一致” (淮南 real-frozen-15/155), “全年目标为对
 * 2022年新增的…开展持续建设” (中山 176): before 对/在/与… the copula is 是. Made-up targets; one that opens otherwise keeps 为.
 */
function text(block: ReportBlock): string {
  return (block.kind === 'paragraph' && block.lead ? block.lead.text : '') + runsText(block.runs);
}

describe('文字目标以介词开头时写“全年目标是”', () => {
  const builder = new TableBuilder(halfYear(2024), '某县统计局')
    .section(1, '一、', '统计工作')
    .qualitative({ name: '物价涨幅', targetText: '与全市保持同步' })
    .qualitative({ name: '统计督查', targetText: '对全县12个乡镇开展统计督查' })
    .qualitative({ name: '普查资料归档', targetText: '年底前全部完成' });
  const all = narrate(builder.table(), builder.results()).blocks.map(text).join('\n');

  it('“全年目标是与全市保持同步”“全年目标是对全县12个乡镇开展统计督查”', () => {
    expect(all).toContain('全年目标是与全市保持同步');
    expect(all).toContain('全年目标是对全县12个乡镇开展统计督查');
    expect(all).not.toMatch(/全年目标为[对与]/);
  });

  it('不应变：“全年目标为年底前全部完成”', () => {
    expect(all).toContain('全年目标为年底前全部完成');
  });
});
