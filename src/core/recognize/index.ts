import type { ColumnMapping, FieldKey, IndicatorTable, Issue, LayoutClass, SheetSnapshot, WorkbookSnapshot } from '../model';
import { columnCount, columnLetter, FIELD_KEYS } from '../model';
import { generatedRole } from '../layout/generated-sheets';
import { profileColumn, type ColumnProfile } from './column-profile';
import { CONFIDENCE_THRESHOLD, mapColumns, sentenceResultColumns } from './column-map';
import { forcedSheet, headersSeen } from './forced-sheet';
import { nameLevels } from './name-levels';
import { withoutColumnsMergedIntoName } from './merged-into-name';
import { splitDepartmentColumn, withSharedOwner } from './unit-and-person';
import { RECOGNIZE_CODES, recognitionIssue } from './recognition-issues';
import { assessSheet, rankSheets, type SheetAssessment } from './sheet-choice';
import { readTable } from './table-read';
import { readSpecialLayout, type SpecialLayout } from './layouts';
import { columnQuestion, rankReadings, refusalQuestion, type ColumnRole, type LayoutQuestion, type LayoutReading, type RecognitionQuestion } from './questions';
import { readingSheet } from './reading-form';
import { restoreQuotes } from './quoted-text';
import { actualsInRateColumn, closeCalls, columnRoles, duplicateNamesDoubt, namesAgainstHeader, repeatedNamesDoubt, TENTATIVE_CONFIDENCE, tentativeDoubts, withRowConfidence } from './confidence';
import { rowQuestions, withAskedRows } from './row-doubts';
import { columnsOfOtherSizes, SIZES_CONFIDENCE } from './figure-sizes';
import { sentenceGroupIssues } from './group-labels';
import { TABLE_DOUBT_CONFIDENCE, tableInDoubt, weakReadings } from './table-doubt';
import { withDepartmentsFromNames } from './department-in-name';
import { namesAreGoals } from './goal-names';
import { statesWhatItCounts, tentativeNameColumn } from './tentative-table';
import { readTitleLines, titleNamesPlan } from './table-title';
import { withSinglePeriodColumns } from './single-period-columns';
import { assessorColumn } from './assessor-column';
import { withPeriodCompletionColumn } from './period-completion-column';
import { withScoringColumn } from './scoring-column';
import { withRemarks } from './remark-column';
import { growthGoalColumn } from './growth-goal-column';

export { CONFIDENCE_THRESHOLD } from './column-map';
export { RECOGNIZE_CODES, type RecognizeCode } from './recognition-issues';
export { layoutRefusal } from './layouts/refusal';
export type { ColumnQuestion, ColumnRole, LayoutQuestion, LayoutReading, QuestionAnswer, RecognitionQuestion, RowDoubt, RowFigure, RowQuestion } from './questions';
export { answersOf } from './questions';

export interface RecognizeOptions {
  /** Use this sheet instead of the one recognition would pick. */
  readonly sheet?: string;
  /** YYYY-MM-DD: overrides the period found in the workbook. */
  readonly asOf?: string;
  /** field → column letter, confirmed by the user (CLI --map, task pane). */
  readonly columnMap?: Partial<Record<FieldKey, string>>;
  /** The kind of table, as the user corrected it (CLI --layout, task pane); otherwise read from the table. */
  readonly layoutClass?: LayoutClass;
}

/**
 * Recognition's own trials of one reader: `rows`, the row-per-indicator reader alone with its kind read from the
 * table; `own`, only the reader of the kind named in `layoutClass` (no row reading labelled with that kind).
 */
interface ReadingOptions extends RecognizeOptions {
  readonly reader?: 'rows' | 'own';
}

/** A sheet recognition considered, best first: the task pane offers these as choices. */
export interface SheetCandidate {
  readonly sheet: string;
  /** 0..1 */
  readonly score: number;
}

export interface Recognition {
  /** null when no sheet holds an indicator table. */
  readonly table: IndicatorTable | null;
  readonly issues: Issue[];
  readonly candidates: readonly SheetCandidate[];
  /** Fields whose column mapping is below the confidence threshold: ask the user. */
  readonly unsure: readonly FieldKey[];
  /**
   * What recognition is not sure of, to ask the user (CLI, task pane): one question per uncertain column or
   * worked-out row figure, and for a sheet read as no table, the column most like a column of names.
   */
  readonly questions: readonly RecognitionQuestion[];
  /** Every column of the table read, with its role and how sure that is; empty when no table was read. */
  readonly columnRoles: readonly ColumnRole[];
}

/**
 * A status is a word or two (办结, 推进中, 是): a column under a status header (办结情况, 完成状况) whose cells are mostly
 * sentences is the staff's account of the work, read as the progress where no other column is, never as a status.
 * A column the person mapped stays as they said.
 */
function statusInSentences(columns: Partial<Record<FieldKey, ColumnMapping>>, profiles: ReadonlyMap<number, ColumnProfile>): Partial<Record<FieldKey, ColumnMapping>> {
  const status = columns.status;
  if (!status || status.source === 'user' || status.source === 'remembered' || (profiles.get(status.col)?.longText ?? 0) <= 0.5) return columns;
  const { status: _sentences, ...rest } = columns;
  return rest.progressText ? rest : { ...rest, progressText: status };
}

/** A status word is this short at most (已开工, 正常推进, 已完成); an account of the work is longer. */
const STATUS_WORD_LENGTH = 4;

/**
 * The reverse of statusInSentences: a column under a progress header (实施进度, 进度评价) whose every cell is a status
 * word (已开工 on every row; 已完成 | 正常推进) and never a figure, in a table with no target and no actual, states a
 * status, not what was done: read as the status. A column of a few rows or with any longer account stays the progress.
 */
function statusWordsInProgress(columns: Partial<Record<FieldKey, ColumnMapping>>, profiles: ReadonlyMap<number, ColumnProfile>): Partial<Record<FieldKey, ColumnMapping>> {
  const progress = columns.progressText;
  if (!progress || columns.status || progress.source === 'user' || progress.source === 'remembered') return columns;
  // Beside a target and an actual, 完成 under 完成情况 is the staff's account of those figures: it stays the progress.
  if (columns.target || columns.actual || columns.periodTarget) return columns;
  const profile = profiles.get(progress.col);
  if (!profile || profile.filled < 3 || profile.numeric > 0 || profile.longText > 0 || profile.maxLength > STATUS_WORD_LENGTH) return columns;
  const { progressText: _words, ...rest } = columns;
  return { ...rest, status: progress };
}

/**
 * A 类型 column right of the names (目标类型: A类 | B类 on some rows) tags each row; it does not group them as a
 * category left of the names does, so it is no level of the path (and a blank in it is no 沿用 of the row above).
 */
function withoutTagAfterName(columns: Partial<Record<FieldKey, ColumnMapping>>): Partial<Record<FieldKey, ColumnMapping>> {
  const { category, name } = columns;
  if (!category || !name || category.col < name.col || category.source === 'user' || category.source === 'remembered') return columns;
  const next = { ...columns };
  delete next.category;
  return next;
}

/** Fields the report cannot do without; a table missing one is read, with a warning. */
const NEEDED: readonly ('target' | 'actual')[] = ['target', 'actual'];

/** Columns the user named (--map), or the kind of table they named (--layout): their word that a sheet is a table. */
function hasUsersWord(snapshot: WorkbookSnapshot, options: RecognizeOptions): boolean {
  const given = (map: object | undefined): boolean => map !== undefined && Object.keys(map).length > 0;
  return given(options.columnMap) || given(snapshot.settings?.columnMap) || options.layoutClass !== undefined || snapshot.settings?.layoutClass !== undefined;
}

function nothing(
  issues: Issue[],
  candidates: readonly SheetCandidate[],
  params: Record<string, string | number>,
  asked: SheetAssessment | undefined | null,
): Recognition {
  return {
    table: null,
    issues: [...issues, recognitionIssue('error', RECOGNIZE_CODES.noTable, null, params)],
    candidates,
    unsure: [],
    questions: refusalQuestions(asked ?? undefined),
    columnRoles: [],
  };
}

/** A refusal still asks: which column holds the names, so one --map (or one click) reads the sheet. */
function refusalQuestions(assessment: SheetAssessment | undefined): RecognitionQuestion[] {
  if (!assessment) return [];
  const from = assessment.band?.dataStart ?? 1;
  const profiles = new Map<number, ColumnProfile>();
  for (let col = 1; col <= columnCount(assessment.sheet); col++) profiles.set(col, profileColumn(assessment.sheet, col, from));
  const question = refusalQuestion(assessment.band, profiles);
  return question ? [question] : [];
}

/** The workbook in the form recognition reads (reading-form.ts), and each sheet as written, for quoting. */
function readingSnapshot(snapshot: WorkbookSnapshot): { readonly snapshot: WorkbookSnapshot; readonly written: ReadonlyMap<string, SheetSnapshot> } {
  const written = new Map<string, SheetSnapshot>();
  let changed = false;
  const sheets = snapshot.sheets.map((sheet) => {
    const reading = readingSheet(sheet);
    if (reading.sheet !== sheet) {
      changed = true;
      written.set(sheet.name, sheet);
    }
    return reading.sheet;
  });
  return { snapshot: changed ? { ...snapshot, sheets } : snapshot, written };
}

function chooseSheet(
  snapshot: WorkbookSnapshot,
  ranked: readonly SheetAssessment[],
  options: RecognizeOptions,
  issues: Issue[],
): SheetAssessment | null | 'refused' {
  const wanted = options.sheet ?? null;
  if (wanted !== null) {
    const sheet = snapshot.sheets.find((s) => s.name === wanted) ?? snapshot.sheets.find((s) => s.name.trim() === wanted.trim());
    if (!sheet) {
      issues.push(recognitionIssue('error', RECOGNIZE_CODES.sheetMissing, null, { sheet: wanted, sheets: snapshot.sheets.map((s) => s.name).join('、') }));
      return 'refused';
    }
    if (generatedRole(sheet) !== null) {
      issues.push(recognitionIssue('error', RECOGNIZE_CODES.sheetGenerated, null, { sheet: wanted }));
      return 'refused';
    }
    const assessed = ranked.find((a) => a.sheet === sheet) ?? assessSheet(sheet);
    return !assessed.band && hasUsersWord(snapshot, options) ? (forcedSheet(snapshot, [assessed]) ?? assessed) : assessed;
  }
  const remembered = snapshot.settings?.sheet;
  if (remembered) {
    const found = ranked.find((a) => a.sheet.name === remembered && (a.isTable || a.tentative));
    if (found) return found;
  }
  const best = ranked[0];
  // Columns or a kind of table the user named are their word that this is the table: the best sheet is read with them.
  if ((!best || !best.isTable) && hasUsersWord(snapshot, options)) return forcedSheet(snapshot, ranked);
  // No sheet is a table by its header words: a column of names with something beside it is read, and asked about.
  if (best?.tentative) return best;
  if (!best || !best.isTable) return null;
  const others = ranked.filter((a) => a !== best && a.isTable);
  if (others.length > 0) {
    issues.push(recognitionIssue('info', RECOGNIZE_CODES.sheetChosen, null, { sheet: best.sheet.name, others: others.map((a) => a.sheet.name).join('、') }));
  }
  return best;
}

/**
 * A finance form or a cross-table on the chosen sheet; when no sheet reads as an indicator table by its header words
 * (none chosen, or one read only tentatively), on the first sheet (best first) that is one of these layouts.
 */
function specialLayout(snapshot: WorkbookSnapshot, chosen: SheetAssessment | null, ranked: readonly SheetAssessment[], options: RecognizeOptions): SpecialLayout | null {
  // Columns the user mapped by hand (--map, or remembered) ask for the row-per-indicator reading.
  const mapped = { ...(snapshot.settings?.columnMap ?? {}), ...(options.columnMap ?? {}) };
  if (Object.keys(mapped).length > 0) return null;
  // A kind of table the user named (--layout, or remembered) picks its reader: a row-per-indicator kind none of these.
  const forced = options.layoutClass ?? snapshot.settings?.layoutClass;
  const only = forced === 'finance-form' || forced === 'cross-table' ? forced : undefined;
  if (forced !== undefined && only === undefined) return null;
  const asOf = options.asOf ?? snapshot.settings?.asOf;
  // A sheet read only tentatively goes first, but a finance form or cross-table on another sheet still outranks it,
  // as it would if no sheet had been chosen at all.
  const tentative = chosen !== null && !chosen.isTable && options.sheet === undefined;
  const tries = tentative ? [chosen, ...ranked.filter((a) => a !== chosen)] : chosen !== null ? [chosen] : options.sheet === undefined ? ranked : [];
  for (const assessment of tries) {
    const found = readSpecialLayout({ sheet: assessment.sheet, merges: assessment.merges, workbookName: snapshot.name, asOf }, only);
    if (found) return found;
  }
  return null;
}

/** The kinds of table a user may name with a reader of their own; the row-per-indicator kinds share one. */
const OWN_READERS: readonly LayoutClass[] = ['cross-table', 'finance-form'];

function readingOf(table: IndicatorTable): LayoutReading {
  const figures = table.indicators.filter((i) => i.target !== null || i.actual !== null || i.statedCompletion !== null || i.periodTarget !== null || i.statedGrowth !== null);
  return { layout: table.layoutClass, indicators: table.indicators.length, withFigures: figures.length, names: table.indicators.slice(0, 3).map((i) => i.name.value) };
}

/**
 * A sheet its layout's reader refused (a cross-table whose sub-headers say nothing): what each other reader makes
 * of it, so the user can pick one with --layout. The row-per-indicator reading is offered as the kind it reads
 * as (多级 stays 多级). Each reading is tried exactly as its answer, --layout alone, will be read.
 */
function layoutQuestion(snapshot: WorkbookSnapshot, options: RecognizeOptions, sheet: string, seen: LayoutClass): LayoutQuestion | null {
  const rowKind = recognizeReading(snapshot, { ...options, layoutClass: 'breakdown', reader: 'rows' }).table?.layoutClass;
  const kinds = [...OWN_READERS, ...(rowKind ? [rowKind] : [])].filter((kind) => kind !== seen);
  const readings: LayoutReading[] = [];
  for (const layout of kinds) {
    const tried = recognizeReading(snapshot, { ...options, layoutClass: layout, reader: OWN_READERS.includes(layout) ? 'own' : undefined });
    if (tried.table?.sheet === sheet && tried.table.indicators.length > 0) readings.push({ ...readingOf(tried.table), layout });
  }
  return readings.length === 0 ? null : { kind: 'layout', sheet, seen, read: null, confidence: 0, candidates: rankReadings(readings) };
}

/**
 * Finds the indicator table in a workbook as departments really keep it and reads every indicator
 * with the cell each figure came from. Never throws for bad input: problems become issues, and a
 * workbook without an indicator table gives `table: null` with an error issue — never invented rows.
 */
export function recognize(written: WorkbookSnapshot, options: RecognizeOptions = {}): Recognition {
  const reading = readingSnapshot(written);
  const recognition = recognizeReading(reading.snapshot, options);
  const table = recognition.table;
  const original = table ? reading.written.get(table.sheet) : undefined;
  if (!table || !original) return recognition;
  const read = reading.snapshot.sheets.find((sheet) => sheet.name === table.sheet);
  return read ? { ...recognition, table: restoreQuotes(table, read, original) } : recognition;
}

function recognizeReading(snapshot: WorkbookSnapshot, options: ReadingOptions): Recognition {
  const issues: Issue[] = [];
  const ranked = rankSheets(snapshot);
  // A sheet read tentatively is a candidate only where no sheet is a table by its header words.
  const anyTable = ranked.some((a) => a.isTable);
  const candidates = ranked.filter((a) => a.isTable || (a.tentative && !anyTable)).map((a) => ({ sheet: a.sheet.name, score: a.score }));
  const chosen = chooseSheet(snapshot, ranked, options, issues);
  if (chosen === 'refused') return { table: null, issues, candidates, unsure: [], questions: [], columnRoles: [] };
  const special = options.reader === 'rows' ? null : specialLayout(snapshot, chosen, ranked, options);
  if (special) {
    if (special.kind === 'table') {
      // A reading whose reader doubts the places (bare names, no place-kind header) asks which kind of table it is.
      const doubt = options.reader === undefined ? special.issues.find((i) => i.code === RECOGNIZE_CODES.lowConfidence) : undefined;
      const asked = doubt ? layoutQuestion(snapshot, options, special.table.sheet, special.table.layoutClass) : null;
      const question = asked && doubt ? { ...asked, read: special.table.layoutClass, confidence: Number(doubt.params.confidence) / 100, candidates: [readingOf(special.table), ...asked.candidates] } : null;
      // Its rows are asked about like any table's where a figure rests on weak evidence (≧15组 kept as words).
      const read = snapshot.sheets.find((s) => s.name === special.table.sheet);
      const rows = read ? rowQuestions(special.table, read) : [];
      const table = withAskedRows(special.table, rows);
      return { table, issues: [...issues, ...special.issues, ...sentenceGroupIssues(table)], candidates, unsure: [], questions: [...(question ? [question] : []), ...rows], columnRoles: [] };
    }
    // Refused by its own reader — even one the user named: ask which kind it is, with what the others read.
    // Recognition's own trials of a reader never ask.
    const sheet = chosen?.sheet.name ?? ranked[0]?.sheet.name;
    const asked = options.reader === undefined && sheet !== undefined ? layoutQuestion(snapshot, options, sheet, special.layout) : null;
    return { table: null, issues: [...issues, ...special.issues], candidates, unsure: [], questions: asked ? [asked] : [], columnRoles: [] };
  }
  if (options.reader === 'own') return { table: null, issues, candidates, unsure: [], questions: [], columnRoles: [] };
  const seen = (assessment: SheetAssessment | undefined) => ({ workbook: snapshot.name, sheets: snapshot.sheets.length, ...headersSeen(assessment) });
  if (chosen === null) return nothing(issues, candidates, seen(ranked[0]), ranked[0]);
  const band = chosen.band;
  if (!band) return nothing(issues, candidates, seen(chosen), chosen);

  const sheet = chosen.sheet;
  const width = columnCount(sheet);
  const profiles = new Map<number, ColumnProfile>();
  for (let col = 1; col <= width; col++) profiles.set(col, profileColumn(sheet, col, band.dataStart));
  const settings = snapshot.settings;
  const remembered = settings?.columnMap && (!settings.sheet || settings.sheet === sheet.name) ? settings.columnMap : undefined;
  const planTitle = titleNamesPlan(readTitleLines(sheet, band.top, width).title);
  const mapped = mapColumns(band, profiles, width, remembered, options.columnMap, { planTitle });
  const layoutClass = options.reader === 'rows' ? undefined : (options.layoutClass ?? settings?.layoutClass);
  const leveled = layoutClass === 'breakdown' ? { columns: mapped.columns, levels: [] } : nameLevels({ sheet, merges: chosen.merges, band, profiles, columns: mapped.columns });
  for (const bad of mapped.rejected) {
    issues.push(recognitionIssue('warning', RECOGNIZE_CODES.badColumnMap, null, { field: bad.field, column: bad.letter, source: bad.source }));
  }
  const settled = withSharedOwner(withoutColumnsMergedIntoName(sheet, chosen.merges, band, withoutTagAfterName(leveled.columns)));
  // A column that won over another reading by a hair is only as sure as that lead: asked about, not taken silently.
  // Columns a later rule took out of the reading (merged into the name, a tag after it) are settled, no rivals.
  const settledCols = new Set(Object.values(settled).map((m) => m?.col));
  const takenOut = Object.values(leveled.columns).filter((m): m is ColumnMapping => m !== undefined && !settledCols.has(m.col));
  const close = closeCalls(settled, [...leveled.levels, ...takenOut], mapped.candidates);
  const scored = assessorColumn(statusWordsInProgress(statusInSentences({ ...settled }, profiles), profiles), band);
  const columns: Partial<Record<FieldKey, ColumnMapping>> = growthGoalColumn({ ...scored.columns }, profiles);
  for (const [field, confidence] of close) {
    const m = columns[field];
    if (m) columns[field] = { ...m, confidence };
  }
  // A sheet chosen to be read tentatively was chosen for its column of names: the mapping reads it, whatever else it
  // made of that column (a column the user named keeps their word).
  if (!columns.name && chosen.tentative) {
    const col = tentativeNameColumn(band, profiles, statesWhatItCounts(sheet, band, width));
    const taken = (Object.keys(columns) as FieldKey[]).find((field) => columns[field]?.col === col);
    const userSaid = taken !== undefined && (columns[taken]?.source === 'user' || columns[taken]?.source === 'remembered');
    if (col !== null && !userSaid) {
      if (taken !== undefined) delete columns[taken];
      columns.name = { col, letter: columnLetter(col), header: band.columns.get(col)?.text ?? '', confidence: TENTATIVE_CONFIDENCE, source: 'values' };
    }
  }
  if (!columns.name) return nothing(issues, candidates, seen(chosen), chosen);
  // A sheet that is no table by its header words, read because it has names with something beside them.
  const doubts = chosen.isTable ? new Map<FieldKey, number>() : tentativeDoubts(columns);
  for (const [field, confidence] of doubts) {
    const m = columns[field];
    if (m) columns[field] = { ...m, confidence: Math.min(m.confidence, confidence) };
  }
  if (!chosen.isTable) issues.push(recognitionIssue('warning', RECOGNIZE_CODES.tentativeTable, null, { sheet: sheet.name, column: columns.name.letter, header: columns.name.header }));
  // Fields the mapping was unsure of, any read after it (the owner sharing the department's column), close calls and
  // the doubts of a tentative reading.
  const added = (Object.keys(columns) as FieldKey[]).filter((field) => mapped.columns[field] === undefined && field !== 'category' && field !== 'name');
  const unsure = FIELD_KEYS.filter(
    (field) => columns[field] !== undefined && (mapped.unsure.includes(field) || added.includes(field) || close.has(field) || doubts.has(field))
      && (columns[field]?.confidence ?? 1) < CONFIDENCE_THRESHOLD,
  );
  // The row the question points at: the header's last row, or the first data row of a table without one.
  const askRow = band.bottom >= band.top ? band.bottom : band.dataStart;
  const questions: RecognitionQuestion[] = [];
  for (const field of unsure) {
    const m = columns[field];
    if (!m) continue;
    issues.push(
      recognitionIssue('warning', RECOGNIZE_CODES.lowConfidence, { sheet: sheet.name, row: askRow, col: m.col }, {
        field,
        column: m.letter,
        header: m.header,
        confidence: Math.round(m.confidence * 100),
      }),
    );
    questions.push(columnQuestion(m, field, (band.columns.get(m.col)?.guesses ?? []).map((g) => g.field), profiles.get(m.col)));
  }
  const readWith = (cols: typeof columns, layout = layoutClass) => readTable({
    sheet, merges: chosen.merges, band, columns: cols, width, workbookName: snapshot.name, asOf: options.asOf ?? settings?.asOf,
    levels: leveled.levels, layout, namesAreGoals: namesAreGoals(band, profiles, cols.name),
  });
  const first = readWith(columns);
  // Only words that report figures somewhere are the actual; an account with no figure on any row (一是…二是…) stays words.
  const figuresReported = first.table.indicators.some((i) => /\d/.test(i.progressText?.value ?? ''));
  const resultColumns = first.table.layoutClass === 'sentence' && figuresReported ? sentenceResultColumns(columns, band) : null;
  // The 完成情况 column read as the actual is still the sentences the table was found to be written in.
  const read = resultColumns ? readWith(resultColumns, layoutClass ?? 'sentence') : first;
  // A progress or rate column stands in for the figures (当前进度 95%), and a table of sentences reads its
  // actuals out of 完成情况: neither lacks a column. A plan (names, units, deadlines) has nothing to report yet.
  const plan = !columns.target && !columns.actual && !columns.completionRate && !columns.progressText && !columns.periodTarget;
  for (const field of NEEDED) {
    const stoodIn = columns.completionRate !== undefined || read.table.indicators.some((i) => i[field] !== null);
    if (!columns[field] && !stoodIn && !plan) issues.push(recognitionIssue('warning', RECOGNIZE_CODES.columnMissing, null, { field, sheet: sheet.name }));
  }
  if (plan && read.table.indicators.length > 0) issues.push(recognitionIssue('info', RECOGNIZE_CODES.planOnly, null, { sheet: sheet.name, count: read.table.indicators.length }));
  if (options.asOf !== undefined && read.table.period.source !== 'as-of') {
    issues.push(recognitionIssue('warning', RECOGNIZE_CODES.badAsOf, null, { asOf: options.asOf }));
  }
  // Names repeated down the rows, or taken from values where another header names them: the names column is asked about.
  const repeated = repeatedNamesDoubt(read.table) ?? duplicateNamesDoubt(read.table) ?? namesAgainstHeader(read.table.columns, band);
  const named = repeated !== null && read.table.columns.name ? { ...read.table, columns: { ...read.table.columns, name: { ...read.table.columns.name, confidence: repeated } } } : read.table;
  if (repeated !== null && named.columns.name && !unsure.includes('name')) {
    const m = named.columns.name;
    unsure.unshift('name');
    issues.push(recognitionIssue('warning', RECOGNIZE_CODES.lowConfidence, { sheet: sheet.name, row: askRow, col: m.col }, { field: 'name', column: m.letter, header: m.header, confidence: Math.round(m.confidence * 100) }));
    questions.push(columnQuestion(m, 'name', (band.columns.get(m.col)?.guesses ?? []).map((g) => g.field), profiles.get(m.col)));
  }
  const split = splitDepartmentColumn(withDepartmentsFromNames(named));
  // A column whose figures are orders apart from another column of the same measure on most rows is asked about.
  const sized = columnsOfOtherSizes(split).filter((field) => !unsure.includes(field));
  // A table shown to be misread somewhere asks about its other weakly read columns too.
  const doubtedToo = tableInDoubt(split, sized) ? weakReadings(split.columns, [...unsure, ...sized]) : [];
  const columnsSized = { ...split.columns };
  for (const field of [...sized, ...doubtedToo]) {
    const m = columnsSized[field];
    if (!m) continue;
    const doubted = { ...m, confidence: Math.min(m.confidence, sized.includes(field) ? SIZES_CONFIDENCE : TABLE_DOUBT_CONFIDENCE) };
    columnsSized[field] = doubted;
    unsure.push(field);
    issues.push(recognitionIssue('warning', RECOGNIZE_CODES.lowConfidence, { sheet: sheet.name, row: askRow, col: m.col }, { field, column: m.letter, header: m.header, confidence: Math.round(doubted.confidence * 100) }));
    questions.push(columnQuestion(doubted, field, (band.columns.get(m.col)?.guesses ?? []).map((g) => g.field), profiles.get(m.col)));
  }
  const confident = withRowConfidence(sized.length + doubtedToo.length > 0 ? { ...split, columns: columnsSized } : split);
  const asked = rowQuestions(confident, sheet, unsure);
  const asRead = withScoringColumn(withPeriodCompletionColumn(withSinglePeriodColumns(withAskedRows(confident, asked), band, profiles), sheet, band), band, profiles);
  const table = withRemarks(scored.assessor ? { ...asRead, assessorColumn: scored.assessor } : asRead, sheet, chosen.merges, band);
  questions.push(...asked);
  // What was done, read out of the sentences of the rate column (完成9个,完成率100%): that column is asked about as the actual.
  const actualsInRates = actualsInRateColumn(table);
  if (actualsInRates && !unsure.includes('actual')) {
    unsure.push('actual');
    questions.push(columnQuestion({ ...actualsInRates, confidence: Math.min(actualsInRates.confidence, TENTATIVE_CONFIDENCE) }, 'actual', ['completionRate'], profiles.get(actualsInRates.col)));
  }
  return {
    table,
    issues: [...issues, ...read.issues, ...sentenceGroupIssues(table)],
    candidates,
    unsure,
    questions,
    columnRoles: columnRoles(table.columns, table.levelColumns ?? [], band, profiles, width, mapped.candidates),
  };
}
