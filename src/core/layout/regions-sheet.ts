import { regionBenchmark, regionRate, regionStanding, type RegionStanding } from '../compute/region-standing';
import { t, type MessageKey } from '../i18n';
import type { ConditionalFormat, Indicator, IndicatorResult, NumberField, PlannedValue, Rect, RegionFigures, Results, SheetPlan, Status, StyledRange, WorkbookSnapshot } from '../model';
import { cellAddress, cellAt, formulaValue, refToFormula, refToString, shownValue } from '../model';
import type { LayoutInput, SheetBuilder } from './index';
import { MeasureRowBuilder } from './measures-cells';
import { measureCol } from './measures-columns';
import { measuresLayout } from './measures-rows';
import { errorMessagesByRow } from './row-errors';
import {
  BODY_STYLE,
  decimalFormat,
  generatedAtText,
  HEADER_STYLE,
  HEADING_STYLE,
  INFO_STYLE,
  PERCENT,
  percentText,
  rect,
  sourceLine,
  statusColourRules,
  statusLabel,
  TAB_COLOURS,
  TITLE_STYLE,
  TOTAL_STYLE,
} from './sheet-styles';

/** 分地区: the columns of every block. */
const COLUMNS = ['region', 'target', 'actual', 'rate', 'status', 'note'] as const;
type RegionColumn = (typeof COLUMNS)[number];
const WIDTHS: Readonly<Record<RegionColumn, number>> = { region: 18, target: 12, actual: 12, rate: 11, status: 16, note: 44 };
const col = (column: RegionColumn): number => COLUMNS.indexOf(column) + 1;
const WIDTH = COLUMNS.length;

const text = (value: string | null | undefined): PlannedValue => (value ? { kind: 'text', text: value } : null);
const quoted = (label: string): string => `"${label.replace(/"/g, '""')}"`;

/** The indicators the sheet shows: those a cross-table breaks down by region. */
function brokenDown(input: LayoutInput): Indicator[] {
  return (input.table?.indicators ?? []).filter((indicator) => (indicator.breakdown ?? []).length > 0);
}

/** A region's status, refined past lags / on pace the way compute/status words an indicator's (超额完成, 已完成). */
function regionStatus(indicator: Indicator, region: RegionFigures, standing: RegionStanding): Status {
  switch (standing) {
    case 'unreported':
      return 'not-reported';
    case 'unmeasured':
      return 'no-data';
    case 'lags':
    case 'over-limit':
      return 'behind';
    case 'within-limit':
      return region.actual!.value < region.target!.value ? 'exceeded' : 'completed';
    case 'on-pace': {
      const rate = regionRate(region)!.rate;
      return rate > 1 ? 'exceeded' : rate >= 1 ? 'completed' : 'on-track';
    }
    default: {
      const unreachable: never = standing;
      return unreachable;
    }
  }
}

/** Builds one block's rows; row numbers are the sheet's, so formulas can name this sheet's own cells. */
class RegionBlock {
  readonly rows: PlannedValue[][] = [];
  readonly styles: StyledRange[] = [];
  readonly merges: Rect[] = [];
  /** Rows whose status column takes the status colours. */
  readonly statusRows: number[] = [];

  constructor(
    private readonly snapshot: WorkbookSnapshot,
    private readonly indicator: Indicator,
    private readonly benchmark: number,
    private readonly firstRow: number,
  ) {}

  private get nextRow(): number {
    return this.firstRow + this.rows.length;
  }

  private at(row: number, column: RegionColumn): string {
    return cellAddress(row, col(column));
  }

  /** A figure from the source: a formula on its cell, or the number when Excel cannot reach it (the note says so). */
  private figure(field: NumberField | null, column: 'target' | 'actual', notes: string[]): PlannedValue {
    if (!field) return null;
    if (!field.derived) return formulaValue(`=${refToFormula(field.cell)}`, field.value);
    notes.push(t('sheet.regions.note.derived', 'zh-CN', { field: t(`sheet.regions.col.${column}`), text: field.text, cell: refToString(field.cell) }));
    return { kind: 'number', value: field.value };
  }

  /** 完成比例: the stated cell when the sheet states one (a plain 286.5 under 完成比例(%) is that cell ÷ 100), else 完成数 ÷ 目标任务 on this row. */
  private rateCell(region: RegionFigures, row: number, notes: string[]): PlannedValue {
    const rate = regionRate(region);
    const stated = region.rate;
    // A ceiling's 完成数 ÷ 目标任务 is no completion (3.5% of a 4.3% limit is not 81% done): only a stated one is shown.
    if (rate === null || (this.indicator.direction === 'lower' && !stated)) return null;
    if (!stated) return formulaValue(`=${this.at(row, 'actual')}/${this.at(row, 'target')}`, rate.rate);
    // A formula on the stated cell shows where the rate comes from; only a figure that cannot be one gets a note.
    if (!stated.derived) return formulaValue(`=${refToFormula(stated.cell)}`, stated.value);
    const sheet = this.snapshot.sheets.find((s) => s.name === stated.cell.sheet);
    const raw = sheet ? cellAt(sheet, stated.cell.row, stated.cell.col) : null;
    if (typeof raw === 'number' && Math.abs(raw / 100 - stated.value) <= 1e-12 * Math.max(1, Math.abs(stated.value))) {
      return formulaValue(`=${refToFormula(stated.cell)}/100`, stated.value);
    }
    notes.push(t('sheet.regions.note.derived', 'zh-CN', { field: t('sheet.regions.col.rate'), text: stated.text, cell: refToString(stated.cell) }));
    return { kind: 'number', value: stated.value };
  }

  /** The status as a formula over this row's cells, with the rule region-standing.ts states, so a corrected source recolours it. */
  private statusCell(region: RegionFigures, row: number, cells: Partial<Record<RegionColumn, PlannedValue>>): PlannedValue {
    const standing = regionStanding(this.indicator, region, this.benchmark);
    const label = statusLabel(regionStatus(this.indicator, region, standing));
    const [exceeded, completed, onTrack, behind] = (['exceeded', 'completed', 'on-track', 'behind'] as const).map((s) => quoted(statusLabel(s)));
    if (standing === 'over-limit' || standing === 'within-limit') {
      const a = this.at(row, 'actual');
      const tg = this.at(row, 'target');
      return formulaValue(`=IF(${a}>${tg},${behind},IF(${a}<${tg},${exceeded},${completed}))`, label);
    }
    if ((standing === 'lags' || standing === 'on-pace') && cells.rate) {
      const r = this.at(row, 'rate');
      // The same margin as region-standing.ts: a rate equal to the benchmark but for the last bit of a division is on pace.
      return formulaValue(`=IF(${r}<${String(this.benchmark)}-1E-9,${behind},IF(${r}>1,${exceeded},IF(${r}>=1,${completed},${onTrack})))`, label);
    }
    return text(label);
  }

  private push(cells: Partial<Record<RegionColumn, PlannedValue>>): number {
    const row = this.nextRow;
    this.rows.push(COLUMNS.map((column) => cells[column] ?? null));
    return row;
  }

  region(region: RegionFigures): void {
    const row = this.nextRow;
    const notes: string[] = [];
    const name = region.region.value;
    const cells: Partial<Record<RegionColumn, PlannedValue>> = {
      // The name links to the region's row on the source sheet; a HYPERLINK formula holds at most 255 characters.
      region: name.length <= 200 ? { kind: 'link', text: name, target: region.region.cell } : text(name),
      target: this.figure(region.target, 'target', notes),
      actual: this.figure(region.actual, 'actual', notes),
    };
    cells.rate = this.rateCell(region, row, notes);
    cells.status = this.statusCell(region, row, cells);
    cells.note = text(notes.join('；'));
    this.push(cells);
    this.statusRows.push(row);
    const decimals = Math.max(0, region.target?.decimals ?? 0, region.actual?.decimals ?? 0);
    this.styles.push({ rect: rect(row, col('target'), row, col('actual')), style: { numberFormat: decimalFormat(decimals) } });
  }

  /** 合计: the indicator's own cells (the source's 合计 row), its completion and status those of 指标测算, so the two sheets never differ. */
  total(measures: Partial<Record<string, PlannedValue>>, measuresSheet: string, measuresRow: number | undefined): void {
    const notes: string[] = [];
    const pointAt = (column: 'completion' | 'counted'): PlannedValue => {
      const value = measures[column];
      if (!value || measuresRow === undefined) return null;
      const shown = shownValue(value);
      return shown === null ? null : formulaValue(`=${refToFormula({ sheet: measuresSheet, row: measuresRow, col: measureCol(column) })}`, shown);
    };
    const row = this.push({
      region: text(t('sheet.regions.total')),
      target: this.figure(this.indicator.target, 'target', notes),
      actual: this.figure(this.indicator.actual, 'actual', notes),
      rate: pointAt('completion'),
      // 计数状态: a person's 确认状态 where one is given, as 汇总 counts it.
      status: pointAt('counted'),
      note: text(notes.join('；')),
    });
    this.statusRows.push(row);
    const decimals = Math.max(0, this.indicator.target?.decimals ?? 0, this.indicator.actual?.decimals ?? 0);
    this.styles.push({ rect: rect(row, 1, row, WIDTH), style: TOTAL_STYLE });
    this.styles.push({ rect: rect(row, col('target'), row, col('actual')), style: { numberFormat: decimalFormat(decimals) } });
  }

  heading(n: number): void {
    const { indicator } = this;
    const title = indicator.unit
      ? t('sheet.regions.block.unit', 'zh-CN', { n, name: indicator.name.value, unit: indicator.unit })
      : t('sheet.regions.block', 'zh-CN', { n, name: indicator.name.value });
    const headingRow = this.push({ region: text(title) });
    this.merges.push(rect(headingRow, 1, headingRow, WIDTH));
    this.styles.push({ rect: rect(headingRow, 1, headingRow, WIDTH), style: HEADING_STYLE });
    const statusHeader: MessageKey = indicator.direction === 'lower' ? 'sheet.regions.col.status.limit' : 'sheet.regions.col.status';
    const headerRow = this.push({
      region: text(t('sheet.regions.col.region')),
      target: text(t('sheet.regions.col.target')),
      actual: text(t('sheet.regions.col.actual')),
      rate: text(t('sheet.regions.col.rate')),
      status: text(t(statusHeader)),
      note: text(indicator.direction === 'lower' ? t('sheet.regions.note.limit') : t('sheet.regions.col.note')),
    });
    this.styles.push({ rect: rect(headerRow, 1, headerRow, WIDTH), style: HEADER_STYLE });
  }
}

/** The indicator's cells on 指标测算, built as that sheet builds them, to point the 合计 row at the ones it fills. */
function measuresCells(
  results: Results,
  errors: ReadonlyMap<number, readonly string[]>,
  indicator: Indicator,
  result: IndicatorResult | undefined,
  measuresRow: number | undefined,
): Partial<Record<string, PlannedValue>> {
  if (!result || measuresRow === undefined) return {};
  return new MeasureRowBuilder(indicator, result, measuresRow, results.scoreRule, errors.get(indicator.row) ?? []).build(undefined).cells;
}

/**
 * 分地区: for a cross-table (地区 × 指标), one block per indicator with each region's 目标任务, 完成数,
 * 完成比例 and whether it reaches 序时进度, every figure a formula on the source cell and every region
 * name a link to its row. Planned only when some indicator is broken down by region.
 */
export const regionsSheet: SheetBuilder = (input, context) => {
  const { table, results } = input;
  if (!table || !results) return null;
  const indicators = brokenDown(input);
  if (indicators.length === 0) return null;
  const { year, label } = results.period;
  const layout = measuresLayout(table, results);
  const resultOf = new Map(results.indicators.map((result) => [result.row, result]));
  const errors = errorMessagesByRow(input.issues);

  const blank = (): PlannedValue[] => new Array<PlannedValue>(WIDTH).fill(null);
  const title = blank();
  title[0] = text(t('sheet.regions.title', 'zh-CN', { year, period: label }));
  const info = blank();
  info[0] = text(
    t('sheet.regions.info', 'zh-CN', {
      source: sourceLine(table, input.snapshot),
      year,
      period: label,
      progress: percentText(results.period.expectedProgress),
      generatedAt: generatedAtText(input.generatedAt),
    }),
  );
  const rows: PlannedValue[][] = [title, info];
  const styles: StyledRange[] = [
    { rect: rect(1, 1, 1, WIDTH), style: TITLE_STYLE },
    { rect: rect(2, 1, 2, WIDTH), style: { ...INFO_STYLE, wrap: true } },
  ];
  const merges: Rect[] = [rect(1, 1, 1, WIDTH), rect(2, 1, 2, WIDTH)];
  const statusRects: Rect[] = [];

  indicators.forEach((indicator, i) => {
    rows.push(blank());
    const block = new RegionBlock(input.snapshot, indicator, regionBenchmark(indicator, results), rows.length + 1);
    block.heading(i + 1);
    const bodyTop = rows.length + block.rows.length + 1;
    for (const region of indicator.breakdown ?? []) block.region(region);
    const measuresRow = layout.rowOf.get(indicator.row);
    block.total(measuresCells(results, errors, indicator, resultOf.get(indicator.row), measuresRow), context.names.measures, measuresRow);
    const bodyBottom = rows.length + block.rows.length;
    rows.push(...block.rows);
    styles.push(
      { rect: rect(bodyTop, 1, bodyBottom, WIDTH), style: BODY_STYLE },
      { rect: rect(bodyTop, col('target'), bodyBottom, col('actual')), style: { horizontal: 'right' } },
      { rect: rect(bodyTop, col('rate'), bodyBottom, col('rate')), style: { numberFormat: PERCENT, horizontal: 'right' } },
      { rect: rect(bodyTop, col('status'), bodyBottom, col('status')), style: { horizontal: 'center' } },
      { rect: rect(bodyTop, col('note'), bodyBottom, col('note')), style: { wrap: true, fontSize: 9, fontColor: '#595959' } },
      ...block.styles,
    );
    merges.push(...block.merges);
    statusRects.push(rect(bodyTop, col('status'), bodyBottom, col('status')));
  });

  const conditionalFormats: ConditionalFormat[] = statusRects.flatMap((r) => statusColourRules(r));
  const plan: SheetPlan = {
    name: context.names.regions,
    role: 'regions',
    tabColor: TAB_COLOURS.regions,
    rows,
    columnWidths: COLUMNS.map((column) => WIDTHS[column]),
    hiddenColumns: [],
    rowHeights: [
      { row: 1, height: 30 },
      { row: 2, height: 30 },
    ],
    styles,
    merges,
    conditionalFormats,
    freeze: { rows: 2, cols: 1 },
    print: { orientation: 'portrait', fitToWidth: true },
    protection: { editable: [] },
    notes: [],
  };
  return plan;
};
