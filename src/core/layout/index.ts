import type { IndicatorTable, Issue, OutputPlan, ReportDoc, Results, SheetPlan, SheetRole, WorkbookSnapshot } from '../model';
import { generatedSheets, resolveSheetNames, withMarker } from './generated-sheets';
import { SHEET_BUILDERS } from './sheet-builders';
import { coalesceStyles } from './style-ranges';

export interface LayoutInput {
  readonly snapshot: WorkbookSnapshot;
  /** null when nothing was recognised: only the 校验结果 sheet is planned. */
  readonly table: IndicatorTable | null;
  readonly issues: readonly Issue[];
  readonly results: Results | null;
  readonly report: ReportDoc | null;
  /** ISO timestamp printed on 总览 ("生成时间"). */
  readonly generatedAt: string;
}

/** What every sheet builder gets besides the input: the final names of all generated sheets, for cross-sheet formulas. */
export interface LayoutContext {
  readonly names: Readonly<Record<SheetRole, string>>;
}

/** Builds one generated sheet (or none, when it has nothing to show). */
export type SheetBuilder = (input: LayoutInput, context: LayoutContext) => SheetPlan | readonly SheetPlan[] | null;

export function layout(input: LayoutInput): OutputPlan {
  const context: LayoutContext = { names: resolveSheetNames(input.snapshot) };
  const sheets: SheetPlan[] = [];
  for (const build of SHEET_BUILDERS) {
    const built = build(input, context);
    if (built === null) continue;
    for (const plan of Array.isArray(built) ? built : [built as SheetPlan]) {
      const marked = withMarker(plan);
      sheets.push({ ...marked, styles: coalesceStyles(marked.styles) });
    }
  }
  return {
    removeSheets: generatedSheets(input.snapshot).map((sheet) => sheet.name),
    sheets,
    activate: sheets[0]?.name ?? null,
  };
}
