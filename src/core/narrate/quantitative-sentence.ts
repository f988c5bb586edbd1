import { isGrowthTarget } from '../judge';
import type { CellRef, Indicator, Run, Status } from '../model';
import { fieldFigure, growthFigure, pointsFigure, rateFigure, statedRateFigure, type Figure } from './figure';
import { subjectName } from './indicator-name';
import { isCountUnit, isDurationUnit } from './measure-word';
import { periodName } from './period-wording';
import { RunBuilder } from './run-builder';
import type { IndicatorSentence, SentenceContext } from './sentence-context';
import { mentionsFigure, mentionsSubject, splitAfterFigure, staffText, staffTextRuns, statesGrowth, statesRate, type StaffText } from './staff-text';
import { statedPointsRuns, statedPointsWords } from './stated-points';
import { figuresWithoutTarget } from './figures-without-target';
import { reportedByPlace } from './status-tally';
import { quotientTolerance, ratesAgree, roundingOf } from '../validate/rate-agreement';

/**
 * A quantitative indicator as the seed report states one:
 * 1—5月份全县固定资产投资完成39.9亿元，增幅31.08%，完成全年目标的44.33%，超过序时进度2.66个百分点。
 * Figures come first, then how they stand against the target and 序时进度, then the staff's own words.
 */
export function quantitativeSentence(indicator: Indicator, context: SentenceContext): IndicatorSentence {
  const status: Status = context.result?.status ?? 'no-data';
  const builder = new RunBuilder();
  const actual = indicator.actual === null ? null : fieldFigure(indicator.actual, indicator.unit, indicator.name.value);
  const unit = actual?.unit ?? indicator.unit;
  const subject = context.namedByLead ? '' : subjectName(indicator, unit, isCountUnit(unit));
  const staff = staffText(indicator.progressText);

  if (status === 'pending') {
    if (context.quotedWithoutTarget === true && figuresWithoutTarget(indicator, context.result)) return figuresOnlySentence(indicator, subject, actual, context);
    builder.text(`${subject}完成数据待核实`);
    return { indicator, runs: builder.build(), lagging: false };
  }
  if (actual === null && indicator.statedCompletion !== null && status !== 'no-data') {
    return statedProgressSentence(indicator, subject, staff, context, builder);
  }
  if (actual === null && indicator.target === null && (status === 'on-track' || status === 'behind')) {
    const growth = growthAgainstGoal(indicator, subject, status, context, staff);
    if (growth !== null) return growth;
  }
  if (actual === null || status === 'no-data') {
    // A status the sheet states without a figure (是否达序 “是”) is reported: never "完成情况尚未填报" beside it.
    const stated = statusWithoutFigure(status);
    // Nothing at all to state — no target, no figure, no words — "本项，完成情况尚未填报" says 本项 for nothing.
    // No line for the whole, figures for each place or unit (汉中's units' 办结率, no 合计): reported, not 尚未填报.
    if (actual === null && indicator.actual === null && staff === null && reportedByPlace(indicator)) {
      builder.text(`${subject}表中没有合计数，各地区、各单位的情况分列于后`).placeholder('【待补充：合计完成情况】');
      return { indicator, runs: builder.build(), lagging: false };
    }
    if (indicator.target === null && actual === null && staff === null && statedPointsRuns(indicator, '').length === 0) {
      if (stated !== null) builder.text(`${subject}${stated}`);
      else builder.text(`${subject}完成情况尚未填报`).placeholder('【待补充：完成情况】');
      return { indicator, runs: builder.build(), lagging: stated !== null && status === 'behind' };
    }
    statedTargetOnly(indicator, subject, builder);
    // A figure the sheet holds that nothing could judge (a fall against a target of a fall, 节能 -6.04 against -5,
    // real-frozen-12/127) was reported: it is quoted and a person asked, never called "完成情况尚未填报".
    if (actual !== null && staff === null) {
      // A change written in words (增长2.5%左右, 下降4%) is quoted as written: its sign is in the words, not the figure.
      const written = indicator.actual?.derived === true ? indicator.actual.text.trim() : '';
      const change = /^(?:同比|比上年)?(?:增长|增加|提高|上升|下降|减少|降低|回落)/u.test(written);
      // The goal written the same way (增长7%左右) is what the figure answers: it goes first, quoted.
      const goal = indicator.targetText;
      if (change && indicator.target === null && goal !== null && builder.plain() === '' && /^(?:增长|增加|提高|下降|减少|降低|控制)/u.test(goal.value.trim())) {
        builder.text('全年目标').append(staffTextRuns(goal.value.trim(), [goal.cell]));
      }
      appendClause(builder, [{ kind: 'text', text: change ? '，实际' : '，实际完成' }, { kind: 'number', text: change ? written : actual.text, value: actual.value, unit: actual.unit, sources: [...actual.sources] }]);
      builder.placeholder('【待确认：是否已完成】');
      return { indicator, runs: builder.build(), lagging: false };
    }
    // 提升2.1个百分点 in the actual's cell is what was reported: quoted as written, never "尚未填报".
    const points = statedPointsRuns(indicator, staff?.text ?? '');
    appendClause(builder, points);
    if (staff !== null) appendClause(builder, [{ kind: 'text', text: '，' }, ...staffTextRuns(staff.text, [staff.cell])]);
    else if (points.length === 0 && stated !== null) appendClause(builder, [{ kind: 'text', text: `，${stated}` }]);
    else if (points.length === 0) appendClause(builder, [{ kind: 'text', text: '，完成情况尚未填报' }, { kind: 'placeholder', text: '【待补充：完成情况】' }]);
    return { indicator, runs: builder.build(), lagging: stated !== null && staff === null && points.length === 0 && status === 'behind' };
  }

  const split = staff === null ? null : splitAfterFigure(staff.text, actual.digits, actual.unit) ?? splitAfterWritten(staff, indicator);
  if (staff !== null && split !== null) {
    // The staff already wrote the figure in their own sentence: theirs leads, and ours adds what it lacks
    // right after the sentence that states the figure, before the rest of their account.
    if (subject !== '' && !mentionsSubject(staff.text, subject)) builder.text(context.variety.pick('topic', [`在${subject}上，`, `${subject}方面，`]));
    builder.append(sourcedStaffRuns({ text: split.head, cell: staff.cell }, actual));
    builder.append(growthClause(indicator, context, staff.text));
    builder.append(statedPointsRuns(indicator, staff.text));
    builder.append(targetClause(indicator, actual, status, context, staff.text));
    builder.append(staffTextRuns(split.tail, [staff.cell]));
  } else if (isStatedChange(indicator, actual)) {
    // The actual is itself the change the staff wrote (提高1.6个百分点): their words say it; "完成1.6个百分点，
    // 提高1.6个百分点" said it twice, the first time as a completion.
    const words = statedPointsWords(indicator)!;
    if (subject !== '') builder.text(subject);
    builder.append(staffTextRuns(words, [indicator.statedChangePoints!.cell]));
    builder.append(targetClause(indicator, actual, status, context, ''));
    if (staff !== null) appendStaff(builder, staff);
  } else {
    actualClause(indicator, subject, actual, context, builder);
    builder.append(growthClause(indicator, context, ''));
    builder.append(statedPointsRuns(indicator, staff?.text ?? ''));
    builder.append(targetClause(indicator, actual, status, context, ''));
    if (staff !== null) appendStaff(builder, staff);
  }
  // The figures are quoted, and whether they finish the task is asked, as the qualitative lines ask it.
  if (status === 'unclear') builder.placeholder('【待确认：是否已完成】');
  return { indicator, runs: builder.build(), lagging: status === 'behind' };
}

/**
 * An actual read out of the staff's own sentence and put in the target's unit (14826人 → 1.4826万人): their sentence
 * states it as they wrote it, so it leads, and the draft never restates it in a unit they did not write.
 */
function splitAfterWritten(staff: StaffText, indicator: Indicator): { head: string; tail: string } | null {
  const field = indicator.actual;
  if (field === null || !field.derived || !sameCell(field.cell, staff.cell)) return null;
  const written = /^(\d+(?:\.\d+)?)\s*([^\d\s]*)$/u.exec(field.text.trim());
  return written === null ? null : splitAfterFigure(staff.text, written[1], written[2] === '' ? null : written[2]);
}

function sameCell(a: CellRef, b: CellRef): boolean {
  return a.sheet === b.sheet && a.row === b.row && a.col === b.col;
}

/**
 * Figures with no target to hold them to (a statistics table's 总量 and 增速): quoted as written, with no verb of
 * completion and no status — "为52316.4万元，同比增长6.2%". Where other rows of the table have targets, the
 * sentence says this one has none and was not judged; a statistics table says it once, in its opening.
 */
function figuresOnlySentence(indicator: Indicator, subject: string, actual: Figure | null, context: SentenceContext): IndicatorSentence {
  const builder = new RunBuilder().text(periodPrefix(indicator, context));
  const growth = growthClause(indicator, context, '');
  if (actual !== null) {
    builder.text(subject === '' ? '' : `${subject}为`).number(actual.text, actual.value, actual.unit, actual.sources).append(growth);
  } else {
    const [first, ...rest] = growth;
    builder.text(subject);
    if (first !== undefined) builder.append([first.kind === 'text' ? { ...first, text: first.text.replace(/^，/, '') } : first, ...rest]);
  }
  if (builder.plain() === '') builder.text(`${subject}完成数据待核实`);
  else if (!context.statisticsTable) builder.text('，表中没有目标值，未评价完成情况');
  return { indicator, runs: builder.build(), lagging: false };
}

/**
 * A growth reached against a growth goal, with no level on either side (地区生产总值 | 预期增长 6 | 上半年完成 4): the two
 * are compared in points, never divided — "增长4%，比全年目标6%低2个百分点", as targetClause says a rate against a rate —
 * and a growth below zero is a fall (下降3.6%). A name that already says it is a growth (…增长率) takes 为, as
 * actualClause does. Null when either figure cannot be written.
 */
function growthAgainstGoal(indicator: Indicator, subject: string, status: Status, context: SentenceContext, staff: StaffText | null): IndicatorSentence | null {
  const growth = indicator.statedGrowth;
  const goal = indicator.targetGrowth ?? null;
  if (growth === null || goal === null || !Number.isFinite(growth.value) || !Number.isFinite(goal.value)) return null;
  const reached = statedRateFigure(growth);
  const aimed = statedRateFigure(goal);
  if (reached === null || aimed === null) return null;
  const cells = [growth.cell, goal.cell];
  const signed = (figure: Figure, value: number): string => `${value < 0 ? '-' : ''}${figure.text}`;
  const named = /增长|增速|增幅|同比/u.test(indicator.name.value);
  const builder = new RunBuilder().text(`${periodPrefix(indicator, context)}${subject}`);
  // The staff's own words that already state the growth (同比增长5.1%，增速居全市第二) lead; ours add the goal after them.
  const told = staff !== null && mentionsFigure(staff.text, reached.digits, '%');
  if (told) builder.append(staffTextRuns(staff.text.replace(/[。；;，,\s]+$/, ''), [staff.cell]));
  else if (named) builder.text('为').number(signed(reached, growth.value), growth.value * 100, '%', reached.sources);
  else builder.text(growth.value < 0 ? '下降' : '增长').number(reached.text, reached.value, reached.unit, reached.sources);
  const diff = growth.value - goal.value;
  const points = pointsFigure(diff, cells);
  if (indicator.direction === 'lower') {
    // A ceiling (涨幅3%以内) is kept under; a fall to reach (能耗下降3%) is reached or not.
    const within = growth.value <= goal.value;
    if (goal.value < 0) builder.text(within ? '，达到全年下降' : '，未达到全年下降').number(aimed.text, aimed.value, aimed.unit, aimed.sources).text('的目标');
    else if (within) builder.text('，控制在全年目标').number(aimed.text, aimed.value, aimed.unit, aimed.sources).text('以内');
    else if (points === null || points.digits === '0') builder.text('，超出全年目标').number(aimed.text, aimed.value, aimed.unit, aimed.sources);
    else builder.text('，比全年目标').number(aimed.text, aimed.value, aimed.unit, aimed.sources).text('高').number(points.text, points.value, points.unit, points.sources);
  } else if (points === null || points.digits === '0') builder.text('，实现全年目标').number(signed(aimed, goal.value), goal.value * 100, '%', aimed.sources);
  else builder.text('，比全年目标').number(signed(aimed, goal.value), goal.value * 100, '%', aimed.sources).text(diff > 0 ? '高' : '低').number(points.text, points.value, points.unit, points.sources);
  statusTail(status, context, builder, null, cells, indicator);
  if (staff !== null && !told) appendStaff(builder, staff);
  return { indicator, runs: builder.build(), lagging: status === 'behind' };
}

/** An actual in 个百分点 that the staff's own words state as the change (提升3.89个百分点). */
function isStatedChange(indicator: Indicator, actual: Figure): boolean {
  if (!/^个?百分点$/.test(actual.unit ?? '')) return false;
  const words = statedPointsWords(indicator);
  return words !== null && mentionsFigure(words, actual.digits, '个百分点');
}

/**
 * No actual, but a rate the sheet states (当前进度 95%, 完成比例 56): "全年目标5000人，完成全年目标的56%，超过序时进度6个
 * 百分点" or, without a target, "进度为95%". The staff's words beside the figure follow as they wrote them.
 */
function statedProgressSentence(indicator: Indicator, subject: string, staff: StaffText | null, context: SentenceContext, builder: RunBuilder): IndicatorSentence {
  const status: Status = context.result?.status ?? 'no-data';
  const stated = indicator.statedCompletion!;
  const rate = statedRateFigure(stated);
  statedTargetOnly(indicator, subject, builder);
  if (rate !== null) appendClause(builder, [{ kind: 'text', text: indicator.target !== null ? '，完成全年目标的' : '，进度为' }, { kind: 'number', text: rate.text, value: rate.value, unit: rate.unit, sources: [...rate.sources] }]);
  builder.append(statedPointsRuns(indicator, staff?.text ?? ''));
  statusTail(status, context, builder, context.result?.progressGap ?? null, [stated.cell], indicator);
  // 75%（东片区两个项目进度滞后）: the words beside the figure, without the figure said twice.
  const words = staff === null ? null : staff.text.replace(new RegExp(`^\\s*${rate?.digits.replace('.', '\\.') ?? '$^'}\\s*[%％]?\\s*`), '').replace(/^[(（](.*)[)）]$/, '$1');
  if (staff !== null && words !== null && words.trim() !== '') appendStaff(builder, { text: words, cell: staff.cell });
  return { indicator, runs: builder.build(), lagging: status === 'behind' };
}

/** Staff text with the actual's figure pointing at the actual's cell as well as the text's. */
function sourcedStaffRuns(staff: StaffText, actual: Figure): Run[] {
  return staffTextRuns(staff.text, [staff.cell]).map((run) =>
    run.kind === 'number' && mentionsFigure(run.text, actual.digits, actual.unit) ? { ...run, sources: [...actual.sources, staff.cell] } : run,
  );
}

/** A note that only says the task is done (已超额完成, 已达标完成): nothing to add after the draft has said so. */
const DONE_NOTE = /^(?:已经?|均已)?(?:达标|超额|全面|提前|按时|如期)?(?:完成|达标)(?:了)?(?:全年|年度)?(?:目标)?(?:任务)?$/u;
const SAID_DONE = /(?:超额|全面|提前|已)完成全年(?:目标)?任务$/u;

function appendStaff(builder: RunBuilder, staff: StaffText): void {
  // 超额完成 after "…，超额完成全年目标任务" would say it twice.
  if (builder.plain().includes(staff.text)) return;
  if (DONE_NOTE.test(staff.text) && SAID_DONE.test(builder.plain())) return;
  // A short clause runs on after a comma; a longer account becomes its own sentence.
  const joiner = staff.text.length <= 40 && !/[。；]/.test(staff.text) ? '，' : '。';
  builder.text(joiner).append(staffTextRuns(staff.text, [staff.cell]));
}

/**
 * The target as a comparison uses it: "比全年目标不少于80%高1.2个百分点" and "控制在目标不超过25%以内" say the
 * bound twice, so the bound's words are dropped (and 68000万元 may read 6.8亿元 again).
 */
function comparedTarget(indicator: Indicator): Figure | null {
  if (indicator.target === null) return null;
  const target = fieldFigure({ ...indicator.target, approx: 'exact' }, indicator.unit, indicator.name.value);
  // 998650人 stays as typed (99.87万人 would round it): its target then reads in 人 too, never 101.2万人 beside it.
  const actual = indicator.actual === null ? null : fieldFigure(indicator.actual, indicator.unit, indicator.name.value);
  if (target === null || actual === null || actual.unit === target.unit) return target;
  const plain = fieldFigure({ ...indicator.target, approx: 'exact' }, indicator.unit, indicator.name.value, false);
  return plain !== null && plain.unit === actual.unit ? plain : target;
}

/**
 * The subject and the target before what was reported. A name that already states the target (力争实施技改项目400个,
 * 削减存量底册违建至30%) is not followed by "全年目标400个" again; and with nothing to lead with, the staff's words or
 * the rate lead (never "本项，…").
 */
function statedTargetOnly(indicator: Indicator, subject: string, builder: RunBuilder): void {
  const target = indicator.target === null ? null : fieldFigure(indicator.target, indicator.unit, indicator.name.value);
  if (target === null || nameStatesTarget(indicator, target)) {
    builder.text(subject);
    return;
  }
  builder.text(`${subject}全年目标`).number(target.text, target.value, target.unit, target.sources);
}

/** The indicator's name states the target figure with its unit (新增家政服务人员350人 for 350人), as the lead or subject shows it. */
function nameStatesTarget(indicator: Indicator, target: Figure): boolean {
  if (target.unit === null || target.unit === '') return false;
  return mentionsFigure(indicator.name.value, target.digits, target.unit);
}

/** A clause after what is already written; at the very start its joining comma goes. */
function appendClause(builder: RunBuilder, runs: readonly Run[]): void {
  const [first, ...rest] = runs;
  if (first === undefined) return;
  if (builder.isEmpty() && first.kind === 'text') builder.append([{ ...first, text: first.text.replace(/^[，；]/, '') }, ...rest]);
  else builder.append(runs);
}

/** A status decided without any figure or words to quote (a 是否达序 column): said plainly, as a qualitative line says it. */
function statusWithoutFigure(status: Status): string | null {
  switch (status) {
    case 'completed':
    case 'exceeded':
      return '已按要求完成';
    case 'on-track':
      return '达到序时进度';
    case 'in-progress':
      return '正在有序推进';
    case 'behind':
      return '进度滞后';
    case 'no-data':
    case 'not-reported':
    case 'pending':
    case 'unclear':
      return null;
    default: {
      const unreachable: never = status;
      return unreachable;
    }
  }
}

/** "1—5月份" when the figures cover other months than the report (固定资产投资 is reported a month late). */
function periodPrefix(indicator: Indicator, context: SentenceContext): string {
  const months = indicator.dataMonths;
  if (months !== undefined && (months.fromMonth !== context.period.fromMonth || months.toMonth !== context.period.toMonth)) {
    return periodName(months.fromMonth, months.toMonth);
  }
  return '';
}

function actualClause(indicator: Indicator, subject: string, actual: Figure, context: SentenceContext, builder: RunBuilder): void {
  const prefix = periodPrefix(indicator, context);
  const lead = prefix;
  const unit = actual.unit;
  const target = comparedTarget(indicator);
  if (indicator.direction === 'lower' && isDurationUnit(unit) && target !== null) {
    // 审批时限: 由要求3天简化为1天. 要求 already says it is a limit, so the target loses its 不超过.
    builder.text(`${lead}${subject}由要求的`).number(target.text, target.value, target.unit, target.sources);
    builder.text(context.variety.pick('shorten', ['压缩至', '简化为'])).number(actual.text, actual.value, actual.unit, actual.sources);
    return;
  }
  let verb: string;
  // 达到 praises; a 逆向指标 (事故3起) or a rate is stated plainly.
  if (indicator.direction === 'lower') verb = '为';
  // A growth against a growth target the name does not call one (地区生产总值 | 预期增长6% | 4) is said as a growth: 增长4%,
  // 增长-3.6% as statistics releases write it. A name that already says it (…增长率, 比同期增长) keeps the plain verbs.
  else if (unit === '%' && isGrowthTarget(indicator) && !/增长|增速|增幅|同比/u.test(indicator.name.value)) verb = '增长';
  else if (unit === '%') verb = context.variety.pick('rate-verb', ['达到', '为']);
  else if (isCountUnit(unit)) verb = context.variety.pick('count-verb', subject === '' ? ['共', '累计', '达到'] : ['', '达到', '累计']);
  else verb = context.variety.pick('amount-verb', ['完成', '累计完成', '完成']);
  builder.text(`${lead}${subject}${verb}`).number(actual.text, actual.value, actual.unit, actual.sources);
}

/** 同比增长31.08% / 比上年同期下降5% / 与上年同期持平; the sheet's stated rate wins over our own. */
function growthClause(indicator: Indicator, context: SentenceContext, staff: string): Run[] {
  const builder = new RunBuilder();
  let figure: Figure | null = null;
  let sign = 0;
  if (indicator.statedGrowth !== null && Number.isFinite(indicator.statedGrowth.value)) {
    figure = statedRateFigure(indicator.statedGrowth);
    sign = Math.sign(indicator.statedGrowth.value);
  } else if (isRateUnit(indicator) && indicator.actual !== null && indicator.lastYear !== null) {
    // The change in points the staff wrote is quoted beside (statedPointsRuns) and wins over our own.
    return indicator.statedChangePoints ? [] : pointsChange(indicator, context, staff);
  } else if (context.result?.growthRate !== null && context.result?.growthRate !== undefined && indicator.actual !== null && indicator.lastYear !== null) {
    figure = growthFigure(context.result.growthRate, [indicator.actual.cell, indicator.lastYear.cell]);
    sign = Math.sign(context.result.growthRate);
  }
  if (figure === null || (staff !== '' && (mentionsFigure(staff, figure.digits, '%') || statesGrowth(staff)))) return [];
  if (figure.digits === '0') return builder.text('，与上年同期持平').build();
  // 0起 against last year's 2起 is "下降100%" in arithmetic only; the sentence's 0 says it better.
  if (sign < 0 && figure.digits === '100' && indicator.actual?.value === 0) return [];
  const words =
    sign > 0
      ? context.variety.pick('growth-up', ['，同比增长', '，增幅', '，比上年同期增长', '，比同期增长'])
      : context.variety.pick('growth-down', ['，同比下降', '，比上年同期下降', '，比同期减少']);
  return builder.text(words).number(figure.text, figure.value, figure.unit, figure.sources).build();
}

function isRateUnit(indicator: Indicator): boolean {
  return indicator.unit === '%' || indicator.unit === '％';
}

/** A rate against last year's rate: 比上年同期提高3.3个百分点, not a percentage of a percentage. */
function pointsChange(indicator: Indicator, context: SentenceContext, staff: string): Run[] {
  if (indicator.actual === null || indicator.lastYear === null || statesGrowth(staff)) return [];
  const diff = (indicator.actual.value - indicator.lastYear.value) / 100;
  const points = pointsFigure(diff, [indicator.actual.cell, indicator.lastYear.cell]);
  if (points === null || !Number.isFinite(diff)) return [];
  if (points.digits === '0') return [{ kind: 'text', text: '，与上年同期持平' }];
  const words = diff > 0 ? context.variety.pick('points-up', ['，比上年同期提高', '，同比提高']) : context.variety.pick('points-down', ['，比上年同期下降', '，同比下降']);
  return new RunBuilder().text(words).number(points.text, points.value, points.unit, points.sources).build();
}

/** The 完成率 the sheet states, when it agrees with actual ÷ target within the rounding of the three figures. */
function agreedStatedRate(indicator: Indicator, rate: number): Figure | null {
  const { statedCompletion: stated, actual, target } = indicator;
  if (stated === null || actual === null || target === null || target.value === 0) return null;
  const tolerance = quotientTolerance(actual.value, roundingOf(actual), target.value, roundingOf(target));
  if (!ratesAgree(stated.value, roundingOf(stated), rate, tolerance)) return null;
  const figure = statedRateFigure(stated);
  return figure === null ? null : { ...figure, sources: [stated.cell, actual.cell, target.cell] };
}

/** A completion rate above this (200%) is written with a request to check it. */
const DOUBTFUL_RATE = 2;

/** How the figure stands against the annual target and 序时进度. */
function targetClause(indicator: Indicator, actual: Figure, status: Status, context: SentenceContext, staff: string): Run[] {
  const builder = new RunBuilder();
  const target = comparedTarget(indicator);
  const bothCells = [...actual.sources, ...(indicator.target === null ? [] : [indicator.target.cell])];
  if (target === null) return statusTail(status, context, builder, null, bothCells, indicator).build();

  if (actual.unit === '%' && indicator.direction === 'higher') {
    // A rate against a rate: percentage points, not a percentage of a percentage.
    const diff = (actual.value - target.value) / 100;
    const points = pointsFigure(diff, bothCells);
    // 达到100%，实现全年目标100%，已完成全年目标任务 says it three times: when done, the status says it alone.
    if ((points === null || points.digits === '0') && status === 'completed' && target.digits === actual.digits) return statusTail(status, context, builder, null, bothCells, indicator).build();
    if (points === null || points.digits === '0') builder.text('，实现全年目标').number(target.text, target.value, target.unit, target.sources);
    else {
      builder.text('，比全年目标').number(target.text, target.value, target.unit, target.sources).text(diff > 0 ? '高' : '低');
      builder.number(points.text, points.value, points.unit, points.sources);
    }
    return statusTail(status, context, builder, null, bothCells, indicator).build();
  }
  if (indicator.direction === 'lower') {
    // A ceiling of zero (事故0起) is met by not happening at all: 控制在目标0起以内 says nothing.
    if (!(isDurationUnit(actual.unit) && indicator.target !== null) && target.value !== 0) {
      const within = actual.value <= target.value;
      builder.text(within ? '，控制在目标' : '，超出控制目标').number(target.text, target.value, target.unit, target.sources);
      if (within) builder.text('以内');
    }
    return lowerStatusTail(status, builder).build();
  }
  const rate = context.result?.completionRate;
  // "完成全年目标的100%，已完成全年目标任务" says it twice: the status alone is enough. Where a person must still
  // confirm whether it is done (造林387亩 against 绿化面积387亩), a share of the target would claim it for them.
  if (rate !== null && rate !== undefined && status !== 'completed' && status !== 'unclear') {
    // An approximate figure (近3万亩) makes only an approximate rate: whole percent, with 约.
    const rough = indicator.actual !== null && indicator.actual.approx !== 'exact';
    // The sheet's own 完成率 (25.8 in 完成年度计划(%)) where it agrees with the figures: the leader reads the same
    // number in the draft as in the table, never our 25.81% beside their 25.8.
    const figure = shownRate(agreedStatedRate(indicator, rate) ?? rateFigure(rough ? Math.round(rate * 100) / 100 : rate, bothCells), status, rate, bothCells);
    if (figure !== null && !(staff !== '' && (mentionsFigure(staff, figure.digits, '%') || statesRate(staff)))) {
      const approx = indicator.actual !== null && indicator.actual.approx !== 'exact' ? '约' : '';
      // "占全年目标任务不少于2次的50%" stumbles: a target written as a bound takes the plain form.
      const bounded = indicator.target !== null && indicator.target.approx !== 'exact';
      // The name that already states the target (城镇新增就业2450人) is not followed by "占全年目标任务2450人的" either.
      const form = bounded || nameStatesTarget(indicator, target) ? 'plain' : context.variety.pick('rate', ['target-share', 'plain', 'with-target', 'plain']);
      if (indicator.targetOfPeriod === true) builder.text('，占本期应办数').number(target.text, target.value, target.unit, target.sources).text(`的${approx}`);
      else if (form === 'with-target') builder.text('，完成全年目标').number(target.text, target.value, target.unit, target.sources).text(`的${approx}`);
      else if (form === 'target-share') builder.text('，占全年目标任务').number(target.text, target.value, target.unit, target.sources).text(`的${approx}`);
      else builder.text(`，完成全年目标的${approx}`);
      builder.number(figure.text, figure.value, figure.unit, figure.sources);
      // Over twice the target is more often a target in other units or a cumulative actual than a triumph:
      // the figure stays, and a person is asked to check it before a leader signs it.
      if (rate > DOUBTFUL_RATE) builder.text('（为全年目标的2倍以上，').placeholder('【待核实：目标值与完成值的口径】').text('）');
    }
  }
  return statusTail(status, context, builder, context.result?.progressGap ?? null, bothCells, indicator).build();
}

/**
 * "完成全年目标的100%，超额完成全年目标任务" reads as a contradiction: the sheet's 100% (402 of 400, rounded) beside an
 * excess. Over the target, the rate is shown to the decimals that show it over (100.5%); where even those read 100%,
 * the status alone is said.
 */
function shownRate(figure: Figure | null, status: Status, rate: number, cells: readonly CellRef[]): Figure | null {
  if (figure === null || status !== 'exceeded' || !/^100(?:\.0+)?$/.test(figure.digits)) return figure;
  const own = rateFigure(rate, cells);
  return own === null || /^100(?:\.0+)?$/.test(own.digits) ? null : own;
}

/** The last day the report covers: the as-of date, or the period's last month's end. */
function periodEnd(period: SentenceContext['period']): string {
  if (period.asOf) return period.asOf;
  const lastDay = new Date(Date.UTC(period.year, period.toMonth, 0)).getUTCDate();
  return `${period.year}-${String(period.toMonth).padStart(2, '0')}-${String(lastDay).padStart(2, '0')}`;
}

function statusTail(status: Status, context: SentenceContext, builder: RunBuilder, gap: number | null, cells: readonly CellRef[], indicator: Indicator): RunBuilder {
  const deadline = indicator.deadline?.iso ?? null;
  // A period's own intake (来信139件, 按期回复139件) done is the period's work done: no claim on the year.
  if (indicator.targetOfPeriod === true && (status === 'completed' || status === 'exceeded')) return builder.text('，本期应办的已全部办理');
  if (indicator.targetOfPeriod === true && status === 'behind') return builder.text('，本期应办的尚未全部办理');
  switch (status) {
    case 'exceeded':
      return builder.text(context.variety.pick('exceeded', ['，超额完成全年目标任务', '，已超额完成全年任务']));
    case 'completed': {
      if (context.period.toMonth === 12) return builder.text('，全面完成全年目标任务');
      // 提前 says it was done before it was due: not so when its 完成时限 has already come (时限6月30日, reported at 6月底).
      const words = context.variety.pick('completed', ['，提前完成全年目标任务', '，已完成全年目标任务']);
      const due = deadline !== null && deadline <= periodEnd(context.period);
      return builder.text(due ? '，已完成全年目标任务' : words);
    }
    case 'on-track': {
      const points = gap === null ? null : pointsFigure(gap, cells);
      if (points === null || points.digits === '0' || gap === null || gap <= 0) return builder.text('，达到序时进度');
      return builder.text(context.variety.pick('ahead', ['，超过序时进度', '，快于序时进度'])).number(points.text, points.value, points.unit, points.sources);
    }
    case 'behind': {
      // At the year's end 序时进度 is the target itself: what lags has simply not been done.
      if (context.period.toMonth === 12) return builder.text('，未完成全年目标任务');
      const points = gap === null ? null : pointsFigure(gap, cells);
      if (points === null || points.digits === '0') return builder.text('，滞后于序时进度');
      return builder.text(context.variety.pick('behind', ['，低于序时进度', '，落后序时进度'])).number(points.text, points.value, points.unit, points.sources);
    }
    case 'no-data':
    case 'in-progress':
    case 'not-reported':
    case 'pending':
    case 'unclear':
      return builder;
    default: {
      const unreachable: never = status;
      return unreachable;
    }
  }
}

/** For 逆向指标 the target is a ceiling: staying under it is the success. */
function lowerStatusTail(status: Status, builder: RunBuilder): RunBuilder {
  switch (status) {
    case 'exceeded':
      return builder.text('，优于目标要求');
    case 'completed':
    case 'on-track':
      return builder.text('，达到目标要求');
    case 'behind':
      return builder.text('，尚未达到目标要求');
    case 'no-data':
    case 'in-progress':
    case 'not-reported':
    case 'pending':
    case 'unclear':
      return builder;
    default: {
      const unreachable: never = status;
      return unreachable;
    }
  }
}
