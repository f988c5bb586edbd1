import { runsText } from '../../src/core/model';
import { runPipeline } from '../../src/core/pipeline';
import { workbookOf } from '../recognize/build-snapshot';

/**
 * A 绩效自评指标计分表 (三级指标 | 自评分 | 具体指标 | 评价标准, 南县 real-frozen-11/118) has no 指标值 or 完成值 column:
 * its rows were drafted “目标内容 (4分)：年度指标值【未填写】，实际完成值【未填写】，分值4分，自评得分4分”, asking for
 * cells the form does not have and naming the points twice. Made-up form in other words.
 */
function lines(): string[] {
  const { report } = runPipeline(workbookOf('计分表', [{
    name: 'Sheet1',
    rows: [
      ['附件3'],
      ['2023年项目支出绩效自评指标计分表'],
      ['一级 指标', '二级 指标', '三级 指标', '自评分', '具体指标', '评价标准'],
      ['项目 决策 (20分)', '项目 立项 (6分)', '立项 依据 (3分)', 3, '符合发展规划;符合部门职责', '符合规划(1分) 符合职责(2分)'],
      ['', '', '立项 程序 (3分)', 3, '按规定程序申请设立', '程序规范(3分)'],
      ['', '绩效 目标 (6分)', '目标 明确 (6分)', 5, '目标与实际工作内容相关', '目标明确(3分) 目标细化(3分)'],
      ['项目 管理 (30分)', '资金 管理 (15分)', '资金 到位率 (5分)', 5, '实际到位资金/计划投入资金', '到位率100%得满分'],
    ],
  }]), { generatedAt: '2024-01-10T04:00:00.000Z' });
  return (report?.blocks ?? []).map((block) => (block.kind === 'paragraph' && block.lead ? block.lead.text : '') + runsText(block.runs));
}

describe('没有指标值、完成值列的计分表', () => {
  const text = lines();
  const item = text.find((line) => line.includes('立项依据'));

  it('不要求填写表中没有的“年度指标值”“实际完成值”，名称里的分值不再重复', () => {
    expect(item).toBeDefined();
    expect(text.join('\n')).not.toContain('年度指标值【未填写】');
    expect(item).toMatch(/立项依据：分值3分，自评得分3分/);
    expect(item).not.toContain('(3分)');
  });
});
