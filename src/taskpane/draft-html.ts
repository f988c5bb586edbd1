import type { HeadingLevel, ReportBlock, ReportDoc } from '../core/model';
import { runsText } from '../core/model';

/**
 * The draft as formatted text for the clipboard: the fallback when a .docx cannot be saved from the pane.
 * Pasted into Word it keeps the 公文 look (小标宋 title, 黑体/楷体 headings, 仿宋 body, two-character indent).
 */
const FONT: Readonly<Record<HeadingLevel | 'title' | 'body', string>> = {
  title: "'方正小标宋简体','华文中宋','SimSun',serif",
  1: "'黑体','SimHei',sans-serif",
  2: "'楷体_GB2312','楷体','KaiTi',serif",
  3: "'仿宋_GB2312','仿宋','FangSong',serif",
  4: "'仿宋_GB2312','仿宋','FangSong',serif",
  body: "'仿宋_GB2312','仿宋','FangSong',serif",
};

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function paragraph(text: string, font: string, extra = ''): string {
  return `<p style="margin:0;font-family:${font};font-size:16pt;line-height:28pt;text-indent:2em;${extra}">${escapeHtml(text)}</p>`;
}

function blockHtml(block: ReportBlock): string {
  switch (block.kind) {
    case 'heading':
      return paragraph(runsText(block.runs), FONT[block.level]);
    case 'paragraph': {
      const body = escapeHtml(runsText(block.runs));
      if (!block.lead) return `<p style="margin:0;font-family:${FONT.body};font-size:16pt;line-height:28pt;text-indent:2em;">${body}</p>`;
      const lead = `<span style="font-family:${FONT[block.lead.level]};">${escapeHtml(block.lead.text)}</span>`;
      return `<p style="margin:0;font-family:${FONT.body};font-size:16pt;line-height:28pt;text-indent:2em;">${lead}${body}</p>`;
    }
    default: {
      const unreachable: never = block;
      return unreachable;
    }
  }
}

export function draftHtml(report: ReportDoc): string {
  const head = [
    `<p style="margin:0 0 14pt;text-align:center;font-family:${FONT.title};font-size:22pt;line-height:36pt;">${escapeHtml(report.title)}</p>`,
    `<p style="margin:0;text-align:center;font-family:${FONT.body};font-size:16pt;line-height:28pt;">${escapeHtml(report.unitLine)}</p>`,
    `<p style="margin:0 0 14pt;text-align:center;font-family:${FONT.body};font-size:16pt;line-height:28pt;">${escapeHtml(report.dateLine)}</p>`,
  ];
  return `<div>${[...head, ...report.blocks.map(blockHtml)].join('')}</div>`;
}

export function draftPlainText(report: ReportDoc): string {
  const lines = [report.title, report.unitLine, report.dateLine];
  for (const block of report.blocks) {
    const text = runsText(block.runs);
    lines.push(block.kind === 'paragraph' && block.lead ? `　　${block.lead.text}${text}` : `　　${text}`);
  }
  return lines.join('\n');
}

/** "2009-灌南县发改委-目标任务分解表" → "2009-灌南县发改委-目标任务分解表-汇报.docx", as the CLI names it. */
export function docxFileName(workbookName: string): string {
  return `${workbookName.replace(/[\\/:*?"<>|]/g, '_')}-汇报.docx`;
}
