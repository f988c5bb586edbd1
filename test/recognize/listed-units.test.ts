import type { IndicatorTable } from '../../src/core/model';
import { recognize } from '../../src/core/recognize';
import { listedUnitFor } from '../../src/core/recognize/table-title';
import { workbookOf } from './build-snapshot';

/** 单位：个、亿元 above the header: each listed unit belongs to the columns whose words it fits. */

describe('单位行列出几个单位：按目标、完成两列的表头认领', () => {
  it.each([
    [['个', '亿元'], ['年投资计划', '完成投资额'], '亿元'],
    [['项', '万元'], ['计划资金', '到位资金'], '万元'],
    [['个', '万元'], ['计划项目个数', '开工项目个数'], '个'],
  ])('单位 %j，表头 %j → %s', (listed, headers, unit) => {
    expect(listedUnitFor(listed, headers)).toBe(unit);
  });

  it('表头说不清（目标、完成）或两类混着时不认领：不猜', () => {
    expect(listedUnitFor(['万人', '%'], ['目标', '完成'])).toBeNull();
    expect(listedUnitFor(['个', '亿元'], ['项目个数', '完成投资'])).toBeNull();
    expect(listedUnitFor(['亿元', '万元'], ['计划投资', '完成投资'])).toBeNull();
  });

  function tableOf(rows: (string | number | null)[][]): IndicatorTable {
    const recognition = recognize(workbookOf('投资完成情况', [{ name: 'Sheet1', rows }]));
    if (!recognition.table) throw new Error('no table');
    return recognition.table;
  }

  it('投资进度表：计划投资与完成投资取“亿元”', () => {
    const table = tableOf([
      ['1-6月重点项目投资完成情况表'],
      ['单位:个、亿元'],
      ['县市区', '项目个数', '年计划投资', '累计完成投资', '投资完成率'],
      ['甲县', 30, 40.5, 21.2, '52.3%'],
      ['乙县', 22, 35, 19.8, '56.6%'],
      ['丙区', 41, 60.2, 30.4, '50.5%'],
    ]);
    expect(table.indicators.map((i) => i.unit)).toEqual(['亿元', '亿元', '亿元']);
  });
});
