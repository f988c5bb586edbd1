import type { CellRef } from '../core/model';
import type { ReportHost } from '../excel/generate-report';
import type { Capabilities } from '../excel/requirement-sets';

/**
 * What the pane needs of a workbook host: read, apply, select a cell, open a sheet, and what it had to skip.
 * ExcelHost is one; a WPS host would be another, with nothing in the pane changed.
 */
export interface WorkbookHost extends ReportHost {
  selectCell(ref: CellRef): Promise<void>;
  activateSheet(name: string): Promise<void>;
  readonly capabilities: Pick<Capabilities, 'skipped'>;
}
