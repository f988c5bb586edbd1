import type { CellValue } from '../../src/core/model';
import { recognize } from '../../src/core/recognize';
import { workbookOf } from './build-snapshot';

/**
 * A goal of no change against last year (与上年持平, 同比基本持平) is a growth target of about 0: the row is a figure
 * to be met, and the growth its progress words report is what meets or misses it. Made-up tables.
 */

function read(rows: readonly (readonly CellValue[])[]) {
  const recognition = recognize(workbookOf('t.xlsx', [{ name: 'Sheet1', rows }]));
  if (recognition.table === null) throw new Error('no table was read');
  return recognition.table;
}

describe('“与上年持平”是增速约为0的目标', () => {
  it('写在名称里：增速目标0，进展句里的完成数与增速照读', () => {
    const table = read([
      ['序号', '工作任务', '牵头部门', '前三季度推进情况'],
      [1, '规模以上工业增加值增长6%左右', '经信局', '前三季度规上工业增加值增长6.8%'],
      [2, '进出口总额与上年持平', '商务局', '前三季度完成进出口总额312.5亿元,下降2.4%'],
      [3, '社会消费品零售总额增长8%', '商务局', '前三季度增长7.1%'],
    ]);
    const flat = table.indicators[1];
    expect(flat.kind).toBe('quantitative');
    expect(flat.targetGrowth?.value).toBe(0);
    expect(flat.targetGrowth?.approx).toBe('about');
    expect(flat.actual?.value).toBe(312.5);
    expect(flat.statedGrowth?.value).toBeCloseTo(-0.024);
  });

  it('写在目标一栏里也一样', () => {
    const table = read([
      ['序号', '名称', '工作任务', '责任单位'],
      [1, '外贸', '进出口总额增长5%', '商务局'],
      [2, '利用外资', '实际使用外资同比基本持平', '商务局'],
      [3, '消费', '社会消费品零售总额增长9%', '商务局'],
    ]);
    expect(table.indicators[1].targetGrowth?.value).toBe(0);
  });

  it('持平之外还有别的分句时不读', () => {
    const table = read([
      ['序号', '工作任务', '牵头部门', '推进情况'],
      [1, '粮食播种面积与上年持平,稳定生猪产能', '农业农村局', '正在推进'],
      [2, '新建高标准农田3万亩', '农业农村局', '完成2.1万亩'],
    ]);
    expect(table.indicators[0].targetGrowth ?? null).toBeNull();
  });
});

describe('完成情况说“控制在1.9%”：达到的水平，不是上限', () => {
  const table = read([
    ['序号', '名称', '目标任务', '上半年推进情况'],
    [1, '就业', '城镇登记失业率控制在3%以内', '城镇登记失业率控制在1.9%'],
    [2, '物价', '居民消费价格涨幅控制在3%以内', '居民消费价格涨幅控制在2.5%以内'],
    [3, '收入', '城乡居民收入增长7%', '城乡居民人均可支配收入2.1万元,增长7.4%'],
    [4, '投资', '固定资产投资增长8%', '完成固定资产投资156亿元,增长8.3%'],
  ]);

  it('没有“以内”：完成值是确数', () => {
    expect(table.indicators[0].actual?.value).toBe(1.9);
    expect(table.indicators[0].actual?.approx).toBe('exact');
  });

  it('写了“以内”：仍是上限', () => {
    expect(table.indicators[1].actual?.approx).toBe('atMost');
  });
});
