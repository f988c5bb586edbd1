import type { CellRef, ColumnMapping, FieldKey, Indicator, IndicatorTable, Issue, NumberField, SheetSnapshot } from '../model';
import { refToString } from '../model';
import { severityOf, type ValidationCode } from './catalogue';
import { shownText } from './message-values';

export interface RuleContext {
  readonly table: IndicatorTable;
  /** The sheet the table was found on; null when the snapshot does not hold it (rules then use the table alone). */
  readonly sheet: SheetSnapshot | null;
}

/** One rule, or one family of rules, in its own file. */
export interface Rule {
  readonly name: string;
  readonly check: (context: RuleContext) => Issue[];
}

type Params = Readonly<Record<string, string | number>>;

/** An issue on one indicator's row: indicatorRow lets compute show the row as 待核实 when it is an error. */
export function indicatorIssue(code: ValidationCode, indicator: Indicator, cell: CellRef, params: Params = {}): Issue {
  const name = shownText(indicator.name.value, 40);
  return {
    severity: severityOf(code),
    code,
    cell,
    indicatorRow: indicator.row,
    indicatorName: name,
    params: { name, cell: refToString(cell), row: indicator.row, ...params },
  };
}

/** An issue on a row that is not an indicator, or on the table as a whole. */
export function tableIssue(code: ValidationCode, cell: CellRef | null, params: Params = {}, row?: number): Issue {
  return {
    severity: severityOf(code),
    code,
    cell,
    ...(row === undefined ? {} : { indicatorRow: row }),
    params: { ...(cell ? { cell: refToString(cell) } : {}), ...(row === undefined ? {} : { row }), ...params },
  };
}

/** The fields of an indicator that hold numbers, named as the table's columns are. */
export type NumericField = 'target' | 'periodTarget' | 'actual' | 'lastYear' | 'weight' | 'growth' | 'completionRate';

export function numberFieldOf(indicator: Indicator, field: NumericField): NumberField | null {
  switch (field) {
    case 'target':
      return indicator.target;
    case 'periodTarget':
      return indicator.periodTarget;
    case 'actual':
      return indicator.actual;
    case 'lastYear':
      return indicator.lastYear;
    case 'weight':
      return indicator.weight;
    case 'growth':
      return indicator.statedGrowth;
    case 'completionRate':
      return indicator.statedCompletion;
    default: {
      const unreachable: never = field;
      return unreachable;
    }
  }
}

/** A finite value, or null: recognition bugs (NaN, Infinity) must not turn into findings or crashes. */
export function valueOf(field: NumberField | null): number | null {
  return field !== null && typeof field.value === 'number' && Number.isFinite(field.value) ? field.value : null;
}

export function columnOf(table: IndicatorTable, field: FieldKey): ColumnMapping | null {
  const mapping = table.columns[field];
  return mapping && Number.isInteger(mapping.col) && mapping.col >= 1 ? mapping : null;
}

/** The cell of `field`'s column on `row`, when the table has that column. */
export function columnRef(table: IndicatorTable, row: number, field: FieldKey): CellRef | null {
  const mapping = columnOf(table, field);
  return mapping ? { sheet: table.sheet, row, col: mapping.col } : null;
}

/** Where to point staff for a field: the cell the value came from, else its column on the row, else the name. */
export function fieldRef(table: IndicatorTable, indicator: Indicator, field: NumericField): CellRef {
  return numberFieldOf(indicator, field)?.cell ?? columnRef(table, indicator.row, field) ?? indicator.name.cell;
}

const DEFAULT_LABELS: Record<FieldKey, string> = {
  id: '序号',
  category: '类别',
  name: '指标名称',
  unit: '单位',
  target: '目标值',
  periodTarget: '序时目标',
  actual: '完成值',
  lastYear: '上年同期',
  growth: '增幅',
  completionRate: '完成率',
  department: '责任科室',
  owner: '责任人',
  leader: '分管领导',
  cooperating: '配合单位',
  weight: '分值',
  deadline: '完成时限',
  progressText: '完成情况说明',
  problems: '存在问题',
  status: '进度状态',
};

/**
 * Labels already worked out per table: rules ask for the same column's label once per indicator, and
 * tidying the header each time cost most of a second on a 50,000-row table. Keyed weakly by the table,
 * so nothing outlives it.
 */
const LABELS = new WeakMap<IndicatorTable, Map<FieldKey, string>>();

/** The column's header as the sheet writes it, so staff recognise it; a plain name when there is none. */
export function columnLabel(table: IndicatorTable, field: FieldKey): string {
  let labels = LABELS.get(table);
  if (labels === undefined) {
    labels = new Map();
    LABELS.set(table, labels);
  }
  let label = labels.get(field);
  if (label === undefined) {
    label = labelOf(table, field);
    labels.set(field, label);
  }
  return label;
}

function labelOf(table: IndicatorTable, field: FieldKey): string {
  const header = columnOf(table, field)?.header;
  const last = typeof header === 'string' ? header.split(' › ').pop() ?? '' : '';
  const label = shownText(last, 20);
  return label === '' ? DEFAULT_LABELS[field] : label;
}

export function sheetRef(table: IndicatorTable, row: number, col: number): CellRef {
  return { sheet: table.sheet, row, col };
}
