import { recognize } from '../../src/core/recognize';
import { questionRows, withAnswer } from '../../src/taskpane/recognition-view';
import { workbookOf } from '../recognize/build-snapshot';

/** The pane asks one question per uncertain column, each answered with one click and remembered like --map. */
describe('任务窗格：拿不准的列逐一提问，一键回答并记住', () => {
  const book = workbookOf('计划.xlsx', [{
    name: 'Sheet1',
    rows: [
      ['序号', '指标名称', '计划', '完成值'],
      [1, '新增就业', 5000, 4100],
      [2, '技能培训', 3000, 3100],
    ],
  }]);

  it('每个问题说哪一列、读成了什么、把握度多少，候选答案可一键选', () => {
    const rows = questionRows(recognize(book), 'zh-CN');
    const plan = rows.find((row) => row.letter === 'C')!;
    expect(plan.text).toContain('C 列');
    expect(plan.text).toContain('计划');
    expect(plan.choices[0]).toMatchObject({ field: 'target' });
    expect(plan.choices.length).toBeGreaterThan(1);
    expect(new Set(plan.choices.map((c) => c.label)).size).toBe(plan.choices.length);
    expect(questionRows(recognize(book), 'en-US').find((row) => row.letter === 'C')!.text).toMatch(/column C/i);
  });

  it('回答写进设置（与 --map 相同），下次识别用它，不再问', () => {
    const rows = questionRows(recognize(book), 'zh-CN');
    const plan = rows.find((row) => row.letter === 'C')!;
    const settings = withAnswer({}, plan, plan.choices[0].field);
    expect(settings.columnMap).toEqual({ target: 'C' });
    const again = recognize({ ...book, settings });
    expect(questionRows(again, 'zh-CN').some((row) => row.letter === 'C')).toBe(false);
  });
});
