import * as fs from 'node:fs';
import * as path from 'node:path';
import type { JudgementLabel } from '../fixtures/judgement/set';
import { FROZEN_REAL_TEXTS } from '../fixtures/judgement-real/frozen';
import { FROZEN_2_REAL_TEXTS } from '../fixtures/judgement-real-frozen-2/frozen';
import { FROZEN_3_REAL_TEXTS } from '../fixtures/judgement-real-frozen-3/frozen';
import { FROZEN_4_REAL_TEXTS } from '../fixtures/judgement-real-frozen-4/frozen';
import { FROZEN_5_REAL_TEXTS } from '../fixtures/judgement-real-frozen-5/frozen';

/**
 * The fifth round's frozen real-text set (issue 19) is checked for shape and independence only. This test never runs
 * the judgement module on it: the set is scored with `npm run bench:judgement -- --frozen` at the start and at the end
 * of the round and nowhere else, so no test may print or assert how the judge reads these texts.
 */

const FIXTURES = path.join(__dirname, '..', 'fixtures');
const LABELS: readonly JudgementLabel[] = ['done', 'not-done', 'in-progress', 'unclear'];
const KINDS: readonly string[] = ['民生实事', '重点工作', '整改', '项目', '指标'];

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** Every `source` string or `source.url` found in the arrays a fixture module exports. */
function sourcesExportedBy(file: string): string[] {
  // require, not import: the fixture modules are discovered at run time, so a later working set or table batch is covered without editing this test.
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
 * Every other set's pages: the first round's texts (judgement-real/*.ts: frozen.ts, working*.ts and any later file),
 * the second, third and fourth rounds' frozen texts (judgement-real-frozen-2/*.ts … judgement-real-frozen-4/*.ts) and every
 * transcribed table under test/fixtures (each folder's specs/index.ts: real-corpus, real-frozen … real-frozen-7 and any
 * later batch).
 */
function otherSetsSources(): Map<string, string> {
  const owner = new Map<string, string>();
  const textFiles = ['judgement-real', 'judgement-real-frozen-2', 'judgement-real-frozen-3', 'judgement-real-frozen-4'].flatMap((folder) =>
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
function pageKey(url: string): string {
  return url
    .trim()
    .replace(/^https?:\/\//i, '')
    .replace(/^www\./i, '')
    .replace(/\/+$/, '')
    .toLowerCase();
}

/** A real calendar day written YYYY-MM-DD (2023-02-30 is not one). */
function isCalendarDay(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const day = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(day.getTime()) && day.toISOString().slice(0, 10) === value;
}

describe('第五轮冻结集：政府公开的完成情况原文，先人工标注，从不在测试里判断', () => {
  it('至少 150 条，编号唯一，每条的标注是四种之一', () => {
    expect(FROZEN_5_REAL_TEXTS.length).toBeGreaterThanOrEqual(150);
    const ids = FROZEN_5_REAL_TEXTS.map((item) => item.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const item of FROZEN_5_REAL_TEXTS) {
      expect(LABELS).toContain(item.label);
      expect(KINDS).toContain(item.kind);
      expect(item.text.trim()).not.toBe('');
      expect(item.task.trim()).not.toBe('');
      expect(item.publisher.trim()).not.toBe('');
    }
  });

  it('编号不与第一至第四轮的冻结集共用', () => {
    const earlier = new Set([...FROZEN_REAL_TEXTS, ...FROZEN_2_REAL_TEXTS, ...FROZEN_3_REAL_TEXTS, ...FROZEN_4_REAL_TEXTS].map((item) => item.id));
    expect(FROZEN_5_REAL_TEXTS.filter((item) => earlier.has(item.id)).map((item) => item.id)).toEqual([]);
  });

  it('报告日期与完成时限都是真实的日子（YYYY-MM-DD），报告日期在 2010—2026 年之间', () => {
    for (const item of FROZEN_5_REAL_TEXTS) {
      expect({ id: item.id, asOf: isCalendarDay(item.asOf) }).toEqual({ id: item.id, asOf: true });
      expect(item.asOf >= '2010-01-01' && item.asOf <= '2026-12-31').toBe(true);
      if (item.deadline !== undefined) expect({ id: item.id, deadline: isCalendarDay(item.deadline) }).toEqual({ id: item.id, deadline: true });
    }
  });

  it('来源是格式正确的网址，来自至少 25 个不同页面', () => {
    for (const item of FROZEN_5_REAL_TEXTS) {
      const url = new URL(item.source);
      expect(['http:', 'https:']).toContain(url.protocol);
      expect(url.hostname).toMatch(/\./);
    }
    expect(new Set(FROZEN_5_REAL_TEXTS.map((item) => item.source)).size).toBeGreaterThanOrEqual(25);
  });

  it('同一页面的条目连在一起（整表或连续的行，而非挑选）', () => {
    const seen = new Set<string>();
    let previous = '';
    for (const item of FROZEN_5_REAL_TEXTS) {
      if (item.source !== previous) {
        expect(seen.has(item.source)).toBe(false);
        seen.add(item.source);
        previous = item.source;
      }
    }
  });

  it('不与第一轮的文本集（judgement-real/*.ts）、第二至第四轮的冻结集（judgement-real-frozen-2、-3、-4）或任何转录表格共用来源', () => {
    const owner = otherSetsSources();
    // The discovery must have found the four earlier frozen sets and the transcribed tables, or the check below proves nothing.
    expect(FROZEN_REAL_TEXTS.every((item) => owner.has(item.source))).toBe(true);
    expect(FROZEN_2_REAL_TEXTS.every((item) => owner.has(item.source))).toBe(true);
    expect(FROZEN_3_REAL_TEXTS.every((item) => owner.has(item.source))).toBe(true);
    expect(FROZEN_4_REAL_TEXTS.every((item) => owner.has(item.source))).toBe(true);
    const files = new Set(owner.values());
    for (const file of [
      'judgement-real/working.ts',
      'judgement-real-frozen-2/frozen.ts',
      'judgement-real-frozen-3/frozen.ts',
      'judgement-real-frozen-4/frozen.ts',
      'real-corpus/specs/index.ts',
      'real-frozen/specs/index.ts',
      'real-frozen-2/specs/index.ts',
      'real-frozen-3/specs/index.ts',
      'real-frozen-4/specs/index.ts',
      'real-frozen-5/specs/index.ts',
      'real-frozen-6/specs/index.ts',
      'real-frozen-7/specs/index.ts',
      'real-frozen-8/specs/index.ts',
      'real-frozen-9/specs/index.ts',
      'real-frozen-10/specs/index.ts',
    ]) {
      expect(files).toContain(file);
    }
    const ownerByKey = new Map([...owner].map(([url, file]) => [pageKey(url), file]));
    const shared = FROZEN_5_REAL_TEXTS.filter((item) => ownerByKey.has(pageKey(item.source))).map(
      (item) => `${item.id} ${item.source} ← ${ownerByKey.get(pageKey(item.source))}`,
    );
    expect(shared).toEqual([]);
  });
});
