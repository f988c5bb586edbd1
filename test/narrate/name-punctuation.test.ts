import type { ReportBlock } from '../../src/core/model';
import { runsText } from '../../src/core/model';
import { narrate } from '../../src/core/narrate';
import { halfYear, TableBuilder } from './table-builder';

/**
 * Names and group titles are quoted in leads, headings and the closing: half-width stops typed between Chinese
 * characters (生活污水治理率达30%,黑臭水体治理率达75% — 六安 142; 新建停车场3处,新增停车位 — 新昌 151) are written as a
 * 公文 writes them, as the staff's progress words already were. Made-up names; ratios and Latin words keep theirs.
 */
function text(block: ReportBlock): string {
  return (block.kind === 'paragraph' && block.lead ? block.lead.text : '') + runsText(block.runs);
}

describe('指标名称、分组标题里的半角标点改为全角', () => {
  const builder = new TableBuilder(halfYear(2024), '某县生态环境分局')
    .section(1, '一、', '治污攻坚,守护碧水蓝天')
    .qualitative({ name: '农村污水治理率达35%,城市黑臭水体消除率达90%', progressText: '正在推进', status: 'in-progress' })
    .qualitative({ name: '新建监测站3处;更新设备(二期)', status: 'behind' })
    .qualitative({ name: '空气质量指数(AQI)优良天数比例', progressText: '按月通报', status: 'unclear' })
    .qualitative({ name: '医护比1:0.6', progressText: '已达到', status: 'completed' });
  const lines = narrate(builder.table(), builder.results()).blocks.map(text);
  const all = lines.join('\n');

  it('标题、引导语和结尾点名都用全角逗号、分号、括号', () => {
    expect(all).toContain('一、治污攻坚，守护碧水蓝天完成情况');
    expect(all).toContain('农村污水治理率达35%，城市黑臭水体消除率达90%');
    expect(all).toContain('新建监测站3处；更新设备（二期）');
    expect(all).not.toMatch(/[\u4e00-\u9fff%][,;][\u4e00-\u9fff]/);
  });

  it('不应变：比值“1:0.6”、英文缩写“(AQI)”照旧', () => {
    expect(all).toContain('医护比1:0.6');
    expect(all).toContain('空气质量指数(AQI)优良天数比例');
  });
});
