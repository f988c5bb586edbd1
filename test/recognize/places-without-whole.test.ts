import type { IndicatorTable } from '../../src/core/model';
import { recognize } from '../../src/core/recognize';
import { area, workbookOf, type SheetSpec } from './build-snapshot';

/*
 * Places down the side with no line for their whole (no 全县 / 合计 row), under heads that say neither target nor done
 * (分期任务 › 第一批 · 第二批 | 小计): as with one measure down a column of places, each place is its own row. It is
 * read as rows and its columns asked about — not refused. With a whole line the cross-table refusal (and its
 * question) stands. And a title that names tasks (…任务表) and nothing done makes bare figures what is planned.
 * Made-up tables in words other than any published one.
 */

const _ = null;

const townTasks: SheetSpec = {
  name: 'Sheet1',
  rows: [
    ['2021年各镇街高标准农田建设分批任务表'],
    ['序号', '镇街', '分批任务(亩)', _, '小计', '备注'],
    [_, _, '第一批', '第二批'],
    [1, '东岭镇', 1200, 300, 1500, _],
    [2, '西河镇', 800, _, 800, _],
    [3, '南湖街道', 450, 150, 600, _],
    [4, '北山乡', 2100, 400, 2500, _],
  ],
  merges: [area('A1:F1'), area('A2:A3'), area('B2:B3'), area('C2:D2'), area('E2:E3'), area('F2:F3')],
};

function read(spec: SheetSpec): { table: IndicatorTable | null; codes: string[]; asked: number } {
  const recognition = recognize(workbookOf('t.xlsx', [spec]));
  return { table: recognition.table, codes: recognition.issues.map((i) => i.code), asked: recognition.questions.length };
}

describe('没有合计行、小表头说不出目标或完成的地区表：逐行读，并问', () => {
  it('各镇一行，读出而不拒绝；小计一栏是任务（标题是“任务表”），并就没有把握的列提问', () => {
    const { table, codes, asked } = read(townTasks);
    expect(table).not.toBeNull();
    expect(table?.layoutClass).not.toBe('cross-table');
    expect(table?.indicators.map((i) => i.name.value)).toEqual(['东岭镇', '西河镇', '南湖街道', '北山乡']);
    expect(table?.columns.target?.letter).toBe('E');
    expect(table?.indicators.map((i) => i.target?.value ?? null)).toEqual([1500, 800, 600, 2500]);
    expect(table?.columns.actual).toBeUndefined();
    expect(codes).not.toContain('recognize-cross-table-unreadable');
    expect(asked).toBeGreaterThan(0);
  });
});

describe('不能改的表', () => {
  it('有“合计”行的同样的表：仍按交叉表拒绝，并问是哪种表', () => {
    const withWhole: SheetSpec = { ...townTasks, rows: [...townTasks.rows, ['合计', _, 4550, 850, 5400, _]], merges: [...(townTasks.merges ?? []), area('A8:B8')] };
    const recognition = recognize(workbookOf('t.xlsx', [withWhole]));
    expect(recognition.table).toBeNull();
    expect(recognition.issues.map((i) => i.code)).toContain('recognize-cross-table-unreadable');
    expect(recognition.questions.some((q) => q.kind === 'layout')).toBe(true);
  });

  it('标题说的是完成情况（…任务完成情况表）：同一栏数仍按完成值读', () => {
    const reported: SheetSpec = { ...townTasks, rows: [['2021年各镇街高标准农田建设任务完成情况表'], ...townTasks.rows.slice(1)] };
    const { table } = read(reported);
    expect(table?.columns.target).toBeUndefined();
  });
});
