import type { IndicatorTable, Issue, LayoutClass, SheetSnapshot } from '../../model';
import type { MergeIndex } from '../merged-cells';

/** What each layout reader of its own (finance form, cross-table) is given: one sheet and what surrounds it. */
export interface SpecialLayoutInput {
  readonly sheet: SheetSnapshot;
  readonly merges: MergeIndex;
  readonly workbookName: string;
  readonly asOf?: string;
}

/** A layout reader's answer when the sheet is its kind: the table, or a refusal that says why. */
export type SpecialLayout =
  | { readonly kind: 'table'; readonly table: IndicatorTable; readonly issues: Issue[] }
  /** `layout`: the kind the sheet is, whose reader refused it. */
  | { readonly kind: 'refused'; readonly layout: LayoutClass; readonly issues: Issue[] };
