import type { CellRef, Run, TextField } from '../model';

/**
 * The staff's own words (完成情况说明, 目标 written as a sentence) are the most human part of a draft:
 * they are woven in, tidied the way a colleague would tidy them, never rewritten. Figures inside them
 * become number runs that point at the cell they were typed in.
 */

const CJK = '\\u3400-\\u9fff\\uf900-\\ufaff';
const FULL_WIDTH: Readonly<Record<string, string>> = { ',': '，', ';': '；', ':': '：', '(': '（', ')': '）', '?': '？', '!': '！' };
const HALF_WIDTH_STOP = new RegExp(`(?<=[${CJK}）”])\\s*([,;:?!])\\s*|\\s*([,;:?!])\\s*(?=[${CJK}“（])`, 'g');
const OPEN_BRACKET = new RegExp(`\\((?=[${CJK}\\d])`, 'g');
const CLOSE_BRACKET = new RegExp(`(?<=[${CJK}\\d])\\)`, 'g');
/** A span of months typed with a hyphen or tilde (1-6月, 1~9月份), not part of a date (2024-6月) or a longer number. */
const MONTH_SPAN = /(?<![\d.\-－])(1[0-2]|[1-9])\s*[-－~～–]\s*(1[0-2]|[1-9])\s*月/gu;
const MONTH_SPAN_AT = new RegExp(MONTH_SPAN.source, 'u');
/** A half-width pair around Chinese or figures (55%), (二期): both halves change together. */
const CHINESE_PAIR = new RegExp(`\\(([^()（）]*[${CJK}\\d][^()（）]*)\\)`, 'g');
/** One half already full width and the other not (typed （55%) or (55%）): made one pair. */
const MIXED_PAIR = /（([^()（）]*)\)|\(([^()（）]*)）/g;

/** Anything one of the steps below would change: control characters and line breaks, doubled spaces, half-width stops and brackets. */
const UNTIDY = new RegExp(`[\\u0000-\\u001f\\u007f,;:?!()]| {2}|[${CJK}%％，。；、：！？（“]\\s|\\s[，。；、：！？）”]`, 'u');

/** Most cells are already tidy: spotting that with one test skips the eight replacements (a second at 50,000 rows). */
function isTidy(text: string): boolean {
  return !UNTIDY.test(text) && !MONTH_SPAN_AT.test(text) && text === text.trim() && !/^[；;，,、。\s]/.test(text) && !/[；;，,、。.\s]$/.test(text);
}

/** Measure words and units a figure in staff text may carry (longest first). */
const FIGURE_UNITS = ['亿美元', '万美元', '个百分点', '平方米', '亿元', '万元', '万人', '人次', '公里', '千米', '美元', '%', '％', '元', '个', '家', '份', '项', '人', '次', '天', '户', '件', '名', '所', '座', '条', '批', '场', '篇', '吨', '亩', '台', '辆', '套', '处'];

const LIST_MARK = /^(?:\d{1,2}[.、．]|[（(]\d{1,2}[)）]|[一二三四五六七八九十]+[、是]|[①-⑳])/u;
const SPACE_IN_CHINESE = new RegExp(`(?<=[${CJK}%％])\\s+(?=[${CJK}（(\\d①-⑳])`, 'gu');
const STOP = /[，。；、：,;:！？!?\s]/u;
/** Both sides of a break at least this long: two statements, not one word cut in two. */
const STATEMENT = 6;

function runBefore(text: string, end: number): string {
  let start = end;
  while (start > 0 && !STOP.test(text[start - 1] ?? '')) start--;
  return text.slice(start, end);
}

function runAfter(text: string, start: number): string {
  let end = start;
  while (end < text.length && !STOP.test(text[end] ?? '')) end++;
  return text.slice(start, end);
}

/** A space beside Chinese punctuation (开工12个；⏎2.新签约) is a line break or a slip, never meant. */
const SPACE_BY_PUNCTUATION = /\s+(?=[，。；、：！？）”』」])|(?<=[，。；、：！？（“『「])\s+/gu;
/** A clause that ends with a figure (完成4场, 开工12个, 达97%) has ended: what follows on the next line is another. */
const ENDS_WITH_FIGURE = new RegExp(`\\d(?:余)?(?:${FIGURE_UNITS.join('|')})$`, 'u');
/** Words that finish a figure rather than start a clause (97% 以上). */
const FIGURE_TAIL = /^(?:以上|以下|左右|以内|之间|多|余)/u;

/**
 * Chinese puts no spaces between words, so a space between Chinese characters is a line break the cell
 * had (reading flattens them to spaces) or a slip. It never stays: before a list mark (2.完成…), after a
 * clause that ends with a figure (完成4场⏎下半年再开展4场) it becomes ，, between two statements ；, and
 * inside a phrase (城乡居民⏎医保参保率) the two halves join again.
 */
function mendSpaces(text: string): string {
  return text.replace(SPACE_IN_CHINESE, (space: string, offset: number) => {
    const rest = text.slice(offset + space.length);
    const before = runBefore(text, offset);
    if (LIST_MARK.test(rest)) return '；';
    if (FIGURE_TAIL.test(rest)) return '';
    const after = runAfter(text, offset + space.length);
    // 3个⏎项目 is one phrase cut; 完成4场⏎下半年再开展4场 two clauses.
    if (ENDS_WITH_FIGURE.test(before) && !/^\d/.test(rest) && after.length >= 3) return '，';
    return before.length >= STATEMENT && after.length >= STATEMENT ? '；' : '';
  });
}

/**
 * Half-width stops and brackets typed between Chinese characters (达30%,黑臭水体 · 工程(二期)) as a 公文 writes them
 * (达30%，黑臭水体 · 工程（二期）); figures (1:0.69) and Latin words ((GDP)) keep theirs.
 */
export function fullWidthPunctuation(text: string): string {
  return text
    .replace(HALF_WIDTH_STOP, (whole, a?: string, b?: string) => FULL_WIDTH[a ?? b ?? ''] ?? whole)
    .replace(CHINESE_PAIR, '（$1）')
    .replace(OPEN_BRACKET, '（')
    .replace(CLOSE_BRACKET, '）')
    .replace(MIXED_PAIR, (_pair, a?: string, b?: string) => `（${a ?? b ?? ''}）`);
}

/** One line, full-width punctuation beside Chinese, no control characters, no closing stop. */
export function tidyStaffText(text: string): string {
  if (isTidy(text)) return text.length <= MAX_STAFF_TEXT ? text : shortenStaffText(text);
  let tidy = text
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
    // A break after a stop the staff typed adds nothing; any other break ends a statement.
    .replace(/([，。；、：！？,;])\s*[\r\n]+\s*/g, '$1')
    .replace(/\s*[\r\n]+\s*/g, '；')
    .replace(/[ \t]+/g, ' ')
    .trim();
  tidy = mendSpaces(tidy.replace(SPACE_BY_PUNCTUATION, ''));
  // Half-width punctuation typed between Chinese characters is a typing slip in a 公文; a pair of brackets is one
  // mark in two halves: 已完成50个(55%) becomes （55%）, never （55%) with one half changed.
  tidy = fullWidthPunctuation(tidy);
  // 1-6月 as the seed writes a span of months: 1—6月 (一字线).
  tidy = tidy.replace(MONTH_SPAN, '$1—$2月');
  tidy = tidy.replace(/^[；;，,、。\s]+/, '').replace(/[；;，,、。.\s]+$/, '');
  return tidy.length <= MAX_STAFF_TEXT ? tidy : shortenStaffText(tidy);
}

/**
 * A 完成情况说明 is a few sentences. Thousands of characters in one cell (a pasted document) would bury the
 * paragraph and can overflow a cell of the 汇报稿: keep the opening sentences and send the reader to the source.
 */
const MAX_STAFF_TEXT = 600;

function shortenStaffText(text: string): string {
  const head = text.slice(0, MAX_STAFF_TEXT);
  const stop = Math.max(head.lastIndexOf('。'), head.lastIndexOf('；'));
  return `${stop > MAX_STAFF_TEXT / 2 ? head.slice(0, stop) : head}……（详见源表完成情况说明）`;
}


const FIGURE = new RegExp(`(\\d+(?:\\.\\d+)?)(余)?(${FIGURE_UNITS.join('|')})`, 'g');

/** The text as runs, each figure with a unit (83份, 45%, 300余人) a number run sourced to the cell. */
export function staffTextRuns(text: string, sources: readonly CellRef[]): Run[] {
  const runs: Run[] = [];
  let last = 0;
  for (const match of text.matchAll(FIGURE)) {
    const start = match.index ?? 0;
    // A digit right before means the regex started inside a longer number such as a year: skip.
    if (start > 0 && /[\d.]/.test(text[start - 1] ?? '')) continue;
    if (start > last) runs.push({ kind: 'text', text: text.slice(last, start) });
    const unit = match[3] === '％' ? '%' : match[3];
    runs.push({ kind: 'number', text: match[0], value: Number(match[1]), unit, sources: [...sources] });
    last = start + match[0].length;
  }
  if (last < text.length) runs.push({ kind: 'text', text: text.slice(last) });
  return runs;
}

function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= '0' && ch <= '9';
}

/**
 * Where the text states the figure `digits`: not inside a longer number, and with a unit it must carry it
 * (119个, 300余人), since a bare 2 in 2次以上 is not the actual 2家. A plain scan rather than a regex built
 * per call: narrate asks this for every indicator, and compiling the pattern each time was most of its cost.
 */
function findFigure(text: string, digits: string, unit: string | null): { index: number; length: number } | null {
  for (let index = text.indexOf(digits); index >= 0; index = index < text.length ? text.indexOf(digits, index + 1) : -1) {
    const before = text[index - 1];
    if (before === '.' || isDigit(before)) continue;
    const end = index + digits.length;
    if (unit === null || unit === '') {
      if (isDigit(text[end]) || (text[end] === '.' && isDigit(text[end + 1]))) continue;
      return { index, length: digits.length };
    }
    // 余 or 多 between the figure and its unit is taken when it fits, as the pattern's greedy (?:余|多)? did.
    if ((text[end] === '余' || text[end] === '多') && text.startsWith(unit, end + 1)) return { index, length: digits.length + 1 + unit.length };
    if (text.startsWith(unit, end)) return { index, length: digits.length + unit.length };
  }
  return null;
}

/** Does the staff text already state this figure (as "119个", "39.9亿元", "31.08%")? */
export function mentionsFigure(text: string, digits: string, unit: string | null = null): boolean {
  if (digits === '') return false;
  return findFigure(text, digits, unit) !== null;
}

/**
 * Splits the staff text after the sentence that states the figure: the computed clauses go there, so
 * "完成39.9亿元，增幅31.08%" is followed by its share of the target, not by the next sentence's topic.
 * Null when the text does not state the figure.
 */
export function splitAfterFigure(text: string, digits: string, unit: string | null): { head: string; tail: string } | null {
  const match = findFigure(text, digits, unit);
  if (match === null) return null;
  const end = text.slice(match.index + match.length).search(/[。；]/);
  if (end < 0) return { head: text, tail: '' };
  const cut = match.index + match.length + end;
  return { head: text.slice(0, cut), tail: text.slice(cut) };
}

/** 增幅31.08%, 比同期增长45%, 同比下降5%: the staff already gave a growth rate. */
export function statesGrowth(text: string): boolean {
  return /(增长|增幅|下降|减少|增加)了?\s*\d+(?:\.\d+)?[%％]/.test(text);
}

/**
 * 完成全年目标的60%, 完成率60%, 完成任务数的108.97%, 占年度计划的80%: the staff already gave the completion rate.
 * Theirs may be rounded or cut where ours is not (108.97% against 8718÷8000 = 108.98%): a second rate beside
 * theirs would say it twice, in two figures.
 */
export function statesRate(text: string): boolean {
  return /(完成率|完成进度|(?:目标|任务|计划)(?:任务|数)?的)\s*\d+(?:\.\d+)?[%％]/.test(text);
}

/** Does the text name the indicator, in any four characters of its name (or all of a short one)? */
export function mentionsSubject(text: string, subject: string): boolean {
  if (subject.length <= 4) return text.includes(subject);
  for (let i = 0; i + 4 <= subject.length; i++) if (text.includes(subject.slice(i, i + 4))) return true;
  return false;
}

/** Staff text tidied, with the cell it was typed in; null when the cell holds nothing worth saying. */
export interface StaffText {
  readonly text: string;
  readonly cell: CellRef;
}

export function staffText(field: TextField | null): StaffText | null {
  if (field === null) return null;
  const text = tidyStaffText(field.value);
  return text === '' ? null : { text, cell: field.cell };
}
