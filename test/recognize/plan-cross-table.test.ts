import { runsText } from '../../src/core/model';
import { runPipeline } from '../../src/core/pipeline';
import { recognize } from '../../src/core/recognize';
import { area, workbookOf, type SheetSpec } from './build-snapshot';

/*
 * Issue 18: a plan is read as a plan. A 地区×指标 责任分工表 has one column of figures per task, headed by the
 * task's own name under a category, a 牵头单位 row, and nothing that speaks of progress: the figures are the year's
 * targets, each task one indicator with its towns, and the outputs say nothing has been reported yet.
 */

const _ = null;

const townPlan: SheetSpec = {
  name: '分工表',
  rows: [
    ['2023年某县为民办实事任务分解表', _, _, _],
    ['乡镇', '改善农村人居环境', _, _],
    [_, '新建农村公厕(座)', '改造农村危房(户)', '建设村级便民服务中心(个)'],
    ['牵头单位', '县农业农村局', '县住建局', '县民政局'],
    ['全县', 60, 120, 8],
    ['城关镇', 20, 30, 2],
    ['河口镇', 15, 40, 3],
    ['石桥乡', 25, 50, 3],
  ],
  merges: [area('A1:D1'), area('A2:A3'), area('B2:D2')],
};

describe('计划交叉表（责任分工表）：按计划读，说明尚未填报', () => {
  it('每个小表头是一项任务：全县行是目标，各乡镇是分解，牵头单位是责任单位', () => {
    const recognition = recognize(workbookOf('分工', [townPlan]));
    const table = recognition.table!;
    expect(table.layoutClass).toBe('cross-table');
    expect(table.headerRows).toEqual([2, 3, 4]);
    expect(table.indicators.map((i) => [i.name.value, i.unit, i.target?.value, i.actual, i.department?.value])).toEqual([
      ['新建农村公厕', '座', 60, null, '县农业农村局'],
      ['改造农村危房', '户', 120, null, '县住建局'],
      ['建设村级便民服务中心', '个', 8, null, '县民政局'],
    ]);
    expect(table.indicators[0].path).toEqual(['改善农村人居环境']);
    expect(table.indicators[1].breakdown?.map((r) => [r.region.value, r.target?.value])).toEqual([['城关镇', 30], ['河口镇', 40], ['石桥乡', 50]]);
    expect(recognition.issues.map((i) => i.code)).toContain('recognize-plan-only');
  });

  it('汇报稿不写成绩：只说尚未填报完成情况', () => {
    const outcome = runPipeline(workbookOf('分工', [townPlan]));
    expect(outcome.results?.indicators.every((r) => r.status === 'no-data' || r.status === 'not-reported')).toBe(true);
    const text = outcome.report!.blocks.map((b) => ('runs' in b ? runsText(b.runs) : '')).join('\n');
    expect(text).toContain('均尚未填报完成情况');
    expect(text).not.toMatch(/已完成|超额完成/);
  });

  it('表头或标题说到完成、进度时，单列数字不当作计划目标', () => {
    const reported: SheetSpec = { ...townPlan, rows: [['2023年某县为民办实事1-6月完成情况表', _, _, _], ...townPlan.rows.slice(1)] };
    const recognition = recognize(workbookOf('进度', [reported]));
    expect(recognition.table).toBeNull();
    expect(recognition.issues.map((i) => i.code)).toContain('recognize-cross-table-unreadable');
    expect(recognition.questions.some((q) => q.kind === 'layout')).toBe(true);
  });
});
