/**
 * `huibao report` end to end on the fidelity fixtures: the department's package comes out byte for byte,
 * on the first run and on a rerun over the report itself, and a macro workbook stays a macro workbook.
 */
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { strFromU8 } from 'fflate';
import { FIDELITY_FIXTURES, fixturePath, LISTING_PARTS, macroWorkbook, partsOf, type FidelityFixture } from '../node/fidelity-fixtures';
import { buildCli, huibao, ROOT } from './run-huibao';

/** Parts of the input that did not come out byte for byte (the listing parts may change). */
function changedParts(input: string, output: string): string[] {
  const original = partsOf(input);
  const written = partsOf(output);
  return [...original].filter(([name, data]) => !LISTING_PARTS.includes(name) && !Buffer.from(written.get(name) ?? []).equals(Buffer.from(data))).map(([name]) => name);
}

function sheetNames(file: string): string[] {
  return [...strFromU8(partsOf(file).get('xl/workbook.xml')!).matchAll(/<(?:\w+:)?sheet\b[^>]*\bname="([^"]*)"/g)].map((match) => match[1]);
}

let work: string;

beforeAll(async () => {
  await buildCli();
  work = mkdtempSync(path.join(tmpdir(), 'huibao-cli-fidelity-'));
}, 120_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

async function reportTwice(fixture: FidelityFixture): Promise<void> {
  const input = path.join(work, `${fixture}.xlsx`);
  copyFileSync(fixturePath(fixture), input);
  const first = await huibao('report', input, '--out', work);
  expect(first.stderr).toBe('');
  expect(first.code).toBe(0);
  const output = path.join(work, `${fixture}-汇报.xlsx`);
  expect(changedParts(input, output)).toEqual([]);
  const names = sheetNames(output);
  expect(names.slice(0, 2)).toEqual(['目标分解表', '台账']);
  expect(names).toEqual(expect.arrayContaining(['总览', '指标测算', '汇总', '汇报稿']));

  const again = await huibao('report', output, '--out', work);
  expect(again.code).toBe(0);
  expect(changedParts(input, output)).toEqual([]);
  expect(sheetNames(output)).toEqual(names);
}

describe('huibao report 保留部门的文件包', () => {
  // openpyxl's chart drawing was refused by exceljs ("reading 'anchors'"); the streaming reader reads it.
  it.each([...FIDELITY_FIXTURES])('%s：首次与再次生成，部门部件都逐字节不变', reportTwice, 120_000);

  it('zip64 的输入（Info-ZIP 写出的样例副本）：报告照样生成，部门部件逐字节不变', async () => {
    const input = path.join(work, 'sample-zip64.xlsx');
    copyFileSync(path.join(ROOT, 'test', 'fixtures', 'reader', 'sample-zip64.xlsx'), input);
    const result = await huibao('report', input, '--out', work);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const output = path.join(work, 'sample-zip64-汇报.xlsx');
    // fflate's unzipSync gives each part of this zip64 file a 4 GB buffer, so the input's parts are taken from
    // the plain sample it copies (test/node/zip-package shows the two hold the same parts).
    const sample = path.join(ROOT, 'assets', 'samples', '2009-灌南县发改委-目标任务分解表.xlsx');
    expect(changedParts(sample, output)).toEqual([]);
    expect(partsOf(sample).size).toBeGreaterThan(5);
    const names = sheetNames(output);
    expect(names.slice(0, sheetNames(sample).length)).toEqual(sheetNames(sample));
    expect(names).toEqual(expect.arrayContaining(['总览', '指标测算', '汇总', '汇报稿']));
  }, 120_000);

  it('.xlsm 输入写出 .xlsm 报告，VBA 部件原样保留', async () => {
    const input = macroWorkbook(work);
    const result = await huibao('report', input, '--out', work);
    expect(result.code).toBe(0);
    const output = path.join(work, '宏-汇报.xlsm');
    expect(result.stdout).toContain(output);
    expect(changedParts(input, output)).toEqual([]);
    expect(strFromU8(partsOf(output).get('[Content_Types].xml')!)).toContain('macroEnabled.main+xml');
  }, 120_000);
});
