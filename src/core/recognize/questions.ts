import type { CellRef, ColumnMapping, FieldKey, LayoutClass } from '../model';
import { columnLetter } from '../model';
import type { ColumnProfile } from './column-profile';
import type { HeaderBand } from './header-detect';

/**
 * What recognition asks when it is not sure, instead of guessing silently. One question per uncertain column
 * (its header, what it was read as, how sure, the roles it could have) — answered with --map field=letter or one
 * click in the task pane, and remembered — and one per row whose figure was worked out rather than read.
 */
export interface ColumnQuestion {
  readonly kind: 'column';
  readonly col: number;
  readonly letter: string;
  /** The column's header as written; empty when the table has no header row. */
  readonly header: string;
  /** The role it was read as; null when it was not read as any (a refusal's question). */
  readonly read: FieldKey | null;
  /** 0..1 */
  readonly confidence: number;
  /** Roles to choose from, the reading first. */
  readonly candidates: readonly FieldKey[];
}

/** The figures of a row recognition may ask about; name: whether the row is an indicator at all. */
export type RowFigure = 'target' | 'actual' | 'completionRate' | 'growth' | 'name' | 'lastYear' | 'periodTarget';

/**
 * Why a row's figure is asked about — the evidence it rests on is weak:
 * name: a target read out of the task's name (新增2000个托位) with nothing to confirm it;
 * words: a cell of the target or actual column states a figure recognition could not read (≧15组, 每亩300), so it
 * was kept as words;
 * sentence: a figure read out of a sentence that has parts with no figure (完成一期2座教学楼建设，主体建设并投入使用):
 * the figure need not measure the whole task;
 * bare: a row read as an indicator that states nothing beside its name, where the other rows do (在总计中:, 按地区分):
 * as likely a heading or a lead-in as a task;
 * sizes: two figures of one measure on the row are orders apart (完成 7220.4 against 上年 7.1, −2.1 against a target of
 * 255): one of the two columns was not read as what it is (figure-sizes.ts).
 */
export type RowDoubt = 'name' | 'words' | 'sentence' | 'bare' | 'sizes';

export interface RowQuestion {
  readonly kind: 'row';
  readonly row: number;
  readonly name: string;
  /** The figure asked about first. */
  readonly field: RowFigure;
  /** Every figure of the row the question covers, `field` first: others worked out of words on the same row go with it. */
  readonly fields: readonly RowFigure[];
  readonly reason: RowDoubt;
  /** The figure as read; null when it could not be read (reason words). */
  readonly value: number | null;
  /** The cell's words the figure was (or was not) read from. */
  readonly text: string;
  readonly unit: string | null;
  readonly cell: CellRef;
  readonly confidence: number;
}

/** What one layout reader reads on the sheet asked about: how many indicators, with some of their names. */
export interface LayoutReading {
  readonly layout: LayoutClass;
  readonly indicators: number;
  /** Indicators with a figure (a target, an actual or a rate) read for them. */
  readonly withFigures: number;
  /** The first few names, as read, for the user to judge the reading by. */
  readonly names: readonly string[];
}

/**
 * Which kind of table a sheet is, asked when the reader of the kind it looks like cannot read it (a cross-table
 * whose sub-headers say nothing) or when two kinds fit it almost as well: the readings other layouts give, best
 * first, each answered with --layout or one click in the task pane, and remembered.
 */
export interface LayoutQuestion {
  readonly kind: 'layout';
  readonly sheet: string;
  /** The kind the sheet looked like; null when it looked like none. */
  readonly seen: LayoutClass | null;
  /** The kind it was read as; null when it was refused. */
  readonly read: LayoutClass | null;
  /** 0..1 */
  readonly confidence: number;
  /** Readings to choose from, best first; never the refused one. */
  readonly candidates: readonly LayoutReading[];
}

export type RecognitionQuestion = ColumnQuestion | RowQuestion | LayoutQuestion;

/** One answer to a question: a column's role (--map field=letter) or the kind of table (--layout). */
export type QuestionAnswer =
  | { readonly kind: 'column'; readonly field: FieldKey; readonly letter: string }
  | { readonly kind: 'layout'; readonly layout: LayoutClass };

/**
 * The answers a question offers, the reading first: each is one flag on the command line and one click in the
 * task pane. A row's question is answered in the sheet itself, so it offers none.
 */
export function answersOf(question: RecognitionQuestion): QuestionAnswer[] {
  switch (question.kind) {
    case 'column':
      return question.candidates.map((field) => ({ kind: 'column', field, letter: question.letter }));
    case 'layout':
      return question.candidates.map((reading) => ({ kind: 'layout', layout: reading.layout }));
    case 'row':
      return [];
    default: {
      const unreachable: never = question;
      return unreachable;
    }
  }
}

/** Layout readings ranked by what they read: indicators with figures first, then indicators at all. */
export function rankReadings(readings: readonly LayoutReading[]): LayoutReading[] {
  return [...readings].sort((a, b) => b.withFigures - a.withFigures || b.indicators - a.indicators);
}

/** Every column's role and how sure recognition is of it: `analyze --json` lists them all. */
export interface ColumnRole {
  readonly col: number;
  readonly letter: string;
  readonly header: string;
  /** null: read as no field (a 备注, 得分 or helper column), or nothing could be said of it. */
  readonly field: FieldKey | null;
  /** 0..1: how sure the role (or the absence of one) is. */
  readonly confidence: number;
}

/** The roles a column's values allow, most likely first. */
export function rolesByValues(profile: ColumnProfile | undefined): FieldKey[] {
  if (!profile || profile.filled === 0) return [];
  const roles: FieldKey[] = [];
  if (profile.numeric >= 0.5) {
    if (profile.percent >= 0.5 || (profile.fractionLike >= 0.8 && profile.numeric >= 0.8)) roles.push('completionRate', 'growth');
    roles.push('target', 'actual', 'periodTarget', 'lastYear');
  }
  if (profile.date >= 0.5) roles.push('deadline');
  if (profile.unit >= 0.5) roles.push('unit');
  if (profile.person >= 0.5) roles.push('owner', 'leader');
  if (profile.organisation >= 0.5) roles.push('department', 'cooperating');
  if (profile.outline >= 0.6 && profile.longText < 0.2) roles.push('id');
  if (profile.text >= 0.5) roles.push('name', 'progressText', 'actual', 'target', 'category');
  return roles;
}

const MAX_CANDIDATES = 4;

/** Candidates for a column: the reading, the header's other readings, then what the values allow. */
export function candidatesFor(read: FieldKey | null, headerFields: readonly FieldKey[], profile: ColumnProfile | undefined): FieldKey[] {
  const all = [...(read ? [read] : []), ...headerFields, ...rolesByValues(profile)];
  const unique = all.filter((field, i) => all.indexOf(field) === i);
  return unique.slice(0, MAX_CANDIDATES);
}

export function columnQuestion(mapping: ColumnMapping, field: FieldKey, headerFields: readonly FieldKey[], profile: ColumnProfile | undefined): ColumnQuestion {
  const candidates = candidatesFor(field, headerFields, profile);
  // Something to choose between: a column read from its values alone could still be a name or its account.
  if (candidates.length < 2) candidates.push(field === 'name' ? 'progressText' : 'name');
  return { kind: 'column', col: mapping.col, letter: mapping.letter, header: mapping.header, read: field, confidence: mapping.confidence, candidates };
}

/** For a sheet read as no table: the column most like a column of names, asked about. Null when there is none. */
export function refusalQuestion(band: HeaderBand | null, profiles: ReadonlyMap<number, ColumnProfile>): ColumnQuestion | null {
  let best: { col: number; score: number } | null = null;
  for (const [col, p] of profiles) {
    if (p.filled === 0 || p.text < 0.5) continue;
    const score = p.text * (0.5 + p.longText);
    if (!best || score > best.score) best = { col, score };
  }
  if (!best) return null;
  const header = band?.columns.get(best.col)?.text ?? '';
  return {
    kind: 'column',
    col: best.col,
    letter: columnLetter(best.col),
    header,
    read: null,
    confidence: 0,
    // The one answer that reads the sheet: this column holds the names. Any other role leaves it unread.
    candidates: ['name'],
  };
}
