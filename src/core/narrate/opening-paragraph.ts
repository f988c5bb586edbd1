import type { Period, ReportBlock, Status } from '../model';
import { asOfWords, sinceWords, titlePeriod, yearWords } from './period-wording';
import { RunBuilder } from './run-builder';
import type { StatusTally } from './status-tally';
import type { UnitVoice } from './unit-voice';

/**
 * The opening, as the seed's: how the department worked, then the counts a leader looks for first —
 * how many indicators, how many done, on track, behind — and 现将…汇报如下：
 * Every status is counted once, so the counts add up to the total: the opening never claims more done
 * than the statuses say (the seed's 完成或超额完成了各项工作任务 is not ours to write).
 */
export function openingParagraph(period: Period, voice: UnitVoice, tally: StatusTally): ReportBlock {
  if (tally.total > 0 && tally.unreported.length === tally.total && tally.unjudged.length === 0) return planOpening(period, tally);
  const builder = new RunBuilder();
  const leadership = voice.leadership === null ? '' : `在${voice.leadership}的正确领导下，`;
  builder.text(
    `${sinceWords(period)}，${leadership}${voice.we}紧紧围绕年初制定的目标任务，突出工作重点，狠抓措施落实，` +
      `将${voice.all}绩效目标逐项分解细化到${voice.assignees}及责任人，定期检查，跟踪进度。`,
  );
  const cellsOf = tally.cellsWith;
  const allCells = tally.indicators.map((indicator) => indicator.name.cell);

  if (tally.total === 0) return { kind: 'paragraph', runs: builder.text('现将工作情况汇报如下：').build() };
  builder.text(`${yearWords(period)}共确定绩效指标`).number(`${tally.total}项`, tally.total, '项', allCells);
  if (tally.quantitative > 0 && tally.qualitative > 0) {
    builder.text('，其中定量指标').number(`${tally.quantitative}项`, tally.quantitative, '项', tally.indicators.filter((i) => i.kind === 'quantitative').map((i) => i.name.cell));
    builder.text('、定性指标').number(`${tally.qualitative}项`, tally.qualitative, '项', tally.indicators.filter((i) => i.kind === 'qualitative').map((i) => i.name.cell));
  }
  builder.text('。');

  const parts: { readonly words: string; readonly count: number; readonly statuses: readonly Status[] }[] = [
    { words: '已完成或超额完成', count: tally.byStatus.completed + tally.byStatus.exceeded, statuses: ['completed', 'exceeded'] },
    { words: '达到或超过序时进度', count: tally.byStatus['on-track'], statuses: ['on-track'] },
    { words: '正在有序推进', count: tally.byStatus['in-progress'], statuses: ['in-progress'] },
    { words: '滞后于序时进度', count: tally.byStatus.behind, statuses: ['behind'] },
  ];
  const said = parts.filter((part) => part.count > 0);
  if (said.length > 0) {
    builder.text(`${asOfWords(period)}，`);
    said.forEach((part, index) => {
      builder.text(`${index === 0 ? '' : '，'}${part.words}`).number(`${part.count}项`, part.count, '项', cellsOf(part.statuses));
      if (part.statuses.includes('exceeded') && tally.byStatus.exceeded > 0 && tally.byStatus.completed > 0) {
        builder.text('（其中超额完成').number(`${tally.byStatus.exceeded}项`, tally.byStatus.exceeded, '项', cellsOf(['exceeded'])).text('）');
      }
    });
  }
  const rest: { readonly words: string; readonly count: number; readonly statuses: readonly Status[] }[] = [
    { words: '待核实', count: tally.byStatus.pending, statuses: ['pending'] },
    { words: unreportedWords(tally), count: tally.byStatus['no-data'] + tally.byStatus['not-reported'], statuses: ['no-data', 'not-reported'] },
    { words: '完成情况需人工确认', count: tally.byStatus.unclear, statuses: ['unclear'] },
  ];
  const others = rest.filter((part) => part.count > 0);
  others.forEach((part, index) => {
    builder.text(index === 0 ? (said.length > 0 ? '，另有' : `${asOfWords(period)}，有`) : '、');
    builder.number(`${part.count}项`, part.count, '项', cellsOf(part.statuses)).text(part.words);
    // 待核实 for want of a target is not data in doubt: the count stays 汇总's, and says how many that is.
    const unset = tally.withoutTarget.length;
    if (part.statuses.includes('pending') && unset > 0) {
      if (unset === part.count) builder.text('（表中没有目标值，未评价完成情况）');
      else builder.text('（其中').number(`${unset}项`, unset, '项', tally.withoutTarget.map((i) => i.name.cell)).text('表中没有目标值，未评价完成情况）');
    }
  });
  if (said.length > 0 || others.length > 0) builder.text('。');
  builder.text('现将工作情况汇报如下：');
  return { kind: 'paragraph', runs: builder.build() };
}

/**
 * A statistics table's opening: what the table is and what was not judged, with none of a target table's words
 * (no 目标任务 broken down, no counts of done or behind). The count of 待核实 is 汇总's.
 */
export function statisticsOpening(period: Period, tally: StatusTally): ReportBlock {
  const builder = new RunBuilder();
  const all = tally.indicators.map((indicator) => indicator.name.cell);
  const growth = tally.indicators.some((indicator) => indicator.statedGrowth !== null || indicator.lastYear !== null);
  builder.text(`本表是${titlePeriod(period)}的统计数据表，列有指标`).number(`${tally.total}项`, tally.total, '项', all);
  builder.text(`，只有实际数据${growth ? '和增幅' : ''}，没有目标值，不是目标任务表。以下照录各项数据，不评价完成情况`);
  const pending = tally.byStatus.pending;
  const empty = tally.byStatus['no-data'] + tally.byStatus['not-reported'];
  if (pending > 0 || empty > 0) builder.text('（汇总中');
  if (pending > 0) builder.number(`${pending}项`, pending, '项', tally.cellsWith(['pending'])).text('计为待核实');
  if (empty > 0) builder.text(pending > 0 ? '，' : '').number(`${empty}项`, empty, '项', tally.cellsWith(['no-data', 'not-reported'])).text('未读到数据、计为无数据');
  if (pending > 0 || empty > 0) builder.text('）');
  builder.text('。现将主要数据汇报如下：');
  return { kind: 'paragraph', runs: builder.build() };
}

/** 无数据 rows are unreported, unless the sheet holds their figure and nothing could judge it. */
function unreportedWords(tally: StatusTally): string {
  if (tally.unjudged.length === 0) return '尚未填报完成情况';
  return tally.unjudged.length === tally.unreported.length ? '填有完成数据但未能评价' : '尚未填报或未能评价完成情况';
}

/**
 * A plan with nothing reported yet (names, units in charge, deadlines): the seed's words of effort — 狠抓措施落实，
 * 定期检查，跟踪进度 — are claims no cell of the table makes, so the opening states only what it holds: how many
 * tasks, and that none has been reported on.
 */
function planOpening(period: Period, tally: StatusTally): ReportBlock {
  const builder = new RunBuilder();
  const all = tally.indicators.map((indicator) => indicator.name.cell);
  builder.text(`${yearWords(period)}共确定绩效指标`).number(`${tally.total}项`, tally.total, '项', all);
  // One task is no 1项均 / 各项任务.
  if (tally.total === 1) {
    builder.text(`。${asOfWords(period)}，该项任务尚未填报完成情况，本稿只列出任务，不写完成成绩。现将任务安排汇报如下：`);
    return { kind: 'paragraph', runs: builder.build() };
  }
  builder.text(`。${asOfWords(period)}，`).number(`${tally.total}项`, tally.total, '项', tally.cellsWith(['no-data', 'not-reported']));
  builder.text('均尚未填报完成情况，本稿只列出各项任务，不写完成成绩。现将任务安排汇报如下：');
  return { kind: 'paragraph', runs: builder.build() };
}
