import type { CellValue, MergeArea } from '../../src/core/model';
import { recognize } from '../../src/core/recognize';
import { area, workbookOf } from './build-snapshot';

/*
 * A plan by places whose columns sit under a head that sets targets for a year (到2025年规划指标(万亩) › 累计建成… ·
 * 累计改造…): each leaf is an indicator, grouped under the head, counted in the head's unit, and a target — 累计 under
 * a plan is the total to be reached by then, not a figure done. A head that only names the leaves' measure (增长速度 ›
 * 比上年同月(%)) groups nothing. Made-up tables.
 */

function read(rows: readonly (readonly CellValue[])[], merges: readonly MergeArea[]) {
  const recognition = recognize(workbookOf('t.xlsx', [{ name: 'Sheet1', rows, merges }]));
  if (recognition.table === null) throw new Error(`no table was read: ${recognition.issues.map((i) => i.code).join(',')}`);
  return recognition.table;
}

describe('规划表：组头“到2027年目标任务(公里)”下的各栏是目标', () => {
  it('各栏读作目标，路径是组头，单位取组头括号里的', () => {
    const t = read([
      ['乡镇', '到2027年目标任务(公里)', null, '到2030年目标任务(公里)', null],
      [null, '累计新建农村公路里程', '累计改造危桥数量', '累计新建农村公路里程', '累计改造危桥数量'],
      ['全县', 120.5, 8, 180.2, 12],
      ['东岭镇', 60.2, 5, 90.1, 7],
      ['西坪乡', 60.3, 3, 90.1, 5],
    ], [area('A1:A2'), area('B1:C1'), area('D1:E1')]);
    expect(t.layoutClass).toBe('cross-table');
    const first = t.indicators[0];
    expect(first.name.value).toBe('累计新建农村公路里程');
    expect(first.path).toEqual(['到2027年目标任务(公里)']);
    expect(first.unit).toBe('公里');
    expect(first.target?.value).toBeCloseTo(120.5);
    expect(first.actual).toBeNull();
  });

  it('不变：组头只说度量（增长速度 › 比上年同月(%)）时，各栏不归到它下面', () => {
    const t = read([
      ['市州', '增长速度', null],
      [null, '比上年同月(%)', '比上年同期(%)'],
      ['全 省', 9.4, 7.1],
      ['甲市', 11, 8.3],
      ['乙市', 7.7, 7],
      ['丙市', 8.1, 6.2],
    ], [area('A1:A2'), area('B1:C1')]);
    expect(t.indicators.every((i) => i.path.length === 0)).toBe(true);
  });
});
