import type { CellValue } from '../../src/core/model';
import { recognize } from '../../src/core/recognize';
import { readHeader } from '../../src/core/recognize/header-vocabulary';
import { workbookOf } from './build-snapshot';

/**
 * Allocation and task lists name their columns as lists: 名单 (a list of names: 乡镇名单, 村名单, 单位名单) holds what
 * each row is about, 清单 of tasks (任务清单, 工作清单) holds what that row must do. Made-up tables of that kind.
 */

function read(rows: readonly (readonly CellValue[])[]) {
  const { table } = recognize(workbookOf('list.xlsx', [{ name: 'Sheet1', rows }]));
  if (table === null) throw new Error('no table was read');
  return table;
}

describe('名单是各行的名称，任务清单是各行要做的事', () => {
  it('表头“××名单”读作名称，“任务清单”“工作清单”读作目标', () => {
    expect(readHeader(['村名单']).guesses[0]?.field).toBe('name');
    expect(readHeader(['参建单位名单']).guesses[0]?.field).toBe('name');
    expect(readHeader(['任务清单']).guesses[0]?.field).toBe('target');
    expect(readHeader(['工作清单']).guesses[0]?.field).toBe('target');
  });

  it('补助分配表（序号|村名单|补助资金|工作清单）：村是名称，清单里的句子是目标文字，不是名称', () => {
    const table = read([
      ['2026年美丽乡村补助资金分配表和工作清单', null, null, null],
      ['序号', '村名单', '补助资金(万元)', '工作清单'],
      [1, '东湖村', 30, '完成村内道路硬化及路灯安装,总投资不低于60万元'],
      [2, '西岭村', 20, '完成村部改造和文化广场建设'],
      [3, '南坪村', 25, '完成农村生活污水收集管网铺设'],
    ]);
    expect(table.columns.name?.letter).toBe('B');
    expect(table.columns.target?.letter).toBe('D');
    expect(table.indicators.map((i) => i.name.value)).toEqual(['东湖村', '西岭村', '南坪村']);
  });
});
