import type { CellRef, HeadingLevel, ReportBlock, ReportDoc } from '../model';
import { runsText } from '../model';
import { isNumberRun, uniqueRefs } from '../narrate/run-builder';

/**
 * The report as the 汇报稿 sheet holds it: one paragraph per row, the way Word receives it when staff
 * select the range and paste. Body paragraphs and headings open with two full-width spaces, the 公文
 * first-line indent that survives a paste into any editor.
 */
export type DraftLineKind = 'title' | 'signature' | 'heading1' | 'heading2' | 'heading3' | 'heading4' | 'body';

export interface DraftLine {
  readonly kind: DraftLineKind;
  readonly text: string;
  /** Every cell a figure in the paragraph came from, in order of first mention. */
  readonly sources: readonly CellRef[];
  /** The paragraph holds a 【待补充】 staff must fill. */
  readonly placeholder: boolean;
}

export const INDENT = '\u3000\u3000';

function headingKind(level: HeadingLevel): DraftLineKind {
  switch (level) {
    case 1:
      return 'heading1';
    case 2:
      return 'heading2';
    case 3:
      return 'heading3';
    case 4:
      return 'heading4';
    default: {
      const unreachable: never = level;
      return unreachable;
    }
  }
}

/** Each cell once, in order of first mention; numeric keys, since an opening paragraph may cite thousands. */
/** The cells a paragraph's figures came from, each once, in order of first mention. */
function blockSources(block: ReportBlock): CellRef[] {
  return uniqueRefs(block.runs.filter(isNumberRun).flatMap((run) => run.sources));
}

function blockLine(block: ReportBlock): DraftLine {
  const placeholder = block.runs.some((run) => run.kind === 'placeholder');
  switch (block.kind) {
    case 'heading':
      return { kind: headingKind(block.level), text: INDENT + runsText(block.runs), sources: blockSources(block), placeholder };
    case 'paragraph':
      return { kind: 'body', text: INDENT + (block.lead?.text ?? '') + runsText(block.runs), sources: blockSources(block), placeholder };
    default: {
      const unreachable: never = block;
      return unreachable;
    }
  }
}

export function draftLines(report: ReportDoc): DraftLine[] {
  const head: DraftLine[] = [{ kind: 'title', text: report.title, sources: [], placeholder: false }];
  if (report.unitLine !== '') head.push({ kind: 'signature', text: report.unitLine, sources: [], placeholder: false });
  if (report.dateLine !== '') head.push({ kind: 'signature', text: report.dateLine, sources: [], placeholder: false });
  return [...head, ...report.blocks.map(blockLine)];
}

/** A line read back from a sheet (an edited draft kept as a backup): its kind guessed from how it opens. */
export function guessLineKind(text: string, row: number): DraftLineKind {
  if (row === 1) return 'title';
  const body = text.replace(/^[\s\u3000]+/, '');
  if (!/^[\s\u3000]/.test(text) && body !== '' && row <= 3) return 'signature';
  if (/^[一二三四五六七八九十]+、/.test(body) && body.length <= 30) return 'heading1';
  if (/^（[一二三四五六七八九十]+）/.test(body) && body.length <= 30 && !/[：。]/.test(body)) return 'heading2';
  if (/^\d+\./.test(body) && body.length <= 30 && !/[：。]/.test(body)) return 'heading3';
  return 'body';
}
