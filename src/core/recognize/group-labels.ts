import type { Indicator, IndicatorTable, Issue } from '../model';
import { RECOGNIZE_CODES, recognitionIssue } from './recognition-issues';

/**
 * A group a row is filed under is named in a few words (公共文化服务, 产出指标 › 数量指标, 一、稳增长): a title, not a
 * sentence. A level of the path that ends as a sentence ends (…总分馆制建设。, 地区生产总值增长5%左右。) is a task's
 * own words taken for its group — a task filled down a merged column, or a task row read as a heading — so the rows
 * under it are filed under what may be no group at all. Recognition says so on each such row instead of taking the
 * path silently. Measured on the tuning sets: no path read right ends so.
 */

/** How a sentence ends; a title never does. */
const SENTENCE_END = /[。；;！!？?]$/;

/** The first level of the row's path that reads as a sentence, or null. */
export function sentenceGroup(indicator: Indicator): string | null {
  return indicator.path.find((level) => SENTENCE_END.test(level.trim())) ?? null;
}

/** One warning per row filed under a group that reads as a sentence. */
export function sentenceGroupIssues(table: IndicatorTable): Issue[] {
  const issues: Issue[] = [];
  for (const indicator of table.indicators) {
    const group = sentenceGroup(indicator);
    if (group === null) continue;
    issues.push(recognitionIssue('warning', RECOGNIZE_CODES.groupSentence, indicator.name.cell, { row: indicator.row, group }, { row: indicator.row, name: indicator.name.value }));
  }
  return issues;
}
