import { AlignmentType, Document, DocumentGridType, Footer, PageNumber, Paragraph, TextRun, type IRunOptions } from 'docx';
import type { HeadingLevel, ReportBlock, ReportDoc, Run } from '../core/model';
import { CHAR_SPACE, FOOTER_DISTANCE, HEADER_DISTANCE, LINE_PITCH, PAGE, PAGE_NUMBER_INSET } from './gbt9704-page';
import { FONT_FOR, type FontRole } from './official-fonts';
import type { StyleId } from './official-styles';

/**
 * The report as a Word document laid out to GB/T 9704-2012: title in 2号小标宋 centred, body in 3号仿宋
 * on a 22 × 28 grid, 一、 in 黑体, （一） in 楷体, 1. and （1） in 仿宋, page numbers "— 1 —" in 4号宋体,
 * odd pages right and even pages left, one character in. Fonts, sizes and spacing live in the named styles
 * (official-styles.ts); paragraphs only name their style. Pure: the docx package runs in Node and in the
 * task pane alike; only writing the file is the Node host's business.
 */

function font(role: FontRole): IRunOptions['font'] {
  const name = FONT_FOR[role];
  return { ascii: name, hAnsi: name, eastAsia: name, cs: name };
}

/** Paragraph fonts come from the styles; a run names its font only where it differs (a lead, a placeholder). */
function leadRun(text: string, level: HeadingLevel): TextRun {
  return new TextRun({ text, font: font(levelRole(level)) });
}

function headingStyle(level: HeadingLevel): StyleId {
  switch (level) {
    case 1:
      return 'GongwenLevel1';
    case 2:
      return 'GongwenLevel2';
    case 3:
      return 'GongwenLevel3';
    case 4:
      return 'GongwenLevel4';
    default: {
      const unreachable: never = level;
      return unreachable;
    }
  }
}

function levelRole(level: HeadingLevel): FontRole {
  switch (level) {
    case 1:
      return 'level1';
    case 2:
      return 'level2';
    case 3:
    case 4:
      return 'body';
    default: {
      const unreachable: never = level;
      return unreachable;
    }
  }
}

function bodyRuns(runs: readonly Run[]): TextRun[] {
  return runs.map((item) => {
    switch (item.kind) {
      case 'text':
      case 'number':
        return new TextRun(item.text);
      case 'placeholder':
        // Staff must not miss what is left for them to write.
        return new TextRun({ text: item.text, highlight: 'yellow' });
      default: {
        const unreachable: never = item;
        return unreachable;
      }
    }
  });
}

/** One block of the draft as a Word paragraph: built one at a time when the body is written in a stream (report-docx.ts). */
export function blockParagraph(block: ReportBlock): Paragraph {
  switch (block.kind) {
    case 'heading':
      return new Paragraph({ style: headingStyle(block.level), children: block.runs.map((item) => new TextRun(item.text)) });
    case 'paragraph': {
      const lead = block.lead === undefined ? [] : [leadRun(block.lead.text, block.lead.level)];
      return new Paragraph({ style: 'Normal', children: [...lead, ...bodyRuns(block.runs)] });
    }
    default: {
      const unreachable: never = block;
      return unreachable;
    }
  }
}

function line(text: string, style: StyleId): Paragraph {
  return new Paragraph({ style, children: text === '' ? [] : [new TextRun(text)] });
}

/** "— 1 —" one 4号 character in from the outer edge: right on odd pages, left on even ones. */
function pageNumberFooter(side: 'odd' | 'even'): Footer {
  return new Footer({
    children: [
      new Paragraph({
        style: 'GongwenPageNumber',
        children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'] })],
        alignment: side === 'odd' ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: side === 'odd' ? { right: PAGE_NUMBER_INSET } : { left: PAGE_NUMBER_INSET },
      }),
    ],
  });
}

/**
 * The report as a docx Document. `body` stands in for the draft's blocks when the caller writes them
 * itself, one paragraph at a time (report-docx.ts); by default they are all built here.
 */
export function buildReportDocument(report: ReportDoc, body: readonly Paragraph[] = report.blocks.map(blockParagraph)): Document {
  const head = [
    line(report.title, 'GongwenTitle'),
    line('', 'GongwenSignature'),
    ...(report.unitLine === '' ? [] : [line(report.unitLine, 'GongwenSignature')]),
    ...(report.dateLine === '' ? [] : [line(report.dateLine, 'GongwenSignature')]),
    line('', 'GongwenSignature'),
  ];
  return new Document({
    title: report.title,
    creator: report.unitLine === '' ? '绩效汇报助手' : report.unitLine,
    description: '绩效汇报助手生成的汇报稿',
    evenAndOddHeaderAndFooters: true,
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: { top: PAGE.marginTop, bottom: PAGE.marginBottom, left: PAGE.marginLeft, right: PAGE.marginRight, footer: FOOTER_DISTANCE, header: HEADER_DISTANCE },
          },
          grid: { type: DocumentGridType.LINES_AND_CHARS, linePitch: LINE_PITCH, charSpace: CHAR_SPACE },
        },
        footers: { default: pageNumberFooter('odd'), even: pageNumberFooter('even') },
        children: [...head, ...body],
      },
    ],
  });
}
