import { recognize } from '../../src/core/recognize';
import '../../src/node/traditional-chinese';
import { workbookOf } from './build-snapshot';

/**
 * Tables grouped by leader or by field often write the header again under each group's row. The repeated
 * header is part of no indicator. Sheets are written for the rule.
 */
describe('分组行下重复的表头行不是指标', () => {
  it.each([
    [['序号', '目标任务', '推进情况']],
    [['序 号', '目标 任务', '推进情况']],
  ])('表头 %j 在第二组下重复一次：只读出两项指标', (header) => {
    const recognition = recognize(workbookOf('汇总表', [{
      name: 'Sheet1',
      rows: [
        ['2024年重点工作半年度完成情况'],
        ['序号', '目标任务', '推进情况'],
        ['一、经济发展'],
        [1, '规上工业增加值增长7%左右。', '1-6月增长6.8%。'],
        ['二、社会民生'],
        header,
        [2, '新增城镇就业1.2万人。', '已新增0.7万人。'],
      ],
    }]));
    const names = recognition.table!.indicators.map((i) => i.name.value);
    expect(names).toEqual(['规上工业增加值增长7%左右。', '新增城镇就业1.2万人。']);
  });

  it('只有一格与表头相同的行照常读作指标', () => {
    const recognition = recognize(workbookOf('汇总表', [{
      name: 'Sheet1',
      rows: [
        ['序号', '目标任务', '推进情况'],
        [1, '目标任务', '已分解到各乡镇。'],
        [2, '新增城镇就业1.2万人。', '已新增0.7万人。'],
      ],
    }]));
    expect(recognition.table!.indicators).toHaveLength(2);
  });
});
