import type { CellValue } from '../../src/core/model';
import { recognize } from '../../src/core/recognize';
import { workbookOf } from './build-snapshot';

/**
 * A work report's 主要预期目标 are written one clause each, the indicator and its expected growth, and the
 * 分解表 has no target column of its own (序号 | 重点工作任务 | 责任单位 | 配合单位). Made-up rows of that kind.
 */

function read(rows: readonly (readonly CellValue[])[]) {
  const { table } = recognize(workbookOf('growth.xlsx', [{ name: 'Sheet1', rows }]));
  if (table === null) throw new Error('no table was read');
  return table;
}

describe('名称本身就是预期增速（地区生产总值增长6.5%左右）', () => {
  const table = read([
    ['某县2026年政府工作报告重点工作任务分解表', null, null, null],
    ['序号', '重点工作任务', '责任单位', '配合单位'],
    [1, '地区生产总值增长6%左右。', '县发改委', '县直各部门'],
    [2, '城乡居民人均可支配收入分别增长5.5%和6.5%。', '县统计局', '县人社局'],
    [3, '一般公共预算收入同比增长4%。', '县财政局', '县税务局'],
    [4, '完成农村公路提质改造50公里,增长10%。', '县交通局', null],
    [5, '推进老旧小区改造。', '县住建局', null],
  ]);
  const byName = new Map(table.indicators.map((i) => [i.name.value, i]));

  it('读出目标增速，标为推算、指向名称单元格，把握度低于门槛（会问）', () => {
    const gdp = byName.get('地区生产总值增长6%左右。')!;
    expect(gdp.targetGrowth?.value).toBeCloseTo(0.06);
    expect(gdp.targetGrowth?.derived).toBe(true);
    expect(gdp.targetGrowth?.cell).toEqual(gdp.name.cell);
    expect(gdp.targetGrowth?.confidence).toBeLessThan(0.75);
    expect(gdp.kind).toBe('quantitative');
    expect(byName.get('一般公共预算收入同比增长4%。')!.targetGrowth?.value).toBeCloseTo(0.04);
  });

  it('一句里有两个增速、或还有别的数、或没有增速的名称，不读出目标增速', () => {
    expect(byName.get('城乡居民人均可支配收入分别增长5.5%和6.5%。')!.targetGrowth ?? null).toBeNull();
    expect(byName.get('完成农村公路提质改造50公里,增长10%。')!.targetGrowth ?? null).toBeNull();
    expect(byName.get('推进老旧小区改造。')!.targetGrowth ?? null).toBeNull();
  });
});
