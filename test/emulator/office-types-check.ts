/**
 * The emulator is typed against @types/office-js: for every member the host calls, whatever the real
 * Office.js member accepts, the emulated one accepts too. `npm run typecheck` fails on a mismatch
 * (`true as Fits<…>` does not compile when Fits is false). Proxy arguments (a Range passed to
 * freezeAt, charts.add, notes.add) are left out: the emulator takes its own proxies there.
 */
import type { EmulatedRange, EmulatedRangeBorder, EmulatedRangeFont, EmulatedRangeFormat } from './range';
import type { EmulatedApplication, EmulatedWorkbook, EmulatedWorksheetCollection } from './workbook';
import type { EmulatedWorksheetFreezePanes, EmulatedPageLayout, EmulatedWorksheet, EmulatedWorksheetProtection } from './worksheet';

type Fits<Real, Emulated> = [Real] extends [Emulated] ? true : false;
type Args<F> = F extends (...args: infer A) => unknown ? A : never;

export const EMULATOR_MATCHES_OFFICE_TYPES: readonly true[] = [
  // Reading
  true as Fits<Args<Excel.WorksheetCollection['load']>, Args<EmulatedWorksheetCollection['load']>>,
  true as Fits<Args<Excel.Workbook['load']>, Args<EmulatedWorkbook['load']>>,
  true as Fits<Args<Excel.Range['load']>, Args<EmulatedRange['load']>>,
  true as Fits<Args<Excel.Worksheet['getUsedRange']>, Args<EmulatedWorksheet['getUsedRange']>>,
  true as Fits<Args<Excel.Worksheet['getRange']>, Args<EmulatedWorksheet['getRange']>>,
  true as Fits<Args<Excel.Worksheet['getRangeByIndexes']>, Args<EmulatedWorksheet['getRangeByIndexes']>>,
  true as Fits<Args<Excel.Range['getCellProperties']>, Args<EmulatedRange['getCellProperties']>>,
  true as Fits<Args<Excel.Range['getMergedAreasOrNullObject']>, Args<EmulatedRange['getMergedAreasOrNullObject']>>,
  // Writing values and sheets
  true as Fits<Excel.Range['formulas'], EmulatedRange['formulas']>,
  true as Fits<Excel.Range['values'], EmulatedRange['values']>,
  true as Fits<Excel.Range['numberFormat'], EmulatedRange['numberFormat']>,
  true as Fits<Excel.RangeHyperlink, Parameters<(value: EmulatedRange['hyperlink']) => void>[0]>,
  true as Fits<Args<Excel.WorksheetCollection['add']>, Args<EmulatedWorksheetCollection['add']>>,
  true as Fits<Args<Excel.WorksheetCollection['getItem']>, Args<EmulatedWorksheetCollection['getItem']>>,
  true as Fits<Args<Excel.WorksheetCollection['getItemOrNullObject']>, Args<EmulatedWorksheetCollection['getItemOrNullObject']>>,
  true as Fits<Excel.Worksheet['name'], EmulatedWorksheet['name']>,
  true as Fits<Excel.Worksheet['tabColor'], EmulatedWorksheet['tabColor']>,
  true as Fits<Args<Excel.Worksheet['delete']>, Args<EmulatedWorksheet['delete']>>,
  true as Fits<Args<Excel.Worksheet['activate']>, Args<EmulatedWorksheet['activate']>>,
  true as Fits<Args<Excel.Range['merge']>, Args<EmulatedRange['merge']>>,
  true as Fits<Args<Excel.Range['select']>, Args<EmulatedRange['select']>>,
  true as Fits<Excel.Range['columnHidden'], EmulatedRange['columnHidden']>,
  true as Fits<Args<Excel.Application['suspendApiCalculationUntilNextSync']>, Args<EmulatedApplication['suspendApiCalculationUntilNextSync']>>,
  // Formats
  true as Fits<Excel.RangeFormat['horizontalAlignment'], Parameters<(value: EmulatedRangeFormat['horizontalAlignment']) => void>[0]>,
  true as Fits<Excel.RangeFormat['verticalAlignment'], Parameters<(value: EmulatedRangeFormat['verticalAlignment']) => void>[0]>,
  true as Fits<Excel.RangeFormat['columnWidth'], Parameters<(value: EmulatedRangeFormat['columnWidth']) => void>[0]>,
  true as Fits<Excel.RangeFont['color'], Parameters<(value: EmulatedRangeFont['color']) => void>[0]>,
  true as Fits<Excel.RangeBorder['style'], Parameters<(value: EmulatedRangeBorder['style']) => void>[0]>,
  true as Fits<Excel.RangeBorder['weight'], Parameters<(value: EmulatedRangeBorder['weight']) => void>[0]>,
  true as Fits<Args<Excel.RangeBorderCollection['getItem']>, Args<EmulatedRangeFormat['borders']['getItem']>>,
  true as Fits<Args<Excel.ConditionalFormatCollection['add']>, Args<EmulatedRange['conditionalFormats']['add']>>,
  // Views, print, protection
  true as Fits<Args<Excel.WorksheetFreezePanes['freezeRows']>, Args<EmulatedWorksheetFreezePanes['freezeRows']>>,
  true as Fits<Args<Excel.WorksheetFreezePanes['freezeColumns']>, Args<EmulatedWorksheetFreezePanes['freezeColumns']>>,
  true as Fits<Excel.PageLayout['orientation'], Parameters<(value: EmulatedPageLayout['orientation']) => void>[0]>,
  true as Fits<Excel.PageLayout['zoom'], Parameters<(value: EmulatedPageLayout['zoom']) => void>[0]>,
  // The host names print titles by address; the emulator takes that form.
  true as Fits<[Extract<Args<Excel.PageLayout['setPrintTitleRows']>[0], string>], Args<EmulatedPageLayout['setPrintTitleRows']>>,
  true as Fits<Args<Excel.WorksheetProtection['protect']>, Args<EmulatedWorksheetProtection['protect']>>,
];
