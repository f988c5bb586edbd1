import type { IndicatorTable } from '../../src/core/model';
import { recognize } from '../../src/core/recognize';
import { templateSlot } from '../../src/core/recognize/template-slot';
import '../../src/node/traditional-chinese';
import { type SheetSpec } from './build-snapshot';
import { byName, tableOfSheet } from './recognized-table';

/**
 * A form's template leaves a blank after each indicator's name for its value — 名称(≥**单位) — and the unit
 * fills the number into the value column. The bracket is the bound and the unit of that value, not the name.
 * The sheets below are written for the rule, none copied from a published table.
 */

const tableOf = (spec: SheetSpec): IndicatorTable => tableOfSheet('自评表', spec);

describe('名称后模板留的空位：（≥**单位）是目标的界限和单位，不是名称的一部分', () => {
  it.each([
    ['新建村道(≥**公里)', '新建村道', 'atLeast', '公里'],
    ['群众满意度（≥XX%）', '群众满意度', 'atLeast', '%'],
    ['培训人次(不少于××人次)', '培训人次', 'atLeast', '人次'],
    ['单位运行成本(≤**万元)', '单位运行成本', 'atMost', '万元'],
    ['安装路灯(≥盏)', '安装路灯', 'atLeast', '盏'],
    ['事故发生率（＜＊＊‰）', '事故发生率', 'atMost', '‰'],
    ['补贴发放(=**户)', '补贴发放', 'exact', '户'],
  ])('%s → %s，%s，%s', (written, name, approx, unit) => {
    expect(templateSlot(written)).toEqual({ name, approx, unit });
  });

  it('只写比较符、不写单位的空位（≥**）也是空位，单位为空', () => {
    expect(templateSlot('设备到位率(≥**)')).toEqual({ name: '设备到位率', approx: 'atLeast', unit: null });
  });

  it.each([
    '粉碎机(11kw)',
    '产床(全复合双体产床)',
    '任务完成时限(月)',
    '覆盖率(≥95%)',
    '服务质量(≥符合国家标准要求)',
    '新建公厕',
  ])('名称里真正的括注不是空位：%s', (written) => {
    expect(templateSlot(written)).toBeNull();
  });

  const form: SheetSpec = {
    name: 'Sheet1',
    rows: [
      ['2023年度项目支出绩效自评表'],
      ['项目名称', '某镇农村饮水巩固提升工程'],
      ['一级指标', '二级指标', '三级指标', '年初目标值', '实际完成值', '得分'],
      ['产出指标', '数量指标', '铺设供水管网(≥**公里)', 12.5, 12.5, 10],
      ['产出指标', '数量指标', '新建蓄水池(≥座)', 3, 3, 10],
      ['产出指标', '数量指标', '改造入户水表(不少于XX户)', 860, 820, 8],
      ['产出指标', '成本指标', '工程总投资(≤**万元)', 300, 288, 10],
      ['产出指标', '数量指标', '加压泵站(2台套)', 1, 1, 5],
    ],
  };

  it('自评表的三级指标带空位：名称去掉空位，单位取空位里的，目标带上界限', () => {
    const table = tableOf(form);
    expect(table.layoutClass).toBe('finance-form');
    expect(byName(table, '铺设供水管网')).toMatchObject({ unit: '公里', target: { value: 12.5, approx: 'atLeast' }, actual: { value: 12.5 } });
    expect(byName(table, '新建蓄水池')).toMatchObject({ unit: '座', target: { value: 3, approx: 'atLeast' } });
    expect(byName(table, '改造入户水表')).toMatchObject({ unit: '户', target: { value: 860, approx: 'atLeast' }, actual: { value: 820 } });
    expect(byName(table, '工程总投资')).toMatchObject({ unit: '万元', direction: 'lower', target: { value: 300, approx: 'atMost' } });
  });

  it('名称里有数的括注（2台套）照原样留在名称里', () => {
    const table = tableOf(form);
    expect(byName(table, '加压泵站(2台套)')).toMatchObject({ target: { value: 1, approx: 'exact' } });
  });

  it('指标值一格自己写了界限和单位（>=4个）时，空位不添什么，名称照原文引用', () => {
    const table = tableOf({
      name: 'Sheet1',
      rows: [
        ['2024年项目绩效目标申报表'],
        ['项目名称', '某村人居环境整治'],
        ['一级指标', '二级指标', '三级指标', '指标值'],
        ['产出指标', '数量指标', '改造农户厕所( ≥**户 )', '>=40户'],
        ['满意度指标', '服务对象满意度指标', '村民满意度(≥**%)', '>=90%'],
      ],
    });
    expect(byName(table, '改造农户厕所( ≥**户 )')).toMatchObject({ unit: '户', target: { value: 40, approx: 'atLeast' } });
    expect(byName(table, '村民满意度(≥**%)')).toMatchObject({ unit: '%', target: { value: 90, approx: 'atLeast' } });
  });
});
