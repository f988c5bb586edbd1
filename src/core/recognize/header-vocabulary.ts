import type { FieldKey } from '../model';
import { findMonthSpan, findYear, type MonthSpan } from './period';
import { compactText } from './text-normalize';
import { isKnownUnit } from './unit-convert';

/**
 * What a column header says, in the many wordings departments use. Edit distance is wrong for short
 * Chinese headers (目标值/完成值, 上年同期/本年同期 differ by a character or two), so headers are read by
 * synonyms first, then by keyword roles, with the group header above giving the context
 * (目标任务 › 数量 is a target, 上年同期 › 完成数 is last year's figure).
 */

/** The kind of values a field's column holds: the data under the header settles ambiguous words. */
export type ValueKind = 'text' | 'number' | 'mixed' | 'outline' | 'unit' | 'date';

export const FIELD_VALUE_KIND: Readonly<Record<FieldKey, ValueKind>> = {
  id: 'outline',
  category: 'text',
  name: 'text',
  unit: 'unit',
  target: 'mixed',
  periodTarget: 'mixed',
  actual: 'mixed',
  lastYear: 'number',
  growth: 'number',
  completionRate: 'number',
  department: 'text',
  owner: 'text',
  leader: 'text',
  cooperating: 'text',
  weight: 'number',
  deadline: 'date',
  progressText: 'text',
  problems: 'text',
  status: 'text',
};

export interface FieldGuess {
  readonly field: FieldKey;
  /** 0..1 before looking at the values. */
  readonly confidence: number;
  readonly source: 'synonym' | 'keyword';
  /** One of several readings of the same words (目标任务: name or target); the values decide. */
  readonly ambiguous: boolean;
}

export interface HeaderReading {
  /** Header parts as written, top group first, repeated texts of a vertical merge removed. */
  readonly parts: readonly string[];
  /** " › "-joined parts: the header as shown to people. */
  readonly text: string;
  readonly guesses: readonly FieldGuess[];
  /** A unit the header gives its column: 全年目标（亿元）, 增幅(%). */
  readonly unit: string | null;
  /** A month span the header names: 1—6月完成. */
  readonly span: MonthSpan | null;
  /** A year the header names: 2025年目标. */
  readonly year: number | null;
  /** The header says its figures are percentages (增幅%, 完成率（%）). */
  readonly percent: boolean;
}

const SYNONYMS: Readonly<Record<FieldKey, readonly string[]>> = {
  id: ['序号', '编号', '序', '指标编号', '项目编号', '指标代码', '代码', 'no', 'no.', '序列号', '排序'],
  category: [
    '类别', '指标类别', '类型', '分类', '目标类别', '考核类别', '指标类型', '目标类型', '项目类别', '板块', '领域',
    '一级指标', '考核类型', '工作类别', '大类', '考核维度', '维度', '目标分类', '指标分类', '考核板块',
  ],
  name: [
    '指标名称', '考核指标', '工作任务', '主要指标', '考核项目', '考核内容', '项目名称', '工作内容', '任务名称', '重点工作',
    '目标内容', '具体指标', '指标内容', '二级指标', '三级指标', '工作目标', '目标名称', '任务内容', '考核指标名称',
    '绩效指标', '指标项目', '重点任务', '工作项目', '主要工作', '目标任务内容', '指标项', '考核事项', '工作事项',
    '指标名', '主要目标任务', '目标任务名称', '绩效目标', '考核目标任务', '主要任务', '项目内容', '名称',
  ],
  unit: ['单位', '计量单位', '计量', '指标单位', '单位名称(计量)', '计算单位'],
  target: [
    '全年目标', '年度目标', '目标值', '指标值', '年度任务', '目标任务数', '任务数', '全年任务', '年度目标值', '计划数',
    '年度计划', '目标数', '全年计划', '年度指标', '全年目标值', '全年指标', '计划目标', '任务目标', '年度任务数',
    '全年任务数', '考核目标', '预期目标', '年度目标任务', '全年目标任务', '目标任务值', '计划值', '年度计划数',
    '全年计划数', '年计划', '年度指标值', '年度预期目标', '全年预期目标', '目标要求', '年度考核目标', '确保目标', '全年确保目标',
    '控制指标', '控制目标', '控制数', '控制值', '目标控制数', '年度控制指标',
    // A project-investment progress table: the year's planned investment is the target.
    '计划投资', '年度计划投资', '全年计划投资', '计划完成投资', '年度投资计划', '投资计划',
  ],
  periodTarget: [
    '序时目标', '半年目标', '阶段目标', '上半年目标', '时序目标', '序时进度目标', '序时任务', '阶段性目标', '季度目标',
    '期间目标', '序时计划', '进度目标', '当期目标', '本期目标', '序时任务数', '阶段任务', '序时目标值',
  ],
  actual: [
    '完成值', '完成数', '实际完成', '累计完成', '累计', '实绩', '实际完成值', '完成额', '完成量', '本期完成', '本年完成',
    '今年完成', '当年完成', '进度完成值', '实际值', '完成数值', '累计完成数', '实际完成数', '本年累计', '执行数',
    '累计完成值', '完成实绩', '实际完成情况', '本年实绩', '已完成', '累计数', '完成金额', '完成任务数', '完成数量', '实际',
    '完成投资', '累计完成投资', '实际完成投资', '完成投资额', '已完成投资',
  ],
  lastYear: [
    '上年同期', '去年同期', '去年同期数', '同期', '同期数', '上年同期数', '上年同期完成', '去年同期完成', '上年同期值',
    '同期完成', '上年同期完成数', '去年同期完成数', '上年同期实绩', '去年同期实绩', '上年同期累计', '同期完成数',
  ],
  growth: [
    '增幅', '同比增长', '比同期增长', '增长率', '同比', '同比增幅', '比上年增长', '同比增减', '增减', '增减幅度',
    '增长幅度', '比去年同期增长', '比上年同期增长', '同比增长率', '增速', '同比增速', '比上年同期增减', '比同期增减',
    '同比增减幅度', '增减率', '比上年同期增幅', '增长',
    // Statistical releases write the change as ±% (比上年±%, 同比±%).
    '±', '增减±',
  ],
  completionRate: [
    '完成率', '完成进度', '完成比例', '完成百分比', '占全年目标', '完成目标比例', '占年度目标', '目标完成率', '完成占比',
    '占全年', '占全年比例', '完成全年目标', '完成全年比例', '占年度计划', '完成年度目标', '完成年度计划', '占目标',
    '完成全年目标的', '进度完成率', '完成年度目标比例', '投资完成率', '投资完成比例', '完成投资比例', '占年度计划投资',
  ],
  department: [
    '责任科室', '牵头科室', '责任股室', '责任单位', '牵头单位', '责任部门', '牵头部门', '承办科室', '责任处室',
    '实施单位', '主办科室', '责任股', '承办单位', '牵头股室', '责任主体', '负责科室', '负责单位', '责任科', '科室',
    '牵头处室', '责任科股室', '责任办公室', '责任办', '责任处', '牵头办公室', '承办股室', '责任主体单位', '主责科室', '牵头责任单位', '责任单位(科室)', '牵头科(股)室',
    '责任科(股)室', '主办单位',
  ],
  owner: [
    '责任人', '具体责任人', '经办人', '负责人', '主要责任人', '直接责任人',
    '承办人', '具体负责人', '第一责任人', '责任人员',
  ],
  cooperating: ['配合单位', '配合部门', '配合科室', '配合股室', '协办单位', '协办部门', '协办科室', '协助单位', '协同单位', '协同部门', '参与单位'],
  leader: ['分管领导', '责任领导', '分管负责人', '分管局长', '分管主任', '联系领导', '挂钩领导', '牵头领导', '包保领导', '分管县领导', '分管市领导', '分管区领导', '县级领导'],
  weight: ['分值', '权重', '分数', '考核分值', '标准分', '权重分', '基本分', '分值权重', '指标分值', '权重分值', '满分', '计分', '赋分', '权数', '分值(分)'],
  deadline: ['完成时限', '时间节点', '完成时间', '时限', '截止时间', '时间要求', '完成期限', '时间安排', '截止日期', '完成日期', '时限要求', '完成时限要求', '节点', '完成节点', '办结时限'],
  progressText: [
    '完成情况说明', '进展情况', '工作进展', '进展', '推进情况', '情况说明', '完成情况及说明', '实施进度', '工作开展情况',
    '进度情况', '工作完成情况', '目标完成情况', '落实情况', '推进落实情况', '具体完成情况', '完成内容', '进展说明', '说明',
    '执行情况', '工作推进情况', '进展及成效', '完成情况简述', '主要措施及进展', '工作进度', '进度说明', '完成情况描述',
    '完成情况(文字说明)', '进展描述',
  ],
  problems: ['存在问题', '存在的问题', '滞后原因', '问题及原因', '困难和问题', '存在困难', '存在问题及原因', '主要问题'],
  status: [
    '进度状态', '完成状态', '办结情况', '是否完成', '是否办结', '推进状态', '进展状态', '项目状态', '状态', '办理状态',
    '落实状态', '实施状态', '完成状况', '是否按期完成', '是否达标', '是否完成目标', '任务状态', '工作状态', '进度评价',
  ],
};

/** Words that are one of two fields, depending on what is written below them. */
const AMBIGUOUS: ReadonlyMap<string, readonly FieldKey[]> = new Map(Object.entries({
  目标任务: ['name', 'target'],
  任务: ['name', 'target'],
  指标: ['name', 'target'],
  目标: ['target', 'name'],
  项目: ['name', 'target'],
  内容: ['name', 'progressText'],
  完成情况: ['actual', 'progressText'],
  完成: ['actual', 'progressText'],
  进度: ['completionRate', 'progressText'],
  // A task list's progress: a figure (95%) or words (主体完工), the values decide.
  当前进度: ['completionRate', 'progressText'],
  目前进度: ['completionRate', 'progressText'],
  总体进度: ['completionRate', 'progressText'],
  项目进度: ['completionRate', 'progressText'],
} satisfies Record<string, readonly FieldKey[]>));

/** Headers that look like a field but are something else: scores earned, scoring rules, helpers. */
const NOT_A_FIELD = [
  /得分/, /自评/, /评分/, /考核办法/, /考核标准/, /计分(方法|办法|标准|规则)/, /扣分/, /加分/,
  /^序时进度(%)?$/, /差额/, /增减额/, /增长额/, /增加额/, /增量/, /差距/, /欠进度/, /超序时/, /^超/, /排名/, /名次/, /^备注/, /^核实/, /审核/, /佐证/,
  // A change in percentage points (增减百分点, 比上年提高(百分点)) is not a growth rate: 0.4 is 0.4 points, not 0.4%.
  /百分点/,
  /联系电话/, /电话/, /地址/, /邮编/, /手机/, /传真/, /邮箱/, /^单位名称$/, /^姓名$/, /职务/,
  // Where a figure or a task comes from (数据来源: 省统计局; 任务来源: 政府工作报告) is neither who does it nor what it is.
  /来源$/,
];

/**
 * What is planned for the next stretch (7月工作计划, 下月计划, 下一步工作安排): the next step beside the progress,
 * neither the year's target nor the words on progress. A header joining it to the progress (进展情况及下一步打算) is
 * the progress still.
 */
const NEXT_STEP = /^(下一?步|下阶段|下个?月|下季度|\d{1,2}月份?|\d{1,2}[-—~至]\d{1,2}月份?)(工作)?(计划|打算|安排|思路|举措)$/;

/** A header that says its column is none of the fields (得分, 备注, 联系电话): its values are not asked about. */
export function isNotAField(header: string): boolean {
  const core = compactText(header);
  return core !== '' && NOT_A_FIELD.some((pattern) => pattern.test(core));
}

interface KeywordRule {
  readonly field: FieldKey;
  readonly pattern: RegExp;
  readonly confidence: number;
}

/**
 * A header asking for a status in a word (进度状态, 完成状况, 是否完成, 是否达序, 工作评价): what the staff state of the
 * task as a whole (办结, 推进中, 是/否), neither a figure nor the account of the progress.
 */
const STATUS_HEADER = /(状态|状况)$|^是否|(工作|进度|完成|进展)(评价|评定)$/;

/** Roles read from words inside a longer header, strongest first. */
const KEYWORD_RULES: readonly KeywordRule[] = [
  { field: 'status', pattern: STATUS_HEADER, confidence: 0.8 },
  // Units that help (配合单位) are not the unit responsible (责任单位), whatever else the header says.
  { field: 'cooperating', pattern: /(配合|协办|协助|协同)/, confidence: 0.85 },
  { field: 'growth', pattern: /(增幅|增速|增长率|增减|同比(增|减)|比.*(增长|增减|下降)|±)/, confidence: 0.85 },
  { field: 'completionRate', pattern: /(完成.*(率|比例|百分比|%)|占.*(目标|全年|计划|任务)|完成进度)/, confidence: 0.85 },
  // A bare 占比 / 比例 beside a target and an actual is the share done; it could be another share, so ask.
  { field: 'completionRate', pattern: /^(?:占比|比例|百分比)$/, confidence: 0.7 },
  // 比上年同期增长 compares with last year: a growth, not last year's figure.
  { field: 'lastYear', pattern: /^(?!.*比.*(增|减|下降|提高|降低)).*(上年|去年|上一年|(?<!本年|今年|本期|当年)同期)/, confidence: 0.8 },
  { field: 'periodTarget', pattern: /(序时|阶段|半年|季度|月度|本月|当月|本季).*(目标|任务|计划)/, confidence: 0.8 },
  // The unit that checks the work (监考单位, 考核单位): the department where no 责任单位 is named — but asked about, for
  // published tables read such a column both ways (the units doing the work, or only scoring it: see
  // bench/expectation-conventions.md); beside a 责任单位 it is the assessor (assessor-column.ts).
  { field: 'department', pattern: /(监考|考核|考评|督查|督办|评分)(责任)?(单位|部门|科室)/, confidence: 0.7 },
  { field: 'department', pattern: /(责任|牵头|承办|负责|主办|主责).*(科|股|室|处|部门|单位)|(科|股|处)室/, confidence: 0.85 },
  // A leader in charge (分管领导) is not the person who does the work (责任人): GLOSSARY.
  { field: 'leader', pattern: /领导/, confidence: 0.8 },
  { field: 'owner', pattern: /(责任人|负责人|经办人|联系人)/, confidence: 0.8 },
  { field: 'weight', pattern: /(分值|权重|权数|标准分)/, confidence: 0.85 },
  { field: 'deadline', pattern: /(时限|时间|期限|日期|节点)/, confidence: 0.75 },
  // Problems alone (存在问题和困难) are not the progress; 进展情况、存在问题及下一步打算 stays one progress column.
  { field: 'problems', pattern: /^(?!.*(进展|进度|推进|完成|情况|整改|措施|打算|成效)).*(问题|困难|滞后原因)/, confidence: 0.75 },
  // Measures taken against a shortfall (偏差原因分析及改进措施) are the account; measures alone (细化措施, 工作举措) are what
  // the plan will do: the task's own words, read with the names below.
  { field: 'progressText', pattern: /(说明|进展|情况|成效|问题|推进|(原因|偏差|改进|整改|采取).*措施)/, confidence: 0.7 },
  { field: 'name', pattern: /^(?!.*(原因|偏差|改进|整改|采取|进展|进度|完成|落实|成效|情况|推进)).*(措施|举措)/, confidence: 0.6 },
  { field: 'target', pattern: /(目标|任务数|计划数|指标值|年度任务|全年任务)/, confidence: 0.75 },
  // What a task or indicator is required to reach (指标要求, 任务要求, 工作要求), or the standard it must meet (工作标准,
  // 质量标准), is its target; 时限要求 is a deadline, matched above, and 考核标准 a scoring rule (NOT_A_FIELD).
  { field: 'target', pattern: /(指标|任务|工作|质量|目标)(要求|标准)$/, confidence: 0.75 },
  // A list of what each row must do (任务清单, 工作清单, 责任清单的任务) is its target in words, not the row's name.
  { field: 'target', pattern: /(任务|工作|目标)清单$/, confidence: 0.7 },
  // The part of a higher goal that falls to this area (涉及西湖区工作指标, 分解到本县任务): this table's own target.
  { field: 'target', pattern: /(涉及|分解到|分配到|落实到|本[区县市镇乡]|我[区县市镇乡]).*(指标|任务|目标)/, confidence: 0.8 },
  // A task the plan allocates, named by what it measures (小麦任务面积, 分解任务数, 2025年规划指标): the target, never the
  // figure done, whatever figures stand beside it. Words of its doing (任务完成, 任务进度) are not.
  { field: 'target', pattern: /^(?!.*(完成|进度|进展|落实|执行|实际)).*(任务(?:面积|量|数|总量|规模)|规划(?:指标|任务|目标)|分解(?:任务|指标))/, confidence: 0.8 },
  // A list of names (乡镇名单, 单位名单, 项目名单) names the rows: the plan is allocated to each one named.
  { field: 'name', pattern: /名单$/, confidence: 0.75 },
  // 计划 (or 预期, 2025年预期) alone might be the plan's words rather than its figure: read it, but ask.
  { field: 'target', pattern: /计划|预期/, confidence: 0.7 },
  // A header whose last word is 成效 or 效果 (完成成效) names how well the work went, not what was done.
  { field: 'actual', pattern: /^(?!.*(?:成效|效果)$).*(完成|实际|累计|实绩|执行)/, confidence: 0.75 },
  // 预计值, 预计完成 (the year's figure as estimated before it closes) is what was done, as far as is known: not 预期, a plan.
  { field: 'actual', pattern: /预计(?:值|数|完成|实现)/, confidence: 0.7 },
  { field: 'category', pattern: /(类别|类型|分类|维度|板块)/, confidence: 0.75 },
  // A 指标 named by what it measures (降低率指标, 总量指标, 控制数指标) is the figure set for each row, not the rows' names.
  { field: 'target', pattern: /^(?!.*(完成|实际|累计|名称|计量)).*(率|量|额|数|值)指标$/, confidence: 0.75 },
  // What the rows are called (小区名称, 学校名称, 产品名称): the name column, whatever the things are — below the words
  // of tasks and items (指标任务 beside 实事名称 names the rows; 实事名称 groups them).
  { field: 'name', pattern: /名称$/, confidence: 0.55 },
  { field: 'name', pattern: /(指标|项目|任务|内容|事项|工作)/, confidence: 0.6 },
  { field: 'unit', pattern: /计量|单位$/, confidence: 0.6 },
];

/** A group header of words on the progress (进展情况, 推进情况, 工作进展), not of figures done (完成数, 完成情况). */
const PROGRESS_WORDS_GROUP = /^(?!.*(完成|数|额|量|率)).*(进展|推进)/;

const GENERIC_LEAF = /^(数量|数值|数|值|金额|数额|总量|规模|绝对值|绝对数|量|指标值|完成数|完成值|目标值|任务数|计划数|累计|累计完成|数据|合计|全年|年度|绝对量)$/;

type GroupRole = 'lastYear' | 'periodTarget' | 'target' | 'actual' | 'responsibility';

function groupRole(core: string): GroupRole | null {
  if (/(上年|去年|同期|上一年|往年)/.test(core) && !/(本年|今年|本期)/.test(core)) return 'lastYear';
  if (/(序时|阶段|半年)/.test(core) && /(目标|任务|计划)/.test(core)) return 'periodTarget';
  if (/(责任|分工|牵头|承办)/.test(core)) return 'responsibility';
  if (/(完成|实际|执行|实绩|进展|进度)/.test(core)) return 'actual';
  if (/(目标|任务|计划|指标)/.test(core)) return 'target';
  return null;
}

/** A leaf under a group header: the group says whose figure it is. */
function leafInGroup(leaf: string, role: GroupRole, groupHasSpan: boolean): FieldKey | null {
  // 工作进度 › 进度状态, 完成情况 › 是否完成: a status in a word under any group, never its rate or figure.
  if (STATUS_HEADER.test(leaf)) return 'status';
  if (/^(计量)?单位$/.test(leaf)) return role === 'responsibility' ? 'department' : 'unit';
  switch (role) {
    case 'lastYear':
      if (/(增|幅|率)/.test(leaf)) return 'growth';
      if (GENERIC_LEAF.test(leaf) || /完成|实绩/.test(leaf)) return 'lastYear';
      return null;
    case 'periodTarget':
      if (GENERIC_LEAF.test(leaf) || /目标|任务/.test(leaf)) return 'periodTarget';
      return null;
    case 'target':
      if (/(序时|阶段|半年|季度)/.test(leaf)) return 'periodTarget';
      if (GENERIC_LEAF.test(leaf) || /目标|任务/.test(leaf)) return groupHasSpan ? 'periodTarget' : 'target';
      if (/(时限|时间|节点)/.test(leaf)) return 'deadline';
      if (/(内容|名称|项目)/.test(leaf)) return 'name';
      return null;
    case 'actual':
      if (/(说明|情况|进展|描述|措施|成效)/.test(leaf)) return 'progressText';
      if (/(同期|上年|去年)/.test(leaf)) return 'lastYear';
      if (/(增|幅|同比)/.test(leaf)) return 'growth';
      if (/(率|比例|进度|%|占)/.test(leaf)) return 'completionRate';
      if (GENERIC_LEAF.test(leaf) || /完成|实际|累计/.test(leaf)) return 'actual';
      return null;
    case 'responsibility':
      if (/(科|股|室|部门|单位|处)/.test(leaf)) return 'department';
      if (/领导/.test(leaf)) return 'leader';
      if (/人/.test(leaf)) return 'owner';
      return null;
    default: {
      const unreachable: never = role;
      return unreachable;
    }
  }
}

const PERIOD_WORDS: readonly RegExp[] = [
  // 1—6月, 1-6月份, 1-6月底 (累计完成投资 is the same words after 1-6月底 as after 1-6月).
  /\d{1,2}月?(份)?(-|至|到)\d{1,2}月(份|底|末)?/g,
  /(截至|截止|截止到|至|到)?((19|20)?\d{2}年)?\d{1,2}月(份|底|末)?(\d{1,2}日)?(止)?/g,
  /(19|20)\d{2}年度?/g,
  /(^|[^\d])0\d年度?/g,
  /前三季度|第?[一二三四1-4]季度|上半年|下半年|半年度?/g,
  /^(本年度?|今年|当年|本期|当期)(?!同期)/g,
  // The statistics bureaus' own columns (本月 | 1-本月, 本季 | 1-本季): the month or quarter of the report, and the
  // months from January to it, named without their numbers.
  /^(?:(?:1|一|年初)\s*[-—–~至到]\s*)?(?:本|当)(?:月|季度?)(?:止|末)?(?:累计)?$/g,
];

const SYNONYM_INDEX = new Map<string, FieldKey>();
for (const field of Object.keys(SYNONYMS) as FieldKey[]) {
  for (const word of SYNONYMS[field]) SYNONYM_INDEX.set(compactText(word), field);
}

interface Core {
  readonly core: string;
  readonly unit: string | null;
  readonly percent: boolean;
  /** Nothing but a period or a year (a "1—6月" leaf under 完成情况). */
  readonly onlyPeriod: boolean;
  /** The core without any words in brackets: 考核指标（工作任务） → 考核指标. */
  readonly bare: string;
}

/** A header word without its unit in brackets and its period words: "1—6月完成(亿元)" → "完成". */
function coreOf(compact: string): Core {
  let unit: string | null = null;
  let percent = false;
  let core = compact.replace(/\(([^()]*)\)|\[([^\[\]]*)\]|【([^【】]*)】/g, (_whole, a?: string, b?: string, c?: string) => {
    const inside = (a ?? b ?? c ?? '').replace(/^单位[:：]?/, '');
    if (inside === '%' || inside === '％') percent = true;
    if (isKnownUnit(inside)) unit = unit ?? inside;
    // Words in brackets that are not a unit or period stay: 责任单位(科室) still names the department.
    return isKnownUnit(inside) || findMonthSpan(inside) || /^(19|20)\d{2}年?$/.test(inside) ? '' : `(${inside})`;
  });
  const unitAfterColon = /单位[:：]([^,，;；]+)$/.exec(core);
  if (unitAfterColon && isKnownUnit(unitAfterColon[1])) {
    unit = unit ?? unitAfterColon[1];
    core = core.slice(0, unitAfterColon.index);
  }
  if (/%$/.test(core)) {
    percent = true;
    core = core.replace(/%$/, '');
  }
  if (unit === '%') percent = true;
  let stripped = core;
  for (const pattern of PERIOD_WORDS) stripped = stripped.replace(pattern, (whole) => (/^[^\d]0\d/.test(whole) ? whole[0] : ''));
  stripped = stripped.replace(/^(的|:|：)+/, '');
  const finalCore = stripped === '' ? core : stripped;
  const bare = finalCore.replace(/\([^()]*\)|\[[^\[\]]*\]|【[^【】]*】/g, '');
  return { core: finalCore, unit, percent, onlyPeriod: stripped === '' && core !== '', bare };
}

function guess(field: FieldKey, confidence: number, source: FieldGuess['source'], ambiguous = false): FieldGuess {
  return { field, confidence, source, ambiguous };
}

/** Headers that say only that words follow (说明, 情况说明): the progress only where no column names it. */
const EXPLANATION_ONLY: ReadonlySet<string> = new Set(['说明', '情况说明']);
/** Below a named progress header with a period stripped from it (0.95), above the threshold of being sure (0.75). */
const EXPLANATION_WEIGHT = 0.9;

function guessesForCore(core: string, exact: number, bare = core): FieldGuess[] {
  if (core === '') return [];
  const ambiguous = AMBIGUOUS.get(core);
  if (ambiguous) return ambiguous.map((field, i) => guess(field, exact * (i === 0 ? 0.92 : 0.9), 'synonym', true));
  const field = SYNONYM_INDEX.get(core);
  // A name word that speaks of a goal (工作目标, 目标内容) heads the target when figures are written under it.
  if (field === 'name' && /目标/.test(core)) return [guess('name', exact * 0.92, 'synonym', true), guess('target', exact * 0.9, 'synonym', true)];
  // 说明 says only that words follow — a remark as often as the progress: a column that names the progress itself
  // (落实情况(1-8月), 完成情况) is the progress beside it; alone it is still read as the progress.
  if (field === 'progressText' && EXPLANATION_ONLY.has(core)) return [guess(field, exact * EXPLANATION_WEIGHT, 'synonym')];
  if (field) return [guess(field, exact, 'synonym')];
  // Two header words joined by 与/和/及 (目标与任务) say what the two words say together (目标任务).
  const joined = /^([\u4e00-\u9fff]{2,4})[与和及]([\u4e00-\u9fff]{2,4})$/.exec(core);
  if (joined) {
    const together = guessesForCore(joined[1] + joined[2], exact * 0.95);
    if (together.length > 0 && together[0].source === 'synonym') return together;
  }
  // Words in brackets explain the header (考核指标（工作任务）); the words outside still name it.
  if (bare !== core && bare !== '') {
    const outside = guessesForCore(bare, exact * 0.95);
    if (outside.length > 0 && outside[0].source === 'synonym') return outside;
  }
  if (NOT_A_FIELD.some((pattern) => pattern.test(core))) return [];
  // A Chinese compound names its head last: 累计进度, 工程进度, 总体进度 are each a 进度 (a share done, or words on
  // the progress), whatever the word before it would say alone (累计 reads as an actual); the values decide, as for 进度.
  const progressHead = /^([\u4e00-\u9fff]{1,4})进度$/.exec(core);
  if (progressHead && !/(目标|计划|任务|序时)/.test(progressHead[1])) {
    const asProgress = guessesForCore('进度', exact * 0.95);
    if (asProgress.length > 0) return asProgress;
  }
  const found: FieldGuess[] = [];
  for (const rule of KEYWORD_RULES) {
    if (rule.pattern.test(core) && !found.some((g) => g.field === rule.field)) found.push(guess(rule.field, rule.confidence, 'keyword'));
  }
  return found.slice(0, 3);
}

/** Reads one column's header from its parts (top group first). */
export function readHeader(rawParts: readonly string[]): HeaderReading {
  const parts: string[] = [];
  for (const part of rawParts) {
    const trimmed = part.replace(/\s+/g, ' ').trim();
    if (trimmed !== '' && parts[parts.length - 1] !== trimmed) parts.push(trimmed);
  }
  const text = parts.join(' › ');
  const cores = parts.map((part) => coreOf(compactText(part)));
  const joined = parts.join('');
  const span = findMonthSpan(joined);
  const year = findYear(joined);
  const unit = [...cores].reverse().find((c) => c.unit !== null)?.unit ?? null;
  const percent = cores.some((c) => c.percent);
  const reading = { parts, text, unit, span, year, percent };
  if (parts.length === 0) return { ...reading, guesses: [] };

  const leafCore = cores[cores.length - 1];
  // A leaf that only names the months (完成情况 › 1—6月) is the group's figure for those months.
  const leaf = leafCore.onlyPeriod ? '数' : leafCore.core;
  const leafCompact = compactText(parts[parts.length - 1]);
  const leafHadExtras = leaf !== leafCompact;
  // Exact words lose a little only for what was stripped around them (periods, years, units).
  const exact = leafHadExtras ? 0.95 : 1;

  for (let i = cores.length - 2; i >= 0; i--) {
    const role = groupRole(cores[i].core);
    if (role === null) continue;
    const groupHasSpan = findMonthSpan(parts[i]) !== null && role === 'target';
    // 进展情况 › 一季度: a period under words on the progress is that period's account in words, not a figure.
    const wordsForPeriod = leafCore.onlyPeriod && PROGRESS_WORDS_GROUP.test(cores[i].core);
    const field = leafInGroup(wordsForPeriod ? '情况' : leaf, role, groupHasSpan);
    if (field) return { ...reading, guesses: [guess(field, 0.95, 'synonym')] };
  }
  if (leafCore.onlyPeriod && cores.length === 1) return { ...reading, guesses: singleMonthWeaker(joined, [guess('actual', 0.7, 'keyword')]) };
  if (NEXT_STEP.test(leafCompact)) return { ...reading, guesses: [] };
  const fromLeaf = guessesForCore(leaf, exact, leafCore.onlyPeriod ? leaf : leafCore.bare);
  if (fromLeaf.length > 0 || cores.length === 1) return { ...reading, guesses: singleMonthWeaker(joined, fromLeaf) };
  return { ...reading, guesses: singleMonthWeaker(joined, guessesForCore(cores.map((c) => c.core).join(''), 0.9)) };
}

/** A figure for one month alone (本月, 当月, 本月比上年同月增长), not for the months so far (本月止累计, 1-3月). */
const SINGLE_MONTH = /本月|当月|同月|本季|当季|同季/;
const MONTHS_SO_FAR = /累计|止|至今|\d{1,2}\s*[-—–~至到]\s*\d{1,2}\s*月|(?:1|一|年初)\s*[-—–~至到]\s*(?:本|当)(?:月|季)/;

/**
 * A statistics table gives each figure twice, for the month and for the months so far (本月 | 本月止累计 | 本月比上年
 * 同月增长 | 累计比上年同期增长): the period's actual and growth are the ones so far, so a header for one month alone
 * is a weaker candidate for either, kept only when nothing else claims the role.
 */
function singleMonthWeaker(header: string, guesses: FieldGuess[]): FieldGuess[] {
  if (!SINGLE_MONTH.test(header) || MONTHS_SO_FAR.test(header)) return guesses;
  return guesses.map((g) => (g.field === 'actual' || g.field === 'growth' ? { ...g, confidence: g.confidence * 0.8 } : g));
}
