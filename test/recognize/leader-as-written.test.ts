import type { IndicatorTable } from '../../src/core/model';
import { recognize } from '../../src/core/recognize';
import '../../src/node/traditional-chinese';
import { workbookOf, type SheetSpec } from './build-snapshot';

/**
 * The leader in charge is named as the table writes the name: a two-character name padded to line up (刘  洋),
 * two leaders one to a line (赵 敏⏎孙 磊), in traditional characters too. Made-up sheets.
 */

function read(spec: SheetSpec): IndicatorTable {
  const recognition = recognize(workbookOf('目标任务分解', [spec]));
  if (!recognition.table) throw new Error(`no table: ${recognition.issues.map((i) => i.code).join(', ')}`);
  return recognition.table;
}

const leaderOf = (table: IndicatorTable, row: number) => table.indicators.find((i) => i.row === row)?.leader?.value;

describe('分管领导照原样引用', () => {
  it('补齐的空格与换行都保留', () => {
    const table = read({
      name: 'Sheet1',
      rows: [
        ['2025年重点工作目标任务分解表'],
        ['序号', '目标任务', '分管领导', '牵头单位'],
        [1, '新增城镇就业3000人', '刘  洋', '区人社局'],
        [2, '完成农村公路改造40公里', '赵 敏\n孙 磊', '区交通局'],
        [3, '新建污水管网12公里', '周文斌', '区住建局'],
      ],
    });
    expect(leaderOf(table, 3)).toBe('刘  洋');
    expect(leaderOf(table, 4)).toBe('赵 敏\n孙 磊');
    expect(leaderOf(table, 5)).toBe('周文斌');
  });

  it('繁体表里的领导姓名也照原样', () => {
    const table = read({
      name: 'Sheet1',
      rows: [
        ['2025年重點工作目標任務分解表'],
        ['序號', '目標任務', '分管領導', '牽頭單位'],
        [1, '新增城鎮就業3000人', '劉  洋', '區人社局'],
        [2, '完成農村公路改造40公里', '趙 敏', '區交通局'],
      ],
    });
    expect(leaderOf(table, 3)).toBe('劉  洋');
    expect(leaderOf(table, 4)).toBe('趙 敏');
  });
});
