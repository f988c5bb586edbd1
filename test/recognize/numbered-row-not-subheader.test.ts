import type { CellValue } from '../../src/core/model';
import { recognize } from '../../src/core/recognize';
import { area, workbookOf } from './build-snapshot';

/**
 * A header cell merged across two columns (示范点名称 over the name and its kind) makes the row below look like a line
 * of sub-headers; but a row whose 序号 holds a number is the first data row. A list of projects by township, one per
 * row, is then read as a table (or asked about as one), not refused as an unreadable cross-table. A real two-row header (序号 merged down,
 * 目标 · 完成 under each indicator) reads as before. Made-up tables.
 */

type Row = readonly CellValue[];

describe('序号是数的一行不是子表头', () => {
  it('乡镇 | 示范点名称（横跨两栏）| 补助资金 | 建设内容：不当作读不了的交叉表', () => {
    const rows: Row[] = [
      ['2024年某县美丽庭院示范点补助资金安排表'],
      ['序号', '乡镇', '示范点名称', null, '补助资金(万元)', '建设内容'],
      [1, '城关镇', '河西村', '精品示范点', 80, '庭院改造与村道绿化'],
      [2, '城关镇', '东坡村', '精品示范点', 60, '庭院改造'],
      [3, '白水乡', '白水社区', '提升示范点', 45, '村道绿化'],
      [4, '柳林镇', '柳林村', '提升示范点', 45, '公共空间整治'],
    ];
    const recognition = recognize(workbookOf('t.xlsx', [{ name: 'Sheet1', rows, merges: [area('A1:F1'), area('C2:D2')] }]));
    expect(recognition.issues.some((i) => i.code === 'recognize-cross-table-unreadable')).toBe(false);
    // Not read as a cross-table whose sub-headers are 河西村 | 精品示范点: read as a table, or asked about as one.
    expect(recognition.table?.layoutClass).not.toBe('cross-table');
    expect(recognition.table !== null || recognition.questions.some((q) => q.kind === 'column')).toBe(true);
  });

  it('两行表头（序号、地区向下合并，指标下分目标 · 完成）：仍是交叉表', () => {
    const rows: Row[] = [
      ['序号', '地区', '新增就业(人)', null, '培训(人次)', null],
      [null, null, '目标', '完成', '目标', '完成'],
      [1, '东山县', 500, 420, 300, 310],
      [2, '西岭县', 400, 390, 200, 150],
      [3, '南湖县', 300, 320, 100, 90],
      ['合计', null, 1200, 1130, 600, 550],
    ];
    const table = recognize(workbookOf('t.xlsx', [{ name: 'Sheet1', rows, merges: [area('A1:A2'), area('B1:B2'), area('C1:D1'), area('E1:F1'), area('A6:B6')] }])).table;
    expect(table?.layoutClass).toBe('cross-table');
    expect(table?.indicators.map((i) => i.name.value)).toEqual(['新增就业', '培训']);
  });
});
