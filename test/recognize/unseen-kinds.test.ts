import { analysisJson } from '../../src/core/contract/analysis-json';
import type { CellValue } from '../../src/core/model';
import { runsText } from '../../src/core/model/report-doc';
import { runPipeline } from '../../src/core/pipeline';
import { CONFIDENCE_THRESHOLD, recognize, type RecognitionQuestion } from '../../src/core/recognize';
import { readingForm } from '../../src/core/recognize/reading-form';
import { parseNumberText } from '../../src/core/recognize/number-text';
import { area, workbookOf, type SheetSpec } from './build-snapshot';
// The Node host supplies the traditional → simplified converter (OpenCC), as the CLI's reader does.
import '../../src/node/traditional-chinese';

/**
 * Tables of the kinds that were refused or misread when the engine met workbooks nobody on the team had seen
 * (issue 18). Every table here is made up for its kind; none is a copy of a published one.
 */

function sheet(rows: readonly (readonly CellValue[])[], extra: Partial<SheetSpec> = {}): SheetSpec {
  return { name: 'Sheet1', rows, ...extra };
}

function read(name: string, spec: SheetSpec) {
  return recognize(workbookOf(name, [spec]));
}

function letters(columns: object): Record<string, string | undefined> {
  return Object.fromEntries(Object.entries(columns).map(([field, m]) => [field, (m as { letter: string } | undefined)?.letter]));
}

function columnQuestions(questions: readonly RecognitionQuestion[]) {
  return questions.filter((q): q is Extract<RecognitionQuestion, { kind: 'column' }> => q.kind === 'column');
}

describe('先规整文字再读：空格、换行、全半角、异体标点、繁体', () => {
  it('词中的空格和换行去掉，全角变半角，异体标点归一，繁体转简体', () => {
    expect(readingForm('2025年 计划投资')).toBe('2025年计划投资');
    expect(readingForm('完成\n比例')).toBe('完成比例');
    expect(readingForm('完成\r\n情况')).toBe('完成情况');
    expect(readingForm('目标值（％）')).toBe('目标值(%)');
    expect(readingForm('「重点」工作')).toBe('“重点”工作');
    expect(readingForm('責任單位')).toBe('责任单位');
    expect(readingForm('完成情況')).toBe('完成情况');
    // Words apart from words stay apart: a space between figures or Latin letters means something.
    expect(readingForm('GDP 增速')).toBe('GDP 增速');
    expect(readingForm('1 2 3')).toBe('1 2 3');
  });

  it('表头词中有空格或换行（2025年 计划投资、完成\\n比例）照样读出', () => {
    const result = read('投资进度.xlsx', sheet([
      ['重点项目投资完成情况'],
      ['序号', '项目名称', '2025年 计划投资', '1-9月完成投资', '完成\n比例'],
      [1, '城区道路改造工程', 5000, 3600, 0.72],
      [2, '污水处理厂扩建', 8000, 4200, 0.525],
      [3, '学校改扩建', 3000, 2900, 0.967],
    ]));
    expect(result.table).not.toBeNull();
    expect(result.table!.headerRows).toEqual([2]);
    expect(letters(result.table!.columns)).toMatchObject({ id: 'A', name: 'B', target: 'C', actual: 'D', completionRate: 'E' });
    expect(result.table!.indicators.map((i) => [i.target?.value, i.actual?.value])).toEqual([[5000, 3600], [8000, 4200], [3000, 2900]]);
  });

  it('繁体字的表读出，引用的仍是表里写的原文', () => {
    const result = read('繁体.xlsx', sheet([
      ['2024年重點工作完成情況'],
      ['序號', '項目', '年度目標', '完成情況', '進度', '責任單位'],
      [1, '新增就業人數', '5000人', '4100人', '82%', '人社局'],
      [2, '改造老舊小區', '20個', '15個', '75%', '住建局'],
      [3, '植樹造林', '3000畝', '2600畝', '86.7%', '林業局'],
    ]));
    const table = result.table!;
    expect(table).not.toBeNull();
    expect(letters(table.columns)).toMatchObject({ id: 'A', name: 'B', target: 'C', actual: 'D', department: 'F' });
    const oldHomes = table.indicators.find((i) => i.row === 4)!;
    expect(oldHomes.name.value).toBe('改造老舊小區');
    expect(oldHomes.department?.value).toBe('住建局');
    expect(oldHomes.target?.value).toBe(20);
    expect(oldHomes.actual?.value).toBe(15);
    expect(oldHomes.unit).toBe('个');
    expect(table.indicators.find((i) => i.row === 5)!.department?.value).toBe('林業局');
    expect(table.period.year).toBe(2024);
  });
});

describe('列的角色由证据定：表头词、列中的值、位置', () => {
  it('没有表头行的任务清单（标题、一、分节行、任务|科室|责任人|时限）由值读出，并问用户', () => {
    const result = read('任务清单.xlsx', sheet([
      ['XX镇2025年重点工作任务清单'],
      ['一、经济发展'],
      ['推进工业园区标准厂房建设，年内竣工投用', '经发办', '张伟', '2025年12月'],
      ['完成招商引资签约项目5个', '招商办', '李明', '2025年11月'],
      ['二、民生保障'],
      ['完成农村危房改造30户', '村建办', '王芳', '2025年9月'],
      ['组织开展就业技能培训4期', '社事办', '赵强', '2025年10月'],
    ]));
    const table = result.table!;
    expect(table).not.toBeNull();
    expect(letters(table.columns)).toMatchObject({ name: 'A', department: 'B', owner: 'C', deadline: 'D' });
    expect(table.headerRows).toEqual([]);
    expect(table.title).toBe('XX镇2025年重点工作任务清单');
    expect(table.sections.map((s) => s.title)).toEqual(['经济发展', '民生保障']);
    expect(table.indicators.map((i) => [i.row, i.department?.value, i.owner?.value])).toEqual([
      [3, '经发办', '张伟'], [4, '招商办', '李明'], [6, '村建办', '王芳'], [7, '社事办', '赵强'],
    ]);
    expect(table.indicators[0].deadline?.iso).toBe('2025-12-31');
    // Figures in the names of a plan (签约项目5个) do not make it a table of sentences.
    expect(table.layoutClass).toBe('breakdown');
    // Read from values alone: sure enough to read, not so sure as to stay silent.
    for (const mapping of Object.values(table.columns)) expect(mapping!.confidence).toBeLessThan(1);
    expect(columnQuestions(result.questions).length).toBeGreaterThan(0);
  });

  it('表头按打分找：底部一行像表头的数据不会被当成表头', () => {
    const rows: CellValue[][] = [['序号', '事项', '具体内容', '当前进展', '责任部门']];
    for (let i = 1; i <= 10; i++) rows.push([i, `第${i}项道路修缮`, `修缮道路${i}公里`, `已修缮${i}公里`, '住建局']);
    rows.push([11, '年度目标考核', '目标任务', '完成情况', '责任单位']);
    const table = read('十一行.xlsx', sheet(rows)).table!;
    expect(table.headerRows).toEqual([1]);
    expect(table.indicators).toHaveLength(11);
    expect(letters(table.columns)).toMatchObject({ id: 'A', name: 'B', department: 'E' });
  });

  it('标题行不会被当成表头，哪怕标题里的词比表头还多', () => {
    const table = read('标题.xlsx', sheet([
      ['重点项目建设目标任务完成情况及责任单位进展'],
      ['序号', '项目名称', '年度目标', '完成值'],
      [1, '新建学校', 3, 2],
      [2, '改造道路', 10, 12],
    ])).table!;
    expect(table.headerRows).toEqual([2]);
    expect(letters(table.columns)).toMatchObject({ id: 'A', name: 'B', target: 'C', actual: 'D' });
  });

  it('类别列里的“四、教育文化”是分组“教育文化”，编号不进路径', () => {
    const table = read('类别.xlsx', sheet([
      ['类别', '项目名称', '目标任务', '完成情况'],
      ['四、教育文化', '改扩建学校2所', '年底前投入使用', '主体完工'],
      ['四、教育文化', '新建农村书屋', '建成10个', '已建成8个'],
      ['五、医疗卫生', '提升基层医疗服务', '完成培训', '已完成'],
    ])).table!;
    expect(table.indicators.map((i) => i.path.join('›'))).toEqual(['教育文化', '教育文化', '医疗卫生']);
  });

  it('每一列、每一行都带把握度：analyze --json 给出', () => {
    const outcome = runPipeline(workbookOf('表.xlsx', [sheet([
      ['序号', '指标名称', '计划', '完成值', '责任科室'],
      [1, '新增就业', 5000, 4100, '就业科'],
      [2, '技能培训', 3000, 3100, '培训科'],
    ])]), { generatedAt: '2025-07-01T00:00:00Z' });
    const json = analysisJson(outcome, 'zh-CN');
    expect(json.columnRoles.map((c) => c.letter)).toEqual(['A', 'B', 'C', 'D', 'E']);
    for (const column of json.columnRoles) {
      expect(column.confidence).toBeGreaterThan(0);
      expect(column.confidence).toBeLessThanOrEqual(1);
    }
    const plan = json.columnRoles.find((c) => c.letter === 'C')!;
    expect(plan.field).toBe('target');
    expect(plan.confidence).toBeLessThan(CONFIDENCE_THRESHOLD);
    for (const indicator of json.indicators) {
      expect(indicator.confidence).toBeGreaterThan(0);
      expect(indicator.confidence).toBeLessThanOrEqual(1);
    }
  });
});

describe('计划表：有名称、责任单位、时限，还没有填报任何完成情况', () => {
  const spec = sheet([
    ['2025年重点工作任务分解表'],
    ['序号', '重点工作任务', '牵头单位', '完成时限'],
    [1, '推进城区雨污分流改造，完成主干管网建设', '住建局', '2025年12月底'],
    [2, '新建改造农村公路50公里', '交通运输局', '2025年10月'],
    [3, '完善基层医疗服务网络建设', '卫健委', '2025年6月底前'],
  ]);

  it('读出，不拒绝；每一项都是未填报', () => {
    const outcome = runPipeline(workbookOf('计划表.xlsx', [spec]), { generatedAt: '2025-07-01T00:00:00Z' });
    expect(outcome.recognition.table).not.toBeNull();
    expect(outcome.recognition.table!.indicators).toHaveLength(3);
    expect(outcome.results!.indicators.every((r) => r.status === 'not-reported' || r.status === 'no-data')).toBe(true);
  });

  it('汇报稿直说尚未填报，不写任何成绩', () => {
    const outcome = runPipeline(workbookOf('计划表.xlsx', [spec]), { generatedAt: '2025-07-01T00:00:00Z' });
    const text = outcome.report!.blocks.map((b) => ('runs' in b ? runsText(b.runs) : '')).join('\n');
    expect(text).toMatch(/尚未填报/);
    for (const claim of ['总体推进平稳', '总体进展顺利', '经过一年的努力', '已完成', '正在有序推进', '达到或超过序时进度']) {
      expect(text).not.toContain(claim);
    }
  });
});

describe('数字在人写的地方：名称里的目标、占计划的比例、个百分点、投资进度', () => {
  it('目标写在名称里（新增2000个托位），完成2150、占年度计划107.5%：目标2000个，标为推算并指向名称单元格', () => {
    const outcome = runPipeline(workbookOf('民生实事.xlsx', [sheet([
      ['2024年民生实事完成情况'],
      ['序号', '民生实事项目', '完成情况', '占年度计划'],
      [1, '新增2000个托位', 2150, '107.5%'],
      [2, '改造农村公路120公里', 96, '80%'],
      [3, '新建城市书房10家', 10, '100%'],
    ])]), { generatedAt: '2025-01-10T00:00:00Z' });
    const table = outcome.recognition.table!;
    const places = table.indicators[0];
    expect(places.target).toMatchObject({ value: 2000, derived: true, cell: { sheet: 'Sheet1', row: 3, col: 2 } });
    expect(places.target!.confidence).toBeGreaterThan(0.8);
    expect(places.unit).toBe('个');
    expect(places.actual?.value).toBe(2150);
    expect(table.indicators[1].target?.value).toBe(120);
    expect(table.indicators[1].unit).toBe('公里');
    const statuses = outcome.results!.indicators.map((r) => r.status);
    expect(statuses).not.toContain('pending');
    expect(outcome.issues.map((i) => i.code)).not.toContain('no-target');
  });

  it('名称里的数字与完成值、所占比例对不上时不当作目标', () => {
    const table = read('民生实事2.xlsx', sheet([
      ['序号', '民生实事项目', '完成情况', '占年度计划'],
      [1, '建设5G基站300个', 150, '50%'],
      [2, '培训新型职业农民500人', 520, '104%'],
      [3, '3个乡镇通天然气', 2, '50%'],
    ])).table!;
    expect(table.indicators[0].target?.value).toBe(300);
    expect(table.indicators[1].target?.value).toBe(500);
    // 3 个乡镇: 2 ÷ 3 is not the stated 50%: the figure in the name is not this row's target.
    expect(table.indicators[2].target).toBeNull();
  });

  it('项目投资进度表（项目类别|项目个数|年度计划投资|1—9月完成投资|投资完成率）读出', () => {
    const result = read('投资.xlsx', sheet([
      ['2024年1—9月重点项目投资完成情况'],
      ['项目类别', '项目个数', '年度计划投资（亿元）', '1—9月完成投资（亿元）', '投资完成率'],
      ['产业项目', 25, 48.5, 36.2, '74.6%'],
      ['基础设施', 12, 30.1, 24.8, '82.4%'],
      ['社会民生', 8, 10.2, 9.1, '89.2%'],
      ['合计', 45, 88.8, 70.1, '78.9%'],
    ]));
    const table = result.table!;
    expect(table).not.toBeNull();
    expect(letters(table.columns)).toMatchObject({ name: 'A', target: 'C', actual: 'D', completionRate: 'E' });
    expect(table.columns.target?.letter).not.toBe('B');
    expect(table.indicators.map((i) => [i.name.value, i.target?.value, i.actual?.value, i.unit])).toEqual([
      ['产业项目', 48.5, 36.2, '亿元'], ['基础设施', 30.1, 24.8, '亿元'], ['社会民生', 10.2, 9.1, '亿元'],
    ]);
    expect(table.period).toMatchObject({ year: 2024, toMonth: 9 });
  });

  it('投资进度写在一句话里（总投资6000万元……完成投资3000万元）：目标与完成值都从那个单元格推算并指向它', () => {
    const table = read('投资句子.xlsx', sheet([
      ['序号', '工作任务', '年度目标', '完成情况'],
      [1, '城镇更新项目', '完成年度建设任务', '本年度总投资6000万元的19个项目完成投资3000万元。'],
      [2, '交通项目', '开工建设', '计划投资1.2亿元，已完成投资8500万元，完成率70.8%。'],
      [3, '乡村振兴', '创建示范村2个', '已创建1个，另1个正在验收。'],
    ])).table!;
    expect(table.indicators[0]).toMatchObject({ kind: 'quantitative', unit: '万元', target: { value: 6000, derived: true, cell: { row: 2, col: 4 } }, actual: { value: 3000, derived: true } });
    expect(table.indicators[0].targetText?.value).toBe('完成年度建设任务');
    expect(table.indicators[1]).toMatchObject({ unit: '亿元', target: { value: 1.2 }, actual: { value: 0.85 } });
    // No investment sentence: the target is its own cell's figure, read as before, and nothing is worked out.
    expect(table.indicators[2].target).toMatchObject({ value: 2, cell: { row: 4, col: 3 } });
    expect(table.indicators[2].target?.confidence).toBeUndefined();
  });

  it('目标“不低于60元”、单位“元/月/人”：60 元就是这个单位的数，读作目标', () => {
    const table = read('标准.xlsx', sheet([
      ['序号', '指标名称', '单位', '目标', '完成值'],
      [1, '提高困难残疾人生活补贴发放标准', '元/月/人', '不低于60元', 60],
      [2, '提高农村低保标准', '元/年/人', '不低于3700元', 3840],
    ])).table!;
    expect(table.indicators.map((i) => [i.target?.value, i.target?.approx, i.actual?.value])).toEqual([[60, 'atLeast', 60], [3700, 'atLeast', 3840]]);
  });

  it('下限与数字之间隔着“每人每月”“人均”，仍是下限或上限', () => {
    expect(parseNumberText('发放标准不低于每人每月60元')).toMatchObject({ value: 60, approx: 'atLeast' });
    expect(parseNumberText('控制在人均3次以内')).toMatchObject({ value: 3, approx: 'atMost' });
  });

  it('没有全年目标列时，写成文字的阶段目标（一季度目标）就是目标的文字', () => {
    const table = read('季度.xlsx', sheet([
      ['序号', '民生实事项目', '责任单位', '一季度目标', '进展情况', '完成情况'],
      [1, '新改扩建公办中小学校1所', '教体局', '室内安装、装修及场外施工', '室内装修完成80%', '顺利推进'],
      [2, '新增公办托位500个', '卫健局', '完成选址', '已完成选址', '顺利推进'],
    ])).table!;
    expect(table.indicators.map((i) => i.targetText?.value)).toEqual(['室内安装、装修及场外施工', '完成选址']);
    expect(table.indicators[0].targetText?.cell).toEqual({ sheet: 'Sheet1', row: 2, col: 4 });
  });

  it('完成情况写成变化（提升2.1个百分点）、目标写成文字而完成值是数字', () => {
    const table = read('变化.xlsx', sheet([
      ['序号', '指标名称', '目标', '完成情况'],
      [1, '森林覆盖率', '提升1个百分点', '提升2.1个百分点'],
      [2, '粮食产量', '稳定在50万吨以上', 51.2],
      [3, '城镇登记失业率', '控制在4.5%以内', '下降0.3个百分点'],
    ])).table!;
    expect(table.indicators[0]).toMatchObject({ target: { value: 1 }, actual: { value: 2.1 }, unit: '个百分点' });
    expect(table.indicators[1]).toMatchObject({ target: { value: 50, approx: 'atLeast' }, actual: { value: 51.2 }, unit: '万吨' });
    // A change is not a level: 0.3 points down is never compared with a 4.5% ceiling.
    expect(table.indicators[2].actual).toBeNull();
    expect(table.indicators[2].actualText?.value).toBe('下降0.3个百分点');
  });
});

describe('拿不准就问', () => {
  it('把握度低于门槛的列给出问题，带候选角色', () => {
    const result = read('计划.xlsx', sheet([
      ['序号', '指标名称', '计划', '完成值'],
      [1, '新增就业', 5000, 4100],
      [2, '技能培训', 3000, 3100],
    ]));
    const asked = columnQuestions(result.questions).find((q) => q.letter === 'C')!;
    expect(asked).toBeDefined();
    expect(asked.read).toBe('target');
    expect(asked.candidates[0]).toBe('target');
    expect(asked.candidates.length).toBeGreaterThan(1);
    expect(asked.confidence).toBeLessThan(CONFIDENCE_THRESHOLD);
  });

  it('有名称列和至少一行文字的表，即使读不出也给出能用一个参数回答的问题', () => {
    const result = read('无表头词.xlsx', sheet([
      ['甲', '乙', '丙'],
      ['一', '开展春季植树活动，组织干部职工义务植树', '已组织两次'],
      ['二', '完成全年森林防火宣传工作，发放宣传资料', '发放资料3000份'],
    ]));
    if (result.table === null) {
      const asked = columnQuestions(result.questions);
      expect(asked.some((q) => q.letter === 'B' && q.candidates.includes('name'))).toBe(true);
    } else {
      expect(result.table.columns.name?.letter).toBe('B');
      expect(result.questions.length).toBeGreaterThan(0);
    }
  });

  it('用户的回答（--map）之后不再问那一列', () => {
    const spec = sheet([
      ['序号', '指标名称', '计划', '完成值'],
      [1, '新增就业', 5000, 4100],
      [2, '技能培训', 3000, 3100],
    ]);
    const answered = recognize(workbookOf('计划.xlsx', [spec]), { columnMap: { target: 'C' } });
    expect(columnQuestions(answered.questions).some((q) => q.letter === 'C')).toBe(false);
    expect(answered.table!.columns.target).toMatchObject({ letter: 'C', confidence: 1, source: 'user' });
  });

  it('表头合并的样表不产生多余的问题', () => {
    const result = read('样表.xlsx', sheet([
      ['XX县发展和改革委员会2009年度目标任务分解表'],
      ['序号', '指标名称', '目标任务', null, '1—6月完成情况', null, '责任科室', '责任人'],
      [null, null, '数量', '单位', '完成数', '增幅'],
      [1, '全社会固定资产投资', 90, '亿元', 39.9, 0.3, '投资科', '陈志刚'],
      [2, '向上争取无偿资金', 3000, '万元', 1746, 0.45, '项目办', '刘洪波'],
    ], { merges: [area('A1:H1'), area('A2:A3'), area('B2:B3'), area('C2:D2'), area('E2:F2'), area('G2:G3'), area('H2:H3')] }));
    expect(result.questions).toEqual([]);
  });
});
