import type { CellValue } from '../../src/core/model';
import { columnCount } from '../../src/core/model';
import { RECOGNIZE_CODES, recognize } from '../../src/core/recognize';
import { profileColumn, type ColumnProfile } from '../../src/core/recognize/column-profile';
import { goalSentencesColumn } from '../../src/core/recognize/goal-names';
import { detectHeader } from '../../src/core/recognize/header-detect';
import { readHeader } from '../../src/core/recognize/header-vocabulary';
import { buildMergeIndex } from '../../src/core/recognize/merged-cells';
import { readTitleLines, titleNamesPlan } from '../../src/core/recognize/table-title';
import { area, sheetOf, workbookOf, type SheetSpec } from './build-snapshot';

/*
 * Issue 18: a sheet that is no table by its header words, yet has a column of names with figures or words beside
 * them, is read — tentatively, below any sheet that is a table by its header words, every role without strong
 * evidence asked about — instead of refused. Made-up tables in wordings none of the published tables use.
 */

function recognizeRows(rows: readonly (readonly CellValue[])[]) {
  return recognize(workbookOf('t.xlsx', [{ name: 'Sheet1', rows }]));
}

function read(rows: readonly (readonly CellValue[])[]) {
  const recognition = recognizeRows(rows);
  if (recognition.table === null) throw new Error(`no table was read: ${recognition.issues.map((i) => i.code).join(',')}`);
  return recognition;
}

const askedAbout = (r: ReturnType<typeof recognize>) => r.questions.flatMap((q) => (q.kind === 'column' ? [q.letter] : []));

describe('试读：有名称列、同行有数字或文字的表，读出并询问，不拒收', () => {
  it('“考核事项 | 评价口径”：名称列由表头认出，旁边一列文字；读出，名称也要确认，并说明是试读', () => {
    const r = read([
      ['考核事项', '评价口径'],
      ['窗口服务群众满意度', '以第三方测评结果为准，不低于上年水平'],
      ['政务公开栏目更新', '每月更新不少于两次，内容准确及时'],
      ['档案数字化', '年底前完成馆藏档案数字化扫描'],
    ]);
    expect(r.table?.columns.name?.letter).toBe('A');
    expect(r.table?.indicators.map((i) => i.name.value)).toEqual(['窗口服务群众满意度', '政务公开栏目更新', '档案数字化']);
    expect(r.unsure).toContain('name');
    expect(askedAbout(r)).toContain('A');
    expect(r.issues.map((i) => i.code)).toContain(RECOGNIZE_CODES.tentativeTable);
  });

  it('“项目 | 规模(万千瓦) | 较去年增减(%)”：不认识的数字列读作完成值并询问，增减读作增幅', () => {
    // 较去年增减 names a figure column by today's rule (上年同期 or 增幅): a table, whose unnamed figures are still asked about.
    const r = read([
      ['2025年全市可再生能源装机情况', null, null],
      ['项目', '规模(万千瓦)', '较去年增减(%)'],
      ['风电', 86.4, 12.5],
      ['光伏发电', 132.8, 40.2],
      ['生物质发电', 9.6, -3.1],
    ]);
    expect(r.table?.columns.actual?.letter).toBe('B');
    expect(r.table?.columns.growth?.letter).toBe('C');
    expect(r.unsure).toContain('actual');
    const wind = r.table?.indicators[0];
    expect(wind?.actual?.value).toBe(86.4);
    expect(wind?.unit).toBe('万千瓦');
    expect(wind?.statedGrowth?.value).toBeCloseTo(0.125);
  });

  it('按表头认出是表的工作表排在试读的前面：原来选中的表不变', () => {
    const tentative: SheetSpec = { name: '说明', rows: [
      ['事项名称', '口径'],
      ['单位GDP能耗', '按等价值计算'],
      ['城镇调查失业率', '按季度调查'],
    ] };
    const table: SheetSpec = { name: '分解表', rows: [
      ['指标名称', '全年目标', '完成值'],
      ['地区生产总值(亿元)', 320, 158],
      ['固定资产投资(亿元)', 210, 96],
    ] };
    const r = recognize(workbookOf('t.xlsx', [tentative, table]));
    expect(r.table?.sheet).toBe('分解表');
    expect(r.issues.map((i) => i.code)).not.toContain(RECOGNIZE_CODES.tentativeTable);
    expect(r.candidates.map((c) => c.sheet)).toEqual(['分解表']);
  });

  it('只有类别列的两行表头（产业分类 › 门类 | 行业）：最细的一级是名称，上一级进路径', () => {
    const r = recognize(workbookOf('t.xlsx', [{ name: 'Sheet1', merges: [area('A1:B1'), area('C1:C2'), area('D1:D2')], rows: [
      ['产业分类', null, '全年计划投资(万元)', '累计完成投资(万元)'],
      ['门类', '行业', null, null],
      ['第二产业', '装备制造', 52000, 23100],
      ['第二产业', '食品加工', 18000, 9600],
      ['第三产业', '现代物流', 26000, 14800],
    ] }]));
    expect(r.table?.headerRows).toEqual([1, 2]);
    expect(r.table?.columns.name?.letter).toBe('B');
    expect(r.table?.indicators.map((i) => i.path)).toEqual([['第二产业'], ['第二产业'], ['第三产业']]);
    expect(r.table?.indicators[0].actual?.value).toBe(23100);
    expect(r.unsure).toContain('name');
  });

  it('没有名称列的表照旧不读：通讯录（姓名 | 联系电话 | 办公室）', () => {
    const r = recognizeRows([
      ['姓名', '联系电话', '办公室'],
      ['赵文华', '0731-8562001', '三楼东'],
      ['钱志远', '0731-8562002', '三楼西'],
      ['孙晓燕', '0731-8562003', '四楼东'],
    ]);
    expect(r.table).toBeNull();
  });
});

describe('表头说不出是哪一项的数字列：按表头词和值定角色，并询问', () => {
  it('表头只有年份（2023 | 2024）：最近一年的一列作完成值，前一年的作上年同期，都要确认', () => {
    const r = read([
      ['主要指标', '计量单位', 2023, 2024],
      ['粮食总产量', '万吨', 41.2, 42.6],
      ['农村居民人均可支配收入', '元', 21350, 22870],
      ['森林覆盖率', '%', 61.2, 61.5],
    ]);
    expect(r.table?.headerRows).toEqual([1]);
    expect(r.table?.columns.actual?.letter).toBe('D');
    expect(r.table?.columns.lastYear?.letter).toBe('C');
    expect(r.unsure).toEqual(expect.arrayContaining(['name', 'actual', 'lastYear']));
    expect(r.table?.indicators[0].actual?.value).toBe(42.6);
    expect(r.table?.indicators[0].lastYear?.value).toBe(41.2);
  });

  it('表题只说预期目标、不说完成：不认识的数字列读作目标', () => {
    const r = read([
      ['2026年全镇主要预期目标分解表', null, null],
      ['考核指标', '计量单位', '数值'],
      ['新增市场主体', '户', 300],
      ['招商引资到位资金', '亿元', 5],
      ['新建高标准农田', '万亩', 1.2],
    ]);
    expect(r.table?.columns.target?.letter).toBe('C');
    expect(r.table?.columns.actual).toBeUndefined();
    expect(r.unsure).toContain('target');
  });

  it('表题是否只说计划：预期目标分解是，完成情况与统计数据不是', () => {
    expect(titleNamesPlan('2026年全镇主要预期目标分解表')).toBe(true);
    expect(titleNamesPlan('年度工作计划')).toBe(true);
    expect(titleNamesPlan('2026年目标任务完成情况')).toBe(false);
    expect(titleNamesPlan('2018年提质增效统计数据')).toBe(false);
    expect(titleNamesPlan(null)).toBe(false);
  });

  it('“2026年预期”“预期”是目标（与“计划”一样要确认）', () => {
    expect(readHeader(['2026年预期']).guesses[0]).toMatchObject({ field: 'target', confidence: 0.7 });
    expect(readHeader(['预期(亿元)']).guesses[0]?.field).toBe('target');
  });

  it('“质量标准”“工作标准”是目标，“考核标准”“评分标准”不是任何一项', () => {
    expect(readHeader(['质量标准']).guesses[0]?.field).toBe('target');
    expect(readHeader(['工作标准']).guesses[0]?.field).toBe('target');
    expect(readHeader(['考核标准']).guesses).toEqual([]);
    expect(readHeader(['评分标准']).guesses).toEqual([]);
  });

  it('“重点项目 | 质量标准”：名称旁的文字标准读作目标文字，并询问', () => {
    const r = read([
      ['重点项目', '质量标准'],
      ['城东污水处理厂提标改造', '出水水质达到一级A标准，年内完成主体工程'],
      ['中心小学教学楼', '通过竣工验收并投入使用'],
      ['乡村道路硬化', '完成20公里硬化，路面宽度不少于4.5米'],
    ]);
    expect(r.table?.columns.target?.letter).toBe('B');
    expect(r.unsure).toContain('target');
    expect(r.table?.indicators[1].targetText?.value).toBe('通过竣工验收并投入使用');
  });
});

describe('目标写成句子、没有名称列：那一列目标就是名称（文字表述表）', () => {
  const goals = [
    ['编号', '年度目标任务', '牵头单位', '工作推进情况'],
    [1, '一般公共预算收入增长6.5%左右', '县财政局', '一季度增长7.2%，完成序时进度。'],
    [2, '城镇新增就业不少于5000人', '县人社局', '已新增就业1380人。'],
    [3, '规上工业增加值增长8%以上', '县工信局', '一季度增长8.6%。'],
  ];

  it('读出：名称是目标那一列，版式为文字表述表，名称要确认', () => {
    const r = read(goals);
    expect(r.table?.columns.name?.letter).toBe('B');
    expect(r.table?.columns.target).toBeUndefined();
    expect(r.table?.columns.department?.letter).toBe('C');
    expect(r.table?.layoutClass).toBe('sentence');
    expect(r.unsure).toContain('name');
    expect(r.table?.indicators[0].targetGrowth?.value).toBeCloseTo(0.065);
  });

  it('另有一列长文字在责任单位左边时，说不准哪一列是名称：不把目标列当名称', () => {
    const rows = [
      ['编号', '年度目标任务', '具体举措', '牵头单位'],
      [1, '一般公共预算收入增长6.5%左右', '加强税源培育，做好重点税源监控', '县财政局'],
      [2, '城镇新增就业不少于5000人', '开展春风行动等招聘活动十场以上', '县人社局'],
    ];
    const sheet = sheetOf({ name: 'Sheet1', rows });
    const band = detectHeader(sheet, buildMergeIndex(sheet));
    if (!band) throw new Error('no header');
    const profiles = new Map<number, ColumnProfile>();
    for (let col = 1; col <= columnCount(sheet); col++) profiles.set(col, profileColumn(sheet, col, band.dataStart));
    expect(goalSentencesColumn(band, profiles)).toBeNull();
  });
});

describe('短名称旁是任务句子：名称是短名，句子是目标', () => {
  it('“简称 | 名称 | 重点任务 | 牵头科室”：任务句子读作目标文字并询问，句中的增速是目标增速', () => {
    const r = read([
      ['2026年区政府工作任务分解表', null, null, null],
      ['序号', '名称', '重点任务', '牵头科室'],
      [1, '外贸', '货物进出口总额增长6%以上', '商务科'],
      [2, '消费', '社会消费品零售总额增长7%左右', '商务科'],
      [3, '农业', '新建高标准农田1.5万亩并通过验收', '农业科'],
    ]);
    expect(r.table?.columns.name?.letter).toBe('B');
    expect(r.table?.columns.target?.letter).toBe('C');
    expect(r.unsure).toContain('target');
    expect(r.table?.indicators.map((i) => i.name.value)).toEqual(['外贸', '消费', '农业']);
    expect(r.table?.indicators[1].targetGrowth?.value).toBeCloseTo(0.07);
    expect(r.table?.indicators[1].target).toBeNull();
  });

  it('“项目名称 | 项目内容”（内容是说明，不是任务）不改读', () => {
    const r = read([
      ['项目名称', '项目内容', '责任单位', '完成时限'],
      ['城西棚改', '改造老旧住房300户，配套建设社区服务用房', '区住建局', '12月底前'],
      ['东湖公园', '新建环湖步道5公里及配套绿化', '区城管局', '10月底前'],
    ]);
    expect(r.table?.columns.target?.letter).not.toBe('B');
  });

  it('表头写“名称”的一列全空：名称在旁边有字的那一列', () => {
    const r = read([
      ['序号', '名称', '目标任务内容', '责任单位'],
      [1, null, '城镇新增就业5000人以上。', '人社局'],
      [2, null, '新建改建农村公路80公里。', '交通局'],
    ]);
    expect(r.table?.columns.name?.letter).toBe('C');
  });
});

describe('目标是增速的那一行，进展句里的增速就是完成情况', () => {
  it('“增长8%左右”的目标旁，“全市税收收入120亿元，增长9.5%”读出完成值与增速', () => {
    const r = read([
      ['序号', '工作任务', '牵头部门', '上半年推进情况'],
      [1, '税收收入增长8%左右', '市税务局', '上半年全市税收收入120亿元,增长9.5%'],
      [2, '建成5G基站800个', '市工信局', '已建成520个'],
      [3, '完成老旧小区改造60个', '市住建局', '已开工52个,完工18个'],
    ]);
    const tax = r.table?.indicators[0];
    expect(tax?.targetGrowth?.value).toBeCloseTo(0.08);
    expect(tax?.actual?.value).toBe(120);
    expect(tax?.statedGrowth?.value).toBeCloseTo(0.095);
  });
});

describe('进度一栏写着完成数和完成率（完成330个,完成率101.54%）', () => {
  const rows = [
    ['序号', '民生工程', '完成率'],
    [1, '新增城镇公办幼儿园学位1200个', '完成960个,完成率80%'],
    [2, '改造农村户厕3000户', '完成3150户,完成比例105%'],
    [3, '建设村级养老服务站15个', '完成6个,完成率40%'],
  ];

  it('读出完成数与写明的完成率，并就这一列作完成值询问（--map actual=C）', () => {
    const r = read(rows);
    const first = r.table?.indicators[0];
    expect(first?.actual?.value).toBe(960);
    expect(first?.statedCompletion?.value).toBeCloseTo(0.8);
    expect(first?.progressText).toBeNull();
    expect(r.unsure).toContain('actual');
    const asked = r.questions.find((q) => q.kind === 'column' && q.read === 'actual');
    expect(asked?.kind === 'column' && asked.letter).toBe('C');
  });

  it('答了 --map actual=C 也读出同样的数', () => {
    const r = recognize(workbookOf('t.xlsx', [{ name: 'Sheet1', rows }]), { columnMap: { actual: 'C' } });
    expect(r.table?.indicators.map((i) => [i.actual?.value, i.statedCompletion?.value])).toEqual([[960, 0.8], [3150, 1.05], [6, 0.4]]);
  });
});

describe('表头里的“1-9月底”是时段', () => {
  it('“1-9月底累计完成产值(万元)”与“累计完成产值”同样是完成值，排在“1-9月底累计到位资金”前面', () => {
    expect(readHeader(['1-9月底累计完成产值(万元)']).span).toMatchObject({ fromMonth: 1, toMonth: 9 });
    const r = read([
      ['类别', '全年计划(万元)', '1-9月底累计到位资金(万元)', '1-9月底累计完成投资(万元)'],
      ['新开工项目', 52000, 31000, 30500],
      ['续建项目', 81000, 60200, 59800],
      ['前期项目', 12000, 3100, 2900],
    ]);
    expect(r.table?.columns.actual?.letter).toBe('D');
  });
});

describe('目标是增速，进展只写一句增速', () => {
  it('“同比增长4.1%。”读作完成增速；这句话只作进展情况，不再当作完成值的文字', () => {
    const r = read([
      ['序号', '目标任务', '牵头单位', '一季度进展'],
      [1, '规上工业增加值增长7%左右。', '县工信局', '规上工业增加值同比增长4.1%。'],
      [2, '城乡居民收入增长6.5%。', '县统计局', '全体居民人均可支配收入同比增长5.8%。'],
      [3, '新建5G基站300个。', '县工信局', '已建成120个。'],
    ]);
    const first = r.table?.indicators[0];
    expect(first?.targetGrowth?.value).toBeCloseTo(0.07);
    expect(first?.statedGrowth?.value).toBeCloseTo(0.041);
    expect(first?.actualText).toBeNull();
    expect(first?.progressText?.value).toBe('规上工业增加值同比增长4.1%。');
  });
});

describe('试读的表不挡住别的工作表上的专门版式', () => {
  it('一张试读的清单在前、一张按表头认不出的绩效自评表在后：仍读自评表', () => {
    const list: SheetSpec = { name: '清单', rows: [
      ['考核事项', '评价口径'],
      ['窗口服务群众满意度', '以第三方测评结果为准，不低于上年水平'],
      ['政务公开栏目更新', '每月更新不少于两次，内容准确及时'],
    ] };
    const form: SheetSpec = { name: '自评表', merges: [area('A8:A9')], rows: [
      ['项目支出绩效自评表(2025年度)', null, null, null, null, null, null, null, null, null, null],
      ['项目名称', '2025年社区图书室图书更新项目', null, null, null, null, null, null, null, null, null],
      ['主管部门', '某县文化馆', null, null, null, '实施单位', '某县文化馆', null, null, null, null],
      ['项目基本情况', '1.项目年度目标完成情况', '项目年度目标', null, null, null, '年度目标完成情况', null, null, null, null],
      [null, null, '为12个社区图书室更新图书。', null, null, null, '完成', null, null, null, null],
      ['预算执行情况(10分)', '年度预算数(万元)', '年初预算', '调整后预算数', '预算执行数', '预算执行率', '权重', '得分', '原因', null, null],
      [null, '总额', 5, 5, 4.8, '96.00%', 10, 9.6, null, null, null],
      ['绩效指标(90分)', '一级指标', '二级指标', '三级指标', '指标性质', '指标值', '度量单位', '完成值', '权重', '得分', '未完成原因分析'],
      [null, '产出指标', '数量指标', '更新图书册数', '≥', 6000, '册', 6200, 30, 30, null],
    ] };
    expect(recognize(workbookOf('t.xlsx', [list])).table?.sheet).toBe('清单');
    const both = recognize(workbookOf('t.xlsx', [list, form]));
    expect(both.table?.sheet).toBe('自评表');
    expect(both.table?.layoutClass).toBe('finance-form');
  });
});

describe('表头说不出是哪一项的百分数列', () => {
  it('没有目标列时读作增幅（总量(万吨) | 变动(%)），并询问', () => {
    const r = read([
      ['产品', '总量(万吨)', '变动(%)'],
      ['原煤', 1520.4, -3.2],
      ['水泥', 860.1, 4.5],
      ['粗钢', 410.7, 1.8],
    ]);
    expect(r.table?.columns.actual?.letter).toBe('B');
    expect(r.table?.columns.growth?.letter).toBe('C');
    expect(r.unsure).toEqual(expect.arrayContaining(['actual', 'growth']));
    expect(r.table?.indicators[0].statedGrowth?.value).toBeCloseTo(-0.032);
  });

  it('有目标列时读作完成率', () => {
    const r = read([
      ['指标名称', '全年目标', '完成值', '比值(%)'],
      ['新增就业(人)', 5000, 3100, 62],
      ['技能培训(人次)', 8000, 5600, 70],
      ['创业担保贷款(万元)', 3000, 2400, 80],
    ]);
    expect(r.table?.columns.completionRate?.letter).toBe('D');
    expect(r.unsure).toContain('completionRate');
  });
});

describe('表题取表自己的题目', () => {
  it('发布标题在上、“表2:”与表自己的题目在下：取离表头最近、写明是表的那一行', () => {
    const lines = readTitleLines(sheetOf({ name: 'Sheet1', rows: [
      ['2025年1-9月全市重点项目建设情况通报', null, null],
      ['表2:', null, null],
      ['2025年1-9月重点项目分领域完成情况表', null, null],
      ['领域', '年度计划(万元)', '累计完成(万元)'],
    ] }), 4, 3);
    expect(lines.title).toBe('2025年1-9月重点项目分领域完成情况表');
  });

  it('带编号、写明是表的一行也是表题（二、重点工作任务分解表）', () => {
    const lines = readTitleLines(sheetOf({ name: 'Sheet1', rows: [
      ['二、重点工作任务分解表', null, null],
      ['序号', '工作任务', '责任单位'],
    ] }), 2, 3);
    expect(lines.title).toBe('二、重点工作任务分解表');
  });

  it('“表1:上半年主要指标完成情况”比它上面的发布标题更是表题', () => {
    const lines = readTitleLines(sheetOf({ name: 'Sheet1', rows: [
      ['某区2025年上半年国民经济和社会发展计划执行情况', null, null],
      ['表1:上半年主要指标完成情况', null, null],
      ['指标名称', '年度目标', '完成情况'],
    ] }), 3, 3);
    expect(lines.title).toBe('表1:上半年主要指标完成情况');
  });
});

describe('一列数的统计小表：表上写明计量单位或时期的，不是清单', () => {
  it('“品种 | 出栏量”上有“单位：头”和“2023年”：读出，数读作完成值并询问，单位取表上一行', () => {
    const r = read([
      ['2023年全镇畜禽出栏情况', null],
      ['单位：头', null],
      ['品种', '出栏量'],
      ['生猪', 52310],
      ['肉牛', 1820],
      ['山羊', 9405],
    ]);
    expect(r.table?.columns.name?.letter).toBe('A');
    expect(r.table?.columns.actual?.letter).toBe('B');
    expect(r.unsure).toEqual(expect.arrayContaining(['name', 'actual']));
    expect(r.table?.indicators.map((i) => i.unit)).toEqual(['头', '头', '头']);
  });

  it('只写了时期（1—9月）的一列数也读出', () => {
    const r = read([
      ['1—9月各类案件受理数', null],
      ['类别', '件数'],
      ['民事', 812],
      ['行政', 64],
      ['执行', 530],
    ]);
    expect(r.table?.indicators).toHaveLength(3);
  });

  it('既无单位也无时期的一列数（器材 | 数量）仍不凭值当作统计表', () => {
    expect(recognizeRows([
      ['器材', '数量'],
      ['投影仪', 2],
      ['白板', 5],
      ['音箱', 4],
    ]).table).toBeNull();
  });

  it('“表2:X”下面又有一行“X”：表题取不带表号的那一行', () => {
    const sheet = sheetOf({ name: 'Sheet1', rows: [
      ['表2:2022年全县水产品产量', null],
      ['2022年全县水产品产量', null],
      ['单位：吨', null],
      ['品种', '产量'],
      ['鲢鱼', 300],
    ] });
    expect(readTitleLines(sheet, 4, columnCount(sheet)).title).toBe('2022年全县水产品产量');
  });
});

describe('栏目名在表题之上', () => {
  it('“粮食产量”下一行“2021年1-6月粮食产量”：表题取写全的那一行', () => {
    const sheet = sheetOf({ name: 'Sheet1', rows: [
      ['粮食产量', null],
      ['2021年1-6月粮食产量', null],
      ['品种', '产量'],
      ['稻谷', 300],
    ] });
    expect(readTitleLines(sheet, 3, columnCount(sheet)).title).toBe('2021年1-6月粮食产量');
  });
});
