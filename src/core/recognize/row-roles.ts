import type { CellValue, ColumnMapping, FieldKey, SheetSnapshot } from '../model';
import { cellAt } from '../model';
import { cellWords } from './cell-text';
import { shownValue, type MergeIndex } from './merged-cells';
import { isSectionStyle, parseOutline, parseOutlineCell, type Outline } from './outline';
import { parseNumberText } from './number-text';
import { compactText } from './text-normalize';

/**
 * What each row under the header is: an indicator, a section heading (一、… （一）… or a bold label),
 * a 合计/小计 row, a note (注：…), a footer (填表人：…) or nothing.
 */
export type RowRole =
  | { readonly kind: 'blank' }
  | { readonly kind: 'column-numbers' }
  /** The header written again under a section row (序号 | 目标任务 | 推进情况): part of no indicator. */
  | { readonly kind: 'repeated-header' }
  /** Words alone on their row that lead into the rows below (其中:, 在总计中:): part of no indicator, no heading. */
  | { readonly kind: 'lead-in' }
  | { readonly kind: 'note'; readonly text: string }
  | { readonly kind: 'footer' }
  | { readonly kind: 'total'; readonly label: string; readonly grand: boolean }
  | { readonly kind: 'section'; readonly outline: Outline | null; readonly title: string }
  | { readonly kind: 'indicator'; readonly outline: Outline | null; readonly name: string; readonly nameCol: number }
  /** Figures without a name: reported, not guessed at. */
  | { readonly kind: 'orphan' };

/** Fields whose value a vertical merge gives every row under it (a 责任科室 merged over three indicators). */
const FILL_DOWN = new Set<FieldKey>(['category', 'department', 'cooperating', 'owner', 'leader', 'deadline', 'unit', 'name', 'id']);
/**
 * Fields whose words a vertical merge gives every row under it (年终根据全省平均水平综合考核 over two indicators, one
 * account of progress over an item's two rows). A lone figure merged down is not shared out: it may be a joint total.
 */
const WORDS_FILL_DOWN = new Set<FieldKey>(['target', 'periodTarget', 'actual', 'progressText', 'problems', 'status']);

function isWords(value: CellValue): boolean {
  if (typeof value !== 'string') return false;
  const read = parseNumberText(value);
  return read.kind === 'none' || read.kind === 'several';
}

const FIGURE_AND_DETAIL_FIELDS: readonly FieldKey[] = [
  'unit', 'target', 'periodTarget', 'actual', 'lastYear', 'growth', 'completionRate', 'department', 'owner', 'weight',
  'deadline', 'progressText',
];

const NOTE = /^(注|备注|说明|附注|附|填报说明|填表说明|注意|备考)\s*\d*\s*[:：.、]/;
/**
 * A statistics release closes with the words on its figures, alone on their lines: 指标解释, 统计范围, 数据来源,
 * 调查方法 (the 国家统计局 releases' 附注), or one line naming them all (…统计范围、数据来源及主要指标解释). From there
 * on the lines explain the table: notes, not headings.
 */
const EXPLANATION = /(指标解释|名词解释|指标说明|统计范围|统计口径|数据来源|资料来源|调查方法|调查范围)[:：]?$/;
/** A footnote the table's cells point at ([1]青海省高技术产业包括…, 【2】…): a note, alone on its row. */
const FOOTNOTE = /^[\[［【]\s*\d{1,2}\s*[\]］】]\s*\S/;
const FOOTER = /^(填表人|填报人|审核人|制表人|制表|制表单位|负责人|联系人|联系电话|电话|填报日期|填表日期|报送日期|单位负责人|分管领导|主要领导|审核|签字|盖章|单位\(盖章\)|单位盖章)\s*[:：]/;
/**
 * A statistics table's lead-in to the parts of the figure above (其中:, 在总计中:, 在全部企业中:): the rows below are
 * still its own lines, not a group under a heading.
 */
const LEAD_IN = /^(其中|在[^:：]{1,8}中|包括)[:：]?$/;
/** A statistics table's grouping line (按经济区域分, 按行业分组, 分地区:): a heading of the rows below. */
const GROUPING = /^(按[^:：]{1,10}分(组|类)?|分[^:：]{1,6}[:：])[:：]?$/;
const TOTAL = /^(合计|总计|小计|总分|共计|分值合计|合计分值|总计分值|得分合计)/;
const GRAND_TOTAL = /^(合计|总计|总分|共计|分值合计|合计分值|总计分值)/;

export interface RowContext {
  readonly sheet: SheetSnapshot;
  readonly merges: MergeIndex;
  readonly columns: Partial<Record<FieldKey, ColumnMapping>>;
  readonly width: number;
}

/** Two or more mapped columns whose cells on the row read as their own header words. */
function repeatsHeader(ctx: RowContext, wordsByCol: readonly string[]): boolean {
  const compact = (text: string): string => text.replace(/\s+/g, '');
  let same = 0;
  for (const mapping of Object.values(ctx.columns)) {
    if (!mapping || mapping.header === '') continue;
    const words = wordsByCol[mapping.col] ?? '';
    if (words !== '' && compact(words) === compact(mapping.header)) same++;
  }
  return same >= 2;
}

/** A cell's own value: cells covered by a merge, other than its top-left, hold nothing of their own. */
export function ownValue(ctx: RowContext, row: number, col: number): CellValue {
  const area = ctx.merges.areaAt(row, col);
  if (area && (area.top !== row || area.left !== col)) return null;
  return cellAt(ctx.sheet, row, col);
}

/** The value a field takes on a row, with merged-down text fields filled in. */
export function fieldValue(ctx: RowContext, field: FieldKey, row: number): CellValue {
  const mapping = ctx.columns[field];
  if (!mapping) return null;
  const area = ctx.merges.areaAt(row, mapping.col);
  if (area && area.bottom > area.top && area.left === mapping.col) {
    const shown = shownValue(ctx.sheet, ctx.merges, row, mapping.col);
    if (FILL_DOWN.has(field) || (WORDS_FILL_DOWN.has(field) && isWords(shown))) return shown;
  }
  // A name merged across its level columns on this row (an item without sub-items among items with them).
  if (field === 'name' && area && area.top === row && area.left < mapping.col) return cellAt(ctx.sheet, row, area.left);
  return ownValue(ctx, row, mapping.col);
}

function idNumbersGroup(ctx: RowContext, row: number): boolean {
  const id = ctx.columns.id;
  const area = id ? ctx.merges.areaAt(row, id.col) : undefined;
  return area !== undefined && area.bottom > area.top;
}

function isBold(ctx: RowContext, row: number, col: number): boolean {
  return ctx.sheet.bold?.[row - 1]?.[col - 1] === true;
}

function isColumnNumbers(texts: readonly string[]): boolean {
  if (texts.length < 3) return false;
  return texts.every((text, i) => Number(text) === Number(texts[0]) + i && /^\d+$/.test(text));
}

/** The name cell spans several columns: a heading laid across the table. */
function spansAcross(ctx: RowContext, row: number, col: number): boolean {
  const area = ctx.merges.areaAt(row, col);
  return area !== undefined && area.right - area.left >= 2;
}

/** Whether any mapped column other than the name's holds something on the row. */
function figuresOnRow(ctx: RowContext, wordsByCol: readonly string[]): boolean {
  return FIGURE_AND_DETAIL_FIELDS.some((field) => {
    const mapping = ctx.columns[field];
    return mapping !== undefined && mapping.col !== ctx.columns.name?.col && (wordsByCol[mapping.col] ?? '') !== '';
  });
}

export function classifyRow(ctx: RowContext, row: number): RowRole {
  const texts: { col: number; text: string }[] = [];
  // Each cell's words once: the figure count below asks again for the mapped columns.
  const wordsByCol: string[] = [];
  for (let col = 1; col <= ctx.width; col++) {
    const text = cellWords(ownValue(ctx, row, col));
    wordsByCol[col] = text;
    if (text !== '') texts.push({ col, text });
  }
  if (texts.length === 0) return { kind: 'blank' };
  const first = texts[0].text;
  if (isColumnNumbers(texts.map((t) => t.text))) return { kind: 'column-numbers' };
  if (repeatsHeader(ctx, wordsByCol)) return { kind: 'repeated-header' };
  if (texts.length <= 2 && NOTE.test(first)) return { kind: 'note', text: texts.map((t) => t.text).join(' ') };
  if (texts.length === 1 && FOOTNOTE.test(first)) return { kind: 'note', text: first };
  if (texts.length === 1 && EXPLANATION.test(compactText(first)) && !figuresOnRow(ctx, wordsByCol)) return { kind: 'note', text: first };
  if (FOOTER.test(first)) return { kind: 'footer' };

  const idMapping = ctx.columns.id;
  const nameMapping = ctx.columns.name;
  const idValue = idMapping ? fieldValue(ctx, 'id', row) : null;
  const idOwn = idMapping ? ownValue(ctx, row, idMapping.col) : null;
  const nameText = cellWords(fieldValue(ctx, 'name', row));
  const firstOther = texts.find((t) => t.col !== idMapping?.col)?.text ?? '';
  const label = nameText !== '' ? nameText : firstOther !== '' ? firstOther : first;
  const compactLabel = compactText(label);
  const compactId = compactText(cellWords(idOwn));
  if (TOTAL.test(compactLabel) || TOTAL.test(compactId)) {
    const totalWord = TOTAL.test(compactLabel) ? compactLabel : compactId;
    return { kind: 'total', label: TOTAL.test(compactLabel) ? label : cellWords(idOwn), grand: GRAND_TOTAL.test(totalWord) };
  }

  let figures = 0;
  let weightOnly = true;
  for (const field of FIGURE_AND_DETAIL_FIELDS) {
    const mapping = ctx.columns[field];
    if (!mapping || mapping.col === nameMapping?.col || mapping.col === idMapping?.col) continue;
    if ((wordsByCol[mapping.col] ?? cellWords(ownValue(ctx, row, mapping.col))) !== '') {
      figures++;
      if (field !== 'weight') weightOnly = false;
    }
  }
  const idText = cellWords(idValue);
  const idOutline = idOwn !== null && idOwn !== '' ? parseOutlineCell(typeof idOwn === 'number' ? idOwn : idText) : null;
  const nameOutline = nameText !== '' ? parseOutline(nameText) : null;
  // A 序号 merged down over several rows numbers their group (1 over (1)…(3)); a row that numbers itself in its name
  // is numbered by its name.
  const outline = idNumbersGroup(ctx, row) ? (nameOutline ?? idOutline) : (idOutline ?? nameOutline);
  const titleSource = nameText !== '' ? nameText : firstOther !== '' ? firstOther : first;
  const titleOutline = parseOutline(titleSource);
  const title = titleOutline ? titleOutline.rest : titleSource;

  if (figures === 0 && texts.length === 1 && LEAD_IN.test(compactLabel)) return { kind: 'lead-in' };
  const nameCol = nameMapping?.col ?? texts[0].col;
  // ① ② are the last rung of 公文 numbering (一、 （一） 1. （1） ①): items, never a heading over other rows.
  const headingNumber = (o: Outline | null): boolean => o !== null && o.style !== 'circled';
  const headingLike =
    (texts.length === 1 && GROUPING.test(compactLabel)) ||
    headingNumber(outline) ||
    headingNumber(titleOutline) ||
    isBold(ctx, row, nameCol) ||
    nameText === '' ||
    spansAcross(ctx, row, nameMapping?.col ?? texts[0].col) ||
    (idMapping !== undefined && spansAcross(ctx, row, idMapping.col));
  const sectionOutline = outline ?? titleOutline;
  if (figures === 0 && headingLike) return { kind: 'section', outline: sectionOutline, title: title === '' ? titleSource : title };
  if (figures > 0 && weightOnly && sectionOutline !== null && isSectionStyle(sectionOutline.style)) {
    return { kind: 'section', outline: sectionOutline, title: title === '' ? titleSource : title };
  }
  if (nameText === '') return figures > 0 ? { kind: 'orphan' } : { kind: 'blank' };
  return { kind: 'indicator', outline, name: nameOutline ? nameOutline.rest || nameText : nameText, nameCol };
}
