import type { CellValue, MergeArea } from '../../src/core/model';
import { recognize } from '../../src/core/recognize';
import { readHeader } from '../../src/core/recognize/header-vocabulary';
import { nameWithoutUnit } from '../../src/core/recognize/name-unit';
import { area, workbookOf } from './build-snapshot';

/**
 * Tables whose name column the header words do not name: a plan whose names sit under a word of its own (民生实事,
 * 为民办实事, 攻坚项目) beside a 责任单位 and a 完成时限, and a statistical table whose stub has no header at all
 * (a blank corner over 指标 labels, figures to the right). Made-up tables of those kinds.
 */

function read(rows: readonly (readonly CellValue[])[], merges: readonly MergeArea[] = []) {
  const recognition = recognize(workbookOf('t.xlsx', [{ name: 'Sheet1', rows, merges }]));
  if (recognition.table === null) throw new Error(`no table was read: ${recognition.issues.map((i) => i.code).join(',')}`);
  return recognition;
}

describe('表头不认识的名称列：按列中的值认出', () => {
  it('计划表“序号|民生实事|责任单位|完成时限”：民生实事一列是名称，并询问', () => {
    const r = read([
      ['2026年民生实事任务分解表', null, null, null],
      ['序号', '民生实事', '责任单位', '完成时限'],
      [1, '新建城区公共停车场两处,新增停车泊位800个。', '县住建局', '10月底前'],
      [2, '完成农村危房改造任务并通过验收。', '县住建局', '12月底前'],
      [3, '实施城乡供水一体化工程第二期建设。', '县水务局', '11月底前'],
    ]);
    expect(r.table?.columns.name?.letter).toBe('B');
    expect(r.unsure).toContain('name');
    expect(r.table?.indicators.map((i) => i.row)).toEqual([3, 4, 5]);
  });

  it('“编号|为民办实事项目|牵头部门|责任人”：换了说法也照样读出', () => {
    const r = read([
      ['编号', '为民办实事项目', '牵头部门', '责任人'],
      ['一', '改造提升老旧小区供水管网及二次供水设施', '区城管局', '王建国'],
      ['二', '新建社区嵌入式养老服务中心三个', '区民政局', '李红梅'],
    ]);
    expect(r.table?.columns.name?.letter).toBe('B');
    expect(r.table?.columns.department?.letter).toBe('C');
    expect(r.table?.indicators).toHaveLength(2);
  });

  it('名称列在责任单位右边的不算（只写了谁做，没写做什么的通讯录仍不是指标表）', () => {
    const recognition = recognize(workbookOf('t.xlsx', [{ name: 'Sheet1', rows: [
      ['科室', '负责人', '职责'],
      ['办公室', '王建国', '负责机关日常运转、文电会务和信息公开工作'],
      ['规划科', '李红梅', '负责编制全县国民经济和社会发展规划纲要'],
    ] }]));
    expect(recognition.table).toBeNull();
  });
});

describe('统计表：左上角空着，左列是指标，右边是数', () => {
  const corner = (caption: string, heads: readonly string[], sub: readonly (string | null)[], rows: readonly (readonly CellValue[])[]) => {
    const merges = [area('A1:D1'), area('A2:A3'), area('B2:B3'), area('C2:C3')];
    return read([[caption, null, null, null], [null, ...heads], [null, ...sub], ...rows], merges);
  };

  it('“本月|1-6月累计|累计›增长%”：左列读作名称，累计读作完成值', () => {
    const r = corner('主要经济指标', ['6月', '1-6月累计', '累计'], [null, null, '增长%'], [
      ['规模以上工业增加值(亿元)', 12.3, 70.5, 6.2],
      ['固定资产投资(亿元)', 20.1, 98.4, 4.5],
      ['社会消费品零售总额(亿元)', 15.6, 88.2, 5.1],
    ]);
    expect(r.table?.columns.name?.letter).toBe('A');
    expect(r.table?.columns.actual?.letter).toBe('C');
    expect(r.table?.columns.growth?.letter).toBe('D');
    expect(r.table?.indicators.map((i) => i.name.value)).toEqual(['规模以上工业增加值', '固定资产投资', '社会消费品零售总额']);
    expect(r.table?.indicators[0].unit).toBe('亿元');
  });

  it('换一种写法（本期|本年累计|比上年同期增减%）也读出，名称按值认出所以要询问', () => {
    const r = corner('全县经济运行情况', ['本期', '本年累计', '比上年同期'], [null, null, '增减%'], [
      ['一般公共预算收入', 1.2, 9.8, -3.1],
      ['税收收入', 0.9, 7.1, 2.4],
      ['城镇居民人均可支配收入(元)', 3100, 21800, 5.6],
    ]);
    expect(r.table?.columns.name?.letter).toBe('A');
    expect(r.unsure).toContain('name');
    expect(r.table?.indicators).toHaveLength(3);
  });

  it('只有一列数的清单（两列以下的数）不凭值当作统计表', () => {
    const recognition = recognize(workbookOf('t.xlsx', [{ name: 'Sheet1', rows: [
      ['物品', '数量'],
      ['桌子', 3],
      ['椅子', 12],
      ['柜子', 2],
    ] }]));
    expect(recognition.table).toBeNull();
  });
});

describe('名称后括号里的单位不是名称的一部分', () => {
  it('利润总额(亿元)、亏损面(%)、建设公办幼儿园(所)：名称去掉单位', () => {
    expect(nameWithoutUnit('利润总额(亿元)')).toBe('利润总额');
    expect(nameWithoutUnit('亏损面（%）')).toBe('亏损面');
    expect(nameWithoutUnit('建设农村公办幼儿园(所)')).toBe('建设农村公办幼儿园');
    expect(nameWithoutUnit('城镇新增就业（万人）')).toBe('城镇新增就业');
  });

  it('括号里不是单位的照旧：权重(4%)、注释(GDP)、界限(≥**万元)', () => {
    expect(nameWithoutUnit('推展會展活動(6%)')).toBe('推展會展活動(6%)');
    expect(nameWithoutUnit('地区生产总值(GDP)')).toBe('地区生产总值(GDP)');
    expect(nameWithoutUnit('游客满意度(≥**%)')).toBe('游客满意度(≥**%)');
    expect(nameWithoutUnit('(亿元)')).toBe('(亿元)');
  });
});

describe('百分点不是增速', () => {
  it('“增减百分点”“比上年增减百分点”不读作增幅', () => {
    expect(readHeader(['增减百分点']).guesses).toEqual([]);
    expect(readHeader(['比上年增减百分点']).guesses).toEqual([]);
    expect(readHeader(['累计', '增减百分点']).guesses.map((g) => g.field)).not.toContain('growth');
    expect(readHeader(['增长%']).guesses[0]?.field).toBe('growth');
  });
});
