import type { IndicatorTable } from '../../src/core/model';
import { recognize } from '../../src/core/recognize';
import { validate } from '../../src/core/validate';
import { bareHead, isActualHead, isScoreHead, isTargetHead, isWeightHead } from '../../src/core/recognize/layouts/finance-form-heads';
import { area, workbookOf, type SheetSpec } from './build-snapshot';
import { byName, tableOfSheet } from './recognized-table';

/**
 * Finance forms as a department new to the tool fills them: the 财政部 template's columns under the words its
 * county or year uses, shifted, split under a band, with the merges lost in transcription. Every sheet here is
 * made up for one rule and worded unlike the published tables the engine is tuned on.
 */

const _ = null;

const tableOf = (spec: SheetSpec): IndicatorTable => tableOfSheet('绩效自评', spec);

describe('表头按所依的词认：分值、得分、指标值、完成值的各种写法', () => {
  it('去掉末尾括号里的单位或列标（分）（%）（A），去掉必填星号', () => {
    expect(bareHead('分值（分）')).toBe('分值');
    expect(bareHead('年度指标值（A）')).toBe('年度指标值');
    expect(bareHead('*权重（%）')).toBe('权重');
    expect(bareHead('（分）')).toBe('（分）');
  });

  it.each(['分值', '分值（分）', '指标分值', '标准分值', '标准分', '满分', '权重', '权重（%）', '指标权重', '权重分值'])('“%s”是分值', (head) => {
    expect(isWeightHead(head)).toBe(true);
    expect(isScoreHead(head)).toBe(false);
  });

  it.each(['得分', '得分（分）', '自评得分', '实际得分', '评价得分', '自评分', '评分', '得分（C=B/A×分值）'])('“%s”是得分', (head) => {
    expect(isScoreHead(head)).toBe(true);
    expect(isWeightHead(head)).toBe(false);
  });

  it.each(['评分标准', '评（扣）分标准', '得分说明', '扣分原因'])('“%s”不是得分', (head) => {
    expect(isScoreHead(head)).toBe(false);
  });

  it.each(['年度指标值', '指标值', '目标值（A）', '年初目标值', '预期目标值', '年度目标', '目标值', '计划值', '年度计划数', '目标数'])('“%s”是目标', (head) => {
    expect(isTargetHead(head)).toBe(true);
    expect(isActualHead(head)).toBe(false);
  });

  it.each(['指标值类型', '指标值说明', '实际完成值', '绩效标准', '目标完成情况'])('“%s”不是目标', (head) => {
    expect(isTargetHead(head)).toBe(false);
  });

  it.each(['实际完成值', '全年实际值', '完成情况', '实际完成数', '实现值', '1-6月实际完成值'])('“%s”是完成值', (head) => {
    expect(isActualHead(head)).toBe(true);
  });

  it.each(['全年预计完成值', '未完成原因', '完成目标可能性', '完成进度'])('“%s”不是完成值', (head) => {
    expect(isActualHead(head)).toBe(false);
  });
});

/** A 自评表 whose 分值 and 得分 are headed 标准分值 · 实际得分 and whose target is 年度目标. */
const PLAIN_WORDS: SheetSpec = {
  name: 'Sheet1',
  rows: [
    ['2022年度项目支出绩效自评表'],
    ['项目名称', '城乡环卫保洁'],
    ['主管部门', '某县城市管理局', _, '实施单位', '某县环境卫生服务中心'],
    ['一级指标', '二级指标', '三级指标', '年度目标', '全年实际值', '标准分值', '实际得分', '未完成原因及改进措施'],
    ['产出指标', '数量指标', '清扫保洁面积', '≥120万平方米', '125万平方米', 30, 30, _],
    ['产出指标', '质量指标', '垃圾清运率', '100%', '98%', 30, 28, '个别点位清运不及时'],
    ['效益指标', '社会效益指标', '城乡环境面貌', '明显改善', '明显改善', 20, 20, _],
    ['满意度指标', '满意度指标', '群众满意度', '≥90%', '91%', 20, 20, _],
    ['合计', _, _, _, _, 100, 98, _],
  ],
};

describe('分值、得分、目标列换了说法', () => {
  const table = tableOf(PLAIN_WORDS);

  it('“年度目标”是目标列，“标准分值”是分值，“实际得分”是单位自评的得分', () => {
    expect(table.layoutClass).toBe('finance-form');
    expect(table.columns).toMatchObject({ target: { letter: 'D' }, actual: { letter: 'E' }, weight: { letter: 'F' } });
    expect(table.financeForm?.scoreColumn?.letter).toBe('G');
    expect(byName(table, '垃圾清运率')).toMatchObject({ kind: 'quantitative', unit: '%', target: { value: 100 }, actual: { value: 98 }, weight: { value: 30 }, statedScore: { value: 28 } });
  });

  it('合计行的 100 是分值之和，98 才是总得分', () => {
    expect(table.statedWeightTotal?.value).toBe(100);
    expect(table.statedScoreTotal?.value).toBe(98);
  });
});

/** 指标值 spans two columns over 年度目标 · 实际完成; the levels, 分值 and 得分 stand in the band's row. */
function bandForm(merged: boolean): SheetSpec {
  return {
    name: 'Sheet1',
    rows: [
      ['2023年度项目支出绩效自评表'],
      ['项目名称', '畜禽粪污资源化利用'],
      ['主管部门', '某县农业农村局', _, '实施单位', '某县畜牧兽医站'],
      ['一级指标', '二级指标', '三级指标', '指标值', _, '分值', '得分', '偏差原因分析'],
      [_, _, _, '年度目标', '实际完成', _, _, _],
      ['产出指标', '数量指标', '建设堆肥设施', '≥15个', '15个', 30, 30, _],
      ['产出指标', '质量指标', '粪污综合利用率', '≥80%', '83%', 30, 30, _],
      ['效益指标', '生态效益指标', '养殖环境', '明显改善', '明显改善', 20, 20, _],
      ['满意度指标', '服务对象满意度指标', '养殖户满意度', '≥90%', '95%', 20, 20, _],
    ],
    merges: merged ? [area('D4:E4'), area('A4:A5'), area('B4:B5'), area('C4:C5'), area('F4:F5'), area('G4:G5'), area('H4:H5')] : [area('D4:E4')],
  };
}

describe('“指标值”横跨两列，下面一行分出目标与完成', () => {
  it.each([true, false])('按下一行的小表头读目标与完成值，表头为两行（其余表头向下合并：%s）', (merged) => {
    const table = tableOf(bandForm(merged));
    expect(table.headerRows).toEqual([4, 5]);
    expect(table.columns).toMatchObject({ name: { letter: 'C' }, target: { letter: 'D' }, actual: { letter: 'E' }, weight: { letter: 'F' } });
    expect(byName(table, '粪污综合利用率')).toMatchObject({ target: { value: 80, approx: 'atLeast' }, actual: { value: 83 }, statedScore: { value: 30 } });
    expect(table.indicators).toHaveLength(4);
  });

  it('下一行是数据（有数字）时不是小表头：仍按一行表头读', () => {
    const spec = bandForm(true);
    const rows = spec.rows.filter((_row, i) => i !== 4);
    const table = tableOf({ ...spec, rows, merges: [area('D4:E4')] });
    expect(table.headerRows).toEqual([4]);
    expect(table.indicators[0].name.value).toBe('建设堆肥设施');
  });
});

/** A 自评表 retyped from a web page: each group written once, on its first row, with no merges left. */
const MERGES_LOST: SheetSpec = {
  name: 'Sheet1',
  rows: [
    ['项目支出绩效自评表（2023年度）'],
    ['项目名称', '公共法律服务'],
    ['主管部门', '某县司法局', _, '实施单位', '某县公共法律服务中心'],
    ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分'],
    ['产出指标', '数量指标', '法律援助案件', '≥200件', '215件', 20, 20],
    [_, _, '法律咨询人次', '≥1500人次', '1620人次', 10, 10],
    [_, '质量指标', '案件办结率', '≥95%', '96%', 20, 20],
    ['效益指标', _, '群众法律意识', '明显提升', '明显提升', 20, 18],
    [_, '可持续影响指标', '法律服务网络', '长期', '长期', 10, 10],
    ['满意度指标', '服务对象满意度指标', '受援人满意度', '≥95%', '97%', 20, 20],
  ],
};

describe('合并单元格丢了：分组只写在第一行', () => {
  const table = tableOf(MERGES_LOST);

  it('空着的一级、二级指标沿用上一行的', () => {
    expect(byName(table, '法律咨询人次').path).toEqual(['产出指标', '数量指标']);
    expect(byName(table, '案件办结率').path).toEqual(['产出指标', '质量指标']);
    expect(byName(table, '法律服务网络').path).toEqual(['效益指标', '可持续影响指标']);
  });

  it('新的一级指标下二级指标空着，不沿用上一组的二级指标', () => {
    expect(byName(table, '群众法律意识').path).toEqual(['效益指标']);
  });
});

describe('层级表头写作“一级 · 二级 · 三级（指标名称）”', () => {
  const table = tableOf({
    name: 'Sheet1',
    rows: [
      ['2023年度项目绩效自评表'],
      ['项目名称', '村级公益事业一事一议'],
      ['主管部门', '某县财政局', _, '实施单位', '某乡人民政府'],
      ['绩效指标', '一级', '二级', '三级（指标名称）', '目标值', '实际值', '分值', '得分'],
      [_, '产出', '数量', '新建村道', '≥3公里', '3.2公里', 40, 40],
      [_, '产出', '质量', '工程验收合格率', '100%', '100%', 20, 20],
      [_, '效益', '社会效益', '受益群众', '≥1500人', '1600人', 20, 20],
      [_, '满意度', '满意度', '群众满意度', '≥90%', '95%', 20, 20],
    ],
    merges: [area('A4:A8')],
  });

  it('认作财政表：名称取三级，路径为一级 › 二级', () => {
    expect(table.layoutClass).toBe('finance-form');
    expect(table.columns.name?.letter).toBe('D');
    expect(byName(table, '新建村道')).toMatchObject({ path: ['产出', '数量'], target: { value: 3, approx: 'atLeast' }, actual: { value: 3.2 }, weight: { value: 40 }, statedScore: { value: 40 } });
  });
});

describe('名称里写着目标：水质达标率≥95%，指标值一列只写 95', () => {
  const table = tableOf({
    name: 'Sheet1',
    rows: [
      ['2023年度项目支出绩效自评表'],
      ['项目名称', '农村饮水安全巩固提升'],
      ['主管部门', '某县水利局', _, '实施单位', '某县农村供水服务站'],
      ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分'],
      ['产出指标', '数量指标', '新建供水管网≥30公里', 30, 32, 30, 30],
      ['产出指标', '质量指标', '水质达标率≥95%', 95, 97, 20, 20],
      ['产出指标', '成本指标', '项目总成本≤500万元', 500, 480, 10, 10],
      ['产出指标', '时效指标', '工程完工率≥90%', 100, 100, 10, 10],
      ['满意度指标', '服务对象满意度指标', '群众满意度（%）', '≥90', '95', 20, 20],
      ['满意度指标', '服务对象满意度指标', '受益群众满意度（≥90%）', 90, 93, 10, 10],
    ],
  });

  it('两处数字相同：名称给出比较符与单位，名称照原文', () => {
    expect(byName(table, '新建供水管网≥30公里')).toMatchObject({ unit: '公里', target: { value: 30, approx: 'atLeast' }, actual: { value: 32 } });
    expect(byName(table, '水质达标率≥95%')).toMatchObject({ unit: '%', target: { value: 95, approx: 'atLeast' }, direction: 'higher' });
  });

  it('≤ 的上限是逆向指标', () => {
    expect(byName(table, '项目总成本≤500万元')).toMatchObject({ unit: '万元', target: { value: 500, approx: 'atMost' }, direction: 'lower' });
  });

  it('两处数字不同（≥90% 与 100）：不拿名称里的比较符与单位', () => {
    expect(byName(table, '工程完工率≥90%')).toMatchObject({ unit: null, target: { value: 100, approx: 'exact' } });
  });

  it('写在括号里也一样：受益群众满意度（≥90%）', () => {
    expect(byName(table, '受益群众满意度（≥90%）')).toMatchObject({ unit: '%', target: { value: 90, approx: 'atLeast' }, actual: { value: 93 } });
  });

  it('名称括号里的单位（%）也给文字写的 ≥90', () => {
    expect(byName(table, '群众满意度（%）')).toMatchObject({ unit: '%', target: { value: 90, approx: 'atLeast' } });
  });
});

describe('年度只从文字里找，不从金额的数字里找', () => {
  it('预算数 8200000 里的“2000”不是年度：表上没写年度就按默认并提示', () => {
    const recognition = recognize(
      workbookOf('绩效自评', [
        {
          name: 'Sheet1',
          rows: [
            ['部门整体支出绩效自评表'],
            ['预算执行情况（20分）', '预算数（A）', '执行数（B）', '执行率（B/A）', '得分（20分*执行率）'],
            ['部门整体支出总额', 8640000, 8200000, '94.91%', 18.98],
            ['年度绩效指标（80分）', '一级指标', '二级指标', '三级指标', '年度目标值（A）', '实际完成值（B）', '指标分值', '自评分'],
            [_, '产出指标', '数量指标', '开展安全巡查', '≥24次', '26次', 40, 40],
            [_, '满意度指标', '满意度指标', '群众满意度', '≥90%', '90%', 40, 40],
          ],
        },
      ]),
    );
    expect(recognition.table?.period.year).not.toBe(2000);
    expect(recognition.table?.period.source).toBe('default');
    expect(recognition.issues.some((i) => i.code === 'recognize-period-missing')).toBe(true);
  });
});

describe('单位名称与金额单位写在表头的一格里', () => {
  const table = tableOf({
    name: 'Sheet1',
    rows: [
      ['部门整体支出绩效自评表（2023年度）'],
      ['单位名称：某镇人民政府 填报日期：2024年3月5日', _, _, _, '金额单位：元'],
      ['预算执行情况（20分）', '预算数（A）', '执行数（B）', '执行率（B/A）', '得分（20分*执行率）'],
      ['部门整体支出总额', 8640000, 8200000, '94.91%', 18.98],
      ['年度绩效指标（80分）', '一级指标', '二级指标', '三级指标', '年度目标值（A）', '实际完成值（B）', '指标分值', '自评分'],
      [_, '产出指标', '数量指标', '开展安全巡查', '≥24次', '26次', 40, 40],
      [_, '满意度指标', '满意度指标', '群众满意度', '≥90%', '90%', 40, 40],
    ],
  });

  it('单位名称取到“填报日期”之前', () => {
    expect(table.unitName).toBe('某镇人民政府');
  });

  it('预算块的金额以元计', () => {
    const budget = table.indicators.find((i) => i.name.value === '预算执行率');
    expect(budget).toMatchObject({ unit: '元', target: { value: 8640000 }, actual: { value: 8200000 } });
  });

  it('单位自己另有“单位名称”一格（写全称）时，以那一格为准', () => {
    const named = tableOf({
      name: 'Sheet1',
      rows: [
        ['单位名称：某镇政府 填报日期：2021.5.18'],
        ['单位名称', '某镇人民政府'],
        ['预算执行情况（万元）（20分）', '预算数（A）', '执行数（B）', '执行率（B/A）', '得分（20分*执行率）'],
        ['部门整体支出总额', 864.2, 864.2, '100%', 20],
        ['年度绩效指标', '一级指标', '二级指标', '三级指标', '年初目标值（A）', '实际完成值（B）', '得分'],
        [_, '产出指标', '数量指标', '办结信访案件', '168起', '168起', 40],
        [_, '满意度指标', '满意度指标', '群众满意度', '≥90%', '95%', 40],
      ],
    });
    expect(named.unitName).toBe('某镇人民政府');
  });
});

describe('完成率一列与“总得分”行', () => {
  const table = tableOf({
    name: 'Sheet1',
    rows: [
      ['2023年度项目支出绩效自评表'],
      ['项目名称', '农村客运补贴'],
      ['主管部门', '某县交通运输局', _, '实施单位', '某县道路运输服务中心'],
      ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '完成率', '分值', '得分', '偏差原因分析', '改进措施'],
      ['产出指标', '数量指标', '补贴客运车辆', '≥60辆', '58辆', '96.7%', 30, 29, '2辆报废', '加快更新'],
      ['产出指标', '质量指标', '补贴发放准确率', '100%', '100%', '100%', 30, 30, _, _],
      ['满意度指标', '满意度指标', '群众满意度', '≥90%', '92%', '102%', 40, 40, _, _],
      ['总得分', _, _, _, _, _, 100, 99, _, _],
    ],
    merges: [area('A8:F8')],
  });

  it('单位自己算的完成率原样保留为写明的完成率', () => {
    expect(table.columns.completionRate?.letter).toBe('F');
    expect(byName(table, '补贴客运车辆').statedCompletion?.value).toBeCloseTo(0.967);
  });

  it('“总得分”行是总分行：分值之和 100，总得分 99，不当作没有名称的指标行', () => {
    expect(table.statedWeightTotal?.value).toBe(100);
    expect(table.statedScoreTotal?.value).toBe(99);
    expect(table.indicators.map((i) => i.row)).toEqual([5, 6, 7]);
  });
});

describe('总分行带着满分：总分（100分）', () => {
  it('仍是总分行，得分列的 96 是总得分', () => {
    const table = tableOf({
      name: 'Sheet1',
      rows: [
        ['2023年度项目支出绩效自评表'],
        ['项目名称', '农村客运补贴'],
        ['主管部门', '某县交通运输局', _, '实施单位', '某县道路运输服务中心'],
        ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '得分'],
        ['产出指标', '数量指标', '补贴客运车辆', '≥60辆', '58辆', 46],
        ['满意度指标', '满意度指标', '群众满意度', '≥90%', '92%', 50],
        ['总分（100分）', _, _, _, _, 96],
      ],
    });
    expect(table.statedScoreTotal?.value).toBe(96);
    expect(table.indicators).toHaveLength(2);
  });
});

describe('监控表的“偏差原因分析”“完成目标可能性”下分打勾的小格', () => {
  const table = tableOf({
    name: 'Sheet1',
    rows: [
      ['2024年部门项目绩效运行监控表'],
      ['项目名称', '农机购置补贴'],
      ['主管部门', '某县农业农村局', _, _, '实施单位', '某县农机中心'],
      ['一级指标', '二级指标', '三级指标', '年度指标值', '1-6月完成情况', '全年预计完成情况', '偏差原因分析', _, _, '完成目标可能性', _, _, '备注'],
      [_, _, _, _, _, _, '经费保障', '制度保障', '人员保障', '确定能', '有可能', '完全不可能', _],
      ['产出指标', '数量指标', '补贴机具台数', '≥500台', '230台', '520台', _, _, _, '√', _, _, _],
      ['满意度指标', '满意度指标', '农户满意度', '≥90%', '/', '92%', _, _, _, _, '√', _, _],
    ],
    merges: [area('G4:I4'), area('J4:L4')],
  });

  it('打勾的小格不是目标与完成值的小表头：目标、完成值照第一行表头读', () => {
    expect(table.columns).toMatchObject({ target: { letter: 'D' }, actual: { letter: 'E' } });
    expect(table.financeForm?.extraColumns?.likelihood?.letter).toBe('J');
    expect(byName(table, '补贴机具台数')).toMatchObject({ target: { value: 500, approx: 'atLeast' }, actual: { value: 230 } });
  });
});

describe('预算执行块换了说法', () => {
  const indicatorsBelow = [
    ['绩效指标', '一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分'],
    [_, '产出指标', '数量指标', '培训人次', '≥500人次', '520人次', 40, 40],
    [_, '满意度指标', '满意度指标', '学员满意度', '≥90%', '95%', 50, 50],
  ];
  const budgetOf = (head: (string | null)[], total: (string | number | null)[], part: (string | number | null)[] | null = null) =>
    tableOf({ name: 'Sheet1', rows: [['项目支出绩效自评表（2023年度）'], ['项目名称', '职业技能培训'], head, total, ...(part ? [part] : []), ...indicatorsBelow] }).financeForm?.budget;

  it('表头带单位括号：年初预算数（万元）· 全年预算数（万元）· 全年执行数（万元）· 执行率（%）', () => {
    const budget = budgetOf(['项目资金', _, '年初预算数（万元）', '全年预算数（万元）', '全年执行数（万元）', '分值', '执行率（%）', '得分'], [_, '年度资金总额', 50, 50, 47.5, 10, 95, 9.5]);
    expect(budget).toMatchObject({ initial: { value: 50 }, adjusted: { value: 50 }, executed: { value: 47.5 }, rate: { value: 0.95 }, weight: { value: 10 }, score: { value: 9.5 } });
  });

  it('预算安排数 · 实际支出数 · 预算执行率，分值写在块名里（10分）', () => {
    const budget = budgetOf(['预算执行情况（10分）', '预算安排数', '实际支出数', '预算执行率', '得分'], ['资金总额', 50, 47.5, '95%', 9.5]);
    expect(budget).toMatchObject({ adjusted: { value: 50 }, executed: { value: 47.5 }, rate: { value: 0.95 }, weight: { value: 10, derived: true }, score: { value: 9.5 } });
  });

  it('年初预算数 · 调整预算数 · 实际支出数 · 支出率，合计行与其中行', () => {
    const budget = budgetOf(['项目资金（万元）', '年初预算数', '调整预算数', '实际支出数', '支出率', '分值', '得分'], ['合计', 50, 52, 47.5, '91.35%', 10, 9.1], ['其中：财政资金', 50, 52, 47.5, '91.35%', _, _]);
    expect(budget).toMatchObject({ initial: { value: 50 }, adjusted: { value: 52 }, executed: { value: 47.5 }, weight: { value: 10 }, score: { value: 9.1 } });
  });

  it('只有预算数 · 执行数 · 得分（没有执行率、年初预算数）：块名说明是预算执行，照读执行数', () => {
    const budget = budgetOf(['预算执行情况（10分）', '预算数', '执行数', '得分'], ['年度资金总额', 50, 45, 9]);
    expect(budget).toMatchObject({ adjusted: { value: 50 }, executed: { value: 45 }, rate: null, weight: { value: 10 }, score: { value: 9 } });
  });

  it('“年度预算数（万元）”写在行名一列上方：不是金额列，金额取调整后预算数一列', () => {
    const budget = budgetOf(['预算执行情况（10分）', '年度预算数（万元）', '年初预算', '调整后预算数', '预算执行数', '预算执行率', '权重', '得分'], [_, '总额', 40, 42, 42, '100%', 10, 10]);
    expect(budget).toMatchObject({ initial: { value: 40 }, adjusted: { value: 42 }, executed: { value: 42 }, weight: { value: 10 } });
  });
});

describe('值的表头合并在几格上：比较符、数、单位各占一格', () => {
  it('“指标值”合并在 ≥ | 2300 上：数取第二格，比较符取第一格', () => {
    const table = tableOf({
      name: 'Sheet1',
      rows: [
        ['2024年项目支出绩效目标表'],
        ['项目名称', '残疾人两项补贴', _, '实施单位', '某县残疾人联合会'],
        ['资金总额', 80],
        ['一级指标', '二级指标', '三级指标', '指标值', _, '分值'],
        ['产出指标', '数量指标', '补贴发放人数', '≥', 2300, 30],
        ['产出指标', '成本指标', '人均补贴标准', '≤', 80, 20],
        ['满意度指标', '服务对象满意度指标', '受助对象满意度', '≥', '90%', 20],
      ],
      merges: [area('D4:E4')],
    });
    expect(table.columns.target?.letter).toBe('E');
    expect(table.financeForm?.extraColumns?.comparator?.letter).toBe('D');
    expect(byName(table, '补贴发放人数')).toMatchObject({ kind: 'quantitative', target: { value: 2300, approx: 'atLeast' } });
    expect(byName(table, '人均补贴标准')).toMatchObject({ target: { value: 80, approx: 'atMost' }, direction: 'lower' });
  });

  it('“年度指标值”“实际完成值”各合并在 数 | 单位 上：单位取后一格', () => {
    const recognition = recognize(
      workbookOf('绩效自评', [
        {
          name: 'Sheet1',
          rows: [
            ['2023年度项目支出绩效自评表'],
            ['项目名称', '残疾人两项补贴', _, '实施单位', '某县残疾人联合会'],
            ['一级指标', '二级指标', '三级指标', '年度指标值', _, '实际完成值', _, '分值', '得分'],
            ['产出指标', '数量指标', '补贴发放人数', 2300, '人', 2350, '人', 30, 30],
            ['产出指标', '成本指标', '人均补贴标准', 80, '元/月', 80, '元/月', 20, 20],
            ['效益指标', '社会效益指标', '残疾人生活', '明显改善', _, '明显改善', _, 30, 30],
            ['满意度指标', '服务对象满意度指标', '受助对象满意度', 90, '%', 95, '%', 20, 20],
          ],
          merges: [area('D3:E3'), area('F3:G3')],
        },
      ]),
    );
    const table = recognition.table;
    if (!table) throw new Error('no table');
    expect(table.columns).toMatchObject({ target: { letter: 'D' }, unit: { letter: 'E' }, actual: { letter: 'F' } });
    expect(byName(table, '补贴发放人数')).toMatchObject({ unit: '人', target: { value: 2300 }, actual: { value: 2350 } });
    expect(byName(table, '受助对象满意度')).toMatchObject({ unit: '%', target: { value: 90 }, actual: { value: 95 } });
    expect(byName(table, '残疾人生活')).toMatchObject({ kind: 'qualitative', targetText: { value: '明显改善' } });
    expect(recognition.issues.some((i) => i.code === 'recognize-unused-columns')).toBe(false);
  });

  it('合并表头下第二格写的是说明文字：不拆，仍按第一格读', () => {
    const table = tableOf({
      name: 'Sheet1',
      rows: [
        ['2024年项目支出绩效目标表'],
        ['项目名称', '残疾人两项补贴', _, '实施单位', '某县残疾人联合会'],
        ['资金总额', 80],
        ['一级指标', '二级指标', '三级指标', '指标值', _, '分值'],
        ['产出指标', '数量指标', '补贴发放人数', '≥2300人', '按民政部门核定的人数', 30],
        ['满意度指标', '服务对象满意度指标', '受助对象满意度', '≥90%', '抽样调查', 20],
      ],
      merges: [area('D4:E4')],
    });
    expect(table.columns.target?.letter).toBe('D');
    expect(byName(table, '补贴发放人数')).toMatchObject({ unit: '人', target: { value: 2300, approx: 'atLeast' } });
  });
});

describe('两个期间的值并排', () => {
  it('2024年指标值 · 2025年指标值：读最近一年的，表的年度也取自它', () => {
    const table = tableOf({
      name: 'Sheet1',
      rows: [
        ['项目支出绩效目标表'],
        ['项目名称', '乡村公路养护', _, '实施单位', '某县公路养护中心'],
        ['资金总额', 300],
        ['一级指标', '二级指标', '三级指标', '2024年指标值', '2025年指标值', '分值'],
        ['产出指标', '数量指标', '养护里程', '≥100公里', '≥120公里', 50],
        ['满意度指标', '满意度指标', '群众满意度', '≥85%', '≥90%', 50],
      ],
    });
    expect(table.columns.target?.letter).toBe('E');
    expect(table.period.year).toBe(2025);
    expect(byName(table, '养护里程').target).toMatchObject({ value: 120, approx: 'atLeast' });
  });

  it('上年实际完成值 · 本年实际完成值：完成值取本年的，上年的记作上年数；重复的表头行不是指标', () => {
    const table = tableOf({
      name: 'Sheet1',
      rows: [
        ['2023年度项目支出绩效自评表'],
        ['项目名称', '乡村公路养护', _, '实施单位', '某县公路养护中心'],
        ['一级指标', '二级指标', '三级指标', '年度指标值', '上年实际完成值', '本年实际完成值', '分值', '得分'],
        ['产出指标', '数量指标', '养护里程', '≥120公里', '110公里', '126公里', 50, 50],
        ['一级指标', '二级指标', '三级指标', '年度指标值', '上年实际完成值', '本年实际完成值', '分值', '得分'],
        ['满意度指标', '满意度指标', '群众满意度', '≥90%', '88%', '93%', 50, 50],
      ],
    });
    expect(table.columns).toMatchObject({ actual: { letter: 'F' }, lastYear: { letter: 'E' } });
    expect(byName(table, '养护里程')).toMatchObject({ actual: { value: 126 }, lastYear: { value: 110 } });
    expect(table.indicators.map((i) => i.name.value)).toEqual(['养护里程', '群众满意度']);
  });
});

describe('一级指标向下合并，二级指标只写在第一行', () => {
  const table = tableOf({
    name: 'Sheet1',
    rows: [
      ['项目支出绩效自评表（2023年度）'],
      ['项目名称', '公共法律服务'],
      ['主管部门', '某县司法局', _, '实施单位', '某县公共法律服务中心'],
      ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分'],
      ['产出指标', '数量指标', '法律援助案件', '≥200件', '215件', 20, 20],
      [_, _, '法律咨询人次', '≥1500人次', '1620人次', 20, 20],
      [_, '质量指标', '案件办结率', '≥95%', '96%', 20, 20],
      ['满意度指标', '服务对象满意度指标', '受援人满意度', '≥95%', '97%', 40, 40],
    ],
    merges: [area('A5:A7')],
  });

  it('合并的一级指标每行都显示同一组：二级指标空着仍沿用上一行', () => {
    expect(byName(table, '法律咨询人次').path).toEqual(['产出指标', '数量指标']);
    expect(byName(table, '案件办结率').path).toEqual(['产出指标', '质量指标']);
  });
});

describe('分值写在名称后的括号里：评价得分表', () => {
  const table = tableOf({
    name: 'Sheet1',
    rows: [
      ['2023年度部门整体支出绩效评价得分表'],
      ['部门名称', '某县供销合作社联合社'],
      ['一级指标', '二级指标', '三级指标', '得分'],
      ['部门决策（25分）', '目标任务（15分）', '相关性（5分）', 5],
      [_, _, '明确性（5分）', 4],
      ['部门管理（30分）', '预算执行（10分）', '年度考核得分（90分）', 95],
    ],
    merges: [area('A4:A5'), area('B4:B5')],
  });

  it('没有分值列、得分不超过括号里的分数：括号里的是分值（推算），名称照原文', () => {
    expect(byName(table, '相关性（5分）')).toMatchObject({ weight: { value: 5, derived: true }, statedScore: { value: 5 } });
    expect(byName(table, '明确性（5分）')).toMatchObject({ weight: { value: 5 }, statedScore: { value: 4 }, path: ['部门决策（25分）', '目标任务（15分）'] });
  });

  it('得分超过括号里的分数：括号里的不是分值', () => {
    expect(byName(table, '年度考核得分（90分）').weight).toBeNull();
  });
});

describe('没有标题的申报表', () => {
  it('只有目标列、没有完成值与得分列：是目标表', () => {
    const table = tableOf({
      name: 'Sheet1',
      rows: [
        ['项目名称', '老年人助餐服务', _, '项目负责人', '张三'],
        ['主管部门', '某县民政局', _, '实施单位', '某县养老服务指导中心'],
        ['项目资金（万元）', '年度资金总额', 60],
        ['年度绩效目标', '为全县65岁以上老人提供助餐服务'],
        ['绩效指标', '一级指标', '二级指标', '三级指标', '指标值'],
        [_, '产出指标', '数量指标', '助餐服务人次', '≥3万人次'],
        [_, '满意度指标', '服务对象满意度指标', '老年人满意度', '≥90%'],
      ],
      merges: [area('A5:A7')],
    });
    expect(table.layoutClass).toBe('finance-form');
    expect(table.financeForm?.kind).toBe('target');
    expect(byName(table, '助餐服务人次')).toMatchObject({ unit: '万人次', target: { value: 3, approx: 'atLeast' }, actual: null });
  });
});

describe('实际完成值写成百分数，而目标是别的单位', () => {
  const table = tableOf({
    name: 'Sheet1',
    rows: [
      ['2023年度项目支出绩效自评表'],
      ['项目名称', '乡村公路养护', _, '实施单位', '某县公路养护中心'],
      ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分'],
      ['产出指标', '数量指标', '养护里程', '≥120公里', '100%', 50, 50],
      ['满意度指标', '满意度指标', '群众满意度', '≥90%', '93%', 50, 50],
    ],
  });

  it('≥120公里 对 100%：是写明的完成程度，不是完成量；原文留作完成情况', () => {
    expect(byName(table, '养护里程')).toMatchObject({ kind: 'quantitative', unit: '公里', target: { value: 120 }, actual: null, statedCompletion: { value: 1 }, actualText: { value: '100%' } });
  });

  it('目标本身是百分数时，百分数仍是完成值', () => {
    expect(byName(table, '群众满意度')).toMatchObject({ actual: { value: 93 }, statedCompletion: null });
  });
});

describe('像财政表的目标任务分解表不当财政表读', () => {
  const rows = (extraHead: string, extra: string[]) => [
    ['2024年目标任务分解表'],
    ['填报单位：某县发展和改革局', _, _, '联系人：李四'],
    ['一级指标', '指标名称', '年度目标', '完成情况', extraHead],
    ['经济发展', '固定资产投资增长', '10%', '8.5%', extra[0]],
    ['经济发展', '新开工项目', '30个', '26个', extra[1]],
    ['民生保障', '城镇新增就业', '3000人', '2800人', extra[2]],
  ];

  it('有“责任单位”一列：按分解表读，不读作 finance-form', () => {
    const table = tableOf({ name: 'Sheet1', rows: rows('责任单位', ['投资科', '项目办', '就业局']) });
    expect(table.layoutClass).not.toBe('finance-form');
  });

  it('只有一级指标与指标名称、表上只有填报单位与联系人：不够当财政表', () => {
    const table = tableOf({ name: 'Sheet1', rows: rows('备注', ['', '', '']) });
    expect(table.layoutClass).not.toBe('finance-form');
  });

  it('同样的列再加上“分值”“得分”：是自评表', () => {
    const table = tableOf({
      name: 'Sheet1',
      rows: [
        ['填报单位', '某县林业局'],
        ['一级指标', '指标名称', '计划值', '实际值', '分值', '得分'],
        ['产出指标', '防火宣传场次', '≥20场', '22场', 50, 50],
        ['满意度指标', '群众满意度', '≥90%', '92%', 50, 50],
      ],
    });
    expect(table.layoutClass).toBe('finance-form');
    expect(byName(table, '防火宣传场次')).toMatchObject({ path: ['产出指标'], target: { value: 20, approx: 'atLeast' }, actual: { value: 22 }, weight: { value: 50 } });
  });
});

describe('“绩效指标”横在三级之上，值的表头在上一行', () => {
  it.each([true, false])('年度指标值 · 实际完成值 · 分值 · 得分写在上一行（向下合并：%s）：照样是这几列', (merged) => {
    const table = tableOf({
      name: 'Sheet1',
      rows: [
        ['2023年度项目支出绩效自评表'],
        ['项目名称', '农村客运补贴'],
        ['主管部门', '某县交通运输局', _, '实施单位', '某县道路运输服务中心'],
        ['绩效指标', _, _, '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施'],
        ['一级指标', '二级指标', '三级指标', _, _, _, _, _],
        ['产出指标', '数量指标', '补贴客运车辆', '≥60辆', '58辆', 50, 48, '2辆报废'],
        ['满意度指标', '满意度指标', '群众满意度', '≥90%', '92%', 50, 50, _],
      ],
      merges: merged ? [area('A4:C4'), area('D4:D5'), area('E4:E5'), area('F4:F5'), area('G4:G5'), area('H4:H5')] : [area('A4:C4')],
    });
    expect(table.layoutClass).toBe('finance-form');
    expect(table.headerRows).toEqual([4, 5]);
    expect(table.columns).toMatchObject({ name: { letter: 'C' }, target: { letter: 'D' }, actual: { letter: 'E' }, weight: { letter: 'F' }, progressText: { letter: 'H' } });
    expect(byName(table, '补贴客运车辆')).toMatchObject({ target: { value: 60, approx: 'atLeast' }, actual: { value: 58 }, statedScore: { value: 48 }, progressText: { value: '2辆报废' } });
  });
});

describe('模板里没填的值：≥XX%、××个', () => {
  const table = tableOf({
    name: 'Sheet1',
    rows: [
      ['2024年项目支出绩效目标表'],
      ['项目名称', '农村人居环境整治'],
      ['主管部门', '某县农业农村局', _, '实施单位', '某镇人民政府'],
      ['一级指标', '二级指标', '三级指标', '指标值', '分值'],
      ['产出指标', '数量指标', '整治村庄个数', '≥6个', 40],
      ['产出指标', '质量指标', '验收合格率', '≥XX%', _],
      ['产出指标', '时效指标', '完成时间', '××月', 20],
      ['满意度指标', '满意度指标', '群众满意度', '≥90%', 40],
    ],
  });

  it('只有空白记号、旁边也没填：是没用上的模板行，不是指标', () => {
    expect(table.indicators.map((i) => i.name.value)).not.toContain('验收合格率');
  });

  it('填了分值但值仍是空白记号：读作没有目标，不把“××月”当目标原文', () => {
    expect(byName(table, '完成时间')).toMatchObject({ target: null, targetText: null, weight: { value: 20 } });
  });
});

describe('没有预算块的监控表：期间取自完成值表头或标题', () => {
  const monitoring = (title: string, actualHead: string): IndicatorTable =>
    tableOf({
      name: 'Sheet1',
      rows: [
        [title],
        ['项目名称', '义务教育营养改善'],
        ['主管部门', '某县教育局', _, '实施单位', '某县学生资助管理中心'],
        ['一级指标', '二级指标', '三级指标', '年度指标值', actualHead, '完成目标可能性'],
        ['产出指标', '数量指标', '受益学生人数', '≥8000人', '8120人', '确定能'],
        ['满意度指标', '满意度指标', '家长满意度', '≥90%', '92%', '确定能'],
      ],
    });

  it('完成值表头写着 1-9月：期间为 1—9 月', () => {
    const table = monitoring('2024年项目支出绩效运行监控表', '1-9月实际完成值');
    expect(table.period).toMatchObject({ year: 2024, fromMonth: 1, toMonth: 9 });
  });

  it('标题写着上半年：期间为 1—6 月', () => {
    const table = monitoring('2024年上半年项目绩效运行监控表', '实际完成值');
    expect(table.period).toMatchObject({ year: 2024, fromMonth: 1, toMonth: 6 });
  });

  it('自评表的完成值表头写着月份也按全年（自评表报告整个预算年度）', () => {
    const table = monitoring('2024年度项目支出绩效自评表', '1-12月实际完成值');
    expect(table.period).toMatchObject({ fromMonth: 1, toMonth: 12 });
  });
});

describe('三级指标里编了号的分项：（一）之下的 1、2、，得分已算在大项里', () => {
  const form: SheetSpec = {
    name: 'Sheet1',
    rows: [
      ['2024年度项目支出绩效自评表'],
      ['项目名称', '农村饮水安全巩固提升'],
      ['主管部门', '某县水利局', _, '实施单位', '某县农村供水站'],
      ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因'],
      ['产出指标', '数量指标', '（一）管网改造', '≥30公里', '32公里', 20, 20, _],
      ['产出指标', '数量指标', '1、主管网', '≥10公里', '11公里', 10, 10, _],
      ['产出指标', '数量指标', '2、入户管网', '≥20公里', '21公里', 10, 10, _],
      ['产出指标', '数量指标', '（二）水质检测', '≥40次', '45次', 20, 20, _],
      ['产出指标', '质量指标', '水质达标率', '≥95%', '97%', 20, 20, _],
      ['满意度指标', '满意度指标', '受益群众满意度', '≥90%', '93%', 40, 38, _],
      ['合计', _, _, _, _, 100, 98, _],
    ],
  };

  it('分项的路径接在大项之下；大项与其后的无分项照旧', () => {
    const table = tableOf(form);
    expect(byName(table, '1、主管网').path).toEqual(['产出指标', '数量指标', '（一）管网改造']);
    expect(byName(table, '2、入户管网').path).toEqual(['产出指标', '数量指标', '（一）管网改造']);
    expect(byName(table, '（一）管网改造').path).toEqual(['产出指标', '数量指标']);
    expect(byName(table, '（二）水质检测').path).toEqual(['产出指标', '数量指标']);
    expect(byName(table, '水质达标率').path).toEqual(['产出指标', '质量指标']);
  });

  it('合计 98 只加大项的得分（20+20+20+38），不把分项再加一遍', () => {
    const snapshot = workbookOf('绩效自评', [form]);
    const table = recognize(snapshot).table;
    if (!table) throw new Error('no table');
    expect(validate(table, snapshot).map((issue) => issue.code)).not.toContain('score-total-mismatch');
  });
});

describe('只有一句话、没有指标值的三级指标：单位自己写的目标，不是没填的模板行', () => {
  const form: SheetSpec = {
    name: 'Sheet1',
    rows: [
      ['项目支出绩效目标申报表'],
      ['项目名称', '城区绿道建设'],
      ['一级指标', '二级指标', '三级指标', '指标值'],
      ['产出指标', '数量指标', '新建绿道(公里)', 12],
      ['产出指标', '质量指标', '……', _],
      ['效益指标', '生态效益指标', '改善城区人居环境，增加市民休憩空间。', _],
      ['效益指标', '社会效益指标', '质量', _],
    ],
  };

  it('句子读作没有数的指标；“……”“质量”这样的空行仍不读', () => {
    const names = tableOf(form).indicators.map((i) => i.name.value);
    expect(names).toContain('改善城区人居环境，增加市民休憩空间。');
    expect(names).not.toContain('……');
    expect(names).not.toContain('质量');
  });
});

describe('表上“单位名称：”一行写的是填表单位，先于主管部门', () => {
  it('“单位名称:某县植保站 填报日期:…”与“主管部门 | 某县农业农村局”：填表单位是植保站', () => {
    const table = tableOf({
      name: 'Sheet1',
      rows: [
        ['2023年度项目支出绩效自评表'],
        ['单位名称:某县植保站 填报日期:2024年2月1日'],
        ['项目名称', '农作物病虫害统防统治'],
        ['主管部门', '某县农业农村局'],
        ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分'],
        ['产出指标', '数量指标', '统防统治面积', '≥5万亩', '5.2万亩', 50, 50],
        ['满意度指标', '满意度指标', '农户满意度', '≥90%', '92%', 50, 50],
      ],
    });
    expect(table.unitName).toBe('某县植保站');
  });
});

describe('表题省了“表”字：首行“某某绩效目标”仍是表题，下面的“年度绩效目标”不是', () => {
  it('首行“项目支出绩效目标”是表题', () => {
    const table = tableOf({
      name: 'Sheet1',
      rows: [
        ['项目支出绩效目标'],
        ['项目名称', '乡村道路养护'],
        ['主管部门', '某县交通运输局'],
        ['年度绩效目标'],
        ['一级指标', '二级指标', '三级指标', '指标值'],
        ['产出指标', '数量指标', '养护里程', '≥120公里'],
        ['效益指标', '社会效益指标', '群众出行条件', '明显改善'],
      ],
    });
    expect(table.title).toBe('项目支出绩效目标');
  });
});

describe('“总分”写在最后一行的中间，紧挨着分值与得分', () => {
  it('“其他说明 | 无 | … | 总分 | 100 | 95”：读出单位自评的总分 95', () => {
    const table = tableOf({
      name: 'Sheet1',
      rows: [
        ['2023年度项目支出绩效自评表'],
        ['项目名称', '校园安全设施改造'],
        ['主管部门', '某县教育局'],
        ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分'],
        ['产出指标', '数量指标', '改造校舍', '≥12所', '12所', 50, 50],
        ['满意度指标', '满意度指标', '师生满意度', '≥90%', '88%', 50, 45],
        ['其他说明', '无', _, _, '总分', 100, 95],
      ],
    });
    expect(table.statedScoreTotal?.value).toBe(95);
    expect(table.indicators.map((i) => i.name.value)).not.toContain('总分');
  });
});

describe('“未达到指标值原因”一类写法也是偏差原因一栏', () => {
  it('“未达到目标值的原因”一栏读作说明（progressText）', () => {
    const table = tableOf({
      name: 'Sheet1',
      rows: [
        ['2019年度项目支出绩效目标表'],
        ['项目名称', '农村饮水安全巩固提升'],
        ['一级指标', '二级指标', '三级指标', '指标值', '实际完成值', '未达到目标值的原因'],
        ['产出指标', '数量指标', '新建供水站', '6个', '5个', '一处选址调整，延至次年'],
        ['产出指标', '质量指标', '水质达标率', '≥95%', '96%', _],
        ['效益指标', '社会效益指标', '受益人口', '1.2万人', '1.2万人', _],
      ],
    });
    expect(table.columns.progressText?.letter).toBe('F');
    expect(byName(table, '新建供水站')?.progressText?.value).toBe('一处选址调整，延至次年');
  });
});
