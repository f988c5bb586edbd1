import type { FieldKey, IndicatorTable, Issue, LayoutClass, WorkbookSnapshot } from '../model';
import { columnCount } from '../model';
import { generatedRole } from '../layout/generated-sheets';
import { profileColumn, type ColumnProfile } from './column-profile';
import { CONFIDENCE_THRESHOLD, mapColumns, sentenceResultColumns } from './column-map';
import { forcedSheet, headersSeen } from './forced-sheet';
import { nameLevels } from './name-levels';
import { RECOGNIZE_CODES, recognitionIssue } from './recognition-issues';
import { assessSheet, rankSheets, type SheetAssessment } from './sheet-choice';
import { readTable } from './table-read';
import { readSpecialLayout, type SpecialLayout } from './layouts';

export { CONFIDENCE_THRESHOLD } from './column-map';
export { RECOGNIZE_CODES, type RecognizeCode } from './recognition-issues';
export { layoutRefusal } from './layouts/refusal';

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
}

/** Fields the report cannot do without; a table missing one is read, with a warning. */
const NEEDED: readonly ('target' | 'actual')[] = ['target', 'actual'];

function hasColumnMap(snapshot: WorkbookSnapshot, options: RecognizeOptions): boolean {
  const given = (map: object | undefined): boolean => map !== undefined && Object.keys(map).length > 0;
  return given(options.columnMap) || given(snapshot.settings?.columnMap);
}

function nothing(issues: Issue[], candidates: readonly SheetCandidate[], params: Record<string, string | number>): Recognition {
  return {
    table: null,
    issues: [...issues, recognitionIssue('error', RECOGNIZE_CODES.noTable, null, params)],
    candidates,
    unsure: [],
  };
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
    return !assessed.band && hasColumnMap(snapshot, options) ? (forcedSheet(snapshot, [assessed]) ?? assessed) : assessed;
  }
  const remembered = snapshot.settings?.sheet;
  if (remembered) {
    const found = ranked.find((a) => a.sheet.name === remembered && a.isTable);
    if (found) return found;
  }
  const best = ranked[0];
  // Columns the user named are their word that this is the table: a one-sheet workbook is read with them.
  if ((!best || !best.isTable) && hasColumnMap(snapshot, options)) return forcedSheet(snapshot, ranked);
  if (!best || !best.isTable) return null;
  const others = ranked.filter((a) => a !== best && a.isTable);
  if (others.length > 0) {
    issues.push(recognitionIssue('info', RECOGNIZE_CODES.sheetChosen, null, { sheet: best.sheet.name, others: others.map((a) => a.sheet.name).join('、') }));
  }
  return best;
}

/**
 * A finance form or a cross-table on the chosen sheet; when no sheet reads as an indicator table, on the
 * first sheet (best first) that is one of these layouts.
 */
function specialLayout(snapshot: WorkbookSnapshot, chosen: SheetAssessment | null, ranked: readonly SheetAssessment[], options: RecognizeOptions): SpecialLayout | null {
  // Columns the user mapped by hand (--map, or remembered) ask for the row-per-indicator reading.
  const mapped = { ...(snapshot.settings?.columnMap ?? {}), ...(options.columnMap ?? {}) };
  if (Object.keys(mapped).length > 0) return null;
  const asOf = options.asOf ?? snapshot.settings?.asOf;
  const tries = chosen !== null ? [chosen] : options.sheet === undefined ? ranked : [];
  for (const assessment of tries) {
    const found = readSpecialLayout({ sheet: assessment.sheet, merges: assessment.merges, workbookName: snapshot.name, asOf });
    if (found) return found;
  }
  return null;
}

/**
 * Finds the indicator table in a workbook as departments really keep it and reads every indicator
 * with the cell each figure came from. Never throws for bad input: problems become issues, and a
 * workbook without an indicator table gives `table: null` with an error issue — never invented rows.
 */
export function recognize(snapshot: WorkbookSnapshot, options: RecognizeOptions = {}): Recognition {
  const issues: Issue[] = [];
  const ranked = rankSheets(snapshot);
  const candidates = ranked.filter((a) => a.isTable).map((a) => ({ sheet: a.sheet.name, score: a.score }));
  const chosen = chooseSheet(snapshot, ranked, options, issues);
  if (chosen === 'refused') return { table: null, issues, candidates, unsure: [] };
  const special = specialLayout(snapshot, chosen, ranked, options);
  if (special) {
    return special.kind === 'table'
      ? { table: special.table, issues: [...issues, ...special.issues], candidates, unsure: [] }
      : { table: null, issues: [...issues, ...special.issues], candidates, unsure: [] };
  }
  if (chosen === null) return nothing(issues, candidates, { workbook: snapshot.name, sheets: snapshot.sheets.length, ...headersSeen(ranked[0]) });
  const band = chosen.band;
  if (!band) return nothing(issues, candidates, { workbook: snapshot.name, sheets: snapshot.sheets.length, ...headersSeen(chosen) });

  const sheet = chosen.sheet;
  const width = columnCount(sheet);
  const profiles = new Map<number, ColumnProfile>();
  for (let col = 1; col <= width; col++) profiles.set(col, profileColumn(sheet, col, band.dataStart));
  const settings = snapshot.settings;
  const remembered = settings?.columnMap && (!settings.sheet || settings.sheet === sheet.name) ? settings.columnMap : undefined;
  const mapped = mapColumns(band, profiles, width, remembered, options.columnMap);
  const layoutClass = options.layoutClass ?? settings?.layoutClass;
  const leveled = layoutClass === 'breakdown' ? { columns: mapped.columns, levels: [] } : nameLevels({ sheet, merges: chosen.merges, band, profiles, columns: mapped.columns });
  for (const bad of mapped.rejected) {
    issues.push(recognitionIssue('warning', RECOGNIZE_CODES.badColumnMap, null, { field: bad.field, column: bad.letter, source: bad.source }));
  }
  const columns = leveled.columns;
  if (!columns.name) {
    return nothing(issues, candidates, { workbook: snapshot.name, sheets: snapshot.sheets.length, ...headersSeen(chosen) });
  }
  const unsure = mapped.unsure.filter((field) => columns[field] !== undefined && columns[field].confidence < CONFIDENCE_THRESHOLD);
  for (const field of unsure) {
    const m = columns[field];
    if (!m) continue;
    issues.push(
      recognitionIssue('warning', RECOGNIZE_CODES.lowConfidence, { sheet: sheet.name, row: band.bottom, col: m.col }, {
        field,
        column: m.letter,
        header: m.header,
        confidence: Math.round(m.confidence * 100),
      }),
    );
  }
  const readWith = (cols: typeof columns) => readTable({
    sheet, merges: chosen.merges, band, columns: cols, width, workbookName: snapshot.name, asOf: options.asOf ?? settings?.asOf,
    levels: leveled.levels, layout: layoutClass,
  });
  const first = readWith(columns);
  const resultColumns = first.table.layoutClass === 'sentence' ? sentenceResultColumns(columns, band) : null;
  const read = resultColumns ? readWith(resultColumns) : first;
  // A progress or rate column stands in for the figures (当前进度 95%), and a table of sentences reads its
  // actuals out of 完成情况: neither lacks a column.
  for (const field of NEEDED) {
    const stoodIn = columns.completionRate !== undefined || read.table.indicators.some((i) => i[field] !== null);
    if (!columns[field] && !stoodIn) issues.push(recognitionIssue('warning', RECOGNIZE_CODES.columnMissing, null, { field, sheet: sheet.name }));
  }
  if (options.asOf !== undefined && read.table.period.source !== 'as-of') {
    issues.push(recognitionIssue('warning', RECOGNIZE_CODES.badAsOf, null, { asOf: options.asOf }));
  }
  return { table: read.table, issues: [...issues, ...read.issues], candidates, unsure };
}
