import type { Issue } from '../../model';
import { isBlank, shownContentAt } from '../cell-content';
import { formatNumber, shownText } from '../message-values';
import { columnRef, fieldRef, indicatorIssue, type Rule } from '../rule-context';

/**
 * No target where one is needed. Only a blank target cell counts here: a target cell holding words or an
 * error value is reported by not-a-number and cell-values, once.
 */
export const targetsRule: Rule = {
  name: 'targets',
  check({ table, sheet }) {
    const issues: Issue[] = [];
    for (const indicator of table.indicators) {
      if (indicator.target !== null) continue;
      // A stated progress (当前进度 95%) or a growth target (增长8%) is what the row is held to: no level needed.
      if ((indicator.statedCompletion !== null && indicator.actual === null) || indicator.targetGrowth) continue;
      // A cross-table indicator without a 合计 row has no figures of its own: recognition says so once for the table.
      if (indicator.breakdown && indicator.actual === null) continue;
      const targetCell = columnRef(table, indicator.row, 'target');
      if (targetCell && sheet && !isBlank(shownContentAt(sheet, targetCell.row, targetCell.col))) continue;
      if (indicator.targetText !== null && shownText(indicator.targetText.value) !== '') continue;
      const cell = targetCell ?? fieldRef(table, indicator, 'actual');
      // Without a target column the cell is the row's actual: the advice must not say to type the target over it.
      const targetColumn = targetCell ? 1 : 0;
      if (indicator.actual !== null) {
        const actual = indicator.actual.text ? shownText(indicator.actual.text, 20) : formatNumber(indicator.actual.value);
        issues.push(indicatorIssue('actual-without-target', indicator, cell, { actual, targetColumn }));
      } else if (indicator.kind === 'quantitative') {
        issues.push(indicatorIssue('missing-target', indicator, cell, { targetColumn }));
      }
    }
    return issues;
  },
};
