import type { ChartPlan, PlannedValue, SheetPlan } from '../../core/model';
import { columnLetter, quoteSheetName, shownValue } from '../../core/model';
import { plainText } from './cell-text';

/**
 * The native chart on 总览: the same chart the Office.js host adds (bar, stacked or clustered column,
 * series by column, header row for names, first column for categories), as a DrawingML chart part with
 * its drawing. The caches hold the engine's own figures so a reader that does not recalculate still draws it.
 */

function absolute(sheet: string, col: number, top: number, bottom = top): string {
  const letter = columnLetter(col);
  const first = `$${letter}$${top}`;
  return `${quoteSheetName(sheet)}!${top === bottom ? first : `${first}:$${letter}$${bottom}`}`;
}

function valueAt(plan: SheetPlan, row: number, col: number): string | number | null {
  const shown = shownValue(plan.rows[row - 1]?.[col - 1] ?? undefined);
  return typeof shown === 'boolean' ? Number(shown) : shown;
}

function stringCache(values: readonly (string | number | null)[]): string {
  const points = values.map((value, i) => (value === null ? '' : `<c:pt idx="${i}"><c:v>${plainText(String(value))}</c:v></c:pt>`));
  return `<c:strCache><c:ptCount val="${values.length}"/>${points.join('')}</c:strCache>`;
}

function numberCache(values: readonly (string | number | null)[]): string {
  const points = values.map((value, i) => (typeof value === 'number' && Number.isFinite(value) ? `<c:pt idx="${i}"><c:v>${value}</c:v></c:pt>` : ''));
  return `<c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="${values.length}"/>${points.join('')}</c:numCache>`;
}

/** Office's default accent colours, for a series nothing else colours. */
const OFFICE_PALETTE = ['4472C4', 'ED7D31', 'A5A5A5', 'FFC000', '5B9BD5', '70AD47'];

/**
 * A series takes the colour of the data bar drawn over the same cells (the status colours on 总览), so
 * chart and table agree; colours are always written, since a package without a theme leaves bars unfilled.
 */
function seriesColour(plan: SheetPlan, chart: ChartPlan, col: number, index: number): string {
  const bar = plan.conditionalFormats.find(
    (format) => format.kind === 'data-bar' && format.rect.left <= col && format.rect.right >= col && format.rect.top <= chart.data.bottom && format.rect.bottom > chart.data.top,
  );
  return bar?.kind === 'data-bar' ? bar.color.replace('#', '').toUpperCase() : OFFICE_PALETTE[index % OFFICE_PALETTE.length];
}

function series(plan: SheetPlan, chart: ChartPlan, col: number, index: number): string {
  const { top, bottom, left } = chart.data;
  const rows: number[] = [];
  for (let row = top + 1; row <= bottom; row++) rows.push(row);
  const categories = rows.map((row) => valueAt(plan, row, left));
  const values = rows.map((row) => valueAt(plan, row, col));
  return (
    `<c:ser><c:idx val="${index}"/><c:order val="${index}"/>` +
    `<c:tx><c:strRef><c:f>${plainText(absolute(plan.name, col, top))}</c:f>${stringCache([valueAt(plan, top, col)])}</c:strRef></c:tx>` +
    `<c:spPr><a:solidFill><a:srgbClr val="${seriesColour(plan, chart, col, index)}"/></a:solidFill></c:spPr><c:invertIfNegative val="0"/>` +
    `<c:cat><c:strRef><c:f>${plainText(absolute(plan.name, left, top + 1, bottom))}</c:f>${stringCache(categories)}</c:strRef></c:cat>` +
    `<c:val><c:numRef><c:f>${plainText(absolute(plan.name, col, top + 1, bottom))}</c:f>${numberCache(values)}</c:numRef></c:val>` +
    '</c:ser>'
  );
}

function barShape(kind: ChartPlan['kind']): { direction: string; grouping: string; overlap: string } {
  switch (kind) {
    case 'stacked-bar':
      return { direction: 'bar', grouping: 'stacked', overlap: '<c:overlap val="100"/>' };
    case 'clustered-column':
      return { direction: 'col', grouping: 'clustered', overlap: '' };
    default: {
      const unreachable: never = kind;
      return unreachable;
    }
  }
}

export function chartXml(plan: SheetPlan, chart: ChartPlan): string {
  const shape = barShape(chart.kind);
  const allSeries: string[] = [];
  for (let col = chart.data.left + 1; col <= chart.data.right; col++) allSeries.push(series(plan, chart, col, col - chart.data.left - 1));
  const [catAxis, valAxis] = [500000001, 500000002];
  const categoryPosition = shape.direction === 'bar' ? 'l' : 'b';
  const valuePosition = shape.direction === 'bar' ? 'b' : 'l';
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n' +
    '<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
    '<c:roundedCorners val="0"/><c:chart>' +
    `<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="1400" b="1"/></a:pPr><a:r><a:rPr lang="zh-CN" sz="1400" b="1"/><a:t>${plainText(chart.title)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>` +
    '<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>' +
    `<c:barChart><c:barDir val="${shape.direction}"/><c:grouping val="${shape.grouping}"/><c:varyColors val="0"/>${allSeries.join('')}` +
    `<c:gapWidth val="60"/>${shape.overlap}<c:axId val="${catAxis}"/><c:axId val="${valAxis}"/></c:barChart>` +
    `<c:catAx><c:axId val="${catAxis}"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="${categoryPosition}"/><c:numFmt formatCode="General" sourceLinked="0"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/><c:crossAx val="${valAxis}"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>` +
    `<c:valAx><c:axId val="${valAxis}"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="${valuePosition}"/><c:majorGridlines/><c:numFmt formatCode="0" sourceLinked="0"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/><c:crossAx val="${catAxis}"/><c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx>` +
    '</c:plotArea><c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>' +
    '</c:chartSpace>'
  );
}

/** The drawing that places the chart over the anchor's cells (from its top-left to its bottom-right corner). */
export function chartDrawingXml(chart: ChartPlan, chartRelId: string): string {
  const { top, left, bottom, right } = chart.anchor;
  const marker = (tag: string, col: number, row: number) =>
    `<xdr:${tag}><xdr:col>${col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n' +
    '<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">' +
    `<xdr:twoCellAnchor editAs="oneCell">${marker('from', left - 1, top - 1)}${marker('to', right, bottom)}` +
    `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="${plainText(chart.title).replace(/"/g, '&quot;')}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
    '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>' +
    '<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart">' +
    `<c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="${chartRelId}"/>` +
    '</a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>'
  );
}
