import type { SheetPlan } from '../../src/core/model';
import { runPipeline } from '../../src/core/pipeline';
import type { SheetSpec } from '../recognize/build-snapshot';
import { workbookOf } from '../recognize/build-snapshot';
import { LAYOUT_FIXTURES } from '../fixtures/layouts/specs';
import { sheetByRole } from './plan-reading';

/**
 * 总览's 滞后指标 list sized a row for the indicator's name only: a 责任科室 longer than its column
 * (文化旅游广电局 in a column 11 wide) wrapped onto a second line that the one-line row cut off in the PDF
 * (seen on real-corpus/08 岳阳市 12件重点民生实事). Made-up table in other words.
 */
const sheet: SheetSpec = {
  name: 'Sheet1',
  merges: [],
  formats: {},
  rows: [
    ['某县2024年1-6月重点工作目标完成情况'],
    ['序号', '指标名称', '单位', '全年目标', '完成值', '责任单位'],
    [1, '新建污水管网', '公里', 100, 10, '县住房和城乡建设局城市管理综合执法大队'],
    [2, '植树造林', '亩', 200, 30, '林业站'],
    [3, '新增就业', '人', 1000, 600, '人社局'],
  ],
};

function rowOf(plan: SheetPlan, text: string): number {
  const index = plan.rows.findIndex((line) => line.some((cell) => cell !== null && 'text' in cell && cell.text === text));
  if (index < 0) throw new Error(`no row with ${text}`);
  return index + 1;
}

describe('总览的指标清单：行高也按责任科室的字数', () => {
  const { plan } = runPipeline(workbookOf('重点工作目标完成情况', [sheet]), { generatedAt: '2024-07-10T04:00:00.000Z' });
  const overview = sheetByRole(plan, 'overview');
  const heightOf = (row: number) => overview.rowHeights.find((entry) => entry.row === row)?.height ?? 15;

  it('责任科室“县住房和城乡建设局城市管理综合执法大队”要三行：行高至少三行', () => {
    const row = rowOf(overview, '县住房和城乡建设局城市管理综合执法大队');
    expect(heightOf(row)).toBeGreaterThanOrEqual(3 * 10 * 1.3);
  });

  it('不变：短的责任科室（林业站）仍是一行', () => {
    expect(heightOf(rowOf(overview, '林业站'))).toBeLessThan(2 * 10 * 1.3);
  });
});

/**
 * A table with no 分值 at all showed 实得分 0.00 · 应得分 0.00 in 总览's 主要数据 (real-corpus/08 岳阳市, a list of
 * 民生实事 with no points): a leader reads "scored nothing". With nothing to score the cells say so (—).
 */
describe('总览主要数据：表中没有分值时不写实得分0、应得分0', () => {
  const { plan } = runPipeline(workbookOf('重点工作目标完成情况', [sheet]), { generatedAt: '2024-07-10T04:00:00.000Z' });
  const overview = sheetByRole(plan, 'overview');
  const labels = rowOf(overview, '实得分');

  it.each([['实得分'], ['应得分']])('%s 一格写“—”，不是数字0', (label) => {
    const col = overview.rows[labels - 1].findIndex((cell) => cell !== null && 'text' in cell && cell.text === label);
    const value = overview.rows[labels][col];
    expect(value).toEqual({ kind: 'text', text: '—' });
  });
});

describe('不变：有分值的表，实得分、应得分仍是指向汇总的公式', () => {
  const spec = LAYOUT_FIXTURES.find((fixture) => fixture.file.startsWith('部门整体支出绩效自评表'));
  if (spec === undefined) throw new Error('no fixture 部门整体支出绩效自评表');
  const { plan } = runPipeline(workbookOf('部门整体支出绩效自评表', [spec.sheets[0]]), { generatedAt: '2024-01-10T04:00:00.000Z' });
  const overview = sheetByRole(plan, 'overview');
  const labels = rowOf(overview, '实得分');

  it.each([['实得分'], ['应得分']])('%s 是公式', (label) => {
    const col = overview.rows[labels - 1].findIndex((cell) => cell !== null && 'text' in cell && cell.text === label);
    expect(overview.rows[labels][col]).toMatchObject({ kind: 'formula' });
  });
});
