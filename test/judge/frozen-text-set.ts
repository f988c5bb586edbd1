import * as fs from 'node:fs';
import * as path from 'node:path';
import type { JudgementLabel } from '../fixtures/judgement/set';
import type { RealTextItem } from '../fixtures/judgement-real/real-text';

/**
 * The shape and independence checks every frozen real-text set of issue 19 gets (one call per round's set). They
 * never run the judgement module: a frozen set is scored with `npm run bench:judgement -- --frozen` at the start and
 * the end of its round and nowhere else, so no test may print or assert how the judge reads its texts.
 */
export interface FrozenTextSet {
  /** The describe title, e.g. 第五轮冻结集. */
  readonly round: string;
  readonly items: readonly RealTextItem[];
  readonly minItems: number;
  readonly minPages: number;
  /** The earlier rounds' frozen sets, by folder under test/fixtures (judgement-real holds the first round's). */
  readonly earlier: readonly { readonly folder: string; readonly items: readonly RealTextItem[] }[];
  /** Files (relative to test/fixtures) the source discovery must find, or the independence check proves nothing. */
  readonly mustFind: readonly string[];
  /**
   * Compare pages without scheme, www., trailing slash or case (from the third round on); the second round's set
   * was checked on exact addresses, and still is.
   */
  readonly loosePageMatch: boolean;
}

const FIXTURES = path.join(__dirname, '..', 'fixtures');
const LABELS: readonly JudgementLabel[] = ['done', 'not-done', 'in-progress', 'unclear'];
const KINDS: readonly string[] = ['民生实事', '重点工作', '整改', '项目', '指标'];

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** Every `source` string or `source.url` found in the arrays a fixture module exports. */
function sourcesExportedBy(file: string): string[] {
  // require, not import: the fixture modules are discovered at run time, so a later working set or table batch is covered without editing a test.
  const module: Record<string, unknown> = require(file);
  const found: string[] = [];
  for (const exported of Object.values(module)) {
    if (!Array.isArray(exported)) continue;
    for (const item of exported) {
      if (!isRecord(item)) continue;
      const source = item.source;
      if (typeof source === 'string') found.push(source);
      else if (isRecord(source) && typeof source.url === 'string') found.push(source.url);
    }
  }
  return found;
}

/**
 * Every other set's pages: the text files of the given folders (judgement-real/*.ts: frozen.ts, working*.ts and any
 * later file; each earlier round's folder) and every transcribed table under test/fixtures (each folder's
 * specs/index.ts, whichever batches exist).
 */
function otherSetsSources(textFolders: readonly string[]): Map<string, string> {
  const owner = new Map<string, string>();
  const textFiles = textFolders.flatMap((folder) =>
    fs
      .readdirSync(path.join(FIXTURES, folder))
      .filter((name) => name.endsWith('.ts'))
      .map((name) => path.join(FIXTURES, folder, name)),
  );
  const specIndexes = fs
    .readdirSync(FIXTURES)
    .map((name) => path.join(FIXTURES, name, 'specs', 'index.ts'))
    .filter((file) => fs.existsSync(file));
  for (const file of [...textFiles, ...specIndexes]) {
    for (const url of sourcesExportedBy(file)) owner.set(url, path.relative(FIXTURES, file));
  }
  return owner;
}

/** A page address without its scheme, a leading www., a trailing slash or case, so that http/https twins compare equal. */
export function pageKey(url: string): string {
  return url
    .trim()
    .replace(/^https?:\/\//i, '')
    .replace(/^www\./i, '')
    .replace(/\/+$/, '')
    .toLowerCase();
}

/** A real calendar day written YYYY-MM-DD (2023-02-30 is not one). */
export function isCalendarDay(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const day = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(day.getTime()) && day.toISOString().slice(0, 10) === value;
}

export function describeFrozenTextSet(set: FrozenTextSet): void {
  const { items } = set;
  describe(`${set.round}：政府公开的完成情况原文，先人工标注，从不在测试里判断`, () => {
    it(`至少 ${set.minItems} 条，编号唯一，每条的标注是四种之一`, () => {
      expect(items.length).toBeGreaterThanOrEqual(set.minItems);
      const ids = items.map((item) => item.id);
      expect(new Set(ids).size).toBe(ids.length);
      for (const item of items) {
        expect(LABELS).toContain(item.label);
        expect(KINDS).toContain(item.kind);
        expect(item.text.trim()).not.toBe('');
        expect(item.task.trim()).not.toBe('');
        expect(item.publisher.trim()).not.toBe('');
      }
    });

    it('编号不与以前各轮的冻结集共用', () => {
      const earlier = new Set(set.earlier.flatMap((other) => other.items.map((item) => item.id)));
      expect(items.filter((item) => earlier.has(item.id)).map((item) => item.id)).toEqual([]);
    });

    it('报告日期与完成时限都是真实的日子（YYYY-MM-DD），报告日期在 2010—2026 年之间', () => {
      for (const item of items) {
        expect({ id: item.id, asOf: isCalendarDay(item.asOf) }).toEqual({ id: item.id, asOf: true });
        expect(item.asOf >= '2010-01-01' && item.asOf <= '2026-12-31').toBe(true);
        if (item.deadline !== undefined) expect({ id: item.id, deadline: isCalendarDay(item.deadline) }).toEqual({ id: item.id, deadline: true });
      }
    });

    it(`来源是格式正确的网址，来自至少 ${set.minPages} 个不同页面`, () => {
      for (const item of items) {
        const url = new URL(item.source);
        expect(['http:', 'https:']).toContain(url.protocol);
        expect(url.hostname).toMatch(/\./);
      }
      expect(new Set(items.map((item) => item.source)).size).toBeGreaterThanOrEqual(set.minPages);
    });

    it('同一页面的条目连在一起（整表或连续的行，而非挑选）', () => {
      const seen = new Set<string>();
      let previous = '';
      for (const item of items) {
        if (item.source !== previous) {
          expect(seen.has(item.source)).toBe(false);
          seen.add(item.source);
          previous = item.source;
        }
      }
    });

    it('不与以前各轮的文本集或任何转录表格共用来源', () => {
      const owner = otherSetsSources(set.earlier.map((other) => other.folder));
      // The discovery must have found every earlier set and the transcribed tables, or the check below proves nothing.
      for (const other of set.earlier) expect(other.items.every((item) => owner.has(item.source))).toBe(true);
      const files = new Set(owner.values());
      for (const file of set.mustFind) expect(files).toContain(file);
      const key = set.loosePageMatch ? pageKey : (url: string) => url;
      const ownerByKey = new Map([...owner].map(([url, file]) => [key(url), file]));
      const shared = items.filter((item) => ownerByKey.has(key(item.source))).map((item) => `${item.id} ${item.source} ← ${ownerByKey.get(key(item.source))}`);
      expect(shared).toEqual([]);
    });
  });
}
