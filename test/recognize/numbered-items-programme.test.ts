import type { CellValue } from '../../src/core/model';
import { recognize } from '../../src/core/recognize';
import { workbookOf } from './build-snapshot';

/**
 * Statements numbered as sub-items ((1) ① 1)) beside a short label are items under that label, even where the label
 * has only one and nothing is merged. And a plan's task that is a programme (several clauses of work without a figure,
 * one clause with a count) has no single target: the count is one part of the work. Made-up tables.
 */

function read(rows: readonly (readonly CellValue[])[]) {
  const recognition = recognize(workbookOf('t.xlsx', [{ name: 'Sheet1', rows }]));
  if (recognition.table === null) throw new Error('no table was read');
  return recognition.table;
}

describe('编号为（1）①的工作标准是目标名称下的子项', () => {
  it('一个目标名称下只有一条（1）：名称是那条标准，目标名称是类别', () => {
    const table = read([
      ['序号', '目标名称', '工作标准', '分管领导', '牵头单位'],
      [1, '城市更新', '(1)推进老旧街区改造,完善配套设施,提升居住品质。', '张某', '住建局'],
      [2, '乡村振兴', '①完善农村人居环境,打造示范村,巩固脱贫成果。', '李某', '农业农村局'],
    ]);
    expect(table.columns.name?.letter).toBe('C');
    expect(table.columns.category?.letter).toBe('B');
    expect(table.layoutClass).toBe('multi-level');
    expect(table.indicators.map((i) => i.path)).toEqual([['城市更新'], ['乡村振兴']]);
  });

  it('没有编号的主要内容仍是目标名称的文字目标', () => {
    const table = read([
      ['序号', '项目名称', '主要内容', '分管领导', '牵头单位'],
      [1, '城市更新', '推进老旧街区改造,完善配套设施,提升居住品质。', '张某', '住建局'],
      [2, '乡村振兴', '完善农村人居环境,打造示范村,巩固脱贫成果。', '李某', '农业农村局'],
    ]);
    expect(table.columns.name?.letter).toBe('B');
  });
});

describe('计划表里一长串工作中的一个数不是整项任务的目标', () => {
  const table = read([
    ['主要工作任务', '牵头单位', '责任单位'],
    ['1.深化营商环境改革,优化审批流程,新培育200家科技型企业,推动产业集群发展。', '区科技局', '各街道'],
    ['2.新建3座口袋公园。', '区城管局', '各街道'],
    ['3.新建停车泊位500个,缓解停车难。', '区交通局', '各街道'],
    ['4.固定资产投资80亿元,其中工业投资增长8%。', '区发改局', '各街道'],
  ]);

  it('几句工作里夹着一个数：没有单一的目标值', () => {
    expect(table.indicators[0].target).toBeNull();
    expect(table.indicators[0].kind).toBe('qualitative');
  });

  it('一句或两句、或句句有数的任务：那个数是目标', () => {
    expect(table.indicators.slice(1).map((i) => i.target?.value)).toEqual([3, 500, 80]);
  });
});
