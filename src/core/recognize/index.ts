import type { FieldKey, IndicatorTable, Issue, WorkbookSnapshot } from '../model';

export interface RecognizeOptions {
  /** Use this sheet instead of the one recognition would pick. */
  readonly sheet?: string;
  /** YYYY-MM-DD: overrides the period found in the workbook. */
  readonly asOf?: string;
  /** field → column letter, confirmed by the user (CLI --map, task pane). */
  readonly columnMap?: Partial<Record<FieldKey, string>>;
}

/** A sheet recognition considered, best first: the task pane offers these as choices. */
export interface SheetCandidate {
  readonly sheet: string;
  /** 0..1 */
  readonly score: number;
}

export interface Recognition {
  /** null when no sheet holds an indicator table. */
  readonly table: IndicatorTable | null;
  readonly issues: Issue[];
  readonly candidates: readonly SheetCandidate[];
  /** Fields whose column mapping is below the confidence threshold: ask the user. */
  readonly unsure: readonly FieldKey[];
}

export function recognize(_snapshot: WorkbookSnapshot, _options: RecognizeOptions = {}): Recognition {
  throw new Error('recognize: not yet built (issue 4)');
}
