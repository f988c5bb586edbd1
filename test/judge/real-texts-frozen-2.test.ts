import * as fs from 'node:fs';
import * as path from 'node:path';
import type { JudgementLabel } from '../fixtures/judgement/set';
import { FROZEN_REAL_TEXTS } from '../fixtures/judgement-real/frozen';
import { FROZEN_2_REAL_TEXTS } from '../fixtures/judgement-real-frozen-2/frozen';

/**
 * The second round's frozen real-text set (issue 19) is checked for shape and independence only. This test never runs
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
  // require, not import: the fixture modules are discovered at run time, so a later working set or frozen batch is covered without editing this test.
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

/** The first round's texts (frozen.ts and every working*.ts) and every transcribed table of issue 18 (real-corpus, real-frozen*). */
function otherSetsSources(): Map<string, string> {
  const owner = new Map<string, string>();
  const realTexts = path.join(FIXTURES, 'judgement-real');
  const textFiles = fs.readdirSync(realTexts).filter((name) => /^(frozen|working.*)\.ts$/.test(name));
  const specIndexes = fs
    .readdirSync(FIXTURES)
    .filter((name) => /^real-(corpus|frozen(-\d+)?)$/.test(name))
    .map((name) => path.join(FIXTURES, name, 'specs', 'index.ts'))
    .filter((file) => fs.existsSync(file));
  for (const file of [...textFiles.map((name) => path.join(realTexts, name)), ...specIndexes]) {
    for (const url of sourcesExportedBy(file)) owner.set(url, path.relative(FIXTURES, file));
  }
  return owner;
}

/** A real calendar day written YYYY-MM-DD (2023-02-30 is not one). */
function isCalendarDay(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const day = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(day.getTime()) && day.toISOString().slice(0, 10) === value;
}

describe('第二轮冻结集：政府公开的完成情况原文，先人工标注，从不在测试里判断', () => {
  it('至少 100 条，编号唯一，每条的标注是四种之一', () => {
    expect(FROZEN_2_REAL_TEXTS.length).toBeGreaterThanOrEqual(100);
    const ids = FROZEN_2_REAL_TEXTS.map((item) => item.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const item of FROZEN_2_REAL_TEXTS) {
      expect(LABELS).toContain(item.label);
      expect(KINDS).toContain(item.kind);
      expect(item.text.trim()).not.toBe('');
      expect(item.task.trim()).not.toBe('');
      expect(item.publisher.trim()).not.toBe('');
    }
  });

  it('报告日期与完成时限都是真实的日子（YYYY-MM-DD），报告日期在 2010—2026 年之间', () => {
    for (const item of FROZEN_2_REAL_TEXTS) {
      expect({ id: item.id, asOf: isCalendarDay(item.asOf) }).toEqual({ id: item.id, asOf: true });
      expect(item.asOf >= '2010-01-01' && item.asOf <= '2026-12-31').toBe(true);
      if (item.deadline !== undefined) expect({ id: item.id, deadline: isCalendarDay(item.deadline) }).toEqual({ id: item.id, deadline: true });
    }
  });

  it('来源是格式正确的网址，来自至少 20 个不同页面', () => {
    for (const item of FROZEN_2_REAL_TEXTS) {
      const url = new URL(item.source);
      expect(['http:', 'https:']).toContain(url.protocol);
      expect(url.hostname).toMatch(/\./);
    }
    expect(new Set(FROZEN_2_REAL_TEXTS.map((item) => item.source)).size).toBeGreaterThanOrEqual(20);
  });

  it('同一页面的条目连在一起（整表或连续的行，而非挑选）', () => {
    const seen = new Set<string>();
    let previous = '';
    for (const item of FROZEN_2_REAL_TEXTS) {
      if (item.source !== previous) {
        expect(seen.has(item.source)).toBe(false);
        seen.add(item.source);
        previous = item.source;
      }
    }
  });

  it('不与第一轮的文本集（frozen.ts、working*.ts）或任何转录表格（real-corpus、real-frozen*）共用来源', () => {
    const owner = otherSetsSources();
    // The discovery must have found the first round's frozen set, or the check below proves nothing.
    expect(FROZEN_REAL_TEXTS.every((item) => owner.has(item.source))).toBe(true);
    const files = new Set(owner.values());
    for (const file of ['judgement-real/working.ts', 'real-corpus/specs/index.ts', 'real-frozen/specs/index.ts', 'real-frozen-2/specs/index.ts']) {
      expect(files).toContain(file);
    }
    const shared = FROZEN_2_REAL_TEXTS.filter((item) => owner.has(item.source)).map((item) => `${item.id} ${item.source} ← ${owner.get(item.source)}`);
    expect(shared).toEqual([]);
  });
});
