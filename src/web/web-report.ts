import { readFailureReason } from '../core/i18n/read-failure';
import type { Locale } from '../core/i18n';
import { ownSheets } from '../core/layout/generated-sheets';
import type { Issue, ReportDoc, Results, SheetSnapshot, WorkbookSettings, WorkbookSnapshot } from '../core/model';
import { columnCount, newerSettings } from '../core/model';
import { runPipeline, type EngineStep } from '../core/pipeline';
import type { Recognition } from '../core/recognize';
import { reportDocxBytes } from '../docx/report-docx';
import { memoryPackageHost } from '../node/xlsx-package/memory-package-host';
import { writeReportPackage } from '../node/xlsx-package/package-write';
import { reportBaseName, reportExtension } from '../node/xlsx-package/report-names';
import { openWorkbookBytes, XlsxReadError } from '../node/xlsx-read/workbook-bytes';
// Traditional characters are read as the CLI reads them (the page's workbook equals the CLI's).
import '../node/traditional-chinese';

/**
 * The page's whole job on one workbook, the same steps as `huibao report` with the same code: the streaming
 * (or legacy) reader on the chosen file's bytes, the engine, the package-keeping writer into memory, the
 * .docx. It runs inside the page's Worker (or in the page's thread where no Worker can run).
 */
export interface WebReportRequest {
  /** The chosen file's name ("2009-灌南县发改委-目标任务分解表.xlsx"): the workbook's name, and the extension the report keeps. */
  readonly fileName: string;
  readonly bytes: Uint8Array;
  /** The user's answers for this workbook (sheet, layout class, column letters, as-of date). */
  readonly settings: WorkbookSettings;
  readonly locale: Locale;
  /** ISO time printed on the generated sheets; a parameter so a test can hold it still. */
  readonly generatedAt?: string;
}

/** What the panels need of the workbook: its own sheets' names and widths, not their cells. */
export function sheetOutline(snapshot: WorkbookSnapshot): WorkbookSnapshot {
  const outline = (sheet: SheetSnapshot): SheetSnapshot => ({
    name: sheet.name,
    visible: sheet.visible,
    position: sheet.position,
    values: [new Array<null>(columnCount(sheet)).fill(null)],
    formulas: [],
    numberFormats: [],
    merges: [],
  });
  return { name: snapshot.name, sheets: ownSheets(snapshot).map(outline), ...(snapshot.settings ? { settings: snapshot.settings } : {}) };
}

/** The engine's findings as the page shows them: plain data, cheap to send from the Worker. */
export interface WebFindings {
  readonly workbook: WorkbookSnapshot;
  readonly recognition: Recognition;
  readonly issues: readonly Issue[];
  readonly results: Results | null;
  readonly report: ReportDoc | null;
}

export interface WebReportFiles {
  readonly xlsxName: string;
  /** The report workbook as the pieces the writer produced (a Blob takes them without joining). */
  readonly xlsx: readonly Uint8Array[];
  readonly docxName: string;
  readonly docx: Uint8Array;
}

export type WebReportOutcome =
  | { readonly kind: 'unreadable'; readonly message: string }
  | { readonly kind: 'no-table'; readonly findings: WebFindings }
  | { readonly kind: 'report'; readonly findings: WebFindings; readonly files: WebReportFiles };

export async function webReport(request: WebReportRequest, onStep?: (step: EngineStep, ms: number) => void): Promise<WebReportOutcome> {
  let opened: ReturnType<typeof openWorkbookBytes>;
  try {
    opened = openWorkbookBytes(request.bytes, request.fileName);
  } catch (error) {
    if (error instanceof XlsxReadError) return { kind: 'unreadable', message: readFailureReason(error, request.locale) };
    throw error;
  }
  // The pane's answers first, then those an earlier report kept inside the workbook (the CLI's order too).
  const settings = newerSettings(opened.snapshot.settings, request.settings);
  const snapshot: WorkbookSnapshot = { ...opened.snapshot, settings };
  // The same options `huibao report` gives the engine for these answers (--sheet, --map, --layout, --as-of).
  const outcome = runPipeline(snapshot, {
    sheet: settings.sheet,
    asOf: settings.asOf,
    columnMap: settings.columnMap,
    layoutClass: settings.layoutClass,
    ...(request.generatedAt ? { generatedAt: request.generatedAt } : {}),
    ...(onStep ? { onStep } : {}),
  });
  const findings: WebFindings = { workbook: sheetOutline(snapshot), recognition: outcome.recognition, issues: outcome.issues, results: outcome.results, report: outcome.report };
  if (!outcome.recognition.table || !outcome.report) return { kind: 'no-table', findings };
  const docx = await reportDocxBytes(outcome.report);
  const { host, sink } = memoryPackageHost();
  await writeReportPackage(opened.source.bytes, outcome.plan, host, settings);
  const base = reportBaseName(request.fileName);
  return { kind: 'report', findings, files: { xlsxName: `${base}-汇报${reportExtension(request.fileName)}`, xlsx: sink.parts, docxName: `${base}-汇报.docx`, docx } };
}
