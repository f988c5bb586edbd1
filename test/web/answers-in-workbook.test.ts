import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { CUSTOM_PROPERTY_VALUE_LIMIT, settingsFromProperties, settingsProperties, type WorkbookSettings } from '../../src/core/model';
import { readCustomProperties } from '../../src/node/xlsx-package/custom-properties';
import { openWorkbookBytes } from '../../src/node/xlsx-read/workbook-bytes';
import { readZipEntries } from '../../src/node/zip/central-directory';
import { compressedBytes } from '../../src/node/zip/entry-data';
import { webReport } from '../../src/web/web-report';
import { buildCli, huibao, ROOT } from '../cli/run-huibao';

/**
 * 网页版 keeps the user's answers inside the report workbook (custom document properties,
 * docProps/custom.xml), so `huibao` and the add-in opening that report start from the same answers.
 */
const SAMPLE = path.join(ROOT, 'assets', 'samples', '2009-灌南县发改委-目标任务分解表.xlsx');
const SAMPLE_NAME = path.basename(SAMPLE);
/** Answers the engine would not reach by itself: another layout class, and two columns swapped. */
const ANSWERS: WorkbookSettings = { layoutClass: 'progress-only', columnMap: { department: 'J', owner: 'I' } };
/** The parts a report may rewrite; every other part of the department's is copied as stored. */
const LISTINGS = new Set(['[Content_Types].xml', '_rels/.rels', 'xl/workbook.xml', 'xl/_rels/workbook.xml.rels', 'xl/styles.xml', 'docProps/app.xml']);

async function pageReport(bytes: Uint8Array, fileName: string, settings: WorkbookSettings): Promise<Uint8Array> {
  const outcome = await webReport({ fileName, bytes, settings, locale: 'zh-CN', generatedAt: '2026-12-07T03:00:00.000Z' });
  if (outcome.kind !== 'report') throw new Error(`no report: ${outcome.kind}`);
  return new Uint8Array(Buffer.concat(outcome.files.xlsx.map((piece) => Buffer.from(piece))));
}

function entriesOf(bytes: Uint8Array): Map<string, Buffer> {
  return new Map(readZipEntries(bytes).map((entry) => [entry.name, Buffer.from(compressedBytes(bytes, entry))]));
}

describe('网页版把答案存进汇报工作簿的自定义文档属性，命令行与加载项都能读到', () => {
  let dir = '';
  beforeAll(async () => {
    await buildCli();
    dir = mkdtempSync(path.join(tmpdir(), 'huibao-answers-'));
  }, 120_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('网页版答过的版式与列写进 docProps/custom.xml，部门原有部件逐字节不变', async () => {
    const input = readFileSync(SAMPLE);
    const report = await pageReport(input, SAMPLE_NAME, ANSWERS);
    const parts = unzipSync(report);
    expect(settingsFromProperties(readCustomProperties(strFromU8(parts['docProps/custom.xml'])))).toEqual(ANSWERS);
    expect(strFromU8(parts['_rels/.rels'])).toMatch(/Type="[^"]*\/custom-properties" Target="docProps\/custom\.xml"/);
    expect(strFromU8(parts['[Content_Types].xml'])).toContain('<Override PartName="/docProps/custom.xml" ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml"/>');
    const theirs = entriesOf(input);
    const ours = entriesOf(report);
    const changed = [...theirs].filter(([name, stored]) => !LISTINGS.has(name) && !ours.get(name)?.equals(stored)).map(([name]) => name);
    expect(changed).toEqual([]);
    // The .xlsx reader gives the answers back with the workbook.
    expect(openWorkbookBytes(report, '2009-灌南县发改委-目标任务分解表-汇报.xlsx').snapshot.settings).toEqual(ANSWERS);
  });

  it('命令行不带任何选项分析这份汇报时，用的就是网页版的答案', async () => {
    const reportPath = path.join(dir, '2009-灌南县发改委-目标任务分解表-汇报.xlsx');
    writeFileSync(reportPath, await pageReport(readFileSync(SAMPLE), SAMPLE_NAME, ANSWERS));
    const plain = await huibao('analyze', SAMPLE, '--json');
    const json = (text: string) => JSON.parse(text) as { layoutClass: string; columns: Record<string, string> };
    // Without the answers the engine reads the sample otherwise: the test shows the answers, not the default.
    expect(json(plain.stdout)).toMatchObject({ layoutClass: 'breakdown', columns: { department: 'I', owner: 'J' } });
    const result = await huibao('analyze', reportPath, '--json');
    expect(result.code).toBe(0);
    expect(json(result.stdout)).toMatchObject({ layoutClass: 'progress-only', columns: { department: 'J', owner: 'I' } });

    // A newer answer wins: the settings file beside the workbook, then a flag; and the CLI's report keeps what it used.
    writeFileSync(path.join(dir, '2009-灌南县发改委-目标任务分解表.huibao.json'), JSON.stringify({ layoutClass: 'breakdown' }));
    expect(json((await huibao('analyze', reportPath, '--json')).stdout).layoutClass).toBe('breakdown');
    expect(json((await huibao('analyze', reportPath, '--json', '--layout', 'sentence')).stdout).layoutClass).toBe('sentence');
    rmSync(path.join(dir, '2009-灌南县发改委-目标任务分解表.huibao.json'));
    const out = path.join(dir, 'cli-out');
    const again = await huibao('report', reportPath, '--out', out);
    expect(again.code).toBe(0);
    const cliReport = new Uint8Array(readFileSync(path.join(out, '2009-灌南县发改委-目标任务分解表-汇报.xlsx')));
    expect(openWorkbookBytes(cliReport, 'x.xlsx').snapshot.settings).toEqual(ANSWERS);
  }, 120_000);

  it('部门文件已有自定义属性时，原样保留他们的，只替换我们的（旧的分段一并去掉）', async () => {
    const files = unzipSync(readFileSync(SAMPLE));
    const theirCustom =
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n' +
      '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">' +
      '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="填报单位"><vt:lpwstr>灌南县发改委</vt:lpwstr></property>' +
      '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="3" name="页数"><vt:i4>4</vt:i4></property>' +
      '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="4" name="huibao.settings"><vt:lpwstr>{"layoutClass":"sentence","sheet":"</vt:lpwstr></property>' +
      '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="5" name="huibao.settings.2"><vt:lpwstr>旧表"}</vt:lpwstr></property>' +
      '</Properties>';
    files['docProps/custom.xml'] = strToU8(theirCustom);
    files['_rels/.rels'] = strToU8(strFromU8(files['_rels/.rels']).replace('</Relationships>', '<Relationship Id="rId99" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties" Target="docProps/custom.xml"/></Relationships>'));
    files['[Content_Types].xml'] = strToU8(strFromU8(files['[Content_Types].xml']).replace('</Types>', '<Override PartName="/docProps/custom.xml" ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml"/></Types>'));
    const input = zipSync(files);
    // Their old answer is read (and would apply were none newer given).
    expect(openWorkbookBytes(input, SAMPLE_NAME).snapshot.settings).toEqual({ layoutClass: 'sentence', sheet: '旧表' });

    const report = unzipSync(await pageReport(input, SAMPLE_NAME, { ...ANSWERS, sheet: '目标分解表' }));
    const custom = strFromU8(report['docProps/custom.xml']);
    expect(custom).toContain('<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="填报单位"><vt:lpwstr>灌南县发改委</vt:lpwstr></property>');
    expect(custom).toContain('<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="3" name="页数"><vt:i4>4</vt:i4></property>');
    expect(custom).not.toContain('huibao.settings.2');
    expect(custom).not.toContain('旧表');
    // Ours take the next pid free once the stale pieces are gone; theirs keep 2 and 3.
    expect(custom).toMatch(/pid="4" name="huibao\.settings"/);
    expect(settingsFromProperties(readCustomProperties(custom))).toEqual({ ...ANSWERS, sheet: '目标分解表' });
    // Their relationship and content type are reused, not listed twice.
    expect(strFromU8(report['_rels/.rels']).match(/custom-properties"/g)).toHaveLength(1);
    expect(strFromU8(report['[Content_Types].xml']).match(/\/docProps\/custom\.xml"/g)).toHaveLength(1);
  });

  it('答案超过 255 个字符（Office 对自定义属性值的上限）时分段保存，读回完整', () => {
    const longSheet = '绩效目标任务分解表'.repeat(40);
    const settings: WorkbookSettings = { sheet: longSheet, layoutClass: 'multi-level', columnMap: { name: 'B', target: 'D', actual: 'F' } };
    const pieces = settingsProperties(settings);
    expect(pieces.length).toBeGreaterThan(1);
    expect(pieces.every((piece) => piece.value.length <= CUSTOM_PROPERTY_VALUE_LIMIT)).toBe(true);
    expect(pieces.map((piece) => piece.name)).toEqual(pieces.map((_, index) => (index === 0 ? 'huibao.settings' : `huibao.settings.${index + 1}`)));
    expect(settingsFromProperties(new Map(pieces.map((piece) => [piece.name, piece.value])))).toEqual(settings);
    // A missing middle piece makes the whole unreadable rather than half-trusted.
    expect(settingsFromProperties(new Map(pieces.filter((_, index) => index !== 1).map((piece) => [piece.name, piece.value])))).toBeUndefined();
  });

  it('没有答案时不写 docProps/custom.xml，汇报的文件包清单与原来一样', async () => {
    const copy = path.join(dir, SAMPLE_NAME);
    copyFileSync(SAMPLE, copy);
    const report = unzipSync(await pageReport(new Uint8Array(readFileSync(copy)), SAMPLE_NAME, {}));
    expect(report['docProps/custom.xml']).toBeUndefined();
    expect(strFromU8(report['_rels/.rels'])).toBe(strFromU8(unzipSync(readFileSync(SAMPLE))['_rels/.rels']));
  });
});
