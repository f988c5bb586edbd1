/**
 * A part that cannot be measured on this machine (no Chromium, no production build) is reported as
 * 未测 (not measured) with the reason, never as a number.
 */

export class NotReady extends Error {
  constructor(readonly reason: string) {
    super(reason);
  }
}

/** The reason for a part that could not be measured; null for any other error (a real failure). */
export function notReadyReason(error: unknown): string | null {
  return error instanceof NotReady ? error.reason : null;
}

/** The table keeps a reason to one readable line; results.json keeps it whole. */
const SHOWN_REASON = 70;

export function notMeasured(reason: string): string {
  const shown = [...reason].length > SHOWN_REASON ? `${[...reason].slice(0, SHOWN_REASON).join('')}…` : reason;
  return `未测（${shown}）`;
}
