import type { ColumnMapping, FieldKey, LayoutClass } from '../model';

/**
 * How the indicator rows write their measures, counted row by row: the ground for telling a table of
 * sentences from a table of figures.
 */
export interface MeasureCounts {
  readonly rows: number;
  /** Rows whose name, target, actual or progress words hold a figure inside a sentence (达到25亿元、完成80%). */
  readonly sentenceRows: number;
  /** Rows with a figure standing alone in a target, actual or rate cell (25, 8%, 120亿元). */
  readonly plainFigureRows: number;
  /** Rows whose actual or rate cell holds a figure in any form, alone or in a sentence. */
  readonly statedFigureProgressRows: number;
  /** Rows whose name is a sentence with a figure in it, punctuated as one (地区生产总值增长6.5%左右。). */
  readonly sentenceNameRows: number;
  /** Rows whose name states a figure inside its words, punctuated or not (城镇新增就业1000万人以上). */
  readonly figureNameRows: number;
  /**
   * Rows where one cell — the name, the target, the actual or the progress words — holds several figures
   * (学位5000个,其中幼儿园420个): a paragraph of measures, not one goal.
   */
  readonly severalFigureRows: number;
  /** Rows whose target cell (or plan for the period) holds a figure, alone or in a sentence; not the words of a goal (年内竣工). */
  readonly targetFigureRows: number;
}

/**
 * Which kind of table was read, from what recognition found in it. The user's word wins; then, in order:
 * - progress-only, stated as status: no target column and a 完成情况 column that holds no figure on any row
 *   (顺利推进, 已开工), or a status column alone (实施进度: 已开工 on every row), whatever the progress words beside it say — unless path columns group the rows (sub-projects
 *   under a project merged down: grouped items whose state is told, multi-level);
 * - sentence: on at least half of the rows the figures sit inside sentences (in the name, the target,
 *   the actual or the progress words) and on fewer than half does any figure stand alone in a cell — a plan too,
 *   unless it is a scoring sheet (a weight beside items, nothing reported);
 * - multi-level: path columns above the name, or sub-item rows under an item — before the sentence rules when there is
 *   no target column and each row's name states at most one goal (地区生产总值增长5%左右。, 新改扩建村卫生室5家。 under a
 *   category merged down): grouped indicators named by their goals, not paragraphs;
 * - progress-only: only a 完成比例 column, no actual column, and no target column or one that states no figure on any
 *   row (年底前完成主体工程): a share done is the only figure;
 * - breakdown: one row per indicator with its figures in columns.
 * A table of paragraphs that also has levels is still a table of sentences: where half the rows or more hold several
 * figures in one cell, how the measures are written decides how they are read and told, and the levels only group them.
 */
export interface LayoutFacts {
  readonly columns: Partial<Record<FieldKey, ColumnMapping>>;
  readonly levels: number;
  /** Rows read as sub-items of the item above them (（1） under 1、). */
  readonly subItems: number;
  readonly sentenceMode: boolean;
  readonly measures: MeasureCounts;
  readonly forced?: LayoutClass;
}

export function readLayoutClass(facts: LayoutFacts): LayoutClass {
  if (facts.forced !== undefined) return facts.forced;
  const { columns, measures } = facts;
  const statusProgress = columns.actual !== undefined && measures.statedFigureProgressRows === 0 && measures.plainFigureRows === 0;
  // A state in a word on each row (已开工) with no figure, no account and no rate beside it: a status list.
  const statusOnly = columns.status !== undefined && !columns.actual && !columns.progressText && !columns.completionRate && !columns.periodTarget;
  if (!columns.target && (statusProgress || statusOnly) && measures.rows > 0 && !(facts.levels > 0)) return 'progress-only';
  // A plan (names, who, by when) whose names state their goals in sentences (地区生产总值增长6.5%左右。) on half of
  // its rows or more is a table of sentences. A scoring sheet (考核内容 | 标准分, nothing reported) is not: the figures in its
  // items are scoring rules (87%以上计7分), not goals.
  const plan = !columns.target && !columns.actual && !columns.periodTarget && !columns.completionRate && !columns.progressText;
  const scoringRules = plan && columns.weight !== undefined;
  // A plan's short tasks with a count in them (完成农村危房改造30户) are names, not sentences — in a ledger that sets each
  // task its deadline. A list of the year's goals with no deadline beside them (城镇新增就业1000万人以上 | 人社部), most
  // of them stating a figure, is the goals written as sentences, punctuated or not.
  const goalsNoDeadline = !columns.deadline && measures.rows >= 3 && measures.figureNameRows * 2 > measures.rows;
  const planInSentences = plan && !scoringRules && measures.rows > 0 && (measures.sentenceNameRows * 2 >= measures.rows || goalsNoDeadline);
  const leveled = facts.levels > 0 || facts.subItems > 0;
  // Each row's name states its one goal (地区生产总值增长5%左右。): grouped indicators named by their goals. Goals written
  // in a column of their own, in sentences, still make a table of sentences.
  const namesStateGoals = !columns.target && !facts.sentenceMode && measures.severalFigureRows * 2 < measures.rows;
  if (leveled && namesStateGoals) return groupedClass(facts);
  // A scoring sheet with levels (类别 › 考核指标 | 指标内容 | 分值, nothing reported): its paragraphs are what each item
  // is scored on, grouped under the levels — not an account written in sentences.
  const reported = columns.actual || columns.completionRate || columns.progressText || columns.periodTarget;
  if (leveled && columns.weight !== undefined && !reported && !facts.sentenceMode) return groupedClass(facts);
  if (facts.sentenceMode || (plan ? planInSentences : isWrittenInSentences(measures))) return 'sentence';
  // A share done is all such a table reports, grouped or not: how far along, not what or how much.
  if (leveled) return groupedClass(facts);
  // No column of figures and no figure alone on any row: the work is told only in the progress words.
  // So is a table whose targets too are only words (确保不发生聚集性疫情 | 一是…二是…): no figure in any goal or account.
  const wordsGoals = columns.target !== undefined && measures.targetFigureRows === 0;
  const toldInWords = columns.progressText !== undefined && (!columns.target || wordsGoals) && !columns.actual && !columns.periodTarget && !columns.completionRate;
  if (toldInWords && measures.rows > 0 && measures.plainFigureRows === 0) return 'sentence';
  if (onlyRateFigures(facts)) return 'progress-only';
  return 'breakdown';
}

/**
 * A table with levels: grouped indicators, or grouped shares done when a share is all it reports. A 进度 column that
 * states no share on any row, only what was done in words (完成9个,完成率100%), reports more than a share.
 */
function groupedClass(facts: LayoutFacts): LayoutClass {
  const sharesStated = facts.measures.statedFigureProgressRows > 0;
  return onlyRateFigures(facts) && sharesStated && facts.levels > 0 && facts.subItems === 0 ? 'progress-only' : 'multi-level';
}

/** A 完成比例 column and no other figure: no actual, no plan for the period, no target or a target only in words. */
function onlyRateFigures(facts: LayoutFacts): boolean {
  const { columns, measures } = facts;
  const noTargetFigure = !columns.target || (measures.rows > 0 && measures.targetFigureRows === 0);
  return noTargetFigure && !columns.actual && !columns.periodTarget && columns.completionRate !== undefined;
}

function isWrittenInSentences(m: MeasureCounts): boolean {
  return m.rows > 0 && m.sentenceRows * 2 >= m.rows && m.plainFigureRows * 2 < m.rows;
}
