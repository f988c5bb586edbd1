import { readHeader } from '../../src/core/recognize/header-vocabulary';
import { LAYOUT_FIXTURES } from '../fixtures/layouts/specs';
import { recognize } from '../../src/core/recognize';
import { area, workbookOf } from './build-snapshot';
import { byName, tableOfSheet } from './recognized-table';

/**
 * Plan lists whose goals are written as statements beside the names (项目名称 | 实施内容 | 计划投资额 | 责任单位): the
 * statements are each row's target in words, and the bare figures beside them are what is planned — nothing is
 * reported yet. Made-up tables in other words than the published ones (洋县 2024 项目清单, 钟楼区 2021 分解表).
 */
describe('目标写在“内容”一栏的计划清单', () => {
  const title = ['某县2025年为民办实事项目清单', '', '', '', ''];
  const header = ['序号', '项目名称', '实施内容', '投资额(万元)', '责任单位'];
  const rows = [
    [1, '城区公共停车场新建项目', '在老城片区新建公共停车场2处，新增停车泊位300个，完善充电设施。', 800, '住建局'],
    [2, '乡镇敬老院提升改造项目', '对三所乡镇敬老院实施适老化改造，更新消防设施，改善入住环境。', 450, '民政局'],
    [3, '农村饮水安全巩固提升工程', '改造供水管网26公里，新建加压泵站3座，保障沿线群众饮水安全。', 1200, '水利局'],
    [4, '中小学校园食堂改造项目', '完成5所中小学食堂改造，配齐冷链与留样设备。', 300, '教育局'],
  ];

  it('项目名称较长时，几倍长的“实施内容”句子仍是目标（文字），不是名称', () => {
    const table = tableOfSheet('清单.xlsx', { name: 'Sheet1', rows: [title, header, ...rows], merges: [area('A1:E1')] });
    expect(table.columns.name?.letter).toBe('B');
    expect(table.columns.target?.letter).toBe('C');
    expect(byName(table, '城区公共停车场新建项目').targetText?.value).toBe('在老城片区新建公共停车场2处，新增停车泊位300个，完善充电设施。');
  });

  it('目标写在句子里时，没有名目的投资额不当作完成值：什么也还没报', () => {
    const table = tableOfSheet('清单.xlsx', { name: 'Sheet1', rows: [title, header, ...rows], merges: [area('A1:E1')] });
    expect(table.columns.actual).toBeUndefined();
    expect(table.indicators.every((i) => i.actual === null)).toBe(true);
  });

  it('不变：名称与“内容”一样长时（都是句子），“内容”不当作目标', () => {
    const sentences = rows.map(([id, , content, money, unit]) => [id, `${String(content).slice(0, 18)}。`, content, money, unit]);
    const table = tableOfSheet('清单.xlsx', { name: 'Sheet1', rows: [title, header, ...sentences], merges: [area('A1:E1')] });
    expect(table.columns.target?.letter).not.toBe('C');
  });

  it('只有一个项目跨两行（名称合并两行），其余一行一项：名称仍是项目名称，两行同名，“内容”是各自的目标', () => {
    const oneSpansTwo = [
      [1, '城区停车改善', '在老城片区新建公共停车场2处，新增停车泊位300个，完善充电设施。', 800, '住建局'],
      [2, '敬老院提升', '对三所乡镇敬老院实施适老化改造，更新消防设施，改善入住环境。', 450, '民政局'],
      [3, '饮水安全巩固', '改造供水管网26公里，新建加压泵站3座，保障沿线群众饮水安全。', 1200, '水利局'],
      ['', '', '完成水源地保护区划定，设立界标与警示牌。', 60, '生态环境分局'],
    ];
    const table = tableOfSheet('清单.xlsx', {
      name: 'Sheet1',
      rows: [title, ['序号', '项目名称', '主要内容', '投资额(万元)', '责任单位'], ...oneSpansTwo],
      merges: [area('A1:E1'), area('A5:A6'), area('B5:B6')],
    });
    expect(table.columns.name?.letter).toBe('B');
    expect(table.columns.target?.letter).toBe('C');
    expect(table.indicators.filter((i) => i.name.value === '饮水安全巩固').map((i) => i.targetText?.value)).toEqual([
      '改造供水管网26公里，新建加压泵站3座，保障沿线群众饮水安全。',
      '完成水源地保护区划定，设立界标与警示牌。',
    ]);
  });

  it('不变：左边是合并的大类（一格管几行）时，“内容”是各行的名称', () => {
    const grouped = [
      [1, '改善出行条件', '在老城片区新建公共停车场2处，新增停车泊位300个，完善充电设施。', 800, '住建局'],
      ['', '', '改造城区道路5条，同步完善排水管网与路灯。', 900, '住建局'],
      [2, '提升养老服务', '对三所乡镇敬老院实施适老化改造，更新消防设施，改善入住环境。', 450, '民政局'],
      ['', '', '新建社区老年食堂4个，为高龄老人提供助餐服务。', 200, '民政局'],
    ];
    const table = tableOfSheet('清单.xlsx', {
      name: 'Sheet1',
      rows: [title, header, ...grouped],
      merges: [area('A1:E1'), area('A3:A4'), area('B3:B4'), area('A5:A6'), area('B5:B6')],
    });
    expect(table.columns.target?.letter).not.toBe('C');
    expect(table.indicators.map((i) => i.name.value)).toContain('新建社区老年食堂4个，为高龄老人提供助餐服务。');
  });
});

describe('分值表带层级：考核内容写成段落也是分组的指标（multi-level），不是句子表', () => {
  it('类别合并、考核项目、目标要求（几个数的段落）、分值，什么也没报', () => {
    const table = tableOfSheet('2024年度村级目标考核表.xlsx', {
      name: 'Sheet1',
      rows: [
        ['2024年度村级目标考核表', '', '', ''],
        ['类别', '考核项目', '目标要求', '分值'],
        ['产业发展（20分）', '集体经济', '1.村集体经营性收入达到15万元(3分)。2.新培育合作社2家(2分)。', 5],
        ['', '招商引资', '引进项目2个，到位资金800万元，其中市外资金500万元。', 5],
        ['', '农业生产', '1.粮食播种面积稳定在3000亩(3分)。2.新建高标准农田500亩(2分)。', 10],
        ['社会事业（15分）', '民生保障', '1.新增就业30人(2分)。2.完成危房改造12户(3分)。', 5],
        ['', '平安建设', '1.全年无重大安全事故(5分)。2.化解矛盾纠纷20件以上(5分)。', 10],
      ],
      merges: [area('A1:D1'), area('A3:A5'), area('A6:A7')],
    });
    expect(table.columns.weight?.letter).toBe('D');
    expect(table.layoutClass).toBe('multi-level');
  });
});

describe('没有时限的量化目标清单：目标写在句子里（sentence）', () => {
  const goals = [
    ['序号', '目标任务', '牵头部门'],
    [1, '全县粮食总产稳定在45万吨以上', '农业农村局'],
    [2, '新增城镇就业岗位3200个', '人社局'],
    [3, '完成造林绿化1.2万亩', '林业局'],
    [4, '规上工业增加值增长8%左右', '工信局'],
    [5, '持续优化营商环境', '数据局'],
  ];

  it('多数行的目标带数、没有完成时限一栏：读作句子表', () => {
    expect(tableOfSheet('2025年目标任务分工.xlsx', { name: 'Sheet1', rows: goals }).layoutClass).toBe('sentence');
  });

  it('不变：每项有完成时限的任务台账仍是一行一个指标', () => {
    const ledger = goals.map((row, i) => [...row, i === 0 ? '完成时限' : '2025年12月底']);
    expect(tableOfSheet('2025年目标任务分工.xlsx', { name: 'Sheet1', rows: ledger }).layoutClass).toBe('breakdown');
  });

  it('不变：带数的只是少数行时仍是一行一个指标', () => {
    const few = goals.map((row, i) => (i >= 2 && i <= 4 ? [row[0], `推进第${'三四五'[i - 2]}项重点改革任务`, row[2]] : row));
    expect(tableOfSheet('2025年目标任务分工.xlsx', { name: 'Sheet1', rows: few }).layoutClass).toBe('breakdown');
  });
});

describe('目标一格里有几项任务、只有一项带数：这个数只量一部分，不是整项目标', () => {
  const header = ['序号', '工作任务', '年度目标', '牵头单位'];

  it('“新建2所幼儿园,完成城东小学扩建并投入使用”不读作目标2所：目标是文字，定性', () => {
    const table = tableOfSheet('2024年重点任务.xlsx', {
      name: 'Sheet1',
      rows: [
        header,
        [1, '学前教育扩容', '新建2所幼儿园,完成城东小学扩建并投入使用。', '教育局'],
        [2, '城乡供水', '新铺设供水管网35公里', '水务局'],
        [3, '全民健身', '更新健身器材50套', '体育中心'],
      ],
    });
    const school = byName(table, '学前教育扩容');
    expect(school.target).toBeNull();
    expect(school.kind).toBe('qualitative');
    expect(school.targetText?.value).toBe('新建2所幼儿园,完成城东小学扩建并投入使用。');
  });

  it('另一项任务只带日期（3月底前完成项目选址和方案设计）也是另一项任务：“新建停车泊位300个”不是整项目标', () => {
    const table = tableOfSheet('2024年重点任务.xlsx', {
      name: 'Sheet1',
      rows: [header, [1, '停车改善', '3月底前完成项目选址和方案设计,新建停车泊位300个', '住建局'], [2, '城乡供水', '新铺设供水管网35公里', '水务局']],
    });
    expect(byName(table, '停车改善').target).toBeNull();
    expect(byName(table, '城乡供水').target?.value).toBe(35);
  });

  it('带日期的一步（3月开工）也是另一项：“3月开工,年内完成主体结构12层以上”不读作目标12', () => {
    const table = tableOfSheet('2024年重点任务.xlsx', {
      name: 'Sheet1',
      rows: [header, [1, '保障性住房', '3月开工,年内完成主体结构12层以上', '住建局'], [2, '城乡供水', '新铺设供水管网35公里', '水务局']],
    });
    expect(byName(table, '保障性住房').target).toBeNull();
    expect(byName(table, '保障性住房').targetText?.value).toBe('3月开工,年内完成主体结构12层以上');
  });

  it('不变：一句一个数（新铺设供水管网35公里、固定资产投资6000万元左右）仍读出目标', () => {
    const table = tableOfSheet('2024年重点任务.xlsx', {
      name: 'Sheet1',
      rows: [header, [1, '城乡供水', '新铺设供水管网35公里', '水务局'], [2, '有效投资', '完成固定资产投资6000万元左右', '发改局']],
    });
    expect(byName(table, '城乡供水').target?.value).toBe(35);
    expect(byName(table, '有效投资').target?.value).toBe(6000);
  });
});

describe('按乡镇分的任务清单：每个乡镇一句任务，不是“地区×指标”交叉表', () => {
  const head = ['序号', '乡镇名单', '补助资金(万元)', '任务清单'];
  const title = ['2024年美丽乡村示范镇奖补资金分配表和任务清单', '', '', ''];

  it('每个乡镇一行、一笔资金、一句任务：一行一个指标，任务是目标（文字）', () => {
    const table = tableOfSheet('任务清单.xlsx', {
      name: 'Sheet1',
      rows: [
        title,
        head,
        [1, '城关镇', 80, '用于集镇环境整治,完成主街立面改造与雨污分流改造'],
        [2, '河口乡', 60, '用于村庄绿化亮化,新建村级游园两处并完善照明设施'],
        ['合计', null, 140, null],
      ],
      merges: [area('A1:D1'), area('A5:B5')],
    });
    expect(table.layoutClass).not.toBe('cross-table');
    expect(table.columns.name?.letter).toBe('B');
    expect(byName(table, '河口乡').targetText?.value).toBe('用于村庄绿化亮化,新建村级游园两处并完善照明设施');
  });

  it('不变：地区×指标交叉表里个别地区在备注写了一句话，仍按交叉表读', () => {
    const [sheet] = LAYOUT_FIXTURES.find((f) => f.file.startsWith('地区指标交叉表-就业民生实事'))!.sheets;
    const rows = sheet.rows.map((row, i) => (i === 5 ? [...row.slice(0, 11), '受园区企业停产影响,转移就业人数较去年同期减少,正在组织专场招聘'] : row));
    expect(tableOfSheet('就业.xlsx', { ...sheet, rows }).layoutClass).toBe('cross-table');
  });
});

describe('没有名目的地名一栏（建设地点）：是在哪里做，不是进展', () => {
  const rows = [
    ['序号', '项目名称', '实施地点', '实施内容', '责任单位'],
    [1, '城区公共停车场新建项目', '城关镇', '在老城片区新建公共停车场2处，新增停车泊位300个，完善充电设施。', '住建局'],
    [2, '乡镇敬老院提升改造项目', '河口乡、石门镇', '对三所乡镇敬老院实施适老化改造，更新消防设施，改善入住环境。', '民政局'],
    [3, '农村饮水安全巩固提升工程', '相关乡镇（街道）', '改造供水管网26公里，新建加压泵站3座，保障沿线群众饮水安全。', '水利局'],
  ];

  it('计划清单里的地名一栏不读作完成情况：什么也还没报', () => {
    const table = tableOfSheet('清单.xlsx', { name: 'Sheet1', rows });
    expect(table.columns.progressText).toBeUndefined();
    expect(table.indicators.every((i) => i.progressText === null)).toBe(true);
  });

  it('不变：没有名目的一栏写的是进展的话，仍读作完成情况说明', () => {
    const told = rows.map((row, i) => (i === 0 ? [...row.slice(0, 2), '近况', ...row.slice(3)] : [...row.slice(0, 2), ['已完成选址和方案设计', '两所已完工验收', '管网铺设过半'][i - 1], ...row.slice(3)]));
    expect(tableOfSheet('清单.xlsx', { name: 'Sheet1', rows: told }).columns.progressText?.letter).toBe('C');
  });
});

describe('“措施”一栏：计划要做的（细化措施、工作举措）不是进展；纠偏的（偏差原因分析及改进措施）才是说明', () => {
  it('表头词：细化措施、具体举措不读作完成情况说明；改进措施、整改措施仍是', () => {
    for (const header of ['细化措施', '具体举措', '主要措施']) expect(readHeader([header]).guesses.map((g) => g.field)).not.toContain('progressText');
    for (const header of ['偏差原因分析及改进措施', '未完成原因及拟采取的改进措施', '主要措施及进展']) expect(readHeader([header]).guesses[0]?.field).toBe('progressText');
  });

  it('分解表“重点任务 | 细化措施 | 牵头单位”：措施是各任务的目标（文字），什么也还没报', () => {
    const table = tableOfSheet('任务分解表.xlsx', {
      name: 'Sheet1',
      rows: [
        ['序号', '重点任务', '细化措施', '牵头单位'],
        [1, '加强饮用水源保护', '开展水源地环境问题排查整治,规范设置保护区标志。到年底,县级水源地水质达标率保持100%。', '县生态环境分局'],
        [2, '推进河道清淤疏浚', '完成主要河道清淤疏浚,建立河道日常保洁长效机制,落实专人巡查。', '县水利局'],
      ],
    });
    expect(table.columns.progressText).toBeUndefined();
    expect(table.columns.target?.letter).toBe('C');
    expect(table.indicators.every((i) => i.progressText === null && i.actual === null)).toBe(true);
    // The goal stated in a sentence of its own after the measures keeps its figure.
    expect(byName(table, '加强饮用水源保护').target?.value).toBe(100);
  });
});

describe('目标是提高几个百分点：不是要达到的水平', () => {
  it('“比重提高1.5个百分点”照录为目标文字，不读作目标值1.5；“增长12%”仍是目标增速', () => {
    const table = tableOfSheet('2025年目标分解.xlsx', {
      name: 'Sheet1',
      rows: [
        ['序号', '名称', '工作任务', '责任单位'],
        [1, '服务业', '服务业增加值占地区生产总值比重提高1.5个百分点', '发改委'],
        [2, '研发投入', '研发经费支出占比提高0.3个百分点', '科技局'],
        [3, '地区生产总值', '地区生产总值增长6%左右', '发改委'],
      ],
    });
    const services = byName(table, '服务业');
    expect(services.target).toBeNull();
    expect(services.unit).toBeNull();
    expect(services.targetText?.value).toBe('服务业增加值占地区生产总值比重提高1.5个百分点');
    expect(byName(table, '地区生产总值').targetGrowth?.value).toBeCloseTo(0.06, 10);
  });
});

describe('名称左边、表头写着“目标”的一栏短语：是分组，不是目标', () => {
  it('“工作目标 | 目标任务内容（句子）”：左边短语读作类别，句子是名称', () => {
    const table = tableOfSheet('落实情况.xlsx', {
      name: 'Sheet1',
      rows: [
        ['序号', '主要工作目标', '目标任务主要内容', '牵头单位', '上半年落实情况'],
        [21, '持续扩大有效投资', '谋划实施重点项目40个以上,全年完成固定资产投资增长8%。', '县发改委', '已开工重点项目23个。'],
        [57, '建设美丽宜居乡村', '新改建农村公路60公里,完成农村户厕改造1200户。', '县交通局', '已完成农村公路28公里。'],
        [96, '提升公共服务水平', '新建城区幼儿园2所,推进县医院新院区主体工程建设。', '县教育局', '幼儿园已完成主体工程。'],
      ],
    });
    expect(table.columns.category?.letter).toBe('B');
    expect(table.columns.name?.letter).toBe('C');
    expect(table.columns.target).toBeUndefined();
    expect(table.indicators[0].path).toEqual(['持续扩大有效投资']);
  });

  it('不变：名称右边的目标一栏仍是目标', () => {
    const table = tableOfSheet('落实情况.xlsx', {
      name: 'Sheet1',
      rows: [
        ['序号', '重点任务', '年度目标', '牵头单位'],
        [1, '谋划实施重点项目,扩大有效投资', '开工40个', '县发改委'],
        [2, '新改建农村公路,完善路网', '60公里', '县交通局'],
      ],
    });
    expect(table.columns.target?.letter).toBe('C');
  });
});

describe('计划表名称里唯一的比例就是目标', () => {
  const rows = [
    ['序号', '工作任务', '责任股室', '完成时限'],
    [1, '城乡集中式饮用水水源地水质达标率保持100%。', '水环境股', '12月底前'],
    [2, '新建社区文化活动中心3个。', '文化股', '10月底前'],
    [3, '规模以上工业增加值增长6%左右。', '经济股', '12月底前'],
    [4, '建成区绿地率达到38%,人均公园绿地面积达到12平方米。', '园林股', '12月底前'],
  ];

  it('“水质达标率保持100%”读作目标100%（推算，询问）；“新建3个”照旧读出', () => {
    const table = tableOfSheet('任务分解.xlsx', { name: 'Sheet1', rows });
    const water = byName(table, '城乡集中式饮用水水源地水质达标率保持100%。');
    expect(water.target?.value).toBe(100);
    expect(water.unit).toBe('%');
    expect(water.target?.derived).toBe(true);
    expect(byName(table, '新建社区文化活动中心3个。').target?.value).toBe(3);
  });

  it('不变：增速（增长6%左右）不是比例目标；一句两个数没有单一目标', () => {
    const table = tableOfSheet('任务分解.xlsx', { name: 'Sheet1', rows });
    expect(byName(table, '规模以上工业增加值增长6%左右。').target).toBeNull();
    expect(byName(table, '建成区绿地率达到38%,人均公园绿地面积达到12平方米。').target).toBeNull();
  });
});

describe('合并的项目一栏把几行任务归在一起，右边隔着责任单位才是每行一句的任务', () => {
  it('“项目 | 责任单位 | 建设内容 | 年度目标进度”：项目是类别，建设内容是名称', () => {
    const table = tableOfSheet('分解表.xlsx', {
      name: 'Sheet1',
      rows: [
        ['序号', '项目', '责任单位', '建设内容', '年度目标进度'],
        [1, '改善城区交通', '县住建局', '实施人民路、解放路提升改造工程,完善沿线排水与照明设施。', '3月开工,年内完工'],
        ['', '', '县交通局', '实施城东大桥危桥改造工程,同步建设桥头引道。', '6月开工'],
        [2, '提升防洪能力', '县水利局', '实施城西河道综合整治工程,新建护岸与亲水步道。', '年内完成主体'],
        ['', '', '县水利局', '实施排涝泵站更新改造,提升城区排涝能力。', '汛前完成'],
        ['', '', '城关镇', '实施老城区雨污管网改造,消除易涝点。', '年内完成'],
      ],
      merges: [area('A2:A3'), area('B2:B3'), area('A4:A6'), area('B4:B6')],
    });
    expect(table.columns.category?.letter).toBe('B');
    expect(table.columns.name?.letter).toBe('D');
    expect(table.indicators.map((i) => i.path[0])).toEqual(['改善城区交通', '改善城区交通', '提升防洪能力', '提升防洪能力', '提升防洪能力']);
  });

  it('不变：项目一栏每行一项（不合并）时仍是名称', () => {
    const table = tableOfSheet('分解表.xlsx', {
      name: 'Sheet1',
      rows: [
        ['序号', '项目', '责任单位', '建设内容', '年度目标进度'],
        [1, '人民路提升改造', '县住建局', '实施人民路提升改造工程,完善沿线排水与照明设施。', '3月开工,年内完工'],
        [2, '城西河道整治', '县水利局', '实施城西河道综合整治工程,新建护岸与亲水步道。', '年内完成主体'],
      ],
    });
    expect(table.columns.name?.letter).toBe('B');
  });
});

describe('“分别”后面的几个数：一物一数，不是这一行的单一目标', () => {
  it('“…用水量比2020年分别下降20%、22%以上”不读出目标22%', () => {
    const table = tableOfSheet('任务分解表.xlsx', {
      name: 'Sheet1',
      rows: [
        ['序号', '重点任务', '细化措施', '牵头单位'],
        [1, '严守用水效率红线', '健全用水效率评估体系,推进节水型社会建设。到2025年,全县万元生产总值用水量、万元工业增加值用水量比2020年分别下降20%、22%以上。', '县水利局'],
        [2, '严守用水总量红线', '实施用水总量和强度双控行动,防止不合理新增取水。到2025年,全县用水总量控制在1.2亿立方米以内。', '县水利局'],
      ],
    });
    const efficiency = byName(table, '严守用水效率红线');
    expect(efficiency.target).toBeNull();
    expect(efficiency.kind).toBe('qualitative');
    expect(byName(table, '严守用水总量红线').target?.value).toBe(1.2);
  });
});

describe('只有一行的表：几倍长的“内容”句子也是目标', () => {
  it('“项目名称 | 内容 | 牵头单位 | 进展情况”一行：内容是目标（文字），进展是说明', () => {
    const table = tableOfSheet('进展.xlsx', {
      name: 'Sheet1',
      rows: [
        ['项目名称', '内容', '牵头单位', '进展情况'],
        ['助残服务项目', '新建残疾人之家8家,为300户困难重度残疾人家庭实施无障碍改造。', '区残联', '已建成残疾人之家5家,完成改造210户。'],
      ],
    });
    expect(table.columns.target?.letter).toBe('B');
    expect(table.indicators[0].targetText?.value).toBe('新建残疾人之家8家,为300户困难重度残疾人家庭实施无障碍改造。');
  });
});

describe('年份哪里都没写，只在完成情况的日期里', () => {
  const rows = (second: string) => [
    ['序号', '重点工作', '牵头单位', '上半年落实情况'],
    [3, '推进医共体建设', '县卫健委', '2024年3月起全面推行县域医共体“一体化”管理,已完成人员统一调配。'],
    [8, '做好传染病防控', '县卫健委', second],
  ];

  it('完成情况里写的日期都在2024年：期间按2024年读', () => {
    const table = tableOfSheet('落实情况.xlsx', { name: 'Sheet1', rows: rows('已于2024年5月完成流感疫苗接种点设置。') });
    expect(table.period.year).toBe(2024);
  });

  it('不变：日期分属不同年份时看不出是哪一年，仍按本机年份并提示', () => {
    const recognition = recognize(workbookOf('落实情况.xlsx', [{ name: 'Sheet1', rows: rows('延续2023年11月以来的防控措施。') }]));
    expect(recognition.table?.period.yearAssumed).toBe(true);
    expect(recognition.issues.some((i) => i.code === 'recognize-year-missing')).toBe(true);
  });
});
