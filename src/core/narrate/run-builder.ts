import type { CellRef, NumberRun, Run } from '../model';

/**
 * Collects the runs of one sentence or paragraph. Adjacent text merges, so a paragraph holds as few runs
 * as it has figures; a figure keeps the cells it came from.
 */
export class RunBuilder {
  private readonly runs: Run[] = [];

  text(text: string): this {
    if (text === '') return this;
    const last = this.runs[this.runs.length - 1];
    if (last?.kind === 'text') this.runs[this.runs.length - 1] = { kind: 'text', text: last.text + text };
    else this.runs.push({ kind: 'text', text });
    return this;
  }

  number(text: string, value: number, unit: string | null, sources: readonly CellRef[]): this {
    this.runs.push({ kind: 'number', text, value, unit, sources: uniqueRefs(sources) });
    return this;
  }

  placeholder(text: string): this {
    this.runs.push({ kind: 'placeholder', text });
    return this;
  }

  append(runs: readonly Run[]): this {
    for (const run of runs) {
      if (run.kind === 'text') this.text(run.text);
      else this.runs.push(run);
    }
    return this;
  }

  isEmpty(): boolean {
    return this.runs.length === 0;
  }

  /** The text so far, for decisions such as "does it already end in a stop". */
  plain(): string {
    return this.runs.map((run) => run.text).join('');
  }

  build(): Run[] {
    return [...this.runs];
  }
}

/** Each cell once, in order of first mention. A count in the opening cites thousands of cells: keys are numbers, not strings. */
export function uniqueRefs(refs: readonly CellRef[]): CellRef[] {
  const seen = new Map<string, Set<number>>();
  const unique: CellRef[] = [];
  for (const ref of refs) {
    let cells = seen.get(ref.sheet);
    if (cells === undefined) {
      cells = new Set<number>();
      seen.set(ref.sheet, cells);
    }
    // Excel has 16,384 columns: row × 16,385 + column is unique per cell.
    const key = ref.row * 16385 + ref.col;
    if (cells.has(key)) continue;
    cells.add(key);
    unique.push(ref);
  }
  return unique;
}

export function isNumberRun(run: Run): run is NumberRun {
  return run.kind === 'number';
}
