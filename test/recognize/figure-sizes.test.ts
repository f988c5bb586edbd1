import { recognize, CONFIDENCE_THRESHOLD } from '../../src/core/recognize';
import type { Recognition, RowQuestion } from '../../src/core/recognize';
import { columnsOfOtherSizes, sizeClashes } from '../../src/core/recognize/figure-sizes';
import { workbookOf } from './build-snapshot';

/*
 * Issue 18, calibration: figures of one measure on one row agree in size (done so far, the year's target, the
 * period's target, last year's figure). Orders apart, one of the two columns is not what it was read as, whatever
 * its header says: asked about — the column when most rows clash, the row when one does. Tables whose figures agree,
 * over-achieved rows, rows with nothing done yet and rates (%) are not asked more.
 */

const read = (rows: (string | number | null)[][]): Recognition => recognize(workbookOf('表', [{ name: 'Sheet1', rows }]));
const rowsAsked = (r: Recognition): RowQuestion[] => r.questions.flatMap((q) => (q.kind === 'row' ? [q] : []));

describe('同一计量的两个数大小相差过远：问', () => {
  it('“上年同期”一列其实是增长率（5.8、7.1 对着 3260、1480），又无第三列可比：两列都问（其中一列没读对），不逐行再问；表既已见读错，凭数值读的名称列也问', () => {
    const r = read([
      ['指标', '计量单位', '本年累计', '上年同期', '责任科室'],
      ['地区生产总值', '亿元', 3260.5, 5.8, '综合科'],
      ['规模以上工业增加值', '亿元', 1480.2, 7.1, '工业科'],
      ['社会消费品零售总额', '亿元', 1210.8, 6.4, '商贸科'],
      ['一般公共预算收入', '亿元', 215.3, 4.9, '财政科'],
    ]);
    expect(r.table!.columns.lastYear?.letter).toBe('D');
    expect([...r.unsure].sort()).toEqual(['actual', 'lastYear', 'name']);
    expect(r.table!.columns.lastYear!.confidence).toBeLessThan(CONFIDENCE_THRESHOLD);
    expect(r.questions).toContainEqual(expect.objectContaining({ kind: 'column', letter: 'D', read: 'lastYear' }));
    expect(rowsAsked(r).filter((q) => q.reason === 'sizes')).toEqual([]);
  });

  it('有全年目标与完成相称时，只问与之不相称的“上年同期”一列（和凭数值读的名称列），不问完成列', () => {
    const r = read([
      ['指标', '计量单位', '全年目标', '本年累计', '上年同期', '责任科室'],
      ['地区生产总值', '亿元', 6800, 3260.5, 5.8, '综合科'],
      ['规模以上工业增加值', '亿元', 3000, 1480.2, 7.1, '工业科'],
      ['社会消费品零售总额', '亿元', 2500, 1210.8, 6.4, '商贸科'],
      ['一般公共预算收入', '亿元', 420, 215.3, 4.9, '财政科'],
    ]);
    expect([...r.unsure].sort()).toEqual(['lastYear', 'name']);
    expect(r.questions.filter((q) => q.kind === 'column' && q.read !== 'name')).toEqual([expect.objectContaining({ letter: 'E', read: 'lastYear' })]);
  });

  it('只有一行相差过远（完成 −2.1 对着目标 255）：只问这一行，两个数都在问里', () => {
    const r = read([
      ['序号', '指标名称', '单位', '年度目标', '1-6月完成', '责任单位'],
      [1, '固定资产投资', '亿元', 255, -2.1, '发改局'],
      [2, '新增城镇就业', '人', 5000, 2600, '人社局'],
      [3, '新建农村公路', '公里', 120, 70, '交通局'],
      [4, '改造老旧小区', '个', 15, 9, '住建局'],
    ]);
    expect(r.unsure).toEqual([]);
    const sizes = rowsAsked(r).filter((q) => q.reason === 'sizes');
    expect(sizes).toEqual([expect.objectContaining({ row: 2, field: 'actual', fields: ['actual', 'target'], value: -2.1 })]);
    expect(r.table!.indicators.find((i) => i.row === 2)!.confidence).toBeLessThan(CONFIDENCE_THRESHOLD);
  });

  it('期目标比全年目标大出许多（季度目标 5300 对着全年 60）：问这一行', () => {
    const clashes = sizeClashes(read([
      ['指标名称', '单位', '全年目标', '一季度目标', '一季度完成'],
      ['新建充电桩', '个', 60, 5300, 12],
      ['新增绿地', '公顷', 30, 8, 6],
      ['新建公园', '个', 4, 1, 1],
    ]).table!.indicators[0]);
    expect(clashes.map((c) => `${c.first}/${c.second}`)).toContain('periodTarget/target');
  });
});

describe('大小相称的表不多问', () => {
  const plain = [
    ['序号', '指标名称', '单位', '年度目标', '1-6月完成', '上年同期', '责任单位'],
    [1, '新增城镇就业', '人', 5000, 2600, 2400, '人社局'],
    [2, '招商引资到位资金', '亿元', 20, 52.6, 31.2, '商务局'],
    [3, '新建农村公厕', '座', 40, 0, 12, '农业农村局'],
    [4, '城镇登记失业率', '%', 4.5, 3.1, 3.3, '人社局'],
    [5, '粮食播种面积', '万亩', 86, 85.2, 84.9, '农业农村局'],
  ];

  it('超额（2.6 倍）、尚未开工（0）、上年同期相近：都不问', () => {
    const r = read(plain);
    expect(r.unsure).toEqual([]);
    expect(rowsAsked(r).filter((q) => q.reason === 'sizes')).toEqual([]);
    expect(columnsOfOtherSizes(r.table!)).toEqual([]);
  });

  it('率（%）之间的比不作证据：目标增长 1.5%、完成增长 9% 不问', () => {
    const r = read([
      ['序号', '指标名称', '单位', '年度目标', '1-6月完成', '责任单位'],
      [1, '居民人均可支配收入增速', '%', 1.5, 9, '统计局'],
      [2, '新增城镇就业', '人', 5000, 2600, '人社局'],
      [3, '新建农村公路', '公里', 120, 70, '交通局'],
    ]);
    expect(rowsAsked(r).filter((q) => q.reason === 'sizes')).toEqual([]);
  });

  it('用户指定过的列（--map）不再因大小被问', () => {
    const r = recognize(workbookOf('表', [{ name: 'Sheet1', rows: [
      ['指标', '计量单位', '本年累计', '上年同期', '责任科室'],
      ['地区生产总值', '亿元', 3260.5, 5.8, '综合科'],
      ['规模以上工业增加值', '亿元', 1480.2, 7.1, '工业科'],
      ['社会消费品零售总额', '亿元', 1210.8, 6.4, '商贸科'],
    ] }]), { columnMap: { lastYear: 'D', actual: 'C' } });
    expect(r.unsure).not.toContain('lastYear');
  });
});
