import { toSimplified } from '../../src/core/text/simplifier';
import { columnLetter, FIELD_KEYS } from '../../src/core/model';
import type { Approximation, Direction, FieldKey, FinanceBudget, Indicator, IndicatorKind, IndicatorTable, LayoutClass, NumberField, RegionFigures, TextField } from '../../src/core/model';
import type { Recognition } from '../../src/core/recognize';

/**
 * What a corpus workbook must be recognised as, written by hand beside each fixture
 * (test/fixtures/corpus/NN-….expected.json) by scripts/make-corpus.ts — never produced by the recogniser.
 */

/** A number as it must be read: the value in the indicator's unit, how exact, whether Excel can reproduce it. */
export interface ExpectedNumber {
  readonly v: number;
  /** Default 'exact'. */
  readonly ap?: Approximation;
  /** Default false. */
  readonly d?: boolean;
}

export type ExpectedFigure = number | ExpectedNumber | null;

export interface ExpectedIndicator {
  readonly row: number;
  readonly name: string;
  /** Checked when given. */
  readonly id?: string;
  /** Default []. */
  readonly path?: readonly string[];
  /** Default: quantitative when a target, 序时目标 or actual is a number. */
  readonly kind?: IndicatorKind;
  /** Default 'higher'. */
  readonly direction?: Direction;
  /** Fields below default to null when left out: nothing may be read that is not there. */
  readonly unit?: string | null;
  readonly target?: ExpectedFigure;
  readonly targetText?: string | null;
  readonly periodTarget?: ExpectedFigure;
  readonly actual?: ExpectedFigure;
  readonly actualText?: string | null;
  readonly lastYear?: ExpectedFigure;
  readonly growth?: ExpectedFigure;
  readonly completion?: ExpectedFigure;
  readonly department?: string | null;
  readonly owner?: string | null;
  readonly weight?: ExpectedFigure;
  /** YYYY-MM-DD */
  readonly deadline?: string | null;
  readonly progressText?: string | null;
  readonly dataMonths?: readonly [number, number];
  /*
   * Keys below were added for the real corpus (test/fixtures/real-corpus). Each is checked only when given, so
   * expectations written before them keep their meaning. They name what a careful reader sees in the table even
   * where the model has no field for it yet; the comparer then reads the field of that name from the indicator
   * (statedProgress, statedScore, regions, leader) and counts a miss while it is absent.
   */
  /** A progress the sheet states for the task (当前进度 95% / 0.95 / 75%（东片区…滞后）), as a fraction; read from `statedProgress`. */
  readonly progress?: ExpectedFigure;
  /** A target written as growth (增长5.5%, 增长7%左右), as a fraction; read from `targetGrowth`. The level, if also written, is `target`. */
  readonly targetGrowth?: ExpectedFigure;
  /** The score the unit gave itself (得分 of a 绩效自评表), in points; read from `statedScore`. */
  readonly statedScore?: ExpectedFigure;
  /** A cross-table's figures per region (县、镇), top to bottom; read from `regions`. */
  readonly regions?: readonly ExpectedRegion[];
  /** The leader in charge (责任领导、分管县领导), kept apart from the owner (责任人); read from `leader`. */
  readonly leader?: string | null;
  /**
   * A change the sheet states in percentage points (增减百分点 0.4, 提升2.1个百分点 → 2.1, 下降0.3个百分点 → -0.3),
   * in points; read from `statedChangePoints`. Added for the frozen set of issue 18.
   */
  readonly changePoints?: ExpectedFigure;
}

/** One region's figures of a cross-table indicator (名称 as written, figures in the indicator's unit). */
export interface ExpectedRegion {
  readonly name: string;
  readonly target?: ExpectedFigure;
  readonly actual?: ExpectedFigure;
  readonly completion?: ExpectedFigure;
}

/** The budget block of a finance form (年初预算数 / 全年预算数 / 全年执行数 / 执行率 / 分值 / 得分), in 万元 and points. */
export interface ExpectedBudget {
  readonly initial?: ExpectedFigure;
  readonly adjusted?: ExpectedFigure;
  readonly executed?: ExpectedFigure;
  /** 执行率 as stated, as a fraction. */
  readonly rate?: ExpectedFigure;
  readonly weight?: ExpectedFigure;
  readonly score?: ExpectedFigure;
}

export interface ExpectedTable {
  readonly sheet: string;
  readonly headerRows: readonly number[];
  /** Every column that must be mapped, and no others. */
  readonly columns: Partial<Record<FieldKey, string>>;
  /** year null (real corpus): the table does not state its year, so only the months are checked. */
  readonly period: { readonly year: number | null; readonly fromMonth: number; readonly toMonth: number };
  readonly indicators: readonly ExpectedIndicator[];
  readonly sections?: readonly { readonly row: number; readonly title: string; readonly level: number }[];
  readonly notes?: number;
  readonly weightTotal?: number;
  /** Fields the user must be asked about; default none. 'unchecked': not part of the expectation (real tables). */
  readonly unsure?: readonly FieldKey[] | 'unchecked';
  /** Checked when given: the title line and the reporting department. */
  readonly title?: string;
  readonly unitName?: string | null;
  /** Checked when given: every sheet offered as a table, best first. */
  readonly candidates?: readonly string[];
  /** Checked when given (real corpus): the kind of table a careful reader sees. */
  readonly layoutClass?: LayoutClass;
  /**
   * Checked when given (real corpus): columns a careful reader maps to a field the model has no key for yet
   * (score → 得分, progress → 当前进度, region → 地区, leader → 责任领导 …), by letter; read from `columns[key]`.
   */
  readonly extraColumns?: Readonly<Record<string, string>>;
  /** Checked when given (finance forms): the budget block; read from `budget`. */
  readonly budget?: ExpectedBudget;
  /** Checked when given (finance forms): the total score the unit states (总分 / 合计 得分); read from `statedScoreTotal`. */
  readonly scoreTotal?: number;
}

export type Expectation =
  | { readonly kind: 'table'; readonly table: ExpectedTable; readonly issues?: readonly string[] }
  /** The workbook opens but holds no indicator table: table null and a no-table error. */
  | { readonly kind: 'no-table' }
  /** The file cannot be read at all (the host reports it; recognition never sees it). */
  | { readonly kind: 'unreadable'; readonly failure: string };

/** Where a real table was published (real corpus only). */
export interface TableSource {
  readonly url: string;
  /** The body that published it (县人民政府办公室, 区实事办 …). */
  readonly publisher: string;
  /** As the page dates it: YYYY-MM-DD or YYYY-MM or YYYY. */
  readonly published: string;
  /** Which part of the table was transcribed (whole, or which contiguous rows). */
  readonly part: string;
}

export interface CorpusEntry {
  readonly file: string;
  readonly department: string;
  /** The layouts and value forms this workbook exercises (see test/fixtures/corpus/README.md). */
  readonly covers: readonly string[];
  readonly expect: Expectation;
  /** Real corpus only: where the table was published. */
  readonly source?: TableSource;
}

/** One comparison: what was checked, whether it held, and what was read instead. */
export interface Check {
  readonly what: string;
  readonly kind: 'field' | 'value';
  readonly ok: boolean;
  readonly detail: string;
  /**
   * Whether the expectation names something the table states (a figure, a text, a column, a path…). A check
   * that expects nothing — a null figure, an empty text, no path, no column, no extra indicator — is passed by an
   * engine that reads nothing at all, so `npm run bench:recognition` leaves it out of its headline share.
   */
  readonly content: boolean;
  /**
   * Whether the engine stated something here with no sign of doubt: it read a value, a column or a table part
   * (not nothing), the column the check reads is not among `recognition.unsure`, and no warning or error issue is
   * attached to the indicator's row, nor a row question about the figure checked. A check that is wrong while `sure`
   * is a silent error.
   */
  readonly sure: boolean;
}

/** What the engine must not be doubtful about for a check to be sure: the column (field) and the indicator row. */
interface Basis {
  readonly recognition: Recognition | null;
  readonly field: FieldKey | null;
  readonly row: number | null;
  /** The indicator check's name (target, kind …), where it rests on no column. */
  readonly check?: string;
}

/**
 * Whether recognition gave no sign of doubt about what a check rests on: a table was read, the column's field is
 * not among `unsure` (a table-level part — sheet, header rows, period, layout — needs no field unsure at all), and
 * no warning or error issue is attached to the indicator row.
 */
function undoubted(basis: Basis): boolean {
  const r = basis.recognition;
  if (!r || !r.table) return false;
  if (basis.field !== null) {
    if (r.unsure.includes(basis.field)) return false;
  } else if (basis.row === null && r.unsure.length > 0) {
    // A table-level part: the engine asks the user to confirm the whole mapping when any column is unsure.
    return false;
  }
  if (basis.row !== null && r.issues.some((i) => i.indicatorRow === basis.row && (i.severity === 'error' || i.severity === 'warning'))) return false;
  // A row question asks the user to confirm figures worked out for that row (a target read out of the name, an
  // actual read out of a sentence, a figure the cell states but the engine kept as words), with their unit and
  // whether the row is measured at all (its kind): the engine is not silent about them.
  if (basis.row !== null && (basis.field !== null || basis.check === 'kind')) {
    const asked = r.questions.flatMap((q) => (q.kind === 'row' && q.row === basis.row ? q.fields : []));
    if (asked.length > 0 && (basis.check === 'kind' || basis.field === 'unit' || asked.some((f) => f === basis.field))) return false;
  }
  return true;
}

/**
 * A section title without its outline number (一、投入目标 → 投入目标): the engine keeps the number apart (SectionRow.outline,
 * the indicator's id), and collectors wrote titles both ways.
 */
function withoutOutline(title: string): string {
  return title.replace(/^\s*(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十]+[)）])\s*/u, '');
}

/** Keys collectors gave a stated-status column (是否达序, 工作评价) before the model had its field, status. */
const STATUS_ALIASES = ['onSchedule', 'evaluation'] as const;
/** Keys collectors gave a finance form's 指标方向 column (正向/反向) before they agreed on the engine's, sense. */
const SENSE_ALIASES = ['orientation'] as const;

/** The column an indicator check reads; null for what is derived rather than read from one column. */
export const CHECK_FIELD: Readonly<Record<string, FieldKey | null>> = {
  name: 'name', id: 'id', unit: 'unit', target: 'target', targetText: 'target', periodTarget: 'periodTarget', actual: 'actual',
  actualText: 'actual', lastYear: 'lastYear', growth: 'growth', completion: 'completionRate', department: 'department', owner: 'owner',
  weight: 'weight', deadline: 'deadline', progressText: 'progressText', leader: 'leader', targetGrowth: 'target', progress: 'completionRate',
};

function numberOk(expected: ExpectedFigure | undefined, actual: NumberField | null): { ok: boolean; detail: string } {
  const want = expected === undefined ? null : expected;
  if (want === null) return { ok: actual === null, detail: actual === null ? '' : `read ${actual.value}, want none` };
  const spec: ExpectedNumber = typeof want === 'number' ? { v: want } : want;
  if (actual === null) return { ok: false, detail: `read none, want ${spec.v}` };
  const close = Math.abs(actual.value - spec.v) <= 1e-9 * Math.max(1, Math.abs(spec.v));
  const approx = actual.approx === (spec.ap ?? 'exact');
  const derived = actual.derived === (spec.d ?? false);
  return {
    ok: close && approx && derived,
    detail: close && approx && derived ? '' : `read ${actual.value}/${actual.approx}/${actual.derived ? 'derived' : 'cell'}, want ${spec.v}/${spec.ap ?? 'exact'}/${spec.d ? 'derived' : 'cell'}`,
  };
}

/** Fields a model may grow for the real tables; read by name so this file compiles before they exist. */
interface ExtendedIndicator {
  readonly targetGrowth?: NumberField | null;
  readonly statedProgress?: NumberField | null;
  readonly statedScore?: NumberField | null;
  readonly leader?: TextField | null;
  readonly statedChangePoints?: NumberField | null;
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function isNumeric(figure: ExpectedFigure | undefined): boolean {
  return figure !== undefined && figure !== null;
}

/** An indicator with nothing read, to list the checks an indicator that was not read at all fails. */
function nothingRead(row: number): Indicator {
  const cell = { sheet: '', row, col: 0 };
  return {
    row, sheet: '', outline: '', id: '', path: [], name: { value: '', cell }, kind: 'qualitative', direction: 'higher', unit: null,
    target: null, targetText: null, periodTarget: null, actual: null, actualText: null, lastYear: null, statedGrowth: null,
    statedCompletion: null, department: null, owner: null, leader: null, cooperating: null, problems: null, weight: null, deadline: null, progressText: null,
  };
}

/** Every check of one expected indicator; one not read at all fails each of them, so it weighs as much as one read wrong. */
function indicatorChecks(want: ExpectedIndicator, got: Indicator | undefined, recognition: Recognition | null, progressColumn: string | null = null): Check[] {
  // Not read at all: each check fails, but the engine stated nothing, so none of them is a silent error.
  if (!got) return readChecks(want, nothingRead(want.row), null, null).map((c) => ({ ...c, ok: false, detail: 'indicator not read', sure: false }));
  return readChecks(want, got, progressColumn, recognition);
}

/**
 * `progressColumn`: the letter of a 当前进度 column the engine maps as its completion rate. The engine keeps one
 * stated rate per indicator (statedCompletion) whichever the column; read from that column it is the stated progress.
 */
function readChecks(want: ExpectedIndicator, got: Indicator, progressColumn: string | null, recognition: Recognition | null): Check[] {
  const rateIsProgress = progressColumn !== null && got.statedCompletion !== null && columnLetter(got.statedCompletion.cell.col) === progressColumn;
  const at = `row ${want.row}`;
  const checks: Check[] = [];
  // The engine "states" a reading when it is not what reading nothing gives (null, '', [], qualitative, higher).
  const sure = (what: string, stated: boolean): boolean => stated && undoubted({ recognition, field: CHECK_FIELD[what] ?? null, row: want.row, check: what });
  const push = (what: string, ok: boolean, detail: string, content: boolean, stated: boolean): void => {
    checks.push({ what: `${at} ${what}`, kind: 'value', ok, detail, content, sure: sure(what, stated) });
  };
  const text = (what: string, expected: string | null | undefined, actual: string | null | undefined, nothing: string | null = null): void => {
    const w = expected ?? null;
    const a = actual ?? null;
    push(what, w === a, w === a ? '' : `read ${JSON.stringify(a)}, want ${JSON.stringify(w)}`, w !== null && w !== '' && w !== nothing, a !== null && a !== '' && a !== nothing);
  };
  const num = (what: string, expected: ExpectedFigure | undefined, actual: NumberField | null): void => {
    const r = numberOk(expected, actual);
    push(what, r.ok, r.detail, isNumeric(expected), actual !== null);
  };
  text('name', want.name, got.name.value);
  // A 序号 written bare under numbered sections (1 under 一、…) is the row's own number; the engine's id adds the
  // sections' (一.1), as DESIGN's id does, and keeps the number as written in outline.
  if (want.id !== undefined) text('id', want.id, !want.id.includes('.') && got.outline === want.id && got.id.endsWith(`.${want.id}`) ? want.id : got.id);
  const pathOk = same((want.path ?? []).map(withoutOutline), got.path.map(withoutOutline));
  push('path', pathOk, pathOk ? '' : `read ${got.path.join('›')}`, (want.path ?? []).length > 0, got.path.length > 0);
  // A cross-table indicator with no whole line states its figures only per region: figures all the same.
  const regionFigures = (want.regions ?? []).some((r) => isNumeric(r.target) || isNumeric(r.actual) || isNumeric(r.completion));
  const kind = want.kind ?? (isNumeric(want.target) || isNumeric(want.actual) || isNumeric(want.periodTarget) || regionFigures ? 'quantitative' : 'qualitative');
  text('kind', kind, got.kind, 'qualitative');
  text('direction', want.direction ?? 'higher', got.direction, 'higher');
  // A unit is a measure, not a quotation: 萬畝 on a traditional mirror is 万亩 (collectors wrote both; most wrote simplified).
  text('unit', want.unit == null ? want.unit : toSimplified(want.unit), got.unit == null ? got.unit : toSimplified(got.unit));
  num('target', want.target, got.target);
  text('targetText', want.targetText, got.targetText?.value);
  num('periodTarget', want.periodTarget, got.periodTarget);
  num('actual', want.actual, got.actual);
  text('actualText', want.actualText, got.actualText?.value);
  num('lastYear', want.lastYear, got.lastYear);
  num('growth', want.growth, got.statedGrowth);
  num('completion', want.completion, rateIsProgress ? null : got.statedCompletion);
  text('department', want.department, got.department?.value);
  text('owner', want.owner, got.owner?.value);
  num('weight', want.weight, got.weight);
  text('deadline', want.deadline, got.deadline?.iso);
  text('progressText', want.progressText, got.progressText?.value);
  const months = got.dataMonths ? [got.dataMonths.fromMonth, got.dataMonths.toMonth] : null;
  const monthsOk = same(want.dataMonths ?? null, months);
  push('dataMonths', monthsOk, monthsOk ? '' : `read ${JSON.stringify(months)}`, want.dataMonths !== undefined, months !== null);
  const more = got as Indicator & ExtendedIndicator;
  if (want.targetGrowth !== undefined) num('targetGrowth', want.targetGrowth, more.targetGrowth ?? null);
  if (want.progress !== undefined) num('progress', want.progress, more.statedProgress ?? (rateIsProgress ? got.statedCompletion : null));
  if (want.statedScore !== undefined) num('statedScore', want.statedScore, more.statedScore ?? null);
  if (want.leader !== undefined) text('leader', want.leader, more.leader?.value);
  if (want.changePoints !== undefined) num('changePoints', want.changePoints, more.statedChangePoints ?? null);
  if (want.regions !== undefined) checks.push(...regionChecks(at, want.regions, got.breakdown ?? [], sure('regions', true)));
  return checks;
}

/**
 * A cross-table indicator's regions (the engine's `breakdown`), matched by name. A region read with no figure
 * at all states nothing, so reading it beside the expected ones is no error; one with figures is.
 */
function regionChecks(at: string, want: readonly ExpectedRegion[], got: readonly RegionFigures[], rowSure: boolean): Check[] {
  const checks: Check[] = [];
  const byName = new Map(got.map((r) => [r.region.value, r]));
  for (const region of want) {
    const read = byName.get(region.name);
    const where = `${at} region ${region.name}`;
    checks.push({ what: `${where} name`, kind: 'value', ok: read !== undefined, detail: read ? '' : 'region not read', content: true, sure: false });
    const figures = { target: read?.target ?? null, actual: read?.actual ?? null, completion: read?.rate ?? null };
    for (const key of ['target', 'actual', 'completion'] as const) {
      checks.push({ what: `${where} ${key}`, kind: 'value', ...numberOk(region[key], figures[key]), content: isNumeric(region[key]), sure: rowSure && figures[key] !== null });
    }
  }
  const named = new Set(want.map((r) => r.name));
  const extra = got.filter((r) => !named.has(r.region.value) && (r.target !== null || r.actual !== null || r.rate !== null));
  if (extra.length > 0) checks.push({ what: `${at} regions`, kind: 'value', ok: false, detail: `read ${extra.length} regions too many (${extra.map((r) => r.region.value).join('、')})`, content: false, sure: rowSure });
  return checks;
}

function budgetChecks(want: ExpectedBudget, got: FinanceBudget | null | undefined, recognition: Recognition): Check[] {
  const read = { initial: got?.initial, adjusted: got?.adjusted, executed: got?.executed, rate: got?.rate, weight: got?.weight, score: got?.score };
  const rowSure = got ? undoubted({ recognition, field: null, row: got.indicatorRow }) : false;
  return (['initial', 'adjusted', 'executed', 'rate', 'weight', 'score'] as const).map((key) => ({
    what: `budget ${key}`,
    kind: 'value' as const,
    ...numberOk(want[key], read[key] ?? null),
    content: isNumeric(want[key]),
    sure: rowSure && (read[key] ?? null) !== null,
  }));
}

/**
 * The sheet row an indicator's figures sit on: its own row, except in a cross-table, whose indicators are
 * columns keyed past the last row; there it is the row of the 合计/全市 figures the indicator carries.
 */
function sheetRow(table: IndicatorTable, indicator: Indicator): number {
  if (table.layoutClass !== 'cross-table') return indicator.row;
  // A plan's target written in words (完成年度目标任务) sits on the 合计 row like a figure.
  const figure = indicator.target ?? indicator.actual ?? indicator.statedCompletion ?? indicator.targetText;
  return figure?.cell.row ?? indicator.row;
}

/** Indicators read on each row; a cross-table may read several on its 全市 row, told apart by name. */
function pickIndicator(byRow: Map<number, Indicator[]>, used: Set<Indicator>, want: ExpectedIndicator, crossTable = false): Indicator | undefined {
  let onRow = (byRow.get(want.row) ?? []).filter((i) => !used.has(i));
  // A cross-table with no 合计 row has no whole figure: its indicator is written on the first region's row
  // (real-frozen-16 README), where nothing else is read.
  if (onRow.length === 0 && crossTable) {
    onRow = [...byRow.values()].flat().filter((i) => !used.has(i) && i.target === null && i.actual === null && i.statedCompletion === null && (i.breakdown ?? [])[0]?.region.cell.row === want.row);
  }
  const picked = onRow.find((i) => i.name.value === want.name) ?? onRow[0];
  if (picked) used.add(picked);
  return picked;
}

/** Every check of one workbook. `readFailure` is set when the host could not read the file. */
export function compareRecognition(entry: CorpusEntry, recognition: Recognition | null, readFailure: string | null): Check[] {
  const expect = entry.expect;
  switch (expect.kind) {
    case 'unreadable':
      return [{ what: 'unreadable', kind: 'field', ok: readFailure === expect.failure, detail: readFailure === expect.failure ? '' : `read failure ${readFailure ?? 'none'}`, content: true, sure: false }];
    case 'no-table': {
      const ok = recognition !== null && recognition.table === null && recognition.issues.some((i) => i.code === 'no-table' && i.severity === 'error');
      const indicators = recognition?.table?.indicators.length ?? 0;
      const tableSure = undoubted({ recognition, field: null, row: null });
      return [
        { what: 'no table', kind: 'field', ok, detail: ok ? '' : `read ${recognition?.table?.sheet ?? readFailure ?? 'nothing'}`, content: true, sure: tableSure },
        { what: 'no invented indicators', kind: 'value', ok: indicators === 0, detail: indicators === 0 ? '' : `${indicators} indicators`, content: false, sure: tableSure },
      ];
    }
    case 'table':
      break;
    default: {
      const unreachable: never = expect;
      return unreachable;
    }
  }
  const want = expect.table;
  const table = recognition?.table ?? null;
  if (!recognition || !table) {
    // No table read: every field and every indicator the table has is a miss, so a refused table weighs fully.
    const missed = ['sheet', 'headerRows', 'period', ...Object.keys(want.columns).map((k) => `column ${k}`), ...Object.keys(want.extraColumns ?? {}).map((k) => `column ${k}`), ...(want.layoutClass ? ['layoutClass'] : [])];
    return [
      ...missed.map((what) => ({ what, kind: 'field' as const, ok: false, detail: readFailure ?? 'no table', content: true, sure: false })),
      ...want.indicators.flatMap((indicator) => indicatorChecks(indicator, undefined, null)),
    ];
  }
  const checks: Check[] = [];
  /**
   * `content`: the check expects something the table has (default yes). `stated`: the engine put something there
   * (default yes: a table was read, so its sheet, header rows, period and layout are stated). `key`: the column
   * field it rests on, null for the table as a whole.
   */
  const field = (what: string, ok: boolean, detail: string, content = true, stated = true, key: FieldKey | null = null): void => {
    checks.push({ what, kind: 'field', ok, detail: ok ? '' : detail, content, sure: stated && undoubted({ recognition, field: key, row: null }) });
  };
  const asKey = (key: string): FieldKey | null => ((FIELD_KEYS as readonly string[]).includes(key) ? (key as FieldKey) : null);
  field('sheet', table.sheet === want.sheet, `read ${table.sheet}`);
  field('headerRows', same(want.headerRows, table.headerRows), `read ${table.headerRows.join(',')}`);
  // A cross-table's row labels are its regions; the engine keeps them in the `category` column — unless its regions are
  // columns (a target form with one column per place), whose `category` is the group of its indicator rows.
  const regionsAcross = table.indicators.some((i) => { const rows = (i.breakdown ?? []).map((r) => r.region.cell.row); return rows.length >= 2 && rows.every((row) => row === rows[0]); });
  const engineKey = (key: string): string => (table.layoutClass === 'cross-table' && key === 'category' && !regionsAcross ? 'region' : key);
  const mapped: Record<string, string | undefined> = Object.fromEntries(Object.entries(table.columns).map(([k, m]) => [engineKey(k), m?.letter]));
  // The engine maps a 当前进度 column under its one rate key, completionRate; the expectation names it progress.
  const progressColumn = want.extraColumns?.progress !== undefined && want.columns.completionRate === undefined && mapped.completionRate === want.extraColumns.progress ? want.extraColumns.progress : null;
  if (progressColumn !== null) {
    mapped.progress = progressColumn;
    delete mapped.completionRate;
  }
  // The staff's stated status in a word (engine key status) is what collectors named by its header before the model had
  // the field: 是否达序 as onSchedule, 工作评价 as evaluation. The same column under another name is the same reading.
  const statusAlias = want.extraColumns?.status === undefined ? STATUS_ALIASES.find((key) => want.extraColumns?.[key] !== undefined && want.extraColumns[key] === mapped.status) : undefined;
  if (statusAlias !== undefined) {
    mapped[statusAlias] = mapped.status;
    delete mapped.status;
  }
  // Columns the engine keeps outside `columns`: the level above the name of a two-level path, the finance form's 得分.
  const levels = table.levelColumns ?? [];
  const beside: Record<string, string | undefined> = {
    subcategory: levels.length >= 2 ? levels[levels.length - 1].letter : undefined,
    score: table.financeForm?.scoreColumn?.letter,
    monthValue: table.singlePeriodColumns?.value?.letter,
    monthGrowth: table.singlePeriodColumns?.growth?.letter,
    assessor: table.assessorColumn?.letter,
    rank: table.rankColumn?.letter,
    periodCompletionRate: table.periodCompletionColumn?.letter,
    scoring: table.scoringColumn?.letter,
    remark: table.remarkColumn?.letter,
    ...Object.fromEntries(Object.entries(table.financeForm?.extraColumns ?? {}).map(([key, m]) => [key, m?.letter])),
  };
  // The same 正向/反向 column under another collector's key is the same reading.
  for (const alias of SENSE_ALIASES) beside[alias] = table.financeForm?.extraColumns?.sense?.letter;
  for (const [key, letter] of Object.entries(want.columns)) field(`column ${key}`, mapped[key] === letter, `read ${mapped[key] ?? 'none'}`, true, mapped[key] !== undefined, asKey(key));
  for (const key of Object.keys(mapped)) {
    if (!(key in want.columns) && !(key in (want.extraColumns ?? {}))) field(`column ${key}`, false, `mapped ${mapped[key]} but the sheet has no such column`, false, true, asKey(key));
  }
  const p = table.period;
  // A period the engine warned it assumed (no period in header, title or sheet name) is not stated with no doubt.
  const periodAssumed = recognition.issues.some((i) => i.code === 'recognize-period-missing');
  field('period', (want.period.year === null || p.year === want.period.year) && p.fromMonth === want.period.fromMonth && p.toMonth === want.period.toMonth, `read ${p.year} ${p.fromMonth}-${p.toMonth}`, true, !periodAssumed);
  // Whether the engine asks is a flag, not a reading: never a silent error itself.
  if (want.unsure !== 'unchecked') field('unsure', same([...(want.unsure ?? [])].sort(), [...recognition.unsure].sort()), `read ${recognition.unsure.join(',')}`, (want.unsure ?? []).length > 0, false);
  if (want.layoutClass !== undefined) field('layoutClass', table.layoutClass === want.layoutClass, `read ${table.layoutClass}`);
  for (const [key, letter] of Object.entries(want.extraColumns ?? {})) {
    const read = mapped[key] ?? beside[key];
    field(`column ${key}`, read === letter, `read ${read ?? 'none'}`, true, read !== undefined, asKey(key));
  }
  // Expected sections are heading rows; groups written in a level column beside their indicators are
  // checked through the indicators' paths.
  if (want.sections) {
    const got = table.sections.filter((s) => !s.inColumn).map((s) => ({ row: s.row, title: withoutOutline(s.title), level: s.level }));
    field('sections', same(want.sections.map((s) => ({ ...s, title: withoutOutline(s.title) })), got), `read ${JSON.stringify(got)}`, want.sections.length > 0, got.length > 0);
  }
  if (want.title !== undefined) field('title', table.title === want.title, `read ${table.title}`, !!want.title, !!table.title);
  if (want.unitName !== undefined) field('unitName', table.unitName === want.unitName, `read ${table.unitName}`, !!want.unitName, !!table.unitName);
  if (want.candidates !== undefined) {
    const got = recognition.candidates.map((c) => c.sheet);
    field('candidates', same(want.candidates, got), `read ${got.join(',')}`, want.candidates.length > 0, got.length > 0);
  }
  if (want.notes !== undefined) field('notes', table.notes.length === want.notes, `read ${table.notes.length}`, want.notes > 0, table.notes.length > 0);
  if (want.weightTotal !== undefined) field('weight total', table.statedWeightTotal?.value === want.weightTotal, `read ${table.statedWeightTotal?.value ?? 'none'}`, true, !!table.statedWeightTotal, 'weight');
  // An issue not reported is an omission the engine stated nothing about.
  for (const code of expect.issues ?? []) field(`issue ${code}`, recognition.issues.some((i) => i.code === code), 'not reported', true, false);
  const budget = table.financeForm?.budget ?? null;
  if (want.budget !== undefined) checks.push(...budgetChecks(want.budget, budget, recognition));
  if (want.scoreTotal !== undefined) field('score total', table.statedScoreTotal?.value === want.scoreTotal, `read ${table.statedScoreTotal?.value ?? 'none'}`, true, !!table.statedScoreTotal);

  const byRow = new Map<number, Indicator[]>();
  for (const indicator of table.indicators) byRow.set(sheetRow(table, indicator), [...(byRow.get(sheetRow(table, indicator)) ?? []), indicator]);
  const used = new Set<Indicator>();
  // The budget block, checked above as `budget`, is also read as the indicator 预算执行率: not an extra indicator.
  const budgetIndicator = budget ? table.indicators.find((i) => i.row === budget.indicatorRow) : undefined;
  if (want.budget !== undefined && budgetIndicator) used.add(budgetIndicator);
  for (const indicator of want.indicators) checks.push(...indicatorChecks(indicator, pickIndicator(byRow, used, indicator, table.layoutClass === 'cross-table'), recognition, progressColumn));
  for (const indicator of table.indicators) {
    if (!used.has(indicator)) {
      // The table has nothing here: expects no content, and an indicator read with no doubt is a silent error.
      const sure = undoubted({ recognition, field: 'name', row: indicator.row }) && !recognition.unsure.includes('name');
      checks.push({ what: `row ${indicator.row}`, kind: 'value', ok: false, detail: `read an indicator “${indicator.name.value}” that is not one`, content: false, sure });
    }
  }
  return checks;
}
