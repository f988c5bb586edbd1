import type { CellRef, FieldKey, Indicator, IndicatorTable, NumberField, SheetSnapshot, TextField } from '../model';
import { CONFIDENCE_THRESHOLD } from './column-map';
import { cellWords } from './cell-text';
import type { RowDoubt, RowFigure, RowQuestion } from './questions';
import { sizeClashes, SIZES_CONFIDENCE, type SizedField } from './figure-sizes';

/**
 * The rows recognition asks about one by one: a figure it worked out of words rather than read from a cell of its
 * own, where the words are weak evidence for it. A figure in a cell of its own, or one the words state plainly
 * (完成投资5.2亿元，增长8%: every part of the sentence carries a figure), stays sure — asking about every row would
 * make the questions useless.
 */

/** How sure a figure worked out of words is when the words say more than the figure, or it could not be read. */
export const WORDS_CONFIDENCE = 0.6;

/** A clause boundary inside a cell of words. */
const CLAUSE = /[，,；;。！!？?]/;
/** A figure in a clause: digits, or a number word with its measure (两处, 三个). */
const FIGURE = /\d|[一二两三四五六七八九十百千万]+\s*[个项家所座处条名人次户间栋套台辆公里亩万亿]/;
/** Dates, months and spans of time (2023年底, 9月前, 2023.07-2024.01): words about when, not a figure of the task. */
const TIME = /\d\s*(年|月|日|季度|周|天)|\d{4}[.\-/]\d{1,2}/;
/** Longer than this, a cell is a sentence, not a figure with its marks. */
const SHORT = 16;

/**
 * A cell that is a figure with a few marks around it (≧15组, 每亩300, >=530元/人*月, 1*2, 10.9(可比7.0)): a figure
 * column's cell the engine kept as words states a figure it could not read.
 */
export function statesUnreadFigure(words: string): boolean {
  const compact = words.replace(/\s+/g, '');
  return compact.length > 0 && compact.length <= SHORT && /\d/.test(compact) && !CLAUSE.test(compact) && !TIME.test(compact);
}

/**
 * A sentence with a figure and a part with none (对全市34所学校实行全覆盖，稳步提高服务质量): the figure measures one
 * part, not necessarily the task.
 */
export function partlyUnmeasured(sentence: string): boolean {
  const clauses = sentence.split(CLAUSE).map((c) => c.trim()).filter((c) => c !== '');
  return clauses.length > 1 && clauses.some((c) => FIGURE.test(c)) && clauses.some((c) => !FIGURE.test(c));
}

interface Doubt {
  readonly field: RowFigure;
  readonly reason: RowDoubt;
  readonly value: number | null;
  readonly text: string;
  readonly cell: CellRef;
  readonly confidence: number;
  /** sizes: the other figure of the pair, whose column may be the one misread. */
  readonly pairedWith?: SizedField;
}

function cellText(sheet: SheetSnapshot, cell: CellRef): string {
  return cellWords(sheet.values[cell.row - 1]?.[cell.col - 1] ?? null);
}

/** Whether a row states anything beside its name: a figure, words, who does it or by when. */
export function statesAnything(i: Indicator): boolean {
  const read = [
    i.target, i.targetText, i.periodTarget, i.actual, i.actualText, i.lastYear, i.statedGrowth, i.statedCompletion, i.department, i.owner, i.leader,
    i.cooperating, i.problems, i.weight, i.deadline, i.progressText, i.targetGrowth, i.statedProgress, i.statedChangePoints, i.statedScore,
  ];
  return read.some((field) => field !== null && field !== undefined) || (i.breakdown ?? []).length > 0;
}

/** How sure a row that states nothing, among rows that do, is an indicator. */
export const BARE_CONFIDENCE = 0.5;

function doubtsOf(indicator: Indicator, table: IndicatorTable, sheet: SheetSnapshot, mostState: boolean): Doubt[] {
  const doubts: Doubt[] = [];
  if (mostState && !statesAnything(indicator)) {
    return [{ field: 'name', reason: 'bare', value: null, text: indicator.name.value, cell: indicator.name.cell, confidence: BARE_CONFIDENCE }];
  }
  const target = indicator.target;
  if (target && target.confidence !== undefined && target.confidence < CONFIDENCE_THRESHOLD) {
    doubts.push({ field: 'target', reason: 'name', value: target.value, text: indicator.name.value, cell: target.cell, confidence: target.confidence });
  }
  const pairs: readonly [RowFigure & ('target' | 'actual'), NumberField | null, TextField | null][] = [
    ['target', indicator.target, indicator.targetText], ['actual', indicator.actual, indicator.actualText],
  ];
  for (const [field, figure, words] of pairs) {
    if (doubts.some((d) => d.field === field)) continue;
    const column = table.columns[field];
    if (!figure && words && column && words.cell.col === column.col && statesUnreadFigure(words.value) && !readAsRate(indicator, words.cell)) {
      doubts.push({ field, reason: 'words', value: null, text: words.value, cell: words.cell, confidence: WORDS_CONFIDENCE });
      continue;
    }
    if (!figure || !figure.derived || figure.confidence !== undefined || sameCell(figure.cell, indicator.name.cell)) continue;
    const text = cellText(sheet, figure.cell);
    if (partlyUnmeasured(text)) doubts.push({ field, reason: 'sentence', value: figure.value, text, cell: figure.cell, confidence: WORDS_CONFIDENCE });
  }
  // Two figures of one measure orders apart: either column may be misread, so the question names both.
  for (const clash of sizeClashes(indicator)) {
    doubts.push({ field: clash.first, reason: 'sizes', value: clash.a.value, text: clash.b.text, cell: clash.a.cell, confidence: SIZES_CONFIDENCE, pairedWith: clash.second });
    doubts.push({ field: clash.second, reason: 'sizes', value: clash.b.value, text: clash.a.text, cell: clash.b.cell, confidence: SIZES_CONFIDENCE, pairedWith: clash.first });
  }
  return doubts;
}

/** A doubt the question about a whole column already covers: kept-as-words figures, and sizes against that column. */
function coveredByColumn(doubt: Doubt, unsure: readonly FieldKey[]): boolean {
  if (doubt.reason === 'words') return unsure.includes(doubt.field);
  if (doubt.reason === 'sizes') return unsure.includes(doubt.field) || (doubt.pairedWith !== undefined && unsure.includes(doubt.pairedWith));
  return false;
}

/** The cell's figure was read, as a rate or change beside the words (增长6%, 提升3.89个百分点): nothing left unread. */
function readAsRate(indicator: Indicator, cell: CellRef): boolean {
  const rates = [indicator.targetGrowth, indicator.statedGrowth, indicator.statedCompletion, indicator.statedChangePoints, indicator.statedProgress];
  return rates.some((rate) => rate !== null && rate !== undefined && sameCell(rate.cell, cell));
}

function sameCell(a: CellRef, b: CellRef): boolean {
  return a.row === b.row && a.col === b.col;
}

/**
 * Figures of a row already asked about that were read out of another column's words (an actual out of the progress
 * account): worked out too, so the same question covers them — it costs the user no further question.
 */
function workedOutBeside(indicator: Indicator, table: IndicatorTable): RowFigure[] {
  const figures: readonly [RowFigure, NumberField | null, keyof typeof table.columns][] = [
    ['actual', indicator.actual, 'actual'], ['completionRate', indicator.statedCompletion, 'completionRate'], ['growth', indicator.statedGrowth, 'growth'],
  ];
  return figures.filter(([, figure, key]) => figure !== null && figure.cell.col !== table.columns[key]?.col && !sameCell(figure.cell, indicator.name.cell)).map(([field]) => field);
}

/** One question per row whose figures rest on weak evidence, the least sure first among its figures. */
export function rowQuestions(table: IndicatorTable, sheet: SheetSnapshot, unsure: readonly FieldKey[] = []): RowQuestion[] {
  const asked: RowQuestion[] = [];
  // A plan may list bare tasks; a row that states nothing stands out only where most rows state something.
  const mostState = table.indicators.filter(statesAnything).length * 2 > table.indicators.length;
  for (const indicator of table.indicators) {
    // A figure whose whole column is asked about is asked with it: no question per row on top.
    const doubts = doubtsOf(indicator, table, sheet, mostState).filter((d) => !coveredByColumn(d, unsure));
    if (doubts.length === 0) continue;
    const first = doubts[0];
    const fields = [...doubts.map((d) => d.field), ...workedOutBeside(indicator, table)].filter((f, i, all) => all.indexOf(f) === i);
    asked.push({
      kind: 'row', row: indicator.row, name: indicator.name.value, field: first.field, fields, reason: first.reason, value: first.value,
      text: first.text, unit: indicator.unit, cell: first.cell, confidence: Math.min(...doubts.map((d) => d.confidence)),
    });
  }
  return asked;
}

/** Each asked row is no surer than its question. */
export function withAskedRows(table: IndicatorTable, questions: readonly RowQuestion[]): IndicatorTable {
  if (questions.length === 0) return table;
  const byRow = new Map(questions.map((q) => [q.row, q.confidence]));
  return {
    ...table,
    indicators: table.indicators.map((i) => {
      const asked = byRow.get(i.row);
      return asked === undefined ? i : { ...i, confidence: Math.min(i.confidence ?? 1, asked) };
    }),
  };
}
