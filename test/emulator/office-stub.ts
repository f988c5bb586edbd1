/**
 * The parts of the `Office` global the add-in touches, backed by the emulator: display language, document
 * settings (saved with the workbook), requirement sets, ribbon action association, the task pane and dialogs.
 * Typed against @types/office-js where the shapes are simple enough to match.
 */

export interface DialogRecord {
  readonly url: string;
  readonly options: Office.DialogOptions | undefined;
  readonly messagesToChild: string[];
  closed: boolean;
  /** The page in the dialog answering the parent (messageParent), or Office reporting an event (12006 …). */
  readonly send: (message: string) => void;
  readonly event: (code: number) => void;
}

/** Office's answer when a host window already has a dialog open: one dialog at a time. */
export const DIALOG_ALREADY_OPEN = 12007;

/**
 * How long Office takes to close a dialog after dialog.close(). The API reference: "This method is
 * asynchronous. It does not take a callback parameter and it does not return a Promise object, so it cannot
 * be awaited" (Office.Dialog.close; dialog best practices, "Opening another dialog immediately after closing
 * one"). Until it has closed, displayDialogAsync fails with 12007. The figure is ours: Office documents none,
 * and any delay longer than a turn of the event loop catches a caller that reopens at once.
 */
export const DIALOG_CLOSE_MS = 40;

/** Office.Settings as a workbook keeps it: values live until saveAsync persists them with the document. */
export class EmulatedSettings {
  private readonly pending = new Map<string, unknown>();
  saves = 0;

  constructor(readonly saved: Map<string, unknown> = new Map()) {
    for (const [key, value] of saved) this.pending.set(key, value);
  }

  get(name: string): unknown {
    return this.pending.has(name) ? structuredClone(this.pending.get(name)) : null;
  }

  set(name: string, value: unknown): void {
    this.pending.set(name, structuredClone(value));
  }

  remove(name: string): void {
    this.pending.delete(name);
  }

  saveAsync(callback?: (result: Office.AsyncResult<void>) => void): void {
    this.saved.clear();
    for (const [key, value] of this.pending) this.saved.set(key, structuredClone(value));
    this.saves += 1;
    const result = { status: 'succeeded', value: undefined, error: null, asyncContext: undefined, diagnostics: undefined } as unknown as Office.AsyncResult<void>;
    setTimeout(() => callback?.(result), 0);
  }
}

export interface OfficeStubOptions {
  readonly displayLanguage: string;
  readonly platform: string;
  readonly isSetSupported: (name: string, version?: string) => boolean;
  readonly settings: EmulatedSettings;
}

export interface OfficeStub {
  onReady(callback?: (info: { host: string; platform: string }) => void): Promise<{ host: string; platform: string }>;
  readonly context: {
    readonly displayLanguage: string;
    readonly platform: string;
    readonly host: string;
    readonly document: { readonly settings: EmulatedSettings };
    readonly requirements: { isSetSupported(name: string, version?: string): boolean };
    readonly ui: {
      displayDialogAsync(url: string, options?: Office.DialogOptions, callback?: (result: Office.AsyncResult<unknown>) => void): void;
      openBrowserWindow(url: string): void;
    };
  };
  readonly actions: { associate(name: string, action: (event: unknown) => unknown): void };
  readonly addin: { showAsTaskpane(): Promise<void>; hide(): Promise<void> };
  readonly HostType: { readonly Excel: 'Excel' };
  readonly PlatformType: Record<string, string>;
  readonly AsyncResultStatus: { readonly Succeeded: 'succeeded'; readonly Failed: 'failed' };
  readonly EventType: { readonly DialogMessageReceived: 'dialogMessageReceived'; readonly DialogEventReceived: 'dialogEventReceived' };
  /** What the tests look at: associated ribbon actions, dialogs opened, windows opened, pane shown. */
  readonly recorded: {
    readonly actions: Map<string, (event: unknown) => unknown>;
    readonly dialogs: DialogRecord[];
    readonly browserWindows: string[];
    taskpaneShown: number;
  };
}

export function createOfficeStub(options: OfficeStubOptions): OfficeStub {
  const recorded: OfficeStub['recorded'] = { actions: new Map(), dialogs: [], browserWindows: [], taskpaneShown: 0 };
  const info = { host: 'Excel', platform: options.platform };
  return {
    onReady(callback) {
      callback?.(info);
      return Promise.resolve(info);
    },
    context: {
      displayLanguage: options.displayLanguage,
      platform: options.platform,
      host: 'Excel',
      document: { settings: options.settings },
      requirements: { isSetSupported: options.isSetSupported },
      ui: {
        displayDialogAsync(url, dialogOptions, callback) {
          // As in Office: while a dialog is open, another fails with 12007 and nothing opens.
          if (recorded.dialogs.some((open) => !open.closed)) {
            const error = { code: DIALOG_ALREADY_OPEN, name: 'Display Dialog Error', message: 'A dialog box is already opened from this host window.' };
            setTimeout(() => callback?.({ status: 'failed', value: undefined, error } as unknown as Office.AsyncResult<unknown>), 0);
            return;
          }
          const handlers = new Map<string, ((arg: { message?: string; error?: number }) => void)[]>();
          const fire = (type: string, arg: { message?: string; error?: number }) => {
            for (const handler of handlers.get(type) ?? []) handler(arg);
          };
          const record: DialogRecord = {
            url,
            options: dialogOptions,
            messagesToChild: [],
            closed: false,
            send: (message) => fire('dialogMessageReceived', { message }),
            event: (code) => {
              record.closed = true;
              fire('dialogEventReceived', { error: code });
            },
          };
          recorded.dialogs.push(record);
          const dialog = {
            addEventHandler: (type: string, handler: (arg: { message?: string; error?: number }) => void) => {
              handlers.set(type, [...(handlers.get(type) ?? []), handler]);
            },
            close: () => {
              // Closed a moment later, not now: a dialog opened before then meets 12007.
              setTimeout(() => {
                record.closed = true;
              }, DIALOG_CLOSE_MS);
            },
            messageChild: (message: string) => {
              record.messagesToChild.push(message);
            },
          };
          setTimeout(() => callback?.({ status: 'succeeded', value: dialog } as unknown as Office.AsyncResult<unknown>), 0);
        },
        openBrowserWindow(url) {
          recorded.browserWindows.push(url);
        },
      },
    },
    actions: {
      associate(name, action) {
        recorded.actions.set(name, action);
      },
    },
    addin: {
      showAsTaskpane() {
        recorded.taskpaneShown += 1;
        return Promise.resolve();
      },
      hide() {
        return Promise.resolve();
      },
    },
    HostType: { Excel: 'Excel' },
    PlatformType: { PC: 'PC', OfficeOnline: 'OfficeOnline', Mac: 'Mac' },
    AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
    EventType: { DialogMessageReceived: 'dialogMessageReceived', DialogEventReceived: 'dialogEventReceived' },
    recorded,
  };
}
