import { subjectName } from '../../src/core/narrate/indicator-name';
import { measureWordFor } from '../../src/core/narrate/measure-word';
import { chineseNumeral, ordinalLead, outlineMark } from '../../src/core/narrate/outline-numbering';
import { chineseDate, dayAfterPeriod, periodName, titlePeriod } from '../../src/core/narrate/period-wording';
import { cleanTitle } from '../../src/core/narrate/section-tree';
import { mentionsFigure, staffTextRuns, tidyStaffText } from '../../src/core/narrate/staff-text';
import { unitVoice } from '../../src/core/narrate/unit-voice';
import { cell, halfYear, TableBuilder } from './table-builder';

describe('公文层次序数', () => {
  it('一、（一）1.（1）依层级编号', () => {
    expect(outlineMark(1, 3)).toBe('三、');
    expect(outlineMark(2, 2)).toBe('（二）');
    expect(outlineMark(3, 4)).toBe('4.');
    expect(outlineMark(4, 1)).toBe('（1）');
  });

  it('汉字数字：十一、二十、一百零五', () => {
    expect([1, 10, 11, 20, 21, 99, 100, 105, 110].map(chineseNumeral)).toEqual(['一', '十', '十一', '二十', '二十一', '九十九', '一百', '一百零五', '一百一十']);
    expect(ordinalLead(2)).toBe('二是');
  });
});

describe('期间与日期的写法', () => {
  it('上半年、一季度、前三季度、1—5月份（一字线）', () => {
    expect(periodName(1, 6)).toBe('上半年');
    expect(periodName(1, 3)).toBe('一季度');
    expect(periodName(4, 6)).toBe('二季度');
    expect(periodName(1, 9)).toBe('前三季度');
    expect(periodName(1, 5)).toBe('1—5月份');
    expect(periodName(1, 12)).toBe('全年');
    expect(periodName(10, 10)).toBe('10月份');
  });

  it('标题期间：2009年上半年、2009年度', () => {
    expect(titlePeriod(halfYear(2009))).toBe('2009年上半年');
    expect(titlePeriod({ ...halfYear(2009), toMonth: 12, expectedProgress: 1 })).toBe('2009年度');
  });

  it('成文日期默认为期末次日：上半年报告落款7月1日，年报落款次年1月1日', () => {
    expect(chineseDate(dayAfterPeriod(halfYear(2009)))).toBe('2009年7月1日');
    expect(chineseDate(dayAfterPeriod({ ...halfYear(2009), toMonth: 12 }))).toBe('2010年1月1日');
    expect(chineseDate('2009-13-01')).toBeNull();
    expect(chineseDate('七月一日')).toBeNull();
  });
});

describe('单位的自称与上级', () => {
  it('发展和改革委员会自称我委，在县委、县政府领导下', () => {
    expect(unitVoice('灌南县发展和改革委员会')).toEqual({ we: '我委', all: '全委', leadership: '县委、县政府', assignees: '各科室' });
  });

  it('局、办公室、中心各有自称；“市场”不是市', () => {
    expect(unitVoice('灌南县教育局').we).toBe('我局');
    expect(unitVoice('灌南县人民政府办公室').we).toBe('我办');
    expect(unitVoice('灌南县政务服务中心').we).toBe('我中心');
    expect(unitVoice('灌南县市场监督管理局').leadership).toBe('县委、县政府');
    expect(unitVoice('南京市市场监督管理局').leadership).toBe('市委、市政府');
    expect(unitVoice('住房和城乡建设局').leadership).toBeNull();
    // 城市管理局 names a city's business, not a city: a 县 bureau answers to the 县委.
    expect(unitVoice('XX县城市管理局').leadership).toBe('县委、县政府');
    expect(unitVoice('南京市城市管理局').leadership).toBe('市委、市政府');
  });

  it('一个局自己的“重点工作任务”表仍以“我局”自述，县里的重点工作任务表才说“全县”', () => {
    const departments = ['农田建设股', '种植业股', '经管站', '畜牧站'];
    expect(unitVoice('县农业农村局', { title: '2025年县农业农村局重点工作任务推进情况表', departments }).we).toBe('我局');
    expect(unitVoice(null, { title: '南陵县2024年政府工作报告重点工作目标任务分解表', departments: [] }).we).toMatch(/^全|^各/);
  });

  it('没有单位名时自称我单位，不提上级', () => {
    expect(unitVoice(null)).toEqual({ we: '我单位', all: '全单位', leadership: null, assignees: '各科室' });
  });
});

describe('指标名称与量词', () => {
  const builder = () => new TableBuilder().section(1, '一、', '勤政目标');

  it('“督查项目数”配量词后写作“督查项目119个”', () => {
    const table = builder().quantitative({ name: '督查项目数', unit: '个', actual: 119 }).table();
    expect(subjectName(table.indicators[0], '个', true)).toBe('督查项目');
  });

  it('名称末尾的单位括注去掉：固定资产投资（亿元）', () => {
    const table = builder().quantitative({ name: '固定资产投资（亿元）', unit: '亿元', actual: 39.9 }).table();
    expect(subjectName(table.indicators[0], '亿元', false)).toBe('固定资产投资');
  });

  it('缺单位的计数按名称补量词：企业→家，项目→个，档案→份', () => {
    expect(measureWordFor('新增市级农业龙头企业')).toBe('家');
    expect(measureWordFor('督查项目数')).toBe('个');
    expect(measureWordFor('新建项目档案')).toBe('份');
    expect(measureWordFor('固定资产投资')).toBeNull();
  });

  it('标题去掉序号、分值和句末标点', () => {
    expect(cleanTitle('一、勤政目标（60分）')).toBe('勤政目标');
    expect(cleanTitle('（二）关键绩效内容：')).toBe('关键绩效内容');
  });

  it('财政表的分值不带“分”或缺了左括号，也不进标题；分值以外的括号照留', () => {
    expect(cleanTitle('满意度指标\n(10)')).toBe('满意度指标');
    expect(cleanTitle('成本指标（15.5）')).toBe('成本指标');
    expect(cleanTitle('社会效益指标\n20分)')).toBe('社会效益指标');
    expect(cleanTitle('重点项目（5项）')).toBe('重点项目（5项）');
    expect(cleanTitle('数量指标(个)')).toBe('数量指标（个）');
  });
});

describe('科室自己写的完成情况说明', () => {
  it('中文之间的半角标点改为全角，去掉句末标点和换行', () => {
    expect(tidyStaffText('共督查项目119个,实行月度督查.\n季度通报。')).toBe('共督查项目119个，实行月度督查.；季度通报');
    expect(tidyStaffText('(其中县内13个)')).toBe('（其中县内13个）');
  });

  it('说明里的带单位数字成为可溯源的数字', () => {
    const runs = staffTextRuns('新建项目档案83份，更新率达45%，置换职工300余人，2009年', [cell(9, 13)]);
    const numbers = runs.filter((run) => run.kind === 'number').map((run) => run.text);
    expect(numbers).toEqual(['83份', '45%', '300余人']);
    expect(runs.map((run) => run.text).join('')).toBe('新建项目档案83份，更新率达45%，置换职工300余人，2009年');
  });

  it('识别说明里是否已写了某个数，不把1190当成119', () => {
    expect(mentionsFigure('共督查项目119个', '119')).toBe(true);
    expect(mentionsFigure('共督查项目1190个', '119')).toBe(false);
    expect(mentionsFigure('完成39.9亿元', '39.9')).toBe(true);
    expect(mentionsFigure('完成39.95亿元', '39.9')).toBe(false);
  });
});
