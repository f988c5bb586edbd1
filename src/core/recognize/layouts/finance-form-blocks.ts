import type { FormField, SheetSnapshot, TextField } from '../../model';
import { cellAt } from '../../model';
import type { MergeIndex } from '../merged-cells';
import { bareHead, isScoreHead, isWeightHead } from './finance-form-heads';
import { findBox, refAt, rowBoxes, type Box } from './sheet-grid';

/**
 * The blocks above a 财政部 绩效自评表's indicator grid: the key-value block (项目名称, 主管部门, 实施单位),
 * the budget block (年初预算数 · 全年预算数 · 全年执行数 · 分值 · 执行率 · 得分, rows 年度资金总额 /
 * 其中：财政拨款 / 其他资金) and the 年度总体目标 texts. Both the national template (财预〔2020〕10号) and
 * the provincial variants (年度预算数 › 年初预算 · 调整后预算数 · 预算执行数 · 预算执行率 · 权重 · 得分) are read.
 */

/** Labels of the key-value block, keyed without spaces and with full-width brackets. */
const FIELD_LABEL =
  /^(?:项目名称|(?:县级|市级|区级|省级|业务)?主管部门|实施单位|实施单位（盖章）|项目单位|部门名称|单位名称|部门（单位）名称|预算单位|预算部门|填报单位|项目负责人|联系人|联系电话|项目属性|项目类型|项目类别|实施周期|评价年度)$/;

export function readFormFields(sheet: SheetSnapshot, merges: MergeIndex, fromRow: number, toRow: number, width: number): FormField[] {
  const fields: FormField[] = [];
  for (let row = fromRow; row <= toRow; row++) {
    const boxes = rowBoxes(sheet, merges, row, width);
    boxes.forEach((box, i) => {
      if (!FIELD_LABEL.test(box.key)) return;
      const next = boxes[i + 1];
      if (!next || FIELD_LABEL.test(next.key)) return;
      fields.push({ label: box.key.replace(/（盖章）$/, ''), value: { value: next.text, cell: refAt(sheet, next.row, next.col) } });
    });
  }
  return fields;
}

export function fieldValue(fields: readonly FormField[], labels: RegExp): TextField | null {
  return fields.find((field) => labels.test(field.label))?.value ?? null;
}

/** 219001-池州市贵池区棠溪镇人民政府: the budget code in front is for the finance system, not the reader. */
export function withoutBudgetCode(text: string): string {
  return text.replace(/^[0-9A-Za-z]{3,}\s*[-—－_]\s*/, '').trim();
}

export interface BudgetColumns {
  readonly headerRow: number;
  readonly initial: number | null;
  /** 全年预算数 / 调整后预算数 when the form states it apart from 年初预算数. */
  readonly adjusted: number | null;
  /** The executed column's words (1-6月执行数): a 监控表 says here which months it covers. */
  readonly executedLabel: string;
  readonly budget: number;
  readonly executed: number;
  readonly weight: number | null;
  /** The weight written in a heading, (20分), with the box it is in; null when none is. */
  readonly weightInLabel: { readonly value: number; readonly box: Box } | null;
  readonly rate: number | null;
  readonly score: number | null;
  readonly reason: number | null;
  /** The unit the block's label gives (项目资金（万元）, 年度预算数(万元)). */
  readonly unit: string | null;
}

export interface BudgetBlock {
  readonly columns: BudgetColumns;
  /** 年度资金总额 / 总额 / 合计: the row the form scores. */
  readonly totalRow: number | null;
  readonly totalLabel: Box | null;
  /** 其中：财政拨款 / 其他资金 … below the total, with their labels. */
  readonly parts: readonly Box[];
}

/**
 * The block's headings, matched once a unit or column label in brackets is off their end (全年预算数（万元）,
 * 执行率（B/A）), by the word each is built on rather than one spelling: the budget set at the start of the
 * year (年初 and any amount: 年初预算数, 年初批复数, 年初预算资金总额), what was spent (执行/支出 as an amount: 全年执行数,
 * 预算执行数, 实际支出数, 已支出, 实际投入资金额, or 1-6月执行数 on a 监控表), the year's budget (any other 预算
 * heading: 全年预算数, 调整后预算数, 预算安排数, 批复预算数) and the rate. A heading that is a rate or a reason is none of the amounts.
 */
const BUDGET_HEADS: readonly { readonly role: 'initial' | 'budget' | 'executed'; readonly pattern: RegExp }[] = [
  { role: 'initial', pattern: /^年初/ },
  { role: 'executed', pattern: /^(?:全年|年度|预算|实际|全年实际|预算实际|累计)?(?:执行|支出)(?:数|金额|资金)?$|^(?:实际支出|已支出|实际投入)|^\d{1,2}[-—－~至到]\d{1,2}月(?:份)?(?:执行数|支出数|实际执行数)$/ },
  { role: 'budget', pattern: /预算|^全年(?:批复|安排)/ },
];
const NOT_AN_AMOUNT = /率|原因|说明|差异|偏差|分值|得分|权重/;

function budgetRole(key: string): 'initial' | 'budget' | 'executed' | null {
  if (NOT_AN_AMOUNT.test(key)) return null;
  return BUDGET_HEADS.find((head) => head.pattern.test(key))?.role ?? null;
}
/** 合计 over the sources of the money (中央 · 省 · 本级 · 其他 · 合计 · 执行数): the year's budget, where no heading says 预算. */
const SOURCES_TOTAL = /^(?:合计|小计|总计|总额|资金总额|金额合计)$/;
const RATE = /执行率|支出率/;
/** The row the form scores: 年度资金总额, 部门整体支出总额, 项目支出总额, 合计 — a total of the whole, not a part. */
const TOTAL_ROW = /^(?:[^其]{0,8}总额|年度总金额|总金额|合计|总计|年度资金总额[：:].*)$/;
/** (20分) in the block's label or in its 得分 heading (得分（20分*执行率）): the block's weight when no 分值 column has it. */
const WEIGHT_IN_LABEL = /[（(]\s*(\d+(?:\.\d+)?)\s*分\s*(?:[)）*×]|$)/;
const PART_ROW = /^(?:其中|当年|本年|上年|财政|其他|单位|自有|政府性|专项|结转)/;

function unitAround(boxes: readonly Box[], above: readonly Box[]): string | null {
  for (const box of [...boxes, ...above]) {
    const m = /[（(](万元|元|亿元)[）)]/.exec(box.text);
    if (m) return m[1];
  }
  return null;
}

/** A number (or 150万) in the box's column within the few rows under it. */
function amountBelow(sheet: SheetSnapshot, box: Box, toRow: number): boolean {
  for (let row = box.bottom + 1; row <= Math.min(toRow, box.bottom + 4); row++) {
    const value = cellAt(sheet, row, box.col);
    if (typeof value === 'number' || (typeof value === 'string' && /^\s*\d+(?:\.\d+)?\s*(?:万元|万|元)?\s*$/.test(value))) return true;
  }
  return false;
}

/**
 * 金额单位：元 (or 单位：万元) written once above the form: the unit of every amount in it, the budget block's
 * included, when the block's own label names none.
 */
function statedMoneyUnit(sheet: SheetSnapshot, merges: MergeIndex, fromRow: number, toRow: number, width: number): string | null {
  for (let row = fromRow; row <= toRow; row++) {
    for (const box of rowBoxes(sheet, merges, row, width)) {
      const m = /(?:^|[\s（(])(?:金额|资金)?单位\s*[:：]\s*(万元|元|亿元)(?:$|[\s）)])/.exec(box.text);
      if (m) return m[1];
    }
  }
  return null;
}

function weightInLabel(boxes: readonly Box[]): { value: number; box: Box } | null {
  for (const box of boxes) {
    const m = WEIGHT_IN_LABEL.exec(box.key);
    if (m) return { value: Number(m[1]), box };
  }
  return null;
}

/** The budget block's header row and columns, searched between `fromRow` and `toRow`. */
export function findBudgetBlock(sheet: SheetSnapshot, merges: MergeIndex, fromRow: number, toRow: number, width: number): BudgetBlock | null {
  for (let row = fromRow; row <= toRow; row++) {
    const boxes = rowBoxes(sheet, merges, row, width);
    const heads = boxes.map((box) => ({ ...box, key: bareHead(box.key) }));
    // 年度预算数(万元) over the labels 总额 · 其中：财政资金 heads the label column, not a figure column: where
    // two headings match, the one with an amount under it is the column.
    const head = (matches: (key: string) => boolean): Box | undefined => {
      const found = heads.filter((box) => matches(box.key));
      return found.find((box) => amountBelow(sheet, box, toRow)) ?? found[0];
    };
    const initialBox = head((key) => budgetRole(key) === 'initial');
    const executed = head((key) => budgetRole(key) === 'executed');
    const adjusted = head((key) => budgetRole(key) === 'budget') ?? (executed ? heads.filter((box) => box.col < executed.col && SOURCES_TOTAL.test(box.key)).pop() : undefined);
    // A 监控表 has 年初预算数 and 1-6月执行数 without 全年预算数 or 执行率: the year's budget is the initial one.
    const budget = adjusted ?? initialBox;
    const rate = findBox(heads, RATE);
    // 预算数 · 执行数 alone (a form that dropped 执行率 and 年初预算数) still make the block when their row also
    // scores it (分值 or 得分) or the block is named as one (预算执行情况).
    const scored = heads.some((box) => isWeightHead(box.key) || isScoreHead(box.key) || /^(?:自评)?得分（.*）$/.test(box.key) || /^预算执行/.test(box.key));
    if (!budget || !executed || (!rate && !initialBox && !scored)) continue;
    const above = row > 1 ? rowBoxes(sheet, merges, row - 1, width) : [];
    const columns: BudgetColumns = {
      headerRow: row,
      initial: initialBox?.col ?? null,
      adjusted: adjusted?.col ?? null,
      executedLabel: executed.text,
      budget: budget.col,
      executed: executed.col,
      weight: boxes.find((box) => isWeightHead(box.key))?.col ?? null,
      weightInLabel: weightInLabel(boxes),
      rate: rate?.col ?? null,
      score: boxes.find((box) => isScoreHead(box.key) || /^(?:自评)?得分（.*）$/.test(box.key))?.col ?? null,
      reason: boxes.find((box) => /原因|^说明/.test(box.key))?.col ?? null,
      unit: unitAround(boxes, above) ?? statedMoneyUnit(sheet, merges, fromRow, row, width),
    };
    const firstFigure = Math.min(budget.col, executed.col, columns.initial ?? budget.col);
    let total: Box | null = null;
    const parts: Box[] = [];
    for (let r = row + 1; r <= Math.min(toRow, row + 8); r++) {
      // The row's label: its last words left of the figures (an amount there is a column the headings did not name).
      const label = rowBoxes(sheet, merges, r, width).filter((box) => box.col < firstFigure && !/^[\d.,\s%]+$/.test(box.text)).pop();
      if (!label) continue;
      if (total === null && TOTAL_ROW.test(label.key)) total = label;
      else if (total !== null && PART_ROW.test(label.key)) parts.push(label);
      else if (total !== null) break;
    }
    if (total === null) {
      // One row of figures right under the headings and no label for it (项目资金 merged down beside them): the row is
      // the block's only one, so its total, named by the block's own label.
      const figuresRow = row + 1;
      const words = rowBoxes(sheet, merges, figuresRow, width).filter((box) => box.col < firstFigure && typeof cellAt(sheet, box.row, box.col) === 'string');
      const amount = (col: number): boolean => typeof cellAt(sheet, figuresRow, col) === 'number' || /^\s*\d+(?:\.\d+)?\s*$/.test(String(cellAt(sheet, figuresRow, col) ?? ''));
      if (figuresRow <= toRow && words.length === 0 && (amount(budget.col) || amount(executed.col)) && boxes.length > 0) {
        return { columns, totalRow: figuresRow, totalLabel: boxes[0], parts };
      }
    }
    return { columns, totalRow: total?.row ?? null, totalLabel: total, parts };
  }
  return null;
}

export interface GoalTexts {
  readonly goal: TextField | null;
  readonly achieved: TextField | null;
}

const GOAL_HEAD = /^(?:预期目标|项目年度目标|年度目标|年度总体目标|总体目标|年初设定目标|年度绩效目标)$/;
const ACHIEVED_HEAD = /(?:实际完成情况|年度目标完成情况|目标完成情况|总体目标完成情况|完成情况综述)$/;

/** The template's own instruction left in a cell nobody filled in: 对照年度目标，说明…（100字以内）. */
const TEMPLATE_INSTRUCTION = /[（(]\s*\d+\s*字以内\s*[)）]|^(?:对照年度目标|结合自评情况|针对项目自评|请填写|填写说明)/;

export function isTemplateInstruction(text: string): boolean {
  return TEMPLATE_INSTRUCTION.test(text.replace(/\s+/g, ''));
}

/** The text under (or beside) a heading box: the first longer text in its columns within a few rows. */
/**
 * A goal text as the unit wrote it, its line breaks kept (目标1…⏎目标2…): the draft quotes it, and a break is where
 * one goal ends. Spaces within a line are collapsed as in the box's text.
 */
function writtenText(sheet: SheetSnapshot, box: Box): string {
  const raw = cellAt(sheet, box.row, box.col);
  if (typeof raw !== 'string') return box.text;
  // 2. and 3. with nothing after them: the template's numbered lines the unit left blank.
  const lines = raw.split(/\r?\n/).map((line) => line.replace(/\s+/g, ' ').trim()).filter((line) => line !== '' && !/^\d{1,2}\s*[.、．。]?$/.test(line));
  return lines.length > 1 ? lines.join('\n') : lines.length === 1 && /\n/.test(raw) ? lines[0] : box.text;
}

function textUnder(sheet: SheetSnapshot, merges: MergeIndex, head: Box, toRow: number, width: number): TextField | null {
  for (let row = head.bottom + 1; row <= Math.min(toRow, head.bottom + 3); row++) {
    const box = rowBoxes(sheet, merges, row, width).find((b) => b.col <= head.right && b.right >= head.col);
    if (box && box.text.length >= 4 && !GOAL_HEAD.test(box.key) && !ACHIEVED_HEAD.test(box.key)) {
      return isTemplateInstruction(box.text) ? null : { value: writtenText(sheet, box), cell: refAt(sheet, box.row, box.col) };
    }
  }
  return null;
}

/**
 * 年度总体目标 as two long texts: headings 预期目标 | 实际完成情况 with the texts below them (the national
 * template), or a label 年度总体目标 with its text to the right (a target form).
 */
export function readGoalTexts(sheet: SheetSnapshot, merges: MergeIndex, fromRow: number, toRow: number, width: number): GoalTexts {
  for (let row = fromRow; row <= toRow; row++) {
    const boxes = rowBoxes(sheet, merges, row, width);
    // 年度目标（年初）: a bracket after the heading says which goal, it is not another heading.
    const goalHead = boxes.filter((box) => GOAL_HEAD.test(box.key) || GOAL_HEAD.test(bareHead(box.key))).pop();
    const achievedHead = goalHead ? boxes.find((box) => box.col > goalHead.col && ACHIEVED_HEAD.test(bareHead(box.key))) : undefined;
    if (goalHead && achievedHead) {
      return { goal: textUnder(sheet, merges, goalHead, toRow, width), achieved: textUnder(sheet, merges, achievedHead, toRow, width) };
    }
    if (goalHead && !achievedHead) {
      const beside = boxes.find((box) => box.col > goalHead.right && box.text.length >= 8 && !isTemplateInstruction(box.text));
      if (beside) return { goal: { value: writtenText(sheet, beside), cell: refAt(sheet, beside.row, beside.col) }, achieved: null };
    }
  }
  return { goal: null, achieved: null };
}

/** The planned amount beside its label (资金总额 171.41, 当年预算 9.31): all a 绩效目标表 states of its budget. */
const PLANNED_LABEL = /^(?:年度资金总额|资金总额|当年预算|年度预算|预算总额|预算金额|项目总金额|年度预算安排|部门预算|本?年度(?:本级|申请)?[^中上]{0,6}预算(?:金额|资金|数)?)$/;
/** The amount's unit in brackets after the label (本年度申请市财政预算资金(万元)) is not part of its words. */
const LABEL_UNIT = /（(?:万元|元|亿元)）$/;
/** 854万(高标准农田建设400万元,…): the amount first, then how it splits. */
const LEADING_AMOUNT = /^(\d+(?:\.\d+)?)\s*(?:万元|万)?\s*(?:$|[（(])/;

export interface PlannedBudget {
  readonly row: number;
  readonly value: number;
  readonly cell: ReturnType<typeof refAt>;
  readonly text: string;
  /** Read out of words (854万(…)), not a number cell: Excel cannot reproduce it. */
  readonly fromText: boolean;
}

/** The first planned amount written beside a label above the grid, or null. */
export function findPlannedBudget(sheet: SheetSnapshot, merges: MergeIndex, fromRow: number, toRow: number, width: number): PlannedBudget | null {
  for (let row = fromRow; row <= toRow; row++) {
    const boxes = rowBoxes(sheet, merges, row, width);
    for (let i = 0; i + 1 < boxes.length; i++) {
      if (!PLANNED_LABEL.test(boxes[i].key.replace(LABEL_UNIT, ''))) continue;
      const next = boxes[i + 1];
      const value = cellAt(sheet, next.row, next.col);
      if (typeof value === 'number' && Number.isFinite(value)) return { row, value, cell: refAt(sheet, next.row, next.col), text: next.text, fromText: false };
      const leading = typeof value === 'string' ? LEADING_AMOUNT.exec(value.trim()) : null;
      if (leading) return { row, value: Number(leading[1]), cell: refAt(sheet, next.row, next.col), text: next.text, fromText: true };
    }
  }
  return null;
}
