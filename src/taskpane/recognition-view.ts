import { t, type Locale, type MessageKey } from '../core/i18n';
import { ownSheets } from '../core/layout/generated-sheets';
import type { FieldKey, IndicatorTable, LayoutClass, WorkbookSettings, WorkbookSnapshot } from '../core/model';
import { columnCount, columnLetter, FIELD_KEYS, LAYOUT_CLASSES } from '../core/model';
import { answersOf, type LayoutQuestion, type QuestionAnswer, type Recognition, type RecognitionQuestion } from '../core/recognize';

/**
 * What recognition found, as the pane lists it, and the user's corrections as new settings.
 * Corrections are plain data: the pane saves them in the workbook and the next run uses them.
 */
export interface MappingRow {
  readonly field: FieldKey;
  readonly label: string;
  readonly letter: string | null;
  readonly header: string;
  /** 0..100, null when the column was not found. */
  readonly confidence: number | null;
  readonly unsure: boolean;
  readonly corrected: boolean;
}

function fieldKey(field: FieldKey): MessageKey {
  return `ui.field.${field}`;
}

export function fieldLabel(field: FieldKey, locale: Locale): string {
  return t(fieldKey(field), locale);
}

export function mappingRows(recognition: Recognition, settings: WorkbookSettings, locale: Locale): MappingRow[] {
  const table = recognition.table;
  return FIELD_KEYS.map((field) => {
    const mapping = table?.columns[field];
    return {
      field,
      label: fieldLabel(field, locale),
      letter: mapping?.letter ?? null,
      header: mapping?.header ?? '',
      confidence: mapping ? Math.round(mapping.confidence * 100) : null,
      unsure: recognition.unsure.includes(field),
      corrected: settings.columnMap?.[field] !== undefined,
    };
  });
}

export interface TableSummary {
  readonly sheet: string;
  /** The kind of table it was read as (多级指标表, 进度表 …). */
  readonly layout: string;
  readonly headerRows: string;
  readonly period: string;
  readonly indicators: string;
}

export function percent(fraction: number): string {
  return `${(Math.round(fraction * 10000) / 100).toFixed(2)}%`;
}

export function tableSummary(table: IndicatorTable, locale: Locale): TableSummary {
  const rows = table.headerRows.length > 1 ? `${table.headerRows[0]}—${table.headerRows[table.headerRows.length - 1]}` : `${table.headerRows[0] ?? ''}`;
  return {
    sheet: table.sheet,
    layout: t('ui.recognition.layout', locale, { layout: layoutLabel(table.layoutClass, locale) }),
    headerRows: t('ui.recognition.header-rows', locale, { rows }),
    period: t('ui.recognition.period', locale, { year: table.period.year, label: table.period.label, progress: percent(table.period.expectedProgress) }),
    indicators: t('ui.recognition.indicators', locale, { count: table.indicators.length }),
  };
}

export function layoutLabel(layout: LayoutClass, locale: Locale): string {
  return t(`ui.layout.${layout}`, locale);
}

/** Every layout class, labelled, for the picker that corrects what recognition read. */
export function layoutChoices(locale: Locale): { readonly value: LayoutClass; readonly label: string }[] {
  return LAYOUT_CLASSES.map((value) => ({ value, label: layoutLabel(value, locale) }));
}

export function withLayout(settings: WorkbookSettings, layout: LayoutClass | null): WorkbookSettings {
  const { layoutClass: _old, ...rest } = settings;
  return layout ? { ...rest, layoutClass: layout } : rest;
}

/** The department's own sheets, the only ones worth choosing. */
export function sheetChoices(snapshot: WorkbookSnapshot): string[] {
  return ownSheets(snapshot).map((sheet) => sheet.name);
}

/** A … the last used column of the chosen sheet, for the column pickers. */
export function columnChoices(snapshot: WorkbookSnapshot, sheetName: string): string[] {
  const sheet = snapshot.sheets.find((candidate) => candidate.name === sheetName);
  const width = Math.max(sheet ? columnCount(sheet) : 0, 1);
  return Array.from({ length: width }, (_, i) => columnLetter(i + 1));
}

export function withSheet(settings: WorkbookSettings, sheet: string | null): WorkbookSettings {
  // Column letters belong to a sheet: choosing another sheet drops them.
  const { sheet: _old, columnMap: _map, ...rest } = settings;
  return sheet ? { ...rest, sheet } : rest;
}

export function withColumn(settings: WorkbookSettings, field: FieldKey, letter: string | null): WorkbookSettings {
  const map: Partial<Record<string, string>> = { ...(settings.columnMap ?? {}) };
  if (letter) map[field] = letter;
  else delete map[field];
  const { columnMap: _old, ...rest } = settings;
  return Object.keys(map).length > 0 ? { ...rest, columnMap: map } : rest;
}

export function withAsOf(settings: WorkbookSettings, asOf: string | null): WorkbookSettings {
  const { asOf: _old, ...rest } = settings;
  return asOf && /^\d{4}-\d{2}-\d{2}$/.test(asOf) ? { ...rest, asOf } : rest;
}

export function withoutCorrections(settings: WorkbookSettings): WorkbookSettings {
  const { columnMap: _map, ...rest } = settings;
  return rest;
}

/** One answer, one click: a column's role or the kind of table. */
export interface QuestionChoice {
  readonly key: string;
  readonly label: string;
  readonly answer: QuestionAnswer;
}

/**
 * One question recognition asks, as the pane shows it: what it read and how sure, and the answers, each one
 * click. An answer is a correction like any other (withAnswer): a column choice (like --map) or the kind of
 * table (like --layout), saved in the workbook.
 */
export interface QuestionRow {
  readonly key: string;
  /** The column asked about; null for a row's or a layout's question. */
  readonly letter: string | null;
  readonly text: string;
  readonly choices: readonly QuestionChoice[];
}

function headerPart(header: string, locale: Locale): string {
  return header === '' ? t('ui.question.no-header', locale) : t('ui.question.header', locale, { header });
}

function layoutRow(question: LayoutQuestion, locale: Locale): QuestionRow {
  const text = question.read === null
    ? t('ui.question.layout-refused', locale, { sheet: question.sheet, seen: question.seen === null ? '—' : layoutLabel(question.seen, locale) })
    : t('ui.question.layout', locale, { sheet: question.sheet, read: layoutLabel(question.read, locale), confidence: Math.round(question.confidence * 100) });
  return {
    key: `layout-${question.sheet}`,
    letter: null,
    text,
    choices: question.candidates.map((reading) => ({
      key: reading.layout,
      label: t('ui.question.layout-choice', locale, {
        label: layoutLabel(reading.layout, locale), indicators: reading.indicators, names: reading.names.join(locale === 'zh-CN' ? '、' : ', '),
      }),
      answer: { kind: 'layout', layout: reading.layout },
    })),
  };
}

function questionRow(question: RecognitionQuestion, locale: Locale): QuestionRow {
  switch (question.kind) {
    case 'column': {
      const params = { letter: question.letter, header: headerPart(question.header, locale), confidence: Math.round(question.confidence * 100) };
      const text = question.read === null
        ? t('ui.question.refused', locale, params)
        : t('ui.question.column', locale, { ...params, field: fieldLabel(question.read, locale) });
      return {
        key: `column-${question.letter}`,
        letter: question.letter,
        text,
        choices: answersOf(question).map((answer) => ({
          key: answer.kind === 'column' ? answer.field : answer.layout,
          label: answer.kind === 'column' ? fieldLabel(answer.field, locale) : layoutLabel(answer.layout, locale),
          answer,
        })),
      };
    }
    case 'row':
      return {
        key: `row-${question.row}-${question.field}`,
        letter: null,
        text: t(question.reason === 'name' ? 'ui.question.row' : `ui.question.row-${question.reason}`, locale, {
          row: question.row, name: question.name, field: fieldLabel(question.field, locale), value: question.value ?? '', text: question.text,
          unit: question.unit ?? '', confidence: Math.round(question.confidence * 100),
        }),
        choices: [],
      };
    case 'layout':
      return layoutRow(question, locale);
    default: {
      const unreachable: never = question;
      return unreachable;
    }
  }
}

export function questionRows(recognition: Recognition, locale: Locale): QuestionRow[] {
  return recognition.questions.map((question) => questionRow(question, locale));
}

/** The user's answer, remembered with the workbook: that column holds that field (--map), or the table is that kind (--layout). */
export function withAnswer(settings: WorkbookSettings, answer: QuestionAnswer): WorkbookSettings {
  switch (answer.kind) {
    case 'column':
      return withColumn(settings, answer.field, answer.letter);
    case 'layout':
      return withLayout(settings, answer.layout);
    default: {
      const unreachable: never = answer;
      return unreachable;
    }
  }
}
