/**
 * The rows of the shipped sample 目标任务分解表: what 灌南县发展和改革委员会 would have kept for 2009,
 * in the order and wording of its 2009-07-01 half-year report (../shared/domain/2009H1-guannan-fgw-report.txt).
 * Every figure the report states is here as data; every value the report does not state carries an
 * `assumed` note, which the 说明 sheet lists.
 */

/** The columns of an indicator row whose value may be an assumption, named as the header names them. */
export type AssumedField = 'target' | 'periodTarget' | 'actual' | 'lastYear' | 'progressText';

export interface Assumption {
  readonly field: AssumedField;
  readonly reason: string;
}

export interface SectionLine {
  readonly kind: 'section';
  /** 1: 一、 · 2: （一） · 3: 1、 */
  readonly level: 1 | 2 | 3;
  readonly outline: string;
  readonly title: string;
}

export interface IndicatorLine {
  readonly kind: 'indicator';
  readonly outline: string;
  readonly name: string;
  readonly unit?: string;
  /** A number, a bound written as text (≤3, ≥2), or a target sentence for a qualitative item. */
  readonly target: number | string;
  readonly periodTarget?: number;
  /** A number, an honest approximation ("300余人") or a status (已完成 / 推进中). */
  readonly actual?: number | string;
  readonly lastYear?: number;
  readonly progressText: string;
  readonly department: string;
  readonly owner: string;
  readonly weight: number;
  /** YYYY-MM-DD */
  readonly deadline: string;
  readonly assumed?: readonly Assumption[];
}

export type SampleLine = SectionLine | IndicatorLine;

const YEAR_END = '2009-12-31';

function section(level: 1 | 2 | 3, outline: string, title: string): SectionLine {
  return { kind: 'section', level, outline, title };
}

function indicator(line: Omit<IndicatorLine, 'kind'>): IndicatorLine {
  return { kind: 'indicator', ...line };
}

/** People and sections are the sample's own invention, consistent across rows. */
const 计划科 = { department: '计划科', owner: '王海燕' };
const 综合科 = { department: '综合科', owner: '李　伟' };
const 投资科 = { department: '投资科', owner: '陈志刚' };
const 项目办 = { department: '项目办', owner: '刘洪波' };
const 挂钩办 = { department: '挂钩办', owner: '张建军' };
const 服务业办 = { department: '服务业办', owner: '吴国庆' };
const 农经科 = { department: '农经科', owner: '周立新' };
const 体改科 = { department: '体改科', owner: '孙　丽' };
const 机关党支部 = { department: '机关党支部', owner: '赵　明' };
const 办公室 = { department: '办公室', owner: '徐　静' };

const 勤政目标: SampleLine[] = [
  section(1, '一、', '勤政目标'),
  section(2, '（一）', '单位职能工作'),
  section(3, '1、', '计划管理'),
  indicator({
    outline: '（1）',
    name: '制定年度计划',
    target: '编制《2009年灌南县国民经济和社会发展计划》，提请县人大审议通过后印发执行',
    actual: '已完成',
    progressText:
      '年初针对金融危机对实体经济影响，全面分析宏观政策环境、周边地区发展态势及我县经济现实基础，提出《2009年灌南县国民经济和社会发展计划》，经县十二届人大二次会议审议通过，并印发全县执行。',
    ...计划科,
    weight: 2,
    deadline: '2009-03-31',
  }),
  indicator({
    outline: '（2）',
    name: '“十一五”规划中期评估',
    target: '依照《监督法》完成“十一五”规划中期评估，提交县人大常委会审议',
    actual: '已完成',
    progressText:
      '根据《中华人民共和国各级人民代表大会常务委员会监督法》的规定，对“十一五”规划进行中期评估，现已提交县十二届人大常委会第十次会议审议，为编制“十二五”规划奠定基础。',
    ...计划科,
    weight: 2,
    deadline: '2009-06-30',
  }),
  indicator({
    outline: '（3）',
    name: '呼应沿海开发，做好规划对接',
    target: '研读《江苏沿海地区发展规划》，寻找新的政策和发展空间，做好有序对接',
    actual: '推进中',
    progressText:
      '国务院第68次常委会议讨论并原则通过《江苏沿海地区发展规划》，沿海开发正式成为国家发展战略；目前正研读规划，寻找新的政策和发展空间，主动做好有序对接工作。',
    ...综合科,
    weight: 2,
    deadline: YEAR_END,
  }),
  indicator({
    outline: '（4）',
    name: '全社会固定资产投资（1—5月）',
    unit: '亿元',
    target: 90,
    periodTarget: 45,
    actual: 39.9,
    lastYear: 30.44,
    progressText:
      '1—5月份全县固定资产投资完成39.9亿元，增幅31.08%。按季度对固定资产投资和重点项目完成情况进行监测分析；新上固定资产投资50万元以上项目须经环保部门预审，污染严重项目严格实行环评和“三同时”制度。',
    ...投资科,
    weight: 4,
    deadline: YEAR_END,
    assumed: [
      { field: 'target', reason: '报告只说按市发改委下达的计划制定了全社会固定资产投资计划，未载数额；按1—5月完成39.9亿元、增幅31.08%推算全年约90亿元。' },
      { field: 'periodTarget', reason: '序时目标按全年目标的一半安排；统计数据滞后一个月，完成值为1—5月数。' },
      { field: 'lastYear', reason: '报告只给增幅31.08%；上年同期按39.9÷(1+31.08%)≈30.44亿元倒推。' },
    ],
  }),
  section(3, '2、', '项目建设'),
  indicator({
    outline: '（1）',
    name: '项目动态督查（督查项目数）',
    unit: '个',
    target: 200,
    periodTarget: 100,
    actual: 119,
    progressText: '实行项目动态督查管理和月度督查、季度通报制度，上半年共督查项目119个。',
    ...项目办,
    weight: 3,
    deadline: YEAR_END,
    assumed: [
      { field: 'target', reason: '报告未载全年督查任务数；按上半年119个、全年督查约200个项目设定。' },
      { field: 'periodTarget', reason: '序时目标按全年目标的一半安排。' },
    ],
  }),
  indicator({
    outline: '（2）',
    name: '重点管理扩大内需中央投资项目',
    unit: '个',
    target: 11,
    actual: 11,
    progressText:
      '重点管理扩大内需中央投资项目11个，其中已完成下达投资计划的项目3个，正在建设项目7个，还有1个项目下月内可开工建设。',
    ...投资科,
    weight: 2,
    deadline: YEAR_END,
    assumed: [{ field: 'target', reason: '报告未载目标；以纳入重点管理的11个中央投资项目全部开工建设为全年目标。' }],
  }),
  indicator({
    outline: '（3）',
    name: '新建过千万元投资项目档案',
    unit: '份',
    target: 150,
    periodTarget: 75,
    actual: 83,
    progressText:
      '加强项目调研，做好全县重点项目收集、筛选、包装、论证工作，置换老项目，充实新项目，新建过千万元投资项目档案83份。',
    ...项目办,
    weight: 2,
    deadline: YEAR_END,
    assumed: [
      { field: 'target', reason: '报告未载全年建档任务；按上半年83份设定全年150份。' },
      { field: 'periodTarget', reason: '序时目标按全年目标的一半安排。' },
    ],
  }),
  indicator({
    outline: '（4）',
    name: '项目库更新率',
    unit: '%',
    target: 40,
    actual: 45,
    progressText: '不断充实完善项目库，项目更新率达45%，为全县招商引资和向上争取资金提供基础性服务。',
    ...项目办,
    weight: 2,
    deadline: YEAR_END,
    assumed: [{ field: 'target', reason: '报告未载目标；项目库年度更新率按不低于40%设定。' }],
  }),
  indicator({
    outline: '（5）',
    name: '上报市级重大项目（过1亿元）',
    unit: '个',
    target: 30,
    actual: 36,
    progressText:
      '牵头组织全县市级、县级重大项目的确认、考核、上报和评比，积极帮项目单位做好前期工作；由我委牵头上报过1亿元以上市级重大项目36个，其中新开工12个，投产3个。',
    ...投资科,
    weight: 3,
    deadline: YEAR_END,
    assumed: [{ field: 'target', reason: '报告未载目标；按往年规模设定上报市级重大项目30个。' }],
  }),
  indicator({
    outline: '（6）',
    name: '确认县级重大项目',
    unit: '个',
    target: 100,
    actual: 119,
    progressText: '指导项目单位申报材料，确认县级重大项目119个。',
    ...投资科,
    weight: 3,
    deadline: YEAR_END,
    assumed: [{ field: 'target', reason: '报告未载目标；县级重大项目按100个设定。' }],
  }),
  section(3, '3、', '苏北发展及南北挂钩'),
  indicator({
    outline: '（1）',
    name: '苏北发展、南北挂钩市目标考核',
    target: '市目标考核争创全市第一',
    actual: '推进中',
    progressText: '苏北发展、南北挂钩工作是我委承担的市目标考核工作之一，已连续六年全市第一。',
    ...挂钩办,
    weight: 4,
    deadline: YEAR_END,
  }),
  indicator({
    outline: '（2）',
    name: '南北挂钩共建化工园区申报',
    target: '完成申报，争取年内获批',
    actual: '推进中',
    progressText: '在前两年申报效果不明显的情况下，向有关领导提出建议，积极组织申报，申报工作正在有序推进，有望今年批复。',
    ...挂钩办,
    weight: 2,
    deadline: YEAR_END,
  }),
  section(3, '4、', '服务业发展'),
  indicator({
    outline: '（1）',
    name: '服务业目标分解与考核',
    target: '年初按市县要求分解下达全年目标，制定具体考核细则',
    actual: '已完成',
    progressText: '年初按市县要求分解下达09年全年目标，制定具体考核细则。',
    ...服务业办,
    weight: 2,
    deadline: '2009-03-31',
  }),
  indicator({
    outline: '（2）',
    name: '服务业运行分析与重大项目推介',
    target: '按季度上报服务业运行情况分析，向省、市推介服务业重大项目，争取扶持资金',
    actual: '推进中',
    progressText: '及时向上汇报服务业运行情况分析，积极向省、市推介服务业重大项目，争取项目扶持资金。',
    ...服务业办,
    weight: 2,
    deadline: YEAR_END,
  }),
  section(2, '（二）', '关键绩效内容'),
  section(3, '1、', '优化工作流程'),
  indicator({
    outline: '（1）',
    name: '备案核准审批上报项目',
    unit: '个',
    target: 30,
    periodTarget: 15,
    actual: 18,
    progressText: '严格执行国家产业政策，简化审批环节，上半年共备案核准审批上报项目18个，其中县内13个。',
    ...投资科,
    weight: 2,
    deadline: YEAR_END,
    assumed: [
      { field: 'target', reason: '报告未载全年数；按上半年18个设定全年30个。' },
      { field: 'periodTarget', reason: '序时目标按全年目标的一半安排。' },
    ],
  }),
  indicator({
    outline: '（2）',
    name: '企业投资项目备案办结时限',
    unit: '天',
    target: '≤3',
    actual: 1,
    progressText: '遵照国务院《投资体制改革的决定》和省《企业投资项目备案暂行办法》，方便、快捷地服务基层和企业，由要求3天简化为1天。',
    ...投资科,
    weight: 2,
    deadline: YEAR_END,
    assumed: [{ field: 'target', reason: '报告只说“由要求3天简化为1天、要求15天简化为3天”，未说哪项审批；本表把3天一项记为备案时限。' }],
  }),
  indicator({
    outline: '（3）',
    name: '企业投资项目核准（审批）办结时限',
    unit: '天',
    target: '≤15',
    actual: 3,
    progressText: '遵照省《企业投资项目核准实施细则》，简化审批环节，由要求15天简化为3天。',
    ...投资科,
    weight: 2,
    deadline: YEAR_END,
    assumed: [{ field: 'target', reason: '同上，本表把15天一项记为核准（审批）时限。' }],
  }),
  section(3, '2、', '关键绩效指标'),
  indicator({
    outline: '（1）',
    name: '新增市级农业龙头企业',
    unit: '家',
    target: 2,
    actual: '待评审',
    progressText:
      '市级农业龙头企业认定评审工作将于下半年开展，目前正进行全县涉农企业调查摸底工作，力争09年度新增市级农业龙头企业2家；另有3家企业作为省级龙头企业候选名单已报省发改委。',
    ...农经科,
    weight: 3,
    deadline: YEAR_END,
  }),
  indicator({
    outline: '（2）',
    name: '完成企业改制',
    unit: '家',
    target: 3,
    actual: 2,
    progressText: '认真落实改制政策，共完成改制企业2家，较好地处理了改革与发展、改革与稳定的关系，实现和谐改制。',
    ...体改科,
    weight: 3,
    deadline: YEAR_END,
    assumed: [{ field: 'target', reason: '报告未载全年改制任务；按3家设定。' }],
  }),
  indicator({
    outline: '（3）',
    name: '改制企业置换职工身份',
    unit: '人',
    target: 300,
    actual: '300余人',
    progressText: '改制企业置换职工身份300余人，无一例越级上访事件。',
    ...体改科,
    weight: 2,
    deadline: YEAR_END,
    assumed: [{ field: 'target', reason: '报告未载目标；按改制企业在册职工约300人设定。' }],
  }),
  indicator({
    outline: '（4）',
    name: '向上争取无偿资金',
    unit: '万元',
    target: 3000,
    periodTarget: 1500,
    actual: 1746,
    lastYear: 1204,
    progressText: '积极拓宽争取渠道，包装项目，09年度已争取到无偿资金1746万元，比同期增长45%，还有1200万元无偿资金在下一阶段下达。',
    ...项目办,
    weight: 4,
    deadline: YEAR_END,
    assumed: [
      { field: 'target', reason: '报告未载全年目标；按已到位1746万元加待下达1200万元，设定全年3000万元。' },
      { field: 'periodTarget', reason: '序时目标按全年目标的一半安排。' },
      { field: 'lastYear', reason: '报告只给“比同期增长45%”；上年同期按1746÷1.45≈1204万元倒推（1746÷1204−1=45.0%）。' },
    ],
  }),
  indicator({
    outline: '（5）',
    name: '争取项目进入国家投资盘子',
    unit: '个',
    target: 12,
    actual: 10,
    progressText: '认真学习研究国家产业政策，吃透、把准投资方向，上半年已有10个项目进入国家盘子。',
    ...项目办,
    weight: 2,
    deadline: YEAR_END,
    assumed: [{ field: 'target', reason: '报告未载目标；按12个设定。' }],
  }),
  section(2, '（三）', '机关专项工作'),
  indicator({
    outline: '（1）',
    name: '党的建设',
    target: '加强机关思想作风建设和制度建设，严格执行民主集中制原则',
    actual: '推进中',
    progressText: '不断加强机关的思想作风建设和制度建设，狠抓理想信念教育，严格执行民主集中制原则，重大事项经委领导讨论决定。',
    ...机关党支部,
    weight: 2,
    deadline: YEAR_END,
  }),
  indicator({
    outline: '（2）',
    name: '纪检监察',
    target: '开展勤政廉政教育，全年无违纪',
    actual: '无违纪',
    progressText: '狠抓勤政廉政教育，始终把自己的言行置于党组织管理之中、纪律的约束和群众的监督之中。',
    ...机关党支部,
    weight: 2,
    deadline: YEAR_END,
  }),
  indicator({
    outline: '（3）',
    name: '精神文明建设',
    target: '树立发展、争先、廉洁自律和为民服务意识，争创文明机关',
    actual: '推进中',
    progressText: '牢固树立发展意识、争先意识、廉洁自律意识和为民服务意识，切实加强精神文明建设。',
    ...办公室,
    weight: 2,
    deadline: YEAR_END,
  }),
  indicator({
    outline: '（4）',
    name: '社会治安综合治理',
    target: '分级负责，责任到人，完成综治目标考核任务',
    actual: '推进中',
    progressText: '按照社会治安综合治理工作目标考核内容，做到分级负责，责任到人。',
    ...办公室,
    weight: 1,
    deadline: YEAR_END,
  }),
  indicator({
    outline: '（5）',
    name: '计划生育',
    target: '全年无违反计划生育现象',
    actual: '无违反计划生育现象',
    progressText: '按照计划生育工作目标考核内容，做到分级负责，责任到人，无违反计划生育现象。',
    ...办公室,
    weight: 2,
    deadline: YEAR_END,
  }),
  indicator({
    outline: '（6）',
    name: '依法行政',
    target: '依法办理项目备案、核准、审批，严格执行国家产业政策',
    actual: '推进中',
    progressText: '严格遵照国务院《投资体制改革的决定》和省有关规定办理项目备案、核准、审批，将执行国家产业政策与促进县域产业发展结合起来。',
    ...综合科,
    weight: 2,
    deadline: YEAR_END,
  }),
  indicator({
    outline: '（7）',
    name: '软环境建设',
    target: '简化审批环节，全方面服务企业与客商',
    actual: '推进中',
    progressText: '简化审批环节，方便、快捷地服务基层和企业，全方面服务企业与客商。',
    ...综合科,
    weight: 1,
    deadline: YEAR_END,
  }),
  indicator({
    outline: '（8）',
    name: '环境整治',
    target: '完成县下达的环境整治任务，环保目标纳入年度工作计划',
    actual: '推进中',
    progressText: '继续把环保目标纳入年度工作计划，新上50万元以上项目须经环保部门预审。',
    ...办公室,
    weight: 1,
    deadline: YEAR_END,
  }),
  indicator({
    outline: '（9）',
    name: '县委、县政府交办的其它工作',
    target: '按时完成县委、县政府交办的各项工作',
    actual: '超额完成',
    progressText: '超额完成县委、县政府交办的其它工作任务。',
    ...综合科,
    weight: 2,
    deadline: YEAR_END,
  }),
];

const 优政目标: SampleLine[] = [
  section(1, '二、', '优政目标'),
  section(2, '（一）', '超常影响'),
  indicator({
    outline: '（1）',
    name: '深入学习实践科学发展观活动',
    target: '活动取得明显成效，工作经验在市级以上媒体交流推广',
    actual: '推进中',
    progressText:
      '坚持统筹兼顾，紧密结合当前工作，两手抓两手硬，任务不减、标准不降、要求不变，自觉做到“四个特别注重”，学习实践活动成效明显，得到领导一致好评，其经验在人民网上发表交流。',
    ...机关党支部,
    weight: 3,
    deadline: '2009-08-31',
  }),
  section(2, '（二）', '超常成果'),
  indicator({
    outline: '（1）',
    name: '承担“三百”会战项目',
    unit: '项',
    target: 4,
    actual: 4,
    progressText: '全县“三百”会战中四项会战项目由我委承担，领导高度重视并确定责任人，会战项目顺利完成。',
    ...项目办,
    weight: 2,
    deadline: '2009-06-30',
  }),
  indicator({
    outline: '（2）',
    name: '向上争取资金比同期增长',
    unit: '%',
    target: 30,
    actual: 45,
    progressText: '09年已争取资金1746万元，向上争取资金比同期增长45%。',
    ...项目办,
    weight: 2,
    deadline: YEAR_END,
    assumed: [{ field: 'target', reason: '报告未载增幅目标；按比同期增长30%设定。' }],
  }),
  indicator({
    outline: '（3）',
    name: '单位内部绩效管理',
    target: '单位内部全面推行绩效管理制度',
    actual: '已完成',
    progressText: '单位内部积极开展绩效管理制度，使单位进入良性状态。',
    ...综合科,
    weight: 1,
    deadline: YEAR_END,
  }),
  indicator({
    outline: '（4）',
    name: '招商引资项目',
    target: '引进招商项目并开工建设',
    actual: '推进中',
    progressText: '招商项目国菌业有限公司在农业园区正在施工建设。',
    ...农经科,
    weight: 2,
    deadline: YEAR_END,
  }),
];

const 廉政目标: SampleLine[] = [
  section(1, '三、', '廉政目标'),
  section(2, '（一）', '组织领导与率先垂范'),
  indicator({
    outline: '（1）',
    name: '机构健全，专题部署',
    target: '有党风廉政建设机构，班子成员变动后及时调整充实；平时有检查，年终有考核方案',
    actual: '已完成',
    progressText: '有党风廉政建设机构，班子成员变动后能及时调整充实；主要领导亲自部署党风廉政建设，平时有检查，年终有考核方案。',
    ...机关党支部,
    weight: 2,
    deadline: YEAR_END,
  }),
  indicator({
    outline: '（2）',
    name: '班子研究党风廉政建设工作',
    unit: '次',
    target: '≥2',
    actual: 1,
    progressText: '班子年度研究党风廉政建设工作2次以上，上半年已专题研究1次，主要领导亲自部署。',
    ...机关党支部,
    weight: 2,
    deadline: YEAR_END,
    assumed: [{ field: 'actual', reason: '报告只载全年要求“2次以上”，未载上半年次数；按已研究1次填写。' }],
  }),
  indicator({
    outline: '（3）',
    name: '责任明确，奖惩落实',
    target: '主要领导任党风廉政建设领导小组组长，细化任务，组织检查、考核、奖惩',
    actual: '推进中',
    progressText: '领导班子责任明确，主要领导任党风廉政建设领导小组组长，布置细化党风廉政建设和反腐败工作任务，组织对落实责任制进行检查、考核、奖惩。',
    ...机关党支部,
    weight: 1,
    deadline: YEAR_END,
  }),
  indicator({
    outline: '（4）',
    name: '领导干部廉洁自律',
    target: '党政主要领导带头廉洁自律，无投诉；党员干部无违法违纪',
    actual: '无投诉、无违纪',
    progressText:
      '党政主要领导带头遵守领导干部廉洁自律有关规定，无投诉；落实领导干部个人重大事项申报制度；党员干部无违法违纪现象，自觉管好亲属子女和身边工作人员。',
    ...机关党支部,
    weight: 2,
    deadline: YEAR_END,
  }),
  section(2, '（二）', '落实党风廉政建设责任制'),
  indicator({
    outline: '（1）',
    name: '健全制度，严格执行',
    target: '制定年度党风廉政建设计划，建立健全相关制度，督促落实，整改到位',
    actual: '推进中',
    progressText: '制定年度党风廉政建设计划，建立健全相关制度，积极组织制度执行情况调研，督促落实，整改到位。',
    ...机关党支部,
    weight: 2,
    deadline: YEAR_END,
  }),
  indicator({
    outline: '（2）',
    name: '班子成员述绩述廉',
    unit: '次',
    target: 1,
    actual: '年底进行',
    progressText: '班子成员全年至少述绩述廉1次，按计划于年底进行。',
    ...机关党支部,
    weight: 2,
    deadline: YEAR_END,
    assumed: [{ field: 'actual', reason: '报告只载全年要求，未说上半年是否已述绩述廉；按惯例记为年底进行。' }],
  }),
  indicator({
    outline: '（3）',
    name: '召开民主生活会',
    unit: '次',
    target: 1,
    actual: '年底召开',
    progressText: '召开民主生活会1次并开展批评与自我批评；遵守重大事项、重大决策、重要人事调整集体研究报告制度，严格遵守政府采购和政府招投标制度。',
    ...机关党支部,
    weight: 2,
    deadline: YEAR_END,
    assumed: [{ field: 'actual', reason: '报告只载全年要求，未说上半年是否已召开；按惯例记为年底召开。' }],
  }),
  indicator({
    outline: '（4）',
    name: '信访稳定',
    target: '本单位无越级访、集体访和重访',
    actual: '无越级访、集体访和重访',
    progressText: '做好信访稳定工作，本单位无越级访、集体访和重访现象。',
    ...办公室,
    weight: 1,
    deadline: YEAR_END,
  }),
  indicator({
    outline: '（5）',
    name: '党风廉政主题教育、警示教育活动',
    unit: '次',
    target: '≥1',
    actual: 1,
    progressText: '全年开展党风廉政建设主题教育、警示教育活动不少于1次，积极开展廉政文化示范点创建工作。',
    ...机关党支部,
    weight: 2,
    deadline: YEAR_END,
    assumed: [{ field: 'actual', reason: '报告只载全年要求“不少于1次”，未载上半年次数；按已开展1次填写。' }],
  }),
  section(2, '（三）', '作风建设与专项治理'),
  indicator({
    outline: '（1）',
    name: '优化环境，提高效能',
    target: '建立优化投资发展软环境建设长效管理机制，及时查处投诉，强化执行力',
    actual: '推进中',
    progressText: '建立优化投资发展软环境建设长效管理机制，及时查处有关投诉，对当事人实行责任追究；加强机关作风建设，强化执行力，保证政令畅通。',
    ...综合科,
    weight: 2,
    deadline: YEAR_END,
  }),
  indicator({
    outline: '（2）',
    name: '落实专项治理',
    target: '专项治理有专人负责，做到有计划、有目标、有总结',
    actual: '推进中',
    progressText: '专项治理工作有专人负责，做到有计划、有目标、有总结；积极支持和配合执行执纪执法部门履行职责。',
    ...机关党支部,
    weight: 2,
    deadline: YEAR_END,
  }),
];

export const SAMPLE_LINES: readonly SampleLine[] = [...勤政目标, ...优政目标, ...廉政目标];
