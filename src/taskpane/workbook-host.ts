import type { ConfirmationWrite } from '../core/layout/confirmed-statuses';
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
  /** Writes a confirmation (确认状态, 确认人, 确认时间: a row of cells) in one round trip. */
  confirm(write: ConfirmationWrite): Promise<void>;
  readonly capabilities: Pick<Capabilities, 'skipped'>;
}
