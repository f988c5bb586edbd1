import type { CellValue, MergeArea } from '../../src/core/model';
import { recognize } from '../../src/core/recognize';
import { parseOutline } from '../../src/core/recognize/outline';
import { area, workbookOf } from './build-snapshot';

/**
 * A column merged down over several rows groups them: it is a level of the path, never the name of each row. The
 * name is the column each row has its own words in — past a 序号 column between the levels, and even under a
 * target's header when the task and its target are written together. Made-up tables of those kinds.
 */

function read(rows: readonly (readonly CellValue[])[], merges: readonly MergeArea[]) {
  const recognition = recognize(workbookOf('t.xlsx', [{ name: 'Sheet1', rows, merges }]));
  if (recognition.table === null) throw new Error('no table was read');
  return recognition.table;
}

describe('向下合并的列是层级，不是各行的名称', () => {
  it('考核项目 | 序号 | 考核指标 | 考核内容：序号列夹在层级之间，名称是考核内容', () => {
    const table = read([
      ['考核项目', '序号', '考核指标', '考核内容', '单位', '年度目标', '责任部门'],
      ['生态宜居', 1, '改善农村人居环境', '农村生活垃圾分类覆盖率', '%', '≥95%', '县环卫处'],
      [null, 2, null, '农村卫生厕所普及率', '%', '≥98%', '县卫健局'],
      [null, 3, '加强生态保护', '新增造林面积', '亩', 1200, '县林业局'],
      [null, 4, null, '森林覆盖率', '%', '≥52%', '县林业局'],
    ], [area('A2:A5'), area('C2:C3'), area('C4:C5')]);
    expect(table.columns.name?.letter).toBe('D');
    expect(table.columns.id?.letter).toBe('B');
    expect(table.layoutClass).toBe('multi-level');
    expect(table.indicators.map((i) => i.path)).toEqual([
      ['生态宜居', '改善农村人居环境'], ['生态宜居', '改善农村人居环境'], ['生态宜居', '加强生态保护'], ['生态宜居', '加强生态保护'],
    ]);
  });

  it('县区 | 项目名称（合并）| 年度目标任务（每行一句）：每行的任务才是名称，县区是最上一级', () => {
    const table = read([
      ['县区', '项目名称', '年度目标任务', '完成进度'],
      ['东城区', '一、稳岗就业行动', '新增城镇就业1200人', '完成800人'],
      [null, null, '开发公益性岗位300个', '完成310个'],
      [null, '二、托育服务行动', '新增普惠托位500个', '完成220个'],
      [null, null, '建成社区托育点6个', '完成3个'],
    ], [area('A2:A5'), area('B2:B3'), area('B4:B5')]);
    expect(table.columns.name?.letter).toBe('C');
    expect(table.columns.target).toBeUndefined();
    expect(table.indicators.map((i) => i.name.value)).toEqual(['新增城镇就业1200人', '开发公益性岗位300个', '新增普惠托位500个', '建成社区托育点6个']);
    expect(table.indicators[0].path).toEqual(['东城区', '稳岗就业行动']);
  });

  it('名称列本身没有合并时，右边写着数的目标列仍是目标', () => {
    const table = read([
      ['序号', '项目名称', '年度目标', '完成情况'],
      [1, '新增城镇就业', '1200人', 800],
      [2, '开发公益性岗位', '300个', 310],
      [3, '新增普惠托位', '500个', 220],
    ], []);
    expect(table.columns.name?.letter).toBe('B');
    expect(table.columns.target?.letter).toBe('C');
  });
});

describe('一个表头合并在编号列和文字列上', () => {
  it('“衡量指标”下是 一 | 推展会展活动：文字列是名称，编号列是序号；左边合并的策略目标是上一级', () => {
    const table = read([
      ['策略目标', null, '衡量指标', null, '评估方式', '年度目标值'],
      [null, null, null, null, null, null],
      ['一', '发展会展经济,打造区域会展中心', '一', '举办重点展会活动', '统计数据', '100%'],
      [null, null, '二', '扶持地方特色产业发展', '统计数据', '100%'],
      ['二', '优化营商环境,服务市场主体', '一', '新增市场主体户数', '统计数据', '1200户'],
      [null, null, '二', '企业开办平均用时压缩', '统计数据', '2天'],
    ], [area('A1:B2'), area('C1:D2'), area('E1:E2'), area('F1:F2'), area('A3:A4'), area('B3:B4'), area('A5:A6'), area('B5:B6')]);
    expect(table.columns.name?.letter).toBe('D');
    expect(table.columns.id?.letter).toBe('C');
    expect(table.indicators.map((i) => i.name.value)).toEqual(['举办重点展会活动', '扶持地方特色产业发展', '新增市场主体户数', '企业开办平均用时压缩']);
    expect(table.indicators[2].path).toEqual(['优化营商环境,服务市场主体']);
  });
});

describe('序号前的重点标记', () => {
  it('*1. ★2、 ▲（三）：标记后面的才是序号', () => {
    expect(parseOutline('*1.力争9个社区达标')).toMatchObject({ style: 'num', key: '1', rest: '力争9个社区达标' });
    expect(parseOutline('★2、新增技能人才4000人')).toMatchObject({ style: 'num', key: '2', rest: '新增技能人才4000人' });
    expect(parseOutline('▲（三）民生保障')).toMatchObject({ style: 'cn-paren', key: '(三)', rest: '民生保障' });
    expect(parseOutline('*注:数据为快报数')).toBeNull();
  });
});
