/**
 * One Excel.run batch with its round trips counted. Every context.sync() in the host goes through
 * `sync()` so tests and the task pane can tell how many round trips and bytes a job took.
 */
export interface SyncCounts {
  syncs: number;
}

export interface Batch {
  readonly context: Excel.RequestContext;
  sync(): Promise<void>;
  readonly counts: SyncCounts;
}

export function countedBatch(context: Excel.RequestContext, counts: SyncCounts): Batch {
  return {
    context,
    counts,
    async sync() {
      counts.syncs += 1;
      await context.sync();
    },
  };
}

/** Excel.run as the host needs it; the real one in Excel, the emulator's in tests. */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;
