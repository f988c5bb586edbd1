import type { CellRef } from '../core/model';
import type { ReportHost } from '../excel/generate-report';
import type { Capabilities } from '../excel/requirement-sets';

/**
 * What the pane needs of a workbook host: read, apply, select a cell, open a sheet, confirm a status, and what
 * it had to skip.
 * ExcelHost is one; a WPS host would be another, with nothing in the pane changed.
 */
export interface WorkbookHost extends ReportHost {
  selectCell(ref: CellRef): Promise<void>;
  activateSheet(name: string): Promise<void>;
  /** Writes a confirmed status (its label) into a 确认状态 cell, in one round trip. */
  confirmStatus(cell: CellRef, label: string): Promise<void>;
  readonly capabilities: Pick<Capabilities, 'skipped'>;
}
