import type { CellValue, MergeArea } from '../../src/core/model';
import { recognize } from '../../src/core/recognize';
import { readHeader } from '../../src/core/recognize/header-vocabulary';
import { area, workbookOf } from './build-snapshot';

/**
 * A project merged down over its sub-projects, with a column between them that no header word gives a role
 * (建设地点, 起止年限): the sub-project is each row's name, the project its group. A column of what is planned for
 * the next month is the next step, not the target. Made-up tables.
 */

function read(rows: readonly (readonly CellValue[])[], merges: readonly MergeArea[]) {
  const recognition = recognize(workbookOf('t.xlsx', [{ name: 'Sheet1', rows, merges }]));
  if (recognition.table === null) throw new Error('no table was read');
  return recognition.table;
}

describe('合并的项目名称越过无角色的列，子项目是名称', () => {
  const rows: (readonly CellValue[])[] = [
    ['序号', '项目名称', '建设地点', '子项目', '截至9月底进展', '10月工作计划'],
    [1, '一、城乡供水提升工程', '城东', '新建东片水厂一座', '主体完工', '设备安装'],
    [2, null, '城区', '改造老旧供水管网', '完成招标', '进场施工'],
    [3, null, '各镇', '实施农村饮水安全巩固', '正在设计', '完成设计'],
  ];
  const merges = [area('B2:B4')];

  it('名称是子项目，项目名称是它们的类别', () => {
    const table = read(rows, merges);
    expect(table.columns.name?.letter).toBe('D');
    expect(table.columns.category?.letter).toBe('B');
    expect(table.layoutClass).toBe('multi-level');
    expect(table.indicators.map((i) => i.path)).toEqual([['城乡供水提升工程'], ['城乡供水提升工程'], ['城乡供水提升工程']]);
  });

  it('“10月工作计划”是下一步安排，不是目标', () => {
    const table = read(rows, merges);
    expect(table.columns.target).toBeUndefined();
    expect(table.indicators.every((i) => i.targetText === null)).toBe(true);
  });

  it('下一步的计划不读作任何一栏；与进展连写的仍是进展', () => {
    for (const header of ['下月计划', '下一步工作安排', '11月份工作计划', '10-12月工作打算']) expect(readHeader([header]).guesses).toEqual([]);
    expect(readHeader(['进展情况及下一步打算']).guesses[0]?.field).toBe('progressText');
    expect(readHeader(['年度计划']).guesses[0]?.field).toBe('target');
  });
});
