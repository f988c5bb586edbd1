import { issueMessage, issueSuggestion, type Locale } from '../i18n';
import type { FieldKey, Indicator, LayoutClass, IndicatorResult, Issue, NumberField, Period, RegionFigures, Severity, Status } from '../model';
import { refToString } from '../model';
import type { PipelineOutcome } from '../pipeline';
import type { ColumnRole, RecognitionQuestion } from '../recognize';

/** The JSON that `huibao analyze --json` prints: the contract other tools (and tests) rely on. */
export interface AnalysisJson {
  readonly sheet: string | null;
  /** Which kind of table the sheet was read as (breakdown, multi-level, finance-form …); null when none was found. */
  readonly layoutClass: LayoutClass | null;
  readonly headerRows: readonly number[];
  readonly columns: Partial<Record<FieldKey, string>>;
  /** Mapping confidence per field, 0..1; fields listed in `unsure` should be confirmed by the user. */
  readonly confidence: Partial<Record<FieldKey, number>>;
  readonly unsure: readonly FieldKey[];
  readonly period: (Pick<Period, 'year' | 'fromMonth' | 'toMonth' | 'expectedProgress' | 'label' | 'source'> & { asOf?: string; yearAssumed?: true }) | null;
  readonly candidates: readonly { sheet: string; score: number }[];
  readonly indicators: readonly IndicatorJson[];
  readonly issues: readonly IssueJson[];
  /** Every column of the table read: its role (null for none) and how sure that is, 0..1. */
  readonly columnRoles: readonly ColumnRole[];
  /** What recognition is unsure of and asks the user; answered with --map field=letter (see the CLI). */
  readonly questions: readonly QuestionJson[];
}

export type QuestionJson =
  | { readonly kind: 'column'; readonly letter: string; readonly header: string; readonly read: FieldKey | null; readonly confidence: number; readonly candidates: readonly FieldKey[] }
  | {
      readonly kind: 'row'; readonly row: number; readonly name: string; readonly field: string; readonly fields: readonly string[];
      /** Why it is asked: name (read out of the name), words (a figure the cell states was not read), sentence (read out of a sentence with parts it does not measure). */
      readonly reason: string; readonly value: number | null; readonly text: string; readonly unit: string | null; readonly cell: string; readonly confidence: number;
    }
  | {
      readonly kind: 'layout'; readonly sheet: string; readonly seen: LayoutClass | null; readonly read: LayoutClass | null; readonly confidence: number;
      readonly candidates: readonly { readonly layout: LayoutClass; readonly indicators: number; readonly withFigures: number; readonly names: readonly string[] }[];
    };

function questionJson(question: RecognitionQuestion): QuestionJson {
  switch (question.kind) {
    case 'column':
      return { kind: 'column', letter: question.letter, header: question.header, read: question.read, confidence: question.confidence, candidates: question.candidates };
    case 'row':
      return {
        kind: 'row', row: question.row, name: question.name, field: question.field, fields: [...question.fields], reason: question.reason,
        value: question.value, text: question.text, unit: question.unit, cell: refToString(question.cell), confidence: question.confidence,
      };
    case 'layout':
      return {
        kind: 'layout', sheet: question.sheet, seen: question.seen, read: question.read, confidence: question.confidence,
        candidates: question.candidates.map((reading) => ({ ...reading, names: [...reading.names] })),
      };
    default: {
      const unreachable: never = question;
      return unreachable;
    }
  }
}

export interface IndicatorJson {
  readonly row: number;
  readonly id: string;
  readonly outline: string;
  readonly path: readonly string[];
  readonly name: string;
  readonly kind: Indicator['kind'];
  readonly direction: Indicator['direction'];
  readonly unit: string | null;
  readonly target: number | null;
  readonly targetText: string | null;
  readonly periodTarget: number | null;
  readonly actual: number | null;
  readonly actualText: string | null;
  readonly lastYear: number | null;
  /** Rates the sheet states itself, as fractions: 完成率/当前进度, 增幅 (or 同比增长 in the 完成情况 sentence), and the growth the target names. */
  readonly statedCompletion: number | null;
  readonly statedGrowth: number | null;
  readonly targetGrowth: number | null;
  /**
   * A change the words state in percentage points (提升2.1个百分点 → 2.1, 下降0.3个百分点 → -0.3), in points: read
   * from text, so derived, never a formula; `cells.statedChangePoints` is the cell the words are in.
   */
  readonly statedChangePoints?: number;
  /** Where a figure is not exact as written (300余人 → "over"). */
  readonly approximations: Partial<Record<'target' | 'periodTarget' | 'actual' | 'lastYear', NumberField['approx']>>;
  readonly department: string | null;
  readonly owner: string | null;
  /** The leader in charge (分管领导), apart from the owner. */
  readonly leader: string | null;
  /** Units that help the responsible one (配合单位). */
  readonly cooperating: string | null;
  readonly weight: number | null;
  readonly deadline: string | null;
  readonly progressText: string | null;
  /** The problems or the reason for lagging the staff wrote (存在问题). */
  readonly problems: string | null;
  /** The status the staff state in a word (进度状态 办结, 是否完成 是), as written; null when the table has no such column or the cell is empty. */
  readonly statedStatus: string | null;
  readonly completionRate: number | null;
  readonly growthRate: number | null;
  readonly progressGap: number | null;
  readonly status: Status;
  /** 判断依据: the words quoted or the figures compared that decided the status (Chinese); empty when nothing did. */
  readonly evidence: string;
  readonly score: number | null;
  /** The 得分 the form states (财政部绩效自评表); `score` equals it, `computedScore` is the engine's own reading. */
  readonly statedScore?: number;
  readonly computedScore?: number | null;
  /** A cross-table indicator's figures per region (its own figures are the 合计 row's). */
  readonly breakdown?: readonly RegionJson[];
  readonly cells: Partial<Record<'name' | 'target' | 'periodTarget' | 'actual' | 'lastYear' | 'statedCompletion' | 'statedGrowth' | 'targetGrowth' | 'statedChangePoints' | 'statedStatus', string>>;
  /** 0..1: how sure the row's reading is (the least sure of its columns and of any figure worked out for it). */
  readonly confidence: number;
  /** Figures worked out rather than read from their own cell (a target read out of the name): field → how sure. */
  readonly derivedFigures?: Partial<Record<'target', number>>;
}

export interface RegionJson {
  readonly region: string;
  readonly target: number | null;
  readonly actual: number | null;
  /** 完成比例 as stated, a fraction. */
  readonly rate: number | null;
  readonly cells: readonly string[];
}

export interface IssueJson {
  readonly severity: Severity;
  readonly code: string;
  readonly cell: string | null;
  readonly row: number | null;
  readonly indicator: string | null;
  readonly message: string;
  readonly suggestion: string;
}

function round(value: number | null, digits = 6): number | null {
  if (value === null || !Number.isFinite(value)) return null;
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
}

function indicatorJson(indicator: Indicator, result: IndicatorResult | undefined): IndicatorJson {
  const approximations: IndicatorJson['approximations'] = {};
  const cells: IndicatorJson['cells'] = { name: refToString(indicator.name.cell) };
  for (const key of ['target', 'periodTarget', 'actual', 'lastYear'] as const) {
    const field = indicator[key];
    if (!field) continue;
    cells[key] = refToString(field.cell);
    if (field.approx !== 'exact') approximations[key] = field.approx;
  }
  for (const key of ['statedCompletion', 'statedGrowth', 'targetGrowth', 'statedChangePoints', 'statedStatus'] as const) {
    const field = indicator[key];
    if (field) cells[key] = refToString(field.cell);
  }
  return {
    row: indicator.row,
    id: indicator.id,
    outline: indicator.outline,
    path: indicator.path,
    name: indicator.name.value,
    kind: indicator.kind,
    direction: indicator.direction,
    unit: indicator.unit,
    target: indicator.target?.value ?? null,
    targetText: indicator.targetText?.value ?? null,
    periodTarget: indicator.periodTarget?.value ?? null,
    actual: indicator.actual?.value ?? null,
    actualText: indicator.actualText?.value ?? null,
    lastYear: indicator.lastYear?.value ?? null,
    statedCompletion: round(indicator.statedCompletion?.value ?? null),
    statedGrowth: round(indicator.statedGrowth?.value ?? null),
    targetGrowth: round(indicator.targetGrowth?.value ?? null),
    ...(indicator.statedChangePoints ? { statedChangePoints: round(indicator.statedChangePoints.value) ?? undefined } : {}),
    approximations,
    department: indicator.department?.value ?? null,
    owner: indicator.owner?.value ?? null,
    leader: indicator.leader?.value ?? null,
    cooperating: indicator.cooperating?.value ?? null,
    weight: indicator.weight?.value ?? null,
    deadline: indicator.deadline?.iso ?? null,
    progressText: indicator.progressText?.value ?? null,
    problems: indicator.problems?.value ?? null,
    statedStatus: indicator.statedStatus?.value ?? null,
    completionRate: round(result?.completionRate ?? null),
    growthRate: round(result?.growthRate ?? null),
    progressGap: round(result?.progressGap ?? null),
    status: result?.status ?? 'no-data',
    evidence: result?.evidence ?? '',
    score: round(result?.score ?? null, 4),
    ...(indicator.statedScore ? { statedScore: indicator.statedScore.value, computedScore: round(result?.computedScore ?? null, 4) } : {}),
    ...(indicator.breakdown ? { breakdown: indicator.breakdown.map(regionJson) } : {}),
    cells,
    confidence: indicator.confidence ?? 1,
    ...(indicator.target?.confidence !== undefined ? { derivedFigures: { target: indicator.target.confidence } } : {}),
  };
}

function regionJson(region: RegionFigures): RegionJson {
  return {
    region: region.region.value,
    target: region.target?.value ?? null,
    actual: region.actual?.value ?? null,
    rate: round(region.rate?.value ?? null),
    cells: region.cells.map(refToString),
  };
}

export function issueJson(issue: Issue, locale: Locale = 'zh-CN'): IssueJson {
  return {
    severity: issue.severity,
    code: issue.code,
    cell: issue.cell ? refToString(issue.cell) : null,
    row: issue.indicatorRow ?? null,
    indicator: issue.indicatorName ?? null,
    message: issueMessage(issue, locale),
    suggestion: issueSuggestion(issue, locale),
  };
}

export function analysisJson(outcome: PipelineOutcome, locale: Locale = 'zh-CN'): AnalysisJson {
  const table = outcome.recognition.table;
  const resultsByRow = new Map((outcome.results?.indicators ?? []).map((result) => [result.row, result]));
  const columns: AnalysisJson['columns'] = {};
  const confidence: AnalysisJson['confidence'] = {};
  for (const [key, mapping] of Object.entries(table?.columns ?? {}) as [FieldKey, NonNullable<(typeof table & object)['columns'][FieldKey]>][]) {
    columns[key] = mapping.letter;
    confidence[key] = round(mapping.confidence, 3) ?? 0;
  }
  const period = table?.period ?? null;
  return {
    sheet: table?.sheet ?? null,
    layoutClass: table?.layoutClass ?? null,
    headerRows: table?.headerRows ?? [],
    columns,
    confidence,
    unsure: outcome.recognition.unsure,
    period: period && {
      year: period.year,
      fromMonth: period.fromMonth,
      toMonth: period.toMonth,
      expectedProgress: round(period.expectedProgress, 6) ?? 0,
      label: period.label,
      source: period.source,
      ...(period.asOf ? { asOf: period.asOf } : {}),
      ...(period.yearAssumed ? { yearAssumed: true as const } : {}),
    },
    candidates: outcome.recognition.candidates.map(({ sheet, score }) => ({ sheet, score: round(score, 3) ?? 0 })),
    indicators: (table?.indicators ?? []).map((indicator) => indicatorJson(indicator, resultsByRow.get(indicator.row))),
    issues: outcome.issues.map((issue) => issueJson(issue, locale)),
    columnRoles: outcome.recognition.columnRoles,
    questions: outcome.recognition.questions.map(questionJson),
  };
}
