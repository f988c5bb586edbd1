/**
 * Makes test/fixtures/reader/: workbooks in the shapes other tools write, for the streaming .xlsx reader.
 *   npx tsx scripts/make-reader-fixtures.ts
 * Hand-built packages (raw XML, zipped with fflate) each carry one quirk real writers have; a SheetJS-written
 * workbook; with /usr/bin/python3 + openpyxl, a workbook with a chart written by openpyxl; with LibreOffice,
 * the sample saved as .xls; with Info-ZIP's zip, the sample re-zipped as zip64 (as some Java and Go writers
 * store even small files). test/node/xlsx-read-tolerance.test.ts states what each must read as.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { strToU8, unzipSync, zipSync } from 'fflate';
import * as XLSX from 'xlsx';

const OUT = path.resolve(__dirname, '..', 'test', 'fixtures', 'reader');
const SAMPLE = path.resolve(__dirname, '..', 'assets', 'samples', '2009-灌南县发改委-目标任务分解表.xlsx');
const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const REL_TYPE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
/** A fixed time for every zip entry, so the fixtures are the same bytes on every run. */
const MTIME = new Date(Date.UTC(2009, 6, 1, 8, 0, 0));

type Parts = Record<string, string>;

function zip(parts: Parts): Uint8Array {
  const entries: Record<string, [Uint8Array, { mtime: Date }]> = {};
  for (const [name, xml] of Object.entries(parts)) entries[name] = [strToU8(xml), { mtime: MTIME }];
  return zipSync(entries, { level: 6 });
}

const xml = (body: string) => `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${body}`;

function contentTypes(overrides: Record<string, string>): string {
  const items = Object.entries(overrides)
    .map(([part, type]) => `<Override PartName="/${part}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.${type}+xml"/>`)
    .join('');
  return xml(
    `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>${items}</Types>`,
  );
}

function rels(items: readonly [id: string, type: string, target: string][]): string {
  return xml(
    `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${items
      .map(([id, type, target]) => `<Relationship Id="${id}" Type="${REL_TYPE}/${type}" Target="${target}"/>`)
      .join('')}</Relationships>`,
  );
}

function workbookXml(sheets: readonly [name: string, rid: string][], extra = ''): string {
  return xml(
    `<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">${extra}<sheets>${sheets
      .map(([name, rid], i) => `<sheet name="${name}" sheetId="${i + 1}" r:id="${rid}"/>`)
      .join('')}</sheets></workbook>`,
  );
}

const sheetXml = (data: string, after = '') => xml(`<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><sheetData>${data}</sheetData>${after}</worksheet>`);

/** A minimal package: one sheet at the usual place, styles and shared strings only when given. */
function plainPackage(sheet: string, options: { strings?: string; styles?: string; workbookExtra?: string } = {}): Uint8Array {
  const workbookRels: [string, string, string][] = [['rId1', 'worksheet', 'worksheets/sheet1.xml']];
  const overrides: Record<string, string> = { 'xl/workbook.xml': 'sheet.main', 'xl/worksheets/sheet1.xml': 'worksheet' };
  const parts: Parts = {
    '_rels/.rels': rels([['rId1', 'officeDocument', 'xl/workbook.xml']]),
    'xl/workbook.xml': workbookXml([['表1', 'rId1']], options.workbookExtra),
    'xl/worksheets/sheet1.xml': sheet,
  };
  if (options.strings) {
    workbookRels.push(['rId2', 'sharedStrings', 'sharedStrings.xml']);
    overrides['xl/sharedStrings.xml'] = 'sharedStrings';
    parts['xl/sharedStrings.xml'] = options.strings;
  }
  if (options.styles) {
    workbookRels.push(['rId3', 'styles', 'styles.xml']);
    overrides['xl/styles.xml'] = 'styles';
    parts['xl/styles.xml'] = options.styles;
  }
  parts['xl/_rels/workbook.xml.rels'] = rels(workbookRels);
  parts['[Content_Types].xml'] = contentTypes(overrides);
  return zip(parts);
}

const DATE_STYLES = xml(
  `<styleSheet xmlns="${MAIN_NS}"><numFmts count="1"><numFmt numFmtId="176" formatCode="yyyy\\-mm\\-dd"/></numFmts>` +
    `<fonts count="2"><font><sz val="11"/></font><font><b/><sz val="11"/></font></fonts>` +
    `<cellXfs count="5"><xf numFmtId="0" fontId="0"/><xf numFmtId="176" fontId="0" applyNumberFormat="1"/><xf numFmtId="0" fontId="1" applyFont="1"/><xf numFmtId="31" fontId="0"/><xf numFmtId="20" fontId="0"/></cellXfs></styleSheet>`,
);

const FIXTURES: Record<string, () => Uint8Array> = {
  /** Inline strings, plain and rich, as streaming writers (and SheetJS with some options) write them; no shared string table, no styles. */
  'inline-strings.xlsx': () =>
    plainPackage(
      sheetXml(
        `<row r="1"><c r="A1" t="inlineStr"><is><t>指标名称</t></is></c><c r="B1" t="inlineStr"><is><r><t>完成</t></r><r><rPr><b/></rPr><t xml:space="preserve">值 </t></r></is></c></row>` +
          `<row r="2"><c r="A2" t="inlineStr"><is><t>新增市级龙头企业</t></is></c><c r="B2"><v>2</v></c></row>`,
      ),
    ),
  /** Rich-text shared strings with a phonetic guide, an _x000D_ escape and an empty item. */
  'rich-shared-strings.xlsx': () =>
    plainPackage(sheetXml(`<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c></row>`), {
      strings: xml(
        `<sst xmlns="${MAIN_NS}" count="4" uniqueCount="4"><si><r><t>300</t></r><r><rPr><b/></rPr><t>余人</t></r></si>` +
          `<si><t>灌南</t><rPh sb="0" eb="2"><t>guannan</t></rPh></si><si><t>第一行_x000D_第二行</t></si><si/></sst>`,
      ),
    }),
  /** Shared formulas: the master carries the text, the other cells only its index; references move, quoted text and $ do not. */
  'shared-formulas.xlsx': () =>
    plainPackage(
      sheetXml(
        [1, 2, 3]
          .map(
            (row) =>
              `<row r="${row}"><c r="A${row}"><v>${row * 10}</v></c><c r="B${row}"><v>${row}</v></c>` +
              (row === 1
                ? `<c r="C1"><f t="shared" ref="C1:C3" si="0">A1/B1+$A$1*0&amp;"A1"</f><v>10</v></c>`
                : `<c r="C${row}"><f t="shared" si="0"/><v>10</v></c>`) +
              `</row>`,
          )
          .join(''),
      ),
    ),
  /** The 1904 date system (old Mac workbooks): a date cell moves to the 1900 serial the engine reads; a number or a time does not. */
  'date-1904.xlsx': () =>
    plainPackage(
      sheetXml(`<row r="1"><c r="A1" s="1"><v>38716</v></c><c r="B1"><v>38716</v></c><c r="C1" s="3"><v>38716</v></c><c r="D1" s="4"><v>0.5</v></c></row>`),
      { styles: DATE_STYLES, workbookExtra: '<workbookPr date1904="1"/>' },
    ),
  /** Absolute targets (/xl/…), a workbook part that is not xl/workbook.xml, upper-case and odd part names, a chart sheet. */
  'odd-part-names.xlsx': () =>
    zip({
      '[Content_Types].xml': contentTypes({ 'XL/Book.xml': 'sheet.main', 'XL/Sheets/Data Sheet.XML': 'worksheet', 'XL/Sheets/second.xml': 'worksheet', 'XL/Strings.xml': 'sharedStrings' }),
      '_rels/.rels': rels([['rId1', 'officeDocument', '/XL/Book.xml']]),
      'XL/Book.xml': xml(
        `<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><sheets><sheet name="图表" sheetId="3" r:id="rId9"/><sheet name="目标表" sheetId="1" r:id="rId1"/><sheet name="隐藏表" sheetId="2" state="hidden" r:id="rId2"/></sheets></workbook>`,
      ),
      'XL/_rels/Book.xml.rels': rels([
        ['rId1', 'worksheet', '/XL/Sheets/Data%20Sheet.XML'],
        ['rId2', 'worksheet', 'sheets/../Sheets/second.xml'],
        ['rId3', 'sharedStrings', '/xl/strings.xml'],
        ['rId9', 'chartsheet', 'chartsheets/sheet1.xml'],
      ]),
      'XL/Strings.xml': xml(`<sst xmlns="${MAIN_NS}"><si><t>目标值</t></si></sst>`),
      'XL/Sheets/Data Sheet.XML': sheetXml(`<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1"><v>39.9</v></c></row>`),
      'XL/Sheets/second.xml': sheetXml(`<row r="2"><c r="B2"><v>1</v></c></row>`),
      'XL/chartsheets/sheet1.xml': xml(`<chartsheet xmlns="${MAIN_NS}"/>`),
    }),
  /** Rows and cells without r (allowed by the schema, written by some generators), no <dimension>, prefixed elements. */
  'no-cell-references.xlsx': () =>
    plainPackage(
      xml(
        `<x:worksheet xmlns:x="${MAIN_NS}"><x:sheetData><x:row><x:c t="inlineStr"><x:is><x:t>序号</x:t></x:is></x:c><x:c t="inlineStr"><x:is><x:t>指标</x:t></x:is></x:c></x:row>` +
          `<x:row><x:c><x:v>1</x:v></x:c><x:c/><x:c><x:v>3</x:v></x:c></x:row><x:row r="5"><x:c t="b"><x:v>true</x:v></x:c><x:c r="D5" t="d"><x:v>2009-06-30T00:00:00</x:v></x:c></x:row></x:sheetData></x:worksheet>`,
      ),
    ),
  /** Merges, bold and number formats through styles.xml, and a formula whose cached result is text or an error. */
  'styles-and-merges.xlsx': () =>
    plainPackage(
      sheetXml(
        `<row r="1"><c r="A1" s="2" t="s"><v>0</v></c><c r="B1"><v>9</v></c></row><row r="2"><c r="A2" s="1"><v>40178</v></c><c r="B2" t="str"><f>A1&amp;"!"</f><v>标题!</v></c><c r="C2" t="e"><f>1/0</f><v>#DIV/0!</v></c></row>`,
        `<mergeCells count="1"><mergeCell ref="A1:C1"/></mergeCells>`,
      ),
      { strings: xml(`<sst xmlns="${MAIN_NS}"><si><t>标题</t></si></sst>`), styles: DATE_STYLES },
    ),
};

/** SheetJS's own writer: shared strings off, its own part layout and styles. */
function sheetJsWorkbook(): Uint8Array {
  const workbook = XLSX.utils.book_new();
  const sheet = XLSX.utils.aoa_to_sheet([
    ['指标名称', '全年目标', '完成值', '完成率'],
    ['固定资产投资', 80, 39.9, { t: 'n', f: 'C2/B2', v: 39.9 / 80 }],
  ]);
  sheet.D2.z = '0.00%';
  sheet['!merges'] = [];
  XLSX.utils.book_append_sheet(workbook, sheet, '目标分解表');
  return new Uint8Array(XLSX.write(workbook, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
}

/** Runs a tool if it is installed; says so loudly when it is not, and the fixture is left as it was. */
function runTool(what: string, command: string, args: readonly string[]): boolean {
  try {
    execFileSync(command, args, { stdio: ['ignore', 'pipe', 'pipe'], timeout: 120_000 });
    return true;
  } catch (error) {
    process.stderr.write(`跳过 skipped ${what}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}\n`);
    return false;
  }
}

async function main(): Promise<void> {
  await fs.mkdir(OUT, { recursive: true });
  for (const [name, build] of Object.entries(FIXTURES)) await fs.writeFile(path.join(OUT, name), build());
  await fs.writeFile(path.join(OUT, 'sheetjs-written.xlsx'), sheetJsWorkbook());
  if (existsSync('/usr/bin/python3')) runTool('openpyxl chart workbook', '/usr/bin/python3', [path.join(__dirname, 'make-openpyxl-chart.py'), path.join(OUT, 'openpyxl-chart.xlsx')]);
  const work = await fs.mkdtemp(path.join(os.tmpdir(), 'huibao-legacy-'));
  const copy = path.join(work, 'sample.xlsx');
  await fs.copyFile(SAMPLE, copy);
  if (runTool('LibreOffice .xls', 'soffice', [`-env:UserInstallation=file://${work}/profile`, '--headless', '--convert-to', 'xls', '--outdir', work, copy])) {
    await fs.copyFile(path.join(work, 'sample.xls'), path.join(OUT, 'sample-libreoffice.xls'));
  }
  const unpacked = path.join(work, 'zip64');
  for (const [name, data] of Object.entries(unzipSync(await fs.readFile(SAMPLE)))) {
    if (name.endsWith('/')) continue;
    await fs.mkdir(path.dirname(path.join(unpacked, name)), { recursive: true });
    await fs.writeFile(path.join(unpacked, name), data);
  }
  const zip64 = path.join(work, 'sample-zip64.xlsx');
  // -fz: zip64 records even though the file is small; -X: no extra file attributes, so the bytes do not depend on the machine.
  if (runTool('zip64 sample', 'sh', ['-c', `cd "${unpacked}" && zip -q -X -r -fz "${zip64}" .`])) await fs.copyFile(zip64, path.join(OUT, 'sample-zip64.xlsx'));
  await fs.rm(work, { recursive: true, force: true });
  process.stdout.write(`${(await fs.readdir(OUT)).sort().join('\n')}\n`);
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 1;
});
