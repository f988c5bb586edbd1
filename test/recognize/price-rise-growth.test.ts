import type { IndicatorTable } from '../../src/core/model';
import { recognize } from '../../src/core/recognize';
import { workbookOf, type SheetSpec } from './build-snapshot';

function read(spec: SheetSpec): IndicatorTable {
  const table = recognize(workbookOf('wb', [spec])).table;
  if (!table) throw new Error(`no table read from ${spec.name}`);
  return table;
}

/** A plan of expected goals, each written as the indicator and its expected change. */
const goals: SheetSpec = {
  name: 'S',
  rows: [
    ['2023年主要预期目标分工'],
    ['序号', '预期目标', '牵头单位'],
    [1, '全县社会消费品零售总额增长8%左右', '县商务局'],
    [2, '全县居民消费价格涨幅3.5%左右', '县发改局'],
    [3, '城镇居民人均可支配收入增长6.5%', '县统计局'],
  ],
};

describe('“涨幅”与“增长”“增幅”一样是增速：物价涨幅写成目标时读作目标增速', () => {
  it('居民消费价格涨幅3.5%左右 → 目标增速 3.5%（约数），定量，越低越好', () => {
    const row = read(goals).indicators.find((i) => i.name.value.includes('涨幅'));
    expect(row?.targetGrowth).toMatchObject({ value: 0.035, approx: 'about' });
    expect(row?.kind).toBe('quantitative');
    expect(row?.direction).toBe('lower');
  });

  it('同表的“增长8%左右”照旧读作目标增速，越高越好', () => {
    const row = read(goals).indicators.find((i) => i.name.value.includes('零售'));
    expect(row?.targetGrowth?.value).toBeCloseTo(0.08);
    expect(row?.direction).toBe('higher');
  });
});
