import { judgeQualitative } from '../../judge';
import type { Issue } from '../../model';
import { shownText } from '../message-values';
import { indicatorIssue, type Rule } from '../rule-context';

/**
 * A 定性指标 whose words do not say whether it is done is 需人工确认, never 已完成; the 校验结果 sheet names the
 * cell so someone can look. The judgement is the one compute uses (src/core/judge), so the sheet and the
 * status always agree.
 */
export const judgementRule: Rule = {
  name: 'judgement',
  check({ table }) {
    const issues: Issue[] = [];
    for (const indicator of table.indicators) {
      if (indicator.kind !== 'qualitative') continue;
      const judgement = judgeQualitative(indicator, table.period);
      if (judgement.verdict !== 'unclear') continue;
      const status = indicator.actualText;
      const progress = indicator.progressText;
      if (judgement.basis === 'contradiction' && status !== null && progress !== null) {
        issues.push(indicatorIssue('judgement-contradicts', indicator, status.cell, { status: shownText(status.value, 20), text: shownText(progress.value, 40) }));
        continue;
      }
      // The words judged: the 说明 when there is one, else the 完成值 column's.
      const judged = progress !== null && shownText(progress.value) !== '' ? progress : status;
      if (judged === null) continue;
      issues.push(indicatorIssue('judgement-unclear', indicator, judged.cell, { text: shownText(judged.value, 40) }));
    }
    return issues;
  },
};
