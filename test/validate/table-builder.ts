/**
 * Builds an IndicatorTable together with the WorkbookSnapshot it was read from, the way recognition would
 * hand them to validation, so the rules can be tested without waiting for (or trusting) recognition.
 * One sheet, 考核指标: a title in row 1, a header in row 2, indicator and section rows from row 3.
 * Cells are given as they would be typed; the builder reads them the simple way (numbers are numbers,
 * "300余" is about 300, words in a number column stay words) — the test states anything subtler itself.
 */
import type {
  Approximation,
  CellRef,
  CellValue,
  ColumnMapping,
  DateField,
  Direction,
  FieldKey,
  Indicator,
  IndicatorKind,
  IndicatorTable,
  MergeArea,
  NumberField,
  Period,
  SectionRow,
  TextField,
  WorkbookSnapshot,
} from '../../src/core/model';
import { columnLetter } from '../../src/core/model';

export const SHEET = '考核指标';

/** Column of each field on the test sheet (1-based). */
export const COLUMN: Record<FieldKey, number> = {
  id: 1,
  name: 2,
  unit: 3,
  target: 4,
  periodTarget: 5,
  actual: 6,
  lastYear: 7,
  growth: 8,
  completionRate: 9,
  department: 10,
  owner: 11,
  weight: 12,
  deadline: 13,
  progressText: 14,
  category: 15,
  leader: 16,
  cooperating: 17,
  problems: 18,
  status: 19,
};

const HEADERS: Record<FieldKey, string> = {
  id: '序号',
  name: '指标名称',
  unit: '单位',
  target: '全年目标',
  periodTarget: '序时目标',
  actual: '1—6月完成',
  lastYear: '上年同期',
  growth: '增幅',
  completionRate: '完成率',
  department: '责任科室',
  owner: '责任人',
  leader: '分管领导',
  cooperating: '配合单位',
  problems: '存在问题',
  status: '进度状态',
  weight: '分值',
  deadline: '完成时限',
  progressText: '完成情况说明',
  category: '类别',
};

const HEADER_ROW = 2;

type NumberKey = 'target' | 'periodTarget' | 'actual' | 'lastYear' | 'growth' | 'completionRate' | 'weight';
const RATE_KEYS: readonly NumberKey[] = ['growth', 'completionRate'];

/** One indicator row: cells as typed, plus what recognition would have decided about it. */
export interface RowSpec {
  readonly id?: CellValue;
  readonly name?: CellValue;
  readonly unit?: CellValue;
  readonly target?: CellValue;
  readonly periodTarget?: CellValue;
  readonly actual?: CellValue;
  readonly lastYear?: CellValue;
  /** Fractions (0.3108) or text ("31.08%"). */
  readonly growth?: CellValue;
  readonly completionRate?: CellValue;
  readonly department?: CellValue;
  readonly owner?: CellValue;
  readonly weight?: CellValue;
  /** YYYY-MM-DD: written as an Excel serial date. */
  readonly deadline?: string;
  readonly progressText?: CellValue;
  readonly kind?: IndicatorKind;
  readonly direction?: Direction;
  /** Formulas in the row's cells (the cached value is the field's value above). */
  readonly formulas?: Partial<Record<FieldKey, string>>;
  /** Overrides what the builder would read from a cell. */
  readonly read?: Partial<Record<NumberKey, Partial<NumberField> | null>>;
}

export type Line =
  | { readonly line: 'section'; readonly title: string; readonly level: number; readonly outline?: string }
  | { readonly line: 'indicator'; readonly spec: RowSpec }
  | { readonly line: 'total'; readonly weight: CellValue }
  | { readonly line: 'cells'; readonly cells: Partial<Record<FieldKey, CellValue>> };

export const section = (title: string, level = 1, outline = ''): Line => ({ line: 'section', title, level, outline });
export const indicator = (spec: RowSpec): Line => ({ line: 'indicator', spec });
export const totalRow = (weight: CellValue): Line => ({ line: 'total', weight });
/** A row recognition did not take as an indicator (no name), with whatever cells it has. */
export const strayRow = (cells: Partial<Record<FieldKey, CellValue>>): Line => ({ line: 'cells', cells });

export interface BuildOptions {
  /** Columns the sheet does not have. */
  readonly without?: readonly FieldKey[];
  readonly period?: Partial<Period>;
  readonly merges?: readonly MergeArea[];
}

export interface Built {
  readonly table: IndicatorTable;
  readonly snapshot: WorkbookSnapshot;
  /** The row an indicator with this name landed on. */
  rowOf(name: string): number;
  /** 考核指标!D5 style reference of a field's cell on the named indicator's row. */
  ref(name: string, field: FieldKey): string;
}

/** Excel's serial number of an ISO date (1900 date system). */
export function excelSerial(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number);
  return (Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000;
}

function decimalsOf(text: string): number {
  const match = /\.(\d+)/.exec(text);
  return match ? match[1].length : 0;
}

const APPROX_WORDS: ReadonlyArray<readonly [RegExp, Approximation]> = [
  [/^约/, 'about'],
  [/^近/, 'nearly'],
  [/^(不低于|不少于|≥)/, 'atLeast'],
  [/^(不超过|控制在|≤)/, 'atMost'],
  [/(余|多)/, 'over'],
];

/** The simple reading of a cell as a number: what any recognizer would at least get right. */
function readNumber(value: CellValue, cell: CellRef, rate: boolean): NumberField | null {
  if (typeof value === 'number') {
    return { value, cell, approx: 'exact', text: rate ? `${(value * 100).toFixed(2)}%` : String(value), decimals: rate ? 2 : decimalsOf(String(value)), derived: false };
  }
  if (typeof value !== 'string') return null;
  const match = /^(约|近|不低于|不少于|≥|不超过|控制在|≤)?\s*(-?\d+(?:\.\d+)?)\s*(余|多)?\s*([^\d\s]*)$/.exec(value.trim());
  if (!match) return null;
  const approx = APPROX_WORDS.find(([pattern]) => pattern.test(`${match[1] ?? ''}${match[3] ?? ''}`))?.[1] ?? 'exact';
  const unit = match[4];
  const percent = unit === '%' || unit === '％';
  const number = Number(match[2]);
  return {
    value: percent ? number / 100 : number,
    cell,
    approx,
    text: value.trim(),
    decimals: decimalsOf(match[2]),
    derived: true,
    ...(unit && !percent ? { unitInCell: unit } : {}),
  };
}

function readText(value: CellValue, cell: CellRef): TextField | null {
  if (typeof value !== 'string' || value.trim() === '') return null;
  return { value, cell };
}

export function build(lines: readonly Line[], options: BuildOptions = {}): Built {
  const without = new Set(options.without ?? []);
  const fields = (Object.keys(COLUMN) as FieldKey[]).filter((field) => !without.has(field));
  const width = Math.max(...Object.values(COLUMN));
  const values: CellValue[][] = [];
  const formulas: (string | null)[][] = [];
  const numberFormats: string[][] = [];
  const newRow = (): number => {
    values.push(new Array<CellValue>(width).fill(null));
    formulas.push(new Array<string | null>(width).fill(null));
    numberFormats.push(new Array<string>(width).fill('General'));
    return values.length;
  };
  const put = (row: number, field: FieldKey, value: CellValue): void => {
    if (!without.has(field)) values[row - 1][COLUMN[field] - 1] = value;
  };
  const ref = (row: number, field: FieldKey): CellRef => ({ sheet: SHEET, row, col: COLUMN[field] });

  newRow();
  values[0][0] = '2009年度目标任务分解表';
  newRow();
  for (const field of fields) put(HEADER_ROW, field, HEADERS[field]);

  const indicators: Indicator[] = [];
  const sections: SectionRow[] = [];
  const path: string[] = [];
  let statedWeightTotal: NumberField | null = null;

  for (const line of lines) {
    const row = newRow();
    switch (line.line) {
      case 'section': {
        path.length = line.level - 1;
        path.push(line.title);
        put(row, 'id', line.outline ?? '');
        put(row, 'name', line.title);
        sections.push({ row, outline: line.outline ?? '', title: line.title, level: line.level, path: [...path] });
        break;
      }
      case 'total': {
        put(row, 'name', '合计');
        put(row, 'weight', line.weight);
        statedWeightTotal = without.has('weight') ? null : readNumber(line.weight, ref(row, 'weight'), false);
        break;
      }
      case 'cells': {
        for (const [field, value] of Object.entries(line.cells) as Array<[FieldKey, CellValue]>) put(row, field, value);
        break;
      }
      case 'indicator':
        indicators.push(indicatorRow(line.spec, row, [...path]));
        break;
    }
  }

  function indicatorRow(spec: RowSpec, row: number, sectionPath: string[]): Indicator {
    const cells: Partial<Record<FieldKey, CellValue>> = {
      id: spec.id ?? null,
      name: spec.name ?? null,
      unit: spec.unit ?? null,
      target: spec.target ?? null,
      periodTarget: spec.periodTarget ?? null,
      actual: spec.actual ?? null,
      lastYear: spec.lastYear ?? null,
      growth: spec.growth ?? null,
      completionRate: spec.completionRate ?? null,
      department: spec.department ?? null,
      owner: spec.owner ?? null,
      leader: null,
      cooperating: null,
      problems: null,
      weight: spec.weight ?? null,
      deadline: spec.deadline ? excelSerial(spec.deadline) : null,
      progressText: spec.progressText ?? null,
    };
    for (const [field, value] of Object.entries(cells) as Array<[FieldKey, CellValue]>) put(row, field, value);
    if (spec.deadline && !without.has('deadline')) numberFormats[row - 1][COLUMN.deadline - 1] = 'yyyy-mm-dd';
    for (const [field, formula] of Object.entries(spec.formulas ?? {}) as Array<[FieldKey, string]>) {
      if (!without.has(field)) formulas[row - 1][COLUMN[field] - 1] = formula;
    }
    const number = (key: NumberKey): NumberField | null => {
      if (without.has(key)) return null;
      const read = readNumber(cells[key] ?? null, ref(row, key), RATE_KEYS.includes(key));
      const override = spec.read?.[key];
      if (override === null) return null;
      if (override === undefined) return read;
      return { value: 0, cell: ref(row, key), approx: 'exact', text: '', decimals: 0, derived: false, ...read, ...override };
    };
    const text = (field: FieldKey): TextField | null => (without.has(field) ? null : readText(cells[field] ?? null, ref(row, field)));
    const target = number('target');
    const actual = number('actual');
    const kind: IndicatorKind = spec.kind ?? (target !== null || actual !== null ? 'quantitative' : 'qualitative');
    const deadline: DateField | null =
      spec.deadline && !without.has('deadline') ? { iso: spec.deadline, cell: ref(row, 'deadline'), text: spec.deadline } : null;
    const unit = typeof spec.unit === 'string' && !without.has('unit') ? spec.unit : null;
    return {
      row,
      sheet: SHEET,
      outline: typeof spec.id === 'string' || typeof spec.id === 'number' ? String(spec.id) : '',
      id: typeof spec.id === 'string' || typeof spec.id === 'number' ? String(spec.id) : '',
      path: sectionPath,
      name: { value: typeof spec.name === 'string' ? spec.name : '', cell: ref(row, 'name') },
      kind,
      direction: spec.direction ?? 'higher',
      unit,
      target,
      targetText: target === null ? text('target') : null,
      periodTarget: number('periodTarget'),
      actual,
      actualText: actual === null ? text('actual') : null,
      lastYear: number('lastYear'),
      statedGrowth: number('growth'),
      statedCompletion: number('completionRate'),
      department: text('department'),
      owner: text('owner'),
      leader: text('leader'),
      cooperating: text('cooperating'),
      problems: text('problems'),
      ...(without.has('status') ? {} : { statedStatus: null }),
      weight: number('weight'),
      deadline,
      progressText: text('progressText'),
    };
  }

  const columns: Partial<Record<FieldKey, ColumnMapping>> = {};
  for (const field of fields) {
    columns[field] = { col: COLUMN[field], letter: columnLetter(COLUMN[field]), header: HEADERS[field], confidence: 1, source: 'synonym' };
  }
  const period: Period = { year: 2009, fromMonth: 1, toMonth: 6, expectedProgress: 0.5, label: '1—6月', source: 'title', ...options.period };
  const table: IndicatorTable = {
    sheet: SHEET,
    layoutClass: 'breakdown',
    title: '2009年度目标任务分解表',
    unitName: '灌南县发展和改革委员会',
    headerRows: [HEADER_ROW],
    columns,
    period,
    sections,
    indicators,
    statedWeightTotal,
    notes: [],
  };
  const snapshot: WorkbookSnapshot = {
    name: '测试工作簿',
    sheets: [{ name: SHEET, visible: true, position: 0, values, formulas, numberFormats, merges: [...(options.merges ?? [])] }],
  };
  const rowOf = (name: string): number => {
    const found = indicators.find((item) => item.name.value === name);
    if (!found) throw new Error(`no indicator named ${name}`);
    return found.row;
  };
  return {
    table,
    snapshot,
    rowOf,
    ref: (name, field) => `${SHEET}!${columnLetter(COLUMN[field])}${rowOf(name)}`,
  };
}

/** A sound quantitative row: every rule should stay quiet about it. */
export function soundRow(overrides: RowSpec = {}): RowSpec {
  return {
    id: '1',
    name: '固定资产投资',
    unit: '亿元',
    target: 90,
    actual: 39.9,
    lastYear: 30.44,
    growth: 0.3108,
    department: '计划科',
    owner: '张明',
    weight: 100,
    deadline: '2009-12-31',
    progressText: '1—5月份全县固定资产投资完成39.9亿元',
    ...overrides,
  };
}
