/**
 * `npm run bench:judgement`: how far the judgement of 完成情况 words agrees with hand labels on real text
 * that governments published (issue 19), and how many unfinished tasks it calls 已完成 (false done).
 *
 *   - the seventh round's frozen set (test/fixtures/judgement-real-frozen-7/frozen.ts, once committed): TOTALS ONLY,
 *     and only with --frozen. It is scored at the start and at the end of the round and never tuned on, so this
 *     script never prints its items;
 *   - the first six rounds' frozen sets (test/fixtures/judgement-real/frozen.ts,
 *     test/fixtures/judgement-real-frozen-2 … -6/frozen.ts): each scored at its round's start and end, then opened for
 *     tuning, so they are now scored like working sets (items with --misses);
 *   - every working set: test/fixtures/judgement-real/working*.ts, and any file given with --working <file>
 *     (a module exporting arrays of items with text, label, asOf and task/target/deadline);
 *   - the team's own imitation sets (test/fixtures/judgement), for comparison.
 *
 *   npm run bench:judgement                         totals of the working and imitation sets
 *   npm run bench:judgement -- --frozen             also the seventh round's frozen totals (only at its start and end)
 *   npm run bench:judgement -- --misses             also every disagreement of the working sets and the opened frozen sets
 *   npm run bench:judgement -- --working <file>     score another working set too (repeatable)
 */
import '../src/node/traditional-chinese';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { HELD_OUT_SET } from '../test/fixtures/judgement/held-out';
import { SECOND_HELD_OUT_SET } from '../test/fixtures/judgement/held-out-2';
import { JUDGEMENT_SET, type JudgementItem, type JudgementLabel } from '../test/fixtures/judgement/set';
import { CONVENTION, conventionLabel, type ConventionItem } from '../test/fixtures/judgement-real/convention';
import { FROZEN_REAL_TEXTS } from '../test/fixtures/judgement-real/frozen';
import type { RealTextItem } from '../test/fixtures/judgement-real/real-text';
import { score, type LabelledText, type Score } from '../test/judge/verdict-label';

const REAL_DIR = path.join(__dirname, '..', 'test', 'fixtures', 'judgement-real');
/** The second round's frozen texts: scored at that round's start and end, then opened for tuning. */
const OPENED_2_FILE = path.join(__dirname, '..', 'test', 'fixtures', 'judgement-real-frozen-2', 'frozen.ts');
/** The third round's frozen texts: scored at that round's start and end, then opened for tuning. */
const OPENED_3_FILE = path.join(__dirname, '..', 'test', 'fixtures', 'judgement-real-frozen-3', 'frozen.ts');
/** The fourth round's frozen texts: scored at that round's start and end, then opened for tuning. */
const OPENED_4_FILE = path.join(__dirname, '..', 'test', 'fixtures', 'judgement-real-frozen-4', 'frozen.ts');
/** The fifth round's frozen texts: scored at that round's start and end, then opened for tuning. */
const OPENED_5_FILE = path.join(__dirname, '..', 'test', 'fixtures', 'judgement-real-frozen-5', 'frozen.ts');
/** The sixth round's frozen texts: scored at that round's start and end, then opened for tuning. */
const OPENED_6_FILE = path.join(__dirname, '..', 'test', 'fixtures', 'judgement-real-frozen-6', 'frozen.ts');
/** The seventh round's frozen texts; scored only with --frozen, and skipped until committed. */
const FROZEN_7_FILE = path.join(__dirname, '..', 'test', 'fixtures', 'judgement-real-frozen-7', 'frozen.ts');
const LABELS: readonly JudgementLabel[] = ['done', 'not-done', 'in-progress', 'unclear'];
/** The sets the convention list speaks of, as paths under test/fixtures. */
const CONVENTION_SETS: readonly ConventionItem['set'][] = ['judgement-real/working.ts', 'judgement-real/working-2.ts', 'judgement-real/working-4.ts'];

/** A real row as the product reads it: the 目标任务 cell is the target figure when the table gives one apart, else the task. */
function fromReal(item: RealTextItem): LabelledText {
  return { text: item.text, label: item.label, target: item.target ?? item.task, deadline: item.deadline ?? null, asOf: item.asOf, taskName: item.task };
}

function fromImitation(item: JudgementItem): LabelledText {
  return { text: item.text, label: item.label, target: item.target ?? null, deadline: item.deadline ?? null, asOf: item.asOf ?? '2023-06-30' };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function optionalText(record: Record<string, unknown>, key: string): string | null {
  const value = record[key];
  return typeof value === 'string' && value.trim() !== '' ? value : null;
}

/** A set's item with the id it is known by in the convention list, where its set gives one. */
type KnownText = LabelledText & { readonly id: string | null };

/** One item of a working set, whatever its module calls its fields beyond text/label/asOf. */
function fromUnknown(value: unknown): KnownText | null {
  if (!isRecord(value)) return null;
  const text = optionalText(value, 'text');
  const label = value.label;
  const asOf = optionalText(value, 'asOf');
  if (text === null || asOf === null || typeof label !== 'string' || !(LABELS as readonly string[]).includes(label)) return null;
  return {
    id: optionalText(value, 'id'),
    text,
    label: label as JudgementLabel,
    // What the product reads from a row's 目标任务 column: the target, as test/judge/real-texts.test.ts (r-texts) passes it.
    target: optionalText(value, 'target'),
    deadline: optionalText(value, 'deadline'),
    asOf,
    // …and the row's name (项目名称 / 重点工作), which the product passes as taskName (indicator-judgement.ts wordsContext).
    taskName: optionalText(value, 'task'),
  };
}

async function loadWorking(file: string): Promise<KnownText[]> {
  const module: Record<string, unknown> = await import(pathToFileURL(path.resolve(file)).href);
  const items: KnownText[] = [];
  for (const exported of Object.values(module)) {
    if (!Array.isArray(exported)) continue;
    for (const value of exported) {
      const item = fromUnknown(value);
      if (item !== null) items.push(item);
    }
  }
  return items;
}

function line(name: string, s: Score): string {
  const pct = s.total === 0 ? '—' : `${((s.agreed / s.total) * 100).toFixed(1)}%`;
  return `${name}: ${s.total} 条，一致 ${s.agreed} 条 (${pct})；未完成/不可判的 ${s.notDone} 条中判为已完成 ${s.falseDone} 条`;
}

/**
 * The same set under one labelling convention, the glossary's (test/fixtures/judgement-real/convention.ts): the items
 * whose hand label follows another convention take the glossary's label. The raw score stays the measure of record;
 * this one says how much of the gap is the sets' conventions rather than the judge.
 */
function reconciled(set: ConventionItem['set'] | null, items: readonly KnownText[]): { readonly items: LabelledText[]; readonly count: number } {
  let count = 0;
  const relabelled = items.map((item) => {
    const label = set === null ? null : conventionLabel(set, item);
    if (label === null || label === item.label) return item;
    count += 1;
    return { ...item, label };
  });
  return { items: relabelled, count };
}

/** The opened real-text sets' totals under the convention, added up as each set is printed. */
const corpus = { total: 0, rawAgreed: 0, agreed: 0, falseDone: 0 };

function printBoth(name: string, set: ConventionItem['set'] | null, items: readonly KnownText[], showMisses: boolean): void {
  const raw = score(items);
  console.log(line(name, raw));
  console.log(`  标注：${byLabel(items)}`);
  const under = reconciled(set, items);
  const agreed = score(under.items);
  console.log(`  ${line(`按统一标注约定（改标 ${under.count} 条）`, agreed)}`);
  if (showMisses) printMisses(agreed);
  corpus.total += raw.total;
  corpus.rawAgreed += raw.agreed;
  corpus.agreed += agreed.agreed;
  corpus.falseDone += Math.max(raw.falseDone, agreed.falseDone);
}

function byLabel(items: readonly LabelledText[]): string {
  return LABELS.map((label) => `${label} ${items.filter((item) => item.label === label).length}`).join(' · ');
}

function printMisses(s: Score): void {
  for (const { item, got, judgement } of s.misses) {
    console.log(`  ✗ “${item.text.replace(/\n/g, '⏎')}”${item.target ? ` (目标 ${item.target})` : ''}${item.deadline ? ` [时限 ${item.deadline}]` : ''} @${item.asOf}: 标注 ${item.label}, 判断 ${got}〔${judgement.evidence}〕`);
  }
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const showMisses = args.includes('--misses');
  const extra = args.flatMap((arg, i) => (arg === '--working' && args[i + 1] ? [args[i + 1]] : []));
  const found = (await fs.readdir(REAL_DIR)).filter((name) => /^working.*\.ts$/.test(name)).map((name) => path.join(REAL_DIR, name));

  // Totals only, and only when asked: the frozen set is scored at the start and the end, never item by item.
  if (args.includes('--frozen')) {
    const exists = await fs.stat(FROZEN_7_FILE).then(() => true, () => false);
    if (exists) {
      const frozen = await loadWorking(FROZEN_7_FILE);
      console.log(line('第七轮冻结集 judgement-real-frozen-7/frozen.ts', score(frozen)));
      console.log(`  标注：${byLabel(frozen)}`);
    } else {
      console.log('第七轮冻结集：尚未提交（test/fixtures/judgement-real-frozen-7/frozen.ts）');
    }
  }

  // The first six rounds' frozen sets, opened after their rounds' end scores: now tuned on like working sets.
  // Each set is scored raw and under one labelling convention (the misses listed are those under the convention).
  const openedItems = FROZEN_REAL_TEXTS.map((item): KnownText => ({ ...fromReal(item), id: item.id }));
  printBoth('第一轮冻结集 frozen.ts（已打开，调试用）', 'judgement-real/frozen.ts', openedItems, showMisses);
  printBoth('第二轮冻结集 judgement-real-frozen-2/frozen.ts（已打开，调试用）', 'judgement-real-frozen-2/frozen.ts', await loadWorking(OPENED_2_FILE), showMisses);
  printBoth('第三轮冻结集 judgement-real-frozen-3/frozen.ts（已打开，调试用）', 'judgement-real-frozen-3/frozen.ts', await loadWorking(OPENED_3_FILE), showMisses);
  printBoth('第四轮冻结集 judgement-real-frozen-4/frozen.ts（已打开，调试用）', 'judgement-real-frozen-4/frozen.ts', await loadWorking(OPENED_4_FILE), showMisses);
  printBoth('第五轮冻结集 judgement-real-frozen-5/frozen.ts（已打开，调试用）', 'judgement-real-frozen-5/frozen.ts', await loadWorking(OPENED_5_FILE), showMisses);
  printBoth('第六轮冻结集 judgement-real-frozen-6/frozen.ts（已打开，调试用）', 'judgement-real-frozen-6/frozen.ts', await loadWorking(OPENED_6_FILE), showMisses);

  for (const file of [...found, ...extra]) {
    const set = CONVENTION_SETS.find((name) => path.resolve(file) === path.join(__dirname, '..', 'test', 'fixtures', name)) ?? null;
    printBoth(`工作集 ${path.relative(process.cwd(), file)}`, set, await loadWorking(file), showMisses);
  }
  if (found.length + extra.length === 0) console.log('工作集：没有找到 test/fixtures/judgement-real/working*.ts（可用 --working <file> 指定）');
  const pct = (n: number): string => (corpus.total === 0 ? '—' : `${((n / corpus.total) * 100).toFixed(1)}%`);
  console.log(`已打开的真实文字合计：${corpus.total} 条，原标注一致 ${corpus.rawAgreed} (${pct(corpus.rawAgreed)})，统一约定下一致 ${corpus.agreed} (${pct(corpus.agreed)})；误判已完成 ${corpus.falseDone} 条`);
  console.log(`统一标注约定：${CONVENTION.length} 条改标（(i) 低于序时进度 → not-done ${CONVENTION.filter((item) => item.rule === 'i').length} 条；(ii) 无目标可比的数字或活动 → unclear ${CONVENTION.filter((item) => item.rule === 'ii').length} 条），见 test/fixtures/judgement-real/convention.ts`);

  for (const [name, set] of [['判断集 set.ts', JUDGEMENT_SET], ['留出集 held-out.ts', HELD_OUT_SET], ['第二留出集 held-out-2.ts', SECOND_HELD_OUT_SET]] as const) {
    console.log(line(name, score(set.map(fromImitation))));
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
