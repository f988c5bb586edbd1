import type { Judgement } from './verdict';
import { clauseSignals } from './clause-signals';
import { clausesOf } from './clauses';
import { figuresIn, type TextFigure } from './text-figures';
import { BUILT_THEN_USED, countOffTarget, secondActDoneWords } from './whole-task';

/**
 * Third review (r-j3): a done verdict the words reach by counting more than the row's own task — a share of another
 * level's task, a sub-part, carried-over work, a second act counted short, another party's paperwork, a filing. Each
 * check takes a 已完成 / 超额完成 and returns what it is instead, or null when the done stands.
 */

function quoted(words: string): string {
  return `“${words}”`;
}

/** The row target's counts and amounts, not its rates (a share names no base of its own). */
function targetCounts(targetText: string | null | undefined): TextFigure[] {
  return targetText == null ? [] : figuresIn(targetText).filter((figure) => figure.unit !== '%');
}

/** A figure in the words that meets a target figure of its own measure by itself. */
function meetsOwnFigure(text: string, targets: readonly TextFigure[]): boolean {
  const figures = figuresIn(text);
  return targets.every((target) => figures.some((figure) => figure.unit === target.unit && figure.value >= target.value));
}

/**
 * 完成省下达任务的110% · 已完成市定目标: a task another level set (省/市/上级下达, 省定, 市定) is a base of its own. Under a
 * row target with its own count (改造600户) that names no such task, the share or the done says nothing of the row's
 * count — the province's task may be smaller. Only a figure in the row's measure that meets it decides.
 */
// Not 城市 or 定期 (城市定期开展…任务).
const OTHER_LEVEL_TASK = /(?<![城都])(?:省|市|州|上级|国家)(?:级|里|政府|委|厅)?(?:下达|分解|确定|核定|定(?!期)|交办)的?[^，,。；;\d%]{0,8}?(?:目标任务|任务|目标|计划|指标)/u;

export function otherLevelBase(text: string, targetText: string | null | undefined): string | null {
  const base = OTHER_LEVEL_TASK.exec(text)?.[0];
  if (base === undefined || targetText == null || OTHER_LEVEL_TASK.test(targetText)) return null;
  const targets = targetCounts(targetText);
  // 普及率达到90%: a target that is a level is a base of its own too; only a level the words give that reaches it decides.
  const levels = figuresIn(targetText).filter((figure) => figure.unit === '%');
  if (targets.length === 0 && levels.length === 0) return null;
  // The share of the other base (省下达任务的110%) is no level of the row's: it goes with the base.
  const at = text.indexOf(base) + base.length;
  const rest = text.slice(0, text.indexOf(base)) + text.slice(at).replace(/^的?\s*\d+(?:\.\d+)?\s*%/u, '');
  if (targets.length > 0 ? meetsOwnFigure(text.replace(base, ''), targets) : meetsOwnFigure(rest, levels)) return null;
  return base;
}

/**
 * 其中城区完成改造500户 under 改造500户: a 其中 clause (or one whose subject is one area) counts a subset of a whole the text names or leaves unsaid, so its
 * figure meeting the target says nothing of the whole. The done must stand on the other clauses' figures.
 */
// 包括城区完成改造500户 · 含城区500户: 包括/包含/含 open a part as 其中 does.
const SUB_PART = /^(?:其中|包括|包含|含)/u;
// 城区完成改造500户 · 城关镇完成改造500户: a clause whose subject is one area of the county counts that area's part,
// as a 其中 clause does (各乡镇, 全县 are the whole, and an area the target names is the task's own).
const AREA_PART = /^(?:(?:主|中心)?城区|农村|城镇|[\u4e00-\u9fff]{2,3}(?:镇|乡|街道))(?=[^，,。；;]{0,4}?(?:已经?|共|累计)?(?:完成|建成|改造|新建|新增|实现))/u;

function partClause(clause: string, targetText: string): boolean {
  const trimmed = clause.trim();
  if (SUB_PART.test(trimmed)) return true;
  const area = AREA_PART.exec(trimmed)?.[0];
  return area !== undefined && !/^[各全]/u.test(area) && !targetText.includes(area);
}

export function subPartCount(text: string, targetText: string | null | undefined): string | null {
  const targets = targetCounts(targetText);
  if (targets.length === 0) return null;
  const clauses = clausesOf(text);
  const parts = clauses.filter((clause) => partClause(clause, targetText ?? ''));
  if (parts.length === 0) return null;
  const rest = clauses.filter((clause) => !parts.includes(clause)).join('，');
  if (meetsOwnFigure(rest, targets)) return null;
  return parts.find((part) => meetsOwnFigure(part, targets)) ?? null;
}

/**
 * 完成500户，其中300户已验收 · 完成改造500户，已验收300户 under 改造500户并验收: the target asks for a second act (验收,
 * 投入使用), and a clause that names that act gives its own count below the target: the second act is short, whatever
 * the first's count.
 */
// 改造500户并验收 · 改造500户，全部通过验收: the act after 并, or a target clause that is the act alone.
// 改造500户，验收合格: the second act's clause may say what it must come to (合格, 达标) as well.
const SECOND_ACT = /(?:并|并且|且|后|及时|同步)(?:全部|及时|按期)?(?:通过)?([\u4e00-\u9fff]{2,4})$|^(?:全部|及时|按期|同步)?(?:通过)?(验收|交付使用|投入使用|投用|入住|并网)(?:合格|达标)?$/u;

/** The second act of a target clause: after 并, a clause that is the act alone, or one word of two acts (建成投用幼儿园3所). */
function secondActOf(part: string): string | undefined {
  const m = SECOND_ACT.exec(part.trim());
  return m?.[1] ?? m?.[2] ?? BUILT_THEN_USED.exec(part)?.[2];
}

function actRateShort(clause: string, verb: string): boolean {
  const rate = new RegExp(`${verb}[\\u4e00-\\u9fff]{0,2}率[^，,。；;\\d]{0,4}?(\\d+(?:\\.\\d+)?)\\s*%`, 'u').exec(clause);
  return rate?.[1] !== undefined && Number(rate[1]) < 100;
}

export function secondActShort(text: string, targetText: string | null | undefined): { readonly clause: string; readonly act: string; readonly said: boolean } | null {
  const targets = targetCounts(targetText);
  if (targets.length === 0 || targetText == null) return null;
  const acts = clausesOf(targetText).map(secondActOf).filter((act): act is string => act !== undefined);
  for (const act of acts) {
    const verb = act.slice(-2);
    // 投用 is said as 投入使用 or 交付 as well: any word that the act was done.
    const said = secondActDoneWords(act);
    // …or a rate of the act under 100% (入住率60%, 验收率85%): the act done for only a share of the count.
    const clause = clausesOf(text).find((c) => (c.includes(verb) || said.test(c))
      && (figuresIn(c).some((figure) => targets.some((target) => target.unit === figure.unit && figure.value < target.value)) || actRateShort(c, verb)));
    if (clause !== undefined) return { clause, act, said: true };
    // 完成改造500户 under 改造500户并验收: the count is the first act's; the second is not said at all.
    if (!text.includes(verb) && !said.test(text) && !/全部完成|全面完成|均已完成|已完成(?:年度)?(?:目标)?任务/u.test(text)) return { clause: text, act, said: false };
  }
  return null;
}

/**
 * 完成改造500户（含去年结转200户）· 含结转任务200户 under 改造500户: work carried over from an earlier year is that year's task finished
 * late, counted in this year's figure. This year's own work is the figure less the carried part; when it falls short
 * (or the carried part gives no figure to take away), the done is not the row's.
 */
const CARRIED = /(?:含|包括|包含|其中)[^，,。；;（()）\d]{0,8}?(?:结转|续建|遗留)[^，,。；;（()）]{0,8}|(?:含|包括|包含|其中)?[^，,。；;（()）]{0,10}?(?:去年|上年|上一年|往年|以前年度|前期|历年|\d{4}\s*年度?)[^，,。；;（()）\d]{0,4}?(?:结转|续建|遗留|剩余|未完成)[^，,。；;（()）]{0,8}/u;

export function carriedOver(text: string, targetText: string | null | undefined): string | null {
  const carried = CARRIED.exec(text)?.[0];
  if (carried === undefined || targetText == null || /结转|续建|遗留/u.test(targetText)) return null;
  const targets = targetCounts(targetText);
  const less = figuresIn(carried);
  const own = figuresIn(text.replace(carried, '')).map((figure) => ({
    unit: figure.unit,
    value: figure.value - less.filter((l) => l.unit === figure.unit).reduce((sum, l) => sum + l.value, 0),
  }));
  if (targets.length > 0 && less.length > 0 && targets.every((target) => own.some((figure) => figure.unit === target.unit && figure.value >= target.value))) return null;
  return carried;
}

/**
 * 已报送 · 规划已上报: filing is the task only when the target asks for nothing but filing (报送年度报表). Under a target
 * that asks for more (编制并实施规划) it is one step; with no target nobody can tell which it is.
 */
const FILING = /报送|上报|呈报|报批|报备|递交|送审|提交/u;
const MORE_THAN_FILING = /实施|建成|建设|落实|执行|开展|推进|印发|出台|批复|审定|通过|完成(?![^，,。；;]{0,8}?(?:报送|上报|提交|呈报))|并(?![^，,。；;]{0,2}?(?:报送|上报|提交|呈报))/u;
// 规划已编制完成并上报: a clause that also finishes the work filed (编制完成) is not a filing alone.
const OTHER_FINISH = /建成|竣工|完工|投用|投运|印发|出台|实施完毕|批复|获批|通过|编制|制定|完成(?!报送|上报|呈报|提交|报批|报备)/u;

const BARE_FILING_WORDS = /已经?|均已|现已|按时|按期|如期|及时|全部|完毕|完成|了|于?\d{1,2}月(?:\d{1,2}日)?[底末初中]?(?:前|以前)?|(?:向|至|给)?[省市州县区][\u4e00-\u9fff]{0,8}?(?:厅|局|委|办|政府|部门|里)|报送|上报|呈报|报批|报备|递交|送审|提交|[。，,；;\s]/gu;

export function filingOnly(text: string, targetText: string | null | undefined): 'step' | 'unknown' | null {
  const clauses = clausesOf(text).filter((clause) => clause.trim() !== '');
  // 上报到位资金36亿元: a figure reported is a result the words give, not a filing of paperwork.
  if (clauses.length === 0 || figuresIn(text).length > 0 || !clauses.every((clause) => FILING.test(clause) && !OTHER_FINISH.test(clause))) return null;
  // 年度统计报表已按时报送: what was filed is paperwork, and its filing the task; only a bare 已报送 names nothing.
  if (targetText == null) return clauses.every((clause) => clause.replace(BARE_FILING_WORDS, '').trim() === '') ? 'unknown' : null;
  return (FILING.test(targetText) || /申报|申请/u.test(targetText)) && !MORE_THAN_FILING.test(targetText) ? null : 'step';
}

/**
 * 通过县级验收 under a target that asks for 省级验收: an act done at a lower level than the target names is a step on the
 * way (the county checks before the province does), not the act the target asks for. The two levels, or null.
 */
const LEVEL_OF_ACT = /(国家|省|市|州|县|区)级?(验收|评审|评估|审查|考核|认定|复核)/u;
const LEVEL_RANK: Readonly<Record<string, number>> = { 国家: 4, 省: 3, 市: 2, 州: 2, 县: 1, 区: 1 };

export function lowerLevelAct(text: string, targetText: string | null | undefined): { readonly said: string; readonly wanted: string } | null {
  const wanted = targetText == null ? null : LEVEL_OF_ACT.exec(targetText);
  if (wanted?.[1] === undefined || wanted[2] === undefined) return null;
  const act = wanted[2];
  for (const said of text.matchAll(new RegExp(LEVEL_OF_ACT.source, 'gu'))) {
    if (said[2] === act && said[1] !== undefined && (LEVEL_RANK[said[1]] ?? 0) < (LEVEL_RANK[wanted[1]] ?? 0)) return { said: said[0], wanted: wanted[0] };
  }
  return null;
}

/**
 * The clause whose count met the target (a figure in the target's measure word, as large as the target's), when every such
 * clause counts something else or an earlier step (see countOffTarget). null when one of them is the target's own.
 */
export function metByOtherCount(text: string, targetText: string | null | undefined): { readonly clause: string; readonly kind: 'other' | 'step'; readonly words: string } | null {
  const targets = targetCounts(targetText);
  if (targets.length === 0 || targetText == null) return null;
  const clauses = clausesOf(text);
  const meeting = clauses.filter((clause) => figuresIn(clause).some((figure) => targets.some((target) => target.unit === figure.unit && figure.value >= target.value)));
  // 排查问题25个，已全部整改到位: a clause without the count says the work itself was finished; the count only sizes it.
  // (已完成招标 is a step finished, not the work: it does not speak for the whole.)
  if (meeting.length === 0 || clauses.some((clause) => { const s = clauseSignals(clause); return !meeting.includes(clause) && s.done && s.partWords.length === 0 && s.periodWords.length === 0; })) return null;
  const off = meeting.map((clause) => ({ clause, off: countOffTarget(clause, targetText) }));
  if (off.some(({ off: o }) => o === null)) return null;
  const first = off[0];
  return first?.off != null ? { clause: first.clause, kind: first.off.kind, words: first.off.words } : null;
}

/**
 * The whole the words count over (全县, 全市, 我镇) when the target names another (全镇改造50户, 青山镇改造50户): a township's
 * row read a county's total, or a county's row a township's. The figures are of another base; only a person can say what
 * the row's own count is. Where the target names no whole, the words' whole is the row's (the department's own).
 */
const WHOLE_SCOPE = /(?:全|我|本)(省|市|州|县|区|镇|乡|街道|村)/u;
const NAMED_TOWN = /[\u4e00-\u9fff]{2,3}(镇|乡|街道)(?=[^，,。；;]{0,8}?\d)/u;

export function otherScope(text: string, targetText: string | null | undefined): { readonly said: string; readonly wanted: string } | null {
  if (targetText == null) return null;
  const wanted = WHOLE_SCOPE.exec(targetText) ?? NAMED_TOWN.exec(targetText);
  const said = WHOLE_SCOPE.exec(text);
  if (wanted?.[1] === undefined || said?.[1] === undefined || said[1] === wanted[1]) return null;
  return { said: said[0], wanted: wanted[0] };
}

/**
 * 城区覆盖率达96% · 县城完成改造500户 · 已完成改造500户（城区） under a target of the whole (全县, 全市, 各乡镇): the words speak of
 * one area, the town, whose figure says nothing of the whole's. The area, or null.
 */
const ONE_AREA_SAID = /(?:^|[，,。；;（(])(?:目前|现)?((?:主|中心|老|新)?城区|县城|城关镇?|市区)(?![外以周边])/u;
const WHOLE_AREA_WANTED = /全[县市区镇乡省州]|各(?:乡镇|镇|乡|街道|村|县区|地)/u;

export function oneAreaOfWhole(text: string, targetText: string | null | undefined): string | null {
  if (targetText == null || !WHOLE_AREA_WANTED.test(targetText)) return null;
  const area = ONE_AREA_SAID.exec(text)?.[1];
  return area !== undefined && !targetText.includes(area) && !/全[县市区]/u.test(text) ? area : null;
}

export function overreach(found: Judgement, text: string, targetText: string | null | undefined): Judgement | null {
  const area = oneAreaOfWhole(text, targetText);
  if (area !== null) return { verdict: 'unclear', basis: found.basis === 'figures' ? 'figures-in-words' : found.basis, evidence: `${found.evidence}，但文字说的是${quoted(area)}，本行目标是全域的，不是同一范围，需人工确认` };
  const scope = otherScope(text, targetText);
  if (scope !== null) return { verdict: 'unclear', basis: 'words', evidence: `${found.evidence}，但文字说的是${quoted(scope.said)}，本行目标是${quoted(scope.wanted)}的，不是同一范围，需人工确认` };
  const counted = found.basis === 'figures-in-words' ? metByOtherCount(text, targetText) : null;
  if (counted?.kind === 'other') return { verdict: 'unclear', basis: 'figures-in-words', evidence: `${found.evidence}，但${quoted(counted.clause.trim())}数的是“${counted.words}”，与本行目标${quoted(targetText ?? '')}不是同一件事，需人工确认` };
  if (counted?.kind === 'step') return { verdict: 'in-progress', basis: 'figures-in-words', evidence: `${found.evidence}，但${quoted(counted.clause.trim())}只是“${counted.words}”，不是目标要做完的事` };
  const lower = lowerLevelAct(text, targetText);
  if (lower !== null) return { verdict: 'in-progress', basis: 'words', evidence: `${quoted(lower.said)}，目标要求${quoted(lower.wanted)}，尚未说到` };
  const base = otherLevelBase(text, targetText);
  if (base !== null) return { verdict: 'unclear', basis: 'words', evidence: `${quoted(text.trim())}，说的是${quoted(base)}，与本行目标${quoted(targetText ?? '')}不是同一基数，需人工确认` };
  const part = subPartCount(text, targetText);
  if (part !== null && found.basis === 'figures-in-words') return { verdict: 'unclear', basis: 'figures-in-words', evidence: `${quoted(part.trim())}是其中一部分的数，不是整项任务的完成数，需人工确认` };
  const short = secondActShort(text, targetText);
  if (short !== null) return { verdict: 'in-progress', basis: 'figures-in-words', evidence: short.said ? `${quoted(short.clause.trim())}，目标要求全部${short.act}，尚未全部${short.act}` : `${quoted(short.clause.trim())}，目标还要求${short.act}，文字没有说到` };
  const filing = filingOnly(text, targetText);
  if (filing === 'unknown') return { verdict: 'unclear', basis: 'words', evidence: `${quoted(text.trim())}，只说已报送，没有目标可比，报送是否就是整项任务需人工确认` };
  if (filing === 'step') return { verdict: 'in-progress', basis: 'words', evidence: `${quoted(text.trim())}，报送只是${quoted(targetText ?? '')}的一个环节，不是整项任务` };
  const carried = carriedOver(text, targetText);
  if (carried !== null) return { verdict: 'unclear', basis: 'figures-in-words', evidence: `${quoted(text.trim())}，${quoted(carried.trim())}是往年结转的任务，本年自身完成数未达目标或无从算出，需人工确认` };
  return null;
}
