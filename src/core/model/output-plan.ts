import type { CellRef } from './cell-ref';

/**
 * What the engine asks a host to write: new sheets described as plain data.
 * Hosts (Office.js, .xlsx file) turn this into their own calls; nothing here knows either.
 */

/** 1-based, inclusive rectangle. */
export interface Rect {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

export type PlannedValue =
  /** Written as text even when it begins with "=": workbook text never becomes a formula. */
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'number'; readonly value: number }
  /** A live formula ("=目标分解表!G9/目标分解表!E9"); `cached` is the engine's own figure, written as the cached result. */
  | { readonly kind: 'formula'; readonly formula: string; readonly cached: number | string | boolean | null }
  /** Text that links to a cell in the same workbook (校验结果 → 目标分解表!E9). */
  | { readonly kind: 'link'; readonly text: string; readonly target: CellRef }
  | null;

/** Matches once, at the start, and takes nothing: a replace with it copies the text. */
const START = /^/;

/**
 * The text as one flat string. V8 keeps a string built from pieces (template literals, +) as a tree of
 * those pieces, and a plan holds its strings until the host has written them: at 50,000 rows flat
 * formulas cut what is live after layout from 350 to 311 MB (node --expose-gc, forced collections). A
 * regular-expression replace writes its result as one new string; reading a character does not flatten
 * in optimised code, so it cannot stand in.
 */
export function flatString(text: string): string {
  return text.replace(START, '');
}

/** A formula cell whose text is kept flat (see flatString). */
export function formulaValue(formula: string, cached: number | string | boolean | null): PlannedValue {
  return { kind: 'formula', formula: flatString(formula), cached };
}

/** What a planned cell shows before any recalculation: its text, its number, a formula's cached figure. */
export function shownValue(value: PlannedValue | undefined): string | number | boolean | null {
  if (!value) return null;
  switch (value.kind) {
    case 'text':
    case 'link':
      return value.text;
    case 'number':
      return value.value;
    case 'formula':
      return value.cached;
    default: {
      const unreachable: never = value;
      return unreachable;
    }
  }
}

export interface CellStyle {
  readonly fontName?: string;
  /** Points. */
  readonly fontSize?: number;
  readonly bold?: boolean;
  readonly italic?: boolean;
  /** "#RRGGBB" */
  readonly fontColor?: string;
  /** "#RRGGBB" */
  readonly fill?: string;
  readonly numberFormat?: string;
  readonly horizontal?: 'left' | 'center' | 'right' | 'justify';
  readonly vertical?: 'top' | 'middle' | 'bottom';
  readonly wrap?: boolean;
  /** Indent level (Excel's IndentLevel). */
  readonly indent?: number;
  /** Thin border around every cell of the range. */
  readonly border?: boolean;
}

export interface StyledRange {
  readonly rect: Rect;
  readonly style: CellStyle;
}

export type ConditionalFormat =
  /** Colour cells whose text equals `text` (status colours). */
  | { readonly kind: 'text-equals'; readonly rect: Rect; readonly text: string; readonly fill: string; readonly fontColor: string }
  /** Colour cells where the formula (relative to the rect's top-left cell) is true. */
  | { readonly kind: 'formula'; readonly rect: Rect; readonly formula: string; readonly fill: string; readonly fontColor: string }
  /** A data bar: counts drawn inside the cells (beside the chart on 总览, alone on 汇总). */
  | { readonly kind: 'data-bar'; readonly rect: Rect; readonly color: string };

/**
 * A drop-down of fixed choices on a range (Excel's list data validation): 确认状态 offers the statuses a person
 * may confirm. `prompt` is the input message shown when the cell is selected.
 */
export interface DropDown {
  readonly rect: Rect;
  readonly values: readonly string[];
  readonly prompt?: { readonly title: string; readonly message: string };
}

export interface ChartPlan {
  readonly kind: 'stacked-bar' | 'clustered-column';
  readonly title: string;
  /** Header row on top, categories in the first column, one series per further column. */
  readonly data: Rect;
  /** Where the chart sits on the sheet. */
  readonly anchor: Rect;
}

export interface CellNote {
  readonly row: number;
  readonly col: number;
  readonly text: string;
}

/** Which generated sheet this is; stored in the sheet's marker so a rerun finds it by role, not by name. */
export type SheetRole = 'checks' | 'measures' | 'summary' | 'regions' | 'overview' | 'draft' | 'draft-backup' | 'notes';

export interface SheetPlan {
  readonly name: string;
  readonly role: SheetRole;
  /** "#RRGGBB" */
  readonly tabColor?: string;
  /** Cell contents from A1; rows may differ in length. The marker cell is included by the layout. */
  readonly rows: readonly (readonly PlannedValue[])[];
  /** Width per column in characters, from column A. */
  readonly columnWidths: readonly number[];
  /** 1-based columns to hide (the marker column, internal keys). */
  readonly hiddenColumns: readonly number[];
  /** Points, for rows that need it (titles, wrapped paragraphs). */
  readonly rowHeights: readonly { readonly row: number; readonly height: number }[];
  /** Applied in order; later ranges win. */
  readonly styles: readonly StyledRange[];
  readonly merges: readonly Rect[];
  readonly conditionalFormats: readonly ConditionalFormat[];
  readonly freeze?: { readonly rows: number; readonly cols: number };
  readonly print?: {
    readonly orientation: 'landscape' | 'portrait';
    readonly fitToWidth: boolean;
    /** Rows repeated at the top of each printed page. */
    readonly repeatRows?: { readonly first: number; readonly last: number };
  };
  /** When present the sheet is protected (no password: it guards against slips, not people) except these ranges. */
  readonly protection?: { readonly editable: readonly Rect[] };
  /** Drop-down lists (确认状态); a host that cannot make one leaves the cells plain and editable. */
  readonly dropDowns?: readonly DropDown[];
  readonly chart?: ChartPlan;
  readonly notes: readonly CellNote[];
}

export interface OutputPlan {
  /** Sheets an earlier run generated (found by marker), to be replaced. Never a sheet a person made. */
  readonly removeSheets: readonly string[];
  /** New sheets in the order they should appear, after the department's own sheets. */
  readonly sheets: readonly SheetPlan[];
  /** The sheet to show when done. */
  readonly activate: string | null;
}
