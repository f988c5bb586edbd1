import type { Indicator, Status } from '../model';
import { subjectName } from './indicator-name';
import { RunBuilder } from './run-builder';
import type { IndicatorSentence, SentenceContext } from './sentence-context';
import { mentionsSubject, staffText, staffTextRuns } from './staff-text';
import { statedPointsRuns } from './stated-points';

/**
 * A qualitative indicator is told in the staff's own words (完成情况说明), the way the seed's 廉政 section
 * reads: 机构健全，专题部署：有党风廉政建设机构，班子成员变动后能及时调整充实. Where staff wrote nothing,
 * the status speaks, and a placeholder asks for the account.
 */
export function qualitativeSentence(indicator: Indicator, context: SentenceContext): IndicatorSentence {
  const status: Status = context.result?.status ?? 'not-reported';
  const builder = new RunBuilder();
  const subject = context.namedByLead ? '' : subjectName(indicator, null, false);
  const progress = staffText(indicator.progressText);
  const target = targetPhrase(indicator.targetText);
  const actual = staffText(indicator.actualText);

  if (status === 'pending') {
    builder.text(`${subject}完成情况待核实`);
    return { indicator, runs: builder.build(), lagging: false };
  }
  if (progress !== null) {
    if (subject !== '' && !mentionsSubject(progress.text, subject)) builder.text(context.variety.pick('topic', [`在${subject}上，`, `${subject}方面，`, `${subject}，`]));
    builder.append(staffTextRuns(progress.text, [progress.cell]));
  } else if (actual !== null) {
    builder.text(subject === '' ? '' : `${subject}，`).append(staffTextRuns(actual.text, [actual.cell]));
  } else if (target !== null && UNREPORTED.includes(status)) {
    // What was set comes first and what is missing last, as the quantitative lines say it (全年目标…，完成情况尚未填报).
    builder.text(`${subject}${targetVerb(target.text, '全年目标为')}`).append(staffTextRuns(target.text, [target.cell])).text('，完成情况尚未填报').placeholder('【待补充：完成情况】');
    return { indicator, runs: builder.build(), lagging: false };
  } else {
    statusOnly(status, subject, builder);
  }
  // A change in points written beside the account (in the 完成情况 cell it quotes not) is quoted as well.
  if (progress !== null) builder.append(statedPointsRuns(indicator, builder.plain()));
  // The words do not say whether it is done: the draft quotes them and asks, rather than guess for the leader.
  if (status === 'unclear' && (progress !== null || actual !== null)) builder.placeholder('【待确认：是否已完成】');
  // The staff's account says it all; without one, the target is what the reader needs beside the state.
  if (progress === null && target !== null && !builder.plain().includes(target.text)) {
    builder.text(targetVerb(target.text, context.variety.pick('target-text', ['，全年目标为', '，年度目标是']))).append(staffTextRuns(target.text, [target.cell]));
  }
  return { indicator, runs: builder.build(), lagging: status === 'behind' };
}

const UNREPORTED: readonly Status[] = ['not-reported', 'no-data'];

/**
 * “全年目标为与全省保持一致”, “全年目标为对2022年新增的…开展持续建设” stumble: before a target that opens with a
 * preposition the copula is 是, not 为.
 */
function targetVerb(target: string, words: string): string {
  return /^[对在与按向把将从于给同跟]/u.test(target) ? words.replace(/为$/, '是') : words;
}

/**
 * A short target with no stop in it (完成年度⏎目标任务) is one phrase the cell wrapped, and is read whole as a name
 * is; a longer text or one with its own punctuation keeps its breaks as the staff's statements.
 */
function targetPhrase(field: Indicator['targetText']): ReturnType<typeof staffText> {
  if (field === null) return null;
  const joined = field.value.replace(/\s*[\r\n]+\s*/g, '');
  const oneWrappedPhrase = joined.length <= SHORT_PHRASE && !/[，。；、：！？,.;:!?]/.test(joined) && !/^\s*(\d+|[一二三四五六七八九十]+)[.、．]/m.test(field.value);
  return staffText(oneWrappedPhrase ? { ...field, value: joined } : field);
}

/** About a header's or a short target's length: longer texts are sentences, whose breaks are the staff's. */
const SHORT_PHRASE = 16;

function statusOnly(status: Status, subject: string, builder: RunBuilder): void {
  // After its own lead (（三）新建口袋公园2处：) the item needs no "该项工作" to name it again: a run of them reads as a form.
  const own = subject;
  switch (status) {
    case 'completed':
    case 'exceeded':
      builder.text(`${own}已按要求完成`);
      return;
    case 'in-progress':
    case 'on-track':
      builder.text(`${own}正在有序推进`);
      return;
    case 'behind':
      builder.text(`${own}进度滞后`);
      return;
    case 'not-reported':
    case 'no-data':
    case 'pending':
      builder.text(`${own}`).placeholder('【待补充：完成情况】');
      return;
    case 'unclear':
      builder.text(`${own}`).placeholder('【待确认：是否已完成】');
      return;
    default: {
      const unreachable: never = status;
      return unreachable;
    }
  }
}
