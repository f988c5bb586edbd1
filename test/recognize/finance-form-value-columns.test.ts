import type { IndicatorTable } from '../../src/core/model';
import { recognize } from '../../src/core/recognize';
// The Node host supplies the traditional → simplified converter (OpenCC), as the CLI's reader does.
import '../../src/node/traditional-chinese';
import { area, type SheetSpec } from './build-snapshot';
import { byName, tableOfSheet } from './recognized-table';

/**
 * The value columns of finance forms as the provinces' templates word them: a 指标值类型 column of ≥ / 定性
 * beside the target, a target headed 预期达到目标, a unit typed with the amount, the template's 指标1 numbering,
 * the planned amount above the grid. Each sheet is built for its rule; none is a copy of a published table.
 */

const _ = null;

const tableOf = (spec: SheetSpec): IndicatorTable => tableOfSheet('绩效目标表', spec);

describe('“指标值类型”一列写 ≥ ≤ 定量 定性：是比较符，不是目标值', () => {
  const typed: SheetSpec = {
    name: 'Sheet1',
    rows: [
      ['2024年项目支出绩效目标表'],
      ['项目支出名称', '乡村道路养护专项'],
      ['一级指标', '二级指标', '三级指标', '指标值类型', '目标值', '度量单位', '指标值内容'],
      ['产出指标', '数量指标', '养护道路里程', '≥', 120, '公里', '反映养护道路里程。'],
      ['成本指标', '经济成本指标', '养护经费', '≤', 45, '万元', '反映养护经费。'],
      ['效益指标', '社会效益指标', '群众出行条件', '定性', '明显改善', _, '反映群众出行条件。'],
      ['满意度指标', '服务对象满意度指标', '沿线群众满意度', '定量', 90, '%', '反映群众满意程度。'],
    ],
  };

  it('目标值取“目标值”一列，≥ ≤ 给目标带上界限', () => {
    const table = tableOf(typed);
    expect(table.layoutClass).toBe('finance-form');
    expect(table.columns.target?.letter).toBe('E');
    expect(table.financeForm?.extraColumns).toMatchObject({ comparator: { letter: 'D' }, explanation: { letter: 'G' } });
    expect(byName(table, '养护道路里程')).toMatchObject({ kind: 'quantitative', unit: '公里', target: { value: 120, approx: 'atLeast' } });
    expect(byName(table, '养护经费')).toMatchObject({ unit: '万元', direction: 'lower', target: { value: 45, approx: 'atMost' } });
  });

  it('“定性”“定量”只说指标的类别：定性的目标是原话，定量的目标照数读，都不拼进目标文字', () => {
    const table = tableOf(typed);
    expect(byName(table, '群众出行条件')).toMatchObject({ kind: 'qualitative', target: null, targetText: { value: '明显改善' } });
    expect(byName(table, '沿线群众满意度')).toMatchObject({ kind: 'quantitative', unit: '%', target: { value: 90, approx: 'exact' }, targetText: null });
  });

  it('表头带星号（*指标值、*指标解释、*评(扣)分标准）照样认出各列', () => {
    const starred = tableOf({
      name: 'Sheet1',
      rows: [
        ['某中心2023年度整体绩效目标表'],
        ['部门(单位)名称', '某中心'],
        ['一级指标', '二级指标', '三级指标', '指标类型', '*指标值', '计量单位', '*指标解释', '*评(扣)分标准'],
        ['产出指标', '数量指标', '完成鉴定件数', '定量', 300, '件', '考察完成件数', '未达指标值酌情扣分'],
        ['产出指标', '时效指标', '办结时间', '定性', '按月办结', _, '考察办结时间', '未达指标值酌情扣分'],
      ],
    });
    expect(starred.columns.target?.letter).toBe('E');
    expect(starred.financeForm?.extraColumns).toMatchObject({ comparator: { letter: 'D' }, explanation: { letter: 'G' }, scoring: { letter: 'H' } });
    expect(byName(starred, '完成鉴定件数')).toMatchObject({ unit: '件', target: { value: 300 } });
    expect(byName(starred, '办结时间')).toMatchObject({ targetText: { value: '按月办结' } });
  });
});

describe('目标写在“预期达到目标”“预期目标”一列：仍是财政绩效表', () => {
  for (const head of ['预期达到目标', '预期目标']) {
    it(`表头“${head}”下的“2种”“100%”读作目标值与单位`, () => {
      const table = tableOf({
        name: 'Sheet1',
        rows: [
          ['部门整体支出绩效目标申报表'],
          ['部门(单位)名称', '某县农技推广站'],
          ['绩效目标', '一级指标', '二级指标', '三级指标', '指标解释', '指标说明及公式', head],
          [_, '产出指标', '数量指标', '推广新品种数量', '推广新品种数量', _, '2种'],
          [_, '产出指标', '质量指标', '技术服务到位率', '服务到位户数÷应服务户数', '到位率=到位户数/应服务户数', '100%'],
        ],
      });
      expect(table.layoutClass).toBe('finance-form');
      expect(table.columns.target?.letter).toBe('G');
      expect(table.financeForm?.extraColumns).toMatchObject({ explanation: { letter: 'E' }, formula: { letter: 'F' } });
      expect(byName(table, '推广新品种数量')).toMatchObject({ kind: 'quantitative', unit: '种', target: { value: 2, derived: true } });
      expect(byName(table, '技术服务到位率')).toMatchObject({ unit: '%', target: { value: 100 } });
    });
  }
});

describe('目标格里自带的单位与“计量单位”一列对不上：以格里写的为准', () => {
  it('“28.8万元”旁的计量单位写“%”：读作 28.8 万元', () => {
    const table = tableOf({
      name: 'Sheet1',
      rows: [
        ['某站2023年度整体绩效目标表'],
        ['部门(单位)名称', '某站'],
        ['一级指标', '二级指标', '三级指标', '指标值', '计量单位'],
        ['产出指标', '数量指标', '业务经费安排金额', '28.8万元', '%'],
        ['产出指标', '质量指标', '经费到位率', 100, '%'],
      ],
    });
    expect(byName(table, '业务经费安排金额')).toMatchObject({ kind: 'quantitative', unit: '万元', target: { value: 28.8 } });
    expect(byName(table, '经费到位率')).toMatchObject({ unit: '%', target: { value: 100 } });
  });

  it('能换算的（单元格写“亩”，单位一列写“万亩”）仍按单位一列换算', () => {
    const table = tableOf({
      name: 'Sheet1',
      rows: [
        ['2024年项目支出绩效目标表'],
        ['项目名称', '高标准农田建设'],
        ['一级指标', '二级指标', '三级指标', '指标值', '计量单位'],
        ['产出指标', '数量指标', '新建高标准农田面积', '5000亩', '万亩'],
      ],
    });
    expect(byName(table, '新建高标准农田面积')).toMatchObject({ unit: '万亩', target: { value: 0.5 } });
  });
});

describe('模板的“指标1”编号丢了冒号、偏差原因一栏只写 0：都不是单位写的话', () => {
  it('“指标1工程完工率”读作“工程完工率”，偏差原因“0”不当说明', () => {
    const table = tableOf({
      name: 'Sheet1',
      rows: [
        ['项目支出绩效自评表'],
        ['项目名称', '教学楼维修'],
        ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施'],
        ['产出指标', '质量指标', '指标1工程完工率', '100%', '100%', 20, 20, 0],
        ['产出指标', '时效指标', '指标2：项目完成及时率', '100%', '95%', 20, 18, '雨季停工半月'],
        ['效益指标', '社会效益指标', '指标1', _, _, _, _, _],
      ],
    });
    expect(byName(table, '工程完工率').progressText).toBeNull();
    expect(byName(table, '项目完成及时率').progressText).toMatchObject({ value: '雨季停工半月' });
    expect(table.indicators.map((i) => i.name.value)).not.toContain('指标1');
  });
});

describe('目标表只写计划金额：从表上方的金额标签读出预算', () => {
  const formWith = (label: string, amount: string | number): SheetSpec => ({
    name: 'Sheet1',
    rows: [
      ['2025年项目支出绩效目标表'],
      ['项目支出名称', '基层医疗设备购置'],
      [label, amount],
      ['一级指标', '二级指标', '三级指标', '目标值', '度量单位'],
      ['产出指标', '数量指标', '购置设备台数', 12, '台'],
    ],
  });

  it.each([
    ['年度本级预算金额', 70],
    ['部门预算', 35.5],
    ['本年度申请市财政预算资金(万元)', 919],
  ])('“%s”旁的 %s 是计划金额', (label, amount) => {
    expect(tableOf(formWith(label, amount)).financeForm?.budget).toMatchObject({ initial: { value: amount, derived: false } });
  });

  it('“854万(其中建设400万元,…)”：取打头的金额，标为推算', () => {
    const budget = tableOf(formWith('年度资金总额:', '854万(高标准农田建设400万元,示范建设295万元,畅通工程159万元)')).financeForm?.budget;
    expect(budget).toMatchObject({ initial: { value: 854, derived: true } });
  });

  it('“中期财政预算”不是本年度的计划金额', () => {
    expect(tableOf(formWith('中期市财政预算(万元)', 284500)).financeForm?.budget ?? null).toBeNull();
  });
});

describe('繁体字的表：填报单位照原文引用', () => {
  it('部門(單位)名稱写的单位名称不被改成简体', () => {
    const table = tableOf({
      name: 'Sheet1',
      rows: [
        ['某某區價格認證中心2023年度整體績效目標表'],
        ['部門(單位)名稱', '某某區價格認證中心'],
        ['一級指標', '二級指標', '三級指標', '指標值類型', '*指標值', '計量單位'],
        ['產出指標', '數量指標', '完成認證件數', '定量', 120, '件'],
      ],
    });
    expect(table.unitName).toBe('某某區價格認證中心');
    expect(byName(table, '完成認證件數')).toMatchObject({ unit: '件', target: { value: 120 } });
  });
});

describe('两行表头：实际完成值、分值、得分从上一行合并下来，年度指标值一栏横跨性质/指标值/单位', () => {
  it('各列照样认出，表头是两行', () => {
    const table = tableOf({
      name: 'Sheet1',
      merges: [area('A3:C3'), area('D3:F3'), area('G3:G4'), area('H3:H4'), area('I3:I4'), area('J3:J4')],
      rows: [
        ['2022年度项目支出绩效自评表'],
        ['项目名称', '农村公路安全生命防护工程'],
        ['绩效指标', _, _, '年度指标值', _, _, '实际完成值', '分值', '得分', '偏差原因分析及改进措施'],
        ['一级指标', '二级指标', '三级指标', '指标性质', '指标值', '度量单位'],
        ['产出指标', '数量指标', '安装护栏长度', '≥', 30, '公里', 32, 20, 20, _],
        ['产出指标', '质量指标', '工程验收合格率', '﹦', 100, '%', 98, 20, 18, '两处返工'],
      ],
    });
    expect(table.headerRows).toEqual([3, 4]);
    expect(table.columns).toMatchObject({ target: { letter: 'E' }, unit: { letter: 'F' }, actual: { letter: 'G' }, weight: { letter: 'H' }, progressText: { letter: 'J' } });
    expect(table.financeForm?.scoreColumn?.letter).toBe('I');
    expect(byName(table, '安装护栏长度')).toMatchObject({ target: { value: 30, approx: 'atLeast' }, actual: { value: 32 }, weight: { value: 20 } });
    expect(byName(table, '工程验收合格率')).toMatchObject({ target: { value: 100, approx: 'exact' }, actual: { value: 98 }, progressText: { value: '两处返工' } });
  });
});

describe('部门整体支出的预算块：总额行叫“部门整体支出总额”，分值写在标题里', () => {
  const form = (totalLabel: string, scoreHead: string): SheetSpec => ({
    name: 'Sheet1',
    rows: [
      ['2020年度部门整体支出绩效自评表'],
      ['单位名称', '某乡人民政府'],
      ['预算执行情况(万元) (20分)', '预算数(A)', '执行数(B)', '执行率(B/A)', scoreHead],
      [totalLabel, 500, 450, '90%', 18],
      ['年度绩效指标', '一级指标', '二级指标', '三级指标', '年初目标值(A)', '实际完成值(B)', '得分'],
      [_, '产出指标', '数量指标', '开展农技培训', '12场', '12场', 40],
      [_, '满意度指标', '群众满意度指标', '群众满意度', '≥90%', '93%', 40],
      ['总分', '98分'],
    ],
  });

  it.each([
    ['部门整体支出总额', '得分 (20分*执行率)'],
    ['项目支出总额', '得分'],
  ])('“%s”一行是预算执行率，分值 20 取自标题（推算）', (label, scoreHead) => {
    const table = tableOf(form(label, scoreHead));
    expect(table.financeForm?.budget).toMatchObject({ adjusted: { value: 500 }, executed: { value: 450 }, rate: { value: 0.9 }, weight: { value: 20, derived: true }, score: { value: 18 } });
    expect(table.statedScoreTotal).toMatchObject({ value: 98, derived: true });
  });

  it('“其中：财政拨款总额”不是总额行', () => {
    const rows = form('部门整体支出总额', '得分').rows.map((r) => [...r]);
    rows[3] = ['其中:财政拨款总额', 500, 450, '90%', 18];
    expect(tableOf({ name: 'Sheet1', rows }).financeForm?.budget?.adjusted ?? null).toBeNull();
  });
});

describe('中期与年度两组指标左右并排：年度汇报读右边一组', () => {
  it('名称、目标取右边一组；左边一组的二级、三级指标与指标值记作中期列', () => {
    const table = tableOf({
      name: 'Sheet1',
      merges: [area('B3:D3'), area('E3:G3'), area('B5:B6')],
      rows: [
        ['市财政项目支出绩效目标申报表'],
        ['项目名称', '城区排水管网改造', _, '中期财政预算(万元)', 1200, '本年度申请财政预算资金(万元)', 400],
        ['总体目标', '中期目标(2024年--2026年)', _, _, '年度目标'],
        ['绩效指标', '一级指标', '二级指标', '三级指标', '指标值', '二级指标', '三级指标', '年度指标值'],
        [_, '产出指标', '数量指标', '改造管网长度', '36公里', '数量指标', '改造管网长度', '12公里'],
        [_, _, '时效指标', '完工及时率', '≥90%', '时效指标(形象进度)', '完工及时率', '≥95%'],
      ],
    });
    expect(table.columns).toMatchObject({ category: { letter: 'B' }, name: { letter: 'G' }, target: { letter: 'H' } });
    expect(table.financeForm?.extraColumns).toMatchObject({ midTermSubcategory: { letter: 'C' }, midTermName: { letter: 'D' }, midTermTarget: { letter: 'E' } });
    expect(byName(table, '改造管网长度')).toMatchObject({ unit: '公里', target: { value: 12 }, path: ['产出指标', '数量指标'] });
    expect(byName(table, '完工及时率')).toMatchObject({ target: { value: 95, approx: 'atLeast' }, path: ['产出指标', '时效指标(形象进度)'] });
    expect(table.financeForm?.budget).toMatchObject({ initial: { value: 400 } });
  });
});

describe('部门预算的目标申报表：一张表里几个项目，项目名称一栏竖向合并在指标左边', () => {
  it('项目名称是每项指标路径的第一级，单位名称取自单位名称一栏（去掉预算编码）', () => {
    const table = tableOf({
      name: 'Sheet1',
      merges: [area('A4:A7'), area('B4:B5'), area('C4:C5'), area('B6:B7'), area('C6:C7')],
      rows: [
        ['部门预算项目绩效目标申报表(2024年度)'],
        ['金额单位:元'],
        ['单位名称', '项目名称', '预算数', '一级指标', '二级指标', '三级指标', '指标性质', '指标值', '度量单位', '权重'],
        ['301001-某县某乡人民政府', '农村环境整治经费', 500000, '产出指标', '数量指标', '清运垃圾量', '≥', 1200, '吨', 30],
        [_, _, _, '满意度指标', '服务对象满意度指标', '村民满意度', '≥', 90, '%', 20],
        [_, '村级公益事业补助', 300000, '产出指标', '数量指标', '补助村数', '=', 12, '个', 30],
        [_, _, _, '效益指标', '社会效益指标', '村容村貌改善', '≥', 90, '%', 20],
      ],
    });
    expect(table.columns.category?.letter).toBe('B');
    expect(table.unitName).toBe('某县某乡人民政府');
    expect(byName(table, '清运垃圾量').path).toEqual(['农村环境整治经费', '产出指标', '数量指标']);
    expect(byName(table, '村容村貌改善').path).toEqual(['村级公益事业补助', '效益指标', '社会效益指标']);
    expect(byName(table, '补助村数')).toMatchObject({ unit: '个', target: { value: 12, approx: 'exact' }, weight: { value: 30 } });
  });
});

describe('监控表的完成情况写“按进度执行，已使用约40%”：是进度，不是完成值', () => {
  it('进度读作约 40%，原话留作完成情况文字，目标仍按金额读', () => {
    const table = tableOf({
      name: 'Sheet1',
      rows: [
        ['2019年项目支出绩效运行监控表（1-6月）'],
        ['项目名称', '文物保护专项'],
        ['一级指标', '二级指标', '三级指标', '年度指标值', '1-6月执行情况', '完成目标可能性'],
        ['产出指标', '成本指标', '项目成本', '年度预算220万元', '按进度执行,已使用约40%', '确定能'],
        ['产出指标', '数量指标', '修缮文物点数', '6处', '3处', '确定能'],
      ],
    });
    expect(byName(table, '项目成本')).toMatchObject({
      kind: 'quantitative',
      unit: '万元',
      target: { value: 220 },
      actual: null,
      actualText: { value: '按进度执行,已使用约40%' },
      statedProgress: { value: 0.4, approx: 'about', derived: true },
    });
    expect(byName(table, '修缮文物点数').statedProgress ?? null).toBeNull();
  });
});

describe('“指标值说明”“指标说明”一列是对指标的解释', () => {
  it.each(['指标值说明', '指标说明'])('“%s”读作解释列', (head) => {
    const table = tableOf({
      name: 'Sheet1',
      rows: [
        ['2024年部门整体绩效目标表'],
        ['部门名称', '某县档案馆'],
        ['一级指标', '二级指标', '三级指标', '目标值', '度量单位', head],
        ['产出指标', '数量指标', '馆藏档案数字化', 12000, '卷', '按年度计划测算'],
        ['效益指标', '社会效益指标', '查档利用服务', '明显提升', null, '反映服务水平'],
      ],
    });
    expect(table.financeForm?.extraColumns).toMatchObject({ explanation: { letter: 'F' } });
  });
});
