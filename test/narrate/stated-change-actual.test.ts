import { runsText } from '../../src/core/model';
import { runPipeline } from '../../src/core/pipeline';
import type { SheetSpec } from '../recognize/build-snapshot';
import { workbookOf } from '../recognize/build-snapshot';

/**
 * A share whose target and actual are both changes in points (目标“提高2个百分点”，完成“提高1.6个百分点”) was drafted
 * "完成1.6个百分点，提高1.6个百分点": the change said twice, first as a completion (seen on real-frozen-3/01 普陀区
 * 四大重点培育产业占区级税收比重). Made-up table in other words.
 */
const sheet: SheetSpec = {
  name: 'Sheet1',
  merges: [],
  formats: {},
  rows: [
    ['某区2023年上半年主要经济指标完成情况'],
    ['序号', '指标名称', '年度目标', '完成情况', '责任单位'],
    [1, '高新技术产业产值占规上工业比重', '提高2个百分点', '提高1.6个百分点', '区科技局'],
    [2, '规上工业增加值增长率', '7%', '8.1%', '区经信局'],
    [3, '新增市场主体', '3000户', '1700户', '区市场监管局'],
  ],
};

function paragraphs(): string[] {
  const { report } = runPipeline(workbookOf('主要经济指标', [sheet]), { generatedAt: '2023-07-10T04:00:00.000Z' });
  return (report?.blocks ?? []).map((block) => (block.kind === 'paragraph' && block.lead ? block.lead.text : '') + runsText(block.runs));
}

describe('完成值本身是“提高N个百分点”：照录一次，不写成“完成N个百分点”', () => {
  const all = paragraphs();
  const line = all.find((text) => text.includes('高新技术产业产值占规上工业比重：')) ?? '';

  it('写“提高1.6个百分点”一次，不写“完成1.6个百分点”', () => {
    expect(line).not.toContain('完成1.6个百分点');
    expect(line.match(/1\.6个百分点/g)).toHaveLength(1);
    expect(line).toContain('提高1.6个百分点');
  });

  it('仍与全年目标比：占全年目标任务2个百分点的80%', () => {
    expect(line).toMatch(/2个百分点的80%/);
  });

  it('不变：百分比的增长率、户数照旧写', () => {
    expect(all.join('\n')).toContain('规上工业增加值增长率：达到8.1%');
    expect(all.join('\n')).toMatch(/新增市场主体：(?:共|累计|达到)?1700户/);
  });
});
