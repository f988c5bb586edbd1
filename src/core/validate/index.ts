import type { IndicatorTable, Issue, SheetSnapshot, WorkbookSnapshot } from '../model';
import { compareIssues } from '../model';
import { shownText } from './message-values';
import { tableIssue, type Rule, type RuleContext } from './rule-context';
import { RULES } from './rule-list';

export { ISSUE_CATALOGUE, VALIDATION_CODES, severityOf, type ValidationCode } from './catalogue';

/**
 * A rule that hits a bug reports it as an issue instead of taking the whole run down: the department still
 * gets its report and every other check, and the failure is visible rather than silent.
 */
function runRule(rule: Rule, context: RuleContext): Issue[] {
  try {
    return rule.check(context);
  } catch (failure) {
    const detail = failure instanceof Error ? failure.message : String(failure);
    return [tableIssue('rule-failed', null, { rule: rule.name, detail: shownText(detail, 60) })];
  }
}

/**
 * Checks every indicator row and the table as a whole. Pure, and never throws for any workbook content:
 * problems come back as issues naming the cell to fix, sorted by severity then position.
 */
export function validate(table: IndicatorTable, snapshot: WorkbookSnapshot): Issue[] {
  const context: RuleContext = { table, sheet: tableSheet(table, snapshot) };
  return RULES.flatMap((rule) => runRule(rule, context)).sort(compareIssues);
}

/** The sheet the table was read from; without it the rules still check what the table itself holds. */
function tableSheet(table: IndicatorTable, snapshot: WorkbookSnapshot): SheetSnapshot | null {
  try {
    return snapshot.sheets.find((candidate) => candidate.name === table.sheet) ?? null;
  } catch {
    return null;
  }
}
