/**
 * Which ExcelApi requirement set each feature of the Office.js host needs — declared in ONE place.
 * test/excel/requirement-sets.test.ts walks every Office.js member used under src/excel with the
 * TypeScript checker and fails when a member is missing here or needs a newer set than listed.
 *
 * Required features are covered by the manifest's minimum (ExcelApi 1.7, see BASELINE_EXCEL_API);
 * optional ones are checked at run time and skipped, with a message, where Excel is older
 * (Office LTSC 2021 stops at ExcelApi 1.14, so notes are skipped there).
 */

export const BASELINE_EXCEL_API = '1.7';

export type HostFeature =
  | 'workbook-read'
  | 'sheet-write'
  | 'cell-format'
  | 'conditional-formats'
  | 'suspend-calculation'
  | 'charts'
  | 'freeze-panes'
  | 'protection'
  | 'merged-areas-read'
  | 'bold-read'
  | 'page-layout'
  | 'indent'
  | 'notes';

export interface FeatureRequirement {
  readonly set: 'ExcelApi';
  /** Lowest ExcelApi version that has every call below. */
  readonly version: string;
  /** Required features are promised by the manifest; optional ones are detected and skipped when missing. */
  readonly required: boolean;
  /** Office.js members this feature uses, as "Class.member" of the Excel namespace. */
  readonly calls: readonly string[];
}

export const FEATURE_REQUIREMENTS: Readonly<Record<HostFeature, FeatureRequirement>> = {
  'workbook-read': {
    set: 'ExcelApi',
    version: '1.7',
    required: true,
    calls: [
      'RequestContext.workbook',
      'Workbook.worksheets',
      'Workbook.name',
      'Workbook.load',
      'WorksheetCollection.load',
      'WorksheetCollection.items',
      'Worksheet.name',
      'Worksheet.visibility',
      'Worksheet.position',
      'Worksheet.getUsedRange',
      'Worksheet.getRange',
      'Worksheet.getRangeByIndexes',
      'Range.load',
      'Range.values',
      'Range.formulas',
      'Range.numberFormat',
      'Range.valueTypes',
      'Range.rowIndex',
      'Range.columnIndex',
      'Range.rowCount',
      'Range.columnCount',
    ],
  },
  'sheet-write': {
    set: 'ExcelApi',
    version: '1.7',
    required: true,
    calls: [
      'WorksheetCollection.add',
      'WorksheetCollection.getItem',
      'Worksheet.delete',
      'Worksheet.activate',
      'Worksheet.tabColor',
      'Range.merge',
      'Range.columnHidden',
      'Range.hyperlink',
      'Range.select',
      'Range.format',
    ],
  },
  'cell-format': {
    set: 'ExcelApi',
    version: '1.2',
    required: true,
    calls: [
      'RangeFormat.font',
      'RangeFormat.fill',
      'RangeFormat.borders',
      'RangeFormat.horizontalAlignment',
      'RangeFormat.verticalAlignment',
      'RangeFormat.wrapText',
      'RangeFormat.columnWidth',
      'RangeFormat.rowHeight',
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
    ],
  },
  'conditional-formats': {
    set: 'ExcelApi',
    version: '1.6',
    required: true,
    calls: [
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
    ],
  },
  'suspend-calculation': {
    set: 'ExcelApi',
    version: '1.6',
    required: true,
    calls: ['Workbook.application', 'Application.suspendApiCalculationUntilNextSync'],
  },
  charts: {
    set: 'ExcelApi',
    version: '1.1',
    required: true,
    calls: ['Worksheet.charts', 'ChartCollection.add', 'Chart.title', 'Chart.setPosition', 'ChartTitle.text'],
  },
  'freeze-panes': {
    set: 'ExcelApi',
    version: '1.7',
    required: true,
    calls: ['Worksheet.freezePanes', 'WorksheetFreezePanes.freezeRows', 'WorksheetFreezePanes.freezeColumns', 'WorksheetFreezePanes.freezeAt'],
  },
  protection: {
    set: 'ExcelApi',
    version: '1.2',
    required: true,
    calls: ['Worksheet.protection', 'WorksheetProtection.protect', 'RangeFormat.protection', 'FormatProtection.locked'],
  },
  'merged-areas-read': {
    set: 'ExcelApi',
    version: '1.13',
    required: false,
    calls: ['Range.getMergedAreasOrNullObject', 'RangeAreas.load', 'RangeAreas.address'],
  },
  'bold-read': {
    set: 'ExcelApi',
    version: '1.9',
    required: false,
    calls: ['Range.getCellProperties', 'SettableCellProperties.format', 'CellPropertiesFormat.font', 'CellPropertiesFont.bold'],
  },
  'page-layout': {
    set: 'ExcelApi',
    version: '1.9',
    required: false,
    calls: ['Worksheet.pageLayout', 'PageLayout.orientation', 'PageLayout.zoom', 'PageLayout.setPrintTitleRows'],
  },
  indent: {
    set: 'ExcelApi',
    version: '1.9',
    required: false,
    calls: ['RangeFormat.indentLevel'],
  },
  notes: {
    set: 'ExcelApi',
    version: '1.18',
    required: false,
    calls: ['Worksheet.notes', 'NoteCollection.add'],
  },
};

export const HOST_FEATURES = Object.keys(FEATURE_REQUIREMENTS) as HostFeature[];

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

export interface Capabilities {
  readonly has: (feature: HostFeature) => boolean;
  /** Optional features this Excel lacks: the run skips them and says so. */
  readonly skipped: readonly HostFeature[];
}

export function detectCapabilities(isSetSupported: IsSetSupported): Capabilities {
  const supported = new Set<HostFeature>();
  const skipped: HostFeature[] = [];
  for (const feature of HOST_FEATURES) {
    const need = FEATURE_REQUIREMENTS[feature];
    if (need.required || isSetSupported(need.set, need.version)) supported.add(feature);
    else skipped.push(feature);
  }
  return { has: (feature) => supported.has(feature), skipped };
}

/** The call → feature index the requirement-set test uses. */
export function featureOfCall(call: string): HostFeature | null {
  for (const feature of HOST_FEATURES) if (FEATURE_REQUIREMENTS[feature].calls.includes(call)) return feature;
  return null;
}
