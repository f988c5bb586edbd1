import type { IndicatorTable } from '../../src/core/model';
import { recognize } from '../../src/core/recognize';
import '../../src/node/traditional-chinese';
import { type SheetSpec } from './build-snapshot';
import { tableOfSheet } from './recognized-table';

/**
 * Monthly and quarterly reports: 项目内容 | 月度工作计划 (or 本月计划, 本季度工作计划) | 牵头单位 | 落实情况. The plan
 * is for the month, written in words or with a figure (5月:完成培训60人); the year's goal is in the task
 * (培训应急救护员240人). The plan column is the period target whatever its values look like, and its words never
 * stand for the year's target when the task states one. Sheets are written for the rule.
 */

const tableOf = (spec: SheetSpec): IndicatorTable => tableOfSheet('月报', spec);

function row(table: IndicatorTable, at: number) {
  const found = table.indicators.find((i) => i.row === at);
  if (!found) throw new Error(`no row ${at}`);
  return found;
}

describe('月度、季度的工作计划一列是阶段目标；全年目标在项目内容里', () => {
  it.each([['月度工作计划'], ['本月计划'], ['本季度工作计划']])('表头“%s”下多是文字：仍认作阶段目标', (header) => {
    const table = tableOf({
      name: 'Sheet1',
      rows: [
        ['序号', '项目内容', header, '牵头单位', '落实情况'],
        [1, '培训应急救护员240人。', '5月:完成培训60人。', '县红十字会', '已完成。培训72人。'],
        [2, '新增公共充电桩300个。', '5月:完成选址,启动招标。', '县发改局', '已完成选址。'],
        [3, '改造农村危房50户。', '5月:完成摸底排查。', '县住建局', '正在排查。'],
      ],
    });
    expect(table.columns.periodTarget?.letter).toBe('C');
    expect(table.columns.target).toBeUndefined();
  });

  it('任务写了全年目标时：目标取自任务（推算、提问），月度计划的文字不当全年目标', () => {
    const table = tableOf({
      name: 'Sheet1',
      rows: [
        ['序号', '项目内容', '月度工作计划', '牵头单位', '落实情况'],
        [1, '培训应急救护员240人。', '5月:完成选址,制定培训方案。', '县红十字会', '已完成。'],
        [2, '新增公共充电桩300个。', '5月:完成选址,启动招标。', '县发改局', '已完成选址。'],
        [3, '推进城乡客运一体化。', '5月:完成线路调研。', '县交通局', '已完成调研。'],
      ],
    });
    expect(row(table, 2)).toMatchObject({ kind: 'quantitative', unit: '人', target: { value: 240, derived: true }, targetText: null });
    expect(row(table, 2).target?.confidence).toBeLessThan(0.8);
    expect(row(table, 3)).toMatchObject({ unit: '个', target: { value: 300, derived: true }, targetText: null });
    // No goal in the task: the month's plan in words is all the row says it aims at.
    expect(row(table, 4).target).toBeNull();
    expect(row(table, 4).targetText?.value).toBe('5月:完成线路调研。');
  });
});
