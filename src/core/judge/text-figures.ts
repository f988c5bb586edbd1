import { BASIC_AS_MEASURE } from './clause-signals';
/** A figure written inside a sentence: 4场, 3.1万人, 6.1亿元, normalised to the measure word's base (万人 → 人). */
export interface TextFigure {
  readonly value: number;
  readonly unit: string;
}

const SCALE: Readonly<Record<string, number>> = { 万: 1e4, 亿: 1e8 };

/** What 万 or 亿 before a measure word multiplies by (1 with no such word). */
export function scaleOf(word: string | undefined): number {
  return word === undefined ? 1 : SCALE[word] ?? 1;
}

/** 1,234,567 → 1234567: thousands separators (either comma) are not clause breaks. */
export function withoutThousandsSeparators(text: string): string {
  return text.replace(/[,，](?=\d{3})/gu, '');
}

/**
 * Measure words a count or an amount is written with. Longer ones first, so 人次 is not read as 人. Health,
 * housing and lending reports count in their own words (筛查10111例, 改造危房30间, 路灯200盏, 放贷120笔).
 * 月, 日, 年, 岁 are left out: 6月底 and 65岁以上 are dates and ages, not amounts.
 */
const MEASURE = '人次|批次|场次|家次|台次|架次|平方米|公里|千米|公顷|万元|亿元|个|家|场|次|项|米|亩|套|所|件|起|户|名|台|辆|座|条|处|份|篇|期|天|吨|元|人|例|宗|间|栋|幢|盏|册|株|棵|笔|%';
const FIGURE = new RegExp(`(?<![第\\d.—\\-－~～至])(\\d+(?:\\.\\d+)?)\\s*(万|亿)?(${MEASURE})`, 'gu');

export function figuresIn(text: string): TextFigure[] {
  const figures: TextFigure[] = [];
  for (const match of withoutThousandsSeparators(text).matchAll(FIGURE)) {
    const [, digits, scale, measure] = match;
    if (digits === undefined || measure === undefined) continue;
    const multiplier = scaleOf(scale);
    // 万元 written as one word scales the same way as 万 + 元.
    const unitScale = measure === '万元' ? 1e4 : measure === '亿元' ? 1e8 : 1;
    const unit = unitScale === 1 ? measure : '元';
    figures.push({ value: Number(digits) * multiplier * unitScale, unit });
  }
  return figures;
}

/** A completion rate the words state, and the words that state it (for the 判断依据). */
export interface StatedShare {
  readonly rate: number;
  readonly words: string;
}

/**
 * 占全年任务的60% · 完成全年目标的64% · 为任务的164.5% · 占总计划的84.6% · 为年初预算61.22% · 完成率仅为35%: the staff's own
 * completion rate of the whole task, as a fraction. A share of something else (完成主体工程的70%) is not a
 * completion rate of the task, and a share of a span's plan (完成1-4月投资计划的132.1%) is a pace, not a
 * completion: see statedPaceShare.
 */
const STATED_SHARE =
  /(?:全年|年度|总|目标|计划|预算)[^，,。；;\d]{0,6}?的?(\d+(?:\.\d+)?)%|(?:为|占|达|完成)(?:了)?(?:今年|全年|年度|本年|当年)?(?:(?:省|市|州|县|区|上级)(?:级|政府|委)?(?:下达|确定|核定|定)的?)?(?:目标)?任务(?:数)?的(\d+(?:\.\d+)?)%|完成(?:率|比例|进度)[为达到是仅约了]{0,3}(\d+(?:\.\d+)?)%|(?:全年|年度|总|目标|计划|预算|任务)[^，,。；;%\d]{0,2}?[（(]?\d[^，,。；;%]{0,22}?的(\d+(?:\.\d+)?)%|完成[^，,。；;\d]{0,8}?\d+(?:\.\d+)?(?:万|亿)?[\u4e00-\u9fff]{1,2}\s*[（(](?:占|为)?(\d+(?:\.\d+)?)%[)）]/gu;
/**
 * (The fourth form: the plan's own figure between the plan and its share, 占总任务300万亩的104.9%, 力争目标(470亿元、
 * 106.5亿元、30亿元)的121.3%. The last: a result with its share of the task in brackets, 已完成4769人(51.2%).)
 */
/** 未启动实施的52个村 · 尚未开工的: words that a share counts what is not begun or not done. */
const NOT_BEGUN = /(?:未|没有|尚未)(?:启动|开工|实施|完成|动工|开始)/u;
/** More shares run on after the first (的121.3%、185%、230% · 的89%和96%): one for each part the words name. */
const MORE_SHARES = /^(?:\s*[、和与及]?\s*\d+(?:\.\d+)?\s*%)+/u;
/** A span shorter than the year just before a share: 1-4月投资计划的132.1% is measured against the span. */
const SPAN_BEFORE = /(?:[1一]\s*[-—－–~～至]\s*\d{1,2}|\d{1,2})月(?:份)?[^，,。；;\d]{0,6}$|(?:一|二|三|前三)季度[^，,。；;\d]{0,6}$|上半年[^，,。；;\d]{0,6}$|序时[^，,。；;\d]{0,6}$/u;

/**
 * 11月份，完成投资238.7亿元，占全年计划的10% · 当月完成…占年计划的9.8%: the words report one month, so the share is
 * that month's addition to the year's plan, not how much of it is done — unless they also give the total so far
 * (年累计完成…占年计划的88.12%, 新增85466人，达565965人, 1—11月, 截至11月底), which the share then measures.
 */
const ONE_MONTH = /^(?:\d{4}\s*年)?\s*\d{1,2}\s*月份?\s*[，,]|当月|单月|本月/u;
const SO_FAR = /累计|(?:达到?|共|合计|总计)\s*\d|截[至止]|[1一]\s*[-—－–~～至到]\s*\d{1,2}\s*月|前[一二三四五六七八九十\d]{1,2}个?月|以来/u;

function monthAddition(text: string, at: number): boolean {
  const before = text.slice(0, at);
  return ONE_MONTH.test(before) && !SO_FAR.test(before);
}

function shares(text: string): { readonly whole: StatedShare[]; readonly pace: StatedShare[] } {
  const whole: StatedShare[] = [];
  const pace: StatedShare[] = [];
  for (const match of text.matchAll(STATED_SHARE)) {
    const first = match[1] ?? match[2] ?? match[3] ?? match[4] ?? match[5];
    if (first === undefined) continue;
    // 分别占…目标(470亿元、106.5亿元、30亿元)的121.3%185%230%: the task is met only as far as its least-met part.
    const more = MORE_SHARES.exec(text.slice((match.index ?? 0) + match[0].length))?.[0].match(/\d+(?:\.\d+)?/gu) ?? [];
    const digits = String(Math.min(Number(first), ...more.map(Number)));
    const before = text.slice(Math.max(0, (match.index ?? 0) - 10), match.index ?? 0);
    // 超出省定目标任务(60%)22.33个百分点: the target's own value in brackets after its name, not a share done.
    if (/[（(]\s*\d+(?:\.\d+)?%$/u.test(match[0]) && /^\s*[)）]/u.test(text.slice((match.index ?? 0) + match[0].length))) continue;
    // 全年任务目标数是78.9%: the target stated, not a result.
    if (/目标数|目标值|任务数[是为]|指标值|目标为|计划数/u.test(match[0])) continue;
    // 未启动实施的52个村…占计划的15.6%: the share of what is not begun, not of what is done.
    if (NOT_BEGUN.test(text.slice(Math.max(0, (match.index ?? 0) - 24), match.index ?? 0))) continue;
    // 占财政总收入的比重为53.79% · 占耕地总面积近20%: the make-up of a total stock, not how much of a task is done.
    if (/比重|占比|构成|结构|总(?:面积|人口|户数|人数|产值|收入|资产|规模以上)/u.test(match[0])) continue;
    // 总体就业率为96.5% · 年度覆盖率98%: a level the words name (a rate of something other than completion), not a share
    // of the task; 总体 is the whole of a measure, not a 总计划.
    if (/总体|(?<!完成)率/u.test(match[0])) continue;
    // 全年超额完成20%: the target beaten by a fifth of itself, an excess over the whole, not a share of it.
    if (/超额|超出|超过/u.test(match[0]) || /超额完成了?$/u.test(before)) continue;
    // 全年完成5200亩是去年同期的130%: a comparison with last year, not a share of the task.
    if (/同期|去年|上年|同比/u.test(match[0])) continue;
    if (monthAddition(text, match.index ?? 0)) continue;
    const share = { rate: Number(digits) / 100, words: match[0] };
    // 1-12月 is the whole year: its plan is the year's.
    if (SPAN_BEFORE.test(before + match[0].replace(/的?\d.*$/u, '')) && !/1\s*[-—－–~～至]\s*12\s*月/u.test(before)) pace.push(share);
    else whole.push(share);
  }
  return { whole, pace };
}

/** The staff's completion share of the whole task, if the words state one. */
export function statedShare(text: string): StatedShare | null {
  return shares(text).whole[0] ?? null;
}

/**
 * 占投资计划52.93亿元的93.4% · 为年计划的73.6% · 完成年度目标的48% · 占规划量的89.33%: a share of a plan, target,
 * task or budget the staff state in so many words, whatever figures stand between the verb and the share.
 */
const PLAN_SHARE = /(?:占|为|完成|达到?|实现)了?[^，,。；;%]{0,16}?(?:计划|规划|目标|任务|预算)[^，,。；;%]{0,14}?的\s*(\d+(?:\.\d+)?)\s*%/gu;

/**
 * The smallest share of a plan the words state when it is under 100% (占投资计划…的93.4%), else null. Staff write
 * it as their own measure of the task, so figures that seem to meet the target (53.5亿元 of 52.93亿元) cannot
 * outweigh it: the plan they measured against is not the one the row gives, or a figure counts something else.
 */
export function shareOfPlanBelowWhole(text: string): StatedShare | null {
  let lowest: StatedShare | null = null;
  for (const match of withoutThousandsSeparators(text).matchAll(PLAN_SHARE)) {
    // 未启动实施的52个村…占计划的15.6%: what is not begun, not what is done.
    if (NOT_BEGUN.test(match[0]) || monthAddition(text, match.index ?? 0)) continue;
    const rate = Number(match[1]) / 100;
    if (rate < 1 && (lowest === null || rate < lowest.rate)) lowest = { rate, words: match[0] };
  }
  return lowest;
}

/** The staff's completion of a span's plan (完成1-4月投资计划的132.1%): their own 序时 measure. */
export function statedPaceShare(text: string): StatedShare | null {
  return shares(text).pace[0] ?? null;
}

/** The actual and the target the words give, in one measure, and whether every part of the target was matched. */
export interface MatchedFigures {
  readonly actual: number;
  readonly target: number;
  readonly unit: string;
  /** A part of a target with several (新开工50个、竣工30个) that the words give no figure for (竣工30个). */
  readonly unmatchedPart: string | null;
  /** Another part of the target in the same unit that the words report below its figure (新建300户 of 新建500户), said for the 判断依据. */
  readonly shortPart: string | null;
  /** The figure counts what is done only in part (达到和基本达到9个, 基本建成3个). */
  readonly partly: boolean;
  /** The clause the result figure stands in (已完成招标5个), to see what it counts. */
  readonly clause: string;
  /** How many figures the target gives in this unit (不少于3个；亿元以上项目100个 → 2): which one the result answers may be unsure. */
  readonly parts: number;
}

/** The words just before a figure (新开工 in 新开工50个): what the figure counts. */
function labelBefore(text: string, index: number): string {
  const before = text.slice(Math.max(0, index - 6), index);
  const words = before.match(/[\u4e00-\u9fff]+$/u)?.[0] ?? '';
  return words.replace(/^(?:完成|实现|新增|累计|已|共|达|达到|为)+/u, '');
}

/** The words just after a figure's measure word (续建项目 in 133个续建项目): what the figure is a count of. */
function nounAfter(text: string, end: number): string {
  return text.slice(end, end + 5).match(/^[“"「『]?([\u4e00-\u9fff]{2})/u)?.[1] ?? '';
}

interface PlacedFigure extends TextFigure {
  readonly index: number;
  readonly end: number;
  readonly written: string;
}

function placedFiguresIn(text: string): PlacedFigure[] {
  const placed: PlacedFigure[] = [];
  for (const match of text.matchAll(FIGURE)) {
    const figure = figuresIn(match[0])[0];
    const index = match.index ?? 0;
    if (figure !== undefined) placed.push({ ...figure, index, end: index + match[0].length, written: match[0] });
  }
  return placed;
}

/** Two labels name the same part when they share two characters in a row (新开工 · 开工). */
function sameLabel(a: string, b: string): boolean {
  if (a === '' || b === '') return false;
  for (let i = 0; i + 2 <= a.length; i += 1) if (b.includes(a.slice(i, i + 2))) return true;
  return false;
}

/** A verb of finishing with its perfective marker just before a figure (已完成38个, 已整改620家): the figure is a result. */
// 实现投产7个: 实现 before the act is as much a result as 已 is (10个计划投产项目实现投产7个).
const DONE_JUST_BEFORE = /已(?:经)?(?:完成|建成|竣工|完工|整改|办结|解决|改造|处置|消除|实现|投产|达产|投用|投运)了?$|实现(?:投产|达产|竣工|完工|建成|投用|投运|开工)$/u;

/** A figure right after a verb of starting (开工741户, 已动工21410户) counts what was begun, not what was finished. */
const STARTED_BEFORE = /(开工|动工|开建|启动|进场)(?:建设)?(?:了)?$/u;
/** A figure in words of plan or forecast (力争…完成22.99万亩, 计划新建5所, 预计年底完成, 有望完成) is a target, not a result. */
// 方案明确完成改造500户 · 文件要求改造500户: the plan quoted, not a result; so is what is owed (应完成, 需完成, 要求完成, 预期完成),
// but not what was done as required (按要求完成, 按上级要求完成).
// 为2017年底全面完成14.05万户棚改奠定了基础: the figure is of the aim the work lays ground for, not a result.
const PLANNED = /力争|计划|预计|预测|有望|可望|争取|确保|将于|将在|还将|拟|目标|任务数|任务为|下达|(?<![相供响适反对效感回呼顺])应(?:当|该)?(?=完成|改造|建成|新建|新增|实现|达到)|需要?(?=完成|改造|建成|新建|新增|实现|达到)|(?<!按照?[^，,。；;\d]{0,4})要求(?=[^，,。；;\d]{0,8}?\d)|预期(?=完成|实现|达到|新增|可)|为[^，,。；;]{2,30}?(?:奠定|打下|夯实)|(?:方案|规划|通知|文件|意见|要点)[^，,。；;\d]{0,4}?(?:明确|要求|规定|提出)/u;
/**
 * Words before a figure that make it something other than the task's output: its reach (惠及群众5000人, 带动就业300人,
 * 受益, 覆盖人口) and its size (总投资12亿元, 建筑面积2万平方米, 全长8公里). Staff write them beside the output, and
 * they are often larger than the target.
 */
export const NOT_OUTPUT = /惠及|受益|带动|辐射|覆盖|涉及|总投资|总规模|建筑面积|占地面积|占地|总面积|总长|全长|总库容|概算|估算/u;
/** Words right after a count that make it a count of work under way or not done (5个正在施工, 3个尚未开工). */
const UNDER_WAY_AFTER = /^[\u4e00-\u9fff]{0,2}?(?:正在|仍在|还在|在建|尚未|未|没有|待|处于)/u;
/** 500户中的 · 500户中已 · 500户之中 (not 7所中小学): the figure is a base that a count after it is taken from. */
const BASE_AFTER = /^(?:中的|之中|当中|中(?=已|有|\d))/u;
/** Last year named in the clause before a figure (去年同期, 上年度, 上一年, 往年): the figure is that year's, or a change over it. */
// 较2014年一季度林业产值118亿元: a year named after 较/比 is the base of a comparison, and so is its figure — unless a verb of
// this year's result comes between (较2023年提前2个月完成改造100户).
const LAST_YEAR_BEFORE = /去年|上年度?|上一年度?|前年|往年|(?:较|比|与|同比)\s*\d{4}\s*年(?![^，,。；;]*?(?:完成|建成|实现|新增|改造|达到|完工|竣工))/u;
/** A change over another span just before a figure (同比增加, 较上年多完成, 比去年新增): the difference, not the total. */
const DIFFERENCE_BEFORE = /(?:同比|(?:较|比)[^，,。；;\d]{0,8}?)(?:多|增加|增长|新增|提高|多完成|增)了?$/u;
/** Words that make a count a count of what is done only in part. */
const PARTLY_BEFORE = /基本|部分|初步|大部分/u;

/**
 * A count that opens its clause and names its thing (12个新改扩建学校项目已开工10个 · 6个老旧小区改造正在施工):
 * the subject of the sentence, the task's own count restated, not a result — unless the rest of the clause says
 * that count was finished (8所学校全部建成 · 12个村完成改厕). What may stand before it names no act: the report's
 * date or place (截至目前, 全县).
 */
const NOTHING_BEFORE = /^(?:截[至止][^，,]{0,12}?(?:日|底|末|目前)|目前|现|全[县市区镇乡省州]|我[县市区镇乡省州]|今年|\d{4}年(?:度)?|[1一]?\s*[-—－–~～至]?\s*\d{1,2}月份?(?:进展)?)*$/u;
const FINISHED_AFTER = /完成|建成|竣工|完工|办结|投用|投运|交付|通车|到位|达标|全覆盖/u;
const NOT_FINISHED_AFTER = /未|没|正在|推进|开工|动工|启动|施工|实施中|办理|在建|前期/u;

function clauseStart(text: string, index: number): number {
  return Math.max(...[',', '，', '；', ';', '。', '：', ':', '\n'].map((mark) => text.lastIndexOf(mark, index - 1))) + 1;
}

function isSubjectCount(text: string, figure: PlacedFigure): boolean {
  const start = clauseStart(text, figure.index);
  if (!NOTHING_BEFORE.test(text.slice(start, figure.index)) || nounAfter(text, figure.end) === '') return false;
  const rest = clauseAround(text, figure.index).slice(figure.end - start);
  // A second count after it (126条河道已治理120条) is the part of the total done.
  if (/\d/u.test(rest)) return true;
  return !(FINISHED_AFTER.test(rest) && !NOT_FINISHED_AFTER.test(rest));
}

/** A count its own clause reports as finished (共建成安置房1200套 · 完成改造50户): a result, whatever follows it. */
function reportedFinished(text: string, figure: PlacedFigure): boolean {
  const before = text.slice(clauseStart(text, figure.index), figure.index);
  return FINISHED_AFTER.test(before) && !NOT_FINISHED_AFTER.test(before);
}

/** The clause (between ，；。) a position of the text lies in. */
function clauseAround(text: string, index: number): string {
  const start = Math.max(...[',', '，', '；', ';', '。', '\n'].map((mark) => text.lastIndexOf(mark, index - 1))) + 1;
  const ends = [',', '，', '；', ';', '。', '\n'].map((mark) => text.indexOf(mark, index)).filter((at) => at >= 0);
  return text.slice(start, ends.length === 0 ? text.length : Math.min(...ends));
}

/**
 * What a figure is per (每人每月55元 → 人·月, 463元/月 → 月, 人均收入19437元 → 人, 每亩补贴120元 → 亩): a rate or a
 * standard, not a total. A total paid out (累计发放1.87亿元) is not the same measure as a standard per person per
 * month (每人每月55元), however the numbers compare, so only figures per the same thing are held against each other.
 */
const PER_BEFORE = /(?:(?:每|人均|户均|亩均|年均|月均|日均)[\u4e00-\u9fff]{0,6}?)+$/u;
const PER_WORD = /每\s*(人|户|月|年|亩|天|日|次|平方米|公里|吨|床|生|名|家)|(人|户|亩|年|月|日)均/gu;
const PER_AFTER = /^\s*[\/／](?:每)?\s*(人|户|月|年|亩|天|日|次|平方米|公里|吨|床|生|名|家)/u;

function perOf(text: string, figure: PlacedFigure): string {
  const before = text.slice(clauseStart(text, figure.index), figure.index).replace(/\s/gu, '');
  const per = new Set<string>();
  const lead = PER_BEFORE.exec(before.slice(-10));
  if (lead !== null) for (const match of lead[0].matchAll(PER_WORD)) per.add(match[1] ?? match[2] ?? '');
  const after = PER_AFTER.exec(text.slice(figure.end, figure.end + 6));
  if (after?.[1] !== undefined) per.add(after[1]);
  return [...per].map((word) => (word === '日' ? '天' : word)).sort().join('·');
}

/**
 * The actual and the target a row's words give, in the same unit. The target's first figure is held against
 * the text's figure in that unit that reports a result — not one that restates the target's total (2个…已完成1个,
 * 133个续建项目完成投资…: the count of the task is no result), not a count of what was begun (开工741户), not a
 * figure in words of plan (力争…完成22.99万亩). A target with several figures in one unit (新开工50个、竣工30个)
 * is met only when every part is: a part the words give no figure for is named in `unmatchedPart`. null when
 * the two share no unit (a percentage growth is not set against an amount), or the words report no result.
 */
/**
 * …`startsCounted`: the row's own name makes the task a start (2017年计划新开工棚户区改造 over a target of 600万套), so a count
 * of starts answers the target as 新开工50个 in the target itself would.
 */
export function matchedFigures(text: string, targetText: string, startsCounted = false): MatchedFigures | null {
  const clean = withoutThousandsSeparators(text);
  const targetFigures = placedFiguresIn(targetText).filter((figure) => figure.unit !== '%');
  const actuals = placedFiguresIn(clean).filter((figure) => {
    const started = STARTED_BEFORE.exec(clean.slice(Math.max(0, figure.index - 6), figure.index));
    // …unless starting is what the target counts (新开工50个).
    if (started?.[1] !== undefined && !targetText.includes(started[1]) && !(startsCounted && /开工|动工|开建/u.test(started[1]))) return false;
    // 惠及群众5000人 · 总投资12亿元: a reach or a size, not what the task produced — unless the target counts it.
    const before = clean.slice(clauseStart(clean, figure.index), figure.index);
    const notOutput = NOT_OUTPUT.exec(before.slice(-10));
    if (notOutput !== null && !targetText.includes(notOutput[0])) return false;
    // 5个正在施工 · 3个在建 · 2个未完工: the count of what is still under way or not done.
    if (UNDER_WAY_AFTER.test(clean.slice(figure.end, figure.end + 6))) return false;
    // 500户中的480户: the first figure is the base the second is counted in, not a result.
    if (BASE_AFTER.test(clean.slice(figure.end, figure.end + 4))) return false;
    // 去年同期完成500户 · 上年度完成500户 · 较上年多完成500户 · 同比增加500户: last year's figure, or this year's over last
    // year's, neither of them this year's result — unless the target itself is written so (比上年增加500户).
    if ((LAST_YEAR_BEFORE.test(before) || DIFFERENCE_BEFORE.test(before)) && !/去年|上年|前年|往年|较|比/u.test(targetText)) return false;
    // 建设任务741户 · 任务9.79万亩: the figure right after 任务 is the task's own, restated (完成任务50户 is a result).
    if (/任务$/u.test(before) && !/(?:完成|超额完成|落实)任务$/u.test(before)) return false;
    // 83个目标任务村中已完成38个: a finished verb right before the figure makes it a result, whatever plan words the
    // subject of the clause carries (目标任务村 names the task's villages, not a plan for this figure).
    const planned = PLANNED.test(clauseAround(clean, figure.index)) && !DONE_JUST_BEFORE.test(before);
    return !planned && !isSubjectCount(clean, figure);
  });
  for (const target of targetFigures) {
    if (target.value <= 0) continue;
    const targetNoun = nounAfter(targetText, target.end);
    // The task's own count, restated as the subject of the words (133个续建项目 under 133个续建项目), is no result.
    const targetPer = perOf(targetText, target);
    const results = actuals.filter((figure) => figure.unit === target.unit && perOf(clean, figure) === targetPer && !(figure.value === target.value && targetNoun !== '' && nounAfter(clean, figure.end) === targetNoun));
    if (results.length === 0) continue;
    // 到位资金416.5亿元，完成投资392.1亿元 under 完成投资585.3亿元: the figure named as the target names its measure answers it.
    const targetLabel = labelBefore(targetText, target.index);
    const named = results.filter((figure) => sameLabel(targetLabel, labelBefore(clean, figure.index)));
    const first = named.length > 0 && named.length < results.length ? named[0] : results[0];
    if (first === undefined) continue;
    // A total the words restate before their result (126条…治理已完成120条) is not the result.
    const actual = results.length > 1 && first.value === target.value && !reportedFinished(clean, first) ? (results[1] ?? first) : first;
    const parts = targetFigures.filter((figure) => figure.unit === target.unit);
    let unmatchedPart: string | null = null;
    let shortPart: string | null = null;
    if (parts.length > 1) {
      for (const part of parts.slice(1)) {
        const label = labelBefore(targetText, part.index);
        const found = results.filter((figure) => figure !== actual && sameLabel(label, labelBefore(clean, figure.index)));
        if (found.length === 0) {
          unmatchedPart = `${label}${part.written}`;
          break;
        }
        // 改造500户、新建300户 under 改造500户，新建500户: the second part is reported, and short.
        const best = found.reduce((most, figure) => (figure.value > most.value ? figure : most));
        if (shortPart === null && best.value < part.value) shortPart = `${labelBefore(clean, best.index)}${best.written}，未达到“${label}${part.written}”`;
      }
    }
    // 基本建成 is no part where the words name it as the task's measure (基本建成任务3557套, …已基本建成5073套).
    const before = clean.slice(Math.max(0, actual.index - 8), actual.index);
    const partly = PARTLY_BEFORE.test(before) && !(/基本建成/u.test(before) && BASIC_AS_MEASURE.test(clean));
    return { actual: actual.value, target: target.value, unit: target.unit, unmatchedPart, shortPart, partly, clause: clauseAround(clean, actual.index), parts: parts.length };
  }
  return null;
}

/** A growth rate: 同比增长10.1% → 0.101, 同比下降37.8% → −0.378; and the words that give it. */
export interface Growth {
  readonly rate: number;
  readonly words: string;
}

// 同比分别-6.2%、-19.3%: a signed change after 同比 is a growth written without its verb.
const GROWTH = /(增长|增速|增幅|增加|提高|提升|上升|下降|减少|回落|负增长|同比(?:分别)?(?=\s*[-+－]))(?:率)?(?:为|达到|达)?([-+－]?\d+(?:\.\d+)?)\s*%/u;

export function growthIn(text: string): Growth | null {
  const match = GROWTH.exec(text);
  if (match?.[1] === undefined || match[2] === undefined) return null;
  const value = Number(match[2].replace(/[+－]/u, (sign) => (sign === '－' ? '-' : ''))) / 100;
  const falling = /下降|减少|回落|负增长/u.test(match[1]);
  return { rate: falling ? -Math.abs(value) : value, words: match[0] };
}

/** A level a rate must reach (覆盖率达25%, 通达率97%以上), or stay under (控制在4.5%以内), and the level written. */
export interface LevelTarget {
  readonly level: number;
  readonly lowerIsBetter: boolean;
}

// 满意度, 知晓度: a 度 that names a level, as 率 does (年度 is not one).
const LEVEL = /[\u4e00-\u9fff]{0,2}(?:率|比例|占比|比重|覆盖面|(?:满意|知晓|认可|参与|贡献|完好|信任|支持)度)[^，,。；;\d%]{0,6}?(\d+(?:\.\d+)?)%/u;

/** A target that is a level of a rate, not a growth of it (增长/提高 X% is a growth). */
export function levelTargetIn(targetText: string): LevelTarget | null {
  if (/增长|增速|提高|提升|下降|降低|减少/u.test(targetText)) return null;
  const match = LEVEL.exec(targetText);
  if (match?.[1] === undefined) return null;
  return { level: Number(match[1]) / 100, lowerIsBetter: /以内|以下|低于|不超过|不高于|控制在/u.test(targetText) };
}

/** The rate the words report (覆盖率达31%), with its words. */
export function levelIn(text: string): { readonly level: number; readonly words: string } | null {
  const match = LEVEL.exec(text);
  if (match?.[1] !== undefined) return { level: Number(match[1]) / 100, words: match[0] };
  // A cell that is one rate and nothing else (98.5%) under a level target is that level: the 实际值 of a 自评表.
  const bare = /^\s*(\d+(?:\.\d+)?)\s*%\s*$/u.exec(text);
  return bare?.[1] === undefined ? null : { level: Number(bare[1]) / 100, words: text.trim() };
}

/**
 * A target that is a share of the works (完成工程量30%, 形象进度达到50%以上, 完成总工程量的60%): the measure is how
 * much of the building is done, which money spent does not tell.
 */
const WORK_SHARE_TARGET = /(?:工程量|形象进度|工程进度|建设进度)[^，,。；;\d%]{0,4}?(\d+(?:\.\d+)?)\s*%/u;
/** The share of the works the words report: 进度至53%, 形象进度达60%, 完成工程量的45%, 完成总工程量的90%. */
const WORK_SHARE = /(?:工程量|形象进度|工程进度|建设进度|进度)[^，,。；;\d%]{0,4}?(\d+(?:\.\d+)?)\s*%/u;

export function workShareTargetIn(targetText: string): number | null {
  const match = WORK_SHARE_TARGET.exec(targetText);
  return match?.[1] === undefined ? null : Number(match[1]) / 100;
}

export function workShareIn(text: string): { readonly level: number; readonly words: string } | null {
  const match = WORK_SHARE.exec(text);
  // 序时进度 and 时间进度 are the calendar's share, not the works'.
  if (match?.[1] === undefined || /序时|时间|时序/u.test(text.slice(Math.max(0, (match.index ?? 0) - 2), match.index ?? 0) + match[0])) return null;
  return { level: Number(match[1]) / 100, words: match[0] };
}

/**
 * A rate the target sets beside its count (培训1000人，取证率80%), and how the words answer it: the rate they report
 * (取证率66.7%), or null when they report none. A target with several measures is met only when each is.
 */
export interface OtherMeasure {
  readonly wanted: string;
  readonly reported: string | null;
  readonly met: boolean;
}

export function rateBesideCount(text: string, targetText: string): OtherMeasure | null {
  const target = levelTargetIn(targetText);
  const wanted = LEVEL.exec(targetText);
  if (target === null || wanted === null) return null;
  const reported = levelIn(text);
  if (reported === null) return { wanted: wanted[0], reported: null, met: false };
  const met = target.lowerIsBetter ? reported.level <= target.level : reported.level >= target.level;
  return { wanted: wanted[0], reported: reported.words, met };
}
