import { describeViolations, planViolations } from '../core/limits';
import type { OutputPlan, SheetSnapshot, WorkbookSnapshot } from '../core/model';
import { HostError, isPayloadTooLarge } from './office-errors';
import { CALL_BYTES, jsonBytes, SYNC_BUDGET_BYTES } from './payload-size';
import type { Capabilities, HostFeature } from './requirement-sets';
import { sheetSteps, type WriteStep } from './sheet-write';
import { sameValues } from './sheet-compare';
import type { Batch } from './sync-batch';

/**
 * Writes an OutputPlan so that nothing half-written is ever left behind:
 *   1. the sheets an earlier run generated are renamed out of the way (kept as backups),
 *   2. the new sheets are added under their final names — all of them first, so cross-sheet formulas
 *      find their targets — and filled in as few syncs as the payload limit allows,
 *   3. only then are the backups deleted.
 * A sync Excel refuses as too large is split in two and sent again (a single step splits by rows), so a
 * wrong size estimate costs a round trip, not the run. If any other sync fails, the new sheets are deleted
 * and the backups get their names back.
 * The first sync also re-reads the sheets about to be replaced: if someone edited them after our read
 * (a colleague typing a 审阅意见 in a shared workbook), everything is rolled back and the caller reads again.
 */

export interface ApplyOutcome {
  /** Names of the sheets written, in workbook order. */
  readonly written: readonly string[];
  /** Optional features this Excel lacks that the plan asked for. */
  readonly skipped: readonly HostFeature[];
  /** Write syncs, the final swap included. */
  readonly syncs: number;
  /** Bytes of the request payloads we sent, as we count them. */
  readonly requestBytes: number;
  /** Syncs Excel refused as too large and that were split and sent again. */
  readonly splits: number;
}

const BACKUP_PREFIX = '~huibao-old-';

function backupName(index: number): string {
  return `${BACKUP_PREFIX}${index + 1}`;
}

/** A write step bound to its target sheet. */
interface BoundStep {
  readonly bytes: number;
  readonly run: () => void;
  readonly split?: () => [BoundStep, BoundStep] | null;
}

function bind(step: WriteStep, target: () => Excel.Worksheet): BoundStep {
  return {
    bytes: step.bytes,
    run: () => step.queue(target()),
    split: () => {
      const halves = step.split?.() ?? null;
      return halves ? [bind(halves[0], target), bind(halves[1], target)] : null;
    },
  };
}

/** A refused group in two: its steps halved, or its one step split; null when nothing smaller exists. */
function splitGroup(group: readonly BoundStep[]): BoundStep[][] | null {
  if (group.length > 1) {
    const half = Math.ceil(group.length / 2);
    return [group.slice(0, half), group.slice(half)];
  }
  const halves = group[0]?.split?.() ?? null;
  return halves ? [[halves[0]], [halves[1]]] : null;
}

/** Groups steps into syncs, in order, each under the budget; a step never splits. */
export function packSteps<T extends { readonly bytes: number }>(steps: readonly T[], budget = SYNC_BUDGET_BYTES): T[][] {
  const syncs: T[][] = [];
  let current: T[] = [];
  let bytes = 0;
  for (const step of steps) {
    if (current.length > 0 && bytes + step.bytes > budget) {
      syncs.push(current);
      current = [];
      bytes = 0;
    }
    current.push(step);
    bytes += step.bytes;
  }
  if (current.length > 0) syncs.push(current);
  return syncs;
}

interface Verification {
  readonly sheet: SheetSnapshot;
  readonly range: Excel.Range;
}

/** The generated sheets about to be replaced, as the snapshot saw them. */
function sheetsToReplace(plan: OutputPlan, snapshot: WorkbookSnapshot): SheetSnapshot[] {
  return plan.removeSheets.map((name) => {
    const sheet = snapshot.sheets.find((candidate) => candidate.name === name);
    if (!sheet) throw new HostError('edited-meanwhile', `sheet ${name} is not in the snapshot`);
    return sheet;
  });
}

function queueVerification(batch: Batch, sheets: readonly SheetSnapshot[]): Verification[] {
  return sheets.map((sheet) => {
    const range = batch.context.workbook.worksheets.getItem(sheet.name).getUsedRange(true);
    range.load(['values', 'valueTypes', 'rowIndex', 'columnIndex']);
    return { sheet, range };
  });
}

function verify(verifications: readonly Verification[]): void {
  for (const { sheet, range } of verifications) {
    if (!sameValues(sheet, range.values, range.valueTypes as string[][], range.rowIndex, range.columnIndex)) {
      throw new HostError('edited-meanwhile', `${sheet.name} changed after it was read`);
    }
  }
}

/** Reads which sheets exist now, then undoes whatever of steps 1–2 had happened. Two syncs, error path only. */
async function rollBack(batch: Batch, plan: OutputPlan, replaced: readonly SheetSnapshot[]): Promise<void> {
  const sheets = batch.context.workbook.worksheets;
  sheets.load('items/name');
  await batch.sync();
  const present = new Set(sheets.items.map((sheet) => sheet.name));
  const renamedAway = new Set(replaced.filter((_, i) => present.has(backupName(i))).map((sheet) => sheet.name));
  for (const planned of plan.sheets) {
    // A sheet under a planned name is ours unless it is an old one that never got renamed away.
    const isOld = replaced.some((sheet) => sheet.name === planned.name) && !renamedAway.has(planned.name);
    if (present.has(planned.name) && !isOld) sheets.getItem(planned.name).delete();
  }
  replaced.forEach((sheet, i) => {
    if (present.has(backupName(i))) sheets.getItem(backupName(i)).name = sheet.name;
  });
  await batch.sync();
}

export async function applyPlan(batch: Batch, plan: OutputPlan, snapshot: WorkbookSnapshot, capabilities: Capabilities): Promise<ApplyOutcome> {
  // Checked against Excel's limits table before the first request: a refused write midway would roll back the run.
  const violations = planViolations(plan);
  if (violations.length > 0) throw new HostError('over-limit', describeViolations(violations));
  const replaced = sheetsToReplace(plan, snapshot);
  const skipped = new Set<HostFeature>();
  const targets = new Map<string, Excel.Worksheet>();
  const worksheets = batch.context.workbook.worksheets;

  const renameOld: BoundStep = {
    bytes: CALL_BYTES * 3 * replaced.length,
    run: () => replaced.forEach((sheet, i) => (worksheets.getItem(sheet.name).name = backupName(i))),
  };
  const addNew: BoundStep = {
    bytes: CALL_BYTES * 3 * plan.sheets.length,
    run: () => plan.sheets.forEach((sheet) => targets.set(sheet.name, worksheets.add(sheet.name))),
  };
  const contents: BoundStep[] = plan.sheets.flatMap((sheet) =>
    sheetSteps(sheet, capabilities, skipped).map((step: WriteStep) => bind(step, () => targets.get(sheet.name) as Excel.Worksheet)),
  );
  const pending = packSteps([renameOld, addNew, ...contents]);

  const verificationBytes = replaced.reduce((sum, sheet) => sum + jsonBytes(sheet.values), 0);
  const verifyFirst = verificationBytes > SYNC_BUDGET_BYTES / 2;
  const before = batch.counts.syncs;
  let requestBytes = 0;
  let splits = 0;

  // Very large earlier output is re-read on its own, before anything is touched.
  if (verifyFirst) {
    for (const sheet of replaced) {
      const verification = queueVerification(batch, [sheet]);
      await batch.sync();
      verify(verification);
    }
  }

  let verified = verifyFirst;
  try {
    while (pending.length > 0) {
      const group = pending.shift() as BoundStep[];
      // The small verification rides in the first write sync, queued before the renames.
      const verification = verified ? [] : queueVerification(batch, replaced);
      if (capabilities.has('suspend-calculation')) batch.context.workbook.application.suspendApiCalculationUntilNextSync();
      let bytes = 0;
      for (const step of group) {
        step.run();
        bytes += step.bytes;
      }
      // One sync per payload-sized group: the 5 MB limit is the only reason there is more than one.
      try {
        await batch.sync();
      } catch (error) {
        // A refused request ran nothing: send the same steps again in two smaller requests.
        const halves = isPayloadTooLarge(error) ? splitGroup(group) : null;
        if (!halves) throw error;
        pending.unshift(...halves);
        splits += 1;
        continue;
      }
      requestBytes += bytes;
      verify(verification);
      verified = true;
    }
  } catch (error) {
    // The write's own error is what the user must see; a rollback that fails too must not hide it.
    await rollBack(batch, plan, replaced).catch(() => undefined);
    throw error;
  }

  replaced.forEach((_, i) => worksheets.getItem(backupName(i)).delete());
  if (plan.activate) worksheets.getItem(plan.activate).activate();
  await batch.sync();

  return {
    written: plan.sheets.map((sheet) => sheet.name),
    skipped: [...skipped],
    syncs: batch.counts.syncs - before,
    requestBytes,
    splits,
  };
}
