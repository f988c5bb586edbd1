import type { Indicator } from '../model';
import { valueOf } from './rule-context';

/** Words staff use for "done" (已完成, 已批复, 已投产 …), and clean records that meet a 廉政 target (无违纪, 无投诉) … */
const DONE = /(已|均已|全部|全面|圆满|提前|超额|按时|如期)(完成|落实|实现|建成|办结|到位)|已(批复|验收|投产|竣工|出台|印发|通过|制定|召开)|^完成$|^无(违纪|违法|违规|投诉|越级|违反|上访|信访|事故|案件)/;
/** … and the words that undo them (未完成, 正在推进, 有望今年批复). */
const NOT_DONE = /未完成|尚未|未能|没有完成|正在|推进中|进行中|有望|力争|争取|待完成/;

export function textSaysDone(text: string | null | undefined): boolean {
  if (typeof text !== 'string') return false;
  const flat = text.replace(/\s+/g, '');
  return DONE.test(flat) && !NOT_DONE.test(flat);
}

/**
 * Whether an indicator is done, as far as validation needs to know (the deadline rule). Compute owns the
 * status shown in reports; this only has to avoid calling a finished indicator late.
 */
export function looksComplete(indicator: Indicator): boolean {
  const target = valueOf(indicator.target);
  const actual = valueOf(indicator.actual);
  if (target !== null && actual !== null) return indicator.direction === 'lower' ? actual <= target : actual >= target;
  // The status written in the 完成值 column (推进中) speaks over a long description that may mention 已完成 parts.
  const status = indicator.actualText?.value;
  return typeof status === 'string' && status.trim() !== '' ? textSaysDone(status) : textSaysDone(indicator.progressText?.value);
}
