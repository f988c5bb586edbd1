import type { Indicator, Issue, SheetSnapshot } from '../../model';
import { isBlank, shownContentAt } from '../cell-content';
import { formatNumber, formatRate, shownText } from '../message-values';
import { quotientTolerance, ratesAgree, roundingOf } from '../rate-agreement';
import { columnRef, fieldRef, indicatorIssue, valueOf, type Rule, type RuleContext } from '../rule-context';
import { isRateUnit } from '../unit-compatibility';

const GROWTH_WORDS = /增长|增幅|同比|比上年|比同期|较上年|较同期|比去年|较去年/;

/** A growth rate as the indicator itself (向上争取资金增长10%) needs no 上年同期: the rate is the figure. */
function isRateIndicator(indicator: Indicator): boolean {
  return isRateUnit(indicator.unit) || isRateUnit(indicator.actual?.unitInCell) || isRateUnit(indicator.target?.unitInCell);
}

/** The sheet asks for growth: it states one, its 增幅 column has something on the row, or the indicator says so. */
function growthAsked(context: RuleContext, indicator: Indicator): boolean {
  if (indicator.statedGrowth !== null) return true;
  const growthCell = columnRef(context.table, indicator.row, 'growth');
  if (growthCell && context.sheet && !isBlank(shownContentAt(context.sheet, growthCell.row, growthCell.col))) return true;
  const words = `${indicator.name.value ?? ''} ${indicator.targetText?.value ?? ''}`;
  return GROWTH_WORDS.test(words) && !isRateIndicator(indicator);
}

function lastYearCellIsBlank(context: RuleContext, indicator: Indicator): boolean {
  const cell = columnRef(context.table, indicator.row, 'lastYear');
  const sheet: SheetSnapshot | null = context.sheet;
  return !cell || !sheet || isBlank(shownContentAt(sheet, cell.row, cell.col));
}

function statedGrowthMismatch(indicator: Indicator): Issue | null {
  const stated = valueOf(indicator.statedGrowth);
  const actual = valueOf(indicator.actual);
  const lastYear = valueOf(indicator.lastYear);
  if (stated === null || actual === null || lastYear === null || lastYear === 0) return null;
  if (!indicator.statedGrowth || !indicator.actual || !indicator.lastYear) return null;
  const computed = (actual - lastYear) / Math.abs(lastYear);
  const tolerance = quotientTolerance(actual, roundingOf(indicator.actual), lastYear, roundingOf(indicator.lastYear));
  if (ratesAgree(stated, roundingOf(indicator.statedGrowth), computed, tolerance)) return null;
  return indicatorIssue('stated-growth-mismatch', indicator, indicator.statedGrowth.cell, {
    stated: shownText(indicator.statedGrowth.text || formatRate(stated), 20),
    computed: formatRate(computed),
    actual: shownText(indicator.actual.text || formatNumber(actual), 20),
    lastYear: shownText(indicator.lastYear.text || formatNumber(lastYear), 20),
  });
}

/**
 * 同比 needs last year's figure: missing where growth is asked for, 0 (no rate exists), or a stated 增幅
 * that its own figures do not give.
 */
export const growthRule: Rule = {
  name: 'growth',
  check(context) {
    const issues: Issue[] = [];
    for (const indicator of context.table.indicators) {
      if (indicator.kind !== 'quantitative' || valueOf(indicator.actual) === null) continue;
      const lastYear = valueOf(indicator.lastYear);
      // A growth written in the 完成情况 sentence is the department's own figure, in a table with no 上年同期 to check it by.
      const growthInSentence = indicator.statedGrowth !== null && !columnRef(context.table, indicator.row, 'growth') && !columnRef(context.table, indicator.row, 'lastYear');
      if (indicator.lastYear === null && !growthInSentence && growthAsked(context, indicator) && lastYearCellIsBlank(context, indicator)) {
        const cell = columnRef(context.table, indicator.row, 'lastYear') ?? indicator.statedGrowth?.cell ?? fieldRef(context.table, indicator, 'actual');
        issues.push(indicatorIssue('last-year-missing', indicator, cell));
      } else if (lastYear === 0 && indicator.lastYear) {
        issues.push(indicatorIssue('last-year-zero', indicator, indicator.lastYear.cell));
      }
      const mismatch = statedGrowthMismatch(indicator);
      if (mismatch) issues.push(mismatch);
    }
    return issues;
  },
};
