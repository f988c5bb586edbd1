import type { CellValue } from '../../src/core/model';
import { recognize } from '../../src/core/recognize';
import { readHeader } from '../../src/core/recognize/header-vocabulary';
import { workbookOf } from './build-snapshot';

/**
 * A year-end table with an account of what was done (年度完成情况: sentences) and a verdict beside it (完成成效:
 * 完成任务, 超额完成): the account is the actual; the verdict says how well it went. A task that states its goal in its
 * name (新增3个…) and whose account tells in words alone what was done keeps that goal as its target, asked about.
 * Made-up tables.
 */

function read(rows: readonly (readonly CellValue[])[]) {
  const recognition = recognize(workbookOf('t.xlsx', [{ name: 'Sheet1', rows }]));
  if (recognition.table === null) throw new Error('no table was read');
  return recognition.table;
}

describe('完成情况是完成值，完成成效是评价', () => {
  const table = read([
    ['序号', '项目内容', '年度完成情况', '完成成效', '责任单位'],
    [1, '新增3个社区嵌入式养老服务站', '建成城东、城西、城北社区养老服务站并投入运营。', '完成任务', '民政局'],
    [2, '改造提升农贸市场5家', '完成5家农贸市场改造,新增摊位120个。', '超额完成', '商务局'],
    [3, '开展老年人健康体检', '全年累计为辖区老人开展免费体检。', '完成任务', '卫健局'],
  ]);

  it('“完成成效”不读作完成值', () => {
    expect(readHeader(['完成成效']).guesses.map((g) => g.field)).not.toContain('actual');
    expect(table.columns.actual?.letter).toBe('C');
  });

  it('完成情况只有文字时，名称里的数是目标（要问）', () => {
    expect(table.indicators[0].target?.value).toBe(3);
    expect(table.indicators[0].target?.confidence).toBeLessThan(0.75);
    expect(table.indicators[2].target).toBeNull();
  });
});
