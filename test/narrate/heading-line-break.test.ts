import { compute } from '../../src/core/compute';
import { runsText } from '../../src/core/model';
import { narrate } from '../../src/core/narrate';
import { halfYear, TableBuilder } from './table-builder';

/**
 * A section title typed on two lines of one cell (促进文旅融合,打造⏎休闲度假目的地) was written into the heading with
 * its line break, so the 汇报稿 heading broke mid-phrase (seen on real-frozen/03 臺中市經發局 施政目標衡量指標).
 * Made-up table in other words.
 */
describe('标题里的单元格换行不带进汇报稿', () => {
  const table = new TableBuilder(halfYear(2024), '某县文化广电和旅游局')
    .section(1, '一、', '促进文旅融合,打造\n休闲度假目的地')
    .quantitative({ name: '接待游客人次', unit: '万人次', target: 100, actual: 60 })
    .section(1, '二、', '公共文化服务')
    .quantitative({ name: '送戏下乡场次', unit: '场', target: 40, actual: 22 })
    .table();
  const doc = narrate(table, compute(table, []));
  const headings = doc.blocks.filter((block) => block.kind === 'heading').map((block) => runsText(block.runs));

  it('一、促进文旅融合，打造休闲度假目的地完成情况：一行，无换行（半角逗号按公文改为全角）', () => {
    expect(headings.some((text) => text.includes('促进文旅融合，打造休闲度假目的地'))).toBe(true);
    expect(headings.every((text) => !/[\r\n]/.test(text))).toBe(true);
  });

  it('不变：一行的标题照旧', () => {
    expect(headings.some((text) => text.includes('公共文化服务'))).toBe(true);
  });
});
