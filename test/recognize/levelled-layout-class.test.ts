import type { CellValue, MergeArea } from '../../src/core/model';
import { recognize } from '../../src/core/recognize';
import { area, workbookOf } from './build-snapshot';

/**
 * A table whose items sit under a category merged down over them is multi-level when each row's name states one goal
 * (城乡居民养老保险参保率达到95%。, 新建乡镇综合文化站4个。), even though the goal is written in a clause; it is a table of
 * sentences when its goals are written in a column of their own in sentences, or when half its rows or more are
 * paragraphs with several figures in one cell. Made-up
 * tables of both kinds, none copied from a published one.
 */

function read(rows: readonly (readonly CellValue[])[], merges: readonly MergeArea[]) {
  const recognition = recognize(workbookOf('t.xlsx', [{ name: 'Sheet1', rows, merges }]));
  if (recognition.table === null) throw new Error('no table was read');
  return recognition.table;
}

describe('有合并类别列的表：每行一个目标是多级表，一格几段数才是句子表', () => {
  it('计划表：类别合并几行，每行一句带一个目标（增长8%左右。）：multi-level，路径是类别', () => {
    const table = read([
      ['序号', '类别', '工作任务', '分管领导', '牵头单位'],
      [1, '经济指标', '1.社会消费品零售总额增长8%左右。', '赵 明', '县商务局'],
      [null, null, '2.外贸进出口总额增长6%以上。', null, '县商务局'],
      [null, null, '3.服务业增加值保持平稳增长。', '钱 亮', '县发改局'],
      [2, '民生指标', '4.城乡居民养老保险参保率达到95%。', '孙 丽', '县人社局'],
      [null, null, '5.新建乡镇综合文化站4个。', null, '县文旅局'],
    ], [area('A2:A4'), area('B2:B4'), area('A5:A6'), area('B5:B6')]);
    expect(table.layoutClass).toBe('multi-level');
    expect(table.indicators.map((i) => i.path)).toEqual([['经济指标'], ['经济指标'], ['经济指标'], ['民生指标'], ['民生指标']]);
  });

  it('完成情况是说明文字的汇报表，类别合并、每项一个目标：multi-level，完成情况一栏仍是说明', () => {
    const table = read([
      ['序号', '项目类别', '实事内容', '推进情况'],
      [1, '教育提质', '新建公办幼儿园2所。', '一所已竣工,另一所主体封顶。'],
      [2, null, '改造学校食堂6个。', '已全部完工并投入使用。'],
      [3, '交通便民', '新辟城乡公交线路3条。', '已开通两条线路。'],
      [4, null, '改造农村公路40公里。', '完成总工程量的85%。'],
    ], [area('B2:B3'), area('B4:B5')]);
    expect(table.layoutClass).toBe('multi-level');
    expect(table.columns.progressText?.letter).toBe('D');
  });

  it('目标另写一栏、是一句句的话（完成…建设,…投入使用。）：sentence，分类只是分组', () => {
    const table = read([
      ['类别', '事项名称', '年度任务目标', '责任单位', '1-6月完成情况'],
      ['一、医疗卫生', '1.县医院门诊楼改造', '完成门诊楼3层改造,新增诊室并投入使用。', '县卫健局', '已完成2层改造,第3层正在施工。'],
      [null, '2.村卫生室标准化', '对全县20个村卫生室完成标准化改造,配齐基本设备。', '县卫健局', '已完成12个村卫生室改造。'],
      [null, '3.家庭医生签约', '重点人群签约率稳步提高,签约服务覆盖全县。', '县卫健局', '签约服务已覆盖各乡镇。'],
    ], [area('A2:A4')]);
    expect(table.layoutClass).toBe('sentence');
  });

  it('一格写着几段数的任务占一半以上：sentence，分类只是分组', () => {
    const table = read([
      ['大类', '序号', '工作任务', '牵头单位'],
      ['一、兜牢民生底线', 1, '将城乡低保标准分别提高到每人每月800元、650元,特困人员供养标准不低于低保标准的1.3倍。', '县民政局'],
      [null, 2, '新增城镇就业3000人,其中帮扶就业困难人员就业500人,零就业家庭动态清零。', '县人社局'],
      [null, 3, '为全县困难群众办理意外伤害保险。', '县民政局'],
    ], [area('A2:A4')]);
    expect(table.layoutClass).toBe('sentence');
  });

  it('分组的“进度”一栏只写完成了多少（完成120人,完成率60%），没有单独的比例：multi-level，不是 progress-only', () => {
    const table = read([
      ['片区', '行动名称', '具体任务', '完成进度'],
      ['北片', '一、技能提升行动', '开展职业技能培训2000人次', '完成1200人次,完成率60%'],
      [null, null, '新增高技能人才300人', '完成90人,完成率30%'],
      [null, '二、助老服务行动', '新建社区老年食堂10个', '完成4个,完成率40%'],
      [null, null, '新增家庭养老床位150张', '完成150张,完成率100%'],
    ], [area('A2:A5'), area('B2:B3'), area('B4:B5')]);
    expect(table.layoutClass).toBe('multi-level');
  });

  it('分组的比例一栏写的是比例（35%）：progress-only', () => {
    const table = read([
      ['序号', '领域', '项目内容', '完成率(%)', '牵头单位'],
      [1, '*健康服务', '为65岁以上老人免费体检12000人。', '35%', '县卫健局'],
      [2, '*健康服务', '新增社区急救点15个。', '60%', '县卫健局'],
      [3, '*文体惠民', '送戏下乡200场。', '50%', '县文旅局'],
      [4, '*文体惠民', '新建百姓健身房8个。', '75%', '县体育局'],
    ], []);
    expect(table.layoutClass).toBe('progress-only');
  });
});
