import { runsText } from '../../src/core/model';
import { runPipeline } from '../../src/core/pipeline';
import { workbookOf } from '../recognize/build-snapshot';

/**
 * Tables pad short names to the column's width with spaces (洋  县人民政府, 汉中 real-frozen-16/163): the draft names the
 * unit as one word. Made-up units; a name without padding is unchanged.
 */
describe('分地区名单里的单位名称去掉补齐用的空格', () => {
  const { report } = runPipeline(workbookOf('办理', [{
    name: 'Sheet1',
    rows: [
      ['2023年各承办单位来信办理情况统计表', '', '', ''],
      ['承办单位', '承办件数', '办结数', '在办数'],
      ['城  区人民政府', 40, 36, 4],
      ['东　乡人民政府', 12, 12, 0],
      ['高新区管委会', 9, 6, 3],
      ['合计', 61, 54, 7],
    ],
  }]));
  const text = (report?.blocks ?? []).map((block) => runsText(block.runs)).join('\n');

  it('“城区人民政府”“东乡人民政府”，不写“城  区”', () => {
    expect(text).toContain('城区人民政府（90%）');
    expect(text).toContain('东乡人民政府（100%）');
    expect(text).not.toMatch(/城\s+区|东[\s\u3000]+乡/);
  });

  it('不应变：没有空格的名称照旧', () => {
    expect(text).toContain('高新区管委会（66.67%）');
  });
});
