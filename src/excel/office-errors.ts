import type { MessageKey } from '../core/i18n';

/**
 * Office.js rejects context.sync() with an OfficeExtension.Error whose `code` says what went wrong.
 * We sort those codes into the few situations a user can act on, each with a Chinese message
 * (ui.error.<kind>) that says what to do.
 */
export type HostErrorKind =
  | 'access-denied'
  | 'item-not-found'
  | 'item-exists'
  | 'invalid-argument'
  | 'payload-too-large'
  | 'cell-editing'
  | 'not-supported'
  | 'conflict'
  | 'edited-meanwhile'
  /** The plan would cross one of Excel's limits (src/core/limits): refused before anything is sent. */
  | 'over-limit'
  | 'general';

/** An error the host raises itself (not from Office.js), e.g. a workbook changed between read and write. */
export class HostError extends Error {
  constructor(
    readonly kind: HostErrorKind,
    readonly detail: string,
  ) {
    super(`${kind}: ${detail}`);
    this.name = 'HostError';
  }
}

const KIND_OF_CODE: Readonly<Record<string, HostErrorKind>> = {
  AccessDenied: 'access-denied',
  ItemNotFound: 'item-not-found',
  ItemAlreadyExists: 'item-exists',
  InvalidArgument: 'invalid-argument',
  InvalidReference: 'invalid-argument',
  InvalidOperation: 'invalid-argument',
  RequestPayloadSizeLimitExceeded: 'payload-too-large',
  ResponsePayloadSizeLimitExceeded: 'payload-too-large',
  RangeExceedsLimit: 'payload-too-large',
  InvalidOperationInCellEditMode: 'cell-editing',
  ApiNotFound: 'not-supported',
  NotImplemented: 'not-supported',
  UnsupportedFeature: 'not-supported',
  UnsupportedOperation: 'not-supported',
  UnsupportedSheet: 'not-supported',
  Conflict: 'conflict',
  InsertDeleteConflict: 'conflict',
  MergedRangeConflict: 'conflict',
  FilteredRangeConflict: 'conflict',
  PivotTableRangeConflict: 'conflict',
  GeneralException: 'general',
};

export function errorCode(error: unknown): string | null {
  if (typeof error === 'object' && error !== null && 'code' in error) {
    const code = (error as { code: unknown }).code;
    if (typeof code === 'string') return code;
  }
  return null;
}

export function classifyHostError(error: unknown): HostErrorKind {
  if (error instanceof HostError) return error.kind;
  const code = errorCode(error);
  return (code !== null && KIND_OF_CODE[code]) || 'general';
}

/** True when a read asked for more than 5,000,000 cells in one range: the caller reads in row blocks. */
export function isRangeTooLarge(error: unknown): boolean {
  return errorCode(error) === 'RangeExceedsLimit';
}

/** True when the request or its answer was too big: the caller retries in smaller pieces. */
export function isPayloadTooLarge(error: unknown): boolean {
  return classifyHostError(error) === 'payload-too-large';
}

export function hostErrorKey(kind: HostErrorKind): MessageKey {
  switch (kind) {
    case 'access-denied':
      return 'ui.error.access-denied';
    case 'item-not-found':
      return 'ui.error.item-not-found';
    case 'item-exists':
      return 'ui.error.item-exists';
    case 'invalid-argument':
      return 'ui.error.invalid-argument';
    case 'payload-too-large':
      return 'ui.error.payload-too-large';
    case 'cell-editing':
      return 'ui.error.cell-editing';
    case 'not-supported':
      return 'ui.error.not-supported';
    case 'conflict':
      return 'ui.error.conflict';
    case 'edited-meanwhile':
      return 'ui.error.edited-meanwhile';
    case 'over-limit':
      return 'ui.error.over-limit';
    case 'general':
      return 'ui.error.general';
    default: {
      const unreachable: never = kind;
      return unreachable;
    }
  }
}

/** What went wrong in the words of Office.js (code and message), for the details line under the Chinese message. */
export function technicalDetail(error: unknown): string {
  const code = errorCode(error);
  const message =
    typeof error === 'object' && error !== null && typeof (error as { message?: unknown }).message === 'string'
      ? (error as { message: string }).message
      : String(error);
  return code ? `${code}: ${message}` : message;
}
