import '../../src/node/traditional-chinese';
import { judgeWords } from '../../src/core/judge';
import type { JudgementLabel } from '../fixtures/judgement/set';
import { FROZEN_REAL_TEXTS } from '../fixtures/judgement-real/frozen';
import type { RealTextItem } from '../fixtures/judgement-real/real-text';
import { REAL_WORKING_SET, type RealJudgementItem } from '../fixtures/judgement-real/working';
import { WORKING_2_REAL_TEXTS } from '../fixtures/judgement-real/working-2';
import { WORKING_3_REAL_TEXTS } from '../fixtures/judgement-real/working-3';
import { WORKING_4_REAL_TEXTS } from '../fixtures/judgement-real/working-4';
import { FROZEN_2_REAL_TEXTS } from '../fixtures/judgement-real-frozen-2/frozen';
import { FROZEN_3_REAL_TEXTS } from '../fixtures/judgement-real-frozen-3/frozen';
import { FROZEN_4_REAL_TEXTS } from '../fixtures/judgement-real-frozen-4/frozen';
import { FROZEN_5_REAL_TEXTS } from '../fixtures/judgement-real-frozen-5/frozen';
import { FROZEN_6_REAL_TEXTS } from '../fixtures/judgement-real-frozen-6/frozen';
import { CONVENTION, conventionLabel, type ConventionItem } from '../fixtures/judgement-real/convention';
import { labelOf, score, type LabelledText } from './verdict-label';

/**
 * The real-text working set (issue 19): 完成情况 texts that governments published, labelled by hand before the
 * judge ran on them. The issue is done when, on the whole real-text corpus, no unfinished task is called 已完成
 * and at least 93% agree with the labels.
 */


/** The judge sees what a row gives it: the text, the 目标任务, the 完成时限 and the report date (序时进度 = months ÷ 12). */
function judged(item: RealJudgementItem): JudgementLabel {
  const month = Number(item.asOf.slice(5, 7));
  return labelOf(judgeWords(item.text, { targetText: item.target ?? null, deadline: item.deadline ?? null, asOf: item.asOf, expectedProgress: month / 12 }).verdict);
}

/** Agreeing texts of the whole 1,450 under the convention, as last measured (r-j9); raise it as the judge gains. */
const RJ9_FLOOR = 1351;

const LABELS: readonly JudgementLabel[] = ['done', 'not-done', 'in-progress', 'unclear'];

const outcomes = REAL_WORKING_SET.map((item) => ({ item, got: judged(item) }));
const agreeing = outcomes.filter(({ item, got }) => got === item.label).length;
const agreement = agreeing / outcomes.length;
const falseDone = outcomes.filter(({ item, got }) => got === 'done' && item.label !== 'done');

describe('真实文字工作集：政府公开的完成情况原文，人工先标注后判断', () => {
  afterAll(() => {
    // The measurement itself: agreement, the confusion matrix (rows = label, columns = judged) and every disagreement.
    const matrix = LABELS.map((label) => `  ${label.padEnd(12)}${LABELS.map((got) => String(outcomes.filter((o) => o.item.label === label && o.got === got).length).padStart(12)).join('')}`);
    const lines = outcomes
      .filter(({ item, got }) => got !== item.label)
      .map(({ item, got }) => `  [${item.publisher}] “${item.text.replace(/\n/g, '⏎')}”${item.target ? ` (目标 ${item.target})` : ''}${item.deadline ? ` (时限 ${item.deadline})` : ''} @${item.asOf}: 标注 ${item.label}, 判断 ${got}`);
    console.log(
      `真实文字工作集 ${outcomes.length} 条，一致 ${agreeing} 条 (${(agreement * 100).toFixed(1)}%)，误判已完成 ${falseDone.length} 条\n` +
        `混淆矩阵（行 = 标注，列 = 判断）\n  ${''.padEnd(12)}${LABELS.map((l) => l.padStart(12)).join('')}\n${matrix.join('\n')}\n不一致：\n${lines.join('\n') || '  （无）'}`,
    );
  });

  it('至少 200 条，来自至少 20 个发布页面，每条都有来源和报告日期', () => {
    expect(REAL_WORKING_SET.length).toBeGreaterThanOrEqual(200);
    expect(new Set(REAL_WORKING_SET.map((item) => item.source)).size).toBeGreaterThanOrEqual(20);
    for (const item of REAL_WORKING_SET) {
      expect(item.source).toMatch(/^https?:\/\//);
      expect(item.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(item.text.trim()).not.toBe('');
    }
  });

  it('没有一条未完成、推进中或无法判断的被判为已完成', () => {
    expect(falseDone.map(({ item }) => item.text)).toEqual([]);
  });

  it('与人工标注一致的不少于 93%', () => {
    expect(agreement).toBeGreaterThanOrEqual(0.93);
  });
});

/** A frozen row as the bench reads it: the 目标任务 cell is the target figure when the table gives one apart, else the task. */
function openedItem(item: RealTextItem): LabelledText {
  return { text: item.text, label: item.label, target: item.target ?? item.task, deadline: item.deadline ?? null, asOf: item.asOf, taskName: item.task };
}

/**
 * A row of the later sets as the bench reads it: the target only where the table gives one apart, and the row's name
 * (task), which the product passes to the judge as taskName (indicator-judgement.ts).
 */
function tableItem(item: { readonly text: string; readonly label: JudgementLabel; readonly target?: string; readonly deadline?: string; readonly asOf: string; readonly task?: string }): LabelledText {
  return { text: item.text, label: item.label, target: item.target ?? null, deadline: item.deadline ?? null, asOf: item.asOf, taskName: item.task ?? null };
}

/** The same items under one labelling convention, the glossary's (test/fixtures/judgement-real/convention.ts). */
function underConvention<T extends { readonly text: string; readonly asOf: string; readonly id?: string }>(set: ConventionItem['set'], items: readonly T[], read: (item: T) => LabelledText): LabelledText[] {
  return items.map((item) => {
    const read_ = read(item);
    const label = conventionLabel(set, { id: item.id ?? null, text: item.text, asOf: item.asOf });
    return label === null ? read_ : { ...read_, label };
  });
}

/**
 * A ratchet on the opened (tuning) real texts — the first round's frozen set, the second round's frozen set, working,
 * working-2 (629 texts), then working-3 and working-4 (766) — held to issue 19's 93% where they reach it. These are
 * tuning figures: the whole real-text corpus of issue 19 also holds the third round's frozen set
 * (judgement-real-frozen-3), opened for tuning after its end score (75.2%, 1 false 已完成 at the end of the third round), which is
 * in test/fixtures/judgement-real/README.md; it is printed last and held to 0 false 已完成. Each is read as `npm run bench:judgement` reads it. The sets were
 * labelled by different hands under two different conventions; the agreement is held under one, the glossary's
 * (convention.ts: a year's task below 序时进度 is 滞后; figures with no target are 需人工确认), and printed raw too.
 * Measured with `npm run bench:judgement` at the end of the third round: 585/629 (93.0%) under the convention, 572/629
 * (90.9%) raw, 0 false 已完成; after r-judge4 (clauses weighed by how much of the task they speak for) 592/629 (94.1%);
 * with working-3, 645/690 (93.5%). The bar is issue 19's 93%. The fourth round's frozen set (judgement-real-frozen-4,
 * 180 texts) is never read by a test: 68.3% with 3 false 已完成 at its end score, so the whole corpus (1,087 texts) does
 * not meet issue 19's bar, and these tests hold only the opened 907 (93.5% under the convention, 0 false at the
 * fourth round's end).
 */
describe('已打开（调参用）的真实文字：不倒退', () => {
  const sets = [
    { name: '第一轮冻结集 frozen.ts', raw: FROZEN_REAL_TEXTS.map(openedItem), unified: underConvention('judgement-real/frozen.ts', FROZEN_REAL_TEXTS, openedItem) },
    { name: '第二轮冻结集 frozen-2', raw: FROZEN_2_REAL_TEXTS.map(tableItem), unified: underConvention('judgement-real-frozen-2/frozen.ts', FROZEN_2_REAL_TEXTS, tableItem) },
    { name: '工作集 working.ts', raw: REAL_WORKING_SET.map(tableItem), unified: underConvention('judgement-real/working.ts', REAL_WORKING_SET, tableItem) },
    { name: '工作集 working-2.ts', raw: WORKING_2_REAL_TEXTS.map(tableItem), unified: underConvention('judgement-real/working-2.ts', WORKING_2_REAL_TEXTS, tableItem) },
  ].map((set) => ({ ...set, rawScore: score(set.raw), unifiedScore: score(set.unified) }));
  // The third working set (61 texts, scored unseen at 52.5% with 1 false 已完成 before the third round's r-judge4, then
  // opened for tuning): printed with the corpus and held to 0 false 已完成; it has no item under another convention.
  const third = { name: '工作集 working-3.ts', raw: WORKING_3_REAL_TEXTS.map(tableItem) };
  const thirdScore = score(third.raw);
  // The fourth working set (76 texts, scored unseen at 77.6% with 3 false 已完成, then opened for r-judge5): printed with
  // the corpus and held to 0 false 已完成. With it the corpus is under 93% (707/766, 92.3% after r-judge5), so its
  // agreement is printed, not asserted.
  const fourth = { name: '工作集 working-4.ts', raw: WORKING_4_REAL_TEXTS.map(tableItem) };
  const fourthScore = score(fourth.raw);
  // The third round's frozen set (141 texts, 75.2% with 1 false 已完成 at its end score, then opened for tuning): printed
  // with the corpus, raw and under the convention, and held to 0 false 已完成 both ways.
  const frozen3 = {
    name: '第三轮冻结集 frozen-3',
    raw: FROZEN_3_REAL_TEXTS.map(tableItem),
    unified: underConvention('judgement-real-frozen-3/frozen.ts', FROZEN_3_REAL_TEXTS, tableItem),
  };
  const frozen3Raw = score(frozen3.raw);
  const frozen3Unified = score(frozen3.unified);
  const total = sets.reduce((sum, set) => sum + set.raw.length, 0);
  const rawAgreed = sets.reduce((sum, set) => sum + set.rawScore.agreed, 0);
  const agreed = sets.reduce((sum, set) => sum + set.unifiedScore.agreed, 0);
  const falseDone = sets.flatMap((set) => set.unifiedScore.misses.filter(({ item, got }) => got === 'done' && item.label !== 'done').map(({ item }) => `${set.name}: ${item.text}`));
  const rawFalseDone = sets.reduce((sum, set) => sum + set.rawScore.falseDone, 0);

  afterAll(() => {
    const pct = (a: number, n: number): string => `${((a / n) * 100).toFixed(1)}%`;
    const lines = sets.map((set) => `  ${set.name}: ${set.raw.length} 条，原标注一致 ${set.rawScore.agreed} (${pct(set.rawScore.agreed, set.raw.length)})，统一约定下一致 ${set.unifiedScore.agreed} (${pct(set.unifiedScore.agreed, set.raw.length)})，误判已完成 ${set.rawScore.falseDone}`);
    const withThird = total + third.raw.length;
    const withFourth = withThird + fourth.raw.length;
    const withFrozen3 = withFourth + frozen3.raw.length;
    const allAgreed = agreed + thirdScore.agreed + fourthScore.agreed + frozen3Unified.agreed;
    const frozen3Line = `  ${frozen3.name}: ${frozen3.raw.length} 条，原标注一致 ${frozen3Raw.agreed} (${pct(frozen3Raw.agreed, frozen3.raw.length)})，统一约定下一致 ${frozen3Unified.agreed} (${pct(frozen3Unified.agreed, frozen3.raw.length)})，误判已完成 ${frozen3Raw.falseDone}`;
    const fourthLine = `  ${fourth.name}: ${fourth.raw.length} 条，一致 ${fourthScore.agreed} (${pct(fourthScore.agreed, fourth.raw.length)})，误判已完成 ${fourthScore.falseDone}`;
    const thirdLine = `  ${third.name}: ${third.raw.length} 条，一致 ${thirdScore.agreed} (${pct(thirdScore.agreed, third.raw.length)})，误判已完成 ${thirdScore.falseDone}`;
    console.log(
      `已打开的真实文字 ${total} 条：原标注一致 ${rawAgreed} (${pct(rawAgreed, total)})，统一约定下一致 ${agreed} (${pct(agreed, total)})，误判已完成 ${rawFalseDone}（约定改标 ${CONVENTION.length} 条）\n${lines.join('\n')}\n` +
        `加上 working-3 共 ${withThird} 条：统一约定下一致 ${agreed + thirdScore.agreed} (${pct(agreed + thirdScore.agreed, withThird)})，误判已完成 ${rawFalseDone + thirdScore.falseDone}\n${thirdLine}\n` +
        `再加上 working-4 共 ${withFourth} 条：统一约定下一致 ${agreed + thirdScore.agreed + fourthScore.agreed} (${pct(agreed + thirdScore.agreed + fourthScore.agreed, withFourth)})，误判已完成 ${rawFalseDone + thirdScore.falseDone + fourthScore.falseDone}\n${fourthLine}\n` +
        `再加上第三轮冻结集共 ${withFrozen3} 条：统一约定下一致 ${allAgreed} (${pct(allAgreed, withFrozen3)})，误判已完成 ${rawFalseDone + thirdScore.falseDone + fourthScore.falseDone + frozen3Raw.falseDone}\n${frozen3Line}`,
    );
  });

  it('约定表里的每一条都对得上一条文字，原标注与表里写的一致', () => {
    const bySet: Record<ConventionItem['set'], readonly { readonly id?: string; readonly text: string; readonly asOf: string; readonly label: JudgementLabel }[]> = {
      'judgement-real/frozen.ts': FROZEN_REAL_TEXTS,
      'judgement-real-frozen-2/frozen.ts': FROZEN_2_REAL_TEXTS,
      'judgement-real-frozen-3/frozen.ts': FROZEN_3_REAL_TEXTS,
      'judgement-real-frozen-4/frozen.ts': FROZEN_4_REAL_TEXTS,
      'judgement-real-frozen-5/frozen.ts': FROZEN_5_REAL_TEXTS,
      'judgement-real-frozen-6/frozen.ts': FROZEN_6_REAL_TEXTS,
      'judgement-real/working.ts': REAL_WORKING_SET,
      'judgement-real/working-2.ts': WORKING_2_REAL_TEXTS,
      'judgement-real/working-4.ts': WORKING_4_REAL_TEXTS,
    };
    for (const entry of CONVENTION) {
      const found = bySet[entry.set].filter((item) => (entry.id !== undefined ? item.id === entry.id : item.text === entry.text && item.asOf === entry.asOf));
      expect({ entry: entry.id ?? entry.text, found: found.length, handLabel: found[0]?.label }).toEqual({ entry: entry.id ?? entry.text, found: 1, handLabel: entry.handLabel });
      expect(entry.label).not.toBe(entry.handLabel);
    }
  });

  it('没有一条未完成、推进中或无法判断的被判为已完成（原标注下，也在统一约定下）', () => {
    expect(falseDone).toEqual([]);
    expect(rawFalseDone).toBe(0);
  });

  it('四个已打开的集合（629 条）：统一约定下与人工标注一致的不少于 93%', () => {
    expect(total).toBe(629);
    expect(agreed / total).toBeGreaterThanOrEqual(0.93);
  });

  it('加上 working-3（共 690 条）：没有误判已完成，统一约定下一致不少于 93%', () => {
    expect(thirdScore.falseDone).toBe(0);
    expect(total + third.raw.length).toBe(690);
    expect((agreed + thirdScore.agreed) / (total + third.raw.length)).toBeGreaterThanOrEqual(0.93);
  });

  it('加上 working-4（共 766 条）：没有误判已完成，统一约定下一致不少于 93%（第三轮结束时 92.3%，r-j1 后 715/766）', () => {
    expect(fourth.raw.length).toBe(76);
    expect(fourthScore.misses.filter(({ item, got }) => got === 'done' && item.label !== 'done').map(({ item }) => item.text)).toEqual([]);
    expect(fourthScore.falseDone).toBe(0);
    const all = total + third.raw.length + fourth.raw.length;
    expect((agreed + thirdScore.agreed + fourthScore.agreed) / all).toBeGreaterThanOrEqual(0.93);
  });

  it('第三轮冻结集（141 条，已打开）：没有误判已完成，原标注下和统一约定下都是；统一约定下不少于 93%（r-j1 后 133/141）', () => {
    expect(frozen3.raw.length).toBe(141);
    expect(frozen3Raw.misses.filter(({ item, got }) => got === 'done' && item.label !== 'done').map(({ item }) => item.text)).toEqual([]);
    expect(frozen3Unified.falseDone).toBe(0);
    expect(frozen3Unified.agreed / frozen3.raw.length).toBeGreaterThanOrEqual(0.93);
  });

  it('全部已打开的真实文字（907 条）：没有误判已完成，统一约定下一致不少于 93%（issue 19 对整个语料的要求；r-j1 后 848/907）', () => {
    const all = total + third.raw.length + fourth.raw.length + frozen3.raw.length;
    expect(all).toBe(907);
    expect((agreed + thirdScore.agreed + fourthScore.agreed + frozen3Unified.agreed) / all).toBeGreaterThanOrEqual(0.93);
  });

  it('第一轮冻结集在统一约定下不少于 95%', () => {
    const opened = sets[0];
    expect(opened?.unifiedScore.agreed ?? 0).toBeGreaterThanOrEqual(0.95 * (opened?.raw.length ?? 1));
  });
});

/**
 * The fourth round's frozen set (judgement-real-frozen-4, 180 texts from 26 publishers), scored unseen at 63.9% with 3
 * false 已完成 at the fourth round's start and 68.3% with 3 false at its end, then opened for tuning at the fifth
 * round's start. A ratchet: it may not get worse; the fifth round raised the floor as it closed the misses (r-j: 0 false
 * 已完成; three items put under convention rule (i), K010, K017, K105). Issue 19 asks 0 false 已完成 on the whole corpus.
 */
describe('第四轮冻结集（180 条，第五轮开始时打开）：不倒退', () => {
  const raw = FROZEN_4_REAL_TEXTS.map(tableItem);
  const unified = underConvention('judgement-real-frozen-4/frozen.ts', FROZEN_4_REAL_TEXTS, tableItem);
  const rawScore = score(raw);
  const unifiedScore = score(unified);

  afterAll(() => {
    const pct = (a: number): string => `${((a / raw.length) * 100).toFixed(1)}%`;
    console.log(`第四轮冻结集 frozen-4: ${raw.length} 条，原标注一致 ${rawScore.agreed} (${pct(rawScore.agreed)})，统一约定下一致 ${unifiedScore.agreed} (${pct(unifiedScore.agreed)})，误判已完成 ${rawScore.falseDone}`);
  });

  it('180 条，每条都有来源、报告日期和人工标注', () => {
    expect(raw).toHaveLength(180);
    for (const item of FROZEN_4_REAL_TEXTS) {
      expect(item.source).toMatch(/^https?:\/\//);
      expect(item.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it('没有误判已完成（打开时 3 条，r-j 后 0 条），一致不少于 r-j6 后的 160 条（原标注）、163 条（统一约定下；打开时 123 条，r-j 后 151 条）', () => {
    expect(rawScore.falseDone).toBe(0);
    expect(unifiedScore.falseDone).toBe(0);
    expect(rawScore.agreed).toBeGreaterThanOrEqual(160);
    expect(unifiedScore.agreed).toBeGreaterThanOrEqual(163);
  });
});

/**
 * The fifth round's frozen set (judgement-real-frozen-5, 186 texts from 30 pages), scored unseen at 75.3% with 1 false
 * 已完成 at the fifth round's start and 79.0% with 1 false at its end, then opened for tuning at the sixth round's start.
 * A ratchet from where it was opened; the sixth round raises the floor as it closes the misses.
 */
describe('第五轮冻结集（186 条，第六轮开始时打开）：不倒退', () => {
  const raw = FROZEN_5_REAL_TEXTS.map(tableItem);
  const unified = underConvention('judgement-real-frozen-5/frozen.ts', FROZEN_5_REAL_TEXTS, tableItem);
  const rawScore = score(raw);
  const unifiedScore = score(unified);

  afterAll(() => {
    const pct = (a: number): string => `${((a / raw.length) * 100).toFixed(1)}%`;
    console.log(`第五轮冻结集 frozen-5: ${raw.length} 条，原标注一致 ${rawScore.agreed} (${pct(rawScore.agreed)})，统一约定下一致 ${unifiedScore.agreed} (${pct(unifiedScore.agreed)})，误判已完成 ${rawScore.falseDone}`);
  });

  it('186 条，每条都有来源、报告日期和人工标注', () => {
    expect(raw).toHaveLength(186);
    for (const item of FROZEN_5_REAL_TEXTS) {
      expect(item.source).toMatch(/^https?:\/\//);
      expect(item.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it('没有误判已完成（打开时 1 条，r-j6 后 0 条），一致不少于 r-j9 后的 175 条（打开时 147 条，r-j6 后 173 条）', () => {
    expect(rawScore.misses.filter(({ item, got }) => got === 'done' && item.label !== 'done').map(({ item }) => item.text)).toEqual([]);
    expect(rawScore.falseDone).toBe(0);
    expect(unifiedScore.falseDone).toBe(0);
    expect(unifiedScore.agreed).toBeGreaterThanOrEqual(175);
  });
});

/**
 * Issue 19's bar on the whole real-text corpus, as a test: every opened real-text set together — the first five rounds'
 * frozen sets and the four working sets, 1,273 texts — each read as `npm run bench:judgement` reads it (the row's target
 * where its table gives one apart, its name as taskName), under the one labelling convention (convention.ts). No
 * unfinished task called 已完成, raw or under the convention, and at least 93% agreement. Measured at the sixth round's
 * r-j6: 1189/1273 (93.4%) under the convention, 1168 (91.8%) raw, 0 false 已完成 (the corpus was at 1146, 90.0%, with 1
 * false 已完成 when frozen-5 was opened). The sixth round's frozen set (judgement-real-frozen-6) is not in it until opened.
 */
describe('整个真实文字语料（已打开的 1,273 条）：issue 19 的标准', () => {
  const sets = [
    { name: 'frozen.ts', raw: FROZEN_REAL_TEXTS.map(openedItem), unified: underConvention('judgement-real/frozen.ts', FROZEN_REAL_TEXTS, openedItem) },
    { name: 'frozen-2', raw: FROZEN_2_REAL_TEXTS.map(tableItem), unified: underConvention('judgement-real-frozen-2/frozen.ts', FROZEN_2_REAL_TEXTS, tableItem) },
    { name: 'frozen-3', raw: FROZEN_3_REAL_TEXTS.map(tableItem), unified: underConvention('judgement-real-frozen-3/frozen.ts', FROZEN_3_REAL_TEXTS, tableItem) },
    { name: 'frozen-4', raw: FROZEN_4_REAL_TEXTS.map(tableItem), unified: underConvention('judgement-real-frozen-4/frozen.ts', FROZEN_4_REAL_TEXTS, tableItem) },
    { name: 'frozen-5', raw: FROZEN_5_REAL_TEXTS.map(tableItem), unified: underConvention('judgement-real-frozen-5/frozen.ts', FROZEN_5_REAL_TEXTS, tableItem) },
    { name: 'working.ts', raw: REAL_WORKING_SET.map(tableItem), unified: underConvention('judgement-real/working.ts', REAL_WORKING_SET, tableItem) },
    { name: 'working-2.ts', raw: WORKING_2_REAL_TEXTS.map(tableItem), unified: underConvention('judgement-real/working-2.ts', WORKING_2_REAL_TEXTS, tableItem) },
    // working-3 has no item under another convention.
    { name: 'working-3.ts', raw: WORKING_3_REAL_TEXTS.map(tableItem), unified: WORKING_3_REAL_TEXTS.map(tableItem) },
    { name: 'working-4.ts', raw: WORKING_4_REAL_TEXTS.map(tableItem), unified: underConvention('judgement-real/working-4.ts', WORKING_4_REAL_TEXTS, tableItem) },
  ].map((set) => ({ ...set, rawScore: score(set.raw), unifiedScore: score(set.unified) }));
  const total = sets.reduce((sum, set) => sum + set.raw.length, 0);
  const agreed = sets.reduce((sum, set) => sum + set.unifiedScore.agreed, 0);
  const rawAgreed = sets.reduce((sum, set) => sum + set.rawScore.agreed, 0);
  const falseDone = (pick: 'rawScore' | 'unifiedScore'): string[] => sets.flatMap((set) => set[pick].misses.filter(({ item, got }) => got === 'done' && item.label !== 'done').map(({ item }) => `${set.name}: ${item.text}`));

  afterAll(() => {
    const pct = (a: number): string => `${((a / total) * 100).toFixed(1)}%`;
    console.log(`整个真实文字语料 ${total} 条：统一约定下一致 ${agreed} (${pct(agreed)})，原标注一致 ${rawAgreed} (${pct(rawAgreed)})，误判已完成 ${falseDone('rawScore').length}\n${sets.map((set) => `  ${set.name}: ${set.raw.length} 条，统一约定下一致 ${set.unifiedScore.agreed}`).join('\n')}`);
  });

  it('九个集合共 1,273 条', () => {
    expect(total).toBe(1273);
  });

  it('没有一条未完成、推进中或无法判断的被判为已完成（原标注下，也在统一约定下）', () => {
    expect(falseDone('rawScore')).toEqual([]);
    expect(falseDone('unifiedScore')).toEqual([]);
  });

  it('统一约定下与人工标注一致的不少于 93%（r-j6：1189/1273）', () => {
    expect(agreed / total).toBeGreaterThanOrEqual(0.93);
  });
});

/**
 * The sixth round's frozen set (judgement-real-frozen-6, 177 texts from 33 pages), scored unseen at 71.2% with 3 false
 * 已完成 at the sixth round's start and 70.1% with 3 false at its end, then opened for tuning. A ratchet from where it
 * was opened; issue 19 asks 0 false 已完成 on the whole corpus, so the next change lowers the ceiling as it closes them.
 */
describe('第六轮冻结集（177 条，第六轮结束后打开）：不倒退', () => {
  const raw = FROZEN_6_REAL_TEXTS.map(tableItem);
  const rawScore = score(raw);

  afterAll(() => {
    console.log(`第六轮冻结集 frozen-6: ${raw.length} 条，原标注一致 ${rawScore.agreed} (${((rawScore.agreed / raw.length) * 100).toFixed(1)}%)，误判已完成 ${rawScore.falseDone}`);
  });

  it('177 条，误判已完成 0 条（打开时 3 条，r-j8 按类关掉），一致不少于 150 条（打开时 124 条，r-j8 后 140 条，r-j9 后 150 条）', () => {
    expect(raw).toHaveLength(177);
    expect(rawScore.falseDone).toBe(0);
    expect(rawScore.agreed).toBeGreaterThanOrEqual(150);
  });
});

/**
 * Issue 19's whole-corpus bar on every real text opened so far — the 1,273 above and the sixth round's frozen set
 * (judgement-real-frozen-6, opened after its end score) — 1,450 texts, read as `npm run bench:judgement` reads them,
 * under the one labelling convention. The bar is ≥ 93% (1,349) with 0 false 已完成: 1329 (91.7%) at the sixth round's r-j8,
 * 1351 (93.2%) after the seventh round's r-j9. Held both ways: the bar itself, and a ratchet at the last measured figure.
 */
describe('整个真实文字语料（1,450 条，含已打开的第六轮冻结集）：不倒退，误判已完成 0 条', () => {
  const sets = [
    underConvention('judgement-real/frozen.ts', FROZEN_REAL_TEXTS, openedItem),
    underConvention('judgement-real-frozen-2/frozen.ts', FROZEN_2_REAL_TEXTS, tableItem),
    underConvention('judgement-real-frozen-3/frozen.ts', FROZEN_3_REAL_TEXTS, tableItem),
    underConvention('judgement-real-frozen-4/frozen.ts', FROZEN_4_REAL_TEXTS, tableItem),
    underConvention('judgement-real-frozen-5/frozen.ts', FROZEN_5_REAL_TEXTS, tableItem),
    underConvention('judgement-real-frozen-6/frozen.ts', FROZEN_6_REAL_TEXTS, tableItem),
    underConvention('judgement-real/working.ts', REAL_WORKING_SET, tableItem),
    underConvention('judgement-real/working-2.ts', WORKING_2_REAL_TEXTS, tableItem),
    WORKING_3_REAL_TEXTS.map(tableItem),
    underConvention('judgement-real/working-4.ts', WORKING_4_REAL_TEXTS, tableItem),
  ].map((items) => score(items));
  const total = sets.reduce((sum, s) => sum + s.total, 0);
  const agreed = sets.reduce((sum, s) => sum + s.agreed, 0);
  const falseDone = sets.flatMap((s) => s.misses.filter(({ item, got }) => got === 'done' && item.label !== 'done').map(({ item }) => item.text));

  afterAll(() => {
    console.log(`整个真实文字语料 ${total} 条（含第六轮冻结集）：统一约定下一致 ${agreed} (${((agreed / total) * 100).toFixed(1)}%)，误判已完成 ${falseDone.length}；issue 19 的标准是 ≥93%（${Math.ceil(0.93 * total)} 条）`);
  });

  it('共 1,450 条，没有一条未完成、推进中或无法判断的被判为已完成', () => {
    expect(total).toBe(1450);
    expect(falseDone).toEqual([]);
  });

  it('统一约定下与人工标注一致的不少于 93%（issue 19 对整个语料的要求；r-j8 后 1329 条，r-j9 后 1351 条）', () => {
    expect(agreed / total).toBeGreaterThanOrEqual(0.93);
    expect(agreed).toBeGreaterThanOrEqual(RJ9_FLOOR);
  });
});
