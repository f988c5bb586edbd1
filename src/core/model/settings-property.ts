import { LAYOUT_CLASSES, type LayoutClass } from './indicator';
import type { WorkbookSettings } from './snapshot';

/**
 * The user's answers (sheet, layout class, column letters, as-of date) kept inside the workbook package as
 * custom document properties (docProps/custom.xml), the one place the .xlsx writer (CLI and 网页版), the
 * .xlsx reader and the add-in (Office.js workbook.properties.custom, ExcelApi 1.7) can all read and write,
 * and that Excel and LibreOffice keep on save.
 *
 * A custom property value is limited to 255 characters outside Excel on the web (longer ones are cut:
 * Excel.Interfaces.CustomPropertyData docs), and a column map with a long sheet name goes past that, so
 * the JSON is cut into pieces of at most 255 UTF-16 units: "huibao.settings", "huibao.settings.2", ….
 */
export const SETTINGS_PROPERTY = 'huibao.settings';
export const CUSTOM_PROPERTY_VALUE_LIMIT = 255;

const PIECE_NAME = /^huibao\.settings(?:\.(\d+))?$/i;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Whether a custom property is one of ours (any piece), so a rewrite removes stale pieces. */
export function isSettingsProperty(name: string): boolean {
  return PIECE_NAME.test(name);
}

function pieceName(index: number): string {
  return index === 0 ? SETTINGS_PROPERTY : `${SETTINGS_PROPERTY}.${index + 1}`;
}

/** Keeps only well-formed answers: anything read from a file or a store is checked, never trusted. */
export function cleanSettings(raw: unknown): WorkbookSettings {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return {};
  const record = raw as Record<string, unknown>;
  const settings: { sheet?: string; asOf?: string; columnMap?: Record<string, string>; layoutClass?: LayoutClass } = {};
  if (typeof record.sheet === 'string' && record.sheet !== '') settings.sheet = record.sheet;
  if (typeof record.asOf === 'string' && ISO_DATE.test(record.asOf)) settings.asOf = record.asOf;
  if (typeof record.columnMap === 'object' && record.columnMap !== null) {
    const map: Record<string, string> = {};
    for (const [field, letter] of Object.entries(record.columnMap as Record<string, unknown>)) {
      if (typeof letter === 'string' && /^[A-Z]{1,3}$/.test(letter)) map[field] = letter;
    }
    if (Object.keys(map).length > 0) settings.columnMap = map;
  }
  const layout = LAYOUT_CLASSES.find((name) => name === record.layoutClass);
  if (layout) settings.layoutClass = layout;
  return settings;
}

/** The properties that hold these answers, in order; none when there is nothing to keep. */
export function settingsProperties(settings: WorkbookSettings): { readonly name: string; readonly value: string }[] {
  const clean = cleanSettings(settings);
  if (Object.keys(clean).length === 0) return [];
  const json = JSON.stringify(clean);
  const pieces: string[] = [];
  let at = 0;
  while (at < json.length) {
    let end = Math.min(at + CUSTOM_PROPERTY_VALUE_LIMIT, json.length);
    // Never cut a surrogate pair (a rare CJK extension character in a sheet name) in two.
    const last = json.charCodeAt(end - 1);
    if (end < json.length && last >= 0xd800 && last <= 0xdbff) end--;
    pieces.push(json.slice(at, end));
    at = end;
  }
  return pieces.map((value, index) => ({ name: pieceName(index), value }));
}

/** The answers from the properties (looked up by name, any case); undefined when absent or unreadable. */
export function settingsFromProperties(properties: ReadonlyMap<string, string>): WorkbookSettings | undefined {
  const byName = new Map([...properties].map(([name, value]) => [name.toLowerCase(), value]));
  let json = '';
  for (let index = 0; byName.has(pieceName(index)); index++) json += byName.get(pieceName(index));
  if (json === '') return undefined;
  try {
    const settings = cleanSettings(JSON.parse(json));
    return Object.keys(settings).length > 0 ? settings : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Answers from two places, the newer over the older: a field given in the newer wins, and column letters
 * are merged field by field (a correction of one column keeps the others remembered).
 */
export function newerSettings(older: WorkbookSettings | undefined, newer: WorkbookSettings | undefined): WorkbookSettings {
  const columnMap = older?.columnMap || newer?.columnMap ? { columnMap: { ...older?.columnMap, ...newer?.columnMap } } : {};
  return { ...older, ...newer, ...columnMap };
}
