import { sentenceFigures, type SentenceFigures } from './sentence-figures';
import type { RawRead } from './value-parse';

/**
 * The figures an account of progress states in words (sentence-figures.ts), read once for the row; null when the
 * account is a figure of its own or states none. Of them:
 * - `progress`: how far along a task is, where its account says only that (该工程迁移进度达60%; 已进场施工,完成60%;
 *   项目完成总体进度的98%): a share of the work, not of a target the row states, so it is the task's stated progress
 *   and never its completion rate. An account that also states an amount, a growth or a share of plan is read by the
 *   rules for those; one with several shares done (土建完成100%,室内装修85%) states no single progress.
 * - `points`: a change in points the account states (同比提高1.7个百分点), told of the one amount or share beside it.
 */
export function figuresInWords(account: RawRead): SentenceFigures | null {
  if (account.kind !== 'words' && !(account.kind === 'figure' && account.figure.inSentence)) return null;
  return sentenceFigures(account);
}

/** The account a row gives of its progress: its 完成情况 cell, else its progress words. */
export function accountOf(actual: RawRead, progress: RawRead): RawRead {
  return actual.kind === 'empty' ? progress : actual;
}
