/**
 * A row whose 完成情况 is a paragraph shared by several rows (a report's sentence pasted under each task it speaks of):
 * the words that speak of the row's own task, picked out by the row's name. Three shapes of such a paragraph, each read
 * only when the row's name picks out exactly one of its items:
 *
 * - a run of clauses, one per item, closed by their shares (A完成投资x，B完成投资y，分别占计划的p1、p2): the row's clause
 *   and its own share;
 * - a count of what befell some items, then their names (其中提前竣工4项，为A，B，C，D): what befell them befell the row;
 * - a tally by party, done and not done, each with its breakdown (已完成整改52个。其中，甲区17个、乙区12个。未完成整改13个。
 *   其中，甲区2个): the row's party is done only when the breakdown of what is not done, which adds up to its total, does
 *   not name it; otherwise its part of the work is not done either.
 *
 * None of these finds anything in a row that has its own words: they read only a paragraph that lists several items.
 */
import { clausesOf } from './clauses';

/** The Chinese characters of a text, for matching names (标点、数字 left out). */
function hanzi(text: string): string {
  return text.replace(/[^\u4e00-\u9fff]/gu, '');
}

/** The two-character runs of a text. */
function pairsOf(text: string): Set<string> {
  const pairs = new Set<string>();
  for (let i = 0; i + 2 <= text.length; i += 1) pairs.add(text.slice(i, i + 2));
  return pairs;
}

/**
 * The one index whose own words the row's name shares clearly more of than any other's; null when none stands out. The
 * items must run parallel (each says the same thing of its own item: 完成投资 in every clause), and only the words one
 * item has that the others lack count, so a subject written once before the list (全市棚户区改造新开工…，基本建成…) picks
 * out no item.
 */
function pickedBy(taskName: string, candidates: readonly string[]): number | null {
  const name = hanzi(taskName);
  if (name.length < 2) return null;
  const pairs = candidates.map((candidate) => pairsOf(hanzi(candidate)));
  const common = [...(pairs[0] ?? [])].filter((pair) => pairs.every((set) => set.has(pair)));
  if (common.length === 0) return null;
  const scores = pairs.map((set) => [...set].filter((pair) => !common.includes(pair) && name.includes(pair)).length);
  const best = Math.max(...scores);
  const at = scores.indexOf(best);
  const others = scores.filter((_, i) => i !== at);
  return best >= 2 && others.every((score) => score <= best - 2) ? at : null;
}

/** 分别占计划的102.4%、80.8%、99%、102.8%: a share each for the items named before it, in their order. */
const SHARES_IN_TURN = /^分别(?:占|为|是|达|达到|完成)([^，,。；;\d]{0,16}?)((?:\d+(?:\.\d+)?\s*%\s*(?:、|和|及)\s*)+\d+(?:\.\d+)?\s*%)$/u;

/**
 * The row's own clause and share out of A完成投资x，B完成投资y，…，分别占计划的p1、p2…: a text of the row's item alone
 * (B完成投资y，占计划的p2). null when the words have no such list or the name picks out no one item of it.
 */
export function ownShareInList(text: string, taskName: string | null | undefined): string | null {
  if (taskName == null) return null;
  const clauses = clausesOf(text);
  const at = clauses.findIndex((clause) => SHARES_IN_TURN.test(clause));
  if (at < 0) return null;
  const match = SHARES_IN_TURN.exec(clauses[at] ?? '');
  const shares = (match?.[2] ?? '').split(/、|和|及/u).map((share) => share.trim());
  const items = clauses.slice(0, at).slice(-shares.length);
  // Each item is a clause of its own with a figure of its own, as many as the shares.
  if (items.length !== shares.length || shares.length < 2 || !items.every((item) => /\d/u.test(item))) return null;
  const picked = pickedBy(taskName, items);
  if (picked === null) return null;
  return `${items[picked] ?? ''}，占${match?.[1] ?? ''}${shares[picked] ?? ''}`;
}

/** 其中提前竣工4项,为A,B,C,D · 未按期开工两项：A、B: what befell a counted set of items, then their names. */
const COUNTED_THEN_NAMED = /^(?:其中)?([^，,。；;:：\d]{2,12}?)(\d+|[一二两三四五六七八九十]+)(?:个|项|座|处|家|所)(?:项目|工程)?(?:[,，:：]?(?:为|是|分别为|分别是|包括)[:：]?|[:：])(.+)$/u;
const CHINESE_COUNT: Readonly<Record<string, number>> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

/**
 * The words the paragraph says of the row when the row is one of the items it names after a count (其中提前竣工4项，为A，
 * B，C，D on the row A): what befell them (提前竣工), said of the row alone. null otherwise.
 */
export function ownNameInEnumeration(text: string, taskName: string | null | undefined): string | null {
  if (taskName == null) return null;
  for (const sentence of text.split(/[。；;\r\n]+/u)) {
    const match = COUNTED_THEN_NAMED.exec(sentence.trim());
    if (match?.[1] === undefined || match[2] === undefined || match[3] === undefined) continue;
    const count = /\d/u.test(match[2]) ? Number(match[2]) : (CHINESE_COUNT[match[2]] ?? 0);
    const names = match[3].split(/[,，、]/u).map((name) => name.trim()).filter((name) => name !== '');
    if (count < 2 || names.length !== count) continue;
    const name = hanzi(taskName);
    // The row is one of them by its whole name: the name within the item, or the item within the name.
    const picked = names.findIndex((item) => { const words = hanzi(item); return words.length >= 4 && (words.includes(name) || name.includes(words)); });
    if (picked >= 0) return match[1].trim();
  }
  return null;
}

/** 已完成整改52个 · 未完成整改13个: a tally of the work, done or not, with its count. */
const TALLY = /((?:已|尚|仍)?(?:未|没有)?(?:完成|办结|销号)?(?:整改|办结|销号|完成)[^，,。；;\d]{0,4}?)(\d+)(个|项|件|处|起)$/u;
/** 其中,甲区17个、乙区12个…: a tally's breakdown by party. */
const BREAKDOWN_ITEM = /([\u4e00-\u9fff]{2,10}?)(\d+)(?:个|项|件|处|起)/gu;

interface Tally { readonly words: string; readonly done: boolean; readonly total: number; readonly parties: readonly { readonly name: string; readonly count: number }[] }

function talliesOf(text: string): Tally[] {
  const sentences = text.split(/[。；;\r\n]+/u).map((sentence) => sentence.trim()).filter((sentence) => sentence !== '');
  const tallies: Tally[] = [];
  for (const [i, sentence] of sentences.entries()) {
    const last = clausesOf(sentence).pop() ?? '';
    const tally = TALLY.exec(last);
    const next = sentences[i + 1] ?? '';
    if (tally?.[1] === undefined || tally[2] === undefined || !/^其中/u.test(next)) continue;
    const parties = [...next.replace(/^其中[,，:：]?/u, '').replace(/[（(][^）)]*[）)]/gu, '').matchAll(BREAKDOWN_ITEM)].map((item) => ({ name: item[1] ?? '', count: Number(item[2]) }));
    tallies.push({ words: `${tally[1]}${tally[2]}${tally[3] ?? ''}`, done: !/未|没有/u.test(tally[1]), total: Number(tally[2]), parties });
  }
  return tallies;
}

/** The row's party and what the tally says of it: done (with the words that show it), or its own counts to read. */
export type OwnParty =
  | { readonly kind: 'done'; readonly party: string; readonly words: string }
  | { readonly kind: 'not-done'; readonly party: string; readonly words: string; readonly own: string };

/**
 * The row's party in a tally by party (已完成整改52个。其中，甲区17个… 未完成整改13个。其中，甲区2个…): not done when the
 * breakdown of what is not done names it; done when only the breakdown of what is done names it and the breakdown of what
 * is not done names parties adding up to its whole count, so none of it is the row's. null otherwise.
 */
export function ownPartyInTally(text: string, taskName: string | null | undefined): OwnParty | null {
  if (taskName == null) return null;
  const tallies = talliesOf(text);
  const doneTally = tallies.find((tally) => tally.done);
  const openTally = tallies.find((tally) => !tally.done);
  if (doneTally === undefined || openTally === undefined) return null;
  const name = hanzi(taskName);
  // The row must be the party's share of this tally's work, not another task of the same party (新城区污水处理厂建设 under a
  // tally of 整改 by district): what the name says besides the party is nothing but 承担的…, or shares the tally's words.
  const tallied = pairsOf(hanzi(text.split(/[。；;\r\n]+/u).filter((sentence) => !/^\s*其中/u.test(sentence)).join('')));
  const ofThisWork = (party: string): boolean => {
    const rest = name.replace(party, '').replace(/承担|负责|牵头|涉及|的|任务|工作|情况/gu, '');
    return rest === '' || [...pairsOf(rest)].some((pair) => tallied.has(pair));
  };
  const partyOf = (tally: Tally) => tally.parties.find((party) => party.name.length >= 2 && name.includes(party.name) && ofThisWork(party.name));
  const open = partyOf(openTally);
  const done = partyOf(doneTally);
  if (open !== undefined) {
    // The party's own counts, as the tallies word them (已完成整改17个，未完成整改2个): read like any row's words.
    const own = [done !== undefined ? doneTally.words.replace(/\d+(?=\D*$)/u, String(done.count)) : null, openTally.words.replace(/\d+(?=\D*$)/u, String(open.count))].filter((words) => words !== null).join('，');
    return { kind: 'not-done', party: open.name, words: `${openTally.words}，其中${open.name}${open.count}个`, own };
  }
  const openAddsUp = openTally.parties.reduce((sum, party) => sum + party.count, 0) === openTally.total;
  return done !== undefined && openAddsUp ? { kind: 'done', party: done.name, words: `${doneTally.words}，其中${done.name}${done.count}个；${openTally.words}的分项里没有${done.name}` } : null;
}
