/**
 * The exceljs fidelity fixture: test/fixtures/fidelity/exceljs.xlsx, the department.json workbook as exceljs
 * writes it (image, notes, data validation, defined names, print titles). exceljs cannot write charts,
 * so a chart part is then added to the drawing exceljs wrote for the image, the way Excel would place it.
 * Run with `npx tsx scripts/make-fidelity-exceljs.ts` after scripts/make-fidelity-fixtures.py.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';

const DIR = path.join(__dirname, '..', 'test', 'fixtures', 'fidelity');
/** Fixed so rewriting the fixture changes no byte that did not change. */
const WRITTEN_AT = new Date(Date.UTC(2009, 6, 1, 9, 30, 0));

interface Department {
  readonly sheet: string;
  readonly grid: (string | number | null)[][];
  readonly ledger: string;
  readonly ledgerGrid: (string | number)[][];
}

function chartXml(sheet: string): string {
  const series = (col: string, index: number, colour: string) =>
    `<c:ser><c:idx val="${index}"/><c:order val="${index}"/><c:tx><c:strRef><c:f>${sheet}!$${col}$3</c:f></c:strRef></c:tx>` +
    `<c:spPr><a:solidFill><a:srgbClr val="${colour}"/></a:solidFill></c:spPr><c:invertIfNegative val="0"/>` +
    `<c:cat><c:strRef><c:f>${sheet}!$B$5:$B$8</c:f></c:strRef></c:cat><c:val><c:numRef><c:f>${sheet}!$${col}$5:$${col}$8</c:f></c:numRef></c:val></c:ser>`;
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
    '<c:chart><c:title><c:tx><c:rich><a:bodyPr/><a:p><a:r><a:t>全年目标与1—6月完成</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title><c:autoTitleDeleted val="0"/>' +
    `<c:plotArea><c:layout/><c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/>${series('D', 0, '4472C4')}${series('E', 1, 'ED7D31')}` +
    '<c:axId val="10"/><c:axId val="20"/></c:barChart>' +
    '<c:catAx><c:axId val="10"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:crossAx val="20"/></c:catAx>' +
    '<c:valAx><c:axId val="20"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:majorGridlines/><c:crossAx val="10"/></c:valAx>' +
    '</c:plotArea><c:legend><c:legendPos val="b"/></c:legend><c:plotVisOnly val="1"/></c:chart></c:chartSpace>'
  );
}

const CHART_ANCHOR =
  '<xdr:twoCellAnchor><xdr:from><xdr:col>11</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>2</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>' +
  '<xdr:to><xdr:col>19</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>18</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>' +
  '<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="20" name="图表 1"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>' +
  '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart">' +
  '<c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="rIdChart1"/>' +
  '</a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>';

async function main(): Promise<void> {
  const department = JSON.parse(readFileSync(path.join(DIR, 'department.json'), 'utf8')) as Department;
  const workbook = new ExcelJS.Workbook();
  workbook.created = WRITTEN_AT;
  workbook.modified = WRITTEN_AT;
  const sheet = workbook.addWorksheet(department.sheet);
  department.grid.forEach((line, r) => line.forEach((value, c) => value !== null && (sheet.getCell(r + 1, c + 1).value = value)));
  sheet.mergeCells('A1:J1');
  sheet.getColumn(2).width = 26;
  sheet.getColumn(10).width = 34;
  sheet.getCell('B5').note = '数据来自县统计局月报';
  sheet.getCell('E7').note = '含跨年项目';
  const last = department.grid.length;
  for (let row = 5; row <= last; row++) {
    sheet.getCell(row, 7).dataValidation = { type: 'list', allowBlank: true, formulae: ['"投资科,重点办,综合科,办公室"'] };
  }
  workbook.definedNames.add(`'${department.sheet}'!$E$5:$E$${last}`, '完成值');
  workbook.definedNames.add(`'${department.sheet}'!$D$5:$D$${last}`, '全年目标');
  sheet.pageSetup.printTitlesRow = '3:3';
  const logo = workbook.addImage({ buffer: readFileSync(path.join(DIR, 'logo.png')) as unknown as ExcelJS.Buffer, extension: 'png' });
  sheet.addImage(logo, { tl: { col: 11, row: 19 }, ext: { width: 96, height: 48 } });
  const ledger = workbook.addWorksheet(department.ledger);
  ledger.addRows(department.ledgerGrid);

  const written = new Uint8Array(await workbook.xlsx.writeBuffer());
  const files = unzipSync(written);
  const drawing = 'xl/drawings/drawing1.xml';
  const drawingRels = 'xl/drawings/_rels/drawing1.xml.rels';
  files[drawing] = strToU8(strFromU8(files[drawing]).replace('</xdr:wsDr>', `${CHART_ANCHOR}</xdr:wsDr>`));
  files[drawingRels] = strToU8(
    strFromU8(files[drawingRels]).replace(
      '</Relationships>',
      '<Relationship Id="rIdChart1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart" Target="../charts/chart1.xml"/></Relationships>',
    ),
  );
  files['xl/charts/chart1.xml'] = strToU8(chartXml(department.sheet));
  files['[Content_Types].xml'] = strToU8(
    strFromU8(files['[Content_Types].xml']).replace(
      '</Types>',
      '<Override PartName="/xl/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/></Types>',
    ),
  );
  const zippable: Zippable = {};
  for (const [name, data] of Object.entries(files)) zippable[name] = [data, { mtime: WRITTEN_AT }];
  writeFileSync(path.join(DIR, 'exceljs.xlsx'), zipSync(zippable, { level: 6 }));
  console.log(`wrote ${path.join(DIR, 'exceljs.xlsx')}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
