import type { IndicatorTable } from '../../src/core/model';
import { recognize } from '../../src/core/recognize';
import { workbookOf, type SheetSpec } from './build-snapshot';

function read(spec: SheetSpec): IndicatorTable {
  const table = recognize(workbookOf('wb', [spec])).table;
  if (!table) throw new Error(`no table read from ${spec.name}`);
  return table;
}

const taskTable = (shareHeader: string): SheetSpec => ({
  name: 'S',
  rows: [
    ['2023年重点工作任务推进情况'],
    ['序号', '工作任务', '牵头部门', '责任人', shareHeader, '推进情况'],
    [1, '新建城市公园3个', '住建局', '张伟', '自然资源局、财政局', '已开工2个'],
    [2, '改造老旧小区12个', '住建局', '张伟', '各街道、财政局', '已完成8个'],
    [3, '新增养老床位200张', '民政局', '李娜', '卫健局、各乡镇', '已建成150张'],
  ],
});

describe('牵头单位之外的另一列单位是配合单位，不论“单位”“部门”前写的是什么', () => {
  it.each(['有关部门', '其他单位', '相关部门'])('“%s”读作配合单位（cooperating）', (header) => {
    const table = read(taskTable(header));
    expect(table.columns.department?.letter).toBe('C');
    expect(table.columns.cooperating?.letter).toBe('E');
    expect(table.indicators[0].cooperating?.value).toBe('自然资源局、财政局');
  });

  it('没有牵头列时，不凭“单位”二字去找配合单位', () => {
    const spec = taskTable('有关部门');
    const rows = spec.rows.map((row, i) => (i === 1 ? row.map((cell) => (cell === '牵头部门' ? '责任部门' : cell)) : row));
    const table = read({ ...spec, rows });
    expect(table.columns.cooperating).toBeUndefined();
  });
});
