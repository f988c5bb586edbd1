import type { ReportBlock } from '../../src/core/model';
import { runsText } from '../../src/core/model';
import { narrate } from '../../src/core/narrate';
import { halfYear, TableBuilder } from './table-builder';

/**
 * An item whose name is its lead (（三）新建城市口袋公园2处：…) is already named: a run of “该项工作【待补充：完成情况】”,
 * “该项工作正在有序推进” after each lead reads as a form (新昌 real-frozen-15/151, 崇川 174). The words after the lead
 * are the state alone. Made-up rows.
 */
function text(block: ReportBlock): string {
  return (block.kind === 'paragraph' && block.lead ? block.lead.text : '') + runsText(block.runs);
}

describe('以名称为引导语的条目，不再加“该项工作”', () => {
  const builder = new TableBuilder(halfYear(2024), '某县城市管理局')
    .section(1, '一、', '城市管理')
    .qualitative({ name: '建成建筑垃圾消纳场', status: 'in-progress' })
    .qualitative({ name: '背街小巷整治', status: 'behind' })
    .qualitative({ name: '公厕提升改造', status: 'not-reported' })
    .section(1, '二、', '市容环境')
    .section(2, '（一）', '市容秩序')
    .qualitative({ name: '户外广告整治', status: 'in-progress' })
    .qualitative({ name: '占道经营治理', status: 'not-reported' })
    .section(2, '（二）', '园林绿化')
    .quantitative({ name: '新增绿地', unit: '公顷', target: 20, actual: 12 });
  const lines = narrate(builder.table(), builder.results()).blocks.map(text);
  const line = (part: string): string => lines.find((l) => l.includes(part))!;

  it('“（一）建成建筑垃圾消纳场：正在有序推进”，不写“该项工作”', () => {
    expect(lines.join('\n')).not.toContain('该项工作');
    expect(line('建筑垃圾消纳场')).toMatch(/建成建筑垃圾消纳场：正在有序推进/);
    expect(line('背街小巷整治')).toMatch(/背街小巷整治：进度滞后/);
    expect(line('公厕提升改造')).toMatch(/公厕提升改造：【待补充：完成情况】/);
  });

  it('一段里逐项列出的（（1）…：（2）…：）同样不加；定量的一项照旧写数', () => {
    expect(line('户外广告整治')).toBe('（一）市容秩序。（1）户外广告整治：正在有序推进；（2）占道经营治理：【待补充：完成情况】。');
    expect(line('新增绿地')).toContain('12公顷');
  });
});
