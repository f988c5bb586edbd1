import { recognize } from '../../src/core/recognize';
// The Node host supplies the traditional → simplified converter (OpenCC), as the CLI's reader does.
import '../../src/node/traditional-chinese';
import { area, workbookOf } from './build-snapshot';

/**
 * A traditional-character table whose 指标名称 spans two columns (a task, and under some tasks its items): every
 * name is quoted as the department wrote it, whichever of the two columns recognition took it from.
 */
describe('繁体字表的两栏指标名称：名称照原文引用', () => {
  it('只写在左栏的名称与写在右栏的子项，都保留繁体', () => {
    const recognition = recognize(
      workbookOf('重點民生實事完成情況', [
        {
          name: 'Sheet1',
          merges: [area('B2:C2'), area('B3:C3'), area('A4:A5'), area('B4:B5'), area('I4:I5'), area('B6:C6')],
          rows: [
            ['2020年1-7月重點民生實事項目完成情況'],
            ['序號', '指標名稱', null, '單位', '目標任務', '1-7月累計完成情況', '完成進度', '備註', '責任單位'],
            [1, '增加公辦幼兒園學位', null, '個', 2295, 1095, '47.7%', null, '區教育局'],
            [2, '提高農村低保標準和救助水平', '農村低保標準', '元/年', 3000, 3200, '106.7%', null, '區民政局'],
            [null, null, '農村低保月人均救助水平', '元/月', 213, 251.29, '118.0%', null, null],
            [3, '城鎮老舊小區改造', null, '個', 6, 4, '66.7%', null, '區舊改辦'],
          ],
        },
      ]),
    );
    const names = recognition.table?.indicators.map((i) => i.name.value) ?? [];
    expect(names).toContain('增加公辦幼兒園學位');
    expect(names).toContain('城鎮老舊小區改造');
    expect(names.some((n) => /[办儿园镇旧区]/.test(n) && !/[辦兒園鎮舊區]/.test(n))).toBe(false);
  });
});
