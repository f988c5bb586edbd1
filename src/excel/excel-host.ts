import type { CellRef, OutputPlan, WorkbookSettings, WorkbookSnapshot } from '../core/model';
import { writeWorkbookAnswers } from './workbook-answers';
import { cellAddress } from '../core/model';
import type { ConfirmationWrite } from '../core/layout/confirmed-statuses';
import { textEntry } from './cell-encoding';
import { applyPlan, type ApplyOutcome } from './plan-apply';
import type { Capabilities } from './requirement-sets';
import { readSnapshot, type ReadOutcome } from './snapshot-read';
import { countedBatch, type ExcelRun, type SyncCounts } from './sync-batch';

/**
 * Host A: the workbook open in Excel, through Office.js. The same two operations as the .xlsx host —
 * read() a snapshot, apply() a plan — plus the two small gestures the task pane needs.
 */
export class ExcelHost {
  /** Round trips since the host was made (or last reset): the figure the issue holds us to. */
  readonly counts: SyncCounts = { syncs: 0 };

  constructor(
    private readonly run: ExcelRun,
    readonly capabilities: Capabilities,
  ) {}

  read(settings?: WorkbookSettings): Promise<ReadOutcome> {
    return this.run((context) => readSnapshot(countedBatch(context, this.counts), this.capabilities, settings));
  }

  apply(plan: OutputPlan, snapshot: WorkbookSnapshot): Promise<ApplyOutcome> {
    return this.run((context) => applyPlan(countedBatch(context, this.counts), plan, snapshot, this.capabilities));
  }

  /** Keeps the answers in the workbook's custom properties too, for the CLI and the page (no-op where lacking). */
  writeAnswers(settings: WorkbookSettings): Promise<void> {
    if (!this.capabilities.has('custom-properties')) return Promise.resolve();
    return this.run((context) => writeWorkbookAnswers(countedBatch(context, this.counts), this.capabilities, settings));
  }

  /** Clicking an issue in the pane: show its cell in Excel. */
  selectCell(ref: CellRef): Promise<void> {
    return this.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem(ref.sheet);
      sheet.activate();
      sheet.getRange(cellAddress(ref.row, ref.col)).select();
      await countedBatch(context, this.counts).sync();
    });
  }

  /**
   * A person's confirmation from the task pane: 确认状态, 确认人 and 确认时间, one row of three cells written in
   * one round trip. The cells are unlocked on the protected 指标测算 (as 审阅意见 is), so Excel takes them;
   * 计数状态, 汇总 and 总览 recalculate at once, and the next run reads them back as final. Each is written as
   * text (a name beginning with = stays a name, src/excel/cell-encoding.ts).
   *
   * Who confirmed is the name the person gave the pane, or nothing. Office.js tells an Excel add-in nobody's
   * name: Office.context.userProfile is Outlook's (the shipped office.js defines it in its Outlook builds only),
   * DocumentProperties.lastAuthor is whoever saved last, Office.auth.getAccessToken needs a Microsoft Entra app
   * registration and the network, and reading back Comment.authorName from a comment made for the purpose
   * would write into the workbook, fail on the protected sheet, and is nowhere documented as the current user.
   */
  confirm(write: ConfirmationWrite): Promise<void> {
    return this.run(async (context) => {
      const { cell, texts } = write;
      const range = cellAddress(cell.row, cell.col) + (texts.length > 1 ? `:${cellAddress(cell.row, cell.col + texts.length - 1)}` : '');
      context.workbook.worksheets.getItem(cell.sheet).getRange(range).formulas = [texts.map(textEntry)];
      await countedBatch(context, this.counts).sync();
    });
  }

  activateSheet(name: string): Promise<void> {
    return this.run(async (context) => {
      context.workbook.worksheets.getItem(name).activate();
      await countedBatch(context, this.counts).sync();
    });
  }
}
