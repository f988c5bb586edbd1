import type { CellValue, IndicatorTable } from '../../src/core/model';
import { compute } from '../../src/core/compute';
import { runsText } from '../../src/core/model';
import { narrate } from '../../src/core/narrate';
import { recognize } from '../../src/core/recognize';
import { area, workbookOf, type SheetSpec } from './build-snapshot';
import { byName, tableOfSheet } from './recognized-table';

/**
 * Finance forms as provinces and counties vary them: the same 绩效指标 grid under other headers and with
 * other columns. Each sheet here is built for one rule; none is a copy of a published table.
 */

const _ = null;

const tableOf = (spec: SheetSpec): IndicatorTable => tableOfSheet('绩效目标表', spec);

/** A target form whose 指标性质 holds 正向/反向 and whose 指标方向 holds the comparator. */
const SENSE_AND_COMPARATOR: SheetSpec = {
  name: 'Sheet1',
  rows: [
    ['农机推广服务经费项目绩效目标表'],
    ['(2024年)'],
    ['项目名称', '农机推广服务经费'],
    ['主管部门', '某县农业农村局'],
    ['实施单位', '某县农机推广站'],
    ['一级指标', '二级指标', '三级指标', '指标性质', '指标方向', '目标值', '计量单位', '分值'],
    ['产出指标', '数量指标', '推广农机具台数', '正向', '≥', 120, '台', 20],
    ['产出指标', '质量指标', '培训合格率', '正向', '=', 95, '%', 20],
    ['产出指标', '时效指标', '补贴资金兑付时间', '正向', '=', 45657, 45657, 10],
    ['产出指标', '成本指标', '培训人均成本', '反向', '=', 300, '元/人', 10],
    ['效益指标', '社会效益指标', '受训农户人数', '正向', '≥', 800, '人', 20],
  ],
};

describe('比较符、正向/反向各占一列：按列里的值认，不按表头叫什么', () => {
  const table = tableOf(SENSE_AND_COMPARATOR);

  it('“指标方向”一列写的是 ≥ =：目标带上比较符', () => {
    expect(table.layoutClass).toBe('finance-form');
    expect(byName(table, '推广农机具台数')).toMatchObject({ kind: 'quantitative', unit: '台', target: { value: 120, approx: 'atLeast' } });
    expect(byName(table, '培训合格率')).toMatchObject({ unit: '%', target: { value: 95, approx: 'exact' } });
  });

  it('“指标性质”一列写的是正向/反向：反向的是逆向指标，正向的不是', () => {
    expect(byName(table, '培训人均成本').direction).toBe('lower');
    expect(byName(table, '受训农户人数').direction).toBe('higher');
    expect(table.financeForm?.extraColumns).toMatchObject({ sense: { letter: 'D' }, comparator: { letter: 'E' } });
  });

  it('时效指标里与表上年份相符的 Excel 日期序列号（45657）是期限，不是目标数', () => {
    const deadline = byName(table, '补贴资金兑付时间');
    expect(deadline).toMatchObject({ kind: 'qualitative', target: null, unit: null, deadline: { iso: '2024-12-31' } });
  });

  it('序列号离表上年份远的（数量指标里的 45657 份）照数读，不当日期', () => {
    const rows = SENSE_AND_COMPARATOR.rows.map((row) => [...row] as CellValue[]);
    rows[6] = ['产出指标', '数量指标', '发放宣传资料份数', '正向', '≥', 45657, '份', 20];
    rows[8] = ['产出指标', '时效指标', '完成时间', '正向', '=', 30000, _, 10];
    const edited = tableOf({ ...SENSE_AND_COMPARATOR, rows });
    expect(byName(edited, '发放宣传资料份数')).toMatchObject({ target: { value: 45657 }, deadline: null });
    expect(byName(edited, '完成时间').deadline).toBeNull();
  });
});

/** A short 绩效目标表: no 一级/二级指标, one 绩效指标 label down the left, then 指标 · 权重 · 单位 · 性质 · 指标值. */
const WITHOUT_LEVELS: SheetSpec = {
  name: 'Sheet1',
  rows: [
    ['2024年一般性项目绩效目标表'],
    ['编制单位:', '某镇人民政府', _, _, _, '单位:万元'],
    ['专项资金名称', '农村环境整治补助'],
    ['业务主管部门', '某镇人民政府'],
    ['当年预算', 12.5],
    ['绩效指标', '指标', '指标权重', '计量单位', '指标性质', '指标值'],
    [_, '整治村庄个数', 30, '个', '≥', 6],
    [_, '群众满意度', 20, '%', '≥', 90],
    [_, '补助资金发放金额', 30, '万元', '=', 12.5],
    [_, '改善人居环境', 20, _, '定性'],
  ],
  merges: [area('A6:A10')],
};

describe('没有一级/二级指标的绩效目标表', () => {
  const table = tableOf(WITHOUT_LEVELS);

  it('“绩效指标”竖排在左，指标在右：认作 finance-form，指标名取“指标”一列，路径为空', () => {
    expect(table.layoutClass).toBe('finance-form');
    expect(table.title).toBe('2024年一般性项目绩效目标表');
    expect(table.indicators.map((i) => i.name.value)).toEqual(['整治村庄个数', '群众满意度', '补助资金发放金额', '改善人居环境']);
    expect(table.indicators.every((i) => i.path.length === 0)).toBe(true);
    expect(table.columns.name?.letter).toBe('B');
    expect(table.columns.weight?.letter).toBe('C');
  });

  it('单列的比较符（≥）给目标，“定性”一行不编造目标', () => {
    expect(byName(table, '整治村庄个数')).toMatchObject({ unit: '个', target: { value: 6, approx: 'atLeast' }, weight: { value: 30 } });
    expect(byName(table, '改善人居环境')).toMatchObject({ kind: 'qualitative', target: null });
    expect(table.financeForm?.extraColumns?.comparator?.letter).toBe('E');
  });

  it('汇报稿说明只有目标、尚未填报完成情况，并逐项列出没有分组的指标', () => {
    const report = narrate(table, compute(table, []));
    const text = report.blocks.map((b) => ('runs' in b ? runsText(b.runs) : '')).join('\n');
    expect(report.title).toContain('绩效目标');
    expect(text).toContain('共设绩效指标4项。表中只有目标值，尚未填报完成情况。');
    for (const name of ['整治村庄个数', '群众满意度', '补助资金发放金额', '改善人居环境']) expect(report.blocks.some((b) => b.kind === 'paragraph' && b.lead?.text.includes(name))).toBe(true);
    expect(text).not.toMatch(/实际完成值|完成率/);
  });

  it('同样的表头，上面没有表的键值块也没有“绩效指标”标签：不当财政表', () => {
    const rows: CellValue[][] = [
      ['2024年重点工作绩效目标表'],
      ['指标', '指标权重', '计量单位', '指标性质', '指标值'],
      ['整治村庄个数', 30, '个', '≥', 6],
      ['群众满意度', 20, '%', '≥', 90],
    ];
    const recognition = recognize(workbookOf('x', [{ name: 'Sheet1', rows }]));
    expect(recognition.table?.layoutClass).not.toBe('finance-form');
  });
});

describe('一级指标带分值：路径照表上原文', () => {
  it('“产出指标(50分)”“社会效益\\n指标”照录，不删分值、不改折行', () => {
    const table = tableOf({
      name: 'Sheet1',
      rows: [
        ['项目支出绩效自评表'],
        ['项目名称', '道路养护'],
        ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分'],
        ['产出指标(50分)', '数量指标', '养护里程', '≥100公里', '100公里', 50, 50],
        ['效益指标(30分)', '社会效益\n指标', '通行条件', '改善', '达成预期指标', 30, 30],
      ],
    });
    expect(byName(table, '养护里程').path).toEqual(['产出指标(50分)', '数量指标']);
    expect(byName(table, '通行条件').path).toEqual(['效益指标(30分)', '社会效益\n指标']);
  });
});

/** A half-year 绩效监控表: 年初预算数 and 1-6月执行数 without 执行率; one 一级指标 column; 执行情况 and 可能性. */
const MONITORING: SheetSpec = {
  name: 'Sheet1',
  rows: [
    ['某市项目支出绩效监控表'],
    ['(2024年度)'],
    ['项目名称', '文物保护经费'],
    ['主管部门', '某市文化和旅游局', '项目执行单位', '某市博物馆'],
    ['项目资金 (万元)', '年初预算数', '1-6月执行数', '全年预计执行数'],
    ['年度资金总额:', 300, 120],
    ['绩效指标', '一级 指标', '指标名称', '指标值', '半年度 指标执行情况', '完成目标可能性', '备注'],
    [_, '产 出 指 标', '数量', '修缮文物点5处', '已修缮2处', '确定能'],
    [_, _, '时效'],
    [_, _, '成本', '年度预算300万元', '按进度执行,已使用约40%', '有可能'],
    [_, '效 益 指 标', '社会效益', '提升文物保护水平', '举办展览3场', '确定能'],
  ],
  merges: [area('A7:A11'), area('B8:B10')],
};

describe('绩效监控表（半年）', () => {
  const table = tableOf(MONITORING);

  it('认作 finance-form；时段取预算块“1-6月执行数”的月份，序时进度一半', () => {
    expect(table.layoutClass).toBe('finance-form');
    expect(table.title).toBe('某市项目支出绩效监控表');
    expect(table.period).toMatchObject({ year: 2024, fromMonth: 1, toMonth: 6, expectedProgress: 0.5 });
  });

  it('没有全年预算数和执行率的预算块：年初预算数与1-6月执行数照读，执行率由两数算', () => {
    expect(table.financeForm?.budget).toMatchObject({ initial: { value: 300 }, adjusted: null, executed: { value: 120 }, rate: null });
    expect(byName(table, '预算执行率')).toMatchObject({ target: { value: 300 }, actual: { value: 120 } });
  });

  it('只有一级指标一列：路径照原文；“执行情况”一列是完成情况，“可能性”一列单独认出', () => {
    expect(byName(table, '数量').path).toEqual(['产 出 指 标']);
    expect(table.columns.actual?.letter).toBe('E');
    expect(table.financeForm?.extraColumns?.likelihood?.letter).toBe('F');
  });

  it('指标值写在句子里、带单位的一个数（年度预算300万元）是目标，标为推算；执行情况里的百分数不当完成值', () => {
    expect(byName(table, '成本')).toMatchObject({
      kind: 'quantitative',
      unit: '万元',
      target: { value: 300, derived: true },
      actual: null,
      actualText: { value: '按进度执行,已使用约40%' },
    });
  });

  it('汇报稿写“1-6月执行数”，不写成全年执行数', () => {
    const report = narrate(table, compute(table, []));
    const opening = runsText(report.blocks.find((b) => b.kind === 'paragraph')!.runs);
    expect(opening).toContain('1-6月执行数120万元');
    expect(opening).not.toContain('全年执行数');
  });

  it('只写了名称、其余全空的模板行（时效）不当指标', () => {
    expect(table.indicators.some((i) => i.name.value === '时效')).toBe(false);
  });
});

describe('绩效目标表只写计划金额', () => {
  it('“资金总额 171.41”照读为年初预算，不造执行率指标', () => {
    const table = tableOf({
      name: 'Sheet1',
      rows: [
        ['部门整体支出绩效目标表'],
        ['部门(单位)名称', '某县档案馆'],
        ['年度预算安排(万元)', '资金总额', 171.41],
        [_, '基本支出', 110.61],
        ['一级指标', '二级指标', '三级指标', '指标解释', '目标值'],
        ['产出指标', '数量指标', '档案数字化页数', '计划标准', '≥20万页'],
      ],
      merges: [area('A3:A4')],
    });
    expect(table.financeForm?.budget).toMatchObject({ initial: { value: 171.41 }, executed: null, rate: null });
    expect(table.indicators.map((i) => i.name.value)).toEqual(['档案数字化页数']);
    expect(table.financeForm?.extraColumns?.explanation?.letter).toBe('D');
  });
});

describe('“实施进度”一列', () => {
  it('已完成100% 是单位写的进度；指标值句子里的一个带单位的数是目标', () => {
    const table = tableOf({
      name: 'Sheet1',
      rows: [
        ['项目支出绩效目标实施进度表'],
        ['项目名称', '文明城市创建'],
        ['一级指标', '二级指标', '三级指标', '指标值', '实施进度'],
        ['产出指标', '数量指标', '宣传次数', '全年完成4次宣传', '已完成100%'],
        ['产出指标', '时效指标', '全年', '1-12月', '已完成80%'],
      ],
    });
    expect(table.columns.completionRate?.letter).toBe('E');
    expect(byName(table, '宣传次数')).toMatchObject({ kind: 'quantitative', unit: '次', target: { value: 4, derived: true }, statedCompletion: { value: 1 } });
    expect(byName(table, '全年')).toMatchObject({ kind: 'qualitative', targetText: { value: '1-12月' }, statedCompletion: { value: 0.8 } });
  });
});

describe('格里的写法', () => {
  const table = tableOf({
    name: 'Sheet1',
    rows: [
      ['项目支出绩效自评表'],
      ['项目名称', '城区降尘服务'],
      ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施'],
      ['产出指标', '数量指标', '雾炮车射程', '≥80M', '85M', 10, 10],
      ['产出指标', '数量指标', '宣传次数', '至少全年完成2次宣传', 2, 10, 10],
      ['产出指标', '时效指标', '任务完成时限(月)', 10, 10, 10, 10],
      ['产出指标', '质量指标', '保障率', '100%', '无', 10, 0, '没有轮换'],
      ['产出指标', '成本指标', '运行维护费', '150万', '150万', 10, 10],
      ['产出指标', '成本指标', '项目计划总投资', '20万元', '20万元', 10, 10],
    ],
  });

  it('字母写的单位（≥80M）照读为单位', () => {
    expect(byName(table, '雾炮车射程')).toMatchObject({ kind: 'quantitative', unit: 'M', target: { value: 80, approx: 'atLeast' }, actual: { value: 85 } });
  });

  it('句子里的“至少”给目标下限', () => {
    expect(byName(table, '宣传次数')).toMatchObject({ unit: '次', target: { value: 2, approx: 'atLeast', derived: true } });
  });

  it('名称括号里的单位（(月)）给裸数作单位', () => {
    expect(byName(table, '任务完成时限(月)')).toMatchObject({ unit: '月', target: { value: 10 } });
  });

  it('数字目标、完成值写“无”：仍是数字指标，完成值留空、文字照录，不算 0', () => {
    expect(byName(table, '保障率')).toMatchObject({ kind: 'quantitative', unit: '%', target: { value: 100 }, actual: null, actualText: { value: '无' } });
  });

  it('成本指标里写“万”的是万元；名称是一笔费用的是逆向指标，计划投资不是', () => {
    expect(byName(table, '运行维护费')).toMatchObject({ unit: '万元', direction: 'lower', target: { value: 150 } });
    expect(byName(table, '项目计划总投资')).toMatchObject({ unit: '万元', direction: 'higher' });
  });
});

describe('汇报稿的分组标题', () => {
  it('标题去掉字间空格和分值；只剩分值的一级指标（(50分)）不作标题，用它下面的二级指标', () => {
    const table = tableOf({
      name: 'Sheet1',
      rows: [
        ['项目支出绩效自评表'],
        ['项目名称', '种养殖补贴'],
        ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分'],
        ['(50分)', '数量指标', '红薯种植面积', '5.5亩', '5.5亩', 50, 50],
        ['效 益 指 标', '社会效益\n指标', '农户增收', '明显', '达成预期指标', 50, 50],
      ],
    });
    const report = narrate(table, compute(table, []));
    const headings = report.blocks.filter((b) => b.kind === 'heading').map((b) => runsText(b.runs));
    expect(headings).toEqual(['一、绩效指标完成情况', '（一）数量指标', '（二）效益指标']);
    expect(headings.some((h) => /分\)|\s/.test(h))).toBe(false);
    for (const name of ['红薯种植面积', '农户增收']) expect(report.blocks.some((b) => b.kind === 'paragraph' && b.lead?.text.includes(name))).toBe(true);
  });
});

describe('目标为 0 与表下的注', () => {
  const table = tableOf({
    name: 'Sheet1',
    rows: [
      ['项目支出绩效自评表'],
      ['项目名称', '储备粮管理'],
      ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分'],
      ['产出指标', '质量指标', '库存粮食变质比例', 0, 0, 50, 50],
      ['效益指标', '社会效益指标', '储备粮轮换数量', 100, 100, 50, 50],
      ['总分', _, _, _, _, 100, 100],
      ['注:1.一级指标分值统一设置为产出指标50分、效益指标30分。'],
      ['2.得分最高不能超过该指标分值上限。'],
      ['填表人:', '张三'],
    ],
  });

  it('目标写 0 的指标只能是上限（逆向），不论名称', () => {
    expect(byName(table, '库存粮食变质比例').direction).toBe('lower');
    expect(byName(table, '储备粮轮换数量').direction).toBe('higher');
  });

  it('总分行下“注:”起的各行是注，到填表人为止', () => {
    expect(table.notes).toEqual(['注:1.一级指标分值统一设置为产出指标50分、效益指标30分。', '2.得分最高不能超过该指标分值上限。']);
  });
});

describe('填报的单位', () => {
  const rows = (line: string): CellValue[][] => [
    ['加工园项目支出绩效目标审批表'],
    [line],
    ['项目名称', '加工园配套设施'],
    ['实施单位', '某某乡'],
    ['一级指标', '二级指标', '三级指标', '指标值', '分值'],
    ['产出指标', '数量指标', '新建厂房面积', '≥500平方米', 20],
  ];

  it('表上方一格写“预算单位: 某县某某乡人民政府”：取它作单位，不取简写的实施单位', () => {
    expect(tableOf({ name: 'Sheet1', rows: rows('预算单位: 某县某某乡人民政府') }).unitName).toBe('某县某某乡人民政府');
  });

  it('“填报单位:(盖章) 单位:万元”没有写单位名：仍取实施单位', () => {
    expect(tableOf({ name: 'Sheet1', rows: rows('填报单位:(盖章) 单位:万元') }).unitName).toBe('某某乡');
  });
});
