/**
 * Traditional → simplified characters, as a host supplies it. The core uses no library, so the converter is given
 * to it: OpenCC's dictionaries (opencc-js, not a hand table), registered by the Node host
 * (src/node/traditional-chinese.ts, for the CLI, tests and benches) and by the engine's Web Worker. Without one
 * (the pane's in-thread fallback) traditional characters are read as written. Recognition and judgement share it.
 */
export type Simplifier = (text: string) => string;

let simplifier: Simplifier | null = null;

export function useSimplifier(convert: Simplifier | null): void {
  simplifier = convert;
}

/** Whether a converter is registered (without one, traditional text is read as written). */
export function canSimplify(): boolean {
  return simplifier !== null;
}

export function toSimplified(text: string): string {
  return simplifier === null ? text : simplifier(text);
}
