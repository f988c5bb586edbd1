import { fullWidthPunctuation } from './staff-text';
import type { Indicator, IndicatorTable } from '../model';

/**
 * The workbook's groups as a tree, in the workbook's own order: the report has one section per group
 * (勤政目标 › 单位职能工作 › 项目建设). Section rows and indicator paths both feed it, so a group named only
 * in a merged category column is found as well as one written as a section row.
 */
export interface SectionNode {
  readonly title: string;
  /** Section and indicator children in sheet order. */
  readonly children: TreeChild[];
}

export type TreeChild = { readonly kind: 'section'; readonly node: SectionNode } | { readonly kind: 'indicator'; readonly indicator: Indicator };

/** Titles as they read in a heading: no outline number, no trailing colon or stop. */
/**
 * A name as prose writes it: the spaces and line breaks a cell put between two Chinese characters (北 京, 用水 效率控制
 * 红线, 建档立卡人 员 — the cell's layout or a stored copy's, never a word break in Chinese) are dropped; spaces
 * between Latin words or figures stay (PM2.5 浓度, 2024 年 keeps its figure apart only where typed so).
 */
export function joinedWords(text: string): string {
  return text.replace(/(?<=[\u3400-\u9fff\uf900-\ufaff])[ \t\r\n\u3000]+(?=[\u3400-\u9fff\uf900-\ufaff])/g, '');
}

export function cleanTitle(title: string): string {
  // Headings and names are quoted in the draft as the staff's words are: with a 公文's full-width stops.
  return fullWidthPunctuation(joinedWords(title))
    // A title typed on two lines of one cell is one title: the break is the cell's, not the heading's.
    .replace(/[ \t\u3000]*[\r\n]+[ \t\u3000]*/g, '')
    .replace(/^[\s\u3000]*(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[）)]|\d+[、.．]|[①-⑳])[\s\u3000]*/, '')
    .replace(/[\s\u3000：:。；;，,、]+$/, '')
    // 勤政目标（60分）: the points belong to the sheet, not to the heading. A finance form writes them bare too
    // (产出指标(50)), or with the opening bracket lost in the stored copy (效益指标 30分)).
    // The cell may space them out (产出 指标 (50分 ), 效益指 标(30 分)): spaces inside the bracket do not keep them.
    .replace(/[（(][^（）()]*\d+(?:\.\d+)?\s*分\s*[）)]$/, '')
    .replace(/[（(]\s*\d+(?:\.\d+)?\s*[）)]$/, '')
    .replace(/[\s\u3000]*\d+(?:\.\d+)?\s*分\s*[）)]$/, '')
    .trim();
}

interface Entry {
  readonly row: number;
  readonly path: readonly string[];
  readonly indicator: Indicator | null;
}

export function buildSectionTree(table: IndicatorTable): SectionNode {
  const root: SectionNode = { title: '', children: [] };
  const byKey = new Map<string, SectionNode>();
  const entries: Entry[] = [
    ...table.sections.map((section) => ({ row: section.row, path: sectionPath(section.path, section.title), indicator: null })),
    ...table.indicators.map((indicator) => ({ row: indicator.row, path: indicator.path.map(cleanTitle).filter((t) => t !== ''), indicator })),
  ].sort((a, b) => a.row - b.row || (a.indicator === null ? -1 : 1));
  for (const entry of entries) {
    const parent = ensurePath(root, byKey, entry.path);
    if (entry.indicator !== null) parent.children.push({ kind: 'indicator', indicator: entry.indicator });
  }
  return pruneEmpty(root);
}

/** A section's own path, ending with its title whether or not the recogniser included it. */
function sectionPath(path: readonly string[], title: string): string[] {
  const cleaned = path.map(cleanTitle).filter((t) => t !== '');
  const own = cleanTitle(title);
  if (own === '' || cleaned[cleaned.length - 1] === own) return cleaned;
  return [...cleaned, own];
}

function ensurePath(root: SectionNode, byKey: Map<string, SectionNode>, path: readonly string[]): SectionNode {
  let node = root;
  for (let depth = 0; depth < path.length; depth++) {
    const key = path.slice(0, depth + 1).join('\u0000');
    let child = byKey.get(key);
    if (child === undefined) {
      child = { title: path[depth], children: [] };
      byKey.set(key, child);
      node.children.push({ kind: 'section', node: child });
    }
    node = child;
  }
  return node;
}

/** A group with no indicator beneath it has nothing to report. */
function pruneEmpty(node: SectionNode): SectionNode {
  const children: TreeChild[] = [];
  for (const child of node.children) {
    if (child.kind === 'indicator') children.push(child);
    else {
      const pruned = pruneEmpty(child.node);
      if (pruned.children.length > 0) children.push({ kind: 'section', node: pruned });
    }
  }
  return { title: node.title, children };
}

export function indicatorsUnder(node: SectionNode): Indicator[] {
  const found: Indicator[] = [];
  for (const child of node.children) {
    if (child.kind === 'indicator') found.push(child.indicator);
    else found.push(...indicatorsUnder(child.node));
  }
  return found;
}

export function hasSubsections(node: SectionNode): boolean {
  return node.children.some((child) => child.kind === 'section');
}
