import { compute } from '../../compute';
import { partsOfItems, type Issue } from '../../model';
import { formatNumber } from '../message-values';
import { indicatorIssue, tableIssue, valueOf, type Rule } from '../rule-context';

/** Scores are written to two decimals at most: a gap below half a hundredth is rounding, not a difference. */
const SCORE_TOLERANCE = 0.005;

/**
 * A form the unit scored itself (财政部绩效自评表): its 得分 stands, and the engine only says where its own
 * reading of the figures gives another score (a note, both figures named), and whether the 总分 the form
 * states is the sum of its 得分.
 */
export const statedScoresRule: Rule = {
  name: 'stated-scores',
  check({ table }) {
    const scored = table.indicators.filter((indicator) => valueOf(indicator.statedScore ?? null) !== null);
    if (scored.length === 0) return [];
    const issues: Issue[] = [];
    const computed = new Map(compute(table, []).indicators.map((result) => [result.row, result.computedScore ?? null]));
    for (const indicator of scored) {
      const stated = indicator.statedScore;
      const ours = computed.get(indicator.row) ?? null;
      if (!stated || ours === null || !Number.isFinite(ours) || Math.abs(ours - stated.value) < SCORE_TOLERANCE) continue;
      issues.push(indicatorIssue('stated-score-differs', indicator, stated.cell, { stated: formatNumber(stated.value), computed: formatNumber(Math.round(ours * 100) / 100) }));
    }
    const total = table.statedScoreTotal ?? null;
    const stated = valueOf(total);
    if (total && stated !== null) {
      // Parts of an item (1、 2、 under 一、) have their scores in the item's already: counted once, with the item.
      const parts = partsOfItems(table.indicators);
      const sum = scored.filter((indicator) => !parts.has(indicator)).reduce((acc, indicator) => acc + (valueOf(indicator.statedScore ?? null) ?? 0), 0);
      if (Math.abs(sum - stated) >= SCORE_TOLERANCE) {
        issues.push(tableIssue('score-total-mismatch', total.cell, { sum: formatNumber(sum), stated: formatNumber(stated), diff: formatNumber(Math.abs(sum - stated)) }));
      }
    }
    return issues;
  },
};

