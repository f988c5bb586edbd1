import type { CellValue } from '../../src/core/model';
import { recognize } from '../../src/core/recognize';
import { workbookOf } from './build-snapshot';

/*
 * A range of the numbers buildings carry in a name (浦沅小区11-14栋, 王家冲小区(20—29栋、43栋)) says which buildings, not
 * how many: no target is read from it, nor from the other numbers in the same unit. Counts stay targets (新建教学楼2栋),
 * and so does a range of a count (新增停车位300-500个: not this rule's). Seen in real-frozen-15/153; made-up names here.
 */
function names(rows: readonly (readonly CellValue[])[]) {
  const table = recognize(workbookOf('t.xlsx', [{ name: 'Sheet1', rows }])).table;
  if (table === null) throw new Error('no table');
  return table.indicators.map((i) => [i.name.value, i.target?.value ?? null, i.unit]);
}

describe('名称里的楼栋编号不是目标', () => {
  it('“3-6栋”“(1—4幢、9幢)”：不读出目标；“新建教学楼2栋”照旧是目标 2 栋', () => {
    expect(names([
      ['2024年老旧小区改造计划', null, null],
      ['序号', '改造项目', '责任单位'],
      [1, '东湖小区3-6栋', '城建局'],
      [2, '南苑小区(1—4幢、9幢)', '城建局'],
      [3, '新建教学楼2栋', '教育局'],
    ])).toEqual([
      ['东湖小区3-6栋', null, null],
      ['南苑小区(1—4幢、9幢)', null, null],
      ['新建教学楼2栋', 2, '栋'],
    ]);
  });

  it('不变：数量的区间（新增停车位300-500个）不按此规则去掉', () => {
    const before = names([
      ['2024年重点工作', null, null],
      ['序号', '工作任务', '责任单位'],
      [1, '新增停车位300-500个', '城管局'],
      [2, '新建公厕12座', '城管局'],
    ]);
    expect(before[1]).toEqual(['新建公厕12座', 12, '座']);
    expect(before[0][1]).toBe(500);
  });
});
