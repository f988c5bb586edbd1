import { recognize } from '../../src/core/recognize';
import '../../src/node/traditional-chinese';
import { area, workbookOf, type SheetSpec } from './build-snapshot';

/**
 * A header cell merged over two columns (项目名称 over a group number and a group name) looks like the top of a
 * two-row header, and the row under it like its leaf row when that row's words are short. A row that opens with
 * an item's number — (一), 二、, 3. — is data: header words are never numbered. Sheets are written for the rule.
 */

const _ = null;

function headerRowsOf(spec: SheetSpec): readonly number[] {
  const recognition = recognize(workbookOf('执行情况', [spec]));
  if (!recognition.table) throw new Error(`no table: ${recognition.issues.map((i) => i.code).join(', ')}`);
  return recognition.table.headerRows;
}

describe('表头格横跨两列时，下一行以（一）、二、3. 开头的是数据，不是表头的第二行', () => {
  it.each([
    ['(一)', '(二)'],
    ['一、', '二、'],
    ['1.', '2.'],
  ])('分组号写作 %s：表头只有一行', (first, second) => {
    const rows = headerRowsOf({
      name: 'Sheet1',
      rows: [
        ['2021年第二季度重点任务执行情况'],
        ['项目名称', _, '项目内容', '责任单位', '进展情况'],
        [first, '稳增长', '固定资产投资增长8%', '区发改局', '正常推进'],
        [_, _, '社会消费品零售总额增长7%', '区商务局', '受疫情影响'],
        [second, '惠民生', '新增城镇就业3000人', '区人社局', '已完成1800人'],
        [_, _, '改造老旧小区5个', '区住建局', '已开工'],
      ],
      merges: [area('A1:E1'), area('A2:B2'), area('A3:A4'), area('B3:B4'), area('A5:A6'), area('B5:B6')],
    });
    expect(rows).toEqual([2]);
  });

  it('合并表头下真正的第二行（数量 | 单位）照样并入表头', () => {
    const rows = headerRowsOf({
      name: 'Sheet1',
      rows: [
        ['序号', '指标名称', '年度目标', _, '1-6月完成', '责任单位'],
        [_, _, '数量', '单位', _, _],
        [1, '新增城镇就业', 3000, '人', 1800, '区人社局'],
        [2, '改造老旧小区', 5, '个', 3, '区住建局'],
        [3, '新建公办幼儿园', 2, '所', 1, '区教育局'],
      ],
      merges: [area('A1:A2'), area('B1:B2'), area('C1:D1'), area('E1:E2'), area('F1:F2')],
    });
    expect(rows).toEqual([1, 2]);
  });
});
