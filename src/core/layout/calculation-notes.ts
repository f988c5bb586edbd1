import { DEFAULT_IN_PROGRESS_SHARE } from '../compute/score';
import { t } from '../i18n';
import type { IndicatorTable, Results, ScoreRule } from '../model';
import { percentText } from './sheet-styles';

function scoreRuleText(rule: ScoreRule): string {
  switch (rule.kind) {
    case 'proportional':
      return t('sheet.notes.score.proportional', 'zh-CN', {
        cap: rule.cap === 1 ? t('sheet.notes.score.cap-full') : t('sheet.notes.score.cap', 'zh-CN', { cap: rule.cap }),
        share: percentText(rule.inProgressShare ?? DEFAULT_IN_PROGRESS_SHARE).replace('.00%', '%'),
      });
    case 'all-or-nothing':
      return t('sheet.notes.score.all-or-nothing');
    default: {
      const unreachable: never = rule;
      return unreachable;
    }
  }
}

/**
 * 测算说明: how every figure on the generated sheets was worked out, in words a leader checks against
 * the appraisal rules. It states the rules compute/ applies (逆向 in completion.ts, score in score.ts).
 */
export function calculationNotes(table: IndicatorTable, results: Results, measuresName: string): string[] {
  const { year, label, expectedProgress } = results.period;
  return [
    t('sheet.notes.completion'),
    t('sheet.notes.lower'),
    t('sheet.notes.benchmark', 'zh-CN', { year, period: label, progress: percentText(expectedProgress) }),
    t('sheet.notes.status'),
    t('sheet.notes.qualitative'),
    t('sheet.notes.growth'),
    // A change in points read from the words (提升2.1个百分点) is quoted on 指标测算, never worked into a figure.
    ...(table.indicators.some((indicator) => indicator.statedChangePoints) ? [t('sheet.notes.points')] : []),
    scoreRuleText(results.scoreRule),
    // A self-evaluation form (财政部绩效自评表) was scored by the unit: its 得分 stand, the rule above is only compared.
    ...(results.indicators.some((result) => result.computedScore !== undefined) ? [t('sheet.notes.score.stated')] : []),
    t('sheet.notes.sources', 'zh-CN', { measures: measuresName }),
    t('sheet.notes.pending'),
  ].map((line, i) => `${i + 1}. ${line}`);
}
