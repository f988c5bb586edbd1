import type { CellValue } from '../../src/core/model';
import { recognize } from '../../src/core/recognize';
import { readHeader } from '../../src/core/recognize/header-vocabulary';
import { workbookOf } from './build-snapshot';

/**
 * A Chinese header names its head last: 累计进度, 工程进度 are a 进度 (the share done, or words on the progress),
 * not the 累计 (an actual) or 工程 before it. Made-up tables of that kind.
 */

function read(rows: readonly (readonly CellValue[])[]) {
  const { table } = recognize(workbookOf('progress.xlsx', [{ name: 'Sheet1', rows }]));
  if (table === null) throw new Error('no table was read');
  return table;
}

describe('“××进度”是进度，由列中的值定是比例还是文字', () => {
  it('表头“累计进度”“工程进度”与“进度”同读；“序时进度”“计划进度”不受影响', () => {
    const fields = (h: string) => readHeader([h]).guesses.map((g) => g.field);
    expect(fields('累计进度')).toEqual(fields('进度'));
    expect(fields('工程进度')).toEqual(fields('进度'));
    expect(fields('序时进度')).toEqual([]);
    expect(fields('计划进度')).toEqual(['target']);
  });

  it('目标任务|累计完成|累计进度（96.64%）：累计进度读作完成率，不是第二个完成值', () => {
    const table = read([
      ['序号', '项目名称', '目标任务', '累计完成', '累计进度'],
      [1, '城镇新增就业(人)', 1100, 1063, '96.64%'],
      [2, '培训家政服务人员(人次)', 613, 626, '102.12%'],
      [3, '新增公益性岗位(个)', 50, 40, '80%'],
    ]);
    expect(table.columns.actual?.letter).toBe('D');
    expect(table.columns.completionRate?.letter).toBe('E');
    expect(table.indicators.map((i) => i.statedCompletion?.value)).toEqual([0.9664, 1.0212, 0.8]);
  });

  it('“工程进度”下是文字时读作进展情况', () => {
    const table = read([
      ['序号', '项目名称', '年度目标', '工程进度'],
      [1, '新建城区污水管网(公里)', 12, '管网铺设已完成主干段,支管正在施工'],
      [2, '改造老旧小区(个)', 8, '已完成外立面整治,正在进行管线改造'],
    ]);
    expect(table.columns.progressText?.letter).toBe('D');
  });
});
