import type { CellValue } from '../../src/core/model';
import { recognize } from '../../src/core/recognize';
import { workbookOf } from './build-snapshot';

/*
 * Which column names the rows: a header that says it holds the rows' names (小区名称, 学校名称) names them, whatever the
 * things are — not a neighbouring column of longer words (所在街道及社区: real-frozen-15/153). Beside a column under the
 * words of tasks (具体任务, 指标任务), a ××名称 column written only where a group begins groups them (real-frozen-15/152).
 * The tables here are made up in other words.
 */
function read(rows: readonly (readonly CellValue[])[]) {
  const table = recognize(workbookOf('t.xlsx', [{ name: 'Sheet1', rows }])).table;
  if (table === null) throw new Error('no table');
  return table;
}

describe('“××名称”一栏是指标名称', () => {
  it('“所在镇村 | 学校名称 | 进度”：名称是学校，不是较长的镇村名', () => {
    const table = read([
      ['2024年校舍维修开工情况', null, null, null],
      ['序号', '所在镇及行政村', '学校名称', '实施进度'],
      [1, '城关镇东风社区居委会片区', '实验小学', '已开工'],
      [2, '城关镇西湖社区居委会片区', '第二中学', '已完工'],
      [3, '河口镇河口村村民委员会', '河口小学', '未开工'],
    ]);
    expect(table.columns.name?.letter).toBe('C');
    expect(table.indicators.map((i) => i.name.value)).toEqual(['实验小学', '第二中学', '河口小学']);
  });

  it('不变：“项目名称”照旧是名称栏', () => {
    const table = read([
      ['2024年重点项目', null, null],
      ['项目名称', '年度计划(万元)', '完成(万元)'],
      ['污水管网改造', 800, 420],
      ['城区道路提升', 600, 300],
    ]);
    expect(table.columns.name?.letter).toBe('A');
  });
});

describe('“××名称”在写任务的一栏左边（只在组首写）：名称是任务一栏', () => {
  it('“民生事项名称 | 具体任务 | 责任单位”：名称是具体任务，不是事项名称', () => {
    const table = read([
      ['2024年民生事项推进表', null, null],
      ['民生事项名称', '具体任务', '责任单位'],
      ['一、老年助餐服务', '新增城市老年食堂6个', '县民政局'],
      [null, '新增农村助餐点20个', '县民政局'],
      ['二、农村路灯亮化', '新增农村路灯1000盏', '县农业农村局'],
    ]);
    expect(table.columns.name?.letter).toBe('B');
    expect(table.indicators.map((i) => i.name.value)).toEqual(['新增城市老年食堂6个', '新增农村助餐点20个', '新增农村路灯1000盏']);
  });
});
