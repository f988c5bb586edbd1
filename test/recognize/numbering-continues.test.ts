import type { CellValue, MergeArea } from '../../src/core/model';
import { recognize } from '../../src/core/recognize';
import { area, workbookOf } from './build-snapshot';

/**
 * In a list numbered 1. 2. 3., an item whose words begin with a figure (3.85%的农户…, 4.60%以上的村…) looks like the figure 3.85
 * or 4.60; between item 2. and item 5. they are items 3 and 4. Only a number the list continues on both sides is read so.
 * Made-up tables, none copied from a published one.
 */

function read(rows: readonly (readonly CellValue[])[], merges: readonly MergeArea[]) {
  const recognition = recognize(workbookOf('t.xlsx', [{ name: 'Sheet1', rows, merges }]));
  if (recognition.table === null) throw new Error('no table was read');
  return recognition.table;
}

describe('编号接着上一项的数读作编号', () => {
  it('1. 2. 之后、5. 之前的“3.85%的农户…”“4.60%以上的行政村…”是第3、4项', () => {
    const table = read([
      ['项目名称', '年度目标任务', '完成进度'],
      ['数字乡村', '1.新建农村电商服务站30个', '完成18个'],
      [null, '*2.培训农村电商人才500人次', '完成260人次'],
      [null, '3.85%的农户用上清洁能源', '完成80%'],
      [null, '4.60%以上的行政村建成数字服务点', '已完成'],
      [null, '5.新建益农信息社40个', '完成40个'],
    ], [area('A2:A6')]);
    expect(table.indicators.map((i) => [i.outline, i.name.value])).toEqual([
      ['1.', '新建农村电商服务站30个'],
      ['*2.', '培训农村电商人才500人次'],
      ['3.', '85%的农户用上清洁能源'],
      ['4.', '60%以上的行政村建成数字服务点'],
      ['5.', '新建益农信息社40个'],
    ]);
  });

  it('上下不都接着编号的数照旧是数：“2.5万人次…”在 1. 之后、不编号的行之前，“3.5万吨…”在不编号的行之后', () => {
    const table = read([
      ['项目名称', '年度目标任务', '完成进度'],
      ['文旅消费', '1.举办文旅惠民活动60场', '完成35场'],
      [null, '2.5万人次参加全民健身赛事', '完成1.8万人次'],
      [null, '新增旅游接待床位800张', '完成420张'],
      [null, '3.5万吨农产品进城', '完成2万吨'],
    ], [area('A2:A5')]);
    expect(table.indicators.map((i) => i.name.value)).toEqual(['举办文旅惠民活动60场', '2.5万人次参加全民健身赛事', '新增旅游接待床位800张', '3.5万吨农产品进城']);
  });
});
