import type { IndicatorTable } from '../../src/core/model';
import { recognize } from '../../src/core/recognize';
import { indicatorUnit } from '../../src/core/recognize/indicator-unit';
import { unitOfNamedFigure } from '../../src/core/recognize/name-target';
import { workbookOf } from './build-snapshot';

/**
 * 城镇新增就业1100人 with 1100 in the target column: the unit the name writes after the row's own figure is the
 * indicator's unit. Only a figure the row repeats in a cell of its own is evidence.
 */

const _ = null;

describe('名称里写在本行数字后面的单位，就是这个数字的单位', () => {
  it.each([
    ['城镇新增就业1100人', [1100, 1063], '人'],
    ['培训家政服务人员613人次', [613, 626], '人次'],
    ['改造农村公路120公里', [_, 96], _],
    ['改造农村公路120公里', [120], '公里'],
    ['“三公里”充分就业社区4个', [4, 4], '个'],
  ] as [string, (number | null)[], string | null][])('“%s”，本行数字 %j → %s', (name, figures, unit) => {
    expect(unitOfNamedFigure(name, figures.filter((f): f is number => f !== null))).toBe(unit);
  });

  it('名称里的数字与本行的数字对不上，或有两个数字，不借单位', () => {
    expect(unitOfNamedFigure('建设3个片区的污水管网', [12])).toBeNull();
    expect(unitOfNamedFigure('新建3个片区、改造12公里管网', [12])).toBeNull();
  });

  it('0 和 1 在很多列里只表示“无”“已完成”，对上了也不算证据', () => {
    expect(unitOfNamedFigure('每个乡镇至少1家卫生院达标', [1, 1])).toBeNull();
  });

  function tableOf(rows: (string | number | null)[][]): IndicatorTable {
    const recognition = recognize(workbookOf('民生工程进度', [{ name: 'Sheet1', rows }]));
    if (!recognition.table) throw new Error('no table');
    return recognition.table;
  }

  it('进度表里没有单位列：单位取自名称里与目标数相同的那个数字', () => {
    const table = tableOf([
      ['序号', '工作任务', '责任单位', '目标数', '累计完成', '完成进度'],
      [1, '城镇新增就业2000人', '县人社局', 2000, 1850, '92.5%'],
      [2, '培训家政服务人员500人次', '县商务局', 500, 520, '104%'],
      [3, '按标准发放创业补贴', '县人社局', _, _, _],
    ]);
    const units = Object.fromEntries(table.indicators.map((i) => [i.name.value, i.unit]));
    expect(units).toEqual({ 城镇新增就业2000人: '人', 培训家政服务人员500人次: '人次', 按标准发放创业补贴: null });
  });
});

describe('单位格与单元格里不完整的单位', () => {
  const sources = { unitCell: '', name: '', headerUnit: null, cellUnit: null, tableUnit: null, hasFigure: true };

  it.each(['-', '—', '/', '无'])('单位格写“%s”是有意留空，不是单位', (cell) => {
    expect(indicatorUnit({ ...sources, unitCell: cell }).unit).toBeNull();
  });

  it('单元格只写量级（10000万），名称写全（征缴基金10000万元）：单位是万元', () => {
    expect(indicatorUnit({ ...sources, name: '完成征缴基金10000万元', cellUnit: '万', figures: [10000, 7965] }).unit).toBe('万元');
    expect(indicatorUnit({ ...sources, name: '新增贷款2亿元', cellUnit: '亿', figures: [2] }).unit).toBe('亿元');
  });

  it('名称里的数字对不上时，量级照单元格原样', () => {
    expect(indicatorUnit({ ...sources, name: '完成征缴基金任务', cellUnit: '万', figures: [10000] }).unit).toBe('万');
  });
});
