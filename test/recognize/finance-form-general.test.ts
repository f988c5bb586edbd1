import type { IndicatorTable } from '../../src/core/model';
import { recognize } from '../../src/core/recognize';
import { area, workbookOf, type SheetSpec } from './build-snapshot';
import { byName, tableOfSheet } from './recognized-table';

/**
 * Finance forms read by what every template shares, not by one province's spelling: the budget block's amounts
 * by the word each heading is built on, value cells that state a unit or a dash and no number, and so on. Every
 * sheet here is made up, worded unlike the published tables of the tuning folders, and each rule has a case that
 * must not change.
 */

const _ = null;

const tableOf = (spec: SheetSpec): IndicatorTable => tableOfSheet('绩效表', spec);

/** The grid every budget-block case below sits over: a 自评表's three levels with two rows. */
const GRID: readonly (readonly (string | number | null)[])[] = [
  ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分'],
  ['产出指标', '数量指标', '维修泵站', '≥6座', '6座', 50, 50],
  ['满意度指标', '服务对象满意度指标', '农户满意度', '≥85%', '90%', 50, 50],
];

function withBudget(head: readonly (string | number | null)[], rows: readonly (readonly (string | number | null)[])[]): SheetSpec {
  return {
    name: 'Sheet1',
    rows: [['2024年度项目支出绩效自评表'], ['项目名称', '小型泵站维修养护'], ['主管部门', '某县水务局', _, '实施单位', '某县排灌站'], head, ...rows, ...GRID],
  };
}

describe('预算块的列按所依的词认：年初…、…预算…、执行/支出/实际投入', () => {
  it.each([
    [['资金（万元）', '年初安排数', '追加后预算', '累计支出数', '支出率'], 'initial', 'adjusted'],
    [['资金（万元）', '年初预算资金总额', '实际投入资金额', '差异原因'], 'initial', null],
    [['资金（万元）', '年初批复金额', '本年预算调整数', '预算执行数', '执行率（B/A）'], 'initial', 'adjusted'],
  ] as const)('%j', (head, first, second) => {
    const table = tableOf(withBudget(head, [['合计', 80, ...(second ? [96] : []), 72, ...(head.length > 4 ? ['75%'] : [])]]));
    const budget = table.financeForm?.budget;
    expect(budget?.[first]?.value).toBe(80);
    if (second) expect(budget?.[second]?.value).toBe(96);
    expect(budget?.executed?.value).toBe(72);
  });

  it('“预算执行数”是执行数，不是预算数', () => {
    const table = tableOf(withBudget(['资金（万元）', '年初预算', '调整后预算数', '预算执行数', '预算执行率'], [['总额', 60, 66, 66, '100%']]));
    expect(table.financeForm?.budget).toMatchObject({ initial: { value: 60 }, adjusted: { value: 66 }, executed: { value: 66 } });
  });

  it('资金按来源分栏（中央 · 省级 · 县级 · 合计），再是执行数：合计一栏是全年预算；数字行没有标签也认', () => {
    const table = tableOf(withBudget(['项目资金', '来源', '中央补助', '省级补助', '县级配套', '合计', '执行数', '执行率'], [[_, _, 40, _, 10, 50, 45, '90%']]));
    expect(table.financeForm?.budget).toMatchObject({ adjusted: { value: 50 }, executed: { value: 45 }, rate: { value: 0.9 } });
  });

  it('不变：数字行有自己的标签（总额）时按标签认，差异原因一栏不当金额', () => {
    const table = tableOf(withBudget(['资金（万元）', '全年预算数', '全年执行数', '执行率', '偏差原因'], [['总额', 30, 27, '90%', '工程款未结清'], ['其中：财政拨款', 30, 27, '90%', _]]));
    expect(table.financeForm?.budget).toMatchObject({ adjusted: { value: 30 }, executed: { value: 27 }, rate: { value: 0.9 } });
  });

  it('不变：没有执行数一栏的不是预算块（只有“预算数 | 差异原因”）', () => {
    const table = tableOf(withBudget(['资金（万元）', '年度预算数', '差异原因'], [['合计', 30, '无']]));
    expect(table.financeForm?.budget?.executed ?? null).toBeNull();
  });
});

function targetForm(values: readonly [string, string | number | null, string | number | null][]): SheetSpec {
  return {
    name: 'Sheet1',
    rows: [
      ['2024年度项目支出绩效自评表'],
      ['项目名称', '农田灌溉渠系改造'],
      ['主管部门', '某县水利局', _, '实施单位', '某县灌区管理所'],
      ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分'],
      ...values.map(([name, target, actual]) => ['产出指标', '数量指标', name, target, actual, 10, 10]),
    ],
    merges: [area(`A5:A${4 + values.length}`)],
  };
}

describe('指标值一格只有单位或比较符加单位（模板印好、数没填）：是定量指标，单位照写，没有目标', () => {
  const table = tableOf(targetForm([['改造渠道长度', '千米', _], ['受益农户', '户', 1200], ['渠道完好率', '≥ %', _], ['灌溉保证', '长期', '长期']]));

  it('“千米”“户”“≥ %”：单位取自指标值一格', () => {
    expect(byName(table, '改造渠道长度')).toMatchObject({ kind: 'quantitative', unit: '千米', target: null, targetText: null });
    expect(byName(table, '受益农户')).toMatchObject({ kind: 'quantitative', unit: '户', target: null, actual: { value: 1200 } });
    expect(byName(table, '渠道完好率')).toMatchObject({ kind: 'quantitative', unit: '%', target: null });
  });

  it('不变：“长期”不是单位，仍是文字目标', () => {
    expect(byName(table, '灌溉保证')).toMatchObject({ kind: 'qualitative', targetText: { value: '长期' } });
  });
});

describe('指标值一格只有一道横线（扫描件常认成汉字“一”）：什么也没写', () => {
  const table = tableOf(targetForm([['制度健全性', '一', '制度健全、执行有效'], ['资金到位率', '—', '100%'], ['维修次数', '一', _], ['新建闸门', '1', '1']]));

  it('横线不是文字目标', () => {
    expect(byName(table, '制度健全性')).toMatchObject({ kind: 'qualitative', targetText: null, actualText: { value: '制度健全、执行有效' } });
  });

  it('没有目标而完成值是数（— | 100%）：定量，单位取自完成值，没有目标', () => {
    expect(byName(table, '资金到位率')).toMatchObject({ kind: 'quantitative', unit: '%', target: null, actual: { value: 100 } });
  });

  it('不变：写了“1”的目标照读', () => {
    expect(byName(table, '新建闸门')).toMatchObject({ kind: 'quantitative', target: { value: 1 }, actual: { value: 1 } });
  });
});

describe('层级列按所装的词认：表头不写一级/二级（评价类别 · 评价要点 · 指标名称）', () => {
  const spec = (left: readonly [string | null, string][], title = '2024年度专项资金绩效评价指标表'): SheetSpec => ({
    name: 'Sheet1',
    rows: [
      [title],
      ['评价类别', '评价要点', '指标名称', '目标值', '分值'],
      ...left.map(([outer, inner], i) => [outer, inner, `指标${'甲乙丙丁'[i]}名`, i === 0 ? 120 : '≥90%', 25]),
      ['总分', _, _, _, 100],
    ],
    merges: [area(`A3:A${2 + left.length}`)],
  });

  it('左边一栏是“数量指标 / 质量目标 / 时效指标(10分)”这类词：是二级，再左一栏是一级；认作财政表', () => {
    const table = tableOf(spec([['产出与效益', '产出数量指标'], [_, '质量目标'], [_, '时效指标(10分)'], [_, '服务对象满意度']]));
    expect(table.layoutClass).toBe('finance-form');
    expect(table.columns).toMatchObject({ category: { letter: 'A' }, name: { letter: 'C' }, target: { letter: 'D' }, weight: { letter: 'E' } });
    expect(byName(table, '指标乙名').path).toEqual(['产出与效益', '质量目标']);
    expect(table.statedWeightTotal?.value).toBe(100);
  });

  it('不变：左边一栏是乡镇名，不是层级，不认作财政表', () => {
    const read = recognize(workbookOf('表', [spec([['东片', '城关镇'], [_, '青山乡'], [_, '河口镇'], [_, '白沙乡']], '2024年度重点工作目标表')])).table;
    expect(read?.layoutClass).not.toBe('finance-form');
  });
});

describe('指标名称一栏的表头在括号里写出层级：指标名称（三级指标）', () => {
  it('与一级、二级指标一起认作三级表头', () => {
    const table = tableOf({
      name: 'Sheet1',
      rows: [
        ['2024年度项目支出绩效自评表'],
        ['项目名称', '农村公路养护'],
        ['一级指标', '二级指标', '指标名称（三级指标）', '年初指标值', '年终完成值', '自评分'],
        ['产出指标 40分', '数量指标 20分', '养护里程', '120 公里', '126 公里', 20],
      ],
    });
    expect(table.columns).toMatchObject({ category: { letter: 'A' }, name: { letter: 'C' }, target: { letter: 'D' }, actual: { letter: 'E' } });
    expect(byName(table, '养护里程')).toMatchObject({ path: ['产出指标 40分', '数量指标 20分'], target: { value: 120 }, actual: { value: 126 }, statedScore: { value: 20 } });
  });
});

describe('没有层级列的表：表题是绩效表，上面有预算与执行的资金块，才认作财政表', () => {
  const rows = (title: string, withBudget: boolean) => [
    [title],
    ['单位名称', '某区文化旅游委'],
    ...(withBudget ? [['资金情况(万元)', _, '年初预算资金总额(万元)', '实际投入资金额(万元)'], [_, '合计', 300, 420]] : []),
    ['三级指标', '指标权重', '计量单位', '指标值', '全年实际完成值'],
    ['接待游客人次', 40, '万人次', 120, 131],
    ['新增A级景区', 30, '个', 2, 2],
  ];

  it('表题 + 资金块：财政表，资金块的年初预算与实际投入也读出', () => {
    const table = tableOf({ name: 'Sheet1', rows: rows('2023年部门整体绩效目标自评表', true) });
    expect(table.layoutClass).toBe('finance-form');
    expect(table.financeForm?.budget).toMatchObject({ initial: { value: 300 }, executed: { value: 420 } });
    expect(byName(table, '接待游客人次')).toMatchObject({ unit: '万人次', target: { value: 120 }, actual: { value: 131 }, weight: { value: 40 } });
  });

  it('不变：没有资金块，只有表题，不认作财政表', () => {
    const read = recognize(workbookOf('表', [{ name: 'Sheet1', rows: rows('2023年部门整体绩效目标自评表', false) }])).table;
    expect(read?.layoutClass).not.toBe('finance-form');
  });
});

describe('名称末尾括号里的词只有是单位才当单位', () => {
  const table = tableOf(targetForm([['新增规上企业（法人）', 12, 14], ['培训时长（小时）', 40, 44]]));

  it('“（法人）”说的是数什么，不是单位；“（小时）”是单位', () => {
    expect(byName(table, '新增规上企业（法人）').unit).toBeNull();
    expect(byName(table, '培训时长（小时）').unit).toBe('小时');
  });
});

/** A 自评表 whose columns right of the name are given: the heading row and one row per indicator. */
function scoredForm(head: readonly string[], rows: readonly (readonly (string | number | null)[])[], above: readonly (readonly (string | number | null)[])[] = []): SheetSpec {
  return {
    name: 'Sheet1',
    rows: [['2022年度项目支出绩效自评表'], ['项目名称', '乡镇污水管网维护'], ['主管部门', '某县住建局', _, '实施单位', '某县市政所'], ...above, ['一级指标', '二级指标', '三级指标', ...head], ...rows.map((row, i) => ['产出指标', i < 2 ? '数量指标' : '质量指标', ...row])],
  };
}

describe('评分规则一栏按内容认：表头写“评价标准”“指标说明”，格里是“计1分”“不得分”', () => {
  it('格里是给分扣分的规则：是评分规则，不是绩效标准', () => {
    const table = tableOf(scoredForm(['年度指标值', '实际完成值', '得分', '考核标准'], [
      ['管网巡查', '≥12次', '12次', 10, '每少一次扣1分'],
      ['清淤长度', '≥8千米', '8千米', 10, '全部完成计10分，未完成不得分'],
      ['出水达标率', '≥95%', '96%', 10, '按达标率比例计分，低于90%不得分'],
    ]));
    expect(table.financeForm?.extraColumns?.scoring?.letter).toBe('G');
    expect(table.financeForm?.extraColumns?.standard).toBeUndefined();
  });

  it('不变：格里是“计划标准”“行业标准”：仍是绩效标准', () => {
    const table = tableOf(scoredForm(['年度指标值', '实际完成值', '得分', '评价标准'], [
      ['管网巡查', '≥12次', '12次', 10, '计划标准'],
      ['清淤长度', '≥8千米', '8千米', 10, '行业标准'],
      ['出水达标率', '≥95%', '96%', 10, '历史标准'],
    ]));
    expect(table.financeForm?.extraColumns?.standard?.letter).toBe('G');
    expect(table.financeForm?.extraColumns?.scoring).toBeUndefined();
  });

  it('“复核分”“审核得分”一栏是复核人给的分，单独认出，不算单位的得分', () => {
    const table = tableOf(scoredForm(['年度指标值', '实际完成值', '自评分', '审核得分'], [
      ['管网巡查', '≥12次', '12次', 10, 9],
      ['清淤长度', '≥8千米', '8千米', 10, 10],
    ]));
    expect(table.financeForm?.scoreColumn?.letter).toBe('F');
    expect(table.financeForm?.extraColumns?.reviewScore?.letter).toBe('G');
    expect(byName(table, '管网巡查').statedScore?.value).toBe(10);
  });
});

describe('分值一栏的表头认不出（扫描错字、自拟的词）：按数认——每行的得分都不超过它', () => {
  const rows = [
    ['管网巡查', 20, '≥12次', '12次', 18],
    ['清淤长度', 30, '≥8千米', '8千米', 30],
    ['出水达标率', 50, '≥95%', '96%', 50],
  ];

  it('“标分参考”一栏：20、30、50 都不小于同行得分，且有一行没得满分：是分值', () => {
    const table = tableOf(scoredForm(['标分参考', '年度指标值', '实际完成值', '得分'], rows));
    expect(table.columns.weight?.letter).toBe('D');
    expect(byName(table, '管网巡查')).toMatchObject({ weight: { value: 20 }, statedScore: { value: 18 } });
  });

  it('不变：一栏数有小于同行得分的（是目标数，不是分值），不当分值', () => {
    const table = tableOf(scoredForm(['计划数', '实际完成值', '得分'], [
      ['管网巡查', 12, 12, 18],
      ['清淤长度', 8, 8, 30],
      ['出水达标率', 95, 96, 50],
    ]));
    expect(table.columns.weight).toBeUndefined();
    expect(table.columns.target?.letter).toBe('D');
  });
});

describe('表头里写着总得分：自评得分 | 98，或“自评总分：95”一格', () => {
  const rows = [['管网巡查', '≥12次', '12次', 48], ['清淤长度', '≥8千米', '8千米', 45]];

  it.each([
    [[_, _, _, '自评得分', 93]],
    [['填报日期：2023年3月1日', _, _, '自评总分：93分']],
  ])('%j', (...above) => {
    const table = tableOf(scoredForm(['年度指标值', '实际完成值', '得分'], rows, above));
    expect(table.statedScoreTotal?.value).toBe(93);
  });

  it('不变：只写“得分”两个字的格不是总得分', () => {
    const table = tableOf(scoredForm(['年度指标值', '实际完成值', '得分'], rows, [[_, _, _, '得分', 93]]));
    expect(table.statedScoreTotal).toBeNull();
  });
});

describe('目标表按地方分栏下达目标（每个县、镇、村一栏）：读作交叉表，每个地方的目标各自读出', () => {
  const onHeadingRow: SheetSpec = {
    name: 'Sheet1',
    rows: [
      ['2024年省级农田水利专项资金绩效目标表'],
      ['项目名称', '农田水利专项'],
      ['主管部门', '某县农业农村局'],
      ['一级指标', '二级指标', '三级指标', '指标说明', '青溪镇', '白石乡', '东岭村'],
      ['产出指标', '数量指标', '新建灌溉泵站（座）', '反映泵站建设数量', 2, 1, 1],
      ['产出指标', '质量指标', '工程验收合格率', '反映工程质量', '≥95%', '≥95%', '≥95%'],
    ],
  };

  it('地方名在表头行上：每个指标带各地方的目标，指标本身没有合计目标', () => {
    const table = tableOf(onHeadingRow);
    expect(table.layoutClass).toBe('cross-table');
    expect(table.columns.target).toBeUndefined();
    const pumps = byName(table, '新建灌溉泵站（座）');
    expect(pumps).toMatchObject({ kind: 'quantitative', unit: '座', target: null });
    expect(pumps.breakdown?.map((r) => [r.region.value, r.target?.value])).toEqual([['青溪镇', 2], ['白石乡', 1], ['东岭村', 1]]);
    expect(byName(table, '工程验收合格率').breakdown?.[0].target).toMatchObject({ value: 95, approx: 'atLeast' });
  });

  it('地方名在横跨几栏的“分地区目标”下面一行：同样读出，表头为两行', () => {
    const rows = onHeadingRow.rows.map((row, i) => (i === 3 ? ['一级指标', '二级指标', '三级指标', '指标说明', '分地区目标', _, _] : row));
    const table = tableOf({ ...onHeadingRow, rows: [...rows.slice(0, 4), [_, _, _, _, '青溪镇', '白石乡', '东岭村'], ...rows.slice(4)], merges: [area('E4:G4')] });
    expect(table.layoutClass).toBe('cross-table');
    expect(table.headerRows).toEqual([4, 5]);
    expect(byName(table, '新建灌溉泵站（座）').breakdown).toHaveLength(3);
  });

  it('不变：指标值之后只有一栏地方名（或不是地方名），仍是财政表', () => {
    const table = tableOf({ ...onHeadingRow, rows: onHeadingRow.rows.map((row, i) => (i === 3 ? ['一级指标', '二级指标', '三级指标', '指标说明', '年度指标值', '上年完成值', '备注'] : row)) });
    expect(table.layoutClass).toBe('finance-form');
    expect(byName(table, '新建灌溉泵站（座）').target?.value).toBe(2);
  });
});

describe('年度总体目标把某个百分数写成增速：那一行的目标是增长率（名称没说增长也一样）', () => {
  const form = (goal: string): SheetSpec => ({
    name: 'Sheet1',
    rows: [
      ['2023年部门整体绩效目标自评表'],
      ['单位名称', '某县经信局'],
      ['资金情况(万元)', _, '年初预算资金总额(万元)', '实际投入资金额(万元)'],
      [_, '合计', 500, 480],
      ['年度目标', _, _, '年度总体目标完成情况'],
      [goal, _, _, '全年目标均已完成。'],
      ['三级指标', '指标权重', '计量单位', '指标值', '全年实际完成值'],
      ['规上工业总产值', 40, '%', 6, 7.2],
      ['企业技改覆盖面', 30, '%', 35, 40],
    ],
  });

  it('“规上工业总产值同比增长6%”：那一行（% | 6）标为增长目标；另一行的35%没写成增长，不标', () => {
    const table = tableOf(form('1、规上工业总产值同比增长6%；2、技改企业覆盖面达到35%。'));
    expect(byName(table, '规上工业总产值').targetGrowth?.value).toBeCloseTo(0.06, 10);
    expect(byName(table, '规上工业总产值')).toMatchObject({ target: { value: 6 }, actual: { value: 7.2 } });
    expect(byName(table, '企业技改覆盖面').targetGrowth ?? null).toBeNull();
  });

  it('不变：目标里的 16% 不是 6%：不标', () => {
    expect(byName(tableOf(form('规上工业总产值同比增长16%。')), '规上工业总产值').targetGrowth ?? null).toBeNull();
  });
});

describe('资金块只写年初预算、没有执行率一栏：支出超过年初预算，说明年中追加过，全年预算不知道', () => {
  const form = (executed: number, executedHead = '实际支出数') => tableOf(withBudget(['资金（万元）', '年初预算数', executedHead, '差异原因'], [['合计', 200, executed, '年中追加项目经费']]));

  it('支出 560 超过年初预算 200：不拿年初预算当目标，不算出表上没有的“执行率280%”', () => {
    const budget = form(560).indicators.find((i) => i.name.value === '预算执行率');
    expect(budget).toMatchObject({ target: null, actual: { value: 560 } });
    expect(form(560).financeForm?.budget).toMatchObject({ initial: { value: 200 }, executed: { value: 560 } });
  });

  it('不变：监控表“1-6月执行数”120 不超过年初预算 200：年初预算就是全年预算', () => {
    const budget = form(120, '1-6月执行数').indicators.find((i) => i.name.value === '预算执行率');
    expect(budget).toMatchObject({ target: { value: 200 }, actual: { value: 120 } });
  });
});

describe('表头上的填报日期不是表所报的年度', () => {
  const form = (workbook: string, head: string) => recognize(workbookOf(workbook, [{
    name: 'Sheet1',
    rows: [['县级项目支出绩效自评表'], [head], ['项目名称', '村庄保洁'], ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '得分'], ['产出指标', '数量指标', '保洁村庄', '≥20个', '21个', 50]],
  }])).table;

  it('“填表时间：2024年3月5日”，工作簿名写“2023年度”：报的是2023年', () => {
    expect(form('某镇2023年度保洁项目自评表', '填表时间：2024年3月5日')?.period.year).toBe(2023);
  });

  it('不变：表头写“评价年度：2023年”：照读2023年', () => {
    expect(form('某镇保洁项目自评表', '评价年度：2023年')?.period.year).toBe(2023);
  });
});

describe('年度总体目标里模板留下的空编号（2. 3.）不算目标的一部分', () => {
  const goal = (text: string) => tableOf({
    name: 'Sheet1',
    rows: [['2023年度项目支出绩效自评表'], ['项目名称', '村庄保洁'], ['项目年度目标', text], ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '得分'], ['产出指标', '数量指标', '保洁村庄', '≥20个', '21个', 50]],
  }).financeForm?.goal?.value;

  it('“1.完成20个村保洁⏎2.⏎3.”只留第一条', () => {
    expect(goal('1.完成20个村保洁;\n2.\n3.')).toBe('1.完成20个村保洁;');
  });

  it('不变：每条都写了的照留', () => {
    expect(goal('1.完成20个村保洁;\n2.群众满意度达到90%')).toBe('1.完成20个村保洁;\n2.群众满意度达到90%');
  });
});
