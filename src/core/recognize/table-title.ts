import type { SheetSnapshot } from '../model';
import { cellAt } from '../model';
import { cellWords } from './cell-text';
import { isKnownUnit } from './unit-convert';

/**
 * The lines above a header: a title (2009年度目标任务分解表), a 填报单位 line naming the department,
 * and often "单位：万元" giving the unit of every figure below.
 */
export interface TitleLines {
  readonly title: string | null;
  readonly unitName: string | null;
  /** A unit for all figures of the table (单位：万元), when the sheet gives one. */
  readonly tableUnit: string | null;
  /** Units a 单位 line lists for different columns (单位：个、亿元), in its order; empty when it lists fewer than two. */
  readonly listedUnits: readonly string[];
  /** All text above the header, for finding the period. */
  readonly text: string;
}

const REPORTING_UNIT = /(?:填报单位|报送单位|填表单位|申报单位|责任单位|部门名称|单位名称|部门)\s*(?:[(（][^)）]{0,6}[)）])?\s*[:：]\s*([^\s:：,，;；]+)/;
/** Lines above a header that are not its title: instructions, numbered notes, 附件 labels. */
const NOT_A_TITLE = /^(?:(?:附件|附表)\s*\d*|填表说明|填报说明|说明|注|备注)\s*[:：]?$|^(?:\d+|[一二三四五六七八九十]+)\s*[.、．]|[:：]$/;
/** A line that names the table itself: ends in 表 (情况表, 分解表), or is labelled 表1:/表3: before its words. */
const OWN_TITLE = /表\s*(?:[(（][^)）]*[)）])?$/;
const OWN_TITLE_LABEL = /^表\s*\d+\s*[:：]\s*\S/;
/** Words a title of a target sheet uses. */
const TITLE_WORDS = /表|情况|目标|任务|计划|指标|考核|绩效|台账/;
const MEASURE_UNIT = /(?:^|[^报送表门])(?:计量)?单位\s*[:：]\s*([^\s,，;；)）]+)|^(?:面积|金额|资金|投资|产量|数量|长度|里程|规模)\s*[:：]\s*([^\s,，;；)）]+)$/;
/** A department's name ends like this; the title often starts with it (灌南县发展和改革委员会2009年…). */
// At least two characters before the ending, none of them punctuation: 《政府工作报告》 names no department.
const ORGANISATION = /^([^《》〈〉“”"'‘’、，,；;：:（）()【】\[\]]{2,}?(?:委员会|管理委员会|局|委|办公室|办|中心|院|馆|所|站|队|处|政府|人民政府|街道|镇|乡|公司|学校|医院|分局|支队|大队))(?=\s*(?:(?:19|20)\d{2}|0\d)年|关于|目标|绩效|年度|全年|工作|重点|主要)/;

export function readTitleLines(sheet: SheetSnapshot, headerTop: number, width: number): TitleLines {
  let title: string | null = null;
  let fallbackTitle: string | null = null;
  let unitName: string | null = null;
  let tableUnit: string | null = null;
  let listedUnits: string[] = [];
  const lines: string[] = [];
  for (let row = 1; row < headerTop; row++) {
    const texts: string[] = [];
    for (let col = 1; col <= width; col++) {
      const text = cellWords(cellAt(sheet, row, col));
      if (text !== '') texts.push(text);
    }
    if (texts.length === 0) continue;
    const line = texts.join(' ');
    lines.push(line);
    const reporting = REPORTING_UNIT.exec(line);
    if (reporting && unitName === null) unitName = reporting[1].trim();
    const measure = MEASURE_UNIT.exec(line);
    // 单位:万元, or what the figures measure and its unit (面积:万亩, 金额:万元) on a line of its own.
    const measured = measure ? measure[1] ?? measure[2] : undefined;
    if (measured !== undefined && isKnownUnit(measured) && tableUnit === null) tableUnit = measured;
    const listed = measured !== undefined ? measured.split(/[、/／]/).filter((unit) => isKnownUnit(unit)) : [];
    if (listed.length >= 2 && listedUnits.length === 0) listedUnits = listed;
    // The title: a line that is not a form field, an instruction or a label, in a title's words; the one nearest the
    // header when a page heading sits above the table's own title (发布标题, 表3:, 黔西南州…情况表). A numbered line
    // that names a table (一、10件民生实事任务分解表) is a title, not a note.
    const namesTable = OWN_TITLE.test(line);
    if (!reporting && !measure && texts.length <= 2 && line.length <= 60 && (namesTable || !NOT_A_TITLE.test(line))) {
      if (TITLE_WORDS.test(line) && (title === null || namesTable || OWN_TITLE_LABEL.test(line))) title = line;
      // A column's name above its table (工业增加值 over 2017年1-3月工业增加值): the line below that repeats it with
      // more words is the table's own title.
      if (fallbackTitle === null || (line.length > fallbackTitle.length && line.includes(fallbackTitle))) fallbackTitle = line;
    }
  }
  title = title ?? fallbackTitle;
  // 表1:2020年主要产品产量 over a line 2020年主要产品产量: the label numbers the table in the document it was cut from;
  // the line that repeats its words without the label is the table's own title.
  const unlabelled = title?.replace(/^表\s*\d+\s*[:：]\s*/, '');
  if (title !== null && unlabelled !== undefined && unlabelled !== title && lines.includes(unlabelled)) title = unlabelled;
  if (unitName === null && title !== null) {
    // 2024年交通运输局目标…: a year in front is the title's, not the department's.
    const org = ORGANISATION.exec(title.replace(/\s+/g, '').replace(/^(?:19|20)\d{2}年度?/, ''));
    if (org) unitName = org[1];
  }
  return { title, unitName, tableUnit, listedUnits, text: lines.join('\n') };
}

/** "2009-灌南县发改委-目标任务分解表" names the department in its middle part. */
export function unitFromWorkbookName(name: string): string | null {
  for (const part of name.split(/[-_—\s]+/)) {
    if (/(委员会|委|局|办|办公室|中心|院|站|队|政府|街道|镇|乡)$/.test(part) && !/^\d/.test(part)) return part;
  }
  return null;
}

/** Headers of money: 投资, 资金, 金额, 收入, 产值, 支出, 预算 … */
const MONEY_HEAD = /投资|资金|金额|收入|产值|支出|预算|经费|总值|总额|营业额|销售额/;
/** Headers of a count: 个数, 数量, 项数, 家数. */
const COUNT_HEAD = /个数|数量|项数|家数|户数|人数/;

/**
 * 单位：个、亿元 over 项目个数 · 年投资计划 · 完成投资额: the listed unit that fits the words of the target
 * and actual columns' headers — money for 投资/资金 headers, a count for 个数/数量 ones — when exactly one does.
 */
export function listedUnitFor(listed: readonly string[], figureHeaders: readonly string[]): string | null {
  if (listed.length < 2 || figureHeaders.length === 0) return null;
  const money = listed.filter((unit) => /元$/.test(unit));
  const counts = listed.filter((unit) => !/元$/.test(unit) && unit !== '%');
  if (figureHeaders.every((head) => MONEY_HEAD.test(head)) && money.length === 1) return money[0];
  if (figureHeaders.every((head) => COUNT_HEAD.test(head) && !MONEY_HEAD.test(head)) && counts.length === 1) return counts[0];
  return null;
}

/** Words of a title that names what is planned (预期指标, 目标任务分解, 年度计划, 分批任务表). */
const PLAN_TITLE = /预期|目标|计划|分解|任务/;
/** Words of a title that names what was done or found (完成情况, 进展, 统计数据): an account, whatever it plans. */
const ACCOUNT_TITLE = /完成|进展|进度|执行|落实|推进|实绩|统计|公报|数据|增长|增速|情况/;

/**
 * A title that names goals and nothing done (2018年主要预期指标分解汇总表, 年度目标任务书): the bare figures of its table are
 * what is planned. 目标任务完成情况 and 统计数据 name an account.
 */
export function titleNamesPlan(title: string | null): boolean {
  if (title === null) return false;
  const words = title.replace(/\s+/g, '');
  return PLAN_TITLE.test(words) && !ACCOUNT_TITLE.test(words);
}
