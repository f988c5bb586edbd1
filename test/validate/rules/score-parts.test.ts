import { partsOfItems } from '../../../src/core/model';

describe('分项的得分已算在大项里：合计时只算大项', () => {
  it('“一、宣传培训”之下的“1、”“2、”是它的分项，别的行不是', () => {
    const row = (path: string[], name: string) => ({ path, name: { value: name } });
    const item = row(['产出指标', '数量指标'], '一、宣传培训');
    const partA = row(['产出指标', '数量指标', '一、宣传培训'], '1、发放资料');
    const partB = row(['产出指标', '数量指标', '一、宣传培训'], '2、举办讲座');
    const other = row(['产出指标', '质量指标'], '培训合格率');
    const parts = partsOfItems([item, partA, partB, other]);
    expect([...parts]).toEqual([partA, partB]);
  });
});
