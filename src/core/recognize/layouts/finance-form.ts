import type {
  Approximation,
  CellValue,
  DateField,
  ColumnMapping,
  FieldKey,
  FinanceExtraColumn,
  FinanceFormFacts,
  FinanceBudget,
  FormField,
  Indicator,
  IndicatorTable,
  Issue,
  NumberField,
  Period,
  RegionFigures,
  SectionRow,
  SheetSnapshot,
  TextField,
} from '../../model';
import { cellAt, columnCount, columnLetter, numberFormatAt, rowCount, UNSTATED_FIELDS } from '../../model';
import { cellWords } from '../cell-text';
import { convertUnit, isKnownUnit } from '../unit-convert';
import { excelSerialToIso } from '../date-text';
import { indicatorDirection } from '../kind-direction';
import type { MergeIndex } from '../merged-cells';
import { findMonthSpan, findYear, periodFromAsOf, type MonthSpan } from '../period';
import { RECOGNIZE_CODES, recognitionIssue } from '../recognition-issues';
import { unitFromWorkbookName } from '../table-title';
import { templateSlot, type TemplateSlot } from '../template-slot';
import { parseOutline } from '../outline';
import { numberedParents } from '../sub-items';
import type { SpecialLayoutInput } from './special-layout';
import { placeFigure, placeRate, readRaw, readTextField, type RawRead } from '../value-parse';
import { fieldValue, findBudgetBlock, findPlannedBudget, isTemplateInstruction, readFormFields, readGoalTexts, withoutBudgetCode, type BudgetBlock } from './finance-form-blocks';
import { findBox, labelKey, refAt, rowBoxes, type Box } from './sheet-grid';
import { placeEvidence } from './cross-table-axis';
import { COMPARATOR_VALUE, spannedParts } from './finance-form-spans';
import { bareHead, isActualHead, isPlainActualHead, isScoreHead, isTargetHead, isWeightHead } from './finance-form-heads';

/**
 * The 财政部 performance forms every budget unit files: 项目支出绩效自评表, 部门整体支出绩效自评表 and the
 * 绩效目标表. Key-value block on top, a budget block with 执行率, then 一级/二级/三级指标 with 年度指标值,
 * 实际完成值, 分值, 得分 and 偏差原因, template rows left as they came (指标2：, ……, /) and a 总分 row.
 *
 * The unit has scored its own form: its 得分 is kept (Indicator.statedScore). 执行率 is an indicator of its
 * own, worth the block's 分值, so the 分值 add up to the 总分 the form states.
 */
export interface FinanceFormRead {
  readonly table: IndicatorTable;
  readonly issues: Issue[];
}


const SCAN_ROWS = 120;
const BUDGET_GROUP = '预算执行情况';

interface GridColumns {
  /**
   * 项目名称 as a column left of the levels: a department's budget form lists several projects, each merged down
   * beside its indicators. The project is then the top of each indicator's path.
   */
  readonly project: Box | undefined;
  /** 单位名称 as a column left of the levels (820001-某镇人民政府 merged down beside a project). */
  readonly unitColumn: Box | undefined;
  /** 一级指标; absent on the short 绩效目标表 variants that list indicators under one 绩效指标 label. */
  readonly level1: Box | undefined;
  readonly level2: Box | undefined;
  readonly name: Box;
  readonly target: Box | undefined;
  readonly actual: Box | undefined;
  readonly weight: Box | undefined;
  readonly score: Box | undefined;
  readonly reason: Box | undefined;
  /** The column of comparators (≥ = ≤), whatever its header calls it (指标性质, 指标方向, 符号). */
  readonly sign: Box | undefined;
  /** The column of 正向/反向 (逆向): which way is better, apart from the comparator. */
  readonly sense: Box | undefined;
  readonly unit: Box | undefined;
  /** 实施进度 / 当前进度: a progress the unit states (已完成100%). */
  readonly progress: Box | undefined;
  readonly likelihood: Box | undefined;
  readonly explanation: Box | undefined;
  /** 指标说明及公式, 计算公式: how the value is worked out. */
  readonly formula: Box | undefined;
  readonly standard: Box | undefined;
  /** 评(扣)分标准: how points are taken off, apart from the 绩效标准 the value is judged by. */
  readonly scoring: Box | undefined;
  /** 复核分, 审核得分: the points a reviewer gave after the unit's own 得分. */
  readonly reviewScore: Box | undefined;
  /** The 中期 group beside the year's, when the form has two. */
  readonly earlier: EarlierGroup | undefined;
  /** 上年实际完成值 beside the year's: last year's figure, for comparison. */
  readonly lastYear: Box | undefined;
  /** The grid names all three levels (一级 · 二级 · 三级指标), the template's own mark. */
  readonly tiered: boolean;
}

/** Grid header boxes no field reads: named in an issue, never dropped in silence. */
function unusedGridBoxes(boxes: readonly Box[], cols: GridColumns): Box[] {
  const used = [cols.level1, cols.level2, cols.name, cols.target, cols.actual, cols.lastYear, cols.weight, cols.score, cols.reason, cols.sign, cols.sense, cols.unit, cols.progress, cols.likelihood, cols.explanation, cols.formula, cols.standard, cols.scoring, cols.reviewScore, cols.earlier?.level2, cols.earlier?.name, cols.earlier?.target].filter((box): box is Box => box !== undefined);
  const first = cols.level1?.col ?? cols.name.col;
  // A heading merged over several columns is used when a field reads any of them (指标值 over ≥ | 2300).
  const isUsed = (box: Box): boolean => used.some((u) => u.row === box.row && u.col >= box.col && u.col <= box.right);
  return boxes.filter((box) => !isUsed(box) && box.col > first);
}

const SENSE_VALUE = /^(?:正向|反向|逆向)(?:指标)?$/;

/**
 * What a column holds, judged from the cells below its header: most of its filled cells are a bare comparator
 * (≥ = ≤), or 正向/反向. The header's word (指标性质, 指标方向) differs from province to province; the
 * values do not.
 */
function columnHolds(sheet: SheetSnapshot, box: Box, fromRow: number, pattern: RegExp, least = 0.6): boolean {
  let filled = 0;
  let matching = 0;
  for (let row = fromRow; row <= Math.min(rowCount(sheet), fromRow + 40); row++) {
    const text = cellWords(cellAt(sheet, row, box.col)).replace(/\s+/g, '');
    if (text === '') continue;
    filled++;
    if (pattern.test(text)) matching++;
  }
  return filled > 0 && matching / filled >= least;
}

/**
 * A target form may set the 中期 (multi-year) and the 年度 indicators side by side, each group with its own
 * 二级指标 · 三级指标 · 指标值; the year's group comes last. The grid is read from the last group, and the
 * earlier one is kept as named columns so none goes unnamed.
 */
function sideGroups(boxes: readonly Box[]): { readonly boxes: readonly Box[]; readonly earlier: EarlierGroup | undefined } {
  const names = boxes.filter((box) => LEVEL_HEAD[3].test(box.key));
  if (names.length < 2) return { boxes, earlier: undefined };
  const last = names[names.length - 1];
  const first = names[names.length - 2];
  const level2s = boxes.filter((box) => LEVEL_HEAD[2].test(box.key));
  const lastLevel2 = [...level2s].reverse().find((box) => box.col < last.col && box.col > first.col);
  if (!lastLevel2) return { boxes, earlier: undefined };
  const earlierLevel2 = [...level2s].reverse().find((box) => box.col < first.col);
  const earlierTarget = boxes.find((box) => box.col > first.col && box.col < lastLevel2.col && isTargetHead(box.key));
  const earlier: EarlierGroup = { level2: earlierLevel2, name: first, target: earlierTarget };
  const dropped = new Set<Box | undefined>([earlierLevel2, first, earlierTarget]);
  return { boxes: boxes.filter((box) => !dropped.has(box)), earlier };
}

/**
 * 一级指标 · 二级指标 · 三级指标 (三级指标名称, 三级指标（指标名称）), also written 一级 · 二级 · 三级 alone or
 * with what the level holds in brackets (三级（具体指标）).
 */
const LEVEL_HEAD: Readonly<Record<1 | 2 | 3, RegExp>> = {
  1: /^一级(?:指标|$|（)/,
  2: /^二级(?:指标|$|（)/,
  3: /^三级(?:指标|$|（)/,
};

/** The earlier (中期) group of a form that sets two groups side by side. */
interface EarlierGroup {
  readonly level2: Box | undefined;
  readonly name: Box;
  readonly target: Box | undefined;
}

/**
 * Of two value columns for two periods side by side (2024年指标值 · 2025年指标值, 上年实际完成值 · 本年实际完成值),
 * the one the form reports on: the latest year it names, and never the year before (上年, 去年, 前年).
 */
function thisYears(boxes: readonly Box[]): Box | undefined {
  const current = boxes.filter((box) => !/上年|去年|前年|上一年/.test(box.key));
  const pool = current.length > 0 ? current : boxes;
  const yearOf = (box: Box): number => Number(/((?:19|20)\d{2})年/.exec(box.key)?.[1] ?? 0);
  return pool.reduce<Box | undefined>((best, box) => (best === undefined || yearOf(box) > yearOf(best) ? box : best), undefined);
}

/** A heading that names a level, itself or in its bracket: 三级指标, 三级（具体指标）, 指标名称（三级指标）. */
function levelHead(boxes: readonly Box[], level: 1 | 2 | 3): Box | undefined {
  return findBox(boxes, LEVEL_HEAD[level]) ?? boxes.find((box) => LEVEL_HEAD[level].test(/[（(]([^（）()]+)[)）]$/.exec(box.key)?.[1] ?? ''));
}

/**
 * The words every template's 一级 and 二级指标 are drawn from (财预〔2020〕10号 and the provinces' forms before it):
 * 产出 · 效益 · 满意度 · 成本, and under them 数量 · 质量 · 时效 · 经济/社会/生态效益 · 可持续影响 · 服务对象满意度,
 * with the self-evaluation's 决策 · 过程 · 管理 · 投入. A group cell is these words, maybe with its points
 * (产出指标(40分)) or run together (产出数量指标).
 */
const LEVEL_WORD = /^[^，。；,;]{0,6}(?:数量|质量|时效|成本|效益|满意度|产出|影响|投入|决策|过程|管理|制度)(?:指标|目标)?(?:[（(]?\s*\d+(?:\.\d+)?\s*分\s*[)）]?)?$/;

/** The share of a column's filled cells under the header that are level words. */
function levelWordShare(sheet: SheetSnapshot, col: number, fromRow: number): number {
  let filled = 0;
  let words = 0;
  for (let row = fromRow; row <= Math.min(rowCount(sheet), fromRow + 40); row++) {
    const text = cellWords(cellAt(sheet, row, col)).replace(/\s+/g, '');
    if (text === '') continue;
    filled++;
    if (LEVEL_WORD.test(text)) words++;
  }
  return filled === 0 ? 0 : words / filled;
}

/**
 * The groups of a grid whose headings do not say 一级/二级 (评价指标 · 评价内容 · 指标名称): the one or two columns
 * right before the name whose cells are the template's level words (数量指标, 质量指标 …) — told by what they hold,
 * whatever their heading. A column of words further left, merged down over them, is the level above.
 */
function levelsByValues(sheet: SheetSnapshot, boxes: readonly Box[], name: Box): { level1: Box; level2: Box | undefined } | null {
  const before = boxes.filter((box) => box.right < name.col && box.row <= name.row);
  const nearest = before[before.length - 1];
  if (!nearest || nearest.right !== name.col - 1 || levelWordShare(sheet, nearest.col, name.bottom + 1) < 0.6) return null;
  const outer = before[before.length - 2];
  if (outer && outer.right === nearest.col - 1 && !/序号|编号|^项目名称$/.test(outer.key)) return { level1: outer, level2: nearest };
  return { level1: nearest, level2: undefined };
}

function gridColumns(sheet: SheetSnapshot, all: readonly Box[]): GridColumns | null {
  const { boxes, earlier } = sideGroups(all);
  const headed1 = levelHead(boxes, 1);
  const headed2 = levelHead(boxes, 2);
  const threeLevels = headed1 && headed2 ? levelHead(boxes, 3) : undefined;
  // Without 一级/二级 the indicator column is the 指标 (指标名称) column of a form with a target column.
  const name = threeLevels ?? boxes.find((box) => /^(?:三级指标|指标|指标名称|绩效指标名称|具体指标|指标内容)$/.test(bareHead(box.key)));
  if (!name) return null;
  const byValues = headed1 === undefined && !threeLevels ? levelsByValues(sheet, boxes, name) : null;
  const level1 = headed1 ?? byValues?.level1;
  const level2 = headed2 ?? byValues?.level2;
  const right = boxes.filter((box) => box.col > name.col);
  const after = (pattern: RegExp): Box | undefined => right.find((box) => pattern.test(box.key));
  const fromRow = name.bottom + 1;
  const sign = right.find((box) => /性质|方向|符号|比较|类型/.test(box.key) && columnHolds(sheet, box, fromRow, COMPARATOR_VALUE));
  const sense = right.find((box) => box !== sign && columnHolds(sheet, box, fromRow, SENSE_VALUE));
  const targetHead = thisYears(right.filter((box) => box !== sign && isTargetHead(box.key)));
  if (!threeLevels && !targetHead) return null;
  // A 监控表 or a short form may have the 一级指标 column alone, left of 指标名称.
  const left = (box: Box | undefined): Box | undefined => (box && box.col < name.col ? box : undefined);
  const actualHead = thisYears(right.filter((box) => isPlainActualHead(box.key))) ?? thisYears(right.filter((box) => isActualHead(box.key)));
  const targetParts = targetHead ? spannedParts(sheet, targetHead, fromRow) : null;
  const actualParts = actualHead ? spannedParts(sheet, actualHead, fromRow) : null;
  const target = targetParts?.value ?? targetHead;
  const actual = actualParts?.value ?? actualHead;
  return {
    project: level1 ? all.find((box) => box.col < level1.col && /^项目名称$/.test(box.key)) : undefined,
    unitColumn: level1 ? all.find((box) => box.col < level1.col && /^(?:单位名称|预算单位|部门名称)$/.test(box.key)) : undefined,
    level1: threeLevels ? level1 : left(level1),
    level2: threeLevels ? level2 : left(level2),
    name,
    target,
    actual,
    // 实施进度 / 当前进度, or the 完成率 the unit worked out itself: a rate it states, not one to compute.
    progress: right.find((box) => /进度$/.test(box.key) && !/序时/.test(box.key)) ?? right.find((box) => /^(?:指标)?完成(?:率|比例|比率)$/.test(bareHead(box.key))),
    ...wordColumns(sheet, right, fromRow),
    weight: right.find((box) => isWeightHead(box.key)) ?? weightByFigures(sheet, right, fromRow, [targetHead, actualHead, target, actual, sign]),
    score: right.find((box) => isScoreHead(box.key)),
    // Why a target was missed, however the template words it (未达到指标值原因, 未完成原因, 偏差原因分析).
    reason: after(/(?:偏差原因|未完成原因|原因分析|改进措施|偏差说明|差异原因|原因说明|未达(?:到)?.{0,6}原因)/),
    sign: sign ?? targetParts?.sign,
    sense,
    unit: after(/^(?:度量单位|计量单位|单位)$/) ?? targetParts?.unit ?? actualParts?.unit,
    earlier: threeLevels ? earlier : undefined,
    lastYear: right.find((box) => box !== actual && /上年|去年/.test(box.key) && isActualHead(box.key)),
    tiered: threeLevels !== undefined,
  };
}

/** The numbers of a column, row by row, from the header down (null where a cell holds none). */
function numbersDown(sheet: SheetSnapshot, col: number, fromRow: number): (number | null)[] {
  const numbers: (number | null)[] = [];
  for (let row = fromRow; row <= Math.min(rowCount(sheet), fromRow + 60); row++) {
    const value = cellAt(sheet, row, col);
    numbers.push(typeof value === 'number' && Number.isFinite(value) ? value : null);
  }
  return numbers;
}

/**
 * 分值 under a heading the engine cannot read (a scan's 考值参分, a province's own word): a column of numbers that
 * bounds the 得分 beside it on every row where both are written — the points each indicator is worth, which the
 * unit's score never passes — on at least three rows, with a score below its bound on at least one row or the
 * column's points adding up to a whole form's 100. A column of targets or actuals is never this one.
 */
function weightByFigures(sheet: SheetSnapshot, right: readonly Box[], fromRow: number, taken: readonly (Box | undefined)[]): Box | undefined {
  const score = right.find((box) => isScoreHead(box.key));
  if (!score) return undefined;
  const scores = numbersDown(sheet, score.col, fromRow);
  return right.find((box) => {
    if (box === score || box.col > score.col || taken.some((t) => t !== undefined && t.col === box.col) || isTargetHead(box.key) || isActualHead(box.key)) return false;
    const points = numbersDown(sheet, box.col, fromRow);
    const pairs = points.map((p, i) => [p, scores[i]] as const).filter((pair): pair is readonly [number, number] => pair[0] !== null && pair[1] !== null);
    if (pairs.length < 3 || pairs.some(([p, got]) => got > p || p <= 0 || p > 100)) return false;
    const total = points.reduce<number>((sum, p) => sum + (p ?? 0), 0);
    return pairs.some(([p, got]) => got < p) || Math.abs(total - 100) < 1e-9;
  });
}

/** A rule for points in a cell: 计1分, 得3分, 扣0.5分, 不得分, 酌情扣分, (15 分÷三级指标个数). */
const SCORING_RULE = /[计得扣]\s*\d|\d(?:\.\d+)?\s*分|不得分|扣分|扣完为止/;

type WordColumn = 'likelihood' | 'explanation' | 'formula' | 'standard' | 'scoring' | 'reviewScore';

/**
 * The grid's columns of words about each indicator, by their headings: how likely the target is met, what the
 * indicator means, how its value is worked out, the standard it is judged by, how points are taken off, and the
 * points a reviewer (复核, 审核, 财政) gave after the unit's own. A column of words headed as a standard or an
 * explanation (评价标准, 指标说明) whose cells are rules for points (计1分, 不得分) is the scoring column: what it
 * holds says more than which of the look-alike headings the province chose.
 */
const WORD_COLUMNS: readonly { readonly role: WordColumn; readonly head: RegExp }[] = [
  { role: 'likelihood', head: /可能性/ },
  { role: 'formula', head: /公式/ },
  { role: 'scoring', head: /^(?:评（扣）分|评分|扣分)(?:标准|办法|规则)/ },
  { role: 'standard', head: /^(?:绩效|评价|考核)标准/ },
  { role: 'explanation', head: /^(?:指标解释|指标值内容|指标内容|指标(?:值)?说明)$/ },
  { role: 'reviewScore', head: /^(?:复核|审核|核定|财政(?:审核|复核)?)(?:得分|评分|分)$/ },
];

function wordColumns(sheet: SheetSnapshot, right: readonly Box[], fromRow: number): Record<WordColumn, Box | undefined> {
  const found: Record<WordColumn, Box | undefined> = { likelihood: undefined, explanation: undefined, formula: undefined, standard: undefined, scoring: undefined, reviewScore: undefined };
  const taken = new Set<Box>();
  const rules = right.find((box) => /标准|说明|规则|依据/.test(box.key) && columnHolds(sheet, box, fromRow, SCORING_RULE, 0.5));
  for (const { role, head } of WORD_COLUMNS) {
    const box = role === 'scoring' ? (right.find((b) => head.test(b.key)) ?? rules) : right.find((b) => !taken.has(b) && b !== rules && head.test(b.key));
    if (box === undefined || taken.has(box)) continue;
    found[role] = box;
    taken.add(box);
  }
  return found;
}

/** A heading of one of the grid's columns right of the levels: the target, the actual, 分值, 得分, the reason. */
function isValueHead(key: string): boolean {
  return isTargetHead(key) || isActualHead(key) || isWeightHead(key) || isScoreHead(key) || /偏差原因|未完成原因|原因分析|改进措施/.test(key);
}

/** The row of 一级指标 · 二级指标 · 三级指标 (or of 指标 · 指标值) and its columns. */
function findGrid(sheet: SheetSnapshot, merges: MergeIndex, width: number): { row: number; headerRows: number[]; columns: GridColumns; unused: Box[] } | null {
  const last = Math.min(rowCount(sheet), SCAN_ROWS);
  for (let row = 1; row <= last; row++) {
    const own = rowBoxes(sheet, merges, row, width);
    // A two-row header: 实际完成值 · 分值 · 得分 merged down from the row above, beside 一级指标 · 指标值 below
    // a 年度指标值 band. The merged headings name their columns as much as the row's own do.
    const taken = new Set(own.map((box) => box.col));
    // Where the merges were lost, 年度指标值 · 分值 · 得分 stand above an empty cell of this row all the same.
    const fromAbove = row > 1 ? rowBoxes(sheet, merges, row - 1, width).filter((box) => (box.bottom >= row || (box.right === box.col && isValueHead(box.key))) && !taken.has(box.col)) : [];
    // *指标值, *评(扣)分标准: the star marks a field the template requires, it is not part of the heading.
    const boxes = [...own, ...fromAbove].sort((a, b) => a.col - b.col).map((box) => ({ ...box, key: box.key.replace(/^[*＊]+/, '') }));
    const columns = gridColumns(sheet, boxes);
    if (!columns) continue;
    const split = row < last ? splitBand(sheet, merges, row, width) : null;
    if (split) return { row: row + 1, headerRows: [row, row + 1], columns: split.columns, unused: unusedGridBoxes(split.boxes, split.columns) };
    const usesAbove = Object.values(columns).some((box) => box !== undefined && box.row < row);
    return { row, headerRows: usesAbove ? [row - 1, row] : [row], columns, unused: unusedGridBoxes(boxes, columns) };
  }
  return null;
}

/**
 * A band over sub-headings: 指标值 (or 绩效指标值, 年度) spanning two columns, with 年度目标 · 实际完成 under
 * it in the next row, while 一级指标 … 三级指标 and 分值 stand in the band's row (merged down, or left alone
 * when the merges were lost). The sub-headings name the columns; the band only groups them, so a band read as
 * the target column would lose the actual beside it. The row below is a sub-heading row only when every box
 * in it is words under a box that spans more than one column.
 */
function splitBand(sheet: SheetSnapshot, merges: MergeIndex, row: number, width: number): { columns: GridColumns; boxes: Box[] } | null {
  const top = rowBoxes(sheet, merges, row, width);
  const below = rowBoxes(sheet, merges, row + 1, width);
  if (below.length === 0) return null;
  const bandOver = (box: Box): Box | undefined => top.find((t) => t.right > t.col && t.col <= box.col && box.right <= t.right);
  const isWords = (box: Box): boolean => typeof cellAt(sheet, box.row, box.col) === 'string' && !/^[\d.%\s]+$/.test(box.key);
  if (!below.every((box) => isWords(box) && bandOver(box) !== undefined)) return null;
  // Only a band over the value columns is split; a band of tick boxes (偏差原因分析 › 经费保障 · 制度保障,
  // 完成目标可能性 › 确定能 · 有可能) keeps its one heading.
  const valueHeads = below.filter((box) => isTargetHead(box.key) || isActualHead(box.key));
  const bands = new Set(valueHeads.map(bandOver));
  if (bands.size === 0) return null;
  const kept = top.filter((box) => !bands.has(box));
  const boxes = [...below.filter((box) => bands.has(bandOver(box))), ...kept].sort((a, b) => a.col - b.col).map((box) => ({ ...box, key: box.key.replace(/^[*＊]+/, '') }));
  const columns = gridColumns(sheet, boxes);
  return columns ? { columns, boxes } : null;
}

const FORM_TITLE = /绩效(?:自评|目标|评价|运行监控|监控)[^，。]{0,6}表/;
const FORM_TITLE_BARE = /^[^，。]{0,20}绩效(?:自评|目标|评价|运行监控|监控)$/;

/** 填报日期：2022 年 8 月 10 日, 填表时间:2021.5.18: when the form was filled in, up to the next label. */
const FILED_ON = /(?:填报|填表|报送|编制)(?:日期|时间)\s*[:：]?\s*[\d\s年月日./-]*/g;

function titleAbove(sheet: SheetSnapshot, merges: MergeIndex, toRow: number, width: number): { title: string | null; lines: string } {
  const lines: string[] = [];
  let title: string | null = null;
  let first = true;
  for (let row = 1; row < toRow; row++) {
    const boxes = rowBoxes(sheet, merges, row, width);
    // The words above the grid, where the form may state its year (（2023年度）, 评价年度 2023): not its
    // amounts, whose digits (8200000, 2020.56万元) are no year.
    // Nor the day it was filed (填报日期：2022年8月10日): a self-evaluation is filed the year after the one it reports.
    for (const box of boxes) if (typeof cellAt(sheet, box.row, box.col) === 'string') lines.push(box.text.replace(FILED_ON, ' ').replace(/\d{5,}|\d+\.\d+/g, ' '));
    // The sheet's first line alone may leave out the 表 (部门整体绩效目标): lower down, 年度绩效目标 heads a block.
    const titled = (box: Box) => FORM_TITLE.test(box.key) || (first && boxes.length === 1 && FORM_TITLE_BARE.test(box.key));
    if (title === null && boxes.length <= 2 && boxes.some(titled)) title = boxes.map((box) => box.text).join('');
    if (boxes.length > 0) first = false;
  }
  return { title, lines: lines.join(' ') };
}

/**
 * What makes the grid a finance form and not any 一/二/三级指标 table: its title, its form fields, its budget
 * block, or the template's 绩效指标 label standing beside the three levels.
 */
function looksLikeFinanceForm(title: string | null, hasFields: boolean, budget: BudgetBlock | null, sideLabel: boolean): boolean {
  return title !== null || hasFields || budget !== null || sideLabel;
}

/** Fields only a finance form's key-value block has; 填报单位, 联系人 and 单位名称 head many a target table too. */
const FORM_OWN_FIELD = /^(?:项目名称|(?:县级|市级|区级|省级|业务)?主管部门|实施单位|项目单位|项目属性|项目类型|项目类别|实施周期|评价年度|预算部门|预算单位|项目负责人)$/;
/** Columns a 目标任务分解表 has and a finance form never does: who answers for the task. */
const RESPONSIBILITY_HEAD = /^(?:责任|牵头|配合|协办|主办)(?:单位|科室|部门|领导|人|股室)/;

/**
 * A grid short of the three levels (一级指标 · 指标名称 · 计划值) is also how county 目标任务分解表 are laid out:
 * it reads as a finance form only with more of the form about it — its title, its budget block, the 绩效指标
 * label, fields only the form has (项目名称, 主管部门) — or, short of those, a 分值/得分 column and no 责任单位.
 */
function financeEvidence(grid: { columns: GridColumns; unused: readonly Box[] }, title: string | null, fields: readonly FormField[], budget: BudgetBlock | null, sideLabel: boolean): boolean {
  if (grid.columns.tiered || title !== null || budget !== null || sideLabel || fields.some((field) => FORM_OWN_FIELD.test(field.label))) return true;
  if (grid.unused.some((box) => RESPONSIBILITY_HEAD.test(box.key))) return false;
  return grid.columns.weight !== undefined || grid.columns.score !== undefined;
}

function hasSideLabel(sheet: SheetSnapshot, merges: MergeIndex, row: number, level1: Box, width: number): boolean {
  return rowBoxes(sheet, merges, row, width).some((box) => box.col < level1.col && /^(?:绩效|年度绩效|产出和效益)?指标$/.test(box.key) && box.bottom > box.row);
}

/** 指标2：, 指标3:, ……, …, /, 空白, —: template rows nobody filled in. */
const PLACEHOLDER = /^(?:指标\s*\d+\s*[:：]?|[…．.。·、—\-－/／\\]+|空白|无|暂无|略)$/;
/** 指标1：工程完工率, and 指标1工程完工率 where the colon was lost: the template's numbering, not the name. */
const PLACEHOLDER_PREFIX = /^指标\s*\d{1,2}\s*(?:[:：]\s*|(?=[\u4e00-\u9fff]))/;
/** Rows that end the grid. */
const GRID_END = /^(?:总分|合计|总计|评价结论|存在问题|改进措施|项目负责人|财务负责人|填表人|填报人|说明|注|备注)/;
const TOTAL = /^(?:总分|合计|总计|总得分|自评总分|合计得分|得分合计|综合得分|总分合计)$/;

/** A sentence of the unit's own: eight characters or more with a clause mark or a full stop in them. */
function isWrittenGoal(text: string): boolean {
  const words = text.replace(/\s+/g, '');
  return (words.match(/[\u4e00-\u9fff]/g) ?? []).length >= 8 && /[，,；;。]/.test(words);
}

export function isPlaceholderName(text: string): boolean {
  return PLACEHOLDER.test(labelKey(text));
}

/**
 * A level's title as the unit wrote it: 产出指标(50分), 社会效益\n指标, even a bare (50分) where the vertical
 * 产出指标 was lost. The path quotes the form; it is not a cleaned-up group name.
 */
function levelTitle(value: CellValue): string {
  return typeof value === 'string' ? value.replace(CONTROL_CHARS, '').trim() : cellWords(value);
}
// eslint-disable-next-line no-control-regex
const CONTROL_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

function figure(read: RawRead): NumberField | null {
  return read.kind === 'figure' ? placeFigure({ ...read.figure, unit: null }, null, false).field : null;
}

const SIGN_APPROX: Readonly<Record<string, Approximation>> = { '≥': 'atLeast', '≧': 'atLeast', '≦': 'atMost', '>=': 'atLeast', '＞': 'atLeast', '>': 'atLeast', '≤': 'atMost', '<=': 'atMost', '＜': 'atMost', '<': 'atMost' };
/** The comparator a template slot's bound stands for, in the form of a comparator column. */
const SLOT_SIGN: Readonly<Partial<Record<Approximation, string>>> = { atLeast: '≥', atMost: '≤' };

/** 百分比 / 百分率 as units the engine knows. */
function normalUnit(unit: string | null): string | null {
  if (unit === null) return null;
  const u = unit.trim();
  if (u === '') return null;
  return /^(?:百分比|百分率|％)$/.test(u) ? '%' : u;
}

interface PlacedValue {
  readonly value: NumberField | null;
  readonly words: TextField | null;
}

function placeValue(read: RawRead, unit: string | null, sign: string | null): PlacedValue {
  switch (read.kind) {
    case 'empty':
    case 'error':
      return { value: null, words: null };
    case 'words':
      return { value: null, words: { value: read.text, cell: read.cell } };
    case 'figure': {
      const written = normalUnit(read.figure.unit);
      const placed = placeFigure({ ...read.figure, unit: written }, unit, false);
      const approx = sign !== null && read.figure.approx === 'exact' ? SIGN_APPROX[sign] ?? 'exact' : placed.field.approx;
      const words = read.figure.inSentence ? { value: read.figure.text, cell: read.figure.cell } : null;
      if (placed.outcome === 'incompatible') return { value: null, words: { value: read.figure.text, cell: read.figure.cell } };
      return { value: { ...placed.field, approx }, words };
    }
    default: {
      const unreachable: never = read;
      return unreachable;
    }
  }
}

function mapping(box: Box | undefined, header: string): ColumnMapping | undefined {
  if (!box) return undefined;
  return { col: box.col, letter: columnLetter(box.col), header, confidence: 1, source: 'synonym' };
}

interface GridRead {
  readonly indicators: Indicator[];
  readonly sections: SectionRow[];
  readonly placeholders: { row: number; text: string }[];
  /** Rows with figures but no 三级指标 name. */
  readonly orphans: number[];
  readonly totalRow: number | null;
}

/**
 * The unit a finance form speaks for: its 实施单位 (or 填报单位…), unless that is a section inside a
 * department (粮食调控储备与产业发展股, 办公室), which answers to the department: then the 主管部门.
 */
function reportingUnit(implementer: TextField | null, department: TextField | null): TextField | null {
  if (implementer && department && /(?:股|科|室)$/.test(implementer.value.replace(/\s+/g, ''))) return department;
  return implementer ?? department;
}

/** A 时效 row: its group or its name speaks of time (时效指标, 完成时间, 到位时间, 时限, 日期). */
const TIME_ROW = /时效|时间|日期|时限|截止|期限/;

/**
 * 44561 in a 时效 row is 2021-12-31 exported as its Excel serial number (the unit column often holds the same
 * number): a deadline, not a target of 44561. Read as a date only when it falls within a year of the form's
 * own year, so a real count in a 时效 row is never turned into a date.
 */
function serialDeadline(sheet: SheetSnapshot, row: number, cols: GridColumns, path: readonly string[], name: string, formYear: number | null): DateField | null {
  if (!cols.target || formYear === null || !TIME_ROW.test([...path, name].join(' '))) return null;
  const value = cellAt(sheet, row, cols.target.col);
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 20_000 || value > 80_000) return null;
  const iso = excelSerialToIso(value);
  if (!iso || Math.abs(Number(iso.slice(0, 4)) - formYear) > 1) return null;
  return { iso, cell: refAt(sheet, row, cols.target.col), text: iso };
}

/** One figure with a unit written inside words (not ≥50个 alone): the target the words state. */
function sentenceFigure(read: RawRead): boolean {
  return read.kind === 'figure' && read.figure.inSentence && read.figure.approx === 'exact' && normalUnit(read.figure.unit) !== null && normalUnit(read.figure.unit) !== '%';
}

/** 至少全年完成2次, 不超过5天, 控制在…以内: the bound the words put on a figure inside them. */
function boundInWords(read: RawRead): Approximation | null {
  if (read.kind !== 'figure') return null;
  const text = read.figure.text;
  if (/至少|不少于|不低于|以上/.test(text)) return 'atLeast';
  if (/不超过|不高于|不多于|控制在|以内|以下/.test(text)) return 'atMost';
  return null;
}

/** ≥80M, 1250KVA: a figure whose unit is written in Latin letters, which the unit reader does not know. */
function withLetterUnit(read: RawRead): RawRead {
  if (read.kind !== 'figure' || read.figure.unit !== null) return read;
  const m = /^(?:[≥≤<>=＞＜]|>=|<=)?\s*\d+(?:\.\d+)?\s*([A-Za-z]{1,4})$/.exec(read.figure.text.trim());
  return m ? { kind: 'figure', figure: { ...read.figure, unit: m[1], inSentence: false } } : read;
}

/**
 * 水质达标率≥95%, 项目总成本≤500万元, 满意度（≥90%） over a bare 95, 500 or 90: the name states the target
 * with its bound and unit, and the value column repeats the number alone. Only when the two numbers agree does
 * the name lend the value its bound and unit; the name is quoted as written.
 */
function boundInName(name: string, target: RawRead): TemplateSlot | null {
  if (target.kind !== 'figure') return null;
  const m = /(≥|≧|>=|＞=|不低于|不少于|≤|≦|<=|＜=|不高于|不超过|不多于)\s*(\d+(?:\.\d+)?)\s*(%|％|‰|[\u4e00-\u9fff]{1,3}|[A-Za-z]{1,4})?\s*[)）]?$/.exec(name);
  if (!m || Number(m[2]) !== target.figure.shown) return null;
  const approx: Approximation = /^(?:≥|≧|>=|＞=|不低于|不少于)$/.test(m[1]) ? 'atLeast' : 'atMost';
  return { name, approx, unit: m[3] === undefined ? null : m[3] === '％' ? '%' : m[3] };
}

/**
 * 相关性(5分), 群众满意度（10分）: the points an indicator is worth, written after its name on a scoring form
 * with a 得分 column and no 分值 column. Taken only where the row's 得分 is within them (a 考核得分（90分） scored
 * 95 states a target, not the points); read out of words, so derived, and the name is quoted as written.
 */
function weightInName(sheet: SheetSnapshot, row: number, cols: GridColumns, name: string, score: NumberField | null): NumberField | null {
  const m = /[（(]\s*(\d+(?:\.\d+)?)\s*分\s*[)）]$/.exec(name);
  if (!m || cols.weight || !score || score.value > Number(m[1])) return null;
  return { value: Number(m[1]), cell: refAt(sheet, row, cols.name.col), approx: 'exact', text: name, decimals: m[1].split('.')[1]?.length ?? 0, derived: true };
}

/** ≥XX%, ××个, ＊＊, ＿＿: the template's blank for a value, left as it came. */
const BLANK_VALUE = /^(?:[≥≤<>=＞＜≧≦]|>=|<=)?\s*(?:[*＊]+|[×xXＸ]{2,}|[_＿]+|…+)\s*(?:%|％|[\u4e00-\u9fff]{1,3})?$/;

/**
 * 一, —, -: a dash alone where a value would go, which a scan often reads as the character 一 — nothing stated.
 * (A target of one is written 1, or 1个; never 一 alone in a value column.)
 */
const DASH_VALUE = /^[一—－\-–―]$/;

/** A value cell holding only the template's blank, or a dash, reads as empty: nobody filled it in. */
function unfilled(read: RawRead): RawRead {
  if (read.kind !== 'words') return read;
  const text = read.text.replace(/\s+/g, '');
  return BLANK_VALUE.test(text) || DASH_VALUE.test(text) ? { kind: 'empty' } : read;
}

/**
 * 公里, 万人, ≧ %: the value cell with the unit (and the bound) the template printed and no number typed in. The
 * indicator is measured in that unit — a figure is due, none is stated — so it is quantitative with no target.
 */
function unitOnly(read: RawRead): { readonly unit: string; readonly sign: string | null } | null {
  if (read.kind !== 'words') return null;
  const m = /^(≥|≤|≧|≦|>=|<=|＞|＜|>|<|=)?\s*([^\d\s]{1,5})$/.exec(read.text.trim());
  const unit = m ? normalUnit(m[2]) : null;
  return m && unit !== null && isKnownUnit(unit) ? { unit, sign: m[1] ?? null } : null;
}

/** 22.8, 180: a figure written alone, with no unit or bound of its own. */
function bareFigure(read: RawRead): boolean {
  return read.kind === 'figure' && read.figure.unit === null && read.figure.approx === 'exact' && !read.figure.inSentence;
}

/** 任务完成时限(月), 奖补资金兑付率(%): the unit the name puts in brackets, for a bare number in the cells — a unit the engine knows. */
function unitInName(name: string, target: RawRead): string | null {
  if (target.kind !== 'figure' || target.figure.unit !== null) return null;
  const m = /[（(]\s*([^（）()\d\s]{1,4})\s*[)）]$/.exec(name);
  const unit = m ? normalUnit(m[1]) : null;
  // 新增企业(法人), 补助对象(个人): a bracket that says what is counted, not a unit.
  return unit !== null && isKnownUnit(unit) ? unit : null;
}

/** The unit's words in the 偏差原因 column; a bare number there (0, 0.00) gives no reason. */
function reasonText(sheet: SheetSnapshot, row: number, reason: Box | undefined): TextField | null {
  if (!reason) return null;
  const text = readTextField(cellAt(sheet, row, reason.col), refAt(sheet, row, reason.col));
  return text && /^[\d.\s%]+$/.test(text.value) ? null : text;
}

/** 已完成100%, 80%, 0.8 in a 实施进度 column: the progress the unit states, as a fraction. */
function progressRate(read: RawRead): NumberField | null {
  if (read.kind !== 'figure') return null;
  const percent = normalUnit(read.figure.unit) === '%' || read.figure.percentFormat;
  if (!percent && read.figure.shown > 1) return null;
  return placeRate(read.figure, false);
}

/**
 * The groups of a row, with a blank level taken from the row above: the form merges 产出指标 down over its
 * indicators, and where the merges were lost (a copy from a web page, a retyped sheet) the group is written
 * once, on its first row. A level left blank belongs to the group above only while every level left of it
 * stays in its group (blank, or merged down and so the same); a new 一级指标 starts its 二级 afresh.
 */
function carryLevels(above: readonly string[], written: readonly string[]): string[] {
  let changed = false;
  return written.map((title, depth) => {
    if (title !== '') {
      // 产出指标 merged down (so shown on every row) is the same group, not a new one.
      changed ||= title !== above[depth];
      return title;
    }
    return changed ? '' : (above[depth] ?? '');
  });
}

function readGrid(input: SpecialLayoutInput, headerRow: number, cols: GridColumns, width: number, formYear: number | null, places: readonly Box[] = []): GridRead {
  const { sheet, merges } = input;
  const indicators: Indicator[] = [];
  const sections: SectionRow[] = [];
  const placeholders: { row: number; text: string }[] = [];
  const orphans: number[] = [];
  const seenPaths = new Set<string>();
  const last = rowCount(sheet);
  const raw = (box: Box | undefined, row: number): RawRead =>
    box ? readRaw(cellAt(sheet, row, box.col), numberFormatAt(sheet, row, box.col), refAt(sheet, row, box.col)) : { kind: 'empty' };
  const shown = (box: Box, row: number): CellValue => {
    const area = merges.areaAt(row, box.col);
    return area ? cellAt(sheet, area.top, area.left) : cellAt(sheet, row, box.col);
  };
  const levelBoxes = [cols.project, cols.level1, cols.level2].filter((box): box is Box => box !== undefined);
  let carried: readonly string[] = levelBoxes.map(() => '');
  for (let row = headerRow + 1; row <= last; row++) {
    const leading = rowBoxes(sheet, merges, row, width).filter((box) => box.col <= cols.name.col);
    if (leading.some((box) => TOTAL.test(bareHead(box.key)))) return { indicators, sections, placeholders, orphans, totalRow: row };
    // 其他需要说明事项 | 无 | … | 总分 | 100 | 96: the 总分 label may stand right before the 分值 and 得分 it totals, in
    // the form's last line, with no name on the row.
    const scoreCols = [cols.weight, cols.score].filter((box): box is Box => box !== undefined).map((box) => box.col);
    const totalBefore = scoreCols.length > 0 && cellWords(cellAt(sheet, row, cols.name.col)) === ''
      && rowBoxes(sheet, merges, row, width).some((box) => TOTAL.test(bareHead(box.key)) && box.col > cols.name.col && box.right < Math.min(...scoreCols));
    if (totalBefore) return { indicators, sections, placeholders, orphans, totalRow: row };
    if (leading.some((box) => GRID_END.test(box.key) && box.col < (cols.level2 ?? cols.name).col)) break;
    const levels = carryLevels(carried, levelBoxes.map((box) => levelTitle(shown(box, row))));
    carried = levels;
    const written = cellWords(cellAt(sheet, row, cols.name.col));
    if (written === '') {
      if ([cols.target, cols.actual, cols.score].some((box) => raw(box, row).kind === 'figure')) orphans.push(row);
      continue;
    }
    // The header written again (a form printed over two pages repeats 一级指标 · 二级指标 · 三级指标).
    if (labelKey(written) === cols.name.key) continue;
    if (isPlaceholderName(written)) {
      placeholders.push({ row, text: written });
      continue;
    }
    // 质量 / 时效 with nothing beside them: a template row the unit left unfilled (its grid lists every
    // 二级指标 whether used or not), not an indicator with an unstated target.
    const filledBeside = [cols.target, cols.actual, cols.weight, cols.score, cols.progress, ...places].some((box) => unfilled(raw(box, row)).kind !== 'empty');
    // A goal the unit wrote out in a sentence (提高森林覆盖率，促进生物多样性保护。) is its own, whatever the template
    // left blank beside it: an indicator with no figure, not an unfilled template row.
    if (!filledBeside && !isWrittenGoal(written)) {
      placeholders.push({ row, text: written });
      continue;
    }
    const named = written.replace(PLACEHOLDER_PREFIX, '').trim();
    // 公猪舍(≥**平方米) over a bare 22.8: the template's blank for the value, whose number went into the value
    // column — the bracket gives that number its bound and unit and is not part of the name. Where the value
    // cell states its own bound and unit (>=4个), the slot adds nothing and the name is quoted as written.
    // A target set per place (one column each): the first place's value stands for the row's unit, bound and kind.
    const placeReads = places.map((box) => unfilled(raw(box, row)));
    const targetRaw = places.length > 0 ? (placeReads.find((read) => read.kind === 'figure') ?? placeReads.find((read) => read.kind !== 'empty') ?? { kind: 'empty' }) : raw(cols.target, row);
    const slot = bareFigure(targetRaw) ? templateSlot(named) ?? boundInName(named, targetRaw) : null;
    const name = slot?.name ?? named;
    const path = levels.filter((t) => t !== '');
    path.forEach((title, depth) => {
      const key = path.slice(0, depth + 1).join('\u0000');
      if (seenPaths.has(key)) return;
      seenPaths.add(key);
      sections.push({ row, outline: '', title, level: depth + 1, path: path.slice(0, depth + 1), inColumn: true });
    });
    // 定量 / 定性 in the comparator column names the kind of value, not a bound on it.
    const signWritten = cols.sign ? cellWords(cellAt(sheet, row, cols.sign.col)).replace(/\s+/g, '') || null : null;
    const sign = (signWritten !== null && /^(?:定量|定性)$/.test(signWritten) ? null : signWritten) ?? (slot ? SLOT_SIGN[slot.approx] ?? null : null);
    const sense = cols.sense ? cellWords(cellAt(sheet, row, cols.sense.col)).replace(/\s+/g, '') : '';
    const deadline = serialDeadline(sheet, row, cols, path, name, formYear);
    const unitText = cols.unit ? cellWords(cellAt(sheet, row, cols.unit.col)) : '';
    const blankWithUnit = unitOnly(unfilled(targetRaw));
    const targetRead = blankWithUnit ? { kind: 'empty' as const } : withLetterUnit(unfilled(targetRaw));
    const actualRead = withLetterUnit(unfilled(raw(cols.actual, row)));
    const figureUnit = (read: RawRead): string | null => (read.kind === 'figure' ? normalUnit(read.figure.unit) : null);
    const columnUnit = normalUnit(unitText);
    const ownUnit = figureUnit(targetRead);
    // 28.8万元 beside a 计量单位 of %: the unit typed with the figure is the figure's; a unit column copied
    // down the rows does not turn an amount into a share.
    const ownUnitWins = columnUnit !== null && ownUnit !== null && convertUnit(1, ownUnit, columnUnit).kind === 'incompatible';
    const unitWritten = (ownUnitWins ? ownUnit : columnUnit) ?? ownUnit ?? figureUnit(actualRead) ?? blankWithUnit?.unit ?? normalUnit(slot?.unit ?? null) ?? unitInName(name, targetRead);
    const costRow = /成本/.test(path.join(' ')) || /(?:费|经费|费用|资金|预算|金额)$/.test(name);
    // 150万 in a 成本指标 row is 150万元: the forms count money in 万元, and a bare 万 is not a unit of its own.
    const unit = unitWritten === '万' && costRow ? '万元' : unitWritten;
    const placedTarget = placeValue(targetRead, unit, sign);
    // 年度预算220万元, 至少全年完成2次宣传: one figure with its unit inside the target's words is the target
    // (derived, pointing at the cell); the words stay the cell's, not a second target.
    const target = sentenceFigure(targetRead) ? { value: placedTarget.value && { ...placedTarget.value, approx: boundInWords(targetRead) ?? placedTarget.value.approx }, words: null } : placedTarget;
    const placedActual = placeValue(actualRead, unit, null);
    // 按进度执行，已使用约40% against 220万元: a share in the words tells how far along the unit is, not the
    // actual; the words are kept as the actual's text and the row stays quantitative.
    const progress = unit !== '%' && actualRead.kind === 'figure' && actualRead.figure.inSentence && normalUnit(actualRead.figure.unit) === '%' ? placeRate(actualRead.figure, false) : null;
    const actual = progress ? { value: null, words: { value: actualRead.kind === 'figure' ? actualRead.figure.text : '', cell: progress.cell } } : placedActual;
    // 100% under 实际完成值 against ≥120公里: the unit wrote how much of the target it reached, not the amount.
    const reached = progress === null && unit !== null && unit !== '%' && placedActual.value === null && actualRead.kind === 'figure' && !actualRead.figure.inSentence && normalUnit(actualRead.figure.unit) === '%' ? placeRate(actualRead.figure, false) : null;
    const stated = progressRate(raw(cols.progress, row)) ?? reached;
    // A target in words or an actual in words (达成预期指标, 效果明显) is judged by its words; a target form has no actual at all.
    const actualIsFigure = actual.value !== null && actual.words === null;
    // A figure target with a word for the actual (无, 未完成) stays a figure target: the words are kept as the
    // actual's text and nothing is computed from them.
    const actualInWords = actualRead.kind === 'words' && !/\d/.test(actualRead.text);
    // No target stated, but a figure is due: the template's unit alone in the value cell (公里, ≧ %), or no target and
    // an actual that is a figure (— | 100%). Measured in figures, with nothing to hold the actual against.
    const figureDue = target.value === null && target.words === null && ((blankWithUnit !== null && (actualIsFigure || actualRead.kind === 'empty')) || (targetRead.kind === 'empty' && actualIsFigure && !progress));
    const quantitative = figureDue || (target.value !== null && target.words === null && (actualIsFigure || actualRead.kind === 'empty' || progress !== null || reached !== null || actualInWords));
    const kind = quantitative ? 'quantitative' : 'qualitative';
    // A target of 0 (变质比例 0, 事故发生数 0起, 办公费 0万元) can only be a ceiling: nothing is better than none.
    const zeroTarget = quantitative && target.value?.value === 0;
    const targetText = target.words ?? (kind === 'qualitative' && target.value ? { value: `${sign ?? ''}${target.value.text}${unitText}`, cell: target.value.cell } : null);
    const actualText = actual.words ?? (kind === 'qualitative' && actual.value ? { value: actual.value.text, cell: actual.value.cell } : null);
    if (deadline) {
      indicators.push({
        ...UNSTATED_FIELDS,
        row,
        sheet: sheet.name,
        outline: '',
        id: '',
        path,
        name: { value: name, cell: refAt(sheet, row, cols.name.col) },
        kind: 'qualitative',
        direction: 'higher',
        unit: null,
        target: null,
        deadline,
        weight: figure(raw(cols.weight, row)) ?? weightInName(sheet, row, cols, name, figure(raw(cols.score, row))),
        progressText: reasonText(sheet, row, cols.reason),
        statedScore: figure(raw(cols.score, row)),
      });
      continue;
    }
    indicators.push({
      ...UNSTATED_FIELDS,
      row,
      sheet: sheet.name,
      outline: '',
      id: '',
      path,
      name: { value: name, cell: refAt(sheet, row, cols.name.col) },
      kind,
      // 指标性质 反向 (or 逆向): a ceiling, whatever the name says. So is a 成本指标 row that names an expense
      // (运行维护费) or says 控制 (控制在预算成本内).
      direction: indicatorDirection(kind, name, /反向|逆向/.test(`${sign ?? ''}${sense}`) || (costRow && /成本/.test(path.join(' ')) && /(?:费|^控制)/.test(name)) || zeroTarget ? 'atMost' : target.value?.approx ?? null, targetText?.value ?? null),
      unit: kind === 'quantitative' ? unit : null,
      target: kind === 'quantitative' && places.length === 0 ? target.value : null,
      targetText: kind === 'quantitative' || places.length > 0 ? null : targetText,
      ...(places.length > 0 && kind === 'quantitative' ? { breakdown: placeTargets(sheet, row, places, placeReads, unit, sign) } : {}),
      actual: kind === 'quantitative' ? actual.value : null,
      actualText: kind === 'quantitative' ? (progress || reached || actualInWords ? actual.words : null) : actualText,
      statedCompletion: stated,
      statedProgress: kind === 'quantitative' ? progress : null,
      lastYear: kind === 'quantitative' ? placeValue(withLetterUnit(raw(cols.lastYear, row)), unit, null).value : null,
      weight: figure(raw(cols.weight, row)) ?? weightInName(sheet, row, cols, name, figure(raw(cols.score, row))),
      progressText: reasonText(sheet, row, cols.reason),
      statedScore: figure(raw(cols.score, row)),
    });
  }
  return { indicators, sections, placeholders, orphans, totalRow: null };
}

/** 增速9.5%, 同比增长17.95%, 比上年增长8%: a change written before its percentage. */
const CHANGE_BEFORE = /(?:增速|增幅|增长率?|同比(?:增长|增速)?|比上年(?:增长)?)\s*(?:为|达到?|[:：])?\s*$/;

/**
 * A % row whose target figure the form's own 年度总体目标 states as a change (社会消费品零售总额同比增速9.5% over a
 * row 消费品零售额 | % | 9.5): the target is a growth, whatever the row's name, and so is the actual beside it. Marked
 * (targetGrowth, the same figure as a fraction; derived) so that the two rates are compared and never divided. A % row the goal does not speak of as a change is left as it is.
 */
function withStatedGrowth(indicators: readonly Indicator[], goal: TextField | null): Indicator[] {
  if (goal === null) return [...indicators];
  const text = goal.value.replace(/\s+/g, '');
  return indicators.map((indicator) => {
    const target = indicator.target;
    if (indicator.kind !== 'quantitative' || indicator.unit !== '%' || target === null) return indicator;
    const figure = String(target.value);
    let at = text.indexOf(`${figure}%`);
    while (at >= 0 && (/[\d.]/.test(text[at - 1] ?? '') || !CHANGE_BEFORE.test(text.slice(Math.max(0, at - 8), at)))) at = text.indexOf(`${figure}%`, at + 1);
    if (at < 0) return indicator;
    return { ...indicator, targetGrowth: { ...target, value: target.value / 100, decimals: target.decimals + 2, derived: true } };
  });
}

/** Each place's target on one row of a form that sets its targets per place. */
function placeTargets(sheet: SheetSnapshot, row: number, places: readonly Box[], reads: readonly RawRead[], unit: string | null, sign: string | null): RegionFigures[] {
  return places.map((box, i) => ({
    region: { value: box.text, cell: refAt(sheet, box.row, box.col) },
    target: placeValue(withLetterUnit(reads[i]), unit, sign).value,
    actual: null,
    rate: null,
    cells: [refAt(sheet, row, box.col)],
  }));
}

/** A column named for a place: 新罗区, 埭头镇, 笏石街道办, 西坪镇尧山村. */
function isPlaceHead(key: string): boolean {
  return placeEvidence(key) === 'place' || (/^[\u4e00-\u9fff]{2,10}(?:村|社区|街道办)$/.test(key) && placeEvidence(key.replace(/(?:村|社区|街道办)$/, '镇')) !== 'none');
}

/**
 * A 绩效目标表 that sets its targets per place: after the levels, the name and its words (指标解释, 指标方向), a
 * column for each county, town or village the money goes to — on the heading row itself, or on the row under a
 * band (区域目标值) that spans them. Two places or more; each place's column holds that place's target.
 */
function placeColumns(sheet: SheetSnapshot, merges: MergeIndex, row: number, cols: GridColumns, width: number): { places: Box[]; row: number } | null {
  const named = new Set([cols.explanation, cols.sign, cols.sense, cols.unit, cols.formula, cols.standard, cols.scoring].filter((box): box is Box => box !== undefined).map((box) => box.col));
  for (const at of [row, row + 1]) {
    const boxes = rowBoxes(sheet, merges, at, width).filter((box) => box.col > cols.name.col && !named.has(box.col));
    const places = boxes.filter((box) => isPlaceHead(box.key));
    if (places.length >= 2 && places.length === boxes.length) return { places, row: at };
  }
  return null;
}

/**
 * 一、示范区建立 (≧20000亩, 得15分) with 1、 2、 3、 under it in the 三级指标 column: the numbered parts of an item
 * (sub-items.ts), whose scores the item already holds. Each part's path gains the item's name as written, within
 * one group of the form (the same 一级 and 二级指标).
 */
function withNumberedParents(indicators: readonly Indicator[]): Indicator[] {
  const result = [...indicators];
  for (let start = 0; start < result.length; ) {
    const key = result[start].path.join('\u0000');
    let end = start;
    while (end < result.length && result[end].path.join('\u0000') === key) end++;
    const group = result.slice(start, end);
    const parents = numberedParents(group.map((i) => parseOutline(i.name.value)));
    group.forEach((indicator, i) => {
      const chain: string[] = [];
      for (let p = parents[i]; p !== null; p = parents[p]) chain.unshift(group[p].name.value);
      if (chain.length > 0) result[start + i] = { ...indicator, path: [...indicator.path, ...chain] };
    });
    start = end;
  }
  return result;
}

/**
 * 总分 | 100分 written right beside the label, under no column: on a form without a 分值 column it can only be
 * the total score. Read out of the words, so derived.
 */
function scoreBesideLabel(sheet: SheetSnapshot, merges: MergeIndex, row: number, width: number): NumberField | null {
  const boxes = rowBoxes(sheet, merges, row, width);
  const label = boxes.findIndex((box) => TOTAL.test(bareHead(box.key)));
  const next = label >= 0 ? boxes[label + 1] : undefined;
  if (!next) return null;
  const m = /^(\d+(?:\.\d+)?)\s*分?$/.exec(next.key);
  if (!m) return null;
  const cell = refAt(sheet, next.row, next.col);
  return typeof cellAt(sheet, next.row, next.col) === 'number'
    ? figure(readRaw(cellAt(sheet, next.row, next.col), numberFormatAt(sheet, next.row, next.col), cell))
    : { value: Number(m[1]), cell, approx: 'exact', text: next.text, decimals: m[1].split('.')[1]?.length ?? 0, derived: true };
}

/** 自评得分, 自评总分, 综合得分, 总得分: the label of the form's total score. 得分 alone heads a column, not the total. */
const HEAD_TOTAL = /^(?:(?:自评|评价|综合)总?得分|总得分|(?:自评)?总分)$/;

/**
 * The total the unit gave its form, written in the form's head rather than in a 总分 row under the grid: 自评得分 | 98
 * in two boxes, or 自评总分: 95 in one. Looked for only above the grid, on a form with a 得分 column.
 */
function totalInHead(sheet: SheetSnapshot, merges: MergeIndex, toRow: number, width: number): NumberField | null {
  for (let row = 1; row <= toRow; row++) {
    const boxes = rowBoxes(sheet, merges, row, width);
    for (let i = 0; i < boxes.length; i++) {
      const inOne = /^(.+?)[:：]\s*(\d+(?:\.\d+)?)\s*分?$/.exec(boxes[i].text);
      if (inOne && HEAD_TOTAL.test(labelKey(inOne[1]))) {
        return { value: Number(inOne[2]), cell: refAt(sheet, row, boxes[i].col), approx: 'exact', text: boxes[i].text, decimals: inOne[2].split('.')[1]?.length ?? 0, derived: true };
      }
      const next = boxes[i + 1];
      if (HEAD_TOTAL.test(boxes[i].key) && next && typeof cellAt(sheet, row, next.col) === 'number') {
        return figure(readRaw(cellAt(sheet, row, next.col), numberFormatAt(sheet, row, next.col), refAt(sheet, row, next.col)));
      }
    }
  }
  return null;
}

/** The unit a 单位名称 column names beside the first indicator, without its budget code. */
function unitInColumn(sheet: SheetSnapshot, merges: MergeIndex, column: Box | undefined, row: number | undefined): string | null {
  if (!column || row === undefined) return null;
  const area = merges.areaAt(row, column.col);
  const text = withoutBudgetCode(cellWords(area ? cellAt(sheet, area.top, area.left) : cellAt(sheet, row, column.col)));
  return /[\u4e00-\u9fff]{2,}/.test(text) ? text : null;
}

/** The block's weight read out of its heading (预算执行情况 (20分)): derived, pointing at the heading. */
function labelWeight(sheet: SheetSnapshot, found: BudgetBlock['columns']['weightInLabel']): NumberField | null {
  if (!found) return null;
  const decimals = String(found.value).split('.')[1]?.length ?? 0;
  return { value: found.value, cell: refAt(sheet, found.box.row, found.box.col), approx: 'exact', text: found.box.text, decimals, derived: true };
}

interface BudgetRead {
  readonly indicator: Indicator;
  /** Set when the total row is empty or all zero and the figures come from this part row (其中：财政拨款). */
  readonly fromPart: Box | null;
  readonly budget: FinanceBudget;
}

/**
 * 预算执行率 = 全年执行数 ÷ 全年预算数, scored with the budget block's 分值: an indicator of its own. Its
 * figures are the total row's; a total row left at 0 over filled part rows (年度资金总额 0 · 其中：财政拨款
 * 90) takes the first filled part row instead, and recognition says so. 分值 and 得分 stay the total row's.
 */
function budgetIndicator(input: SpecialLayoutInput, block: BudgetBlock): BudgetRead | null {
  const { sheet } = input;
  const row = block.totalRow;
  if (row === null || !block.totalLabel) return null;
  const c = block.columns;
  const read = (at: number, col: number | null): RawRead => (col === null ? { kind: 'empty' } : readRaw(cellAt(sheet, at, col), numberFormatAt(sheet, at, col), refAt(sheet, at, col)));
  const filled = (at: number): boolean => [c.budget, c.executed].some((col) => (figure(read(at, col))?.value ?? 0) !== 0);
  const fromPart = filled(row) ? null : block.parts.find((part) => filled(part.row)) ?? null;
  const figuresRow = fromPart?.row ?? row;
  const rowRate = (rateRead: RawRead): NumberField | null =>
    rateRead.kind === 'figure' ? placeRate(rateRead.figure, !rateRead.figure.percentFormat && rateRead.figure.unit !== '%' && rateRead.figure.shown > 1.5) : null;
  const rate = rowRate(read(figuresRow, c.rate));
  const reason = c.reason === null ? null : readTextField(cellAt(sheet, row, c.reason), refAt(sheet, row, c.reason));
  const spent = figure(read(figuresRow, c.executed));
  const budgeted = figure(read(figuresRow, c.budget));
  // The budget set at the start of the year stands for the year's when the block states no other (a 监控表's 年初预算数
  // beside 1-6月执行数). Spending above it says the budget was raised during the year, to a figure the form does not
  // state: then there is no year's budget to hold the spending against, and no 执行率 the form never wrote.
  const raised = c.adjusted === null && c.rate === null && budgeted !== null && spent !== null && spent.value > budgeted.value;
  const yearBudget = raised ? null : budgeted;
  const indicator: Indicator = {
    ...UNSTATED_FIELDS,
    row,
    sheet: sheet.name,
    outline: '',
    id: '',
    path: [BUDGET_GROUP],
    name: { value: '预算执行率', cell: refAt(sheet, block.totalLabel.row, block.totalLabel.col) },
    kind: 'quantitative',
    direction: 'higher',
    unit: c.unit,
    target: yearBudget,
    actual: spent,
    statedCompletion: rate,
    weight: figure(read(row, c.weight)) ?? labelWeight(sheet, c.weightInLabel),
    // The template's long instruction (1.预算执行率=…) sits in the 原因 column of some variants: not the unit's words.
    progressText: reason && !/^1[.、．]/.test(reason.value) && !isTemplateInstruction(reason.value) ? reason : null,
    statedScore: figure(read(row, c.score)),
  };
  const budget: FinanceBudget = {
    indicatorRow: row,
    initial: figure(read(row, c.initial)),
    adjusted: figure(read(row, c.adjusted)),
    executed: figure(read(row, c.executed)),
    rate: rowRate(read(row, c.rate)),
    weight: indicator.weight,
    score: indicator.statedScore ?? null,
  };
  return { indicator, fromPart, budget };
}

/**
 * The months a 监控表 reports: named by its budget block (1-6月执行数), else by its actual's heading
 * (1-6月实际完成值), else by its title (2024年上半年…绩效运行监控表). A 自评表 or a 目标表 reports the whole year.
 */
function reportedMonths(budget: BudgetBlock | null, cols: GridColumns, title: string | null): MonthSpan | null {
  const fromBudget = budget ? findMonthSpan(budget.columns.executedLabel) : null;
  if (fromBudget) return fromBudget;
  const monitoring = title !== null && /监控|跟踪/.test(title);
  if (!monitoring) return null;
  return (cols.actual ? findMonthSpan(cols.actual.text) : null) ?? findMonthSpan(title);
}

function annualPeriod(year: number | null, asOf: string | undefined, months: MonthSpan | null): { period: Period; assumed: boolean } {
  const given = asOf ? periodFromAsOf(asOf) : null;
  if (given) return { period: given, assumed: false };
  const y = year ?? new Date().getFullYear();
  // A 监控表's budget block says which months its figures cover (1-6月执行数): 序时进度 follows them.
  if (months && months.toMonth < 12) {
    return { period: { year: y, fromMonth: months.fromMonth, toMonth: months.toMonth, expectedProgress: months.toMonth / 12, label: months.label, source: 'header', ...(year === null ? { yearAssumed: true } : {}) }, assumed: year === null };
  }
  // A 自评表 reports a whole budget year: 序时进度 is 100%.
  return { period: { year: y, fromMonth: 1, toMonth: 12, expectedProgress: 1, label: '全年', source: year === null ? 'default' : 'title', ...(year === null ? { yearAssumed: true } : {}) }, assumed: year === null };
}

/**
 * A form with a column for the actual or the 得分 reports on a year; one without either sets targets (申报表,
 * 批复表), whatever its title is missing — unless its title says it evaluates (自评, 评价, 监控).
 */
function formKind(title: string | null, cols: GridColumns): FinanceFormFacts['kind'] {
  if (cols.actual || cols.score) return 'self-evaluation';
  if (title !== null && /目标/.test(title)) return 'target';
  return title !== null && /自评|评价|监控/.test(title) ? 'self-evaluation' : 'target';
}

const FILER_LABEL = /^(?:预算单位|填报单位|编制单位|申报单位)\s*[:：]\s*(.+)$/;
/** 单位名称：… in one cell: the unit, though a 单位名称 box of the form's own (with the full name) says it better. */
const NAME_LABEL = /^(?:单位名称|部门名称|部门（单位）名称|部门\(单位\)名称)\s*[:：]\s*(.+)$/;

/**
 * 预算单位：某某乡人民政府 written in one cell above the form: the unit that files it, named in full, which
 * the 实施单位 box often shortens (云雾土家族乡). A 填报单位：（盖章） left blank names nobody.
 */
function filingUnit(sheet: SheetSnapshot, merges: MergeIndex, toRow: number, width: number, labels = FILER_LABEL): string | null {
  for (let row = 1; row <= toRow; row++) {
    for (const box of rowBoxes(sheet, merges, row, width)) {
      const m = labels.exec(box.text);
      if (!m) continue;
      // 单位名称：某镇政府 填报日期：2021.5.18 — the cell goes on to other entries of the form's head.
      const value = withoutBudgetCode(m[1].replace(/[（(]\s*盖章\s*[)）]/g, '').replace(/\s*(?:(?:金额)?单位|填报日期|填表日期|日期|联系电话|联系人)\s*[:：].*$/, '').trim());
      if (/[\u4e00-\u9fff]{2,}/.test(value)) return value;
    }
  }
  return null;
}

const NOTE_START = /^(?:注(?:[：:]|\d|[（(])|(?:说明|备注)[：:])/;
const FOOTER = /^(?:填表人|填报人|项目负责人|财务负责人|单位负责人|联系电话|填报日期|审核人|制表人)/;

/**
 * 注：1.… under the grid (the template's rules for 分值, or the unit's own remarks): one note per line, until
 * the signatures below. Only what follows a 注 line is a note; 评价结论 and 存在问题 boxes are not.
 */
function notesBelow(sheet: SheetSnapshot, merges: MergeIndex, fromRow: number, width: number): string[] {
  const notes: string[] = [];
  let inNotes = false;
  for (let row = fromRow; row <= rowCount(sheet); row++) {
    const boxes = rowBoxes(sheet, merges, row, width);
    if (boxes.length === 0) continue;
    if (FOOTER.test(boxes[0].key)) break;
    if (!inNotes && !NOTE_START.test(boxes[0].key)) continue;
    inNotes = true;
    notes.push(boxes.map((box) => box.text).join(' '));
  }
  return notes;
}

/** Reads the sheet as a finance form, or null when it is not one. Never throws for cell content. */
export function readFinanceForm(input: SpecialLayoutInput): FinanceFormRead | null {
  const { sheet, merges } = input;
  const width = columnCount(sheet);
  const grid = findGrid(sheet, merges, width);
  if (!grid) return null;
  const { title, lines } = titleAbove(sheet, merges, grid.row, width);
  const fields = readFormFields(sheet, merges, 1, grid.row - 1, width);
  const budget = findBudgetBlock(sheet, merges, 1, grid.row - 1, width);
  const sideLabel = hasSideLabel(sheet, merges, grid.row, grid.columns.level1 ?? grid.columns.name, width);
  if (!looksLikeFinanceForm(title, fields.length > 0, budget, sideLabel)) return null;
  // A grid without 一级/二级指标 (指标 · 指标值 …) is common to any target table: it is a finance form only
  // with the form's own furniture about it — its key-value block or budget and the 绩效指标 label beside it, or a
  // form's title over a budget block of amounts budgeted and spent (预算 · 执行), which no other table has.
  if (grid.columns.level1 === undefined && !(sideLabel && (fields.length > 0 || budget !== null)) && !(title !== null && budget !== null)) return null;
  if (!financeEvidence(grid, title, fields, budget, sideLabel)) return null;
  const issues: Issue[] = [];
  // A target form that sets its targets per place is read as a cross-table of its rows by those places.
  const byPlace = placeColumns(sheet, merges, grid.row, grid.columns, width);
  const cols = byPlace ? { ...grid.columns, target: undefined } : grid.columns;
  const formYear = (title === null ? null : findYear(title)) ?? findYear(lines) ?? (cols.target ? findYear(cols.target.text) : null) ?? findYear(sheet.name) ?? findYear(input.workbookName);
  const grid0 = readGrid(input, byPlace?.row ?? grid.row, cols, width, formYear, byPlace?.places);
  const read = { ...grid0, indicators: withNumberedParents(grid0.indicators) };
  const budgetRead = budget ? budgetIndicator(input, budget) : null;
  const budgetRow = budgetRead?.indicator ?? null;
  const gridIndicators = withStatedGrowth(read.indicators, readGoalTexts(sheet, merges, 1, grid.row - 1, width).goal);
  const indicators = budgetRow ? [budgetRow, ...gridIndicators] : gridIndicators;
  if (indicators.length === 0) return null;

  const subject = fieldValue(fields, /^项目名称$/);
  const ownUnit = fieldValue(fields, /^(?:(?:项目)?实施单位|项目单位|填报单位|部门名称|单位名称|部门（单位）名称|预算单位)$/);
  const supervisor = fieldValue(fields, /^(?:(?:县级|市级|区级|省级|业务)?主管部门|预算部门)$/);
  const implementer = reportingUnit(ownUnit, supervisor);
  const goals = readGoalTexts(sheet, merges, 1, grid.row - 1, width);
  const formName = (title ?? '绩效自评表').replace(/[（(][^（）()]*[)）]/g, '').replace(/\s+/g, '');
  const { period, assumed } = annualPeriod(formYear, input.asOf, reportedMonths(budget, cols, title));
  if (assumed) issues.push(recognitionIssue('warning', RECOGNIZE_CODES.periodMissing, null, { year: period.year }));
  if (input.asOf !== undefined && period.source !== 'as-of') issues.push(recognitionIssue('warning', RECOGNIZE_CODES.badAsOf, null, { asOf: input.asOf }));

  let statedWeightTotal: NumberField | null = null;
  let statedScoreTotal: NumberField | null = null;
  if (read.totalRow !== null) {
    const total = read.totalRow;
    const at = (box: Box | undefined): NumberField | null =>
      box ? figure(readRaw(cellAt(sheet, total, box.col), numberFormatAt(sheet, total, box.col), refAt(sheet, total, box.col))) : null;
    statedWeightTotal = at(cols.weight);
    statedScoreTotal = at(cols.score) ?? (cols.weight ? null : scoreBesideLabel(sheet, merges, total, width));
  }
  statedScoreTotal ??= cols.score ? totalInHead(sheet, merges, grid.row - 1, width) : null;
  if (budgetRead?.fromPart && budget?.totalLabel) {
    issues.push(
      recognitionIssue('warning', RECOGNIZE_CODES.budgetTotalEmpty, refAt(sheet, budget.totalLabel.row, budget.totalLabel.col), {
        total: budget.totalLabel.text,
        part: budgetRead.fromPart.text,
        row: budgetRead.fromPart.row,
      }),
    );
  }
  const unused = grid.unused.filter((box) => !byPlace?.places.some((place) => place.col === box.col));
  if (unused.length > 0) {
    issues.push(
      recognitionIssue('warning', RECOGNIZE_CODES.unusedColumns, refAt(sheet, grid.row, unused[0].col), {
        layout: `“${formName}”`,
        count: unused.length,
        columns: unused.map((box) => `${columnLetter(box.col)}列“${box.text}”`).join('、'),
      }),
    );
  }
  for (const row of read.orphans) issues.push(recognitionIssue('warning', RECOGNIZE_CODES.rowWithoutName, refAt(sheet, row, cols.name.col), { row }));
  if (read.placeholders.length > 0) {
    issues.push(
      recognitionIssue('info', RECOGNIZE_CODES.placeholderRows, refAt(sheet, read.placeholders[0].row, cols.name.col), {
        count: read.placeholders.length,
        rows: read.placeholders.map((p) => p.row).join('、'),
        examples: [...new Set(read.placeholders.map((p) => p.text))].slice(0, 3).join('、'),
      }),
    );
  }
  issues.push(
    recognitionIssue('info', RECOGNIZE_CODES.financeForm, null, {
      sheet: sheet.name,
      form: formName,
      count: read.indicators.length,
      budget: budgetRow ? `，另把预算执行率作为一项指标（第 ${budgetRow.row} 行）` : '',
      scores: cols.score ? '；表中的得分按单位自评原样保留' : '',
    }),
  );

  const columns: Partial<Record<FieldKey, ColumnMapping>> = {};
  const put = (field: FieldKey, box: Box | undefined): void => {
    const m = mapping(box, box?.text ?? '');
    if (m) columns[field] = m;
  };
  put('category', cols.project ?? cols.level1);
  put('name', cols.name);
  put('unit', cols.unit);
  put('target', cols.target);
  put('actual', cols.actual);
  put('lastYear', cols.lastYear);
  put('weight', cols.weight);
  put('progressText', cols.reason);
  put('completionRate', cols.progress);
  const levelColumns = [cols.project, cols.level1, cols.level2].map((box) => mapping(box, box?.text ?? '')).filter((m): m is ColumnMapping => m !== undefined);

  // A 绩效目标表 states only the planned amount (资金总额 171.41): kept as the budget, with no 执行率 to score.
  const plannedBudget = (): FinanceBudget | null => {
    if (budget) return null;
    const planned = findPlannedBudget(sheet, merges, 1, grid.row - 1, width);
    if (!planned) return null;
    const read = figure(readRaw(planned.value, numberFormatAt(sheet, planned.cell.row, planned.cell.col), planned.cell));
    const initial = read && planned.fromText ? { ...read, derived: true, text: planned.text } : read;
    return { indicatorRow: planned.row, initial, adjusted: null, executed: null, rate: null, weight: null, score: null };
  };
  const extraColumns: Partial<Record<FinanceExtraColumn, ColumnMapping>> = {};
  for (const [key, box] of [['comparator', cols.sign], ['sense', cols.sense], ['likelihood', cols.likelihood], ['explanation', cols.explanation], ['formula', cols.formula], ['standard', cols.standard], ['scoring', cols.scoring], ['reviewScore', cols.reviewScore], ['midTermSubcategory', cols.earlier?.level2], ['midTermName', cols.earlier?.name], ['midTermTarget', cols.earlier?.target]] as const) {
    const m = mapping(box, box?.text ?? '');
    if (m) extraColumns[key] = m;
  }
  const financeForm: FinanceFormFacts = {
    formName,
    kind: formKind(title, cols),
    fields,
    subject: subject ? { value: withoutBudgetCode(subject.value), cell: subject.cell } : null,
    goal: goals.goal,
    achieved: goals.achieved,
    budget: budgetRead?.budget ?? plannedBudget(),
    scoreColumn: mapping(cols.score, cols.score?.text ?? '') ?? null,
    extraColumns,
  };
  const filer = filingUnit(sheet, merges, grid.row - 1, width);
  // 单位名称：某站 written above the form names the unit filling it: before the 主管部门 over it, when the form's
  // fields name no unit of its own.
  const named = filingUnit(sheet, merges, grid.row - 1, width, NAME_LABEL);
  const fromFields = implementer === supervisor && named !== null ? null : implementer;
  const unitName = filer ?? (fromFields ? withoutBudgetCode(fromFields.value) : null) ?? named ?? unitInColumn(sheet, merges, cols.unitColumn, read.indicators[0]?.row) ?? unitFromWorkbookName(input.workbookName);
  const sections: SectionRow[] = budgetRow ? [{ row: budgetRow.row, outline: '', title: BUDGET_GROUP, level: 1, path: [BUDGET_GROUP], inColumn: true }, ...read.sections] : read.sections;
  return {
    table: {
      sheet: sheet.name,
      layoutClass: byPlace ? 'cross-table' : 'finance-form',
      title: title ?? formName,
      unitName: unitName === '' ? null : unitName,
      headerRows: byPlace && byPlace.row > grid.row ? [...grid.headerRows, byPlace.row] : grid.headerRows,
      columns,
      levelColumns,
      period,
      sections,
      indicators,
      statedWeightTotal,
      notes: notesBelow(sheet, merges, (read.totalRow ?? grid.row) + 1, width),
      statedScoreTotal,
      financeForm,
    },
    issues,
  };
}
