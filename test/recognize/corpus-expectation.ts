import type { Approximation, Direction, FieldKey, Indicator, IndicatorKind, NumberField } from '../../src/core/model';
import type { Recognition } from '../../src/core/recognize';

/**
 * What a corpus workbook must be recognised as, written by hand beside each fixture
 * (test/fixtures/corpus/NN-….expected.json) by scripts/make-corpus.ts — never produced by the recogniser.
 */

/** A number as it must be read: the value in the indicator's unit, how exact, whether Excel can reproduce it. */
export interface ExpectedNumber {
  readonly v: number;
  /** Default 'exact'. */
  readonly ap?: Approximation;
  /** Default false. */
  readonly d?: boolean;
}

export type ExpectedFigure = number | ExpectedNumber | null;

export interface ExpectedIndicator {
  readonly row: number;
  readonly name: string;
  /** Checked when given. */
  readonly id?: string;
  /** Default []. */
  readonly path?: readonly string[];
  /** Default: quantitative when a target, 序时目标 or actual is a number. */
  readonly kind?: IndicatorKind;
  /** Default 'higher'. */
  readonly direction?: Direction;
  /** Fields below default to null when left out: nothing may be read that is not there. */
  readonly unit?: string | null;
  readonly target?: ExpectedFigure;
  readonly targetText?: string | null;
  readonly periodTarget?: ExpectedFigure;
  readonly actual?: ExpectedFigure;
  readonly actualText?: string | null;
  readonly lastYear?: ExpectedFigure;
  readonly growth?: ExpectedFigure;
  readonly completion?: ExpectedFigure;
  readonly department?: string | null;
  readonly owner?: string | null;
  readonly weight?: ExpectedFigure;
  /** YYYY-MM-DD */
  readonly deadline?: string | null;
  readonly progressText?: string | null;
  readonly dataMonths?: readonly [number, number];
}

export interface ExpectedTable {
  readonly sheet: string;
  readonly headerRows: readonly number[];
  /** Every column that must be mapped, and no others. */
  readonly columns: Partial<Record<FieldKey, string>>;
  readonly period: { readonly year: number; readonly fromMonth: number; readonly toMonth: number };
  readonly indicators: readonly ExpectedIndicator[];
  readonly sections?: readonly { readonly row: number; readonly title: string; readonly level: number }[];
  readonly notes?: number;
  readonly weightTotal?: number;
  /** Fields the user must be asked about; default none. */
  readonly unsure?: readonly FieldKey[];
  /** Checked when given: the title line and the reporting department. */
  readonly title?: string;
  readonly unitName?: string | null;
  /** Checked when given: every sheet offered as a table, best first. */
  readonly candidates?: readonly string[];
}

export type Expectation =
  | { readonly kind: 'table'; readonly table: ExpectedTable; readonly issues?: readonly string[] }
  /** The workbook opens but holds no indicator table: table null and a no-table error. */
  | { readonly kind: 'no-table' }
  /** The file cannot be read at all (the host reports it; recognition never sees it). */
  | { readonly kind: 'unreadable'; readonly failure: string };

export interface CorpusEntry {
  readonly file: string;
  readonly department: string;
  /** The layouts and value forms this workbook exercises (see test/fixtures/corpus/README.md). */
  readonly covers: readonly string[];
  readonly expect: Expectation;
}

/** One comparison: what was checked, whether it held, and what was read instead. */
export interface Check {
  readonly what: string;
  readonly kind: 'field' | 'value';
  readonly ok: boolean;
  readonly detail: string;
}

function numberOk(expected: ExpectedFigure | undefined, actual: NumberField | null): { ok: boolean; detail: string } {
  const want = expected === undefined ? null : expected;
  if (want === null) return { ok: actual === null, detail: actual === null ? '' : `read ${actual.value}, want none` };
  const spec: ExpectedNumber = typeof want === 'number' ? { v: want } : want;
  if (actual === null) return { ok: false, detail: `read none, want ${spec.v}` };
  const close = Math.abs(actual.value - spec.v) <= 1e-9 * Math.max(1, Math.abs(spec.v));
  const approx = actual.approx === (spec.ap ?? 'exact');
  const derived = actual.derived === (spec.d ?? false);
  return {
    ok: close && approx && derived,
    detail: close && approx && derived ? '' : `read ${actual.value}/${actual.approx}/${actual.derived ? 'derived' : 'cell'}, want ${spec.v}/${spec.ap ?? 'exact'}/${spec.d ? 'derived' : 'cell'}`,
  };
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function isNumeric(figure: ExpectedFigure | undefined): boolean {
  return figure !== undefined && figure !== null;
}

function indicatorChecks(want: ExpectedIndicator, got: Indicator | undefined): Check[] {
  const at = `row ${want.row}`;
  if (!got) return [{ what: `${at} indicator`, kind: 'value', ok: false, detail: 'not read' }];
  const checks: Check[] = [];
  const text = (what: string, expected: string | null | undefined, actual: string | null | undefined): void => {
    const w = expected ?? null;
    const a = actual ?? null;
    checks.push({ what: `${at} ${what}`, kind: 'value', ok: w === a, detail: w === a ? '' : `read ${JSON.stringify(a)}, want ${JSON.stringify(w)}` });
  };
  const num = (what: string, expected: ExpectedFigure | undefined, actual: NumberField | null): void => {
    const r = numberOk(expected, actual);
    checks.push({ what: `${at} ${what}`, kind: 'value', ...r });
  };
  text('name', want.name, got.name.value);
  if (want.id !== undefined) text('id', want.id, got.id);
  checks.push({ what: `${at} path`, kind: 'value', ok: same(want.path ?? [], got.path), detail: same(want.path ?? [], got.path) ? '' : `read ${got.path.join('›')}` });
  const kind = want.kind ?? (isNumeric(want.target) || isNumeric(want.actual) || isNumeric(want.periodTarget) ? 'quantitative' : 'qualitative');
  text('kind', kind, got.kind);
  text('direction', want.direction ?? 'higher', got.direction);
  text('unit', want.unit, got.unit);
  num('target', want.target, got.target);
  text('targetText', want.targetText, got.targetText?.value);
  num('periodTarget', want.periodTarget, got.periodTarget);
  num('actual', want.actual, got.actual);
  text('actualText', want.actualText, got.actualText?.value);
  num('lastYear', want.lastYear, got.lastYear);
  num('growth', want.growth, got.statedGrowth);
  num('completion', want.completion, got.statedCompletion);
  text('department', want.department, got.department?.value);
  text('owner', want.owner, got.owner?.value);
  num('weight', want.weight, got.weight);
  text('deadline', want.deadline, got.deadline?.iso);
  text('progressText', want.progressText, got.progressText?.value);
  const months = got.dataMonths ? [got.dataMonths.fromMonth, got.dataMonths.toMonth] : null;
  checks.push({ what: `${at} dataMonths`, kind: 'value', ok: same(want.dataMonths ?? null, months), detail: same(want.dataMonths ?? null, months) ? '' : `read ${JSON.stringify(months)}` });
  return checks;
}

/** Every check of one workbook. `readFailure` is set when the host could not read the file. */
export function compareRecognition(entry: CorpusEntry, recognition: Recognition | null, readFailure: string | null): Check[] {
  const expect = entry.expect;
  switch (expect.kind) {
    case 'unreadable':
      return [{ what: 'unreadable', kind: 'field', ok: readFailure === expect.failure, detail: readFailure === expect.failure ? '' : `read failure ${readFailure ?? 'none'}` }];
    case 'no-table': {
      const ok = recognition !== null && recognition.table === null && recognition.issues.some((i) => i.code === 'no-table' && i.severity === 'error');
      const indicators = recognition?.table?.indicators.length ?? 0;
      return [
        { what: 'no table', kind: 'field', ok, detail: ok ? '' : `read ${recognition?.table?.sheet ?? readFailure ?? 'nothing'}` },
        { what: 'no invented indicators', kind: 'value', ok: indicators === 0, detail: indicators === 0 ? '' : `${indicators} indicators` },
      ];
    }
    case 'table':
      break;
    default: {
      const unreachable: never = expect;
      return unreachable;
    }
  }
  const want = expect.table;
  const table = recognition?.table ?? null;
  if (!recognition || !table) {
    return [{ what: 'table', kind: 'field', ok: false, detail: readFailure ?? 'no table' }];
  }
  const checks: Check[] = [];
  const field = (what: string, ok: boolean, detail: string): void => {
    checks.push({ what, kind: 'field', ok, detail: ok ? '' : detail });
  };
  field('sheet', table.sheet === want.sheet, `read ${table.sheet}`);
  field('headerRows', same(want.headerRows, table.headerRows), `read ${table.headerRows.join(',')}`);
  const mapped = Object.fromEntries(Object.entries(table.columns).map(([k, m]) => [k, m?.letter]));
  for (const [key, letter] of Object.entries(want.columns)) field(`column ${key}`, mapped[key] === letter, `read ${mapped[key] ?? 'none'}`);
  for (const key of Object.keys(mapped)) {
    if (!(key in want.columns)) field(`column ${key}`, false, `mapped ${mapped[key]} but the sheet has no such column`);
  }
  const p = table.period;
  field('period', p.year === want.period.year && p.fromMonth === want.period.fromMonth && p.toMonth === want.period.toMonth, `read ${p.year} ${p.fromMonth}-${p.toMonth}`);
  field('unsure', same([...(want.unsure ?? [])].sort(), [...recognition.unsure].sort()), `read ${recognition.unsure.join(',')}`);
  if (want.sections) {
    const got = table.sections.map((s) => ({ row: s.row, title: s.title, level: s.level }));
    field('sections', same(want.sections, got), `read ${JSON.stringify(got)}`);
  }
  if (want.title !== undefined) field('title', table.title === want.title, `read ${table.title}`);
  if (want.unitName !== undefined) field('unitName', table.unitName === want.unitName, `read ${table.unitName}`);
  if (want.candidates !== undefined) {
    const got = recognition.candidates.map((c) => c.sheet);
    field('candidates', same(want.candidates, got), `read ${got.join(',')}`);
  }
  if (want.notes !== undefined) field('notes', table.notes.length === want.notes, `read ${table.notes.length}`);
  if (want.weightTotal !== undefined) field('weight total', table.statedWeightTotal?.value === want.weightTotal, `read ${table.statedWeightTotal?.value ?? 'none'}`);
  for (const code of expect.issues ?? []) field(`issue ${code}`, recognition.issues.some((i) => i.code === code), 'not reported');

  const byRow = new Map(table.indicators.map((i) => [i.row, i]));
  const wantedRows = new Set(want.indicators.map((i) => i.row));
  for (const indicator of want.indicators) checks.push(...indicatorChecks(indicator, byRow.get(indicator.row)));
  for (const indicator of table.indicators) {
    if (!wantedRows.has(indicator.row)) {
      checks.push({ what: `row ${indicator.row}`, kind: 'value', ok: false, detail: `read an indicator “${indicator.name.value}” that is not one` });
    }
  }
  return checks;
}
