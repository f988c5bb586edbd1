import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import type { WorkbookSettings } from '../../src/core/model';
import { generatedAtText } from '../../src/core/layout/sheet-styles';
import { readZipEntries, type ZipEntry } from '../../src/node/zip/central-directory';
import { compressedBytes, entryContent } from '../../src/node/zip/entry-data';
import { webReport } from '../../src/web/web-report';
import { buildCli, huibao, ROOT } from '../cli/run-huibao';

/**
 * 网页版 writes the report workbook with the CLI's own package writer (memory and fflate instead of a file
 * and zlib): for the same workbook and the same answers, the page's workbook and `huibao report`'s hold the
 * same parts in the same order, byte for byte once inflated. What may differ is time: the zip entries'
 * timestamps, and the "生成时间" minute printed on the generated sheets when the two runs straddle a minute.
 * The department's own parts are the very compressed bytes of their file in both.
 */
const SAMPLE = path.join(ROOT, 'assets', 'samples', '2009-灌南县发改委-目标任务分解表.xlsx');
const REAL = path.join(ROOT, 'test', 'fixtures', 'real-corpus');

interface Case {
  readonly title: string;
  readonly file: string;
  /** The answers, given to the CLI as --layout / --map and to the page as its settings. */
  readonly settings: WorkbookSettings;
  readonly cliArgs: readonly string[];
}

const CASES: readonly Case[] = [
  { title: '示例分解表（按题答：版式为分解表）', file: SAMPLE, settings: { layoutClass: 'breakdown' }, cliArgs: ['--layout', 'breakdown'] },
  { title: '真实财政自评表（finance-form）', file: path.join(REAL, '01-贵池区棠溪镇-委托业务项目支出绩效自评表.xlsx'), settings: {}, cliArgs: [] },
  { title: '真实多级指标表（multi-level）', file: path.join(REAL, '08-岳阳市-12件重点民生实事落实情况.xlsx'), settings: {}, cliArgs: [] },
  { title: '真实语句式工作表（sentence）', file: path.join(REAL, '20-招远市-2022年民生事项1-9月完成情况.xlsx'), settings: {}, cliArgs: [] },
  { title: '真实横向表（cross-table）', file: path.join(REAL, '15-眉山市-2019年十大民生工程完成情况表（就业促进）.xlsx'), settings: {}, cliArgs: [] },
  { title: '旧版 .xls（经 SheetJS 转成 .xlsx 包）', file: path.join(ROOT, 'test', 'fixtures', 'reader', 'sample-libreoffice.xls'), settings: {}, cliArgs: [] },
];

/** Every "YYYY-MM-DD HH:MM" the generated sheets could print for a run between `from` and `to`. */
function generatedTexts(from: number, to: number): string[] {
  const texts = new Set<string>();
  for (let at = from - 60_000; at <= to + 60_000; at += 30_000) texts.add(generatedAtText(new Date(at).toISOString()));
  return [...texts];
}

function withoutTimes(bytes: Uint8Array, times: readonly string[]): string {
  let text = new TextDecoder('utf-8').decode(bytes);
  for (const time of times) text = text.split(time).join('〈生成时间〉');
  return text;
}

interface Compared {
  readonly names: string[];
  readonly differentContent: string[];
  /** Entries whose stored (compressed) bytes differ: only parts the writer deflates itself may. */
  readonly recompressed: string[];
}

function compare(cli: Uint8Array, page: Uint8Array, times: readonly string[]): Compared & { readonly pageNames: string[] } {
  const cliEntries = readZipEntries(cli);
  const pageEntries = readZipEntries(page);
  const differentContent: string[] = [];
  const recompressed: string[] = [];
  cliEntries.forEach((entry: ZipEntry, index: number) => {
    const other = pageEntries[index];
    if (!other || other.name !== entry.name) return;
    const same = Buffer.from(compressedBytes(cli, entry)).equals(Buffer.from(compressedBytes(page, other)));
    if (same && entry.crc === other.crc) return;
    recompressed.push(entry.name);
    if (withoutTimes(entryContent(cli, entry), times) !== withoutTimes(entryContent(page, other), times)) differentContent.push(entry.name);
  });
  return { names: cliEntries.map((entry) => entry.name), pageNames: pageEntries.map((entry) => entry.name), differentContent, recompressed };
}

describe('网页版的汇报工作簿与命令行的相同（同一个写包器）', () => {
  let dir = '';
  beforeAll(async () => {
    await buildCli();
    dir = mkdtempSync(path.join(tmpdir(), 'huibao-web-cli-'));
  }, 120_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each(CASES)('$title：每个部件逐字节相同（时间戳除外）', async ({ file, settings, cliArgs }) => {
    const caseDir = mkdtempSync(path.join(dir, 'case-'));
    const input = path.join(caseDir, path.basename(file));
    copyFileSync(file, input);
    const bytes = new Uint8Array(readFileSync(input));
    const started = Date.now();
    const cli = await huibao('report', input, '--out', path.join(caseDir, 'out'), ...cliArgs);
    expect(cli.code).toBe(0);
    const outcome = await webReport({ fileName: path.basename(file), bytes, settings, locale: 'zh-CN' });
    const finished = Date.now();
    if (outcome.kind !== 'report') throw new Error(`the page made no report: ${outcome.kind}`);
    const cliXlsx = new Uint8Array(readFileSync(path.join(caseDir, 'out', outcome.files.xlsxName)));
    const pageXlsx = new Uint8Array(Buffer.concat(outcome.files.xlsx));
    const compared = compare(cliXlsx, pageXlsx, generatedTexts(started, finished));

    expect(compared.names.length).toBeGreaterThan(8);
    expect(compared.pageNames).toEqual(compared.names);
    expect(compared.differentContent).toEqual([]);
    // The department's parts are copied as stored by both: only the parts the writer makes or rewrites (the
    // package listings, styles, app.xml, our sheets and chart) are deflated anew; with answers given, also the
    // package's own relationships (_rels/.rels), which then list docProps/custom.xml where the answers are kept.
    // (An .xls has no parts of its own to keep: SheetJS makes its package in each run.)
    if (!file.endsWith('.xls')) {
      const theirs = new Set(readZipEntries(bytes).map((entry) => entry.name));
      const answered = Object.keys(settings).length > 0;
      const rewritten = answered
        ? /^(\[Content_Types\]\.xml|_rels\/\.rels|xl\/workbook\.xml|xl\/_rels\/workbook\.xml\.rels|xl\/styles\.xml|docProps\/app\.xml)$/
        : /^(\[Content_Types\]\.xml|xl\/workbook\.xml|xl\/_rels\/workbook\.xml\.rels|xl\/styles\.xml|docProps\/app\.xml)$/;
      const copiedButChanged = compared.recompressed.filter((name) => theirs.has(name) && !rewritten.test(name));
      expect(copiedButChanged).toEqual([]);
      expect(compared.names.filter((name) => !theirs.has(name)).length).toBeGreaterThan(0);
    }
    // Same answers, same file names as the CLI's.
    expect(path.basename(outcome.files.docxName)).toBe(`${path.basename(file).replace(/\.(xlsx|xls)$/, '')}-汇报.docx`);
  }, 120_000);

  it('比较本身会报错：页面换一个截止日期，生成的表就与命令行的不同', async () => {
    const caseDir = mkdtempSync(path.join(dir, 'control-'));
    const input = path.join(caseDir, path.basename(SAMPLE));
    copyFileSync(SAMPLE, input);
    const started = Date.now();
    expect((await huibao('report', input, '--out', path.join(caseDir, 'out'))).code).toBe(0);
    const outcome = await webReport({ fileName: path.basename(SAMPLE), bytes: new Uint8Array(readFileSync(SAMPLE)), settings: { asOf: '2009-03-31' }, locale: 'zh-CN' });
    if (outcome.kind !== 'report') throw new Error('the page made no report');
    const cliXlsx = new Uint8Array(readFileSync(path.join(caseDir, 'out', outcome.files.xlsxName)));
    const compared = compare(cliXlsx, new Uint8Array(Buffer.concat(outcome.files.xlsx)), generatedTexts(started, Date.now()));
    expect(compared.differentContent.length).toBeGreaterThan(0);
  }, 120_000);
});
