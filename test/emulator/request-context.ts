import { type ApiSurface, gateOpen, memberStatus } from './api-surface';
import { EmulatedOfficeError, propertyNotLoaded } from './office-error';
import type { WorkbookState } from './workbook-state';

/**
 * The heart of the emulator: a request context that queues every write and load and applies them only at
 * sync(), in order, the way Excel runs a batch. Each sync is one round trip; its request and response are
 * measured as UTF-8 JSON and refused above Excel on the web's 5 MB, and a chosen call can be made to fail.
 * A failing call stops the batch where it is: the calls before it stay applied, as in Excel.
 */

export const PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;
/**
 * What Office.js adds per queued action (object path, ids, action type), roughly: the emulator's byte counts
 * are for spotting a runaway request, not for sizing. Real request sizes are measured with the shipped
 * office.js's own request builder (test/excel/office-js-recorder.ts, request-size.test.ts).
 */
export const ACTION_ENVELOPE_BYTES = 100;

export interface SyncRecord {
  readonly requestBytes: number;
  readonly responseBytes: number;
  readonly actions: number;
  readonly failed: string | null;
}

export interface EmulatorStats {
  readonly syncs: SyncRecord[];
}

export interface FailureRule {
  readonly call: string;
  readonly code: string;
  /** 1-based: the n-th execution of the call fails. */
  readonly occurrence: number;
  seen: number;
}

/** What a load leaves to apply once the whole sync has succeeded. */
export interface LoadResult {
  readonly bytes: number;
  readonly commit: () => void;
}

interface QueuedAction {
  readonly call: string;
  readonly bytes: number;
  readonly run: () => LoadResult | void;
}

export interface EmulatorHost {
  readonly state: WorkbookState;
  /** The Excel API of the office.js we ship: nothing outside it exists here either. */
  readonly surface: ApiSurface;
  /** The ExcelApi version this "Excel" supports. */
  readonly excelApi: string;
  readonly stats: EmulatorStats;
  readonly failures: FailureRule[];
  readonly latencyMs: number;
}

const encoder = new TextEncoder();

export function payloadBytes(value: unknown): number {
  return encoder.encode(JSON.stringify(value) ?? 'null').length;
}

export class EmulatedRequestContext {
  private queue: QueuedAction[] = [];

  constructor(readonly host: EmulatorHost) {}

  get state(): WorkbookState {
    return this.host.state;
  }

  enqueue(call: string, argument: unknown, run: () => LoadResult | void): void {
    this.queue.push({ call, bytes: ACTION_ENVELOPE_BYTES + (argument === undefined ? 0 : payloadBytes(argument)), run });
  }

  private checkFailure(call: string): void {
    for (const rule of this.host.failures) {
      if (rule.call !== call) continue;
      rule.seen += 1;
      if (rule.seen === rule.occurrence) throw new EmulatedOfficeError(rule.code, `Injected failure of ${call}.`, call);
    }
  }

  async sync(): Promise<void> {
    const actions = this.queue;
    this.queue = [];
    const requestBytes = actions.reduce((sum, action) => sum + action.bytes, 0);
    if (this.host.latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, this.host.latencyMs));
    else await Promise.resolve();
    const record = (responseBytes: number, failed: string | null) =>
      this.host.stats.syncs.push({ requestBytes, responseBytes, actions: actions.length, failed });

    if (requestBytes > PAYLOAD_LIMIT_BYTES) {
      record(0, 'RequestPayloadSizeLimitExceeded');
      throw new EmulatedOfficeError('RequestPayloadSizeLimitExceeded', 'The request payload size has exceeded the limit.');
    }
    const commits: (() => void)[] = [];
    let responseBytes = 0;
    for (const action of actions) {
      try {
        this.checkFailure(action.call);
        const result = action.run();
        if (result) {
          commits.push(result.commit);
          responseBytes += result.bytes;
        }
      } catch (error) {
        record(responseBytes, action.call);
        throw error;
      }
    }
    if (responseBytes > PAYLOAD_LIMIT_BYTES) {
      record(responseBytes, 'ResponsePayloadSizeLimitExceeded');
      throw new EmulatedOfficeError('ResponsePayloadSizeLimitExceeded', 'The response payload size has exceeded the limit.');
    }
    record(responseBytes, null);
    for (const commit of commits) commit();
  }
}

/** What load() takes in Office.js: "a, b", ["a", "b"], or { select: "a, b" }. */
export type LoadSpec = string | string[] | OfficeExtension.LoadOption;

/** "values, formulas", ["values","formulas"] or { select: "values, formulas" } → trimmed names. */
export function loadNames(spec: LoadSpec | undefined): string[] {
  if (spec === undefined) return [];
  const select = typeof spec === 'object' && !Array.isArray(spec) ? (spec.select ?? []) : spec;
  const parts = Array.isArray(select) ? select : select.split(',');
  return parts.map((part) => part.trim()).filter((part) => part !== '');
}

/**
 * The emulator's own plumbing on its proxies, which the add-in never sees in Office.js. Everything else a
 * proxy offers is Office.js API and passes the shipped-surface gate below.
 */
const EMULATOR_INTERNALS = new Set([
  'context',
  'propertyKey',
  'loaded',
  'acceptLoaded',
  'readLoaded',
  'className',
  'queueLoad',
  'queueCall',
  'snapshotProperty',
  'exists',
  'where',
  'located',
  'locate',
  'sheet',
  'bound',
  'find',
  'orNull',
  'adopt',
  'bind',
  'record',
  'chart',
  'state',
  'queueSet',
  'range',
  'part',
  'queueRestyle',
  'edge',
  'border',
  'loadedItems',
  'areas',
  'worksheet',
  'writeCells',
  'constructor',
  'officeClass',
]);

/**
 * What office.js does with a member, per the shipped library and this Excel's ExcelApi version:
 *   - not in the library at all → undefined (so `sheet.notes.add` is a TypeError, as in Excel);
 *   - in the library, gated on a set this Excel lacks → the library's ApiNotFound error on access,
 *     and for a property write, the host's refusal at sync;
 *   - otherwise the emulated member.
 */
function gated(target: EmulatedClientObject): EmulatedClientObject {
  const host = target.context.host;
  const statusOf = (member: string | symbol) => {
    if (typeof member !== 'string' || EMULATOR_INTERNALS.has(member)) return null;
    return memberStatus(host.surface, target.officeClass(), member);
  };
  const apiNotFound = (member: string) =>
    new EmulatedOfficeError('ApiNotFound', `The API you are trying to use could not be found. (${target.officeClass()}.${member}, ExcelApi ${host.excelApi})`, `${target.officeClass()}.${member}`);
  return new Proxy(target, {
    get(object, member, receiver) {
      const status = statusOf(member);
      if (status?.kind === 'absent') return undefined;
      if (status?.kind === 'present' && !gateOpen(status.gate, host.excelApi)) throw apiNotFound(String(member));
      return Reflect.get(object, member, receiver);
    },
    set(object, member, value, receiver) {
      const status = statusOf(member);
      if (status?.kind === 'absent') return Reflect.defineProperty(object, member, { value, writable: true, configurable: true });
      if (status?.kind === 'present' && !gateOpen(status.gate, host.excelApi)) {
        object.context.enqueue(`${target.officeClass()}.${String(member)}`, value, () => {
          throw apiNotFound(String(member));
        });
        return true;
      }
      return Reflect.set(object, member, value, receiver);
    },
  });
}

/**
 * Base of every proxy: properties must be loaded and synced before they are read, as in Excel
 * (reading earlier throws PropertyNotLoaded). Every proxy is gated by the shipped office.js's surface.
 */
export abstract class EmulatedClientObject {
  private readonly loaded = new Map<string, unknown>();

  constructor(readonly context: EmulatedRequestContext) {
    // A constructor may hand back another object: every proxy the add-in holds is the gated one.
    return gated(this);
  }

  /** The Excel class this proxy plays, e.g. "Worksheet" for EmulatedWorksheet. */
  officeClass(): string {
    return this.constructor.name.replace(/^Emulated/, '');
  }

  /** Evaluates the named properties against the state at this point of the batch. */
  protected abstract snapshotProperty(name: string): unknown;

  /** Whether the object exists (the *OrNullObject variants answer false instead of throwing). */
  protected exists(): boolean {
    return true;
  }

  get isNullObject(): boolean {
    return this.readLoaded<boolean>('isNullObject');
  }

  /** For collections: an item born from a collection load arrives with its properties loaded. */
  acceptLoaded(values: ReadonlyMap<string, unknown>): void {
    this.loaded.set('isNullObject', false);
    for (const [name, value] of values) this.loaded.set(name, value);
  }

  protected readLoaded<T>(name: string): T {
    if (!this.loaded.has(name)) throw propertyNotLoaded(name);
    return this.loaded.get(name) as T;
  }

  protected className(): string {
    return this.constructor.name.replace(/^Emulated/, '');
  }

  /** Queues a load; values are captured when the batch reaches it and become readable after sync. */
  protected queueLoad(names: readonly string[]): void {
    this.context.enqueue(`${this.className()}.load`, names, () => {
      if (!this.exists()) {
        return { bytes: 20, commit: () => this.loaded.set('isNullObject', true) };
      }
      const values = new Map<string, unknown>();
      for (const name of names) values.set(name, this.snapshotProperty(name));
      const bytes = payloadBytes(Object.fromEntries(values));
      return {
        bytes,
        commit: () => this.acceptLoaded(values),
      };
    });
  }

  /** Queues a write of a property or a call; `apply` changes the state at sync. */
  protected queueCall(member: string, argument: unknown, apply: () => void): void {
    this.context.enqueue(`${this.className()}.${member}`, argument, () => {
      if (!this.exists()) throw new EmulatedOfficeError('ItemNotFound', `The requested resource doesn't exist. (${this.className()}.${member})`);
      apply();
    });
  }
}

/** OfficeExtension.ClientResult: its value is readable after the sync that fills it. */
export class EmulatedClientResult<T> {
  private filled = false;
  private content: T | undefined;

  get value(): T {
    if (!this.filled) throw propertyNotLoaded('value');
    return this.content as T;
  }

  fill(value: T): void {
    this.filled = true;
    this.content = value;
  }
}
