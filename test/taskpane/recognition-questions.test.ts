import { recognize } from '../../src/core/recognize';
import { questionRows, withAnswer } from '../../src/taskpane/recognition-view';
import { questionLines } from '../../src/cli/question-lines';
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

/** A row whose figure rests on weak evidence is asked about in both hosts' words, saying why. */
describe('任务窗格与命令行：逐行的提问说明为什么没把握', () => {
  const book = workbookOf('分解表.xlsx', [{
    name: 'Sheet1',
    rows: [
      ['序号', '重点任务', '年度目标', '1—6月完成', '责任单位'],
      [1, '更新环卫车辆', '3*2', 3, '县城管局'],
      // A target of several tasks with one figure is words now (recognize: wholeTaskOrWords); an amount done read out of
      // a sentence with a part it does not measure is still asked about.
      [2, '社区养老服务提升', '新建3个社区养老服务站', '已建成2个，上门服务机制正在起草', '县民政局'],
      [3, '新建农村公厕', 40, 18, '县农业农村局'],
    ],
  }]);

  it('写着数却没读成数的格、只衡量句中一部分的数，各问一行', () => {
    const recognition = recognize(book);
    const zh = questionRows(recognition, 'zh-CN').filter((r) => r.key.startsWith('row-'));
    expect(zh.map((r) => r.text)).toEqual([
      '第 2 行“更新环卫车辆”的全年目标写的是“3*2”，其中的数没能读成全年目标，暂按文字处理（把握度 60%），请核对；如是数值，请在该格只填数字，单位另列。',
      '第 3 行“社区养老服务提升”的完成值 2个 是从“已建成2个，上门服务机制正在起草”中读出的，句中还有不带数字的部分，这个数未必衡量整项任务（把握度 60%），请核对；如不对，请在表中单独填写完成值。',
    ]);
    const en = questionRows(recognition, 'en-US').filter((r) => r.key.startsWith('row-'));
    expect(en[0].text).toMatch(/could not be read/);
    expect(en[1].text).toMatch(/parts without a figure/);
    expect(questionLines(recognition.questions, 'zh-CN').filter((line) => line.includes('第 2 行') || line.includes('第 3 行'))).toHaveLength(2);
  });
});

/** Two figures of one measure orders apart on a row: both hosts say which figures and that a column may be misread. */
describe('任务窗格与命令行：同一行两个数相差过远时问', () => {
  const book = workbookOf('分解表.xlsx', [{
    name: 'Sheet1',
    rows: [
      ['序号', '指标名称', '单位', '年度目标', '1-6月完成', '责任单位'],
      [1, '固定资产投资', '亿元', 255, -2.1, '发改局'],
      [2, '新增城镇就业', '人', 5000, 2600, '人社局'],
      [3, '新建农村公路', '公里', 120, 70, '交通局'],
    ],
  }]);

  it('问这一行，说出两个数，并说其中一列可能没读对', () => {
    const recognition = recognize(book);
    const zh = questionRows(recognition, 'zh-CN').filter((r) => r.key.startsWith('row-'));
    expect(zh.map((r) => r.text)).toEqual([
      '第 2 行“固定资产投资”的完成值 -2.1亿元 与同一行另一列的“255”大小相差过远，不像同一计量的两个数，其中一列可能没读对（把握度 50%），请核对这两列各是什么；如列读错了，请在“列对应”中改选该列。',
    ]);
    expect(questionRows(recognition, 'en-US').filter((r) => r.key.startsWith('row-'))[0].text).toMatch(/orders apart/);
    expect(questionLines(recognition.questions, 'zh-CN').filter((line) => line.includes('第 2 行'))[0]).toMatch(/--map/);
  });
});
