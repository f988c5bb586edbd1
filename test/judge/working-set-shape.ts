import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { JudgementLabel } from '../fixtures/judgement/set';
import type { RealTextItem } from '../fixtures/judgement-real/real-text';

const LABELS: readonly JudgementLabel[] = ['done', 'not-done', 'in-progress', 'unclear'];
const KINDS: readonly string[] = ['民生实事', '重点工作', '整改', '项目', '指标'];
const FIXTURES = resolve(__dirname, '../fixtures');
const OWN_README = resolve(FIXTURES, 'judgement-real/README-working.md');

/** A real calendar day written YYYY-MM-DD (2023-02-30 is not one). */
function isCalendarDay(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const day = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(day.getTime()) && day.toISOString().slice(0, 10) === value;
}

/** Every text file under test/fixtures except this set's own file and README (binary tables are read as latin1). */
function fixtureFiles(dir: string, own: readonly string[]): string[] {
  const files: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) files.push(...fixtureFiles(path, own));
    else if (!own.includes(path)) files.push(path);
  }
  return files;
}

/** What one working set is, for its shape test. */
export interface WorkingSetShape {
  /** 第三个, 第四个 …: how the test names it. */
  readonly ordinal: string;
  readonly items: readonly RealTextItem[];
  /** Its file under test/fixtures, which alone may hold its sources. */
  readonly file: string;
  /** W3, W4 …: its ids are `${prefix}-001` on. */
  readonly prefix: string;
  readonly minItems: number;
  readonly minPages: number;
}

/**
 * A real-text working set (issue 19) checked for shape and independence only. It never runs the judge and asserts no
 * agreement figure: the set's first run is an unseen measurement and must not become a target a test pins.
 */
export function describeWorkingSet(set: WorkingSetShape): void {
  const items = set.items;
  const own = [resolve(FIXTURES, set.file), OWN_README];
  describe(`${set.ordinal}真实文字工作集：政府公开的完成情况原文，先人工标注后判断`, () => {
    it(`至少 ${set.minItems} 条，编号 ${set.prefix}-001 起、唯一，每条的标注与表格类别都是约定的一种，任务与原文不为空`, () => {
      expect(items.length).toBeGreaterThanOrEqual(set.minItems);
      const ids = items.map((item) => item.id);
      expect(new Set(ids).size).toBe(ids.length);
      expect(ids.filter((id) => !new RegExp(`^${set.prefix}-\\d{3}$`).test(id))).toEqual([]);
      expect(ids[0]).toBe(`${set.prefix}-001`);
      for (const item of items) {
        expect({ id: item.id, label: LABELS.includes(item.label), kind: KINDS.includes(item.kind) }).toEqual({ id: item.id, label: true, kind: true });
        expect(item.text.trim()).not.toBe('');
        expect(item.task.trim()).not.toBe('');
        expect(item.publisher.trim()).not.toBe('');
        if (item.target !== undefined) expect(item.target.trim()).not.toBe('');
      }
    });

    it('每一种标注都有', () => {
      for (const label of LABELS) {
        expect({ label, some: items.some((item) => item.label === label) }).toEqual({ label, some: true });
      }
    });

    it('报告日期与完成时限都是真实的日子（YYYY-MM-DD），报告日期在 2012—2026 年之间', () => {
      for (const item of items) {
        expect({ id: item.id, asOf: isCalendarDay(item.asOf) }).toEqual({ id: item.id, asOf: true });
        expect({ id: item.id, inRange: item.asOf >= '2012-01-01' && item.asOf <= '2026-12-31' }).toEqual({ id: item.id, inRange: true });
        if (item.deadline !== undefined) expect({ id: item.id, deadline: isCalendarDay(item.deadline) }).toEqual({ id: item.id, deadline: true });
      }
    });

    it(`来源是格式正确的网址，来自至少 ${set.minPages} 个不同页面，同一页面的条目连在一起（整表或连续的行）`, () => {
      for (const item of items) {
        const url = new URL(item.source);
        expect(['http:', 'https:']).toContain(url.protocol);
        expect(url.hostname).toMatch(/\./);
      }
      expect(new Set(items.map((item) => item.source)).size).toBeGreaterThanOrEqual(set.minPages);
      const seen = new Set<string>();
      let previous = '';
      for (const item of items) {
        if (item.source === previous) continue;
        expect({ source: item.source, seenBefore: seen.has(item.source) }).toEqual({ source: item.source, seenBefore: false });
        seen.add(item.source);
        previous = item.source;
      }
    });

    it('不与 test/fixtures 下任何其他集合或表格共用来源页面（工作集、冻结集、真实表格语料）', () => {
      const sources = [...new Set(items.map((item) => item.source))];
      const shared: string[] = [];
      for (const file of fixtureFiles(FIXTURES, own)) {
        const text = readFileSync(file, 'latin1');
        const utf8 = readFileSync(file, 'utf8');
        for (const source of sources) {
          if (text.includes(source) || utf8.includes(source)) shared.push(`${source} ← ${file.slice(FIXTURES.length + 1)}`);
        }
      }
      expect(shared).toEqual([]);
    });
  });
}
