import { recognize } from '../../src/core/recognize';
import { departmentInName } from '../../src/core/recognize/department-in-name';
import '../../src/node/traditional-chinese';
import { workbookOf } from './build-snapshot';

/**
 * A task cell that closes with the units it is given to (…。责任单位:市财政局、各区县政府) in a table with no
 * column for them: the clause is the department, the words before it the task. Examples written for the rule.
 */
describe('任务格末尾写“责任单位:…”：这一句是责任单位，不是任务名称的一部分', () => {
  it.each([
    ['新建城市书房5家。责任单位:市文广旅体局、各区县政府', '新建城市书房5家。', '市文广旅体局、各区县政府'],
    ['推进老旧小区改造30个(牵头单位:县住建局)', '推进老旧小区改造30个', '县住建局'],
    ['完成农房安全隐患排查整治。责任部门：县农业农村局、各乡镇。', '完成农房安全隐患排查整治。', '县农业农村局、各乡镇'],
    ['深化“最多跑一次”改革 牵头科室:行政审批科', '深化“最多跑一次”改革', '行政审批科'],
  ])('%s', (written, task, units) => {
    expect(departmentInName(written)).toEqual({ task, units });
  });

  it.each([
    '明确责任单位,压实工作责任。',
    '责任单位:市财政局',
    '建立健全责任单位考核机制,年内完成考核。',
  ])('不在句末的“责任单位”、或整格只有这一句：不拆 %s', (written) => {
    expect(departmentInName(written)).toBeNull();
  });

  it('表里没有责任单位列时，从任务格拆出责任单位，名称只留任务', () => {
    const recognition = recognize(workbookOf('半年完成情况', [{
      name: 'Sheet1',
      rows: [
        ['序号', '目标任务', '推进情况'],
        [1, '新增城镇就业2万人。责任单位:市人力社保局、各区县政府', '1-6月新增城镇就业1.1万人。'],
        [2, '建成城市口袋公园12个。责任单位:市住建局', '已建成7个。'],
      ],
    }]));
    const rows = recognition.table!.indicators;
    expect(rows[0]).toMatchObject({ name: { value: '新增城镇就业2万人。' }, department: { value: '市人力社保局、各区县政府', cell: { row: 2, col: 2 } } });
    expect(rows[1]).toMatchObject({ name: { value: '建成城市口袋公园12个。' }, department: { value: '市住建局' } });
  });

  it('表里已有责任单位列时，任务格照原文', () => {
    const recognition = recognize(workbookOf('分解表', [{
      name: 'Sheet1',
      rows: [
        ['序号', '目标任务', '责任单位'],
        [1, '新增城镇就业2万人。责任单位:市人力社保局', '市人力社保局'],
        [2, '建成城市口袋公园12个。', '市住建局'],
      ],
    }]));
    expect(recognition.table!.indicators[0].name.value).toBe('新增城镇就业2万人。责任单位:市人力社保局');
  });
});
