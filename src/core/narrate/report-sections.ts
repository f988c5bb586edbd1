import type { HeadingLevel, Indicator, IndicatorResult, Period, ReportBlock, Run } from '../model';
import { isClauseName, subjectName } from './indicator-name';
import { ordinalLead, outlineMark } from './outline-numbering';
import type { PhraseVariety } from './phrase-variety';
import { qualitativeSentence } from './qualitative-sentence';
import { quantitativeSentence } from './quantitative-sentence';
import { RunBuilder } from './run-builder';
import { indicatorsUnder, type SectionNode, type TreeChild } from './section-tree';
import { appendLaggingReason, staffProblems } from './lagging-reason';
import type { IndicatorSentence } from './sentence-context';
import { sentenceResult, withConfirmation } from './confirmed-sentence';

/**
 * The body: one section per group, numbered 一、 （一） 1. （1） as GB/T 9704 orders them, shaped the way
 * the seed report is — headings for groups that hold groups, a lead (1.计划管理：) for a group of a few
 * items told in one paragraph with 一是…；二是…, and the 廉政 form （一）…。（1）…；（2）… for a short
 * list of qualitative items.
 */
export interface SectionWriter {
  readonly period: Period;
  readonly variety: PhraseVariety;
  readonly resultOf: (indicator: Indicator) => IndicatorResult | null;
  /** A statistics table: figures, no targets (see figures-without-target.ts). */
  readonly statisticsTable?: boolean;
  /** Rows whose figures are quoted though no target holds them (see rowsQuotedWithoutTarget). */
  readonly quotedWithoutTarget?: ReadonlySet<number>;
}

/** At most this many qualitative items are listed inline after a （一） lead, as the seed's 廉政 section does. */
const INLINE_QUALITATIVE_ITEMS = 6;

export function sectionBlocks(root: SectionNode, writer: SectionWriter): ReportBlock[] {
  const blocks: ReportBlock[] = [];
  root.children.forEach((child, index) => writeChild(child, 1, index + 1, writer, blocks));
  return blocks;
}

function writeChild(child: TreeChild, level: HeadingLevel, n: number, writer: SectionWriter, blocks: ReportBlock[]): void {
  if (child.kind === 'indicator') {
    blocks.push(indicatorParagraph(child.indicator, level, n, writer));
    return;
  }
  const node = child.node;
  const mark = outlineMark(level, n);
  const leaf = node.children.every((c) => c.kind === 'indicator');
  const items = indicatorsUnder(node);
  switch (level) {
    case 1:
      blocks.push(heading(1, `${mark}${writer.statisticsTable ? node.title : levelOneTitle(node.title)}`));
      writeChildren(node, 2, writer, blocks);
      return;
    case 2:
      if (leaf && items.length === 1) blocks.push(leadParagraph(2, `${mark}${node.title}：`, [sentenceFor(items[0], writer, sameName(items[0], node.title))]));
      else if (leaf && items.length <= INLINE_QUALITATIVE_ITEMS && items.every((i) => i.kind === 'qualitative')) blocks.push(inlineNumbered(node, mark, items, writer));
      else {
        blocks.push(heading(2, `${mark}${node.title}`));
        writeChildren(node, 3, writer, blocks);
      }
      return;
    case 3:
      if (leaf) blocks.push(leadParagraph(3, `${mark}${node.title}：`, sentencesFor(items, node.title, writer)));
      else {
        blocks.push(heading(3, `${mark}${node.title}`));
        writeChildren(node, 4, writer, blocks);
      }
      return;
    case 4:
      // Deeper groups than （1） have no 公文 number of their own: their items join this paragraph.
      blocks.push(leadParagraph(4, `${mark}${node.title}：`, sentencesFor(items, node.title, writer)));
      return;
    default: {
      const unreachable: never = level;
      return unreachable;
    }
  }
}

function writeChildren(node: SectionNode, level: HeadingLevel, writer: SectionWriter, blocks: ReportBlock[]): void {
  node.children.forEach((child, index) => writeChild(child, level, index + 1, writer, blocks));
}

/**
 * 勤政目标 → 勤政目标完成情况, as the seed's headings read. A unit a cross-table's group header carries
 * (项目推进情况(个), 资金拨付情况(万元、%)) belongs to its figures, not to the heading: 项目推进情况.
 */
function levelOneTitle(title: string): string {
  const unit = /\s*[（(]((?:[%％]|[\u4e00-\u9fff]{1,2}|[万亿千][\u4e00-\u9fff]{1,2}|平方[\u4e00-\u9fff]{1,2})(?:[、，,/](?:[%％]|[\u4e00-\u9fff]{1,2}|[万亿千][\u4e00-\u9fff]{1,2}))*)[)）]$/;
  const bare = title.replace(unit, '') || title;
  return /情况$/.test(bare) ? bare : `${bare}完成情况`;
}

function heading(level: HeadingLevel, text: string): ReportBlock {
  return { kind: 'heading', level, runs: [{ kind: 'text', text }] };
}

function sameName(indicator: Indicator, title: string): boolean {
  return subjectName(indicator, indicator.unit, false) === title || indicator.name.value.trim() === title;
}

function sentenceFor(indicator: Indicator, writer: SectionWriter, namedByLead: boolean): IndicatorSentence {
  const result = writer.resultOf(indicator);
  // A statistics table's row with no figure read: no 工作 to report 完成情况 of, only a figure to fill in.
  if (writer.statisticsTable && (result?.status ?? 'no-data') !== 'pending' && indicator.actual === null && indicator.statedGrowth === null) {
    const subject = namedByLead ? '' : subjectName(indicator, indicator.unit, false);
    return { indicator, runs: new RunBuilder().text(`${subject}表中未读到数据，`).placeholder('【待补充：数据】').build(), lagging: false };
  }
  const context = { period: writer.period, variety: writer.variety, result: sentenceResult(indicator, result), namedByLead, statisticsTable: writer.statisticsTable === true, quotedWithoutTarget: writer.quotedWithoutTarget?.has(indicator.row) === true };
  const written = indicator.kind === 'quantitative' ? quantitativeSentence(indicator, context) : qualitativeSentence(indicator, context);
  const sentence = withConfirmation(written, indicator, result);
  // Behind by the staff's words alone (no figure to measure), the sentence asks no reason; the one the staff wrote is still told.
  if (!sentence.lagging && result?.status === 'behind' && staffProblems(indicator) !== null) return { ...sentence, lagging: true };
  return sentence;
}

function sentencesFor(items: readonly Indicator[], title: string, writer: SectionWriter): IndicatorSentence[] {
  return items.map((item) => sentenceFor(item, writer, items.length === 1 && sameName(item, title)));
}

/** One indicator on its own: its name is the lead (1.固定资产投资：…, or （1）创新三农机制，促进….). */
function indicatorParagraph(indicator: Indicator, level: HeadingLevel, n: number, writer: SectionWriter): ReportBlock {
  const name = subjectName(indicator, indicator.unit, false);
  const lead = `${outlineMark(level, n)}${name}${isClauseName(name) ? '。' : '：'}`;
  return leadParagraph(level, lead, [sentenceFor(indicator, writer, true)]);
}

/** A lead and its items: one item as a sentence, several as 一是…；二是…。 */
function leadParagraph(level: HeadingLevel, lead: string, sentences: readonly IndicatorSentence[]): ReportBlock {
  const builder = new RunBuilder();
  sentences.forEach((sentence, index) => {
    if (sentences.length > 1) builder.text(`${index === 0 ? '' : '；'}${ordinalLead(index + 1)}`);
    appendSentence(builder, sentence);
  });
  closeParagraph(builder);
  return { kind: 'paragraph', lead: { level, text: lead }, runs: builder.build() };
}

/** （一）组织领导与率先垂范。（1）机构健全，专题部署：…；（2）责任明确，奖惩落实：…。 */
function inlineNumbered(node: SectionNode, mark: string, items: readonly Indicator[], writer: SectionWriter): ReportBlock {
  const builder = new RunBuilder();
  items.forEach((item, index) => {
    const name = subjectName(item, null, false);
    builder.text(`${index === 0 ? '' : '；'}${outlineMark(4, index + 1)}${name}：`);
    appendSentence(builder, sentenceFor(item, writer, true));
  });
  closeParagraph(builder);
  return { kind: 'paragraph', lead: { level: 2, text: `${mark}${node.title}。` }, runs: builder.build() };
}

function appendSentence(builder: RunBuilder, sentence: IndicatorSentence): void {
  builder.append(trimClosingStop(sentence.runs));
  if (sentence.lagging) appendLaggingReason(builder, sentence.indicator);
}

/** The paragraph decides the stop: a sentence's own trailing 。 or ；would double it. */
function trimClosingStop(runs: readonly Run[]): Run[] {
  const copy = [...runs];
  const last = copy[copy.length - 1];
  if (last?.kind === 'text') {
    const trimmed = last.text.replace(/[。；，、\s]+$/, '');
    if (trimmed === '') copy.pop();
    else copy[copy.length - 1] = { kind: 'text', text: trimmed };
  }
  return copy;
}

function closeParagraph(builder: RunBuilder): void {
  if (!/[。！？]$/.test(builder.plain())) builder.text('。');
}
