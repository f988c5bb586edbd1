import type { CellValue } from '../../src/core/model';
import { recognize } from '../../src/core/recognize';
import { workbookOf } from './build-snapshot';

/**
 * A year-end report that tells several things' figures in one cell (地区生产总值…亿元,增长…;城镇居民人均可支配收入…元,
 * 增长…): the row's actual is the one clause that repeats the indicator's own words, with the growth told right after
 * it. A clause about a neighbour (支出 beside 收入) is not it. Made-up table.
 */

const table = recognize(workbookOf('t.xlsx', [{ name: 'Sheet1', rows: [
  ['序号', '重点工作', '牵头单位', '全年完成情况'],
  [1, '农村居民人均可支配收入增长7%左右。', '县农业农村局', '全县生产总值初步核算386.2亿元,增长5.1%;农村居民人均可支配收入24580元,同比增长7.6%。'],
  [2, '一般公共预算收入增长5%。', '县财政局', '预算收入由年初的5%调整为3%(经县人大常委会第12次会议审议)。全年一般公共预算收入完成28.65亿元,完成调整后目标。'],
  [3, '一般公共预算收入增长6%。', '县财政局', '全年一般公共预算支出完成61.2亿元,增长4.2%;民生支出占比80.5%。'],
] as CellValue[][] }])).table;

describe('一格报了几样数：取名称说的那一样', () => {
  it('取与名称同一主语的数和紧跟其后的增速', () => {
    expect(table?.indicators[0].actual?.value).toBe(24580);
    expect(table?.indicators[0].unit).toBe('元');
    expect(table?.indicators[0].statedGrowth?.value).toBeCloseTo(0.076);
  });

  it('其余分句有几个数（调整过程）时，只取说到本项的那一句', () => {
    expect(table?.indicators[1].actual?.value).toBe(28.65);
  });

  it('说的是别的量（支出而非收入）：不读', () => {
    expect(table?.indicators[2].actual).toBeNull();
  });
});
