/**
 * What the bench departments measure: county offices like the one in the 2009 灌南县发改委 report, each
 * with its own sections, people and indicators. The batch run draws a different department per workbook,
 * so the engine meets different names, units and magnitudes, not one table copied fifty times.
 */

/** A numeric indicator: how big its annual target is and how the office writes it. */
export interface QuantitativeTemplate {
  readonly name: string;
  readonly unit: string;
  readonly min: number;
  readonly max: number;
  /** Decimals the office keeps (亿元 with one or two, counts with none). */
  readonly decimals: number;
  /** lower: 逆向指标 (审批时限, 事故数 …), its target written as "≤N". */
  readonly direction: 'higher' | 'lower';
}

/** A qualitative indicator: judged by its description and status, not a number. */
export interface QualitativeTemplate {
  readonly name: string;
  readonly target: string;
}

export interface DepartmentProfile {
  readonly unitName: string;
  /** Section titles under 勤政目标 › 单位职能工作 (the 1、 level). */
  readonly themes: readonly string[];
  readonly offices: readonly { readonly department: string; readonly owner: string }[];
  readonly quantitative: readonly QuantitativeTemplate[];
  readonly qualitative: readonly QualitativeTemplate[];
}

function q(name: string, unit: string, min: number, max: number, decimals = 0, direction: 'higher' | 'lower' = 'higher'): QuantitativeTemplate {
  return { name, unit, min, max, decimals, direction };
}

function w(name: string, target: string): QualitativeTemplate {
  return { name, target };
}

/** The 机关专项工作 and 廉政目标 items every office carries, as in the 2009 report. */
export const COMMON_QUALITATIVE: readonly QualitativeTemplate[] = [
  w('党的建设', '加强机关思想作风建设和制度建设，严格执行民主集中制原则'),
  w('纪检监察', '开展勤政廉政教育，全年无违纪'),
  w('精神文明建设', '树立发展、争先、廉洁自律和为民服务意识，争创文明机关'),
  w('社会治安综合治理', '分级负责，责任到人，完成综治目标考核任务'),
  w('计划生育', '全年无违反计划生育现象'),
  w('依法行政', '严格执行行政许可法，规范行政执法行为'),
  w('软环境建设', '简化办事环节，全方面服务企业与群众'),
  w('信访稳定', '本单位无越级访、集体访和重访现象'),
  w('廉政文化建设', '全年开展主题教育、警示教育活动不少于1次'),
  w('领导干部廉洁自律', '落实领导干部个人重大事项申报制度，无投诉'),
  w('民主生活会', '班子成员全年至少述绩述廉1次，召开民主生活会1次'),
  w('政务公开', '按规定公开办事程序、收费标准和办理结果'),
];

export const COMMON_QUANTITATIVE: readonly QuantitativeTemplate[] = [
  q('办件按时办结率', '%', 95, 100, 0),
  q('群众来信来访办结', '件', 20, 120),
  q('信息调研文章上报', '篇', 20, 80),
  q('行政审批办结时限', '天', 3, 15, 0, 'lower'),
  q('安全生产事故', '起', 1, 3, 0, 'lower'),
];

export const DEPARTMENTS: readonly DepartmentProfile[] = [
  {
    unitName: '灌南县发展和改革委员会',
    themes: ['计划管理', '项目建设', '苏北发展及南北挂钩', '服务业发展', '价格管理', '能源管理'],
    offices: [
      { department: '计划科', owner: '王海燕' },
      { department: '投资科', owner: '陈志刚' },
      { department: '项目办', owner: '刘洪波' },
      { department: '服务业办', owner: '吴国庆' },
      { department: '综合科', owner: '李　伟' },
    ],
    quantitative: [
      q('全社会固定资产投资', '亿元', 60, 120, 1),
      q('项目动态督查（督查项目数）', '个', 100, 260),
      q('新建过千万元投资项目档案', '份', 80, 200),
      q('上报市级重大项目（过1亿元）', '个', 20, 50),
      q('向上争取无偿资金', '万元', 1500, 5000),
      q('争取项目进入国家投资盘子', '个', 6, 20),
      q('备案核准审批上报项目', '个', 20, 60),
      q('企业投资项目备案办结时限', '天', 1, 5, 0, 'lower'),
      q('服务业增加值', '亿元', 20, 60, 2),
      q('单位GDP能耗下降', '%', 3, 6, 1),
      q('新增市级农业龙头企业', '家', 2, 6),
      q('完成企业改制', '家', 2, 8),
    ],
    qualitative: [
      w('制定年度计划', '编制年度国民经济和社会发展计划，提请县人大审议通过后印发执行'),
      w('“十一五”规划中期评估', '完成规划中期评估，提交县人大常委会审议'),
      w('呼应沿海开发，做好规划对接', '研读《江苏沿海地区发展规划》，做好有序对接'),
      w('南北挂钩共建园区申报', '完成申报，争取年内获批'),
    ],
  },
  {
    unitName: '灌南县财政局',
    themes: ['收入征管', '支出管理', '国库集中支付', '政府采购', '农业财务'],
    offices: [
      { department: '预算科', owner: '孙明华' },
      { department: '国库科', owner: '周丽萍' },
      { department: '采购办', owner: '钱建国' },
      { department: '农财科', owner: '郑永刚' },
    ],
    quantitative: [
      q('一般预算收入', '亿元', 8, 20, 2),
      q('税收收入占比', '%', 70, 85, 1),
      q('政府采购预算金额', '万元', 8000, 30000),
      q('采购资金节约率', '%', 5, 12, 1),
      q('国库集中支付单位', '家', 60, 160),
      q('财政供养人员工资统发', '人', 3000, 9000),
      q('支农资金拨付', '万元', 5000, 20000),
      q('资金拨付办理时限', '天', 2, 7, 0, 'lower'),
      q('非税收入', '万元', 20000, 60000),
      q('乡镇财政所规范化建设', '个', 5, 14),
    ],
    qualitative: [
      w('部门预算编制', '按时编制部门预算，提交县人大审议'),
      w('小金库专项治理', '完成自查自纠和重点检查，建立长效机制'),
      w('乡镇财政管理体制改革', '完成新一轮乡镇财政管理体制调整'),
    ],
  },
  {
    unitName: '灌南县交通运输局',
    themes: ['公路建设', '农村公路', '运输管理', '港航建设', '交通安全'],
    offices: [
      { department: '工程科', owner: '马俊峰' },
      { department: '运管所', owner: '朱文斌' },
      { department: '港航处', owner: '胡晓东' },
      { department: '安监科', owner: '林　芳' },
    ],
    quantitative: [
      q('交通基础设施投资', '亿元', 3, 12, 1),
      q('新改建农村公路', '公里', 100, 400),
      q('桥梁改造', '座', 20, 80),
      q('新增镇村公交线路', '条', 5, 20),
      q('客运班线准点率', '%', 92, 99, 1),
      q('道路运输行政许可办结时限', '天', 3, 10, 0, 'lower'),
      q('港口货物吞吐量', '万吨', 100, 400),
      q('交通事故死亡人数', '人', 2, 8, 0, 'lower'),
      q('超限超载治理检测车辆', '辆', 5000, 20000),
    ],
    qualitative: [
      w('盐徐高速灌南段征地拆迁', '按序时完成征地拆迁和管线迁移'),
      w('交通规划修编', '完成县域综合交通规划修编并通过评审'),
      w('治超站建设', '年底前建成并投入运行'),
    ],
  },
  {
    unitName: '灌南县住房和城乡建设局',
    themes: ['城市建设', '村镇建设', '建筑业管理', '房地产市场', '保障性住房'],
    offices: [
      { department: '城建科', owner: '许志强' },
      { department: '村镇科', owner: '沈海燕' },
      { department: '建管科', owner: '韩晓明' },
      { department: '房产科', owner: '唐小军' },
    ],
    quantitative: [
      q('城市建设投资', '亿元', 5, 15, 1),
      q('新建城市道路', '公里', 5, 25, 1),
      q('建筑业总产值', '亿元', 30, 90, 1),
      q('商品房销售面积', '万平方米', 20, 60, 1),
      q('廉租住房保障户数', '户', 200, 800),
      q('经济适用房竣工面积', '万平方米', 2, 8, 1),
      q('村庄环境整治', '个', 30, 120),
      q('施工许可审批时限', '天', 5, 15, 0, 'lower'),
      q('城市绿化覆盖率', '%', 30, 40, 1),
    ],
    qualitative: [
      w('城市总体规划修编', '完成修编并报批'),
      w('建筑市场专项整治', '开展专项检查，查处违法违规行为'),
      w('老旧小区改造', '年底前完成改造任务'),
    ],
  },
  {
    unitName: '灌南县农业委员会',
    themes: ['粮食生产', '高效农业', '农业产业化', '农民增收', '农产品质量安全'],
    offices: [
      { department: '农业科', owner: '陆建华' },
      { department: '经管科', owner: '严　军' },
      { department: '农机站', owner: '钟立平' },
      { department: '质监站', owner: '范红霞' },
    ],
    quantitative: [
      q('粮食总产', '万吨', 40, 70, 1),
      q('新增高效设施农业面积', '亩', 5000, 20000),
      q('农民人均纯收入', '元', 5000, 8000),
      q('农业产业化龙头企业', '家', 20, 60),
      q('农民专业合作社', '个', 50, 200),
      q('农机化水平', '%', 60, 80, 1),
      q('无公害农产品认证', '个', 10, 40),
      q('农产品质量安全抽检合格率', '%', 95, 100, 1),
      q('重大动物疫病发生', '起', 1, 2, 0, 'lower'),
    ],
    qualitative: [
      w('农村土地承包经营权流转', '建立县乡两级流转服务中心，规范流转程序'),
      w('秸秆禁烧', '全县无明火焚烧秸秆现象'),
      w('农业综合开发项目', '按计划完成项目建设并通过验收'),
    ],
  },
  {
    unitName: '灌南县商务局',
    themes: ['招商引资', '外贸出口', '内贸流通', '开放园区'],
    offices: [
      { department: '外资科', owner: '贺建民' },
      { department: '外贸科', owner: '龚丽华' },
      { department: '市场科', owner: '尹志勇' },
    ],
    quantitative: [
      q('实际到账注册外资', '万美元', 3000, 10000),
      q('外贸进出口总额', '万美元', 8000, 25000),
      q('社会消费品零售总额', '亿元', 30, 70, 2),
      q('新批外资项目', '个', 10, 40),
      q('新建农家店', '家', 50, 150),
      q('外资项目审批时限', '天', 3, 10, 0, 'lower'),
      q('出口企业', '家', 30, 90),
    ],
    qualitative: [
      w('万村千乡市场工程', '完成年度建设任务并通过省市验收'),
      w('生猪屠宰专项整治', '关闭私屠滥宰点，实行定点屠宰'),
      w('重点外资项目跟踪服务', '建立重点项目挂钩服务制度'),
    ],
  },
  {
    unitName: '灌南县教育局',
    themes: ['学前教育', '义务教育', '高中教育', '职业教育', '校舍安全'],
    offices: [
      { department: '基教科', owner: '邱文静' },
      { department: '职教科', owner: '薛国平' },
      { department: '计财科', owner: '段海峰' },
      { department: '安全办', owner: '雷小燕' },
    ],
    quantitative: [
      q('学前三年教育入园率', '%', 85, 98, 1),
      q('初中巩固率', '%', 97, 100, 1),
      q('高中阶段教育毛入学率', '%', 85, 95, 1),
      q('校舍安全工程加固面积', '平方米', 20000, 80000),
      q('教师培训', '人次', 1000, 4000),
      q('职业学校招生', '人', 1500, 4000),
      q('学校安全事故', '起', 1, 2, 0, 'lower'),
      q('新建塑胶跑道', '片', 3, 12),
    ],
    qualitative: [
      w('义务教育阶段绩效工资', '按时落实教师绩效工资'),
      w('中小学布局调整', '完成年度布局调整任务'),
      w('素质教育督导评估', '通过省素质教育督导评估'),
    ],
  },
  {
    unitName: '灌南县环境保护局',
    themes: ['污染减排', '环境监测', '环境执法', '生态建设'],
    offices: [
      { department: '污控科', owner: '邵建军' },
      { department: '监测站', owner: '汤玉梅' },
      { department: '监察大队', owner: '万志伟' },
      { department: '生态科', owner: '黎明辉' },
    ],
    quantitative: [
      q('化学需氧量削减', '吨', 500, 2000),
      q('二氧化硫削减', '吨', 300, 1200),
      q('环境空气质量优良天数', '天', 300, 340),
      q('污水处理率', '%', 70, 90, 1),
      q('环境信访办结率', '%', 95, 100, 0),
      q('环评审批时限', '天', 10, 30, 0, 'lower'),
      q('创建生态村', '个', 5, 20),
      q('重点污染源在线监控', '家', 10, 40),
    ],
    qualitative: [
      w('化工园区环境整治', '完成园区整治方案，关闭不达标企业'),
      w('饮用水源地保护', '划定保护区并设立标志'),
      w('生态县创建', '按计划推进各项创建指标'),
    ],
  },
];
