import { compute } from '../../src/core/compute';
import { runsText } from '../../src/core/model';
import { narrate } from '../../src/core/narrate';
import { recognize } from '../../src/core/recognize';
import { validate } from '../../src/core/validate';
import { workbookOf } from '../recognize/build-snapshot';

/**
 * The staff's progress words already give the share of the task (完成任务数的107.16%, 占年度计划的…), cut where ours is
 * rounded (3215 ÷ 3000 = 107.17%): the draft must not add "完成全年目标的107.17%" beside theirs — one rate, said
 * once, in their figure. Made-up rows; a row whose words give no rate still gets the draft's own.
 */
function draftLines(): string[] {
  const workbook = workbookOf('进展', [{
    name: 'Sheet1',
    rows: [
      ['2023年县民生实事项目上半年推进情况汇总表'],
      ['序号', '实事名称', '', '指标任务', '责任单位', '实施点位', '完成时限', '进展情况', '下步计划'],
      [1, '一、困难老人助餐服务。', '为困难老人提供助餐服务。', '3000人次以上老人助餐', '民政局', '各乡镇', '12月底', '截至6月10日:累计助餐3215人次,完成任务数的107.16%', '继续开展'],
      [2, '', '', '5000人以上居民免费体检', '卫健局', '各乡镇', '12月底', '截至6月10日:免费体检4120人', '继续开展'],
      [3, '二、农村公路养护', '', '养护道路80公里', '交通局', '各乡镇', '11月底', '已养护道路64公里,占年度计划的80%', '继续开展'],
    ],
  }]);
  const table = recognize(workbook).table!;
  const doc = narrate(table, compute(table, validate(table, workbook)));
  return doc.blocks.map((block) => (block.kind === 'paragraph' && block.lead ? block.lead.text : '') + runsText(block.runs));
}

describe('员工已写出完成比例（完成任务数的…%），汇报稿不再另算一个', () => {
  const lines = draftLines();
  const meals = lines.find((line) => line.includes('助餐'))!;
  const checks = lines.find((line) => line.includes('免费体检'))!;
  const roads = lines.find((line) => line.includes('养护道路'))!;

  it('只写员工的107.16%，不再写“完成全年目标的107.17%”', () => {
    expect(meals).toContain('完成任务数的107.16%');
    expect(meals).not.toContain('107.17%');
    expect(meals).toContain('超额完成');
  });

  it('“占年度计划的80%”与算出的相同，照旧只写一次（不应变）', () => {
    expect(roads.match(/\d+(?:\.\d+)?%/g)).toEqual(['80%']);
  });

  it('员工没写比例的一行照旧由汇报稿算出', () => {
    expect(checks).toContain('完成全年目标的82.4%');
  });
});
