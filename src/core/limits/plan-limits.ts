import type { OutputPlan, PlannedValue, Rect, SheetPlan } from '../model';
import { EXCEL_LIMITS, type ExcelLimitName, lineFeeds, longestTextConstant, nestingDepth, sheetNameProblem } from './excel-limits';

/**
 * Every place a planned sheet would cross one of Excel's limits. Both hosts run a plan through this before
 * they send or save anything, and the tests run every fixture's output through it: the answer must be
 * empty, because Excel either refuses such a write (and the run rolls back) or silently clips what it shows.
 */
export interface LimitViolation {
  readonly sheet: string;
  readonly limit: ExcelLimitName | 'sheetName';
  /** Where: "A7", "row 7", "column 2". */
  readonly where: string;
  readonly detail: string;
}

function columnLetters(col: number): string {
  let letters = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

function cellName(row: number, col: number): string {
  return `${columnLetters(col)}${row}`;
}

function textOf(value: PlannedValue): string | null {
  if (value === null) return null;
  switch (value.kind) {
    case 'text':
    case 'link':
      return value.text;
    case 'formula':
      return typeof value.cached === 'string' ? value.cached : null;
    case 'number':
      return null;
    default: {
      const unreachable: never = value;
      return unreachable;
    }
  }
}

function checkCell(sheet: string, row: number, col: number, value: PlannedValue, out: LimitViolation[]): void {
  if (value === null) return;
  const where = cellName(row, col);
  const text = textOf(value);
  if (text !== null) {
    if (text.length > EXCEL_LIMITS.cellCharacters.value) out.push({ sheet, limit: 'cellCharacters', where, detail: `${text.length} characters` });
    const feeds = lineFeeds(text);
    if (feeds > EXCEL_LIMITS.lineFeedsPerCell.value) out.push({ sheet, limit: 'lineFeedsPerCell', where, detail: `${feeds} line feeds` });
  }
  if (value.kind === 'formula') {
    const formula = value.formula;
    if (formula.length > EXCEL_LIMITS.formulaCharacters.value) out.push({ sheet, limit: 'formulaCharacters', where, detail: `${formula.length} characters` });
    const depth = nestingDepth(formula);
    if (depth > EXCEL_LIMITS.nestingLevels.value) out.push({ sheet, limit: 'nestingLevels', where, detail: `${depth} levels` });
    const constant = longestTextConstant(formula);
    if (constant > EXCEL_LIMITS.formulaTextConstant.value) out.push({ sheet, limit: 'formulaTextConstant', where, detail: `a text constant of ${constant} characters` });
  }
}

function checkRect(sheet: string, what: string, rect: Rect, out: LimitViolation[]): void {
  if (rect.bottom > EXCEL_LIMITS.rows.value || rect.top < 1) out.push({ sheet, limit: 'rows', where: what, detail: `rows ${rect.top}–${rect.bottom}` });
  if (rect.right > EXCEL_LIMITS.columns.value || rect.left < 1) out.push({ sheet, limit: 'columns', where: what, detail: `columns ${rect.left}–${rect.right}` });
}

export function sheetViolations(plan: SheetPlan): LimitViolation[] {
  const out: LimitViolation[] = [];
  const sheet = plan.name;
  const nameProblem = sheetNameProblem(sheet);
  if (nameProblem) out.push({ sheet, limit: 'sheetName', where: 'name', detail: nameProblem });
  if (plan.rows.length > EXCEL_LIMITS.rows.value) out.push({ sheet, limit: 'rows', where: 'rows', detail: `${plan.rows.length} rows` });
  let links = 0;
  plan.rows.forEach((line, r) => {
    if (line.length > EXCEL_LIMITS.columns.value) out.push({ sheet, limit: 'columns', where: `row ${r + 1}`, detail: `${line.length} columns` });
    line.forEach((value, c) => {
      if (value?.kind === 'link') links++;
      checkCell(sheet, r + 1, c + 1, value, out);
    });
  });
  if (links > EXCEL_LIMITS.hyperlinksPerSheet.value) out.push({ sheet, limit: 'hyperlinksPerSheet', where: 'sheet', detail: `${links} hyperlinks` });
  plan.columnWidths.forEach((width, c) => {
    if (!(width >= 0 && width <= EXCEL_LIMITS.columnWidth.value)) out.push({ sheet, limit: 'columnWidth', where: `column ${columnLetters(c + 1)}`, detail: `${width} characters` });
  });
  for (const { row, height } of plan.rowHeights) {
    if (!(height >= 0 && height <= EXCEL_LIMITS.rowHeight.value)) out.push({ sheet, limit: 'rowHeight', where: `row ${row}`, detail: `${height} points` });
    if (row < 1 || row > EXCEL_LIMITS.rows.value) out.push({ sheet, limit: 'rows', where: `row ${row}`, detail: 'row height outside the grid' });
  }
  for (const merge of plan.merges) checkRect(sheet, 'merge', merge, out);
  for (const styled of plan.styles) checkRect(sheet, 'style', styled.rect, out);
  for (const format of plan.conditionalFormats) checkRect(sheet, 'conditional format', format.rect, out);
  for (const note of plan.notes) {
    if (note.text.length > EXCEL_LIMITS.cellCharacters.value) out.push({ sheet, limit: 'cellCharacters', where: `note ${cellName(note.row, note.col)}`, detail: `${note.text.length} characters` });
  }
  return out;
}

/** A plan a host will not write: it would cross one of Excel's limits. */
export class ExcelLimitError extends Error {
  constructor(readonly violations: readonly LimitViolation[]) {
    super(`the plan crosses Excel's limits:\n${describeViolations(violations)}`);
    this.name = 'ExcelLimitError';
  }
}

/** Every violation in a plan; empty when Excel takes all of it. */
export function planViolations(plan: OutputPlan): LimitViolation[] {
  return plan.sheets.flatMap(sheetViolations);
}

/** What every host calls before it sends or saves a plan: nothing half-written if Excel would refuse any of it. */
export function assertWithinLimits(plan: OutputPlan): void {
  const violations = planViolations(plan);
  if (violations.length > 0) throw new ExcelLimitError(violations);
}

/** One line per violation, for an error message or a failing test. */
export function describeViolations(violations: readonly LimitViolation[]): string {
  return violations.map((v) => `${v.sheet}!${v.where}: ${v.limit} (${v.detail}; limit ${v.limit === 'sheetName' ? "Excel's sheet-name rules" : EXCEL_LIMITS[v.limit].value})`).join('\n');
}
