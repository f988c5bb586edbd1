import { judgeWords } from '../../src/core/judge';
import { HELD_OUT_SET } from '../fixtures/judgement/held-out';
import { SECOND_HELD_OUT_SET } from '../fixtures/judgement/held-out-2';
import { JUDGEMENT_SET, type JudgementItem, type JudgementLabel } from '../fixtures/judgement/set';
import { labelOf } from './verdict-label';

const DEFAULT_AS_OF = '2023-06-30';


function judged(item: JudgementItem): JudgementLabel {
  const asOf = item.asOf ?? DEFAULT_AS_OF;
  const month = Number(asOf.slice(5, 7));
  return labelOf(judgeWords(item.text, { targetText: item.target ?? null, deadline: item.deadline ?? null, asOf, expectedProgress: month / 12 }).verdict);
}

describe('判断集：完成情况文字的判断与人工标注一致', () => {
  const outcomes = JUDGEMENT_SET.map((item) => ({ item, got: judged(item) }));
  const disagreements = outcomes.filter(({ item, got }) => got !== item.label);
  const agreement = (outcomes.length - disagreements.length) / outcomes.length;

  afterAll(() => {
    const lines = disagreements.map(({ item, got }) => `  [${item.dept}] “${item.text.replace(/\n/g, '⏎')}”${item.target ? ` (目标 ${item.target})` : ''}: 标注 ${item.label}, 判断 ${got}`);
    // The measurement itself: how far the module agrees with people, and every place it does not.
    console.log(`判断集 ${outcomes.length} 条，一致 ${outcomes.length - disagreements.length} 条 (${(agreement * 100).toFixed(1)}%)\n不一致：\n${lines.join('\n') || '  （无）'}`);
  });

  it('至少 150 条', () => {
    expect(JUDGEMENT_SET.length).toBeGreaterThanOrEqual(150);
  });

  it('没有一条未完成、推进中或无法判断的被判为已完成', () => {
    const falseDone = outcomes.filter(({ item, got }) => got === 'done' && item.label !== 'done').map(({ item }) => item.text);
    expect(falseDone).toEqual([]);
  });

  it('与人工标注一致的不少于 95%', () => {
    expect(agreement).toBeGreaterThanOrEqual(0.95);
  });
});

describe('留出集：模块写成之后才写、从未用来调整模块的文字', () => {
  const outcomes = HELD_OUT_SET.map((item) => ({ item, got: judged(item) }));
  const disagreements = outcomes.filter(({ item, got }) => got !== item.label);

  afterAll(() => {
    const lines = disagreements.map(({ item, got }) => `  [${item.dept}] “${item.text.replace(/\n/g, '⏎')}”${item.target ? ` (目标 ${item.target})` : ''}: 标注 ${item.label}, 判断 ${got}`);
    console.log(`留出集 ${outcomes.length} 条，一致 ${outcomes.length - disagreements.length} 条 (${(((outcomes.length - disagreements.length) / outcomes.length) * 100).toFixed(1)}%)\n不一致：\n${lines.join('\n') || '  （无）'}`);
  });

  it('没有一条未完成、推进中或无法判断的被判为已完成', () => {
    const falseDone = outcomes.filter(({ item, got }) => got === 'done' && item.label !== 'done').map(({ item }) => item.text);
    expect(falseDone).toEqual([]);
  });
});

describe('第二留出集：模块全部改完之后才写，只运行测量', () => {
  const outcomes = SECOND_HELD_OUT_SET.map((item) => ({ item, got: judged(item) }));
  const disagreements = outcomes.filter(({ item, got }) => got !== item.label);

  afterAll(() => {
    const lines = disagreements.map(({ item, got }) => `  [${item.dept}] “${item.text.replace(/\n/g, '⏎')}”${item.target ? ` (目标 ${item.target})` : ''}: 标注 ${item.label}, 判断 ${got}`);
    console.log(`第二留出集 ${outcomes.length} 条，一致 ${outcomes.length - disagreements.length} 条 (${(((outcomes.length - disagreements.length) / outcomes.length) * 100).toFixed(1)}%)\n不一致：\n${lines.join('\n') || '  （无）'}`);
  });

  it('没有一条未完成、推进中或无法判断的被判为已完成', () => {
    const falseDone = outcomes.filter(({ item, got }) => got === 'done' && item.label !== 'done').map(({ item }) => item.text);
    expect(falseDone).toEqual([]);
  });
});
