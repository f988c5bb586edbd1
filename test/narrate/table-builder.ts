import type {
  Approximation,
  CellRef,
  Direction,
  Indicator,
  IndicatorResult,
  IndicatorTable,
  NumberField,
  Period,
  Results,
  Rollup,
  SectionRow,
  Status,
  TextField,
} from '../../src/core/model';

/**
 * Builds an IndicatorTable and its Results the way recognition and compute would hand them over, so the
 * narrative can be tested before (and apart from) those stages. Columns follow the sample's layout:
 * A 序号 · C 指标名称 · D 单位 · E 全年目标 · G 完成值 · H 上年同期 · I 增幅 · M 完成情况说明.
 */
export const SHEET = '目标分解表';
const COL = { id: 1, name: 3, unit: 4, target: 5, actual: 7, lastYear: 8, growth: 9, progress: 13 } as const;

export function cell(row: number, col: number): CellRef {
  return { sheet: SHEET, row, col };
}

export function numberField(value: number, row: number, col: number, options: { approx?: Approximation; text?: string; decimals?: number } = {}): NumberField {
  const decimals = options.decimals ?? (String(value).split('.')[1]?.length ?? 0);
  return { value, cell: cell(row, col), approx: options.approx ?? 'exact', text: options.text ?? String(value), decimals, derived: false };
}

function textField(value: string, row: number, col: number): TextField {
  return { value, cell: cell(row, col) };
}

export interface QuantitativeSpec {
  readonly name: string;
  readonly unit: string | null;
  readonly target?: number;
  readonly actual?: number;
  readonly actualApprox?: Approximation;
  readonly actualDecimals?: number;
  readonly lastYear?: number;
  /** As a fraction (0.3108). */
  readonly statedGrowth?: number;
  readonly progressText?: string;
  readonly direction?: Direction;
  readonly dataMonths?: { fromMonth: number; toMonth: number };
  /** Forces a status (pending for a row with an error). */
  readonly status?: Status;
}

export interface QualitativeSpec {
  readonly name: string;
  readonly targetText?: string;
  readonly actualText?: string;
  readonly progressText?: string;
  readonly status?: Status;
}

export class TableBuilder {
  private row: number;
  private readonly path: string[] = [];
  private readonly sections: SectionRow[] = [];
  private readonly indicators: Indicator[] = [];
  private readonly statuses = new Map<number, Status>();

  constructor(
    private readonly period: Period = halfYear(2009),
    private readonly unitName: string | null = '灌南县发展和改革委员会',
    firstRow = 5,
  ) {
    this.row = firstRow;
  }

  section(level: number, outline: string, title: string): this {
    this.path.length = Math.min(this.path.length, level - 1);
    while (this.path.length < level - 1) this.path.push('');
    this.path.push(title);
    this.sections.push({ row: this.row, outline, title, level, path: [...this.path] });
    this.row += 1;
    return this;
  }

  quantitative(spec: QuantitativeSpec): this {
    const row = this.row++;
    const indicator: Indicator = {
      ...this.base(row, spec.name),
      kind: 'quantitative',
      direction: spec.direction ?? 'higher',
      unit: spec.unit,
      target: spec.target === undefined ? null : numberField(spec.target, row, COL.target),
      targetText: null,
      periodTarget: null,
      actual:
        spec.actual === undefined
          ? null
          : numberField(spec.actual, row, COL.actual, {
              approx: spec.actualApprox,
              decimals: spec.actualDecimals,
              text: spec.actualApprox === 'over' ? `${spec.actual}余${spec.unit ?? ''}` : String(spec.actual),
            }),
      actualText: null,
      lastYear: spec.lastYear === undefined ? null : numberField(spec.lastYear, row, COL.lastYear),
      statedGrowth: spec.statedGrowth === undefined ? null : numberField(spec.statedGrowth, row, COL.growth, { decimals: 4 }),
      progressText: spec.progressText === undefined ? null : textField(spec.progressText, row, COL.progress),
      ...(spec.dataMonths ? { dataMonths: spec.dataMonths } : {}),
    };
    this.indicators.push(indicator);
    if (spec.status) this.statuses.set(row, spec.status);
    return this;
  }

  qualitative(spec: QualitativeSpec): this {
    const row = this.row++;
    this.indicators.push({
      ...this.base(row, spec.name),
      kind: 'qualitative',
      direction: 'higher',
      unit: null,
      target: null,
      targetText: spec.targetText === undefined ? null : textField(spec.targetText, row, COL.target),
      periodTarget: null,
      actual: null,
      actualText: spec.actualText === undefined ? null : textField(spec.actualText, row, COL.actual),
      lastYear: null,
      statedGrowth: null,
      progressText: spec.progressText === undefined ? null : textField(spec.progressText, row, COL.progress),
    });
    this.statuses.set(row, spec.status ?? (spec.progressText || spec.actualText ? 'completed' : 'not-reported'));
    return this;
  }

  private base(row: number, name: string) {
    return {
      row,
      sheet: SHEET,
      outline: '',
      id: String(row),
      path: [...this.path],
      name: textField(name, row, COL.name),
      statedCompletion: null,
      department: null,
      owner: null,
      leader: null,
      cooperating: null,
      problems: null,
      weight: null,
      deadline: null,
    };
  }

  table(): IndicatorTable {
    return {
      sheet: SHEET,
      layoutClass: 'breakdown',
      title: `${this.period.year}年度目标任务分解表`,
      unitName: this.unitName,
      headerRows: [3, 4],
      columns: {},
      period: this.period,
      sections: this.sections,
      indicators: this.indicators,
      statedWeightTotal: null,
      notes: [],
    };
  }

  /** Results as compute defines them: completion = actual ÷ target, status against 序时进度. */
  results(): Results {
    const indicators = this.indicators.map((indicator) => resultFor(indicator, this.period, this.statuses.get(indicator.row)));
    const totals: Rollup = { key: '合计', total: indicators.length, completed: 0, onTrack: 0, behind: 0, noData: 0, scoreEarned: 0, scoreAvailable: 0 };
    return { period: this.period, scoreRule: { kind: 'proportional', cap: 1 }, indicators, byGroup: [], byDepartment: [], totals };
  }
}

export function halfYear(year: number): Period {
  return { year, fromMonth: 1, toMonth: 6, expectedProgress: 0.5, label: '1—6月', source: 'header' };
}

function resultFor(indicator: Indicator, period: Period, forced: Status | undefined): IndicatorResult {
  const actual = indicator.actual?.value ?? null;
  const target = indicator.target?.value ?? null;
  const lastYear = indicator.lastYear?.value ?? null;
  const months = indicator.dataMonths ? indicator.dataMonths.toMonth - indicator.dataMonths.fromMonth + 1 : period.toMonth - period.fromMonth + 1;
  const expected = months / 12;
  let completionRate: number | null = null;
  if (actual !== null && target !== null && target !== 0) {
    completionRate = indicator.direction === 'lower' ? (actual === 0 ? null : target / actual) : actual / target;
  }
  const progressGap = completionRate === null ? null : completionRate - expected;
  const growthRate = indicator.statedGrowth?.value ?? (actual !== null && lastYear ? (actual - lastYear) / lastYear : null);
  let status: Status;
  if (forced) status = forced;
  else if (indicator.kind === 'qualitative') status = 'not-reported';
  else if (actual === null) status = 'no-data';
  else if (completionRate === null) status = 'on-track';
  else if (completionRate > 1) status = 'exceeded';
  else if (completionRate === 1) status = 'completed';
  else if (progressGap !== null && progressGap >= 0) status = 'on-track';
  else status = 'behind';
  return { row: indicator.row, completionRate, progressGap, growthRate, status, score: null };
}
