import type { MessageKey } from '../core/i18n';

/**
 * Which ExcelApi requirement set each feature of the Office.js host needs — declared in ONE place, and
 * the members each feature calls, so a feature is used only when BOTH hold:
 *   - the host says it supports the set (Office.context.requirements.isSetSupported), and
 *   - the office.js that is actually loaded defines every member the feature calls.
 * The second check matters because we ship our own office.js: Excel can report ExcelApi 1.18 while the
 * loaded library has no NoteCollection, and calling it would throw and roll the whole run back.
 *
 * Required features are what ExcelApi 1.1 offers, so the add-in runs on every Excel that loads it;
 * everything newer is optional: detected, skipped where missing, and named to the user (ui.skipped.*).
 * test/excel/requirement-sets.test.ts checks the table against the code and @types/office-js;
 * test/excel/api-surface.test.ts checks every call against the shipped office.js.
 */

export const BASELINE_EXCEL_API = '1.1';

export type HostFeature =
  | 'workbook-read'
  | 'sheet-write'
  | 'cell-format'
  | 'charts'
  | 'workbook-name'
  | 'column-layout'
  | 'merge-cells'
  | 'protection'
  | 'conditional-formats'
  | 'suspend-calculation'
  | 'tab-color'
  | 'hyperlinks'
  | 'freeze-panes'
  | 'merged-areas-read'
  | 'bold-read'
  | 'page-layout'
  | 'indent'
  | 'notes'
  | 'data-validation'
  | 'custom-properties';

export interface FeatureRequirement {
  readonly set: 'ExcelApi';
  /** Lowest ExcelApi version that has every call below. */
  readonly version: string;
  /** Required features are in ExcelApi 1.1; optional ones are detected and skipped when missing. */
  readonly required: boolean;
  /** Office.js members this feature uses, as "Class.member" of the Excel namespace. */
  readonly calls: readonly string[];
  /**
   * The client-object members checked in the loaded library before the feature is used. Members of plain
   * data shapes (CellProperties, RangeHyperlink) are not objects of the library and are left out.
   */
  readonly members: readonly string[];
}

function feature(version: string, required: boolean, calls: readonly string[], dataShapes: readonly string[] = []): FeatureRequirement {
  return { set: 'ExcelApi', version, required, calls: [...calls, ...dataShapes], members: calls };
}

export const FEATURE_REQUIREMENTS: Readonly<Record<HostFeature, FeatureRequirement>> = {
  'workbook-read': feature('1.1', true, [
    'RequestContext.workbook',
    'Workbook.worksheets',
    'WorksheetCollection.load',
    'WorksheetCollection.items',
    'WorksheetCollection.getActiveWorksheet',
    'Worksheet.load',
    'Worksheet.name',
    'Worksheet.visibility',
    'Worksheet.position',
    'Worksheet.getUsedRange',
    'Worksheet.getRange',
    'Range.load',
    'Range.values',
    'Range.formulas',
    'Range.numberFormat',
    'Range.valueTypes',
    'Range.rowIndex',
    'Range.columnIndex',
    'Range.rowCount',
    'Range.columnCount',
  ]),
  'sheet-write': feature('1.1', true, ['WorksheetCollection.add', 'WorksheetCollection.getItem', 'Worksheet.delete', 'Worksheet.activate', 'Range.select', 'Range.format']),
  'cell-format': feature('1.1', true, [
    'RangeFormat.font',
    'RangeFormat.fill',
    'RangeFormat.borders',
    'RangeFormat.horizontalAlignment',
    'RangeFormat.verticalAlignment',
    'RangeFormat.wrapText',
    'RangeFont.name',
    'RangeFont.size',
    'RangeFont.bold',
    'RangeFont.italic',
    'RangeFont.color',
    'RangeFill.color',
    'RangeBorderCollection.getItem',
    'RangeBorder.style',
    'RangeBorder.color',
    'RangeBorder.weight',
  ]),
  charts: feature('1.1', true, ['Worksheet.charts', 'ChartCollection.add', 'Chart.title', 'Chart.setPosition', 'ChartTitle.text']),
  'workbook-name': feature('1.7', false, ['Workbook.name', 'Workbook.load']),
  'column-layout': feature('1.2', false, ['RangeFormat.columnWidth', 'RangeFormat.rowHeight', 'Range.columnHidden']),
  'merge-cells': feature('1.2', false, ['Range.merge']),
  protection: feature('1.2', false, ['Worksheet.protection', 'WorksheetProtection.protect', 'RangeFormat.protection', 'FormatProtection.locked']),
  'conditional-formats': feature('1.6', false, [
    'Range.conditionalFormats',
    'ConditionalFormatCollection.add',
    'ConditionalFormat.custom',
    'ConditionalFormat.dataBar',
    'CustomConditionalFormat.rule',
    'CustomConditionalFormat.format',
    'ConditionalFormatRule.formula',
    'ConditionalRangeFormat.fill',
    'ConditionalRangeFormat.font',
    'ConditionalRangeFill.color',
    'ConditionalRangeFont.color',
    'DataBarConditionalFormat.positiveFormat',
    'ConditionalDataBarPositiveFormat.fillColor',
  ]),
  'suspend-calculation': feature('1.6', false, ['Workbook.application', 'Application.suspendApiCalculationUntilNextSync']),
  'tab-color': feature('1.7', false, ['Worksheet.tabColor']),
  hyperlinks: feature('1.7', false, ['Range.hyperlink']),
  'freeze-panes': feature('1.7', false, ['Worksheet.freezePanes', 'WorksheetFreezePanes.freezeRows', 'WorksheetFreezePanes.freezeColumns', 'WorksheetFreezePanes.freezeAt']),
  'merged-areas-read': feature('1.13', false, ['Range.getMergedAreasOrNullObject', 'RangeAreas.load', 'RangeAreas.address']),
  'bold-read': feature('1.9', false, ['Range.getCellProperties'], ['SettableCellProperties.format', 'CellPropertiesFormat.font', 'CellPropertiesFont.bold']),
  'page-layout': feature('1.9', false, ['Worksheet.pageLayout', 'PageLayout.orientation', 'PageLayout.zoom', 'PageLayout.setPrintTitleRows']),
  indent: feature('1.9', false, ['RangeFormat.indentLevel']),
  notes: feature('1.18', false, ['Worksheet.notes', 'NoteCollection.add']),
  'data-validation': feature('1.8', false, ['Range.dataValidation', 'DataValidation.rule', 'DataValidation.prompt']),
  // The user's answers kept in the workbook's custom document properties, where the CLI and the page keep them too.
  'custom-properties': feature('1.7', false, [
    'Workbook.properties',
    'DocumentProperties.custom',
    'CustomPropertyCollection.load',
    'CustomPropertyCollection.items',
    'CustomPropertyCollection.add',
    'CustomProperty.key',
    'CustomProperty.value',
    'CustomProperty.delete',
  ]),
};

export const HOST_FEATURES = Object.keys(FEATURE_REQUIREMENTS) as HostFeature[];

/** Features the read uses: a read that skipped one says so even when nothing was written. */
export const READ_FEATURES: readonly HostFeature[] = ['workbook-name', 'merged-areas-read', 'bold-read'];

/** Compares "1.13" with "1.9" as versions, not strings. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const diff = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (diff !== 0) return diff;
  }
  return 0;
}

/** Office.context.requirements.isSetSupported, or a stand-in in tests. */
export type IsSetSupported = (name: string, minVersion: string) => boolean;

/** Whether the loaded office.js defines `member` on the Excel class `className`. */
export type LoadedLibrary = (className: string, member: string) => boolean;

/**
 * The office.js in this window, asked directly: `Excel.Worksheet.prototype` carries every member the
 * library knows (properties as accessors, methods as functions). Reads only, never calls.
 */
export function loadedLibraryOf(excel: unknown): LoadedLibrary {
  return (className, member) => {
    if (typeof excel !== 'object' || excel === null) return false;
    const type = (excel as Record<string, unknown>)[className];
    if (typeof type !== 'function') return false;
    const prototype = (type as { prototype?: unknown }).prototype;
    return typeof prototype === 'object' && prototype !== null && member in prototype;
  };
}

/** Why an optional feature is not used. */
export type SkipReason = 'host-too-old' | 'library-lacks';

export interface Capabilities {
  readonly has: (feature: HostFeature) => boolean;
  /** Optional features this Excel (or its loaded office.js) lacks: the run skips them and says so. */
  readonly skipped: readonly HostFeature[];
  readonly reasons: ReadonlyMap<HostFeature, SkipReason>;
  /** Required features the loaded library lacks: the add-in cannot run and says which. */
  readonly broken: readonly string[];
  /**
   * Whether getUsedRange may be asked for values only: the valuesOnly argument is ExcelApi 1.2 (API
   * reference), and office.js passes it on without checking. On 1.1 the read asks for the plain used range,
   * formatted cells included, and loses nothing by it: the cells beyond the values read back empty.
   */
  readonly usedRangeValuesOnly: boolean;
}

function missingMembers(need: FeatureRequirement, loaded: LoadedLibrary): string[] {
  return need.members.filter((call) => {
    const [className, member] = call.split('.');
    return !loaded(className, member);
  });
}

export function detectCapabilities(isSetSupported: IsSetSupported, loaded: LoadedLibrary): Capabilities {
  const supported = new Set<HostFeature>();
  const skipped: HostFeature[] = [];
  const reasons = new Map<HostFeature, SkipReason>();
  const broken: string[] = [];
  for (const feature of HOST_FEATURES) {
    const need = FEATURE_REQUIREMENTS[feature];
    const missing = missingMembers(need, loaded);
    if (need.required) {
      broken.push(...missing);
      supported.add(feature);
    } else if (missing.length > 0) {
      skipped.push(feature);
      reasons.set(feature, 'library-lacks');
    } else if (!isSetSupported(need.set, need.version)) {
      skipped.push(feature);
      reasons.set(feature, 'host-too-old');
    } else supported.add(feature);
  }
  return { has: (feature) => supported.has(feature), skipped, reasons, broken, usedRangeValuesOnly: isSetSupported('ExcelApi', '1.2') };
}

/** The call → feature index the requirement-set and API-surface tests use. */
export function featureOfCall(call: string): HostFeature | null {
  for (const feature of HOST_FEATURES) if (FEATURE_REQUIREMENTS[feature].calls.includes(call)) return feature;
  return null;
}

/** What the user is told about a feature that was left out (zh-CN and en-US in src/core/i18n). */
export function skippedMessageKey(feature: HostFeature): MessageKey {
  switch (feature) {
    case 'workbook-read':
    case 'sheet-write':
    case 'cell-format':
    case 'charts':
      // Required features are never skipped; a library without them is reported as broken instead.
      return 'ui.error.not-supported';
    case 'workbook-name':
      return 'ui.skipped.workbook-name';
    case 'custom-properties':
      return 'ui.skipped.custom-properties';
    case 'column-layout':
      return 'ui.skipped.column-layout';
    case 'merge-cells':
      return 'ui.skipped.merge-cells';
    case 'protection':
      return 'ui.skipped.protection';
    case 'conditional-formats':
      return 'ui.skipped.conditional-formats';
    case 'suspend-calculation':
      return 'ui.skipped.suspend-calculation';
    case 'tab-color':
      return 'ui.skipped.tab-color';
    case 'hyperlinks':
      return 'ui.skipped.hyperlinks';
    case 'freeze-panes':
      return 'ui.skipped.freeze-panes';
    case 'merged-areas-read':
      return 'ui.skipped.merged-areas-read';
    case 'bold-read':
      return 'ui.skipped.bold-read';
    case 'page-layout':
      return 'ui.skipped.page-layout';
    case 'indent':
      return 'ui.skipped.indent';
    case 'notes':
      return 'ui.skipped.notes';
    case 'data-validation':
      return 'ui.skipped.data-validation';
    default: {
      const unreachable: never = feature;
      return unreachable;
    }
  }
}
