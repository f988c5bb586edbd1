import { recognize } from '../../src/core/recognize';
import { questionRows, withAnswer } from '../../src/taskpane/recognition-view';
import { loadSettings, saveSettings } from '../../src/excel/document-settings';
import { EmulatedSettings } from '../emulator/office-stub';
import { LAYOUT_FIXTURES } from '../fixtures/layouts/specs';
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
    expect(plan.choices[0]).toMatchObject({ answer: { kind: 'column', field: 'target', letter: 'C' } });
    expect(plan.choices.length).toBeGreaterThan(1);
    expect(new Set(plan.choices.map((c) => c.label)).size).toBe(plan.choices.length);
    expect(questionRows(recognize(book), 'en-US').find((row) => row.letter === 'C')!.text).toMatch(/column C/i);
  });

  it('回答写进设置（与 --map 相同），下次识别用它，不再问', () => {
    const rows = questionRows(recognize(book), 'zh-CN');
    const plan = rows.find((row) => row.letter === 'C')!;
    const settings = withAnswer({}, plan.choices[0].answer);
    expect(settings.columnMap).toEqual({ target: 'C' });
    const again = recognize({ ...book, settings });
    expect(questionRows(again, 'zh-CN').some((row) => row.letter === 'C')).toBe(false);
  });
});

/** A sheet its layout's reader refuses is not left with advice only: the pane asks which kind of table it is. */
describe('任务窗格：版式读不出时问“按哪种版式读”，一键回答并记住（与 --layout 相同）', () => {
  const refused = workbookOf('对比.xlsx', LAYOUT_FIXTURES.find((f) => f.file.startsWith('地区指标交叉表-无法读取'))!.sheets);

  it('交叉表读不出：问题列出其他版式各能读出什么，每个都能一键选', () => {
    const recognition = recognize(refused);
    expect(recognition.table).toBeNull();
    const row = questionRows(recognition, 'zh-CN').find((r) => r.key.startsWith('layout-'))!;
    expect(row.text).toBe('工作表“县区对比”像交叉表（地区 × 指标），但读不出。按哪种版式读？');
    expect(row.choices.map((c) => c.answer)).toEqual([{ kind: 'layout', layout: 'breakdown' }]);
    expect(row.choices[0].label).toBe('目标任务分解表（每行一个指标）（3 项，如 东城区、西城区、南山县）');
    expect(questionRows(recognition, 'en-US').find((r) => r.key.startsWith('layout-'))!.text).toMatch(/^Sheet "县区对比" looks like a/);
  });

  it('选定后存进工作簿设置，下次按它读出表，不再问；设置读回仍是它', async () => {
    const row = questionRows(recognize(refused), 'zh-CN').find((r) => r.key.startsWith('layout-'))!;
    const settings = withAnswer({}, row.choices[0].answer);
    expect(settings).toEqual({ layoutClass: 'breakdown' });
    const store = new EmulatedSettings();
    await saveSettings(store, settings);
    const again = recognize({ ...refused, settings: loadSettings(store) });
    expect(again.table?.layoutClass).toBe('breakdown');
    expect(again.table?.indicators.map((i) => i.name.value)).toEqual(['东城区', '西城区', '南山县']);
    expect(questionRows(again, 'zh-CN').some((r) => r.key.startsWith('layout-'))).toBe(false);
  });
});
