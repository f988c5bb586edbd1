import type { Indicator, Period, ReportBlock } from '../model';
import { quotedInside } from '../i18n';
import { subjectName } from './indicator-name';
import { effortWords, nextPeriodWords } from './period-wording';
import { RunBuilder } from './run-builder';
import type { StatusTally } from './status-tally';
import type { UnitVoice } from './unit-voice';

/** More names than this in one breath and the closing reads like a list; the rest are 等. */
const NAMES_IN_CLOSING = 5;

function nameList(indicators: readonly Indicator[]): string {
  // In quotation marks the indicator keeps its own name, 数 and all.
  const names = indicators.slice(0, NAMES_IN_CLOSING).map((indicator) => `“${quotedInside(subjectName(indicator, indicator.unit, false))}”`);
  return names.join('、') + (indicators.length > 1 ? '等' : '');
}

/** “固定资产投资”指标 · “甲”、“乙”等2项指标: names first, the count only when there are several. */
function namedCount(builder: RunBuilder, indicators: readonly Indicator[]): void {
  builder.text(nameList(indicators));
  if (indicators.length > 1) builder.number(`${indicators.length}项`, indicators.length, '项', indicators.map((i) => i.name.cell));
  builder.text('指标');
}

/**
 * How the whole stands, in words a leader signs: 总体进展顺利 only when every indicator is done or on track by
 * its figures (推进中 says work goes on, not that it goes well); 总体推进平稳 when nothing lags and at least half is
 * done or on track, or (但仍有差距) when at most a fifth lags; uneven progress when more lags. When at least half
 * is known but less than half is done or on track, the whole is 仍在推进之中 (seen on real 一季度进展 tables where
 * every task was only under way and the draft said 总体进展顺利). When less than half is known the draft says so
 * instead of judging the whole, and null when nothing is known at all: the closing then writes no overall
 * judgement (issue 19: a table with no 完成情况 was drafted as 总体推进平稳). The statuses decide, never a
 * default of good news.
 */
function overallWords(tally: StatusTally): string | null {
  const open = tally.unreported.length + tally.unclear.length + tally.pending.length;
  const known = tally.total - open;
  if (known <= 0) return null;
  // After “各项绩效指标” the words do not say 指标 twice (…各项绩效指标部分指标有进展).
  if (known * 2 < tally.total) return '部分有进展，多数完成情况尚待填报或确认';
  const good = tally.byStatus.completed + tally.byStatus.exceeded + tally.byStatus['on-track'];
  const mostlyGood = good * 2 >= tally.total;
  if (tally.lagging.length === 0) {
    if (good === tally.total) return '总体进展顺利';
    return mostlyGood ? '总体推进平稳' : '总体仍在推进之中';
  }
  if (tally.lagging.length * 5 <= tally.total) return mostlyGood ? '总体推进平稳，但仍有差距' : '总体仍在推进之中，部分指标滞后';
  return '推进不平衡，部分指标差距较大';
}

/** 各项指标均达到或超过序时进度 is true only when every indicator is done or on track by its figures. */
function allOnTrack(tally: StatusTally): boolean {
  const { completed, exceeded } = tally.byStatus;
  return tally.total > 0 && completed + exceeded + tally.byStatus['on-track'] === tally.total;
}

/**
 * The closing, as the seed's 总之…: the overall state, what lags and what is unclear by name, and a marked
 * place for what the department will do next — the one part only people can write.
 */
export function closingParagraph(period: Period, voice: UnitVoice, tally: StatusTally): ReportBlock {
  if (tally.total > 0 && tally.unreported.length === tally.total && tally.unjudged.length === 0) return planClosing(period, voice, tally);
  const builder = new RunBuilder();
  const done = tally.byStatus.completed + tally.byStatus.exceeded;
  const onTrack = tally.byStatus['on-track'];
  const overall = overallWords(tally);
  // Nothing known: no effort credited and no judgement of the whole; what is missing is named below.
  // One indicator is no 各项, and its count (1项指标中已完成1项) says again what the overall words say.
  const single = tally.total === 1;
  const whole = single ? '绩效指标' : '各项绩效指标';
  // Every one reported in words that do not settle it (淮南 154): their progress is known, whether they are done is not.
  const unknown = tally.unclear.length === tally.total ? '已填报进展情况，是否完成尚待确认' : '的完成情况尚未掌握';
  builder.text(overall === null ? `总之，${voice.we}${whole}${unknown}` : `总之，${effortWords(period)}，${voice.we}${whole}${overall}`);
  if ((done > 0 || onTrack > 0) && !single) {
    const all = tally.indicators.map((indicator) => indicator.name.cell);
    builder.text('，').number(`${tally.total}项`, tally.total, '项', all).text('指标中');
    if (done > 0) builder.text('已完成或超额完成').number(`${done}项`, done, '项', tally.cellsWith(['completed', 'exceeded']));
    if (onTrack > 0) builder.text(done > 0 ? '、' : '').text('达到或超过序时进度').number(`${onTrack}项`, onTrack, '项', tally.cellsWith(['on-track']));
  }
  builder.text('。');
  if (tally.lagging.length > 0) {
    namedCount(builder.text('同时也要看到，'), tally.lagging);
    builder.text('滞后于序时进度，').placeholder('【待补充：滞后原因分析】').text('。');
  } else if (allOnTrack(tally) && !single) {
    builder.text('各项指标均达到或超过序时进度。');
  }
  if (tally.unclear.length > 0) {
    namedCount(builder, tally.unclear);
    builder.text('的完成情况从填报的内容还不能确定是否已完成，').placeholder('【待确认：是否已完成】').text('。');
  }
  const unset = tally.withoutTarget;
  if (unset.length > 0) {
    namedCount(builder, unset);
    builder.text('表中没有目标值，未评价完成情况。');
  }
  const inDoubt = tally.pending.filter((indicator) => !unset.includes(indicator));
  if (inDoubt.length > 0) {
    namedCount(builder, inDoubt);
    builder.text('的数据有待核实，核实后另行补报。');
  }
  const unreported = tally.unreported.filter((indicator) => !tally.unjudged.includes(indicator));
  if (unreported.length > 0) {
    namedCount(builder, unreported);
    const words = unreported.every((indicator) => indicator.kind === 'quantitative') ? '尚未填报完成数据，' : '尚未填报完成情况，';
    builder.text(words).placeholder('【待补充：完成情况】').text('。');
  }
  if (tally.unjudged.length > 0) {
    namedCount(builder, tally.unjudged);
    builder.text('填有完成数据，但未能评价完成情况，').placeholder('【待确认：是否已完成】').text('。');
  }
  const leadership = voice.leadership === null ? '' : `在${voice.leadership}的领导下，`;
  builder.text(`${nextPeriodWords(period)}，${voice.we}将${leadership}`).placeholder('【待补充：下一步工作打算和措施】').text('。');
  return { kind: 'paragraph', runs: builder.build() };
}

/**
 * A statistics table's closing: the figures were quoted and not judged — no effort credited, no state of the
 * whole — and the rows whose figures are in doubt for another reason are named, as in any draft.
 */
export function statisticsClosing(period: Period, voice: UnitVoice, tally: StatusTally): ReportBlock {
  const builder = new RunBuilder();
  const all = tally.indicators.map((indicator) => indicator.name.cell);
  builder.text('总之，以上').number(`${tally.total}项`, tally.total, '项', all).text(`指标${tally.total > 1 ? '均' : ''}为统计数据，表中没有目标值，本稿未评价完成情况。`);
  const inDoubt = tally.pending.filter((indicator) => !tally.withoutTarget.includes(indicator));
  if (inDoubt.length > 0) {
    namedCount(builder, inDoubt);
    builder.text('的数据有待核实，核实后另行补报。');
  }
  const leadership = voice.leadership === null ? '' : `在${voice.leadership}的领导下，`;
  builder.text(`${nextPeriodWords(period)}，${voice.we}将${leadership}`).placeholder('【待补充：下一步工作打算和措施】').text('。');
  return { kind: 'paragraph', runs: builder.build() };
}

/**
 * A plan with nothing reported yet (names, units in charge, deadlines): no effort to speak of, no overall state —
 * only that nothing has been reported, and the places for what will be.
 */
function planClosing(period: Period, voice: UnitVoice, tally: StatusTally): ReportBlock {
  const builder = new RunBuilder();
  const all = tally.indicators.map((indicator) => indicator.name.cell);
  if (tally.total === 1) builder.text('总之，以上工作尚未填报完成情况，');
  else builder.text('总之，以上').number(`${tally.total}项`, tally.total, '项', all).text('工作均尚未填报完成情况，');
  builder.placeholder('【待补充：完成情况】').text('。');
  const leadership = voice.leadership === null ? '' : `在${voice.leadership}的领导下，`;
  builder.text(`${nextPeriodWords(period)}，${voice.we}将${leadership}`).placeholder('【待补充：下一步工作打算和措施】').text('。');
  return { kind: 'paragraph', runs: builder.build() };
}
