import type {
  CellRef,
  ColumnMapping,
  FieldKey,
  Indicator,
  IndicatorTable,
  Issue,
  LayoutClass,
  NumberField,
  SectionRow,
  SheetSnapshot,
  StatedStatusField,
  TextField,
} from '../model';
import { cellAt, numberFormatAt, rowCount } from '../model';
import { cellWords } from './cell-text';
import { cleanText } from './text-normalize';
import type { HeaderBand } from './header-detect';
import { indicatorUnit } from './indicator-unit';
import { indicatorDirection, indicatorKind, namesAMeasure } from './kind-direction';
import { noneAsZero } from './none-as-zero';
import type { MergeIndex } from './merged-cells';
import { isSectionStyle, outlineId, parseOutline, parseOutlineCell, type Outline } from './outline';
import { FIGURE_FIELDS, figureOf, percentConvention, ratesArePoints, type FigureField } from './percent-scale';
import { findMonthRange } from './period';
import { resolvePeriod } from './period-source';
import { RECOGNIZE_CODES, recognitionIssue } from './recognition-issues';
import { classifyRow, fieldValue, type RowContext } from './row-roles';
import { readRows } from './table-rows';
import { isPersonName } from './person-name';
import { listedUnitFor, readTitleLines, unitFromWorkbookName } from './table-title';
import { isRateFigure, placeFigure, placeRate, readDateField, readLeaderField, readPersonField, readRaw, readTextField, type RawFigure, type RawRead } from './value-parse';
import { sentenceFigures } from './sentence-figures';
import { readLayoutClass, type MeasureCounts } from './layout-class';
import { parseNumberText } from './number-text';
import { isSubItem, type ParentItem } from './sub-items';
import { sumParents, sumsToFirst } from './sum-parents';
import { shownValue } from './merged-cells';
import { goalInName, nameTarget, progressAccount, rateTableTarget } from './name-target';
import { nameWithoutPartMark, nameWithoutUnit } from './name-unit';
import { levelText } from './level-text';
import { splitUnitAndPerson } from './unit-and-person';
import { investmentProgress } from './investment-sentence';
import { accountOf, figuresInWords } from './stated-progress';

/**
 * Reads the indicator table of one sheet once its header and columns are known: sections and their
 * path, each indicator with every field and the cell it came from, 合计 and 注 lines, and the period.
 */
export interface TableReadInput {
  readonly sheet: SheetSnapshot;
  readonly merges: MergeIndex;
  readonly band: HeaderBand;
  readonly columns: Partial<Record<FieldKey, ColumnMapping>>;
  readonly width: number;
  readonly workbookName: string;
  readonly asOf?: string;
  /** Path columns above the name, top level first (see name-levels.ts). */
  readonly levels?: readonly ColumnMapping[];
  /** The class the user said this table is; otherwise it is read from the table. */
  readonly layout?: LayoutClass;
  /** The names sit under a goal's header (预期目标): each states its row's goal, as a table of sentences does. */
  readonly namesAreGoals?: boolean;
}

export interface TableRead {
  readonly table: IndicatorTable;
  readonly issues: Issue[];
}

type RawFields = Record<FigureField | 'growth' | 'completionRate' | 'weight', RawRead>;

interface Draft {
  readonly row: number;
  readonly outline: Outline | null;
  /** The name without a unit in brackets after it (利润总额(亿元) → 利润总额; name-unit.ts). */
  readonly name: TextField;
  /** The name as the cell writes it, unit and all: where the unit is read from. */
  readonly writtenName: string;
  readonly path: readonly string[];
  readonly id: string;
  readonly raws: Readonly<RawFields>;
  /** The 完成情况说明 cell: where a sentence table writes its actual when it has no 完成值 column. */
  readonly progressRaw: RawRead;
}

interface Pending extends Draft {
  readonly unit: string | null;
  /** The unit came from the 单位 column or the name, not from a figure or a column header. */
  readonly unitStated: boolean;
  /** Growths read out of the target's and the actual's sentences. */
  readonly targetGrowth: RawFigure | null;
  readonly actualGrowth: RawFigure | null;
}

/**
 * A statistics table's first line names the total and its unit (本地生产总值(亿元)), and the lines below it break the
 * total down without repeating the unit (第一产业, 第二产业, 第三产业 …): where no other line states a unit and the
 * first lines below add up to the total (to the rounding shown), every line is counted in the total's unit.
 * Pendings are changed in place.
 */
function unitOfTheTotal(pendings: Pending[]): void {
  const [total, ...rest] = pendings;
  if (!total || total.unit === null || nameWithoutUnit(total.writtenName) === total.writtenName || rest.some((p) => p.unit !== null)) return;
  const figures = pendings.map((p) => (p.raws.actual.kind === 'figure' ? { value: p.raws.actual.figure.shown, decimals: p.raws.actual.figure.decimals } : null));
  if (!sumsToFirst(figures)) return;
  pendings.forEach((p, i) => {
    if (i > 0 && FIGURE_FIELDS.some((f) => p.raws[f].kind === 'figure')) pendings[i] = { ...p, unit: total.unit, unitStated: total.unitStated };
  });
}

/**
 * A statistics table (names and figures done, no target, no levels, no numbering) whose rows group by their sums
 * (sum-parents.ts): each part's path gains the rows whose groups hold it. Drafts are changed in place; answers how
 * many rows became parts, counted as sub-items.
 */
function groupBySums(drafts: Draft[], columns: Partial<Record<FieldKey, ColumnMapping>>, grouped: boolean): number {
  const statistics = columns.actual !== undefined && !columns.target && !columns.periodTarget && !columns.progressText && !columns.weight;
  if (!statistics || grouped || drafts.some((d) => d.outline !== null)) return 0;
  const figures = drafts.map((d) => (d.raws.actual.kind === 'figure' ? { value: d.raws.actual.figure.shown, decimals: d.raws.actual.figure.decimals } : null));
  const parents = sumParents(figures, drafts.map((d, i) => i > 0 && d.row !== drafts[i - 1].row + 1));
  let parts = 0;
  const paths = drafts.map((d) => d.path);
  parents.forEach((parent, i) => {
    if (parent === null) return;
    paths[i] = [...paths[parent], drafts[parent].name.value];
    drafts[i] = { ...drafts[i], path: paths[i] };
    parts++;
  });
  return parts;
}

function cellRef(sheet: string, row: number, col: number): CellRef {
  return { sheet, row, col };
}

/** The cell a field's value really sits in: the top-left of a merge it was filled down from. */
function sourceCell(input: TableReadInput, field: FieldKey, row: number): CellRef | null {
  const mapping = input.columns[field];
  if (!mapping) return null;
  const area = input.merges.areaAt(row, mapping.col);
  if (area && area.bottom > area.top && area.left === mapping.col) return cellRef(input.sheet.name, area.top, area.left);
  return cellRef(input.sheet.name, row, mapping.col);
}

const EMPTY: RawRead = { kind: 'empty' };

function rawOf(input: TableReadInput, ctx: RowContext, field: FieldKey, row: number): RawRead {
  // Most cells of a big sheet are empty: nothing is allocated for them.
  const value = fieldValue(ctx, field, row);
  if (value === null) return EMPTY;
  const cell = sourceCell(input, field, row);
  if (!cell) return EMPTY;
  const read = readRaw(value, numberFormatAt(input.sheet, cell.row, cell.col), cell);
  return field === 'target' ? wholeTaskOrWords(read) : read;
}

/** Dates in words: 2020年, 2月, 3月底, 15日, 一季度 written with digits (1季度). */
const DATE_WORDS = /\d{2,4}\s*年(?:度|底|末)?|\d{1,2}\s*(?:月|日|季度)(?:份|底|末|中旬|上旬|下旬)?/g;

/** Words enough beside a date for a step of the work (开工, 完成招标), not a bare 到 or 前. */
const DATED_STEP = 2;

/** A clause long enough to be a task of its own (建设并投入使用, 稳步提高课后服务质量), not a qualifier (左右, 以上). */
const TASK_CLAUSE = 6;

/**
 * A target cell whose one figure sits in one of several tasks of a sentence (完成一期2座教学楼建设,另一所中学主体建设并
 * 投入使用): the figure measures a part, so the task is told in words — no single target. One clause (完成固定资产投资
 * 6000万元) keeps its figure, and so does a sentence of its own that states the goal after the measures' sentences
 * (实施双控行动,防止不合理新增取水。到2020年,全市用水总量控制在11.88亿立方米以内。).
 */
function wholeTaskOrWords(read: RawRead): RawRead {
  if (read.kind !== 'figure' || !read.figure.inSentence || !read.figure.fromText) return read;
  // A date (2月开工, 到2020年) is when, not how much: a clause with only a date in it states no figure.
  const figured = (text: string): boolean => /\d/.test(text.replace(DATE_WORDS, ''));
  const sentence = read.figure.text.split(/[。；;！!？?]/).find(figured) ?? '';
  const clauses = sentence.split(/[，,]/).map((clause) => clause.trim()).filter((clause) => clause !== '');
  // A dated step (2月开工, 6月底前完成招标) is a task however short its words; an undated clause must be long enough.
  const isTask = (clause: string): boolean => {
    const words = clause.replace(DATE_WORDS, '');
    return words.length >= TASK_CLAUSE || (words !== clause && (words.match(/[\u4e00-\u9fff]/g) ?? []).length >= DATED_STEP);
  };
  const otherTasks = clauses.filter((clause) => !figured(clause) && isTask(clause));
  if (clauses.length < 2 || otherTasks.length === 0) return read;
  return { kind: 'words', text: read.figure.text, cell: read.figure.cell, severalNumbers: false };
}

/**
 * Words quoted whole from a cell that the staff wrote over several lines (1.…已出台实施。\n2.1-6月,…) keep the lines as
 * written: the breaks part what they list. Reading collapsed them to spaces; a part of a cell stays as read.
 */
function asLines(sheet: SheetSnapshot, field: TextField | null): TextField | null {
  if (field === null || field.cell.sheet !== sheet.name) return field;
  const raw = cellAt(sheet, field.cell.row, field.cell.col);
  if (typeof raw !== 'string' || !/[\r\n]/.test(raw.trim()) || cleanText(raw) !== field.value) return field;
  const lines = raw.split(/\r\n|\r|\n/).map(cleanText).filter((line) => line !== '');
  return { ...field, value: lines.join('\n') };
}

const POINTS = /^个?百分点$/;

/**
 * A goal of a change in points (比重提高1.5个百分点) sets no level to reach: with no change in points done beside it to
 * hold it against (提升2.1个百分点), its words are the target.
 */
function pointsGoalOrWords(target: RawRead, actual: RawRead): RawRead {
  if (target.kind !== 'figure' || !target.figure.fromText || !POINTS.test(target.figure.unit ?? '')) return target;
  if (actual.kind === 'figure' && POINTS.test(actual.figure.unit ?? '')) return target;
  return { kind: 'words', text: target.figure.text, cell: target.figure.cell, severalNumbers: false };
}

function textOf(input: TableReadInput, ctx: RowContext, field: FieldKey, row: number): TextField | null {
  const cell = sourceCell(input, field, row);
  if (!cell) return null;
  const value = fieldValue(ctx, field, row);
  // One column for the unit and its head (牵头单位及主要负责人): each field takes its part of the cell.
  const shared = input.columns.owner !== undefined && input.columns.owner.col === input.columns.department?.col;
  if (shared && (field === 'department' || field === 'owner') && typeof value === 'string') {
    const parts = splitUnitAndPerson(value);
    const part = field === 'owner' ? parts.person : parts.unit;
    return part === null || part === '' ? null : { value: part, cell };
  }
  if (field === 'owner') return readPersonField(value, cell);
  if (field === 'leader') return readLeaderField(value, cell);
  // Units listed one to a line (县水务局\n县住建局) are quoted as listed.
  if ((field === 'department' || field === 'cooperating') && typeof value === 'string' && /[\r\n]/.test(value.trim())) {
    const lines = value.split(/\r\n|\r|\n/).map(cleanText).filter((line) => line !== '');
    return lines.length > 0 ? { value: lines.join('\n'), cell } : null;
  }
  return readTextField(value, cell);
}

/** The staff's stated status (进度状态 办结), with the header a bare 是/否 answers; nothing when the table has no such column. */
function statedStatusOf(input: TableReadInput, ctx: RowContext, row: number): { statedStatus?: StatedStatusField | null } {
  const column = input.columns.status;
  if (!column) return {};
  const field = textOf(input, ctx, 'status', row);
  return { statedStatus: field === null ? null : { ...field, header: column.header } };
}

/** A day or a month the staff dated their account by (2023年1月8日起, 截至2023年6月): its year. */
const ACCOUNT_DATE = /((?:19|20)\d{2})\s*年\s*\d{1,2}\s*月/g;

/**
 * The one year the progress words date what was done by (2023年1月8日起 …): after the deadlines, a last resort for the
 * period's year where no header, title, sheet or file name states one. Accounts that date things in different years
 * (比2015年, 2022年12月起) say nothing of which is the report's.
 */
function accountYear(input: TableReadInput, ctx: RowContext, last: number): number | null {
  const column = input.columns.progressText ?? input.columns.actual;
  if (!column) return null;
  const field: FieldKey = input.columns.progressText ? 'progressText' : 'actual';
  const years = new Set<number>();
  for (let row = input.band.dataStart; row <= Math.min(last, input.band.dataStart + 300); row++) {
    const value = fieldValue(ctx, field, row);
    if (typeof value !== 'string') continue;
    for (const m of value.matchAll(ACCOUNT_DATE)) years.add(Number(m[1]));
  }
  return years.size === 1 ? [...years][0] : null;
}

/** Years written in the deadline column (2024年12月底, an Excel date): a last resort for the period's year. */
function deadlineYear(input: TableReadInput, ctx: RowContext, last: number): number | null {
  if (!input.columns.deadline) return null;
  for (let row = input.band.dataStart; row <= Math.min(last, input.band.dataStart + 300); row++) {
    const value = fieldValue(ctx, 'deadline', row);
    const date = readDateField(value, numberFormatAt(input.sheet, row, input.columns.deadline.col), cellRef('', row, 0), 0);
    if (date && date.iso.slice(0, 4) !== '0000') {
      const year = Number(date.iso.slice(0, 4));
      if (year >= 1990) return year;
    }
  }
  return null;
}

/** 75%（东片区两个项目进度滞后）: with no 完成情况说明 column, the words beside a progress figure are its account. */
/** Shorter words in a rate column are a status (已完成, 正在推进), not an account of progress. */
const PROGRESS_SENTENCE = 8;

function wordsBesideRate(read: RawRead, hasProgressColumn: boolean): TextField | null {
  if (hasProgressColumn) return null;
  // A sentence without a figure (11月底厂家开始安排发货) in the rate column tells how far along the task is, too;
  // a status word (已完成, 无任务) or a list of figures is not such a sentence.
  if (read.kind === 'words') return !read.severalNumbers && read.text.length >= PROGRESS_SENTENCE ? { value: read.text, cell: read.cell } : null;
  if (read.kind !== 'figure' || !read.figure.inSentence) return null;
  return { value: read.figure.text, cell: read.figure.cell };
}

/** The rate was read out of this very cell (the actual's sentence). */
function sameCell(cell: CellRef | undefined, read: RawRead): boolean {
  if (cell === undefined) return false;
  const at = read.kind === 'figure' ? read.figure.cell : read.kind === 'words' ? read.cell : null;
  return at !== null && at.row === cell.row && at.col === cell.col;
}

/** Sentences with figures in them (达到25亿元,增长8%) on at least half of the rows: a table of sentences. */
function isSentenceTable(drafts: readonly Draft[]): boolean {
  let sentences = 0;
  for (const d of drafts) {
    const several = (read: RawRead) => read.kind === 'words' && read.severalNumbers && sentenceFigures(read) !== null;
    if (several(d.raws.target) || several(d.raws.actual) || several(d.progressRaw)) sentences++;
  }
  return drafts.length > 0 && sentences * 2 >= drafts.length;
}

/** How the rows write their measures: figures in sentences, figures alone in cells (see readLayoutClass). */
function countMeasures(drafts: readonly Draft[]): MeasureCounts {
  const inSentence = (read: RawRead) => (read.kind === 'words' && read.severalNumbers) || (read.kind === 'figure' && read.figure.inSentence);
  const plain = (read: RawRead) => read.kind === 'figure' && !read.figure.inSentence;
  let sentenceRows = 0;
  let plainFigureRows = 0;
  let statedFigureProgressRows = 0;
  let sentenceNameRows = 0;
  let figureNameRows = 0;
  let severalFigureRows = 0;
  let targetFigureRows = 0;
  const several = (read: RawRead) => read.kind === 'words' && read.severalNumbers;
  for (const d of drafts) {
    const named = parseNumberText(d.name.value);
    if (named.kind === 'several' || [d.raws.target, d.raws.periodTarget, d.raws.actual, d.progressRaw].some(several)) severalFigureRows++;
    if ([d.raws.target, d.raws.periodTarget].some((read) => read.kind === 'figure' || several(read))) targetFigureRows++;
    const nameSentence = named.kind === 'several' || (named.kind === 'number' && named.inSentence);
    if (nameSentence && /[。，,；;]/.test(d.name.value)) sentenceNameRows++;
    if (nameSentence) figureNameRows++;
    const { target, periodTarget, actual, completionRate } = d.raws;
    if (nameSentence || [target, periodTarget, actual, d.progressRaw].some(inSentence)) sentenceRows++;
    if ([target, periodTarget, actual, completionRate].some(plain)) plainFigureRows++;
    if (actual.kind === 'figure' || (actual.kind === 'words' && actual.severalNumbers) || completionRate.kind === 'figure') statedFigureProgressRows++;
  }
  return { rows: drafts.length, sentenceRows, plainFigureRows, statedFigureProgressRows, sentenceNameRows, figureNameRows, severalFigureRows, targetFigureRows };
}

interface SentenceRead {
  readonly raws: RawFields;
  readonly targetGrowth: RawFigure | null;
  readonly actualGrowth: RawFigure | null;
}

/**
 * Levels and growths read out of sentences. A cell with several figures is always read this way (before,
 * nothing was read from it); a single figure that is a growth (增长7%), and an actual written only in the
 * 完成情况 column, only in a table of sentences, where that is how every row is written.
 */
/** 增长5.5%, 同比增长6%左右, 下降3%: a growth verb, then the percentage, and nothing before them. */
function startsWithGrowth(text: string): boolean {
  return /^(?:同比|比上年)?(?:增长|增幅|涨幅|增速|提高|下降|降低|减少)[^\d]{0,3}\d+(?:\.\d+)?\s*[%％]/.test(text.replace(/\s+/g, ''));
}

/**
 * The 主要预期目标 of a work report are written as one clause each, the indicator and its expected growth
 * (地区生产总值增长6.5%左右。): in a table with no target of its own that name states the row's target growth.
 * Only a name that ends in the growth and holds no other figure is read so; it is derived from the name cell and,
 * as a target worked out of a name (name-target.ts), not sure enough to go unasked.
 */
const GROWTH_CLAUSE_END = /(?:增长|增幅|涨幅|增速|提高|下降|降低|减少)[^\d]{0,3}\d+(?:\.\d+)?[%％](?:左右|以上|以内)?$/;
export const GROWTH_IN_NAME_CONFIDENCE = 0.6;

/** Words of at least this length tell what was done; shorter ones are a status (已完成, 当年完成, 开工建设). */
const ACCOUNT_LENGTH = 8;

/** One clause, the indicator and its growth (地区生产总值增长12%, 进出口总额增长5%以上。), and no other figure. */
function endsInGrowth(text: string): boolean {
  const clause = text.replace(/\s+/g, '').replace(/[。；;，,.]+$/, '');
  if (!GROWTH_CLAUSE_END.test(clause)) return false;
  const parsed = parseNumberText(clause);
  return parsed.kind === 'number' && parsed.unit === '%';
}

/** A goal of no change against last year (固定资产投资与上年持平, 同比基本持平): a growth of about 0. */
const LEVEL_WITH_LAST_YEAR = /(?:与|和|同|较|比)(?:上年|去年|上年同期|去年同期)(?:基本)?持平$|^[^\d]*(?:同比)?(?:基本)?持平$/;

function flatGoal(text: string, cell: CellRef): RawFigure | null {
  const clause = text.replace(/\s+/g, '').replace(/[。；;，,.]+$/, '');
  if (!LEVEL_WITH_LAST_YEAR.test(clause) || /[,，;；]/.test(clause)) return null;
  return { cell, shown: 0, unit: '%', approx: 'about', decimals: 0, text: clause, fromText: true, percentFormat: false, cellNumber: 0, inSentence: true, falling: false };
}

function growthInName(name: TextField): RawFigure | null {
  const flat = flatGoal(name.value, name.cell);
  if (flat) return flat;
  const clause = name.value.replace(/\s+/g, '').replace(/[。；;，,.]+$/, '');
  if (!endsInGrowth(name.value)) return null;
  const found = sentenceFigures(readRaw(clause, '', name.cell));
  return found && found.level === null ? found.growth : null;
}

/**
 * A target column headed as a growth (预期增长(%), 计划增速, 目标增幅) holds growths, not levels: a plain figure in it is the
 * row's target growth, and the plain figure beside it in an actual column of percentages or growths (上半年完成(%),
 * 1-9月增速) is the growth reached. The two are compared, never divided: a growth of 4% against 6% is not two thirds of
 * the year's work done, and a growth below zero is a fall, not an error. A row whose cells carry a unit of their own
 * (城镇新增就业 2.7万人以上 in the same column) keeps its levels. A header naming an amount of growth (增长额, 增加值) does
 * not count.
 */
const GROWTH_HEADER = /(?:增长|增速|增幅|涨幅)(?![额量值数])/;
const RATE_HEADER = /[%％]|增长|增速|增幅|涨幅/;

function plainRate(read: RawRead): RawFigure | null {
  if (read.kind !== 'figure' || read.figure.inSentence) return null;
  const unit = read.figure.unit;
  return unit === null || unit === '%' ? { ...read.figure, unit: '%' } : null;
}

function growthColumnsRead(read: SentenceRead, headers: { readonly target: string; readonly actual: string; readonly growthColumn: boolean }): SentenceRead {
  if (read.targetGrowth !== null || read.actualGrowth !== null || !GROWTH_HEADER.test(headers.target.replace(/\s+/g, ''))) return read;
  // The growth reached may stand in a growth column of its own (预期增长(%) | 1-9月增长(%)), with no actual column.
  if (headers.actual === '' && headers.growthColumn) {
    const goal = plainRate(read.raws.target);
    return goal === null ? read : { raws: { ...read.raws, target: EMPTY }, targetGrowth: goal, actualGrowth: null };
  }
  if (!RATE_HEADER.test(headers.actual.replace(/\s+/g, ''))) return read;
  const target = plainRate(read.raws.target);
  const actual = plainRate(read.raws.actual);
  if (target === null || (actual === null && read.raws.actual.kind !== 'empty')) return read;
  // Neither is a level: the goal is the row's target growth and the figure reached its growth, as a work report's
  // 增长6%左右 | 增长4% is read (readSentences). With no target level the judge compares the two growths
  // (figures-verdict.ts), and the draft says 增长4%，比全年目标6%低2个百分点.
  const raws: RawFields = { ...read.raws, target: EMPTY, actual: EMPTY };
  return { raws, targetGrowth: target, actualGrowth: actual };
}

/**
 * The same statement with the level first (地区生产总值达到678亿元,增长9.5%; 城镇居民人均可支配收入3.61万元,增长9%):
 * two clauses, a level with a unit, then the growth. Both are the row's targets, read from the name cell.
 */
const LEVEL_THEN_GROWTH = /^[^\d]+?(?:达到|达|为|突破|超过|完成)?\d+(?:\.\d+)?[万亿千百]?[\u4e00-\u9fff/]{1,4}(?:左右|以上)?[,，、;；](?:同比|比上年)?(?:增长|增幅|涨幅|增速|提高|下降|降低|减少)[^\d]{0,3}\d+(?:\.\d+)?[%％](?:左右|以上|以内)?$/;

function levelAndGrowthInName(name: TextField): { level: RawFigure; growth: RawFigure } | null {
  const clause = name.value.replace(/\s+/g, '').replace(/[。；;，,.]+$/, '');
  if (!LEVEL_THEN_GROWTH.test(clause)) return null;
  const found = sentenceFigures(readRaw(clause, '', name.cell));
  return found && found.level && found.growth && found.level.unit !== null && found.level.unit !== '%' ? { level: found.level, growth: found.growth } : null;
}

/**
 * What was done, told as a level held (失业率控制在1.95%): the level reached, not a bound. A bound the words set
 * (控制在2%以内) stays one.
 */
function heldAt(level: RawFigure): RawFigure {
  if (level.approx !== 'atMost') return level;
  const held = /控制在\s*\d[^,，;；。]*/.exec(level.text);
  return held && !/(以内|以下|之内)/.test(held[0]) ? { ...level, approx: 'exact' } : level;
}

function readSentences(draft: Draft, sentenceMode: boolean): SentenceRead {
  const raws: RawFields = { ...draft.raws };
  const read = (field: 'target' | 'actual', source: RawRead, asSentences = sentenceMode): RawFigure | null => {
    // A target written only as a growth (增长5.5%, 地区生产总值增长12%) names the growth, not a level of 5.5%.
    const growthOnly = field === 'target' && source.kind === 'figure' && source.figure.inSentence
      && (startsWithGrowth(source.figure.text) || endsInGrowth(source.figure.text));
    const eligible = (source.kind === 'words' && source.severalNumbers) || (asSentences && source.kind === 'figure') || growthOnly;
    // What was done, told among other things' figures, is the one the indicator's own words name.
    const found = eligible ? sentenceFigures(source, field === 'actual' ? draft.name.value : undefined) : null;
    if (!found) return null;
    if (found.level) raws[field] = { kind: 'figure', figure: field === 'actual' ? heldAt(found.level) : found.level };
    else if (source.kind === 'figure') raws[field] = { kind: 'words', text: source.figure.text, cell: source.figure.cell, severalNumbers: true };
    // The share of the goal the same sentence says is done (完成330个,完成率101.54%; 占预算任务的30.7%) is the row's stated
    // rate; it is not quoted again as the progress words.
    const rateCell = raws.completionRate.kind === 'words' ? raws.completionRate.cell : null;
    const sameCell = rateCell !== null && source.kind === 'words' && rateCell.row === source.cell.row && rateCell.col === source.cell.col;
    if (field === 'actual' && found.rate && (raws.completionRate.kind === 'empty' || sameCell)) raws.completionRate = { kind: 'figure', figure: { ...found.rate, inSentence: false } };
    return found.growth;
  };
  const target = draft.raws.target;
  let targetGrowth = read('target', target) ?? (target.kind === 'empty' ? growthInName(draft.name) : target.kind === 'words' ? flatGoal(target.text, target.cell) : null);
  if (targetGrowth === null && draft.raws.target.kind === 'empty' && draft.raws.periodTarget.kind === 'empty') {
    const both = levelAndGrowthInName(draft.name);
    if (both) {
      raws.target = { kind: 'figure', figure: both.level };
      targetGrowth = both.growth;
    }
  }
  // A goal stated as a growth (增长8%左右) is met or missed by the growth the progress words report (增长10.2%): read
  // them on that row, as a table of sentences reads every row.
  const goalAsGrowth = targetGrowth !== null && draft.raws.target.kind !== 'figure';
  // A rate column that tells the count done with its share (完成330个,完成率101.54%): the count is what was done.
  const rate = draft.raws.completionRate;
  const countWithRate = draft.raws.actual.kind === 'empty' && rate.kind === 'words' && rate.severalNumbers;
  const actualSource = countWithRate ? rate : (sentenceMode || goalAsGrowth) && draft.raws.actual.kind === 'empty' ? draft.progressRaw : draft.raws.actual;
  const actualGrowth = read('actual', actualSource, sentenceMode || (goalAsGrowth && actualSource === draft.progressRaw));
  return { raws, targetGrowth, actualGrowth };
}

/**
 * A section headed by the leader in charge of it, the name before the title (王某某副市长主抓重点工作, 李某常务副县长分管)
 * or after it (县长王某某牵头重点工作, 常务副区长李某负责事项).
 */
const LEADER_TITLE = '(?:常务)?副?(?:市长|区长|县长|镇长|乡长|书记|主任|秘书长)';
const LEADER_ACT = '(?:主抓|分管|牵头|负责|联系)';
const LEADER_HEADING = new RegExp(`^([\\u4e00-\\u9fff]{2,4}?)${LEADER_TITLE}${LEADER_ACT}`);
const LEADER_HEADING_TITLE_FIRST = new RegExp(`^${LEADER_TITLE}([\\u4e00-\\u9fff]{2,3}?)${LEADER_ACT}`);

/**
 * Where no column names the leader, the section a row sits under may: its heading names the leader who has the
 * work in hand (王某某副市长主抓重点工作), quoted as the name the heading gives.
 */
function leaderOfSection(sections: readonly SectionRow[], row: number, sheetName: string): TextField | null {
  const section = [...sections].reverse().find((s) => s.row < row);
  const heading = section?.title.replace(/\s+/g, '') ?? '';
  const name = [LEADER_HEADING, LEADER_HEADING_TITLE_FIRST].map((pattern) => pattern.exec(heading)?.[1]).find((found) => found !== undefined && isPersonName(found));
  if (!section || name === undefined) return null;
  return { value: name, cell: cellRef(sheetName, section.row, 1) };
}

/**
 * A table cut into sections, each followed by the header written again (分管领导甲主抓 | 序号 目标任务 推进情况 …): the
 * line right above the first header, in the same shape as those headings (one text, not the title), is the first
 * section, not a second title. So is a numbered line above the header whose numbering a section below goes on with
 * (一、区长某某牵头重点工作 above the header, 二、… among the rows): the first of the sections, whatever follows them.
 */
function sectionAboveHeader(ctx: RowContext, band: HeaderBand, entries: ReturnType<typeof readRows>['entries'], title: string | null): { row: number; title: string; outline: Outline | null } | null {
  const above = band.top - 1;
  if (above < 1) return null;
  const texts: string[] = [];
  for (let col = 1; col <= ctx.width; col++) {
    const text = cellWords(cellAt(ctx.sheet, above, col));
    if (text !== '') texts.push(text);
  }
  if (texts.length !== 1 || texts[0] === title) return null;
  const numbered = parseOutline(texts[0]);
  if (numbered !== null && numbered.rest !== '' && isSectionStyle(numbered.style)) {
    const next = nextKey(numbered.key);
    const goesOn = next !== null && entries.some((e) => e.role.kind === 'section' && e.role.outline?.style === numbered.style && e.role.outline.key === next);
    return goesOn ? { row: above, title: numbered.rest, outline: numbered } : null;
  }
  const headed = entries.some((e) => e.role.kind === 'section' && !e.role.outline && classifyRow(ctx, e.row + 1).kind === 'repeated-header');
  return headed ? { row: above, title: texts[0], outline: null } : null;
}

/** The item number a 序号 merged down over this row (and rows above it) writes in its top cell; null when none does. */
function mergedItemOutline(input: TableReadInput, row: number): Outline | null {
  const id = input.columns.id;
  const area = id ? input.merges.areaAt(row, id.col) : undefined;
  if (!id || !area || area.top >= row || area.left !== id.col) return null;
  const top = cellAt(input.sheet, area.top, id.col);
  const outline = typeof top === 'number' || typeof top === 'string' ? parseOutlineCell(top) : null;
  return outline !== null && !isSectionStyle(outline.style) ? outline : null;
}

/** A code of letters and a number (G1, A-03, S12) in the row's own 序号 cell, as written; null for anything else. */
function itemCode(input: TableReadInput, row: number): string | null {
  const id = input.columns.id;
  if (!id) return null;
  const text = cellWords(cellAt(input.sheet, row, id.col)).replace(/\s+/g, '');
  return /^[A-Za-z]{1,3}[-.]?\d{1,4}$/.test(text) ? text : null;
}

/** The outline key after a first one (一 → 二, (一) → (二)); null for a key that is not the first of its series. */
function nextKey(key: string): string | null {
  const seconds: Readonly<Record<string, string>> = { 一: '二', '(一)': '(二)', '（一）': '（二）' };
  return seconds[key] ?? null;
}

/** The year to fall back on: the deadlines' when they name one, else this machine's, said to be only that. */
function yearFallback(fromDeadlines: number | null): { fallbackYear: number; fallbackIsClock: boolean } {
  return fromDeadlines === null ? { fallbackYear: new Date().getFullYear(), fallbackIsClock: true } : { fallbackYear: fromDeadlines, fallbackIsClock: false };
}

/** Words of a fall in a target's header (降低目标, 下降指标, 减少任务). */
const FALL_HEADER = /(降低|下降|减少|削减|压减|压降|减排)/;

/**
 * A target for a fall written as a figure below zero (降低目标(%) -5.00) counts the fall as a change: the further below
 * zero, the more was cut, so lower is better — whatever the row's name says (the rows may be places: 北京, 天津).
 * A fall written as a positive figure (降低率指标 5.2) is a cut of that size: more is better, as the name rules say.
 */
function fallWrittenBelowZero(target: number | null, header: string): boolean {
  return target !== null && target < 0 && FALL_HEADER.test(header);
}

/** A target written as a range below zero (-4.0~-4.5): its nearer end, or null for any other words. */
function belowZeroRange(words: string | null): number | null {
  const m = words === null ? null : /^\s*(-\d+(?:\.\d+)?)\s*[~～至—–-]\s*-\d+(?:\.\d+)?\s*$/.exec(words);
  return m ? Number(m[1]) : null;
}

/** A lead-in line (其中:, 在总额中:) between the last line read and this one. */
function leadInAbove(ctx: RowContext, row: number, previousRow: number): boolean {
  for (let r = previousRow + 1; r < row; r++) if (classifyRow(ctx, r).kind === 'lead-in') return true;
  return false;
}

export function readTable(input: TableReadInput): TableRead {
  const { sheet, band, columns } = input;
  const issues: Issue[] = [];
  const ctx: RowContext = { sheet, merges: input.merges, columns, width: input.width };
  const last = rowCount(sheet);
  const titleLines = readTitleLines(sheet, band.top, input.width);
  const found = resolvePeriod({
    asOf: input.asOf,
    actualHeader: columns.actual ? band.columns.get(columns.actual.col) : undefined,
    headers: [...band.columns.values()],
    title: titleLines.text,
    sheetName: sheet.name,
    workbookName: input.workbookName,
    ...yearFallback(deadlineYear(input, ctx, last) ?? accountYear(input, ctx, last)),
  });
  const period = found.period;
  // A plan for a stretch that ends after the report's months (四季度计划目标 in a 1—10月 report, 三季度工作计划 in an 8月
  // one) is what comes next, not the target for the period so far: neither a 序时目标 nor the task's target in words.
  // A column the person mapped stays as they said.
  const periodPlan = columns.periodTarget;
  const planSpan = periodPlan ? band.columns.get(periodPlan.col)?.span ?? null : null;
  if (periodPlan && planSpan && planSpan.toMonth > period.toMonth && periodPlan.source !== 'user' && periodPlan.source !== 'remembered') {
    const { periodTarget: _later, ...withoutPlan } = columns;
    return readTable({ ...input, columns: withoutPlan });
  }
  if (found.assumed) issues.push(recognitionIssue('warning', RECOGNIZE_CODES.periodMissing, null, { year: period.year }));
  if (period.yearAssumed) issues.push(recognitionIssue('warning', RECOGNIZE_CODES.yearMissing, null, { year: period.year }));

  const { entries, notes, totals, orphans } = readRows(ctx, band.dataStart, last);
  for (const row of orphans) {
    issues.push(recognitionIssue('warning', RECOGNIZE_CODES.rowWithoutName, cellRef(sheet.name, row, columns.name?.col ?? 1), { row }));
  }

  const headerUnitOf = (field: FieldKey): string | null => {
    const mapping = columns[field];
    const unit = mapping ? band.columns.get(mapping.col)?.unit ?? null : null;
    return unit === '%' ? null : unit;
  };
  const headerUnits: Partial<Record<FigureField, string | null>> = {};
  for (const field of FIGURE_FIELDS) headerUnits[field] = headerUnitOf(field);
  // Targets and figures done counted in % by their header (降低率指标(%), 降低目标(%) | 降低率(%)): the indicator's unit
  // is %, whatever the figures are rescaled to. A rate column's (%) is the rate's, not the indicator's.
  const targetHeader = columns.target?.header ?? '';
  const percentHeader = (['target', 'actual'] as const).some((field) => {
    const mapping = columns[field];
    return mapping !== undefined && band.columns.get(mapping.col)?.percent === true;
  }) ? '%' : null;

  // Sections, paths and ids.
  const sections: SectionRow[] = [];
  const drafts: Draft[] = [];
  const stack: { style: string; title: string; key: string | null }[] = [];
  let runningIndex = 0;
  const levelCols = input.levels && input.levels.length > 0 ? input.levels.map((m) => m.col) : columns.category ? [columns.category.col] : [];
  const levelValues: (string | null)[] = levelCols.map(() => null);
  let parentItem: ParentItem | null = null;
  let partsAfterLeadIn = false;
  let previousRow = band.dataStart - 1;
  let subItems = 0;
  const firstSection = sectionAboveHeader(ctx, band, entries, titleLines.title);
  if (firstSection) {
    stack.push({ style: firstSection.outline?.style ?? 'label', title: firstSection.title, key: firstSection.outline?.key ?? null });
    sections.push({ row: firstSection.row, outline: firstSection.outline?.written ?? '', title: firstSection.title, level: 1, path: [firstSection.title] });
  }
  for (const entry of entries) {
    const { row, role } = entry;
    if (role.kind === 'section') {
      const style = role.outline?.style ?? 'label';
      const at = stack.findIndex((s) => s.style === style);
      if (at >= 0) stack.length = at;
      stack.push({ style, title: role.title, key: role.outline?.key ?? null });
      sections.push({ row, outline: role.outline?.written ?? '', title: role.title, level: stack.length, path: stack.map((s) => s.title) });
      runningIndex = 0;
      levelValues.fill(null);
      parentItem = null;
      partsAfterLeadIn = false;
      previousRow = row;
      continue;
    }
    runningIndex++;
    const path = stack.map((s) => s.title);
    const sectionKeys = stack.map((s) => s.key).filter((k): k is string => k !== null);
    // The item a sub-item sits under is the last step of its path, below the levels written in columns.
    let itemAbove: string | null = null;
    // Unnumbered lines under a lead-in (在总额中:, 其中:) inside a numbered item break down that item's figure:
    // its parts, as its numbered sub-items are, until the next numbered line.
    if (role.outline !== null) partsAfterLeadIn = false;
    else if (parentItem && leadInAbove(ctx, row, previousRow)) partsAfterLeadIn = true;
    if (parentItem && (isSubItem(parentItem, role.outline) || (partsAfterLeadIn && role.outline === null))) {
      itemAbove = parentItem.name;
      sectionKeys.push(parentItem.outline.key);
      subItems++;
    } else {
      parentItem = role.outline ? { outline: role.outline, name: role.name } : null;
    }
    previousRow = row;
    const nameCol = columns.name?.col;
    levelCols.forEach((col, i) => {
      // A level merged across to the name on this row is the name itself: this item has no level above it.
      const across = input.merges.areaAt(row, col);
      if (nameCol !== undefined && across && across.top === row && across.left <= col && nameCol <= across.right && col < nameCol) {
        levelValues.fill(null, i);
        return;
      }
      // A level merged down, or written once above blank cells, holds for the rows below it.
      // 四、教育文化 in a category column is the group 教育文化, numbered as a heading row would be.
      const text = levelText(shownValue(sheet, input.merges, row, col));
      if (text !== '' && text !== levelValues[i]) {
        levelValues[i] = text;
        levelValues.fill(null, i + 1);
      }
    });
    for (const value of levelValues) if (value !== null && path[path.length - 1] !== value) path.push(value);
    if (itemAbove !== null) path.push(itemAbove);
    const name: TextField = { value: nameWithoutUnit(nameWithoutPartMark(role.name)), cell: cellRef(sheet.name, row, columns.name?.col ?? (role.nameCol || 1)) };
    const actualRaw = rawOf(input, ctx, 'actual', row);
    const raws = {
      target: pointsGoalOrWords(rawOf(input, ctx, 'target', row), actualRaw),
      periodTarget: rawOf(input, ctx, 'periodTarget', row),
      actual: actualRaw,
      lastYear: rawOf(input, ctx, 'lastYear', row),
      growth: rawOf(input, ctx, 'growth', row),
      completionRate: rawOf(input, ctx, 'completionRate', row),
      weight: rawOf(input, ctx, 'weight', row),
    };
    const progressRaw = columns.actual ? EMPTY : rawOf(input, ctx, 'progressText', row);
    // A row below the top of a 序号 merged down over one item's rows is that item's row: its id is the number written
    // in the merge, not a count that invents numbers the sheet never wrote (and that collide with the items after it).
    const ownOutline = role.outline ?? (itemAbove === null ? mergedItemOutline(input, row) : null);
    // An item code in the 序号 column (G1, A-03) is the id as written: never replaced by a count.
    const code = ownOutline === null ? itemCode(input, row) : null;
    drafts.push({ row, outline: role.outline, name, writtenName: role.name, path, id: code ?? outlineId(sectionKeys, ownOutline, runningIndex), raws, progressRaw });
  }

  subItems += groupBySums(drafts, columns, levelCols.length > 0 || sections.length > 0);

  // A target staff wrote into the name (新增2000个托位), where the row has no target of its own.
  // In a plan the figure in a task's name is its target; in a scoring sheet (a weight beside each item) it is a rule.
  const planTable = !columns.target && !columns.actual && !columns.periodTarget && !columns.completionRate && !columns.progressText && !columns.weight;
  const nameTargets = new Map<number, number>();
  const noFigureColumns = !columns.target && !columns.actual && !columns.completionRate;
  const periodPlanOnly = columns.periodTarget !== undefined && noFigureColumns;
  const toldInWords = noFigureColumns && columns.progressText !== undefined;
  const rateOnly = columns.completionRate !== undefined && !columns.target && !columns.periodTarget && !columns.actual;
  for (let i = 0; i < drafts.length; i++) {
    const d = drafts[i];
    const found = nameTarget(d.name.value, d.name.cell, d.raws, planTable) ?? (rateOnly ? rateTableTarget(d.name.value, d.name.cell, d.raws) : null);
    if (!found) continue;
    nameTargets.set(d.row, found.confidence);
    drafts[i] = { ...d, raws: { ...d.raws, target: { kind: 'figure', figure: found.figure } } };
  }

  const sentenceMode = input.layout === 'sentence' || (input.layout === undefined && (input.namesAreGoals === true || isSentenceTable(drafts)));
  const measures = countMeasures(drafts);
  // Goals in the names and what was done in the progress words (name-target.ts): read after the table is
  // weighed, for the figures are still written in sentences.
  for (let i = 0; i < drafts.length; i++) {
    const d = drafts[i];
    const told = noFigureColumns && !nameTargets.has(d.row) ? progressAccount(d.name.value, d.name.cell, d.progressRaw) : null;
    if (!told) {
      // A plan for the month or quarter (月度工作计划: 4月:完成筛查1480人) beside a task that states the year's goal.
      // So does a task told only in progress words (新增30家照料中心 | 已完成方案制定): its name states the goal.
      // So does a task whose 完成情况 tells what was done in a sentence with no figure (完成新增…托育机构。), with no
      // target column; a status word alone (当年完成, 开工建设) tells nothing of what the task was to reach.
      const account = d.raws.actual.kind === 'words' ? d.raws.actual.text.trim() : '';
      const doneInWords = !columns.target && !columns.periodTarget && account.length >= ACCOUNT_LENGTH && !/\d/.test(account);
      const goal = (periodPlanOnly || toldInWords || doneInWords) && !nameTargets.has(d.row) && d.raws.target.kind === 'empty' ? goalInName(d.name.value, d.name.cell, !periodPlanOnly) : null;
      if (goal) {
        nameTargets.set(d.row, goal.confidence);
        drafts[i] = { ...d, raws: { ...d.raws, target: { kind: 'figure', figure: goal.figure } } };
      }
      continue;
    }
    nameTargets.set(d.row, told.target.confidence);
    const figureOr = (figure: RawFigure | null, kept: RawRead): RawRead => (figure ? { kind: 'figure', figure } : kept);
    drafts[i] = { ...d, raws: { ...d.raws, target: { kind: 'figure', figure: told.target.figure }, actual: figureOr(told.actual, d.raws.actual), completionRate: figureOr(told.rate, d.raws.completionRate), growth: figureOr(told.growth, d.raws.growth) } };
  }
  const listedUnit = listedUnitFor(titleLines.listedUnits, [columns.target, columns.actual].flatMap((m) => (m ? [m.header] : [])));
  const growthHeaders = { target: columns.target?.header ?? '', actual: columns.actual?.header ?? '', growthColumn: columns.growth !== undefined };
  const pendings: Pending[] = drafts.map((draft) => {
    const read = growthColumnsRead(readSentences(draft, sentenceMode), growthHeaders);
    const raws = read.raws;
    const { unit, stated } = indicatorUnit({
      unitCell: columns.unit ? cellWords(fieldValue(ctx, 'unit', draft.row)) : '',
      name: draft.writtenName,
      headerUnit: headerUnits.target ?? headerUnits.actual ?? percentHeader,
      cellUnit: FIGURE_FIELDS.map((f) => figureOf(raws[f])?.unit ?? null).find((u) => u !== null) ?? null,
      tableUnit: titleLines.tableUnit ?? listedUnit,
      hasFigure: FIGURE_FIELDS.some((f) => raws[f].kind === 'figure'),
      figures: (['target', 'actual'] as const)
        .map((f) => figureOf(raws[f]))
        .filter((f): f is RawFigure => f !== null && !f.inSentence && !(f.cell.row === draft.name.cell.row && f.cell.col === draft.name.cell.col))
        .map((f) => f.shown),
    });
    return { ...draft, raws, unit, unitStated: stated, targetGrowth: read.targetGrowth, actualGrowth: read.actualGrowth };
  });

  if (!columns.unit) unitOfTheTotal(pendings);
  const plainIsFraction = percentConvention(pendings);
  const ratePoints = {
    growth: ratesArePoints(pendings, 'growth', columns.growth ? band.columns.get(columns.growth.col)?.percent ?? false : false),
    completionRate: ratesArePoints(pendings, 'completionRate', columns.completionRate ? band.columns.get(columns.completionRate.col)?.percent ?? false : false),
  };

  const indicators: Indicator[] = [];
  for (const p of pendings) {
    const placeNumber = (field: FigureField): { value: NumberField | null; words: TextField | null } => {
      const read = p.raws[field];
      switch (read.kind) {
        case 'empty':
          return { value: null, words: null };
        // Error values and units that cannot be converted are reported by validation (excel-error,
        // unit-mismatch), which reads the same cells; here the figure is simply not a number.
        case 'error':
          return { value: null, words: null };
        case 'words':
          return { value: null, words: { value: read.text, cell: read.cell } };
        case 'figure': {
          const placed = placeFigure(read.figure, p.unit, plainIsFraction(p), headerUnits[field] ?? null);
          const words = { value: read.figure.text, cell: read.figure.cell };
          // A figure in another kind of unit (同比下降10% for a count of 起) is not this indicator's figure.
          if (placed.outcome === 'incompatible') return { value: null, words };
          // A figure read out of a sentence drops no words: the sentence stays as text beside it.
          return { value: placed.field, words: read.figure.inSentence ? words : null };
        }
        default: {
          const unreachable: never = read;
          return unreachable;
        }
      }
    };
    // 1.54个百分点 in a growth column (亏损面, a share, changes by points): a change in points, not a growth of 1.54%.
    const growthRead = p.raws.growth;
    const growthInPoints = growthRead.kind === 'figure' && /^个?百分点$/.test(growthRead.figure.unit ?? '') ? growthRead.figure : null;
    const placeRateField = (field: 'growth' | 'completionRate'): NumberField | null => {
      const read = p.raws[field];
      if (field === 'growth' && growthInPoints) return null;
      return read.kind === 'figure' && isRateFigure(read.figure) ? placeRate(read.figure, ratePoints[field]) : null;
    };
    const plainTarget = placeNumber('target');
    const targetRaw = p.raws.target;
    const targetInNameCell = targetRaw.kind === 'figure' && targetRaw.figure.cell.row === p.name.cell.row && targetRaw.figure.cell.col === p.name.cell.col;
    const fromName = nameTargets.get(p.row) ?? (targetInNameCell ? GROWTH_IN_NAME_CONFIDENCE : undefined);
    // Worked out of the name: derived (Excel cannot read a number from that cell), with how sure it is.
    const namedTarget = fromName !== undefined && plainTarget.value ? { value: { ...plainTarget.value, derived: true, confidence: fromName }, words: null } : plainTarget;
    const periodTarget = placeNumber('periodTarget');
    // Progress words a figure was read from are quoted once, as the progress, not again as the actual's words.
    const actualRead = placeNumber('actual');
    const plainActual = actualRead.words?.cell.col === columns.progressText?.col ? { ...actualRead, words: null } : actualRead;
    // Neither figure in a cell of its own, and the actual tells investment planned and done in one sentence.
    const invested = namedTarget.value === null && plainActual.value === null ? investmentProgress(p.raws.actual) : null;
    const target = invested ? { value: invested.target, words: namedTarget.words } : namedTarget;
    // 进度达60% on a row with no target figure says how far along the work is: its progress, not an amount done. So it
    // does beside a target counted in things (50条): a share cannot be an amount of them.
    const inWords = figuresInWords(accountOf(p.raws.actual, p.progressRaw));
    const countedTarget = target.value !== null && p.unit !== null && p.unit !== '%' && plainActual.value === null;
    const told = (target.value === null || countedTarget) && p.raws.completionRate.kind === 'empty' ? inWords?.progress ?? null : null;
    const statedProgress = told ? placeRate(told, false) : null;
    const changed = inWords?.points ?? growthInPoints;
    const placedActual = invested ? { value: invested.actual, words: plainActual.words } : told ? { value: null, words: plainActual.words } : plainActual;
    const lastYear = placeNumber('lastYear');
    const weightRead = p.raws.weight;
    const weight = weightRead.kind === 'figure' ? placeFigure({ ...weightRead.figure, unit: null }, null, false).field : null;
    // Without a target a clean figure still makes a quantitative indicator; a figure inside words does not (已覆盖18个镇).
    const actualIsClean = placedActual.value !== null && placedActual.words === null;
    // Only a target in words without any figure (年底前完成) makes the item qualitative; 同比下降10% does not.
    const targetRead = p.raws.target;
    const targetInWords = targetRead.kind === 'words' && !targetRead.severalNumbers;
    const statedCompletion = placeRateField('completionRate');
    const placedGrowth = p.targetGrowth ? placeRate(p.targetGrowth, false) : null;
    // A growth read out of the name (the row has no target cell) is derived and asked about.
    const growthFromName = placedGrowth !== null && p.targetGrowth?.cell.row === p.name.cell.row && p.targetGrowth.cell.col === p.name.cell.col;
    const targetGrowth = placedGrowth && growthFromName ? { ...placedGrowth, derived: true, confidence: GROWTH_IN_NAME_CONFIDENCE } : placedGrowth;
    const actualGrowth = p.actualGrowth ? placeRate(p.actualGrowth, false) : null;
    // A stated rate (当前进度 95%, 完成比例 56) or a growth in the sentences is a figure to report on too.
    // A growth stated in its own column (±% 3.0 beside a level the release leaves out, ―) is a figure as well.
    const statedGrowth = placeRateField('growth') ?? actualGrowth;
    const figuresBesideWords = (statedCompletion !== null && !targetInWords) || targetGrowth !== null || statedGrowth !== null || statedProgress !== null;
    // A row with nothing in words or figures beside its weight counts what its name names (地区生产总值 | 权重 10).
    const nothingTold = targetRead.kind === 'empty' && p.raws.actual.kind === 'empty' && p.progressRaw.kind === 'empty' && p.raws.periodTarget.kind === 'empty';
    const measureByName = nothingTold && columns.weight !== undefined && namesAMeasure(p.name.value);
    const kind = indicatorKind(target.value !== null || measureByName, actualIsClean || figuresBesideWords, periodTarget.value !== null);
    // A qualitative item is judged by its words: figures in them are not its result.
    const direction = fallWrittenBelowZero(target.value?.value ?? belowZeroRange(target.words?.value ?? null), targetHeader)
      ? 'lower'
      : indicatorDirection(kind, p.name.value, target.value?.approx ?? null, target.words?.value ?? null);
    const actual = kind === 'qualitative' && placedActual.value !== null
      ? { value: null, words: placedActual.words ?? { value: placedActual.value.text, cell: placedActual.value.cell } }
      : noneAsZero(direction, placedActual);
    const unit = (kind === 'qualitative' || (told && !countedTarget)) && !p.unitStated ? null : (p.unit ?? invested?.unit ?? null);
    const deadlineCell = sourceCell(input, 'deadline', p.row);
    const deadline = deadlineCell
      ? readDateField(fieldValue(ctx, 'deadline', p.row), numberFormatAt(sheet, deadlineCell.row, deadlineCell.col), deadlineCell, period.year)
      : null;
    // 全社会固定资产投资（1—5月）: a figure that covers other months than the report says so explicitly.
    const months = findMonthRange(p.name.value) ?? (actual.value ? findMonthRange(actual.value.text) : null);
    const dataMonths = months && (months.toMonth !== period.toMonth || months.fromMonth !== period.fromMonth) ? { fromMonth: months.fromMonth, toMonth: months.toMonth } : undefined;
    indicators.push({
      row: p.row,
      sheet: sheet.name,
      outline: p.outline?.written ?? '',
      id: p.id,
      path: p.path,
      name: p.name,
      kind,
      direction,
      unit,
      target: target.value,
      // Without a target column, the stage's goal in words (一季度目标: 室内安装、装修及场外施工) is what was aimed at.
      // A plan for the period in words stands for the target only where the row has no target of its own.
      targetText: asLines(sheet, target.words ?? (columns.target === undefined && periodTarget.value === null && target.value === null ? periodTarget.words : null)),
      periodTarget: periodTarget.value,
      actual: actual.value,
      // Words read from the progress column's own cell are its progress text already, not a second account.
      actualText: asLines(sheet, actual.words && sameCell(actual.words.cell, p.progressRaw) ? null : actual.words),
      lastYear: lastYear.value,
      ...(targetGrowth ? { targetGrowth } : {}),
      statedGrowth,
      statedCompletion,
      ...(statedProgress ? { statedProgress } : {}),
      ...(changed ? { statedChangePoints: placeRate(changed, false) } : {}),
      department: textOf(input, ctx, 'department', p.row),
      owner: textOf(input, ctx, 'owner', p.row),
      leader: textOf(input, ctx, 'leader', p.row) ?? (columns.leader ? null : leaderOfSection(sections, p.row, sheet.name)),
      cooperating: textOf(input, ctx, 'cooperating', p.row),
      weight,
      deadline,
      // The rate's sentence is no account of its own when the actual was read out of it (完成9个,完成率100%).
      progressText: asLines(sheet, textOf(input, ctx, 'progressText', p.row) ?? wordsBesideRate(p.raws.completionRate, columns.progressText !== undefined || sameCell(actual.words?.cell, p.raws.completionRate))),
      problems: asLines(sheet, textOf(input, ctx, 'problems', p.row)),
      ...statedStatusOf(input, ctx, p.row),
      ...(dataMonths ? { dataMonths } : {}),
    });
  }

  let statedWeightTotal: NumberField | null = null;
  const grand = totals.find((t) => t.grand) ?? null;
  if (grand && columns.weight) {
    const read = readRaw(fieldValue(ctx, 'weight', grand.row), numberFormatAt(sheet, grand.row, columns.weight.col), cellRef(sheet.name, grand.row, columns.weight.col));
    if (read.kind === 'figure') statedWeightTotal = placeFigure({ ...read.figure, unit: null }, null, false).field;
  }

  const headerRows: number[] = [];
  for (let row = band.top; row <= band.bottom; row++) headerRows.push(row);
  return {
    table: {
      sheet: sheet.name,
      layoutClass: readLayoutClass({ columns, levels: levelCols.length, subItems, sentenceMode, measures, forced: input.layout }),
      title: titleLines.title,
      unitName: titleLines.unitName ?? unitFromWorkbookName(input.workbookName),
      headerRows,
      columns,
      ...(input.levels && input.levels.length > 0 ? { levelColumns: input.levels } : {}),
      period,
      sections,
      indicators,
      statedWeightTotal,
      notes,
    },
    issues,
  };
}

