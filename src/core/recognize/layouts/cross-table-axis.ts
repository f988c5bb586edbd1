import { isKnownUnit } from '../unit-convert';

/**
 * The region axis of a cross-table told from what its labels are, in either orientation (places down the side or
 * across the top): names that end as places end (…市, …县, …区, …州, …旗, …镇, …乡, …新区, …开发区), a line for
 * the whole area (全市, 全省, 合计), and a header that names the kind of place (县(市)、新区, 市州, 乡镇（街道）).
 * Every label is read in reading form (simplified, no whitespace), so traditional sheets are read the same.
 */

/** How a place name ends: the kinds of place, and the bodies that stand for one (市本级, 州直, 管委会). */
export const PLACE_END = /(?:省|市|州|盟|县|区|旗|镇|乡|街道|办事处|开发区|园区|新区|管委会|本级|[市州县区]直)$/;
/** The line for the whole area the places make up. */
export const TOTAL_LINE = /^(?:(?:全省|全市|全州|全盟|全县|全区|全旗|全镇|全乡|全国)(?:$|合计|总计|汇总|小计|平均|[（(])|合计|总计|汇总|小计)/;
/**
 * A header that names the kind of place (地区, 市州, 县(市)、新区, 乡镇（街道）, 各县区): nothing but kinds of place,
 * brackets and separators, with 各 or 名称 around them.
 */
const REGION_HEADER = /^(?:各|分)?(?:[省市州盟县区旗镇乡]|地区|区域|地市|街道|园区|新区|开发区|镇街|[（()）、,，/及和])+(?:名称)?$/;
/** Words that are never a place, though short: what a header or a cell says about a figure. */
const NOT_A_PLACE = /单位|目标|任务|计划|完成|实际|合计|小计|指标|名称|项目|序号|编号|备注|说明|增长|增幅|增速|比例|排名|排位|年|月|季度/;

export function isRegionHeader(key: string): boolean {
  return key.length <= 14 && /[\u4e00-\u9fff]/.test(key) && REGION_HEADER.test(key);
}

export function isTotalLine(key: string): boolean {
  return TOTAL_LINE.test(key);
}

/** How much a label says it is a place: 'place' (ends like one), 'bare' (a short proper name, 张家港, 成都), or 'none'. */
export type PlaceEvidence = 'place' | 'bare' | 'none';

export function placeEvidence(key: string): PlaceEvidence {
  if (key === '' || key.length > 14 || /\d/.test(key)) return 'none';
  const words = key.replace(/[（(][^（）()]*[)）]/g, '');
  if (!/^[\u4e00-\u9fff（）()·]+$/.test(key) || NOT_A_PLACE.test(words) || isKnownUnit(key)) return 'none';
  if (PLACE_END.test(words)) return 'place';
  return words.length >= 2 && words.length <= 5 ? 'bare' : 'none';
}

/** A line of labels read as places: how many are, how sure that is, and which one is the whole area's. */
export interface AxisReading {
  readonly places: number;
  /** Index of the whole area's label (全市, 合计, or the area the title names), or -1. */
  readonly total: number;
  /** How the whole was found: its words (全市, 合计), the title naming it, or not at all. */
  readonly wholeBy: 'words' | 'title' | 'none';
  /** 0..1: how sure the labels are places — from 0.6 when none ends as a place to 1 when all do, bare names beside a whole counting half. */
  readonly placesConfidence: number;
  /** 0..1: that, times what finding the whole is worth (its words 1, the title 0.95, none 0.7). */
  readonly confidence: number;
}

/**
 * Labels along one side read as a region axis. `area` is the text that names the whole area (the title): a label
 * it contains (苏州市 in 2018年苏州市…分解汇总表) is the whole area's, like 全市. Bare names (张家港, 常熟) count as
 * places only beside such a whole, as a list of proper names alone could be anything.
 */
export function readAxis(keys: readonly string[], area: string): AxisReading {
  const filled = keys.filter((k) => k !== '');
  if (filled.length === 0) return { places: 0, total: -1, wholeBy: 'none', placesConfidence: 0, confidence: 0 };
  const byWords = keys.findIndex((k) => isTotalLine(k));
  const byTitle = keys.findIndex((k) => placeEvidence(k) === 'place' && k.length >= 2 && area.replace(/\s+/g, '').includes(k));
  const total = byWords >= 0 ? byWords : byTitle;
  const wholeBy = byWords >= 0 ? 'words' : byTitle >= 0 ? 'title' : 'none';
  const evidence = keys.map((k) => placeEvidence(k));
  const places = evidence.filter((e) => e === 'place').length;
  const bare = evidence.filter((e) => e === 'bare').length;
  const counted = places + (total >= 0 ? bare : 0) + (total >= 0 && evidence[total] === 'none' ? 1 : 0);
  const share = Math.min(1, (places + (total >= 0 ? 0.5 * bare : 0) + (total >= 0 && evidence[total] === 'none' ? 1 : 0)) / filled.length);
  const weight = { words: 1, title: 0.95, none: 0.7 }[wholeBy];
  const sure = 0.6 + 0.4 * share;
  return { places: counted, total, wholeBy, placesConfidence: Math.round(sure * 100) / 100, confidence: Math.round(sure * weight * 100) / 100 };
}
