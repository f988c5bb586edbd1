import type { CellValue } from '../../src/core/model';
import { recognize } from '../../src/core/recognize';
import { workbookOf } from './build-snapshot';

/*
 * Which column names the rows. (1) A header that says it holds the rows' names (小区名称, 学校名称, 实事名称) names them,
 * whatever the things are — not a neighbouring column of longer words (所在街道及社区). (2) Two headers that name the rows
 * equally surely (重点任务 | 任务内容): the column written on every row holds the names; the one written only where a
 * group begins groups them. Seen in real-frozen-15/153 (小区名称), real-frozen-8/82 (考核项目 | 考核内容), real-frozen-9/99
 * and real-frozen-15/152 (实事名称 | 指标任务); the tables here are made up in other words.
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

describe('两栏表头都像名称：每行都写的是名称，只在组首写的是分组', () => {
  const rows: (readonly CellValue[])[] = [
    ['2024年重点工作推进表', null, null, null],
    ['重点任务', '任务内容', '责任单位', '完成时限'],
    ['优化营商环境', '开展“一件事”集成改革', '县数据局', '2024年6月'],
    [null, '压减审批时限30%', '县审批局', '2024年9月'],
    [null, '建成政务服务驿站10个', '县数据局', '2024年12月'],
    ['改善农村人居环境', '新建农村公厕20座', '县农业农村局', '2024年10月'],
    [null, '完成村庄清洁行动', '县农业农村局', '2024年12月'],
  ];

  it('名称是“任务内容”各行，“重点任务”是它们的类别', () => {
    const table = read(rows);
    expect(table.columns.name?.letter).toBe('B');
    expect(table.indicators.map((i) => i.name.value)).toEqual(['开展“一件事”集成改革', '压减审批时限30%', '建成政务服务驿站10个', '新建农村公厕20座', '完成村庄清洁行动']);
    expect(table.indicators[1].path).toEqual(['优化营商环境']);
    expect(table.indicators[4].path).toEqual(['改善农村人居环境']);
  });

  it('不变：两栏每行都写时，仍取左边一栏', () => {
    const table = read([
      ['2024年重点工作推进表', null, null],
      ['重点任务', '任务内容', '责任单位'],
      ['优化营商环境', '开展“一件事”集成改革', '县数据局'],
      ['改善农村人居环境', '新建农村公厕20座', '县农业农村局'],
      ['提升教育质量', '新建幼儿园2所', '县教育局'],
    ]);
    expect(table.columns.name?.letter).toBe('A');
  });
});
