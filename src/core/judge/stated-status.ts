import type { Indicator, StatedStatusField, TextField } from '../model';
import { refToString, saysNone } from '../model';
import { quoted } from './evidence';
import { figuresShowDone } from './figures-verdict';
import { simplified } from './traditional';
import type { Judgement } from './verdict';
import { judgeWords, type WordsContext } from './words-judgement';

/**
 * What the staff state of a task in a word of its own column (进度状态, 完成状态, 办结情况, 是否完成, 是否达序):
 * done: the whole task, in so many words (办结, 已完成, 已竣工; 是 to 是否完成);
 * behind: lagging or not done (滞后, 部分滞后, 未完成, 逾期; 否 to 是否完成 or 是否达序);
 * on-track: keeping pace (达到序时进度, 正常推进; 是 to 是否达序);
 * under-way: work going on (推进中, 实施中, 在建); not-started: 未启动, 未开工.
 * Anything longer or else (基本完成, 一期完成, 完成80%) states none of these and is left to the other cells.
 */
export type StatedKind = 'done' | 'behind' | 'on-track' | 'under-way' | 'not-started';

// 验收 alone is a stage a project column names (前期 · 施工 · 验收 · 竣工): at acceptance, not accepted. Only 已验收, 通过验收 or
// 验收合格 say it was.
const DONE = /^(?:已经?|均已|全部|全面|已全部|已全面|按期|按时|如期|已按期|已按时)?(?:完成|办结|竣工|完工|建成|办理完毕|落实到位|达标|销号|结项)$|^(?:已经?|均已|全部|已全部|已通过|通过)验收$|^验收(?:完成|合格|通过|完毕)$/u;
const BEHIND = /^(?:进度)?(?:部分|严重|明显|略有|稍有|有所|已)?(?:滞后|落后|延期|逾期|延误|超期)$|^(?:尚|仍)?未(?:按期|按时|如期)?(?:完成|办结|达标|竣工)$|^(?:尚|仍)?未达(?:到)?(?:序时|时序)(?:进度)?(?:要求)?$|^未达序$/u;
const ON_TRACK = /^(?:已|基本)?(?:达到|符合|达|满足)(?:序时|时序)(?:进度)?(?:要求)?$|^(?:正常|有序|顺利|按序时|按时序|按计划|按进度|按期)推进(?:中)?$|^(?:序时|时序)推进$|^正常$|^达序$/u;
const UNDER_WAY = /^(?:正在|持续|稳步)?(?:推进|实施|建设|施工|办理|进行|开展)中?$|^在建$|^(?:推进|实施|建设|施工|办理|进行|开展)中$/u;
const NOT_STARTED = /^(?:尚|暂|还)?未(?:启动|开工|开始|实施|动工)$/u;

const YES = /^(?:是|已|√|✓|✔|有|达到|达标)$/u;
const NO = /^(?:否|未|×|✗|✘|无|没有|未达到)$/u;
/** A yes/no header that asks whether the task is done (是否完成, 是否办结), or whether it keeps pace (是否达序, 是否按序时). */
const ASKS_DONE = /^是否(?:已经?|全部|按期|按时|如期)?(?:完成|办结|竣工|完工|建成|达标)(?:目标|任务)?$/u;
const ASKS_PACE = /^是否(?:达序|达到序时|达时序|按序时|符合序时|按时序|按进度|按计划|达到时序)/u;

function bare(text: string): string {
  return simplified(text).replace(/[\s。.,，;；!！、:：()（）]/gu, '');
}

/** The kind of status the cell states, or null when it states none of them (or the table has no such column). */
export function statedKind(field: StatedStatusField | null | undefined): StatedKind | null {
  if (!field) return null;
  const words = bare(String(field.value ?? ''));
  if (words === '') return null;
  const header = bare(field.header.split('›').pop() ?? field.header);
  if (YES.test(words) || NO.test(words)) {
    const yes = YES.test(words);
    if (ASKS_DONE.test(header)) return yes ? 'done' : 'behind';
    if (ASKS_PACE.test(header)) return yes ? 'on-track' : 'behind';
    return null;
  }
  if (DONE.test(words)) return 'done';
  if (BEHIND.test(words)) return 'behind';
  if (ON_TRACK.test(words)) return 'on-track';
  if (UNDER_WAY.test(words)) return 'under-way';
  if (NOT_STARTED.test(words)) return 'not-started';
  return null;
}

/** The status cell quoted with its header and address: 进度状态“办结”（Sheet1!I5）. */
function statedEvidence(field: StatedStatusField): string {
  const header = field.header.split('›').pop()?.trim() || field.header;
  return `${header}${quoted(String(field.value).trim())}（${refToString(field.cell)}）`;
}

function isDone(judgement: Judgement): boolean {
  return judgement.verdict === 'completed' || judgement.verdict === 'exceeded';
}

/** Nothing decided the judgement: no figures, no words, or words that state nothing either way. */
function undecided(judgement: Judgement): boolean {
  return judgement.verdict === 'no-data' || judgement.verdict === 'not-reported' || (judgement.verdict === 'unclear' && judgement.basis === 'nothing');
}

const EMPTY = /^[\s\-－—–/／\\、.。…]*$/u;

function written(field: TextField | null | undefined): string | null {
  const words = String(field?.value ?? '').trim();
  return words === '' || EMPTY.test(words) || saysNone(words) ? null : words;
}

/**
 * Words that leave a stated 办结 open: work going on or left (其余正在施工), a step or a part (一期完成, 已完成招标), a lag,
 * or figures in the words short of the target. Words that only fail to decide (9条建设完成 with no target to hold it
 * to) do not: the stated status is what settles them.
 */
function wordsAgainstDone(words: string, context: WordsContext): string | null {
  const read = judgeWords(words, context);
  const open = read.verdict === 'in-progress' || read.verdict === 'behind' || read.verdict === 'on-track'
    || (read.verdict === 'unclear' && (read.basis === 'contradiction' || read.basis === 'figures-in-words' || read.basis === 'deadline'));
  return open ? (read.evidence !== '' ? read.evidence : quoted(words)) : null;
}

/**
 * What contradicts a stated 办结: a figure short of the target (10 of 12), the judgement of the other cells when it is
 * decided and not done, words of work left in the 完成情况 or the 完成值, or a 存在问题 that names a problem.
 */
function contradictionOfDone(indicator: Indicator, judgement: Judgement, context: WordsContext): string | null {
  if (indicator.actual !== null && indicator.target !== null && !figuresShowDone(indicator)) {
    return judgement.evidence !== '' ? judgement.evidence : `完成${indicator.actual.text}，目标${indicator.target.text}`;
  }
  if (judgement.verdict === 'behind' || judgement.verdict === 'on-track' || judgement.verdict === 'in-progress' || (judgement.verdict === 'unclear' && judgement.basis === 'contradiction')) {
    return judgement.evidence !== '' ? judgement.evidence : '其他各栏未说已完成';
  }
  for (const field of [indicator.actualText, indicator.progressText]) {
    const words = written(field);
    const against = words === null ? null : wordsAgainstDone(words, context);
    if (against !== null) return against;
  }
  const problems = written(indicator.problems);
  return problems === null ? null : `存在问题${quoted(problems)}`;
}

/**
 * The judgement, with the staff's stated status weighed in as their own word (src/core/judge's whole-task rule holds):
 * - a stated done (办结, 已完成, 是否完成 是) with nothing contradicting it is 已完成, its 判断依据 the cell quoted;
 *   with a figure short of the target, or words of work left, it is 需人工确认, both quoted;
 * - a stated lag (滞后, 部分滞后, 未完成) is 滞后, unless the figures or words say done: then 需人工确认, both quoted;
 * - keeping pace or under way (达到序时进度, 推进中) decides only what nothing else did: 推进中; never over figures.
 * Figures that meet the target stay the verdict, with the stated done beside them.
 */
export function withStatedStatus(indicator: Indicator, judgement: Judgement, context: WordsContext): Judgement {
  const field = indicator.statedStatus;
  const kind = statedKind(field);
  if (!field || kind === null) return judgement;
  const stated = statedEvidence(field);
  switch (kind) {
    case 'done': {
      const against = contradictionOfDone(indicator, judgement, context);
      if (against !== null) return { verdict: 'unclear', basis: 'contradiction', evidence: `${stated}，但${against}，需人工确认` };
      if (isDone(judgement)) return { ...judgement, evidence: judgement.evidence === '' ? stated : `${judgement.evidence}；${stated}` };
      return { verdict: 'completed', basis: 'words', evidence: stated };
    }
    case 'behind':
      if (isDone(judgement)) return { verdict: 'unclear', basis: 'contradiction', evidence: `${stated}，但${judgement.evidence || '其他各栏说已完成'}，需人工确认` };
      return { verdict: 'behind', basis: 'words', evidence: judgement.verdict === 'behind' && judgement.evidence !== '' ? `${stated}；${judgement.evidence}` : stated };
    case 'on-track':
    case 'under-way':
      // Under way decides only what nothing else did, or words that could not say how far (9条建设完成, no target).
      return undecided(judgement) || (judgement.verdict === 'unclear' && judgement.basis === 'words') ? { verdict: 'in-progress', basis: 'words', evidence: stated } : judgement;
    case 'not-started': {
      if (isDone(judgement)) return { verdict: 'unclear', basis: 'contradiction', evidence: `${stated}，但${judgement.evidence}，需人工确认` };
      // Not started is read as the judge reads those words anywhere (未启动 is 滞后), with the cell quoted.
      const read = judgeWords(String(field.value), context);
      return undecided(judgement) && !isDone(read) && read.verdict !== 'unclear' ? { ...read, evidence: stated } : judgement;
    }
    default: {
      const unreachable: never = kind;
      return unreachable;
    }
  }
}
