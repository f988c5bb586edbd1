import { runsText } from '../../src/core/model';
import { runPipeline } from '../../src/core/pipeline';
import { LAYOUT_FIXTURES } from '../fixtures/layouts/specs';
import { workbookOf } from '../recognize/build-snapshot';

/**
 * 公文 levels run 一、 → （一） → 1. → （1） without a gap: the indicators under 分地区完成情况 are its （一）（二）,
 * set in the second level's font, as every other section's items are.
 */
const spec = LAYOUT_FIXTURES.find((fixture) => fixture.file.startsWith('地区指标交叉表-就业民生实事'));
if (spec === undefined) throw new Error('no fixture 地区指标交叉表-就业民生实事');

describe('分地区完成情况的层次', () => {
  const { report } = runPipeline(workbookOf(spec.file.replace(/\.xlsx$/, ''), spec.sheets), { generatedAt: '2024-10-10T04:00:00.000Z' });
  const blocks = report?.blocks ?? [];
  const start = blocks.findIndex((block) => block.kind === 'heading' && runsText(block.runs).endsWith('分地区完成情况'));
  const items = blocks.slice(start + 1).filter((block) => block.kind === 'paragraph' && block.lead !== undefined);

  it('“分地区完成情况”下每个指标以（一）（二）……起头，是第二级', () => {
    expect(start).toBeGreaterThan(-1);
    expect(items.length).toBeGreaterThan(1);
    items.forEach((block, i) => {
      if (block.kind !== 'paragraph' || !block.lead) throw new Error('not a lead paragraph');
      expect(block.lead.level).toBe(2);
      expect(block.lead.text.startsWith(['（一）', '（二）', '（三）', '（四）'][i])).toBe(true);
    });
  });
});
