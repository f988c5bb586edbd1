import type { Indicator, IndicatorResult, IndicatorTable, Results, SectionRow } from '../model';

/** A line of the 指标测算 body: a section title, or an indicator with its results. */
export type MeasureLine =
  | { readonly kind: 'section'; readonly section: SectionRow }
  | { readonly kind: 'indicator'; readonly indicator: Indicator; readonly result: IndicatorResult };

/** Where things sit on 指标测算; 汇总 and 总览 build their formulas from this. */
export interface MeasuresLayout {
  readonly headerRow: number;
  /** First and last body rows (sections and indicators); last ≥ first even when the table is empty, so ranges stay valid. */
  readonly firstRow: number;
  readonly lastRow: number;
  readonly lines: readonly MeasureLine[];
  /** Indicator source row → its row on 指标测算. */
  readonly rowOf: ReadonlyMap<number, number>;
}

export const MEASURES_HEADER_ROW = 3;

/**
 * 指标测算, 汇总 and 总览 each ask for the same layout: it is worked out once per table and results
 * (a sort of every row on a big table), kept weakly so it goes with them.
 */
const LAYOUTS = new WeakMap<IndicatorTable, WeakMap<Results, MeasuresLayout>>();

/** The workbook's own order: section titles interleaved with indicators by source row (a title first on a tie). */
export function measuresLayout(table: IndicatorTable, results: Results): MeasuresLayout {
  let byResults = LAYOUTS.get(table);
  if (byResults === undefined) {
    byResults = new WeakMap();
    LAYOUTS.set(table, byResults);
  }
  let layout = byResults.get(results);
  if (layout === undefined) {
    layout = layoutOf(table, results);
    byResults.set(results, layout);
  }
  return layout;
}

function layoutOf(table: IndicatorTable, results: Results): MeasuresLayout {
  const resultOf = new Map(results.indicators.map((result) => [result.row, result]));
  const lines: { line: MeasureLine; row: number; order: number }[] = [];
  for (const section of table.sections) lines.push({ line: { kind: 'section', section }, row: section.row, order: 0 });
  for (const indicator of table.indicators) {
    const result = resultOf.get(indicator.row);
    if (result) lines.push({ line: { kind: 'indicator', indicator, result }, row: indicator.row, order: 1 });
  }
  lines.sort((a, b) => a.row - b.row || a.order - b.order);
  const firstRow = MEASURES_HEADER_ROW + 1;
  const rowOf = new Map<number, number>();
  lines.forEach(({ line }, i) => {
    if (line.kind === 'indicator') rowOf.set(line.indicator.row, firstRow + i);
  });
  return {
    headerRow: MEASURES_HEADER_ROW,
    firstRow,
    lastRow: firstRow + Math.max(lines.length, 1) - 1,
    lines: lines.map(({ line }) => line),
    rowOf,
  };
}
