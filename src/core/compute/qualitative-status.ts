import type { Indicator } from '../model';

export type QualitativeStatus = 'completed' | 'in-progress' | 'not-reported';

/** Words that say work is still under way. They win over completion words: "已完成3个，正在建设7个" is not done. */
const UNDER_WAY = [
  '未完成',
  '尚未',
  '正在',
  '推进中',
  '进行中',
  '有序推进',
  '积极推进',
  '加快推进',
  '待下达',
  '待批',
  '待审',
  '待开工',
  '待完成',
  '下半年',
  '下一阶段',
  '力争',
  '有望',
  '计划于',
  '筹备',
  '未开始',
  '未启动',
];

/**
 * Words that say it is done, including the way 廉政 items report success (无违纪, 无越级上访, 未发生) and the
 * way 优政 items report recognition (好评, 成效).
 */
const DONE = [
  '完成',
  '落实',
  '批复',
  '印发',
  '出台',
  '审议通过',
  '已通过',
  '已建立',
  '已召开',
  '达标',
  '办结',
  '无违',
  '无越级',
  '无投诉',
  '未发生',
  '零发生',
  '好评',
  '成效',
];

/** A cell that is nothing but a tick or a yes. */
const DONE_MARKS = /^(√|✓|✔|是|已办)$/u;

/** Cells that only say "nothing here": a dash, a slash, 暂无. */
const EMPTY_MARKS = /^[\s\-－—–/／\\、.。…]*$|^暂无$|^无$/u;

/**
 * The status of a 定性指标 from what the department wrote (the actual column's words, else 完成情况说明).
 * Text with neither kind of word counts as 推进中: the sheet then asks a leader to look, rather than
 * claiming a completion nobody wrote down.
 */
export function qualitativeStatus(indicator: Indicator): QualitativeStatus {
  const words = [indicator.actualText?.value, indicator.progressText?.value]
    .map((text) => (text ?? '').trim())
    .filter((text) => text !== '' && !EMPTY_MARKS.test(text));
  if (words.length === 0) return indicator.actual ? 'in-progress' : 'not-reported';
  const text = words.join('；');
  if (UNDER_WAY.some((word) => text.includes(word))) return 'in-progress';
  if (words.some((word) => DONE_MARKS.test(word)) || DONE.some((word) => text.includes(word))) return 'completed';
  return 'in-progress';
}
