/**
 * A part of the product that has not landed yet is reported as 未测 (not measured) with the reason,
 * never as a number. The engine's unbuilt stages throw "<stage>: not yet built (issue N)".
 */
const NOT_YET_BUILT = /\b(\w+): not yet built/;

const STAGE_NAMES: Record<string, string> = {
  recognize: '识别 recognize',
  validate: '校验 validate',
  compute: '测算 compute',
  narrate: '成文 narrate',
  layout: '排版 layout',
};

export class NotReady extends Error {
  constructor(readonly reason: string) {
    super(reason);
  }
}

/** "未测（识别 recognize 尚未就绪）" for a not-yet-built stage; null for any other error (a real failure). */
export function notReadyReason(error: unknown): string | null {
  if (error instanceof NotReady) return error.reason;
  const message = error instanceof Error ? error.message : String(error);
  const match = NOT_YET_BUILT.exec(message);
  if (!match) return null;
  return `${STAGE_NAMES[match[1]] ?? match[1]} 尚未就绪 not built yet`;
}

/** The table keeps a reason to one readable line; results.json keeps it whole. */
const SHOWN_REASON = 70;

export function notMeasured(reason: string): string {
  const shown = [...reason].length > SHOWN_REASON ? `${[...reason].slice(0, SHOWN_REASON).join('')}…` : reason;
  return `未测（${shown}）`;
}
