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
