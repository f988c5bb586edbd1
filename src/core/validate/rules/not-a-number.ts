import type { Indicator, Issue } from '../../model';
import { contentAt } from '../cell-content';
import { shownText } from '../message-values';
import { columnLabel, columnOf, indicatorIssue, numberFieldOf, sheetRef, valueOf, type NumericField, type Rule } from '../rule-context';
import { hasUnconvertibleUnit } from './units';

const FIGURES: readonly NumericField[] = ['target', 'periodTarget', 'actual', 'lastYear', 'growth', 'completionRate'];

/** A qualitative indicator may state its target and result in words; 分值 is a number for every indicator. */
function numericFieldsOf(indicator: Indicator): readonly NumericField[] {
  return indicator.kind === 'quantitative' ? [...FIGURES, 'weight'] : ['weight'];
}

/**
 * A sentence that gave a growth (城乡居民人均可支配收入增长7%) or a change in points (提升2.1个百分点): read,
 * not a figure missed.
 */
function readAsSentence(indicator: Indicator, field: NumericField, col: number): boolean {
  if (field === 'target') return indicator.targetGrowth?.cell.col === col;
  if (field === 'actual') {
    return (indicator.statedGrowth?.cell.col === col && indicator.statedGrowth.derived) || indicator.statedChangePoints?.cell.col === col;
  }
  return false;
}

/** Digits or Chinese numerals (三百人, 五分): a figure was meant, and it cannot be read. */
const FIGURE_LIKE = /[0-9０-９]|^[约近]?[零〇一二两三四五六七八九十百千万亿点]+\S{0,3}$/;

/**
 * A number column that recognition could not read as a number. A figure it cannot read (39.9亿元左右5,
 * 五分, TRUE) is an error: staff meant a number and the report must not guess it. Plain words (待评审,
 * 年底召开) say there is no figure yet: the indicator is reported as having none, which is a warning.
 */
export const notANumberRule: Rule = {
  name: 'not-a-number',
  check(context) {
    const { table, sheet } = context;
    if (!sheet) return [];
    const issues: Issue[] = [];
    for (const indicator of table.indicators) {
      for (const field of numericFieldsOf(indicator)) {
        const mapping = columnOf(table, field);
        if (!mapping || valueOf(numberFieldOf(indicator, field)) !== null || readAsSentence(indicator, field, mapping.col)) continue;
        const content = contentAt(sheet, indicator.row, mapping.col);
        if (content.kind !== 'text' && content.kind !== 'boolean') continue;
        if (field !== 'weight' && field !== 'growth' && field !== 'completionRate' && hasUnconvertibleUnit(context, indicator, field)) continue;
        const text = content.kind === 'text' ? shownText(content.text) : String(content.value).toUpperCase();
        const code = content.kind === 'boolean' || FIGURE_LIKE.test(content.text.replace(/\s+/g, '')) ? 'not-a-number' : 'words-not-figure';
        issues.push(indicatorIssue(code, indicator, sheetRef(table, indicator.row, mapping.col), { column: columnLabel(table, field), text }));
      }
    }
    return issues;
  },
};
