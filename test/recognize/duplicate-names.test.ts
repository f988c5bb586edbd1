import { recognize, CONFIDENCE_THRESHOLD } from '../../src/core/recognize';
import type { Recognition } from '../../src/core/recognize';
import { workbookOf } from './build-snapshot';

/*
 * Issue 18, calibration: a column of names gives each task its own name within its group. The same name twice under
 * one group — adjacent or not — says the column read as the names holds a status, a group or a project over its
 * tasks: the names column is asked about. The same name under different groups (each district's 新增就业) is not.
 */

const read = (rows: (string | number | null)[][]): Recognition => recognize(workbookOf('表', [{ name: 'Sheet1', rows }]));
const askedName = (r: Recognition): boolean => r.unsure.includes('name') && r.questions.some((q) => q.kind === 'column' && q.read === 'name');

describe('同一分组里名称重复：名称列存疑而问', () => {
  it('名称列的“开展招标。”“进场施工。”隔行重复（不相邻）：问名称列', () => {
    const r = read([
      ['序号', '工作内容', '牵头单位', '完成时限'],
      [1, '开展招标。', '区住建局', '2024年8月'],
      [2, '进场施工。', '区水务局', '2024年9月'],
      [3, '开展招标。', '区教育局', '2024年8月'],
      [4, '完成验收。', '区民政局', '2024年10月'],
      [5, '进场施工。', '区卫健委', '2024年9月'],
      [6, '完成方案设计。', '区文旅局', '2024年7月'],
    ]);
    expect(askedName(r)).toBe(true);
    expect(r.table!.columns.name!.confidence).toBeLessThan(CONFIDENCE_THRESHOLD);
  });

  it('每行写的是所属工程名（“教育提升工程”重复在它的各项任务上，不全相邻）：问名称列', () => {
    const r = read([
      ['项目名称', '年度任务', '责任单位'],
      ['教育提升工程', '新建幼儿园2所', '区教育局'],
      ['教育提升工程', '改造薄弱学校5所', '区教育局'],
      ['养老服务工程', '新增养老床位300张', '区民政局'],
      ['教育提升工程', '新增学位1200个', '区教育局'],
    ]);
    expect(askedName(r)).toBe(true);
  });
});

describe('名称各不相同，或同名而分组不同：不问', () => {
  it('各区都有“新增城镇就业”，分在各区标题下：不问名称列', () => {
    const r = read([
      ['序号', '指标名称', '单位', '年度目标', '1-6月完成'],
      ['一、东城区', null, null, null, null],
      [1, '新增城镇就业', '人', 3000, 1600],
      [2, '新建农村公路', '公里', 40, 22],
      ['二、西城区', null, null, null, null],
      [1, '新增城镇就业', '人', 2500, 1300],
      [2, '新建农村公路', '公里', 30, 18],
    ]);
    expect(r.table!.indicators.map((i) => i.path[0])).toEqual(['东城区', '东城区', '西城区', '西城区'].map((p) => expect.stringContaining(p)));
    expect(r.unsure).not.toContain('name');
  });

  it('名称各不相同：不问', () => {
    const r = read([
      ['序号', '指标名称', '单位', '年度目标', '1-6月完成'],
      [1, '新增城镇就业', '人', 3000, 1600],
      [2, '新建农村公路', '公里', 40, 22],
      [3, '改造老旧小区', '个', 12, 5],
    ]);
    expect(r.unsure).toEqual([]);
    expect(r.questions).toEqual([]);
  });
});
