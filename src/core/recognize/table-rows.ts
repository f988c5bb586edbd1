import { cellWords } from './cell-text';
import { KEY_ITEM_MARK, isSectionStyle, type Outline } from './outline';
import { classifyRow, ownValue, type RowContext, type RowRole } from './row-roles';

/**
 * The rows under a header, walked once top to bottom: headings and indicators in order, the 注 lines
 * (and every line after them), 合计/小计 rows, and rows with figures but no name.
 */
export interface Entry {
  readonly row: number;
  readonly role: Extract<RowRole, { kind: 'section' } | { kind: 'indicator' }>;
}

export interface TableRows {
  readonly entries: readonly Entry[];
  readonly notes: readonly string[];
  readonly totals: readonly { readonly row: number; readonly grand: boolean }[];
  readonly orphans: readonly number[];
}

export function readRows(ctx: RowContext, from: number, last: number): TableRows {
  const walked = walkRows(ctx, from, last);
  return { ...walked, entries: continueNumbering(demoteEmptyHeadings(walked.entries)) };
}

function walkRows(ctx: RowContext, from: number, last: number): { entries: Entry[]; notes: string[]; totals: { row: number; grand: boolean }[]; orphans: number[] } {
  const entries: Entry[] = [];
  const notes: string[] = [];
  const totals: { row: number; grand: boolean }[] = [];
  const orphans: number[] = [];
  let inNotes = false;
  for (let row = from; row <= last; row++) {
    const role = classifyRow(ctx, row);
    if (inNotes) {
      // Lines under 注： continue the note (1. … 2. …) until a footer.
      if (role.kind === 'blank' || role.kind === 'footer' || role.kind === 'column-numbers' || role.kind === 'repeated-header' || role.kind === 'lead-in') continue;
      const texts: string[] = [];
      for (let col = 1; col <= ctx.width; col++) {
        const text = cellWords(ownValue(ctx, row, col));
        if (text !== '') texts.push(text);
      }
      if (texts.length > 0) notes.push(texts.join(' '));
      continue;
    }
    switch (role.kind) {
      case 'blank':
      case 'column-numbers':
      case 'repeated-header':
      case 'lead-in':
      case 'footer':
        break;
      case 'note':
        inNotes = true;
        notes.push(role.text);
        break;
      case 'total':
        totals.push({ row, grand: role.grand });
        break;
      case 'orphan':
        orphans.push(row);
        break;
      case 'section':
      case 'indicator':
        entries.push({ row, role });
        break;
      default: {
        const unreachable: never = role;
        return unreachable;
      }
    }
  }
  return { entries, notes, totals, orphans };
}

/**
 * A numbered heading with nothing under it is an item with no figures yet (3、苏北发展及南北挂钩 with
 * only words to come), not a heading: Chinese-numeral headings stay headings.
 */
function demoteEmptyHeadings(entries: Entry[]): Entry[] {
  return entries.map((entry, i) => {
    const role = entry.role;
    if (role.kind !== 'section' || !role.outline || isSectionStyle(role.outline.style)) return entry;
    const next = entries[i + 1]?.role;
    const nextStyle = next?.kind === 'section' ? (next.outline?.style ?? 'label') : null;
    // A child is an indicator, or a heading of another, non-Chinese-numeral style ((1) under 1、).
    const hasChild = next !== undefined && (next.kind === 'indicator' || (nextStyle !== role.outline.style && nextStyle !== 'label' && !isSectionStyle(nextStyle as Outline['style'])));
    if (hasChild) return entry;
    return { row: entry.row, role: { kind: 'indicator', outline: role.outline, name: role.title, nameCol: 0 } };
  });
}

/**
 * In a list numbered 1. 2. 3., an item whose words begin with a figure (3.90%的二级医院…) reads at first as the
 * figure 3.90; between item 2. and item 4. it is item 3 followed by 90%. Only a number that continues the list from
 * the item above and is continued by the item below is taken: 2.5万人次 after 1. and before an unnumbered row stays
 * a figure.
 */
function continueNumbering(entries: readonly Entry[]): Entry[] {
  const read: Entry[] = [];
  for (const entry of entries) read.push(numberedAfter(read[read.length - 1]?.role, entry));
  return read.map((entry, i) => (entry === entries[i] || continuedBelow(entry, read[i + 1]) ? entry : entries[i]));
}

function continuedBelow(entry: Entry, below: Entry | undefined): boolean {
  const key = entry.role.kind === 'indicator' ? entry.role.outline?.key : undefined;
  const next = below?.role.kind === 'indicator' ? below.role.outline : null;
  return key !== undefined && next?.style === 'num' && Number(next.key) === Number(key) + 1;
}

function numberedAfter(before: Entry['role'] | undefined, entry: Entry): Entry {
  const role = entry.role;
  if (role.kind !== 'indicator' || role.outline !== null || before?.kind !== 'indicator' || before.outline?.style !== 'num') return entry;
  const next = Number(before.outline.key) + 1;
  const mark = KEY_ITEM_MARK.exec(role.name)?.[0] ?? '';
  const m = new RegExp(`^${next}[.．](?=\\d)`).exec(role.name.slice(mark.length));
  if (!m) return entry;
  const written = mark + m[0];
  const outline: Outline = { style: 'num', written, key: String(next), rest: role.name.slice(written.length).trim() };
  return { row: entry.row, role: { ...role, outline, name: outline.rest } };
}
