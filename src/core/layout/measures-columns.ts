import { t } from '../i18n';

/**
 * The 指标测算 sheet's columns, left to right. 汇总 and 总览 find their ranges through measureCol().
 * 判断依据 and 确认状态 sit beside 审阅意见, where a person reads why and decides, with 确认人 and 确认时间 (who
 * decided, and when) between them; 计数状态 (hidden) is what
 * 汇总 counts: the confirmed status where one is filled, the engine's otherwise.
 */
export const MEASURE_COLUMNS = [
  'id',
  'group',
  'section',
  'name',
  'unit',
  'target',
  'periodTarget',
  'actual',
  'lastYear',
  'completion',
  'benchmark',
  'gap',
  'growth',
  'status',
  'weight',
  'score',
  'department',
  'owner',
  'note',
  'evidence',
  'confirmed',
  'confirmedBy',
  'confirmedAt',
  'review',
  'counted',
  'key',
] as const;

export type MeasureColumn = (typeof MEASURE_COLUMNS)[number];

/** 1-based column of a field on 指标测算. */
export function measureCol(column: MeasureColumn): number {
  return MEASURE_COLUMNS.indexOf(column) + 1;
}

const WIDTHS: Readonly<Record<MeasureColumn, number>> = {
  id: 11,
  group: 9,
  section: 12,
  name: 28,
  unit: 6,
  target: 10,
  periodTarget: 10,
  actual: 10,
  lastYear: 10,
  completion: 9,
  benchmark: 9,
  gap: 10,
  growth: 12,
  status: 11,
  weight: 6,
  score: 7,
  department: 10,
  owner: 8,
  note: 30,
  evidence: 30,
  confirmed: 12,
  confirmedBy: 8,
  confirmedAt: 16,
  review: 26,
  counted: 11,
  key: 12,
};

export function measureWidths(): number[] {
  return MEASURE_COLUMNS.map((column) => WIDTHS[column]);
}

export function measureHeader(column: MeasureColumn): string {
  return t(`sheet.measures.col.${column}`);
}

/**
 * The 审阅意见 column and the hidden key column are found by these header texts when a rerun reads an
 * earlier 指标测算 back, so a person moving columns around does not lose what leaders wrote.
 */
export function reviewHeader(): string {
  return measureHeader('review');
}

/** 确认状态 is read back by its header too (confirmed-statuses.ts): an older report without it simply has none. */
export function confirmedHeader(): string {
  return measureHeader('confirmed');
}

/** 确认人 and 确认时间, read back by their headers as 审阅意见 is (confirmers.ts). */
export function confirmedByHeader(): string {
  return measureHeader('confirmedBy');
}

export function confirmedAtHeader(): string {
  return measureHeader('confirmedAt');
}

/**
 * The cells one confirmation writes, left to right: 确认状态, 确认人, 确认时间. They sit side by side, so the
 * task pane writes them as one row of three cells in one round trip.
 */
export const CONFIRMATION_RECORD = ['confirmed', 'confirmedBy', 'confirmedAt'] as const satisfies readonly MeasureColumn[];
export type ConfirmationColumn = (typeof CONFIRMATION_RECORD)[number];

export function keyHeader(): string {
  return measureHeader('key');
}
