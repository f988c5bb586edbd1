/**
 * The report workbook is the department's package with our sheets added: every part of theirs comes out
 * byte for byte, whatever tool wrote it, and a rerun replaces only what the previous run added.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import ExcelJS from 'exceljs';
import { applyPlanToXlsx } from '../../src/node/xlsx-write';
import { departmentPlan, FIDELITY_FIXTURES, fixturePath, LISTING_PARTS, macroWorkbook, partsOf } from './fidelity-fixtures';

function sheetNames(workbookXml: string): string[] {
  return [...workbookXml.matchAll(/<(?:\w+:)?sheet\b[^>]*\bname="([^"]*)"/g)].map((match) => match[1]);
}

/** Every Override in the content types names a part that exists, and every internal relationship target exists. */
function danglingReferences(parts: Map<string, Uint8Array>): string[] {
  const problems: string[] = [];
  const names = new Set([...parts.keys()].map((name) => name.toLowerCase()));
  const types = strFromU8(parts.get('[Content_Types].xml')!);
  for (const match of types.matchAll(/PartName="\/([^"]+)"/g)) if (!names.has(match[1].toLowerCase())) problems.push(`content type for missing ${match[1]}`);
  for (const [name, data] of parts) {
    if (!name.endsWith('.rels')) continue;
    const source = name.replace(/_rels\/([^/]*)\.rels$/, '$1');
    const dir = source.includes('/') ? source.slice(0, source.lastIndexOf('/') + 1) : '';
    for (const match of strFromU8(data).matchAll(/<Relationship\b[^>]*>/g)) {
      if (/TargetMode="External"/.test(match[0])) continue;
      const target = /Target="([^"]+)"/.exec(match[0])![1];
      const parts2: string[] = [];
      for (const segment of (target.startsWith('/') ? target.slice(1) : dir + target).split('/')) {
        if (segment === '..') parts2.pop();
        else if (segment) parts2.push(segment);
      }
      if (!names.has(parts2.join('/').toLowerCase())) problems.push(`${name} → missing ${target}`);
    }
  }
  return problems;
}

describe('报告工作簿保留部门的整个文件包', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'huibao-keep-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const plan = departmentPlan();

  it('计划里有总览图表（测试前提）', () => {
    expect(plan.sheets.map((sheet) => sheet.name)).toEqual(expect.arrayContaining(['总览', '指标测算', '汇总', '汇报稿']));
    expect(plan.sheets.find((sheet) => sheet.role === 'overview')?.chart).toBeDefined();
  });

  it.each(FIDELITY_FIXTURES)('%s 写出的工作簿：除清单类部件外，每个部件逐字节相同，只增不减', async (fixture) => {
    const input = fixturePath(fixture);
    const before = readFileSync(input);
    const output = path.join(dir, `${fixture}-汇报.xlsx`);
    await applyPlanToXlsx(input, plan, output);
    expect(readFileSync(input).equals(before)).toBe(true);

    const original = partsOf(input);
    const written = partsOf(output);
    const changed: string[] = [];
    for (const [name, data] of original) {
      if (LISTING_PARTS.includes(name)) continue;
      const copy = written.get(name);
      if (!copy || Buffer.compare(Buffer.from(copy), Buffer.from(data)) !== 0) changed.push(name);
    }
    expect(changed).toEqual([]);
    expect(original.size).toBeGreaterThan(10);
    // Their chart, image and notes are among the parts kept.
    expect([...original.keys()].filter((name) => /charts\/chart|media\/image|comment/i.test(name)).length).toBeGreaterThanOrEqual(3);
    expect(danglingReferences(written)).toEqual([]);

    const workbookXml = strFromU8(written.get('xl/workbook.xml')!);
    expect(sheetNames(workbookXml)).toEqual([...sheetNames(strFromU8(original.get('xl/workbook.xml')!)), ...plan.sheets.map((sheet) => sheet.name)]);
    expect(workbookXml).toMatch(/fullCalcOnLoad="(1|true)"/);
    // Their defined names are all still there.
    for (const match of strFromU8(original.get('xl/workbook.xml')!).matchAll(/<definedName\b[^>]*\bname="([^"]+)"/g)) expect(workbookXml).toContain(`name="${match[1]}"`);
    // Their styles keep their indices: our styles.xml starts with theirs, list by list.
    const theirStyles = strFromU8(original.get('xl/styles.xml')!);
    const ourStyles = strFromU8(written.get('xl/styles.xml')!);
    for (const list of ['fonts', 'fills', 'borders', 'cellXfs']) {
      const count = (xml: string) => Number(new RegExp(`<${list}\\b[^>]*count="(\\d+)"`).exec(xml)?.[1] ?? 0);
      expect(count(ourStyles)).toBeGreaterThan(count(theirStyles));
    }
    // The chart on 总览 is a native DrawingML chart reading 总览's own cells.
    const chart = [...written.keys()].filter((name) => name.startsWith('xl/charts/') && !original.has(name));
    expect(chart).toHaveLength(1);
    const chartXml = strFromU8(written.get(chart[0])!);
    expect(chartXml).toContain('<c:barDir val="bar"/>');
    expect(chartXml).toContain('<c:grouping val="stacked"/>');
    expect(chartXml).toMatch(/<c:f>总览!\$B\$\d+:\$B\$\d+<\/c:f>/);
  });

  it('.xlsm 仍是 .xlsm：启用宏的内容类型与 VBA 部件原样保留', async () => {
    const input = macroWorkbook(dir);
    const vba = partsOf(input).get('xl/vbaProject.bin')!;
    const output = path.join(dir, '宏-汇报.xlsm');
    await applyPlanToXlsx(input, plan, output);
    const written = partsOf(output);
    expect(Buffer.from(written.get('xl/vbaProject.bin')!).equals(Buffer.from(vba))).toBe(true);
    expect(strFromU8(written.get('[Content_Types].xml')!)).toContain('application/vnd.ms-excel.sheet.macroEnabled.main+xml');
    expect(strFromU8(written.get('xl/_rels/workbook.xml.rels')!)).toContain('vbaProject.bin');
  });

  it('再次生成：上次生成的表连同其图表、批注被替换，部门的部件仍逐字节相同，没有孤立部件', async () => {
    const input = fixturePath('excel-style');
    const first = path.join(dir, '第一次.xlsx');
    await applyPlanToXlsx(input, plan, first);
    const generated = plan.sheets.map((sheet) => sheet.name);
    const second = path.join(dir, '第二次.xlsx');
    await applyPlanToXlsx(first, { ...plan, removeSheets: generated }, second);

    const original = partsOf(input);
    const once = partsOf(first);
    const twice = partsOf(second);
    for (const [name, data] of original) {
      if (LISTING_PARTS.includes(name)) continue;
      expect({ name, same: Buffer.from(twice.get(name) ?? []).equals(Buffer.from(data)) }).toEqual({ name, same: true });
    }
    // Same set of parts as after the first run: ours replaced, nothing doubled, nothing left behind.
    expect([...twice.keys()].sort()).toEqual([...once.keys()].sort());
    expect(danglingReferences(twice)).toEqual([]);
    expect(sheetNames(strFromU8(twice.get('xl/workbook.xml')!))).toEqual(['目标分解表', '台账', ...generated]);
    // Their calcChain names only their own sheet's cells, so it stays.
    expect(twice.has('xl/calcChain.xml')).toBe(true);
    // The department's defined names stay, the print titles of our sheets are not doubled.
    const workbookXml = strFromU8(twice.get('xl/workbook.xml')!);
    expect(workbookXml.match(/name="完成值"/g)).toHaveLength(1);
    expect(workbookXml.match(/_xlnm\.Print_Titles/g)?.length).toBe(strFromU8(once.get('xl/workbook.xml')!).match(/_xlnm\.Print_Titles/g)?.length);
  });

  it('calcChain 列有上次生成表的单元格时（Excel 保存过）才去掉它，连同其关系与内容类型', async () => {
    const first = path.join(dir, '计算链-第一次.xlsx');
    await applyPlanToXlsx(fixturePath('excel-style'), plan, first);
    const files = unzipSync(readFileSync(first));
    const overviewId = /<sheet name="总览" sheetId="(\d+)"/.exec(strFromU8(files['xl/workbook.xml']))![1];
    files['xl/calcChain.xml'] = strToU8(strFromU8(files['xl/calcChain.xml']).replace('</calcChain>', `<c r="B8" i="${overviewId}"/></calcChain>`));
    const saved = path.join(dir, '计算链-Excel保存后.xlsx');
    writeFileSync(saved, zipSync(files));
    const second = path.join(dir, '计算链-第二次.xlsx');
    await applyPlanToXlsx(saved, { ...plan, removeSheets: plan.sheets.map((sheet) => sheet.name) }, second);
    const twice = partsOf(second);
    expect(twice.has('xl/calcChain.xml')).toBe(false);
    expect(strFromU8(twice.get('xl/_rels/workbook.xml.rels')!)).not.toContain('calcChain');
    expect(strFromU8(twice.get('[Content_Types].xml')!)).not.toContain('calcChain');
    expect(danglingReferences(twice)).toEqual([]);
  });

  it('带命名空间前缀的工作簿（Open XML SDK 写法）与缺少 styles.xml、app.xml 的文件包也能写出', async () => {
    const files = unzipSync(readFileSync(fixturePath('excel-style')));
    const prefixed = (xml: string) =>
      xml
        .replace(/<(\/?)(?![?!])([A-Za-z][\w.-]*)(?=[\s>/])/g, (tag, slash: string, name: string) => (name.includes(':') ? tag : `<${slash}x:${name}`))
        .replace(/xmlns="http:\/\/schemas.openxmlformats.org\/spreadsheetml\/2006\/main"/, 'xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"');
    files['xl/workbook.xml'] = strToU8(prefixed(strFromU8(files['xl/workbook.xml'])));
    delete files['xl/styles.xml'];
    delete files['docProps/app.xml'];
    const strip = (name: string, pattern: RegExp) => (files[name] = strToU8(strFromU8(files[name]).replace(pattern, '')));
    strip('xl/_rels/workbook.xml.rels', /<Relationship [^>]*styles\.xml"\/>/);
    strip('_rels/.rels', /<Relationship [^>]*app\.xml"\/>/);
    strip('[Content_Types].xml', /<Override PartName="\/(xl\/styles|docProps\/app)\.xml"[^>]*\/>/g);
    const input = path.join(dir, '前缀.xlsx');
    writeFileSync(input, zipSync(files));
    const output = path.join(dir, '前缀-汇报.xlsx');
    await applyPlanToXlsx(input, plan, output);
    const written = partsOf(output);
    const workbookXml = strFromU8(written.get('xl/workbook.xml')!);
    expect(workbookXml).toMatch(/<x:sheet name="总览" sheetId="\d+" r:id="rId\d+"\/>/);
    expect(workbookXml).toMatch(/<x:calcPr [^>]*fullCalcOnLoad="1"/);
    expect(strFromU8(written.get('xl/styles.xml')!)).toMatch(/<cellXfs count="\d+">/);
    expect(strFromU8(written.get('[Content_Types].xml')!)).toContain('/xl/styles.xml');
    expect(danglingReferences(written)).toEqual([]);
    expect(sheetNames(workbookXml)).toEqual(['目标分解表', '台账', ...plan.sheets.map((sheet) => sheet.name)]);
  });

  it('Excel 式文件包里部门表处于选中状态时，不再把总览设为活动表（否则两表成组）', async () => {
    const output = path.join(dir, '选中.xlsx');
    await applyPlanToXlsx(fixturePath('excel-style'), { ...plan, activate: '总览' }, output);
    const workbookXml = strFromU8(partsOf(output).get('xl/workbook.xml')!);
    expect(workbookXml).not.toMatch(/activeTab="[1-9]/);
    const made = new ExcelJS.Workbook();
    await made.xlsx.readFile(output);
    expect(made.worksheets.map((sheet) => sheet.name)).toContain('总览');
  });
});
