import { judgeWords } from '../../src/core/judge';
import type { JudgementLabel } from '../fixtures/judgement/set';
import { FROZEN_REAL_TEXTS } from '../fixtures/judgement-real/frozen';
import type { RealTextItem } from '../fixtures/judgement-real/real-text';
import { REAL_WORKING_SET, type RealJudgementItem } from '../fixtures/judgement-real/working';
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
  return { text: item.text, label: item.label, target: item.target ?? item.task, deadline: item.deadline ?? null, asOf: item.asOf };
}

/**
 * The first round's frozen set (108 texts), scored at that round's start (56.5%, 16 false 已完成) and end (86.1%,
 * 3), then opened for tuning. The figures below are ratchets a little under what the judge reaches now
 * (`npm run bench:judgement`): 105/108 (97.2%), 0 false 已完成; with the working set, 321/336 (95.5%), 0.
 */
describe('第一轮冻结集（已打开）与整个真实文字语料', () => {
  const opened = score(FROZEN_REAL_TEXTS.map(openedItem));
  const working = score(REAL_WORKING_SET.map((item): LabelledText => ({ text: item.text, label: item.label, target: item.target ?? null, deadline: item.deadline ?? null, asOf: item.asOf })));

  it('第一轮冻结集：没有一条未完成、推进中或无法判断的被判为已完成', () => {
    expect(opened.misses.filter(({ got, item }) => got === 'done' && item.label !== 'done').map(({ item }) => item.text)).toEqual([]);
    expect(opened.falseDone).toBe(0);
  });

  it('第一轮冻结集：与人工标注一致的不少于 95%', () => {
    expect(opened.total).toBe(108);
    expect(opened.agreed / opened.total).toBeGreaterThanOrEqual(0.95);
  });

  it('工作集与第一轮冻结集合起来：没有误判已完成，一致的不少于 93%', () => {
    expect(opened.falseDone + working.falseDone).toBe(0);
    expect((opened.agreed + working.agreed) / (opened.total + working.total)).toBeGreaterThanOrEqual(0.93);
  });
});
