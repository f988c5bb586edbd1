import type { DialogUi, OpenedDialog } from './office-runtime';

/**
 * Office allows one dialog per host window, and the pane and the ribbon share the runtime's window: a second
 * displayDialogAsync while one is open fails with 12007. Every dialog of this runtime opens through this guard.
 * It replaces a dialog of the same purpose (a newer notice supersedes an older one), refuses when another is
 * open, and turns Office's own 12007 (a dialog it knows and we do not) into the same answer, so callers can
 * say so in words instead of failing silently.
 */
export type DialogPurpose = 'notice';

export type DialogOpening =
  | { readonly kind: 'opened'; readonly dialog: OpenedDialog }
  | { readonly kind: 'busy'; readonly openPurpose: DialogPurpose | 'unknown' }
  | { readonly kind: 'failed'; readonly code: number | null; readonly message: string };

/** "A dialog box is already opened from this host window" (Office dialog API error codes). */
export const DIALOG_ALREADY_OPEN = 12007;

export interface DialogRequest {
  readonly purpose: DialogPurpose;
  readonly url: string;
  readonly options: Office.DialogOptions;
  /** A message from the dialog (messageParent); `close` closes it through the guard. */
  readonly onMessage: (message: string, close: () => void) => void;
}

/**
 * dialog.close() is asynchronous and cannot be awaited ("Opening another dialog immediately after closing
 * one", Office dialog best practices): until Office has closed it, displayDialogAsync meets 12007. After we
 * close one ourselves, a 12007 is retried this often, for at most this long, before it counts as busy.
 */
export const REOPEN_RETRY_MS = 100;
export const REOPEN_PATIENCE_MS = 3000;

export class DialogGuard {
  private open: { readonly purpose: DialogPurpose; readonly dialog: OpenedDialog } | null = null;
  /** When we last closed a dialog ourselves; a 12007 soon after is that close still under way. */
  private closedAt = -Infinity;

  constructor(private readonly ui: DialogUi) {}

  /** What is open now, if this runtime opened it. */
  get openPurpose(): DialogPurpose | null {
    return this.open?.purpose ?? null;
  }

  openDialog(request: DialogRequest): Promise<DialogOpening> {
    if (this.open) {
      if (this.open.purpose !== request.purpose) return Promise.resolve({ kind: 'busy', openPurpose: this.open.purpose });
      this.closeOpen();
    }
    return new Promise((resolve) => {
      const attempt = () => this.ui.displayDialogAsync(request.url, request.options, (result) => {
        if (String(result.status) === 'failed') {
          const code = typeof result.error?.code === 'number' ? result.error.code : null;
          if (code === DIALOG_ALREADY_OPEN && this.open === null && Date.now() - this.closedAt < REOPEN_PATIENCE_MS) {
            setTimeout(attempt, REOPEN_RETRY_MS);
            return;
          }
          if (code === DIALOG_ALREADY_OPEN) resolve({ kind: 'busy', openPurpose: this.open?.purpose ?? 'unknown' });
          else resolve({ kind: 'failed', code, message: result.error?.message ?? '' });
          return;
        }
        const dialog: OpenedDialog = result.value;
        const entry = { purpose: request.purpose, dialog };
        this.open = entry;
        const close = () => {
          if (this.open === entry) this.closeOpen();
        };
        dialog.addEventHandler('dialogMessageReceived', (arg) => request.onMessage(arg.message ?? '', close));
        // 12006 (closed with its X), 12002 (page failed to load) …: either way it no longer holds the window.
        dialog.addEventHandler('dialogEventReceived', () => {
          if (this.open === entry) this.open = null;
        });
        resolve({ kind: 'opened', dialog });
      });
      attempt();
    });
  }

  private closeOpen(): void {
    const open = this.open;
    this.open = null;
    if (open) this.closedAt = Date.now();
    try {
      open?.dialog.close();
    } catch {
      // Already closed by the user; nothing holds the window any more.
    }
  }
}
