import type { ColumnMapping, FieldKey } from '../../src/core/model';
import { buildMergeIndex } from '../../src/core/recognize/merged-cells';
import { classifyRow, type RowContext } from '../../src/core/recognize/row-roles';
import { readRows } from '../../src/core/recognize/table-rows';
import { area, sheetOf, type SheetSpec } from './build-snapshot';

const COLUMNS: Partial<Record<FieldKey, ColumnMapping>> = {
  id: { col: 1, letter: 'A', header: '序号', confidence: 1, source: 'synonym' },
  name: { col: 2, letter: 'B', header: '指标名称', confidence: 1, source: 'synonym' },
  target: { col: 3, letter: 'C', header: '全年目标', confidence: 1, source: 'synonym' },
  actual: { col: 4, letter: 'D', header: '完成值', confidence: 1, source: 'synonym' },
  weight: { col: 5, letter: 'E', header: '分值', confidence: 1, source: 'synonym' },
  department: { col: 6, letter: 'F', header: '责任科室', confidence: 1, source: 'synonym' },
};

function context(spec: SheetSpec): RowContext {
  const sheet = sheetOf(spec);
  return { sheet, merges: buildMergeIndex(sheet), columns: COLUMNS, width: 6 };
}

describe('每一行是什么：指标、分节、合计、注、表尾', () => {
  const ctx = context({
    name: '表',
    bold: ['B6'],
    merges: [area('A7:F7'), area('F8:F9')],
    rows: [
      ['一、', '勤政目标', null, null, 30],
      ['（一）', '单位职能工作'],
      [1, '全社会固定资产投资', 90, 39.9, 4, '投资科'],
      ['（2）', '“十一五”规划中期评估'],
      [null, null, 12, 8],
      [null, '社会救助'],
      ['二、优政目标'],
      [2, '争取资金', 3000, 1746, 4, '项目办'],
      [3, '项目档案', 150, 83, 2],
      ['小  计', null, null, null, 10],
      ['合计', null, null, null, 100],
      ['注：完成值为1—6月累计数。'],
      ['1. 固定资产投资为1—5月数。'],
      ['填表人：张三', null, null, '审核人：李四'],
    ],
  });

  it.each([
    [1, { kind: 'section', title: '勤政目标' }],
    [2, { kind: 'section', title: '单位职能工作' }],
    [3, { kind: 'indicator', name: '全社会固定资产投资' }],
    [5, { kind: 'orphan' }],
    [6, { kind: 'section', title: '社会救助', outline: null }],
    [7, { kind: 'section', title: '优政目标' }],
    [9, { kind: 'indicator', name: '项目档案' }],
    [10, { kind: 'total', grand: false }],
    [11, { kind: 'total', grand: true }],
    [12, { kind: 'note', text: '注：完成值为1—6月累计数。' }],
    [14, { kind: 'footer' }],
  ])('第 %s 行', (row, role) => {
    expect(classifyRow(ctx, row)).toMatchObject(role);
  });

  it('只带分值小计的“一、”行仍是分节；没有数据、下面也没有子项的（2）是尚无数据的指标', () => {
    const rows = readRows(ctx, 1, 14);
    expect(rows.entries.map((e) => [e.row, e.role.kind])).toEqual([
      [1, 'section'], [2, 'section'], [3, 'indicator'], [4, 'indicator'], [6, 'section'], [7, 'section'], [8, 'indicator'], [9, 'indicator'],
    ]);
    expect(rows.totals).toEqual([{ row: 10, grand: false }, { row: 11, grand: true }]);
    expect(rows.notes).toEqual(['注：完成值为1—6月累计数。', '1. 固定资产投资为1—5月数。']);
    expect(rows.orphans).toEqual([5]);
  });
});
