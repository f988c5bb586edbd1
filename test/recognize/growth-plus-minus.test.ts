import { recognize } from '../../src/core/recognize';
import { readHeader } from '../../src/core/recognize/header-vocabulary';
import { workbookOf } from './build-snapshot';

/** Statistical releases head the change ±% and leave out a level they do not publish (―). Made-up release rows. */

describe('±% 是增减幅度', () => {
  it('“±%”“比上年±%”“同比±(%)”读作增幅', () => {
    for (const header of ['±%', '比上年±%', '同比±(%)']) expect(readHeader([header]).guesses[0]?.field).toBe('growth');
  });

  it('只有增幅、总量写“―”的行也是定量指标', () => {
    const { table } = recognize(workbookOf('t.xlsx', [{ name: 'Sheet1', rows: [
      ['2026年1-6月主要经济指标', null, null, null],
      ['指标', '单位', '累计', '±%'],
      ['规模以上工业增加值', '亿元', '―', 4.1],
      ['社会消费品零售总额', '亿元', 512.6, -2.3],
      ['城镇居民人均可支配收入', '元', 21034, 5.0],
    ] }]));
    expect(table?.columns.growth?.letter).toBe('D');
    expect(table?.indicators.map((i) => [i.kind, i.statedGrowth?.value])).toEqual([
      ['quantitative', 0.041], ['quantitative', -0.023], ['quantitative', 0.05],
    ]);
  });
});
