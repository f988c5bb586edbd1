/**
 * LibreOffice opens the report workbook written into each fidelity fixture (openpyxl, LibreOffice,
 * Excel-style, exceljs), still draws the department's own chart on their sheet, and draws our native
 * chart on 总览. Each sheet is printed to one PDF page (SinglePageSheets) and rasterised; a control with
 * the chart taken out shows the comparison would notice a missing chart. The PNGs are left in
 * test-output/fidelity for a person to look at.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { applyPlanToXlsx } from '../../src/node/xlsx-write';
import { hasPoppler } from '../docx/writer-render';
import { departmentPlan, FIDELITY_FIXTURES, fixturePath, type FidelityFixture } from '../node/fidelity-fixtures';
import { convertWithSoffice, describeWithSoffice } from './soffice';

const PNG_DIR = path.join(__dirname, '..', '..', 'test-output', 'fidelity');
const ONE_PAGE_PER_SHEET = 'pdf:calc_pdf_Export:{"SinglePageSheets":{"type":"boolean","value":"true"}}';
const DPI = 40;

interface Raster {
  readonly width: number;
  readonly height: number;
  readonly rgb: Uint8Array;
}

/** Page `page` of a PDF as pixels (pdftoppm's PPM), and a PNG of it for people. */
function rasterise(pdf: string, page: number, name: string): Raster {
  const base = path.join(path.dirname(pdf), `${name}-p${page}`);
  execFileSync('pdftoppm', ['-r', String(DPI), '-f', String(page), '-l', String(page), '-singlefile', pdf, base]);
  execFileSync('pdftoppm', ['-png', '-r', String(DPI), '-f', String(page), '-l', String(page), '-singlefile', pdf, path.join(PNG_DIR, `${name}-p${page}`)]);
  const data = readFileSync(`${base}.ppm`);
  const header = /^P6\s+(\d+)\s+(\d+)\s+255\s/.exec(data.subarray(0, 50).toString('latin1'));
  if (!header) throw new Error(`not a PPM: ${base}.ppm`);
  return { width: Number(header[1]), height: Number(header[2]), rgb: data.subarray(header[0].length) };
}

/** Share of pixels that differ clearly between two renderings (1 when their sizes differ). */
function difference(a: Raster, b: Raster): number {
  if (a.width !== b.width || a.height !== b.height) return 1;
  let differing = 0;
  for (let i = 0; i < a.rgb.length; i += 3) {
    const delta = Math.abs(a.rgb[i] - b.rgb[i]) + Math.abs(a.rgb[i + 1] - b.rgb[i + 1]) + Math.abs(a.rgb[i + 2] - b.rgb[i + 2]);
    if (delta > 60) differing++;
  }
  return differing / (a.width * a.height);
}

/** Pixels that are neither white nor grey: the colour a chart's bars bring. */
function colouredShare(raster: Raster): number {
  let coloured = 0;
  for (let i = 0; i < raster.rgb.length; i += 3) {
    const [r, g, b] = [raster.rgb[i], raster.rgb[i + 1], raster.rgb[i + 2]];
    if (Math.max(r, g, b) - Math.min(r, g, b) > 60) coloured++;
  }
  return coloured / (raster.width * raster.height);
}

/** A copy of a workbook whose drawings lose every chart anchor: the control a missing chart must look like. */
function withoutCharts(file: string, out: string, onlyNew?: ReadonlySet<string>): void {
  const files = unzipSync(readFileSync(file));
  for (const name of Object.keys(files)) {
    if (!/^xl\/drawings\/drawing\d+\.xml$/.test(name) || (onlyNew && !onlyNew.has(name))) continue;
    const xml = strFromU8(files[name]).replace(/<((?:\w+:)?)(twoCellAnchor|oneCellAnchor|absoluteAnchor)\b[\s\S]*?<\/\1\2>/g, (anchor) =>
      anchor.includes('drawingml/2006/chart') ? '' : anchor,
    );
    files[name] = strToU8(xml);
  }
  writeFileSync(out, zipSync(files));
}

describeWithSoffice('LibreOffice 打开报告工作簿：部门的图表仍在，总览有原生图表', (soffice) => {
  if (!hasPoppler()) {
    if (process.env.HUIBAO_REQUIRE_TOOLS === '1') it('needs poppler-utils', () => { throw new Error('pdftoppm missing: apt-get install -y poppler-utils'); });
    else {
      console.warn('\n⚠⚠⚠ SKIPPED: the chart rendering checks need poppler-utils (pdftoppm). Install: apt-get install -y poppler-utils\n');
      it.skip('needs poppler-utils', () => undefined);
    }
    return;
  }
  const dir = mkdtempSync(path.join(tmpdir(), 'huibao-render-'));
  const plan = departmentPlan();
  const overviewPage = 3; // 目标分解表, 台账, then 总览 first of ours.
  const pages = new Map<string, { department: Raster; overview?: Raster }>();

  beforeAll(async () => {
    mkdirSync(PNG_DIR, { recursive: true });
    const files: string[] = [];
    for (const fixture of FIDELITY_FIXTURES) {
      const input = path.join(dir, `${fixture}-输入.xlsx`);
      writeFileSync(input, readFileSync(fixturePath(fixture)));
      const output = path.join(dir, `${fixture}-汇报.xlsx`);
      await applyPlanToXlsx(input, plan, output);
      const inputNoChart = path.join(dir, `${fixture}-输入-无图.xlsx`);
      withoutCharts(input, inputNoChart);
      const before = new Set(Object.keys(unzipSync(readFileSync(input))));
      const ours = new Set(Object.keys(unzipSync(readFileSync(output))).filter((name) => !before.has(name)));
      const outputNoChart = path.join(dir, `${fixture}-汇报-无图.xlsx`);
      withoutCharts(output, outputNoChart, ours);
      files.push(input, output, inputNoChart, outputNoChart);
    }
    const pdfs = convertWithSoffice(soffice, files, dir, ONE_PAGE_PER_SHEET);
    for (const pdf of pdfs) {
      const name = path.basename(pdf, '.pdf');
      const department = rasterise(pdf, 1, name);
      pages.set(name, { department, overview: name.includes('汇报') ? rasterise(pdf, overviewPage, name) : undefined });
    }
  }, 600_000);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each(FIDELITY_FIXTURES)('%s：部门工作表与原文件画得一样（图表在），去掉图表的对照则明显不同', (fixture: FidelityFixture) => {
    const input = pages.get(`${fixture}-输入`)!.department;
    const output = pages.get(`${fixture}-汇报`)!.department;
    const control = pages.get(`${fixture}-输入-无图`)!.department;
    expect(difference(output, input)).toBeLessThan(0.002);
    expect(difference(control, input)).toBeGreaterThan(0.01);
    expect(colouredShare(output)).toBeGreaterThan(colouredShare(control));
  });

  it.each(FIDELITY_FIXTURES)('%s：总览上画出了原生条形图', (fixture: FidelityFixture) => {
    const output = pages.get(`${fixture}-汇报`)!.overview!;
    const control = pages.get(`${fixture}-汇报-无图`)!.overview!;
    expect(difference(output, control)).toBeGreaterThan(0.01);
    expect(colouredShare(output)).toBeGreaterThan(colouredShare(control) + 0.005);
  });
});
