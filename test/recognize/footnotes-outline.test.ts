import { recognize } from '../../src/core/recognize';
import { parseOutline } from '../../src/core/recognize/outline';
import { workbookOf } from './build-snapshot';

/** Footnotes under a statistical table and items numbered 2、 before a figure. Made-up rows of those kinds. */

describe('表下的脚注是注，不是分节', () => {
  it('[1]…、【2】…、［3］…：一行一格的脚注读作注行', () => {
    const { table } = recognize(workbookOf('t.xlsx', [{ name: 'Sheet1', rows: [
      ['指标', '单位', '1-3月', '增长%'],
      ['规模以上工业增加值[1]', '%', null, 6.1],
      ['高技术制造业增加值[2]', '%', null, 12.5],
      ['社会消费品零售总额', '亿元', 210.4, 5.2],
      ['[1]规模以上工业指年主营业务收入2000万元及以上的工业企业。'],
      ['【2】高技术制造业包括医药制造、电子及通信设备制造等。'],
      ['［3］表中部分数据因四舍五入,分项之和与总计略有差异。'],
    ] }]));
    expect(table?.notes).toHaveLength(3);
    expect(table?.sections).toEqual([]);
    expect(table?.indicators).toHaveLength(3);
  });
});

describe('“2、”后面紧跟数字仍是序号', () => {
  it('2、100%完成…；3、80%以上…；而 2,000 是数', () => {
    expect(parseOutline('2、100%完成全年手术任务计7分')).toMatchObject({ style: 'num', key: '2', rest: '100%完成全年手术任务计7分' });
    expect(parseOutline('3、 80%以上农户参保计5分')).toMatchObject({ key: '3', rest: '80%以上农户参保计5分' });
    expect(parseOutline('2,000人')).toBeNull();
    expect(parseOutline('4、加强基层党组织建设')).toMatchObject({ key: '4', rest: '加强基层党组织建设' });
  });
});
