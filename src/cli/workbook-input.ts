import type { Locale } from '../core/i18n';
import { t } from '../core/i18n';
import { readFailureReason } from '../core/i18n/read-failure';
import type { WorkbookSettings, WorkbookSnapshot } from '../core/model';
import { readSettings, saveSettings } from '../node/settings-file';
import { openXlsx, XlsxReadError, type XlsxSource } from '../node/xlsx-read';
import type { CliArgs } from './args';

export type LoadedWorkbook =
  /** source: the parsed file, kept so a report writes into it instead of parsing the file again. */
  | { readonly ok: true; readonly snapshot: WorkbookSnapshot; readonly source: XlsxSource }
  | { readonly ok: false; readonly message: string };

/**
 * Reads a workbook for a command and merges what the user confirmed before with what they say now
 * (--sheet, --map, --layout). Newest first: what they say now, then the settings file beside the workbook,
 * then the answers kept inside the workbook (an earlier report's, from the page, the CLI or the add-in).
 * What they say now is remembered for the next run.
 */
export async function loadWorkbook(file: string, args: CliArgs, locale: Locale): Promise<LoadedWorkbook> {
  let snapshot: WorkbookSnapshot;
  let source: XlsxSource;
  try {
    ({ snapshot, source } = await openXlsx(file));
  } catch (error) {
    if (error instanceof XlsxReadError) {
      return error.failure === 'missing'
        ? { ok: false, message: t('cli.file-missing', locale, { file }) }
        : { ok: false, message: t('cli.not-xlsx', locale, { file, reason: readFailureReason(error, locale) }) };
    }
    throw error;
  }
  const remembered: WorkbookSettings = { ...snapshot.settings, ...(await readSettings(file)) };
  const given: WorkbookSettings = {
    ...(args.sheet ? { sheet: args.sheet } : {}),
    ...(args.columnMap ? { columnMap: { ...remembered.columnMap, ...args.columnMap } } : {}),
    ...(args.layoutClass ? { layoutClass: args.layoutClass } : {}),
  };
  const settings: WorkbookSettings = { ...remembered, ...given };
  if (Object.keys(given).length > 0) await saveSettings(file, settings).catch(() => undefined);
  return { ok: true, snapshot: { ...snapshot, settings }, source };
}
