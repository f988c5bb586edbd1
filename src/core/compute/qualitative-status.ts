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

function classify(text: string): QualitativeStatus | null {
  if (UNDER_WAY.some((word) => text.includes(word))) return 'in-progress';
  if (DONE_MARKS.test(text) || DONE.some((word) => text.includes(word))) return 'completed';
  return null;
}

function meaningful(text: string | undefined): string | null {
  const trimmed = (text ?? '').trim();
  return trimmed === '' || EMPTY_MARKS.test(trimmed) ? null : trimmed;
}

/**
 * The status of a 定性指标 from what the department wrote. The actual column's words come first: when it
 * says 已完成 or 推进中, that is the department's own verdict, and a phrase in the 完成情况说明 (“进行中期评估”)
 * must not overrule it. Only when those words decide nothing is the 完成情况说明 read. Text with neither kind
 * of word counts as 推进中: the sheet then asks a leader to look, rather than claiming a completion nobody
 * wrote down.
 */
export function qualitativeStatus(indicator: Indicator): QualitativeStatus {
  const actual = meaningful(indicator.actualText?.value);
  const progress = meaningful(indicator.progressText?.value);
  if (actual === null && progress === null) return indicator.actual ? 'in-progress' : 'not-reported';
  return (actual !== null ? classify(actual) : null) ?? (progress !== null ? classify(progress) : null) ?? 'in-progress';
}
