import type { JudgementLabel } from '../fixtures/judgement/set';
import { FROZEN_REAL_TEXTS } from '../fixtures/judgement-real/frozen';
import { REAL_WORKING_SET } from '../fixtures/judgement-real/working';
import { WORKING_2_REAL_TEXTS } from '../fixtures/judgement-real/working-2';
import { FROZEN_2_REAL_TEXTS } from '../fixtures/judgement-real-frozen-2/frozen';

/**
 * The second real-text working set (issue 19) is checked here for shape and independence only. How the judge reads
 * these texts is measured with `npm run bench:judgement` (and its --misses); this test asserts no agreement figure,
 * because the set's first run is the unseen measurement and must not become a target a test pins.
 */

const LABELS: readonly JudgementLabel[] = ['done', 'not-done', 'in-progress', 'unclear'];
const KINDS: readonly string[] = ['民生实事', '重点工作', '整改', '项目', '指标'];

/** A real calendar day written YYYY-MM-DD (2023-02-30 is not one). */
function isCalendarDay(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const day = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(day.getTime()) && day.toISOString().slice(0, 10) === value;
}

describe('第二个真实文字工作集：政府公开的完成情况原文，先人工标注后判断', () => {
  it('至少 120 条，编号 V001 起、唯一，每条的标注与表格类别都是约定的一种，任务与原文不为空', () => {
    expect(WORKING_2_REAL_TEXTS.length).toBeGreaterThanOrEqual(120);
    const ids = WORKING_2_REAL_TEXTS.map((item) => item.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.filter((id) => !/^V\d{3}$/.test(id))).toEqual([]);
    for (const item of WORKING_2_REAL_TEXTS) {
      expect({ id: item.id, label: LABELS.includes(item.label), kind: KINDS.includes(item.kind) }).toEqual({ id: item.id, label: true, kind: true });
      expect(item.text.trim()).not.toBe('');
      expect(item.task.trim()).not.toBe('');
      expect(item.publisher.trim()).not.toBe('');
      if (item.target !== undefined) expect(item.target.trim()).not.toBe('');
    }
  });

  it('每一种标注都有，未完成（滞后）的不少于 20 条：这一集偏重整改与滞后', () => {
    const count = (label: JudgementLabel): number => WORKING_2_REAL_TEXTS.filter((item) => item.label === label).length;
    for (const label of LABELS) expect({ label, some: count(label) > 0 }).toEqual({ label, some: true });
    expect(count('not-done')).toBeGreaterThanOrEqual(20);
  });

  it('报告日期与完成时限都是真实的日子（YYYY-MM-DD），报告日期在 2010—2026 年之间', () => {
    for (const item of WORKING_2_REAL_TEXTS) {
      expect({ id: item.id, asOf: isCalendarDay(item.asOf) }).toEqual({ id: item.id, asOf: true });
      expect({ id: item.id, inRange: item.asOf >= '2010-01-01' && item.asOf <= '2026-12-31' }).toEqual({ id: item.id, inRange: true });
      if (item.deadline !== undefined) expect({ id: item.id, deadline: isCalendarDay(item.deadline) }).toEqual({ id: item.id, deadline: true });
    }
  });

  it('来源是格式正确的网址，来自至少 25 个不同页面，同一页面的条目连在一起（整表或连续的行）', () => {
    for (const item of WORKING_2_REAL_TEXTS) {
      const url = new URL(item.source);
      expect(['http:', 'https:']).toContain(url.protocol);
      expect(url.hostname).toMatch(/\./);
    }
    expect(new Set(WORKING_2_REAL_TEXTS.map((item) => item.source)).size).toBeGreaterThanOrEqual(25);
    const seen = new Set<string>();
    let previous = '';
    for (const item of WORKING_2_REAL_TEXTS) {
      if (item.source === previous) continue;
      expect({ source: item.source, seenBefore: seen.has(item.source) }).toEqual({ source: item.source, seenBefore: false });
      seen.add(item.source);
      previous = item.source;
    }
  });

  it('不与第一个工作集、第一轮冻结集或第二轮冻结集共用任何来源页面', () => {
    const others = new Map<string, string>();
    for (const item of REAL_WORKING_SET) others.set(item.source, 'judgement-real/working.ts');
    for (const item of FROZEN_REAL_TEXTS) others.set(item.source, 'judgement-real/frozen.ts');
    for (const item of FROZEN_2_REAL_TEXTS) others.set(item.source, 'judgement-real-frozen-2/frozen.ts');
    const shared = WORKING_2_REAL_TEXTS.filter((item) => others.has(item.source)).map((item) => `${item.id} ${item.source} ← ${others.get(item.source)}`);
    expect(shared).toEqual([]);
  });
});
