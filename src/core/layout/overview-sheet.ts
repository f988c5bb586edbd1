import { t } from '../i18n';
import type { CellRef, ChartPlan, ConditionalFormat, PlannedValue, Results, SheetPlan, Status, StyledRange } from '../model';
import { formulaValue, pendingForWantOfTarget, refToFormula } from '../model';
import { calculationNotes } from './calculation-notes';
import { carryConfirmers, readConfirmers, type Confirmer } from './confirmers';
import type { LayoutContext, SheetBuilder } from './index';
import { measureCol, type MeasureColumn } from './measures-columns';
import { measuresLayout, type MeasureLine, type MeasuresLayout } from './measures-rows';
import { errorMessagesByRow } from './row-errors';
import { heightFor, linesIn } from './row-height';
import {
  sourceLine,
  BODY_STYLE,
  COUNT,
  generatedAtText,
  HEADER_STYLE,
  HEADING_STYLE,
  INFO_STYLE,
  PERCENT,
  percentText,
  rect,
  SCORE,
  SIGNED_PERCENT,
  TAB_COLOURS,
  TITLE_STYLE,
} from './sheet-styles';
import { nothingReported, summaryCol, summaryLayout, UNREPORTED_SCORE, type SummaryColumn } from './summary-sheet';

/** The headline figures, read off 汇总's 合计 row. */
const HEADLINE: readonly SummaryColumn[] = ['total', 'completed', 'onTrack', 'behind', 'inProgress', 'noData', 'pending', 'unclear', 'earned', 'available', 'rate'];
/** The chart's series: every status a group's indicators can be in, 已完成 counting 超额完成. */
const SERIES: readonly SummaryColumn[] = ['completed', 'onTrack', 'behind', 'inProgress', 'noData', 'pending', 'unclear'];
/** Data-bar colours per series, the status colours at full strength so a bar reads on white. */
const BAR_COLOURS: Readonly<Partial<Record<SummaryColumn, string>>> = {
  completed: '#70AD47',
  onTrack: '#5B9BD5',
  behind: '#E0524A',
  inProgress: '#FFC000',
  noData: '#A5A5A5',
  pending: '#ED7D31',
  unclear: '#8064A2',
};
const LIST_COLUMNS = ['name', 'id', 'completion', 'benchmark', 'gap', 'department', 'owner'] as const satisfies readonly MeasureColumn[];
type ListColumn = (typeof LIST_COLUMNS)[number];
const WIDTH = 11;
// 实得分, 应得分, 得分率 show in the headline at 16 pt bold: 11 units fit "0.00" but not "100.00" or "100.00%", which LibreOffice and
// Excel then print as ### (real-frozen-11/112, 应得分 100.00).
const COLUMN_WIDTHS = [30, 11, 12, 11, 11, 12, 11, 11, 14, 14, 14];
/** The 测算说明 lines span the first seven columns, beside and below the chart. */
const NOTES_WIDTH = COLUMN_WIDTHS.slice(0, 7).reduce((sum, width) => sum + width, 0);

type Cells = PlannedValue[];

class OverviewBuilder {
  readonly rows: Cells[] = [];
  readonly styles: StyledRange[] = [];
  readonly merges: ReturnType<typeof rect>[] = [];
  readonly formats: ConditionalFormat[] = [];
  readonly heights: { row: number; height: number }[] = [];
  constructor(
    private readonly results: Results,
    private readonly context: LayoutContext,
    private readonly measures: MeasuresLayout,
  ) {}

  get next(): number {
    return this.rows.length + 1;
  }

  push(cells: Cells): number {
    this.rows.push(cells);
    return this.rows.length;
  }

  line(text: string, style: StyledRange['style'], width = WIDTH): number {
    const row = this.push([{ kind: 'text', text }]);
    this.styles.push({ rect: rect(row, 1, row, width), style });
    this.merges.push(rect(row, 1, row, width));
    return row;
  }

  summaryRef(row: number, column: SummaryColumn): string {
    return refToFormula({ sheet: this.context.names.summary, row, col: summaryCol(column) });
  }

  measuresRef(row: number, column: MeasureColumn): CellRef {
    return { sheet: this.context.names.measures, row, col: measureCol(column) };
  }

  headline(totalRow: number): void {
    this.line(t('sheet.overview.headline'), HEADING_STYLE);
    const labels = this.push(HEADLINE.map((column): PlannedValue => ({ kind: 'text', text: t(`sheet.summary.col.${column}`) })));
    const totals = this.results.totals;
    const cached: Record<string, number | string> = {
      total: totals.total,
      completed: totals.completed,
      onTrack: totals.onTrack,
      behind: totals.behind,
      inProgress: totals.inProgress ?? 0,
      noData: totals.noData,
      pending: totals.pending ?? 0,
      unclear: totals.unclear ?? 0,
      // Nothing reported: 汇总 shows — for 实得分 and 得分率, and so does this line, which points at it.
      earned: nothingReported(totals) ? UNREPORTED_SCORE : totals.scoreEarned,
      available: totals.scoreAvailable,
      rate: nothingReported(totals) ? UNREPORTED_SCORE : totals.scoreAvailable > 0 ? totals.scoreEarned / totals.scoreAvailable : '',
    };
    // A table with no 分值 has nothing to score: 实得分 0 · 应得分 0 would read as "scored nothing".
    const unscored = totals.scoreAvailable <= 0;
    const scoreColumn = (column: SummaryColumn) => column === 'earned' || column === 'available' || column === 'rate';
    const values = this.push(
      HEADLINE.map((column): PlannedValue =>
        unscored && scoreColumn(column) ? { kind: 'text', text: '—' } : formulaValue(`=${this.summaryRef(totalRow, column)}`, cached[column]),
      ),
    );
    this.styles.push(
      { rect: rect(labels, 1, labels, HEADLINE.length), style: HEADER_STYLE },
      { rect: rect(values, 1, values, HEADLINE.length), style: { ...BODY_STYLE, fontSize: 16, bold: true, horizontal: 'center', numberFormat: COUNT } },
      { rect: rect(values, HEADLINE.indexOf('earned') + 1, values, HEADLINE.indexOf('available') + 1), style: { numberFormat: SCORE } },
      { rect: rect(values, HEADLINE.indexOf('rate') + 1, values, HEADLINE.indexOf('rate') + 1), style: { numberFormat: PERCENT } },
      { rect: rect(values, HEADLINE.indexOf('behind') + 1, values, HEADLINE.indexOf('behind') + 1), style: { fontColor: '#C00000' } },
    );
    this.heights.push({ row: labels, height: 30 }, { row: values, height: 32 });
  }

  /** The chart's data, one row per group, read off 汇总; data bars show the same counts inside the table. */
  statusByGroup(groupRows: ReadonlyMap<string, number>): ChartPlan {
    const headingRow = this.line(t('sheet.overview.byGroup'), HEADING_STYLE);
    const headerRow = this.push([
      { kind: 'text', text: t('sheet.summary.col.group') },
      ...SERIES.map((column): PlannedValue => ({ kind: 'text', text: t(`sheet.summary.col.${column}`) })),
    ]);
    for (const rollup of this.results.byGroup) {
      const summaryRow = groupRows.get(rollup.key) ?? 0;
      const cached: Record<string, number> = {
        completed: rollup.completed,
        onTrack: rollup.onTrack,
        behind: rollup.behind,
        inProgress: rollup.inProgress ?? 0,
        noData: rollup.noData,
        pending: rollup.pending ?? 0,
        unclear: rollup.unclear ?? 0,
      };
      const row = this.push([
        { kind: 'text', text: rollup.key },
        ...SERIES.map((column): PlannedValue => formulaValue(`=${this.summaryRef(summaryRow, column)}`, cached[column])),
      ]);
      // A group written on two lines in the source (产出指标⏎(50分)) or wider than the column would spill over the next row.
      const lines = linesIn(rollup.key, COLUMN_WIDTHS[0]);
      if (lines > 1) this.heights.push({ row, height: heightFor(lines) });
    }
    const lastRow = Math.max(this.next - 1, headerRow + 1);
    const right = SERIES.length + 1;
    this.styles.push(
      { rect: rect(headerRow, 1, headerRow, right), style: HEADER_STYLE },
      { rect: rect(headerRow + 1, 1, lastRow, right), style: BODY_STYLE },
      { rect: rect(headerRow + 1, 1, lastRow, 1), style: { wrap: true } },
      { rect: rect(headerRow + 1, 2, lastRow, right), style: { numberFormat: COUNT, horizontal: 'left' } },
    );
    SERIES.forEach((column, i) => {
      this.formats.push({ kind: 'data-bar', rect: rect(headerRow + 1, i + 2, lastRow, i + 2), color: BAR_COLOURS[column] ?? '#5B9BD5' });
    });
    const noteRow = this.line(t('sheet.overview.chartNote'), { ...INFO_STYLE, wrap: true, italic: true }, right);
    this.heights.push({ row: noteRow, height: heightFor(linesIn(t('sheet.overview.chartNote'), NOTES_WIDTH)) });
    return {
      kind: 'stacked-bar',
      title: t('sheet.overview.chartTitle'),
      data: rect(headerRow, 1, lastRow, right),
      anchor: rect(headingRow, WIDTH + 1, headingRow + 17, WIDTH + 8),
    };
  }

  /**
   * An indicator list. For lagging ones the figures are formulas on 指标测算, so a corrected source shows
   * here too; for 待核实 ones the figures give way to what is wrong with the row.
   */
  indicatorList(lines: readonly IndicatorLine[], heading: string, none: string, problems?: ReadonlyMap<number, string>): void {
    this.push([]);
    this.line(heading, HEADING_STYLE);
    if (lines.length === 0) {
      this.line(none, INFO_STYLE);
      return;
    }
    const headers = LIST_COLUMNS.map((column): PlannedValue => ({ kind: 'text', text: t(`sheet.overview.col.${column}`) }));
    if (problems) headers.splice(2, 3, { kind: 'text', text: t('sheet.overview.col.problem') }, null, null);
    const headerRow = this.push(headers);
    if (problems) this.merges.push(rect(headerRow, 3, headerRow, 5));
    for (const line of lines) {
      const row = this.measures.rowOf.get(line.indicator.row) ?? 0;
      const cells = LIST_COLUMNS.map((column) => this.listCell(column, row, line));
      const problem = problems?.get(line.indicator.row) ?? '';
      if (problems) cells.splice(2, 3, { kind: 'text', text: problem }, null, null);
      const at = this.push(cells);
      if (problems) this.merges.push(rect(at, 3, at, 5));
      // Every wrapped column sets the height, not the name alone: a long 责任科室 was cut off at one line.
      const lines = Math.max(
        linesIn(line.indicator.name.value, COLUMN_WIDTHS[0]),
        problems ? linesIn(problem, COLUMN_WIDTHS[2] + COLUMN_WIDTHS[3] + COLUMN_WIDTHS[4] - 1) : 1,
        linesIn(line.indicator.department?.value ?? '', COLUMN_WIDTHS[LIST_COLUMNS.indexOf('department')]),
        linesIn(line.indicator.owner?.value ?? '', COLUMN_WIDTHS[LIST_COLUMNS.indexOf('owner')]),
      );
      if (lines > 1) this.heights.push({ row: at, height: heightFor(lines) });
    }
    const last = this.next - 1;
    this.styles.push(
      { rect: rect(headerRow, 1, headerRow, LIST_COLUMNS.length), style: HEADER_STYLE },
      { rect: rect(headerRow + 1, 1, last, LIST_COLUMNS.length), style: { ...BODY_STYLE, wrap: true } },
    );
    if (!problems) {
      this.styles.push(
        { rect: rect(headerRow + 1, 3, last, 4), style: { numberFormat: PERCENT } },
        { rect: rect(headerRow + 1, 5, last, 5), style: { numberFormat: SIGNED_PERCENT, fontColor: '#C00000' } },
      );
    }
  }

  private listCell(column: ListColumn, row: number, line: IndicatorLine): PlannedValue {
    const { indicator, result } = line;
    const fromMeasures = (cached: number | null | undefined): PlannedValue =>
      cached === null || cached === undefined ? null : formulaValue(`=${refToFormula(this.measuresRef(row, column))}`, cached);
    const words = (value: string | undefined): PlannedValue => (value ? { kind: 'text', text: value } : null);
    switch (column) {
      case 'name':
        return { kind: 'link', text: indicator.name.value.trim(), target: this.measuresRef(row, 'name') };
      case 'id':
        return words(indicator.id || indicator.outline);
      case 'completion':
        return fromMeasures(result.completionRate);
      case 'benchmark':
        return fromMeasures(result.benchmark);
      case 'gap':
        return fromMeasures(result.progressGap);
      case 'department':
        return words(indicator.department?.value);
      case 'owner':
        return words(indicator.owner?.value);
      default: {
        const unreachable: never = column;
        return unreachable;
      }
    }
  }

  notes(lines: readonly string[]): void {
    this.push([]);
    this.line(t('sheet.overview.rules'), HEADING_STYLE);
    for (const text of lines) {
      const row = this.line(text, { ...INFO_STYLE, fontColor: '#404040', wrap: true, vertical: 'top' }, 7);
      this.heights.push({ row, height: heightFor(linesIn(text, NOTES_WIDTH)) });
    }
  }
}

type IndicatorLine = Extract<MeasureLine, { kind: 'indicator' }>;

function withStatus(lines: readonly MeasureLine[], status: Status): IndicatorLine[] {
  return lines.filter((line): line is IndicatorLine => line.kind === 'indicator' && line.result.status === status);
}

/** At most this many names are listed; the rest are counted together. */
const NAMES_LISTED = 3;

/**
 * 截至生成时已人工确认3项（张三2项、未填确认人1项）: how many statuses a person decided, and whose word each is,
 * as 确认人 holds it — never a name that is not there. Static text of this run: a confirmation made after it
 * is counted by 汇总's formulas at once, and in this line on the next run.
 */
function confirmedByLine(results: Results, confirmers: ReadonlyMap<number, Confirmer>): string | null {
  const confirmed = results.indicators.filter((result) => result.judgedStatus !== undefined);
  if (confirmed.length === 0) return null;
  const byName = new Map<string, number>();
  let unnamed = 0;
  for (const result of confirmed) {
    const name = confirmers.get(result.row)?.by ?? '';
    if (name === '') unnamed++;
    else byName.set(name, (byName.get(name) ?? 0) + 1);
  }
  const named = [...byName].sort((a, b) => b[1] - a[1]);
  const parts = named.slice(0, NAMES_LISTED).map(([name, count]) => t('sheet.overview.confirmed.by', 'zh-CN', { name, count }));
  const others = named.slice(NAMES_LISTED).reduce((sum, [, count]) => sum + count, 0);
  if (others > 0) parts.push(t('sheet.overview.confirmed.others', 'zh-CN', { count: others }));
  if (unnamed > 0) parts.push(t('sheet.overview.confirmed.unnamed', 'zh-CN', { count: unnamed }));
  return t('sheet.overview.confirmed', 'zh-CN', { count: confirmed.length, who: parts.join('、') });
}

/**
 * 总览, the page a leader opens first: the period, headline counts, status by group (a native chart where
 * the host can draw one, data bars always), the lagging indicators and who answers for them, the rules.
 */
export const overviewSheet: SheetBuilder = (input, context) => {
  const { table, results } = input;
  if (!table || !results) return null;
  const measures = measuresLayout(table, results);
  const summary = summaryLayout(results);
  const builder = new OverviewBuilder(results, context, measures);
  const { year, label, expectedProgress } = results.period;

  builder.line(t('sheet.overview.title', 'zh-CN', { year, period: label }), TITLE_STYLE);
  builder.line(sourceLine(table, input.snapshot), INFO_STYLE);
  builder.line(t('sheet.overview.period', 'zh-CN', { year, period: label, progress: percentText(expectedProgress) }), INFO_STYLE);
  builder.line(t('sheet.overview.generated', 'zh-CN', { generatedAt: generatedAtText(input.generatedAt) }), INFO_STYLE);
  const confirmedLine = confirmedByLine(results, carryConfirmers(readConfirmers(input.snapshot), table.indicators).byRow);
  if (confirmedLine) builder.line(confirmedLine, INFO_STYLE);
  // A plan with nothing reported yet says so first, before any count a leader might read as progress.
  const unreported = results.indicators.filter((result) => result.status === 'no-data' || result.status === 'not-reported').length;
  if (results.indicators.length > 0 && unreported === results.indicators.length) {
    builder.line(t('sheet.overview.nothingReported', 'zh-CN', { count: unreported }), { ...INFO_STYLE, bold: true });
  }
  builder.push([]);
  builder.headline(summary.byGroup.totalRow);
  builder.push([]);
  const chart = builder.statusByGroup(summary.byGroup.rows);
  const behind = withStatus(measures.lines, 'behind');
  builder.indicatorList(behind, t('sheet.overview.lagging', 'zh-CN', { count: behind.length }), t('sheet.overview.noLagging'));
  const pending = withStatus(measures.lines, 'pending');
  // 待核实 for want of a target (a statistics table) is no "源表本行数据有误": the heading says which it is.
  const unset = pending.filter((line) => pendingForWantOfTarget(line.result)).length;
  const pendingHeading = unset === 0 ? 'sheet.overview.pendingList' : unset === pending.length ? 'sheet.overview.noTargetList' : 'sheet.overview.pendingMixedList';
  if (pending.length > 0) builder.indicatorList(pending, t(pendingHeading, 'zh-CN', { count: pending.length, unset }), '', new Map([...errorMessagesByRow(input.issues)].map(([row, messages]) => [row, messages.join('；')])));
  const unclear = withStatus(measures.lines, 'unclear');
  if (unclear.length > 0) builder.indicatorList(unclear, t('sheet.overview.unclearList', 'zh-CN', { count: unclear.length }), '');
  builder.notes(calculationNotes(table, results, context.names.measures));

  const plan: SheetPlan = {
    name: context.names.overview,
    role: 'overview',
    tabColor: TAB_COLOURS.overview,
    rows: builder.rows,
    columnWidths: COLUMN_WIDTHS,
    hiddenColumns: [],
    rowHeights: [{ row: 1, height: 32 }, ...builder.heights],
    styles: builder.styles,
    merges: builder.merges,
    conditionalFormats: builder.formats,
    print: { orientation: 'landscape', fitToWidth: true },
    protection: { editable: [] },
    chart,
    notes: [],
  };
  return plan;
};
