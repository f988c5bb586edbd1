/**
 * A statistics table groups its rows without numbering them: 东部地区 with its figure, then the places of that region
 * each with theirs, then 中部地区 … A careful reader sees the group by the sum: the row's figure is the total of the
 * rows right below it (to the rounding of the figures shown), so those rows are its parts. A group may hold groups
 * (西部地区 › 儋州地区 › 儋州市). Only figures all above zero are summed: a total of growths or of signed changes
 * says nothing.
 */

/** One row's figure as shown, with its decimals, or null when the row has none. */
export interface ShownFigure {
  readonly value: number;
  readonly decimals: number;
}

/** Sums that match only by chance are rare, but not with two parts: a group holds at least this many rows. */
const MIN_PARTS = 2;
/** A group this long is no group a reader would add up by eye; the cap also keeps a long sheet's reading linear. */
const MAX_PARTS = 60;
/** One match could be chance in a table of small whole numbers; a table grouped by sums shows it more than once. */
const MIN_GROUPS = 2;

/** How far a sum of `count` rounded figures may stray from the total rounded the same way. */
function tolerance(figures: readonly ShownFigure[]): number {
  const decimals = Math.max(...figures.map((f) => f.decimals));
  return 0.5 * 10 ** -decimals * figures.length + 1e-9;
}

/**
 * The last row of `at`'s group, or `at` itself when no run of rows below sums to its figure. `ends` holds the ends
 * already found for the rows below, so a part that is itself a group is counted once, by its own total.
 */
function groupEnd(figures: readonly (ShownFigure | null)[], at: number, stop: number, ends: readonly number[]): number {
  const total = figures[at];
  if (total === null || total.value <= 0) return at;
  let sum = 0;
  let parts = 0;
  const used: ShownFigure[] = [total];
  for (let k = at + 1; k < stop && parts < MAX_PARTS; k = ends[k] + 1) {
    const part = figures[k];
    if (part === null || part.value <= 0) return at;
    sum += part.value;
    parts++;
    used.push(part);
    const tol = tolerance(used);
    if (parts >= MIN_PARTS && Math.abs(sum - total.value) <= tol) return ends[k];
    if (sum > total.value + tol) return at;
  }
  return at;
}

/**
 * For each row (figures in the order of the rows, a gap in the rows written as a break: see below), the index of
 * the row whose group it is a part of, or null. `breaks[i]` is true when row i does not follow row i − 1 directly
 * (a lead-in line 其中: or a heading between them): a group never runs across one. Empty when fewer than
 * MIN_GROUPS groups are found.
 */
export function sumParents(figures: readonly (ShownFigure | null)[], breaks: readonly boolean[] = []): (number | null)[] {
  const n = figures.length;
  const ends: number[] = figures.map((_, i) => i);
  // From the bottom up, so a group's parts that are groups themselves are known when it is summed; `stop` is the
  // first break below the row.
  let stop = n;
  for (let at = n - 1; at >= 0; at--) {
    ends[at] = groupEnd(figures, at, stop, ends);
    if (breaks[at]) stop = at;
  }
  const parents: (number | null)[] = figures.map(() => null);
  let groups = 0;
  for (let at = 0; at < n; at++) {
    if (ends[at] === at) continue;
    groups++;
    // Rows are visited top down, so a group nested inside another claims its parts last.
    for (let k = at + 1; k <= ends[at]; k++) parents[k] = at;
  }
  return groups >= MIN_GROUPS ? parents : [];
}

/** Whether the rows right below the first (two or more) add up to its figure, to the rounding shown. */
export function sumsToFirst(figures: readonly (ShownFigure | null)[]): boolean {
  const ends = figures.map((_, i) => i);
  return figures.length > 2 && groupEnd(figures, 0, figures.length, ends) > 0;
}
