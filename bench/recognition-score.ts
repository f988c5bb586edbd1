/**
 * The headline figures `npm run bench:recognition` prints for each corpus, from the checks of
 * test/recognize/corpus-expectation.ts:
 *   - content-bearing checks right: only checks whose expectation names something the table states
 *     (`check.content`); a check that expects nothing (a null figure, no path, no extra column or indicator) is
 *     passed by an engine that reads nothing, so it is left out of this share;
 *   - tables read wholly right: every check of the workbook holds, content-bearing or not;
 *   - silent errors: checks that are wrong while the engine stated something there with no sign of doubt
 *     (`check.sure`: the column is not in `recognition.unsure` and no warning or error issue is on the row —
 *     recognition has no per-row confidence yet, so the column's and the row's issues stand for it). Counted over
 *     every check, content-bearing or not: an indicator invented where the table has none is one.
 */
import type { Check } from '../test/recognize/corpus-expectation';

export interface CorpusScore {
  /** Content-bearing checks, and how many of them hold. */
  readonly content: { readonly right: number; readonly total: number };
  /** Checks that expect nothing, and how many of them hold (not in the headline). */
  readonly nothing: { readonly right: number; readonly total: number };
  /** Workbooks whose every check holds. */
  readonly wholly: { readonly right: number; readonly total: number };
  /** All checks, the wrong ones, and the wrong ones the engine was sure of. */
  readonly checks: number;
  readonly wrong: number;
  readonly silent: number;
}

/** Scores one corpus: `tables` holds each workbook's checks. */
export function scoreCorpus(tables: readonly (readonly Check[])[]): CorpusScore {
  const all = tables.flat();
  const content = all.filter((c) => c.content);
  const nothing = all.filter((c) => !c.content);
  const wrong = all.filter((c) => !c.ok);
  return {
    content: { right: content.filter((c) => c.ok).length, total: content.length },
    nothing: { right: nothing.filter((c) => c.ok).length, total: nothing.length },
    wholly: { right: tables.filter((checks) => checks.every((c) => c.ok)).length, total: tables.length },
    checks: all.length,
    wrong: wrong.length,
    silent: wrong.filter((c) => c.sure).length,
  };
}

export function percent(part: number, whole: number): string {
  return whole === 0 ? '—' : `${((part / whole) * 100).toFixed(1)}%`;
}

/** The score as the bench prints it, one line per figure, each starting with `label`. */
export function scoreLines(label: string, score: CorpusScore): string[] {
  return [
    `${label}含内容的检查读对：${score.content.right}/${score.content.total} = ${percent(score.content.right, score.content.total)}（另有 ${score.nothing.total} 项只查“没有读出不存在的东西”，读对 ${score.nothing.right}，不计入）`,
    `${label}整张读对的表：${score.wholly.right}/${score.wholly.total} = ${percent(score.wholly.right, score.wholly.total)}`,
    `${label}无提示的错（识别程序没标不确定却读错）：${score.silent}/${score.checks} 项检查 = ${percent(score.silent, score.checks)}；占读错的 ${score.wrong} 项中 ${percent(score.silent, score.wrong)}`,
  ];
}
