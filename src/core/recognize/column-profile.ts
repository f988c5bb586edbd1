import type { SheetSnapshot } from '../model';
import { cellAt, isCellError, numberFormatAt, rowCount } from '../model';
import { isDateFormat, parseDateText } from './date-text';
import { parseNumberText } from './number-text';
import { parseOutlineCell } from './outline';
import { isKnownUnit } from './unit-convert';
import { isPersonName } from './person-name';
import { cellWords, isPercentFormat } from './cell-text';

/**
 * What the cells under a header hold. When the header's words are ambiguous (目标任务 is a name
 * column in one sheet and a figure column in another), the values decide.
 */
export interface ColumnProfile {
  readonly filled: number;
  /** Shares of the filled cells, 0..1. */
  readonly numeric: number;
  readonly text: number;
  readonly longText: number;
  readonly outline: number;
  readonly unit: number;
  readonly date: number;
  /** Shares among the numeric cells: at most 1 in size (0.45 in a % column), or at most 100. */
  readonly fractionLike: number;
  /** Short texts that name a body (人力资源社会保障局, 工信局、通信管理办, 岳阳电力公司). */
  readonly organisation: number;
  /** People's names (陈志刚, 孙　丽, 张伟、李明): a 责任人 column. */
  readonly person: number;
  /** Figures written or formatted as percentages (82%, 0.45 under a % format). */
  readonly percent: number;
  /** Names of places (谢村镇, 纸坊街道, 相关镇（街道）, 城关镇龙亭镇): where the work is done, not what or how. */
  readonly place: number;
  /** Shares among the numeric cells: below zero (-4.52: a fall, a change). */
  readonly negative: number;
  /** Shares of the filled cells: figures written in points (6分, 7.5分), as weights and scores are. */
  readonly points: number;
  /** Shares of the filled cells: figures written with a unit of measure other than points or % (90亿元, 300户). */
  readonly measured: number;
  /** Shares of the filled cells: rules for points earned (最高得分15分, 每少一次扣0.5分, 不得分). */
  readonly scoring: number;
  /**
   * Shares among the numeric cells: figures written as a bound (6.5以上, 不低于95%, 3以内, ≥90%), as goals are written;
   * what was done is a figure, not a floor or a ceiling.
   */
  readonly bounded: number;
  /** Mean length of the filled cells' words, in characters. */
  readonly meanLength: number;
  /** The longest filled cell's words, in characters. */
  readonly maxLength: number;
}

/** Words of a scoring rule: points given, taken or capped. */
const SCORING_RULE = /[得扣加减计]\s*\d+(?:\.\d+)?\s*分|最[高低]得分|不得分|扣完为止|满分/;

/** The name of a body, or several joined by 、: each part ends like one. */
const ORGANISATION_NAME = /^(?:[\u4e00-\u9fff（）()]{1,16}(?:局|委|委员会|办|办公室|中心|公司|政府|院|所|站|队|部|联|会|团|处|科|室|股)[、,，]?)+$/;

/** A place, or several run together or joined by 、: each part ends like one (镇, 乡, 街道, 村, 社区, 县, 区). */
const PLACE_NAME = /^(?:[\u4e00-\u9fff]{1,10}(?:镇|乡|街道|村|社区|县|区)(?:[（(][\u4e00-\u9fff]{1,8}[）)])?[、,，]?)+$/;

/** Enough rows to tell a column's kind; the rest of a 50,000-row sheet would say the same. */
const SAMPLE_ROWS = 300;
/** Longer texts are sentences, whatever dates they mention. */
const DATE_TEXT = 16;

export function profileColumn(sheet: SheetSnapshot, col: number, fromRow: number): ColumnProfile {
  const last = Math.min(rowCount(sheet), fromRow + SAMPLE_ROWS - 1);
  let filled = 0;
  let numeric = 0;
  let text = 0;
  let longText = 0;
  let outline = 0;
  let unit = 0;
  let date = 0;
  let fractionLike = 0;
  let organisation = 0;
  let person = 0;
  let percent = 0;
  let place = 0;
  let negative = 0;
  let points = 0;
  let measured = 0;
  let scoring = 0;
  let bounded = 0;
  let length = 0;
  let maxLength = 0;
  for (let row = fromRow; row <= last; row++) {
    const value = cellAt(sheet, row, col);
    if (value === null || isCellError(value) || typeof value === 'boolean') continue;
    const words = cellWords(value);
    if (words === '') continue;
    filled++;
    length += words.length;
    if (words.length > maxLength) maxLength = words.length;
    if (typeof value === 'number') {
      const format = numberFormatAt(sheet, row, col);
      if (isDateFormat(format)) date++;
      else {
        numeric++;
        if (value < 0) negative++;
        if (Math.abs(value) <= 1) fractionLike++;
        if (isPercentFormat(format)) percent++;
      }
      if (Number.isInteger(value) && value > 0 && value < 1000) outline++;
      continue;
    }
    const parsed = parseNumberText(words);
    if (parsed.kind === 'number' && !parsed.inSentence) {
      numeric++;
      if (parsed.value < 0) negative++;
      if (Math.abs(parsed.value) <= 1 && parsed.unit !== '%') fractionLike++;
      if (parsed.unit === '%') percent++;
      if (parsed.approx === 'atLeast' || parsed.approx === 'atMost') bounded++;
      if (parsed.unit === '分') points++;
      else if (parsed.unit !== null && parsed.unit !== undefined && parsed.unit !== '%') measured++;
    } else text++;
    if (words.length > 8) longText++;
    if (SCORING_RULE.test(words)) scoring++;
    if (words.length <= 30 && ORGANISATION_NAME.test(words.replace(/\s+/g, ''))) organisation++;
    else if (words.length <= 24 && isPersonName(words)) person++;
    if (words.length <= 24 && PLACE_NAME.test(words.replace(/\s+/g, ''))) place++;
    if (parseOutlineCell(words)) outline++;
    if (isKnownUnit(words)) unit++;
    // A deadline is a date and a word or two (2025年6月底前); a sentence that mentions 全年 or 3月 is not one.
    if (words.length <= DATE_TEXT && !/[，。；;]/.test(words) && /[年月日]|^\d{4}[-/.]\d{1,2}/.test(words) && parseDateText(words, 2000) !== null) date++;
  }
  const share = (n: number): number => (filled === 0 ? 0 : n / filled);
  return {
    filled,
    numeric: share(numeric),
    text: share(text),
    longText: share(longText),
    outline: share(outline),
    unit: share(unit),
    date: share(date),
    fractionLike: numeric === 0 ? 0 : fractionLike / numeric,
    organisation: share(organisation),
    person: share(person),
    percent: share(percent),
    place: share(place),
    negative: numeric === 0 ? 0 : negative / numeric,
    points: share(points),
    measured: share(measured),
    scoring: share(scoring),
    bounded: numeric === 0 ? 0 : bounded / numeric,
    meanLength: filled === 0 ? 0 : length / filled,
    maxLength,
  };
}
