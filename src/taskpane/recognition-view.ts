import { t, type Locale, type MessageKey } from '../core/i18n';
import { ownSheets } from '../core/layout/generated-sheets';
import type { FieldKey, IndicatorTable, LayoutClass, WorkbookSettings, WorkbookSnapshot } from '../core/model';
import { columnCount, columnLetter, FIELD_KEYS, LAYOUT_CLASSES } from '../core/model';
import type { Recognition } from '../core/recognize';

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
