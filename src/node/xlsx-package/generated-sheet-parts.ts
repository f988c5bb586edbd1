import type { SheetPlan } from '../../core/model';
import { chartDrawingXml, chartXml } from './chart-parts';
import { commentsVml, commentsXml } from './comment-parts';
import type { PartNames } from './part-names';
import { SheetCellStyles } from './sheet-cell-styles';
import { assertDisjointMerges, worksheetXml, type PreparedSheet } from './sheet-xml';
import { relsPartOf } from '../zip/part-paths';
import { REL_TYPES, relativeTarget } from './source-package';
import type { StyleBook } from './style-book';

export const CONTENT_TYPES = {
  worksheet: 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml',
  styles: 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml',
  comments: 'application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml',
  vml: 'application/vnd.openxmlformats-officedocument.vmlDrawing',
  drawing: 'application/vnd.openxmlformats-officedocument.drawing+xml',
  chart: 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml',
  relationships: 'application/vnd.openxmlformats-package.relationships+xml',
} as const;

/** A part we write ourselves, from text produced piece by piece when the zip writer gets to it. */
export interface NewPart {
  readonly name: string;
  /** Its Override in [Content_Types].xml; null for parts a Default covers (.rels, .vml). */
  readonly contentType: string | null;
  readonly pieces: () => Iterable<string>;
}

interface PartRelationship {
  readonly id: string;
  readonly type: string;
  readonly target: string;
}

const RELS_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';

export function relationshipsXml(rels: readonly PartRelationship[]): string {
  const items = rels.map((rel) => `<Relationship Id="${rel.id}" Type="${rel.type}" Target="${rel.target}"/>`).join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<Relationships xmlns="${RELS_NS}">${items}</Relationships>`;
}

/**
 * One generated sheet's parts: the worksheet, and when the plan asks for them its chart (drawing + chart
 * part) and its notes (comments + VML), with the relationships between them. Styles are registered in
 * the workbook's style book now, so styles.xml is complete before any part is written.
 */
export function generatedSheetParts(
  plan: SheetPlan,
  context: { readonly names: PartNames; readonly dir: string; readonly book: StyleBook; readonly selected: boolean; readonly vmlBlock: () => number },
): { readonly worksheet: string; readonly parts: NewPart[] } {
  assertDisjointMerges(plan.merges);
  const { names, dir, book } = context;
  const worksheet = names.next(`${dir}worksheets/sheet`, '.xml');
  const rels: PartRelationship[] = [];
  const parts: NewPart[] = [];
  const relate = (type: string, part: string) => {
    const id = `rId${rels.length + 1}`;
    rels.push({ id, type, target: relativeTarget(worksheet, part) });
    return id;
  };
  let drawingRelId: string | null = null;
  const chart = plan.chart;
  if (chart) {
    const drawing = names.next(`${dir}drawings/drawing`, '.xml');
    const chartPart = names.next(`${dir}charts/chart`, '.xml');
    drawingRelId = relate(REL_TYPES.drawing, drawing);
    parts.push(
      { name: drawing, contentType: CONTENT_TYPES.drawing, pieces: () => [chartDrawingXml(chart, 'rId1')] },
      { name: relsPartOf(drawing), contentType: null, pieces: () => [relationshipsXml([{ id: 'rId1', type: REL_TYPES.chart, target: relativeTarget(drawing, chartPart) }])] },
      { name: chartPart, contentType: CONTENT_TYPES.chart, pieces: () => [chartXml(plan, chart)] },
    );
  }
  let commentsVmlRelId: string | null = null;
  if (plan.notes.length > 0) {
    const comments = names.next(`${dir}comments`, '.xml');
    const vml = names.next(`${dir}drawings/vmlDrawing`, '.vml');
    const block = context.vmlBlock();
    commentsVmlRelId = relate(REL_TYPES.vmlDrawing, vml);
    relate(REL_TYPES.comments, comments);
    parts.push(
      { name: comments, contentType: CONTENT_TYPES.comments, pieces: () => [commentsXml(plan.notes)] },
      { name: vml, contentType: null, pieces: () => [commentsVml(plan.notes, block)] },
    );
  }
  const sheet: PreparedSheet = {
    plan,
    styles: new SheetCellStyles(plan, book),
    dxfIds: plan.conditionalFormats.map((format) => (format.kind === 'data-bar' ? null : book.differentialFormat(format.fill, format.fontColor))),
    drawingRelId,
    commentsVmlRelId,
    selected: context.selected,
  };
  parts.unshift({ name: worksheet, contentType: CONTENT_TYPES.worksheet, pieces: () => worksheetXml(sheet) });
  if (rels.length > 0) parts.push({ name: relsPartOf(worksheet), contentType: null, pieces: () => [relationshipsXml(rels)] });
  return { worksheet, parts };
}
